/**
 * Markdown to nlcst, block by block, with every leaf at its true place in
 * the Markdown source.
 *
 * Written here rather than taken from mdast-util-to-nlcst because that
 * package (1) places each word by adding the lengths of a text node's
 * characters to the node's start offset, which is wrong as soon as the node's
 * value is not a contiguous slice of the source: the `> ` of a blockquote, a
 * list item's indentation, a lazy or indented continuation line and escapes
 * are left out of the value, so every later word drifted ("$96 million" was
 * read as `$9` and `6 milli`); (2) recurses over the tree and spreads all of
 * a document's words into one call (`results.push(...spread)`), which
 * overflows the stack on deep or large documents.
 *
 * Here each block of inline content (paragraph, heading, table cell) becomes
 * one string of its prose (text, link and emphasis text, image alt text; an
 * object replacement character for inline code, kept as a SourceNode), each
 * character paired with the source offset it came from; the string is
 * parsed like plain text (so a block reads exactly as the same words in a
 * `.txt` file) and each leaf gets the source offsets of its first and last
 * characters. The walk uses an explicit stack.
 */
import type {Root as MdastRoot, Nodes as MdastNodes} from 'mdast'
import type {Paragraph, RootContent, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import type {Lang} from '../types.js'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/** Parses prose into nlcst (ParseEnglish or ParseLatin). */
export interface ProseParser {
  parse(value: string): {children: RootContent[]}
}

/**
 * The parser for one block's prose, and the block's language when it is not
 * the document's (recorded as `data.lang` on each of its paragraphs).
 */
export type PickParser = (value: string) => {parser: ProseParser; lang?: Lang}

/** Turns a source offset into a point (line and column of the whole document). */
export type ToPoint = (offset: number) => Point

/** Stands for an inline code span in a block's prose: one symbol the parser keeps whole. */
const CODE_MARK = '\uFFFC'

/** Node types whose content is never prose. */
const skipped = new Set(['yaml', 'code', 'html', 'math', 'inlineMath', 'definition', 'footnoteReference', 'toml'])

/** Node types that hold inline content: each is read as one block. */
const blocks = new Set(['paragraph', 'heading', 'tableCell'])

/** Inline HTML tags that do not separate words. */
const inlineTags = /^<\/?(?:a|abbr|b|bdi|bdo|cite|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b/i

/**
 * Convert `tree` (parsed from `source.slice(base)`, so its offsets are
 * relative to `base`) into nlcst paragraphs appended to `out`; nodes that
 * start at or after `limit` (text appended to the piece) are not read.
 */
export function markdownToNlcst(tree: MdastRoot, source: string, base: number, pick: PickParser, toPoint: ToPoint, out: RootContent[], limit = Number.POSITIVE_INFINITY): void {
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (skipped.has(node.type) || (node.position?.start.offset ?? 0) >= limit) continue
    if (blocks.has(node.type)) {
      readBlock(node, source, base, pick, toPoint, out)
      continue
    }

    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as MdastNodes)
  }
}

/** A block's prose: characters and the source offset of each. */
export interface Prose {
  /** The prose, one UTF-16 code unit per entry of `offsets`. */
  text: string
  offsets: number[]
  /** Where the source of a character that stands for more ends (a character reference, `<br>`), by prose index. */
  ends: Map<number, number>
  /** Source spans of inline code, by the prose index of their CODE_MARK. */
  codes: Map<number, [number, number]>
}

function readBlock(block: MdastNodes, source: string, base: number, pick: PickParser, toPoint: ToPoint, out: RootContent[]): void {
  const prose: Prose = {text: '', offsets: [], codes: new Map(), ends: new Map()}
  const stack: MdastNodes[] = [block]
  while (stack.length > 0) {
    const node = stack.pop()!
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (node.type === 'text') align(node.value, source, base + start, base + end, prose)
    else if (node.type === 'inlineCode') {
      prose.codes.set(prose.text.length, [base + start, base + end])
      prose.text += CODE_MARK
      prose.offsets.push(base + start)
    } else if (node.type === 'break') {
      const at = source.indexOf('\n', base + start)
      prose.text += '\n'
      prose.offsets.push(at >= 0 && at < base + end ? at : base + start)
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) align(node.alt, source, base + start, base + end, prose)
    } else if (node.type === 'html') {
      // A tag such as `<br>` or `<p>` separates words; `<b>` or `<span>` does not.
      if (!inlineTags.test(node.value)) {
        prose.ends.set(prose.text.length, base + end)
        prose.text += ' '
        prose.offsets.push(base + start)
      }
    } else if (!skipped.has(node.type) && 'children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as MdastNodes)
    }
  }

  proseToNlcst(prose, source, pick, toPoint, out)
}

/** Parse a block's prose and append its paragraphs, placed in the source, to `out`. */
export function proseToNlcst(prose: Prose, source: string, pick: PickParser, toPoint: ToPoint, out: RootContent[]): void {
  if (prose.text.length === 0) return
  const value = prose.text
  const {parser, lang} = pick(value)
  const tree = parser.parse(value)
  const state = {prose, toPoint, source}
  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode') continue
    place(child, state)
    if (lang) child.data = {...child.data, lang}
    out.push(child)
  }
}

/**
 * Pair each character of `value` (a text node's value) with its offset in
 * `source` between `start` and `end`: the value is the source with line
 * prefixes (`> `, indentation) and escaping backslashes left out and
 * character references decoded, so the characters are matched in order,
 * skipping source characters the value lacks, and a reference (`&amp;`,
 * `&#36;`) stands for the characters it decodes to.
 */
export function align(value: string, source: string, start: number, end: number, prose: Prose): void {
  let at = start
  let index = 0
  const first = prose.text.length
  prose.text += value
  while (index < value.length) {
    if (at >= end) {
      // The value holds a character the source does not (not expected): place it on the last one.
      index++
      prose.offsets.push(Math.max(start, end - 1))
      continue
    }

    const code = source.charCodeAt(at)
    if (code === 38) {
      const reference = readReference(source, at, end)
      if (reference && value.startsWith(reference.value, index)) {
        for (let k = 0; k < reference.value.length; k++) {
          prose.ends.set(first + index++, reference.end)
          prose.offsets.push(at)
        }

        at = reference.end
        continue
      }
    }

    if (code === value.charCodeAt(index)) {
      index++
      prose.offsets.push(at)
    }

    at++
  }
}

const referencePattern = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y

/** A character reference at `at` (`&amp;`, `&#36;`, `&#x24;`): what it decodes to and where it ends. */
function readReference(source: string, at: number, end: number): {value: string; end: number} | undefined {
  referencePattern.lastIndex = at
  const match = referencePattern.exec(source)
  if (!match || at + match[0].length > end) return undefined
  let value: string | false = false
  if (match[1] !== undefined || match[2] !== undefined) {
    const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2], 16)
    value = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
  } else value = decodeNamedCharacterReference(match[3])
  return value ? {value, end: at + match[0].length} : undefined
}

interface PlaceState {
  prose: Prose
  toPoint: ToPoint
  source: string
}

type Placed = RootContent | SentenceContent | Paragraph

/**
 * Give `root` and its descendants source positions, from the offsets of
 * their characters in the block's prose (nlcst positions of a parse of the
 * prose string). A leaf whose characters are not one stretch of the source
 * (a word across `<b>` or `**`, white space around a skipped `<code>`) is cut
 * into one leaf per stretch, so each leaf's place holds exactly its text;
 * a leaf standing for inline code becomes a SourceNode.
 */
function place(root: RootContent, state: PlaceState): void {
  setPosition(root, state)
  const stack: Placed[] = [root]
  while (stack.length > 0) {
    const parent = stack.pop()!
    if (!('children' in parent)) continue
    const next: Placed[] = []
    for (const child of parent.children as Placed[]) {
      if ('children' in child) {
        setPosition(child, state)
        next.push(child)
        stack.push(child)
        continue
      }

      const span = 'value' in child && child.value === CODE_MARK ? state.prose.codes.get(child.position?.start.offset ?? -1) : undefined
      if (span) {
        next.push({type: 'SourceNode', value: state.source.slice(span[0], span[1]), position: {start: state.toPoint(span[0]), end: state.toPoint(span[1])}})
        continue
      }

      splitLeaf(child, state, next)
    }

    ;(parent as {children: Placed[]}).children = next
  }
}

/** Where the source text of prose character `index` ends (after a character reference, for a decoded one). */
function endOf(prose: Prose, index: number): number {
  return prose.ends.get(index) ?? prose.offsets[index] + 1
}

function setPosition(node: Placed, state: PlaceState): void {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined || to <= from) {
    node.position = undefined
    return
  }

  node.position = {start: state.toPoint(state.prose.offsets[from]), end: state.toPoint(endOf(state.prose, to - 1))}
}

function splitLeaf(leaf: Placed, state: PlaceState, out: Placed[]): void {
  const from = leaf.position?.start.offset
  const to = leaf.position?.end.offset
  if (from === undefined || to === undefined || to <= from || !('value' in leaf)) {
    leaf.position = undefined
    out.push(leaf)
    return
  }

  const {prose} = state
  let runStart = from
  for (let index = from + 1; index <= to; index++) {
    const joined = index < to && !prose.ends.has(index - 1) && !prose.ends.has(index) && prose.offsets[index] === prose.offsets[index - 1] + 1
    if (joined) continue
    const value = runStart === from && index === to ? leaf.value : prose.text.slice(runStart, index)
    out.push({
      type: leaf.type,
      value,
      position: {start: state.toPoint(prose.offsets[runStart]), end: state.toPoint(endOf(prose, index - 1))}
    } as Placed)
    runStart = index
  }
}

/**
 * Plain text at `base` in the source (a piece too deep for the Markdown
 * parser, its markers blanked) into nlcst paragraphs appended to `out`.
 */
export function textToNlcst(value: string, base: number, pick: PickParser, toPoint: ToPoint, out: RootContent[]): void {
  const offsets = new Array<number>(value.length)
  for (let index = 0; index < value.length; index++) offsets[index] = base + index
  proseToNlcst({text: value, offsets, codes: new Map(), ends: new Map()}, '', pick, toPoint, out)
}
