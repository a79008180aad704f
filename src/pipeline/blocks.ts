/**
 * Cut a Markdown source into pieces the Markdown parser can take one at a
 * time, so that time and memory grow with the document's length and no
 * piece is deep or dense enough to make the parser slow.
 *
 * A piece ends at a top-level block boundary: a blank line followed by a
 * line that starts at column 1 (a new paragraph, heading, list or
 * blockquote), outside frontmatter, fenced code and HTML blocks that run
 * across blank lines (`<script>`, `<pre>`, `<style>`, `<textarea>`,
 * comments). Such a boundary ends every open block in CommonMark, so the
 * pieces parse as the whole would. Hand-written because no Markdown parser
 * offers a linear, bounded block splitter; it only looks at line starts.
 *
 * Consecutive blocks are parsed together up to about `targetPiece`
 * characters, since each call of the parser has a cost of its own.
 *
 * Bounds: a piece longer than `maxPiece` characters, or holding more than
 * `maxDelimiters` emphasis delimiters (`*`, `_`: the parser's emphasis
 * matching is quadratic in them), is cut further at line breaks, else at
 * white space, else anywhere. A piece whose lines nest containers deeper
 * than `maxDepth` (`>` and list markers; the parser's cost grows with the
 * square of the depth) is marked `plain`: it is read as text, with the
 * container markers blanked out.
 */
export interface Piece {
  start: number
  end: number
  /** Too deeply nested for the Markdown parser: read as text. */
  plain: boolean
}

export const maxPiece = 16_384
/** Blocks are gathered into pieces of about this many characters. */
export const targetPiece = 8192
export const maxDelimiters = 256
export const maxDepth = 32

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const htmlOpen = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)|^ {0,3}<!--/i

export function splitMarkdown(source: string): Piece[] {
  const pieces: Piece[] = []
  const starts = [0]
  let pieceStart = 0
  let lineStart = 0
  let fence: string | undefined
  let html: RegExp | undefined
  let front = source.startsWith('---\n') || source.startsWith('---\r\n')
  let blank = false
  if (front) lineStart = source.indexOf('\n') + 1

  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = source.length
    const line = source.slice(lineStart, Math.min(lineEnd, lineStart + 64))
    if (front) {
      if (/^(?:---|\.\.\.)\s*$/.test(line)) front = false
    } else if (fence) {
      if (new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}\\s*$').test(line)) fence = undefined
    } else if (html) {
      if (html.test(source.slice(lineStart, lineEnd))) html = undefined
    } else {
      const isBlank = /^[ \t\r]*$/.test(line) && (lineEnd - lineStart < 64 || /^[ \t\r]*$/.test(source.slice(lineStart, lineEnd)))
      if (blank && !isBlank && !/^[ \t]/.test(line) && lineStart > pieceStart) {
        starts.push(lineStart)
        pieceStart = lineStart
      }

      blank = isBlank
      const opened = fenceOpen.exec(line)
      if (opened) fence = opened[1]
      else {
        const tag = htmlOpen.exec(line)
        if (tag) {
          html = tag[1] ? new RegExp('</' + tag[1] + '>', 'i') : /-->/
          if (html.test(source.slice(lineStart + tag[0].length, lineEnd))) html = undefined
        }
      }
    }

    lineStart = lineEnd + 1
  }

  starts.push(source.length)
  // Blocks are taken together up to `targetPiece` characters and `maxDelimiters`: the parser costs something per call.
  let from = 0
  let size = 0
  let delimiters = 0
  for (let index = 0; index + 1 < starts.length; index++) {
    const start = starts[index]
    const end = starts[index + 1]
    const own = countDelimiters(source, start, end)
    if (start > from && (size + end - start > targetPiece || delimiters + own > maxDelimiters)) {
      cut(source, from, start, pieces)
      from = start
      size = 0
      delimiters = 0
    }

    size += end - start
    delimiters += own
  }

  if (from < source.length || pieces.length === 0) cut(source, from, source.length, pieces)
  return pieces
}

function countDelimiters(source: string, start: number, end: number): number {
  let count = 0
  for (let at = start; at < end; at++) {
    const code = source.charCodeAt(at)
    if (code === 42 || code === 95) count++
  }

  return count
}

/** Add `source.slice(start, end)` to `pieces`, cut further where it exceeds the bounds. */
function cut(source: string, start: number, end: number, pieces: Piece[]): void {
  let from = start
  while (from < end) {
    let to = end
    let delimiters = 0
    for (let at = from; at < end; at++) {
      const code = source.charCodeAt(at)
      if ((code === 42 || code === 95) && ++delimiters > maxDelimiters) {
        to = at
        break
      }

      if (at - from >= maxPiece) {
        to = at
        break
      }
    }

    if (to < end) to = breakBefore(source, from, to)
    pieces.push({start: from, end: to, plain: tooDeep(source, from, to)})
    from = to
  }
}

/** Where to end a piece that must end by `limit`: after the last line break, else white space, else at `limit`. */
function breakBefore(source: string, from: number, limit: number): number {
  const middle = from + Math.floor((limit - from) / 2)
  const line = source.lastIndexOf('\n', limit - 1)
  if (line >= middle) return line + 1
  for (let at = limit - 1; at >= middle; at--) {
    const code = source.charCodeAt(at)
    if (code === 32 || code === 9) return at + 1
  }

  // Not inside a surrogate pair.
  const code = source.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}

/** Whether any line of the piece opens more than `maxDepth` containers (`>`, list markers, two-space indents). */
function tooDeep(source: string, from: number, to: number): boolean {
  let depth = 0
  let lineStart = true
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at)
    if (code === 10) {
      lineStart = true
      depth = 0
      continue
    }

    if (!lineStart) continue
    if (code === 62) depth += 2
    else if (code === 32 || code === 9) depth++
    else if ((code === 45 || code === 42 || code === 43) && (source.charCodeAt(at + 1) === 32 || source.charCodeAt(at + 1) === 9)) depth += 2
    else lineStart = false
    if (depth > maxDepth * 2) return true
  }

  return false
}

/**
 * The piece with its container markers (leading `>`, list bullets and
 * ordered-list numbers) replaced by spaces, same length, so it reads as
 * plain text at the same offsets.
 */
export function blankMarkers(text: string): string {
  return text.replace(/^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm, (prefix) => ' '.repeat(prefix.length))
}
