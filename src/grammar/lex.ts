/**
 * Lexemes of a sentence: the nlcst leaves of a sentence re-cut into the
 * units the claim grammar reads. nlcst splits "19,5" into "19" "," "5" and
 * keeps "50aniversario" as one word; the grammar wants one number "19,5"
 * and a number glued to a word. So contiguous leaves are joined into runs
 * (a gap in offsets, as around Markdown markup or inline code, ends a run)
 * and each run is cut by character class.
 */
import type {Sentence as NlcstSentence, Node as NlcstNode} from 'nlcst'

export type LexemeType = 'word' | 'number' | 'symbol' | 'punctuation'

export interface Lexeme {
  text: string
  /** Lower case. */
  lower: string
  start: number
  end: number
  type: LexemeType
  /** White space, a line break or markup stands between this lexeme and the one before. */
  spaced: boolean
}

const symbolChars = /[$€£¥₩₫%º°ª+#@&*=<>~^|\\§©®™]/u
const pattern = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*)|(\s+)|([\s\S])/gu

/** Cut a piece of source text into lexemes; `offset` is where `text` starts in the document. */
export function lex(text: string, offset: number, out: Lexeme[], spacedFirst = true): void {
  pattern.lastIndex = 0
  let spaced = spacedFirst
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    if (match[3] !== undefined) {
      spaced = true
      continue
    }
    const value = match[0]
    const type: LexemeType = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : symbolChars.test(value) ? 'symbol' : 'punctuation'
    out.push({text: value, lower: value.toLowerCase(), start: offset + match.index, end: offset + match.index + value.length, type, spaced})
    spaced = false
  }
}

interface Leaf {
  start: number
  end: number
  source: boolean
}

/** The lexemes of an nlcst sentence, reading the text from the document source. */
export function sentenceLexemes(sentence: NlcstSentence, doc: string): Lexeme[] {
  const leaves: Leaf[] = []
  collect(sentence as unknown as NlcstNode, leaves)
  const out: Lexeme[] = []
  let runStart = -1
  let runEnd = -1
  let gap = true
  const flush = () => {
    if (runStart >= 0) lex(doc.slice(runStart, runEnd), runStart, out, gap)
    runStart = -1
  }

  for (const leaf of leaves) {
    if (leaf.source) {
      flush()
      gap = true
      continue
    }
    if (runStart >= 0 && leaf.start === runEnd) {
      runEnd = leaf.end
      continue
    }
    flush()
    gap = true
    runStart = leaf.start
    runEnd = leaf.end
  }

  flush()
  return out
}

function collect(node: NlcstNode, leaves: Leaf[]): void {
  const children = (node as {children?: NlcstNode[]}).children
  if (children) {
    for (const child of children) collect(child, leaves)
    return
  }
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  leaves.push({start, end, source: node.type === 'SourceNode'})
}
