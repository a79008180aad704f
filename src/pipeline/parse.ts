/**
 * Parse: a read vfile becomes an nlcst tree, with the document's language
 * and date settled first, since both steer everything after.
 *
 * - Markdown (`.md`, `.markdown`) is cut into pieces at top-level block
 *   boundaries (`blocks.ts`), each parsed by remark-parse (GFM, frontmatter in
 *   the first) and turned into nlcst by `markdown.ts`, so code, URLs in links
 *   and markup are not read as prose; offsets index the Markdown source.
 * - HTML (`.html`, `.htm`) is parsed by parse5 and turned into nlcst by
 *   `html.ts`: `<script>`, `<style>`, `<code>`, `<pre>` are not prose;
 *   `<html lang>` and a `<meta name="date">` give the language and date.
 * - Plain text is parsed paragraph by paragraph (see `parseText`), so one huge
 *   document costs no more than its paragraphs.
 *
 * Both Markdown and HTML are read block by block, each block in its own
 * language when it is clear (`detectBlockLanguage`, `<p lang>`), recorded as
 * `data.lang` on its nlcst paragraphs for the extractor.
 *
 * Language: frontmatter `lang`, else detection restricted to the supported
 * languages (franc-min), else the configured default. Date: frontmatter
 * `date`, a leading `date YYYY-MM-DD` marker (as in wire copy: the article
 * may follow on the same line), `--date`, else unknown.
 */
import type {Root as NlcstRoot} from 'nlcst'
import type {Root as MdastRoot, RootContent as RootContentMdast, Yaml} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {parse as parseYaml} from 'yaml'
import type {VFile} from 'vfile'
import type {Lang} from '../types.js'
import {LANGS} from '../types.js'
import {defaultLang, packs} from '../lang/index.js'
import type {DocumentDate} from '../rule.js'
import {parseText} from '../extract/index.js'
import {location} from 'vfile-location'
import type {RootContent} from 'nlcst'
import {blankMarkers, splitMarkdown} from './blocks.js'
import type {PickParser, ProseParser, ToPoint} from './markdown.js'
import {markdownToNlcst, textToNlcst} from './markdown.js'
import type {HtmlPage} from './html.js'
import {htmlToNlcst, readHtml} from './html.js'
import {textComments, type CommentPlace} from './directives.js'
import {remarkGfmProse} from './gfm.js'
import {detectBlockLanguage, detectLanguage} from './detect.js'

export interface ParseOptions {
  /** Language when the document does not say and detection is unsure. */
  lang?: Lang
  /** Force this language for every document (skips detection). */
  forceLang?: Lang
  /** Document date (YYYY-MM-DD) when the document gives none. */
  date?: string
  /** Called between pieces of a document; throws when the file's time budget is spent. */
  budget?: {check(step: string): void}
  /** Pieces of this document's previous parse, reused where unchanged (the language server's re-lint). */
  pieces?: PieceCache
  /**
   * Take a Markdown document's nlcst piece by piece (see `blocks.ts`), or
   * plain text's chunk by chunk (see `parseText`), in order, as each is
   * made: the returned tree is then empty, and no piece's nodes need outlive
   * their reading (the engine does this for large documents). `lang` and
   * `text` are the document's, settled before the first piece;
   * `contiguous` says the nodes cover the text without gaps (plain text).
   * An HTML page is parsed whole (parse5) and its prose handed over block
   * by block (see `html.ts`).
   */
  onPiece?: (children: RootContent[], document: {lang: Lang; text: string; contiguous?: boolean}) => void
}

/**
 * The Markdown pieces (see `blocks.ts`) of a document's last parse, so that
 * the next parse of the same document, one keystroke later in an editor,
 * parses only the pieces whose text changed: the others are taken from
 * here, moved to their new offsets and lines. Holds the last parse only.
 * A 10,000-word document is about eight pieces; see docs/performance.md.
 */
export class PieceCache {
  /** By language settings and piece text. */
  entries = new Map<string, CachedPiece>()
  /** The first piece's Markdown tree, read again for its frontmatter at every parse. */
  first?: {text: string; tree: MdastRoot}
}

interface CachedPiece {
  start: number
  line: number
  column: number
  children: RootContent[]
  comments: Array<{value: string; start: number; end: number}>
}

export interface ParsedDocument {
  lang: Lang
  date?: DocumentDate
  /** The text offsets index into: the file's value, with the date marker blanked out. */
  text: string
  tree: NlcstRoot
  format: 'markdown' | 'html' | 'text'
  /** The document's `claimlint-…` directive comments (see `directives.ts`). */
  comments: CommentPlace[]
}

const markdownProcessor = unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml'])
/** Pieces after the first: frontmatter only opens a document. */
const markdownBody = unified().use(remarkParse).use(remarkGfmProse)

/** `date 2023-11-07` at the very start of a text, as wire copy carries it. */
const dateMarker = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*/i

export {detectLanguage} from './detect.js'

export function parseDocument(file: VFile, options: ParseOptions = {}): ParsedDocument {
  const source = String(file.value)
  const markdown = /\.(md|markdown)$/i.test(file.path ?? '')
  const html = /\.html?$/i.test(file.path ?? '')
  let text = source
  let date: DocumentDate | undefined
  let lang: Lang | undefined = options.forceLang
  let mdast: MdastRoot | undefined

  const pieces = markdown ? splitMarkdown(source) : []
  if (markdown) {
    mdast = pieces[0].plain ? undefined : firstTree(source.slice(pieces[0].start, pieces[0].end), options.pieces)
    const front = mdast?.children.find((node): node is Yaml => node.type === 'yaml')
    if (front) {
      const data = readFrontmatter(front, file)
      lang ??= data.lang
      date = data.date
    }
  }

  const page = html ? readHtml(source) : undefined
  if (page) {
    lang ??= page.lang
    date = readHtmlDate(page, file)
  }

  // Directive comments (`directives.ts`): Markdown's are gathered as its pieces are read, HTML's by `readHtml`.
  let comments: CommentPlace[] = []
  if (!markdown && !html) ({comments, text} = textComments(text))

  const marker = markdown || html ? null : dateMarker.exec(text)
  if (marker) {
    const parsed = toDate(`${marker[1]}-${marker[2]}-${marker[3]}`, 'marker')
    if (parsed) {
      date ??= parsed
      // Blank the marker out, keeping offsets, so it is not read as a claim.
      text = ' '.repeat(marker[0].length) + text.slice(marker[0].length)
    } else {
      file.message(`Unexpected date marker \`${marker[0].trim()}\`, expected a real date as \`date YYYY-MM-DD\``, {
        place: {line: 1, column: 1},
        ruleId: 'document-date',
        source: 'claimlint'
      })
    }
  }

  if (!date && options.date) date = toDate(options.date, 'option')
  lang ??= detectLanguage(page ? proseSample(page) : text) ?? options.lang ?? defaultLang

  const documentLang = lang
  const pick = (blockLang: Lang | undefined): PickParser => {
    const fixed = options.forceLang ?? blockLang
    return (value) => {
      const own = fixed ?? detectBlockLanguage(value, documentLang) ?? documentLang
      return {parser: proseParsers[own], lang: own === documentLang ? undefined : own}
    }
  }

  const spans: Array<{value: string; start: number; end: number}> = page?.comments ?? []
  const onPiece = options.onPiece && ((children: RootContent[]) => options.onPiece!(children, {lang: documentLang, text}))
  const tree = markdown
    ? readMarkdown(
        source,
        pieces,
        mdast,
        pick(undefined),
        options.budget,
        spans,
        options.pieces && {cache: options.pieces, key: `${documentLang}|${options.forceLang ?? ''}`},
        onPiece
      )
    : page
      ? readHtmlTree(page, source, pick, options.budget, onPiece)
      : readText(text, lang, options.forceLang, options.onPiece)

  if (spans.length > 0) {
    const toPoint = pointsOf(source)
    comments = spans.map((span) => {
      const start = toPoint(span.start)
      const end = toPoint(span.end)
      return {value: span.value, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
    })
  }

  return {lang, date, text, tree, format: markdown ? 'markdown' : html ? 'html' : 'text', comments}
}

/** The HTML comments of a Markdown piece's tree (flow and inline `html` nodes; never text in code), at source offsets. */
function markdownComments(tree: MdastRoot, base: number, out: Array<{value: string; start: number; end: number}>): void {
  const stack: Array<MdastRoot | RootContentMdast> = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'html') {
      const offset = node.position?.start.offset
      if (offset === undefined || !node.value.includes('<!--')) continue
      for (const match of node.value.matchAll(/<!--([\s\S]*?)-->/g)) {
        out.push({value: match[1], start: base + offset + match.index, end: base + offset + match.index + match[0].length})
      }
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as RootContentMdast)
    }
  }
}

/**
 * A Markdown document's nlcst, piece by piece (see `blocks.ts`): each piece
 * is parsed and converted on its own, so no Markdown tree outlives its
 * piece; `first` is the first piece's tree, already parsed for its
 * frontmatter. With `emit`, each piece's nlcst nodes are handed over as
 * they are made and the tree returned is empty.
 */
function readMarkdown(
  source: string,
  pieces: ReturnType<typeof splitMarkdown>,
  first: MdastRoot | undefined,
  parser: PickParser,
  budget: ParseOptions['budget'],
  comments: Array<{value: string; start: number; end: number}>,
  reuse?: {cache: PieceCache; key: string},
  emit?: (children: RootContent[]) => void
): NlcstRoot {
  const toPoint = pointsOf(source)
  const children: RootContent[] = []
  const kept = new Map<string, CachedPiece>()
  const labels = pieces.length > 1 ? definedLabels(source) : undefined
  for (const [index, piece] of pieces.entries()) {
    budget?.check('parse')
    const slice = source.slice(piece.start, piece.end)
    const notes = footnoteStubs(slice) + (labels ? referenceStubs(slice, labels) : '')
    const key = reuse && `${reuse.key}|${index === 0 ? 1 : 0}|${notes}|${slice}`
    const {line, column} = toPoint(piece.start)
    const cached = key === undefined ? undefined : reuse!.cache.entries.get(key)
    if (cached && cached.column === column) {
      movePiece(cached, piece.start, line, children, comments)
      kept.set(key!, cached)
      if (emit) emit(children.splice(0))
      continue
    }

    const from = children.length
    const fromComments = comments.length
    if (piece.plain) textToNlcst(blankMarkers(slice), piece.start, parser, toPoint, children)
    else {
      const tree = index === 0 && first && !notes ? first : ((index === 0 ? markdownProcessor : markdownBody).parse(slice + notes) as MdastRoot)
      markdownToNlcst(tree, source, piece.start, parser, toPoint, children, slice.length)
      markdownComments(tree, piece.start, comments)
    }
    if (key !== undefined) kept.set(key, {start: piece.start, line, column, children: children.slice(from), comments: comments.slice(fromComments)})
    if (emit) emit(children.splice(0))
  }
  if (reuse) reuse.cache.entries = kept

  const end = toPoint(source.length)
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** A cached piece at its new place: nodes moved by the change of offset and line (the column of its start is the same). */
function movePiece(piece: CachedPiece, start: number, line: number, children: RootContent[], comments: CachedPiece['comments']): void {
  const offset = start - piece.start
  const lines = line - piece.line
  for (const node of piece.children) children.push(offset === 0 && lines === 0 ? node : moved(node, offset, lines))
  for (const comment of piece.comments) comments.push({value: comment.value, start: comment.start + offset, end: comment.end + offset})
}

function moved<T extends RootContent>(node: T, offset: number, lines: number): T {
  const copy = {...node}
  if (node.position) {
    const {start, end} = node.position
    copy.position = {
      start: {line: start.line + lines, column: start.column, offset: start.offset === undefined ? undefined : start.offset + offset},
      end: {line: end.line + lines, column: end.column, offset: end.offset === undefined ? undefined : end.offset + offset}
    }
  }
  if ('children' in node) (copy as {children: RootContent[]}).children = node.children.map((child) => moved(child as RootContent, offset, lines))
  return copy
}

/** The first piece's Markdown tree, from the cache when its text is unchanged. */
function firstTree(text: string, cache: PieceCache | undefined): MdastRoot {
  if (cache?.first?.text === text) return cache.first.tree
  const tree = markdownProcessor.parse(text) as MdastRoot
  if (cache) cache.first = {text, tree}
  return tree
}

/**
 * Empty definitions for the footnotes a piece refers to but does not
 * define (they are defined in another piece), so `[^1]` stays a footnote
 * mark and is not read as the figure 1. Appended after the piece; nothing
 * past the piece's end is read.
 */
function footnoteStubs(slice: string): string {
  if (!slice.includes('[^')) return ''
  const defined = new Set<string>()
  for (const match of slice.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)) defined.add(match[1].toLowerCase())
  const stubs = new Set<string>()
  for (const match of slice.matchAll(/\[\^([^\]\s]+)\]/g)) if (!defined.has(match[1].toLowerCase())) stubs.add(match[1])
  let notes = ''
  for (const label of stubs) notes += `\n\n[^${label}]:\n`
  return notes
}

/** The labels of the document's link definitions (`[label]: url`), lower-cased. */
function definedLabels(source: string): Set<string> {
  const labels = new Set<string>()
  if (!source.includes(']:')) return labels
  for (const match of source.matchAll(/^ {0,3}\[([^\]^\n][^\]\n]*)\]:/gm)) labels.add(match[1].toLowerCase())
  return labels
}

/**
 * Empty definitions for the document's link labels that a piece uses but
 * another piece defines, so "[text][label]" stays a link and its label is
 * not read as words.
 */
function referenceStubs(slice: string, labels: Set<string>): string {
  if (labels.size === 0 || !slice.includes('][')) return ''
  const defined = new Set<string>()
  for (const match of slice.matchAll(/^ {0,3}\[([^\]\n]+)\]:/gm)) defined.add(match[1].toLowerCase())
  const stubs = new Set<string>()
  for (const match of slice.matchAll(/\]\[([^\]\n]+)\]/g)) {
    const label = match[1].toLowerCase()
    if (labels.has(label) && !defined.has(label)) stubs.add(match[1])
  }
  let notes = ''
  for (const label of stubs) notes += `\n\n[${label}]: <>\n`
  return notes
}

/** An HTML page's nlcst; with `onPiece`, handed over block by block and the returned tree empty. */
function readHtmlTree(
  page: HtmlPage,
  source: string,
  pick: (lang: Lang | undefined) => PickParser,
  budget: ParseOptions['budget'],
  onPiece: ((children: RootContent[]) => void) | undefined
): NlcstRoot {
  const toPoint = pointsOf(source)
  const children: RootContent[] = []
  htmlToNlcst(page, source, pick, toPoint, children, budget ? () => budget.check('parse') : undefined, onPiece)
  return {type: 'RootNode', children, position: {start: {line: 1, column: 1, offset: 0}, end: toPoint(source.length)}}
}

/** Source offsets to line and column (UTF-16 code units, 1-based). */
function pointsOf(source: string): ToPoint {
  const place = location(source)
  return (offset) => place.toPoint(offset) ?? {line: 1, column: 1, offset}
}

/** The first 4,000 characters of an HTML page's prose, for language detection. */
function proseSample(page: HtmlPage): string {
  let sample = ''
  for (const block of page.blocks) {
    if (sample.length >= 4000) break
    sample += block.prose.text.slice(0, 4000) + '\n'
  }

  return sample
}

/**
 * In plain text, a paragraph (text between blank lines) in a clear other
 * language than the document's gets `data.lang` (see `detectBlockLanguage`);
 * it was parsed with the document's parser, which only differs in English
 * abbreviations and contractions.
 */
/** Plain text's nlcst (`parseText`), its paragraphs marked with their own language; with `onPiece`, chunk by chunk. */
function readText(text: string, lang: Lang, forceLang: Lang | undefined, onPiece: ParseOptions['onPiece']): NlcstRoot {
  if (onPiece) return parseText(text, lang, (children) => onPiece(markTextLanguages(children, text, lang, forceLang), {lang, text, contiguous: true}))
  const tree = parseText(text, lang)
  markTextLanguages(tree.children, text, lang, forceLang)
  return tree
}

function markTextLanguages(children: RootContent[], text: string, lang: Lang, forceLang: Lang | undefined): RootContent[] {
  if (forceLang) return children
  for (const child of children) {
    if (child.type !== 'ParagraphNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined || end - start < 100) continue
    const own = detectBlockLanguage(text.slice(start, Math.min(end, start + 600)), lang)
    if (own && own !== lang) child.data = {...child.data, lang: own} as typeof child.data
  }

  return children
}

/** One parser per language, shared: parsing keeps no state between calls. */
const proseParsers = {} as Record<Lang, ProseParser>
for (const pack of packs) proseParsers[pack.code] = pack.createParser()

/** The date of an HTML page's first date `<meta>` (see `readHtml`), reported when it is no date. */
function readHtmlDate(page: HtmlPage, file: VFile): DocumentDate | undefined {
  if (!page.date) return undefined
  const {name, content, offset} = page.date
  const date = toDate(content.slice(0, 10), 'meta')
  if (!date) {
    file.message(`Unexpected date \`${content}\` in \`<meta name="${name}">\`, expected \`YYYY-MM-DD\``, {
      place: offset === undefined ? undefined : pointsOf(String(file.value))(offset),
      ruleId: 'document-date',
      source: 'claimlint'
    })
  }

  return date
}

/** A `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) string as a document date, if it is a real date. */
export function toDate(value: string, source: DocumentDate['source']): DocumentDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim())
  if (!match) return undefined
  const year = Number(match[1])
  const month = match[2] ? Number(match[2]) : undefined
  const day = match[3] ? Number(match[3]) : undefined
  if (month !== undefined && (month < 1 || month > 12)) return undefined
  if (day !== undefined) {
    const check = new Date(Date.UTC(year, month! - 1, day))
    if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day) return undefined
  }

  return {year, month, day, source}
}

/** Document date as `YYYY-MM-DD` (or shorter), for matching by as-of date and for reports. */
export function formatDate(date: DocumentDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.year}${date.month ? '-' + pad(date.month) : ''}${date.day ? '-' + pad(date.day) : ''}`
}

function readFrontmatter(node: Yaml, file: VFile): {lang?: Lang; date?: DocumentDate} {
  let data: unknown
  try {
    data = parseYaml(node.value)
  } catch (error) {
    file.message('Cannot read frontmatter: ' + String((error as Error).message), {
      place: node.position,
      ruleId: 'frontmatter',
      source: 'claimlint'
    })
    return {}
  }

  if (!data || typeof data !== 'object') return {}
  const record = data as Record<string, unknown>
  const result: {lang?: Lang; date?: DocumentDate} = {}

  if (record.lang !== undefined) {
    const lang = String(record.lang).toLowerCase().slice(0, 2) as Lang
    if (LANGS.includes(lang)) result.lang = lang
    else {
      file.message(`Unexpected \`lang: ${String(record.lang)}\` in frontmatter, expected one of ${LANGS.map((l) => '`' + l + '`').join(', ')}`, {
        place: node.position,
        ruleId: 'frontmatter',
        source: 'claimlint'
      })
    }
  }

  if (record.date !== undefined) {
    const raw = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : String(record.date)
    result.date = toDate(raw.slice(0, 10), 'frontmatter')
    if (!result.date) {
      file.message(`Unexpected \`date: ${raw}\` in frontmatter, expected \`YYYY-MM-DD\``, {
        place: node.position,
        ruleId: 'frontmatter',
        source: 'claimlint'
      })
    }
  }

  return result
}
