/**
 * Inline control: comments in a document that turn rules off and on, as
 * ESLint's `eslint-disable` and remark-lint's `<!--lint disable-->` do.
 *
 * ```markdown
 * <!-- claimlint-disable glued-words -- brand names in this table -->
 * …
 * <!-- claimlint-enable glued-words -->
 * <!-- claimlint-disable-next-line registry-mismatch -- figure from the 2019 report -->
 * Japan had 4,000 projects in Vietnam.
 * The year 2022 marks the 50th anniversary. <!-- claimlint-disable-line -->
 * ```
 *
 * - `claimlint-disable [ids]` … `claimlint-enable [ids]`: a region; without
 *   ids, every rule. A region left open runs to the end of the document.
 * - `claimlint-disable-next-line [ids]`: the line after the comment's last
 *   line. `claimlint-disable-line [ids]`: the comment's own line(s).
 * - Ids are separated by commas or spaces; ` -- ` starts the reason, which
 *   is for people and is kept in the directive.
 *
 * Markdown and HTML documents use HTML comments (only real comments count:
 * not text in code blocks); plain text uses the same `<!-- … -->` form, on
 * a line of its own or at the end of one, and the parse step blanks it out
 * so it is not read as prose.
 *
 * A finding is suppressed when the line where it starts is disabled for its
 * rule: it stays on the file, marked (`inSource`, with the reason), so JSON
 * and SARIF keep it and the exit code and the pretty report leave it out. Messages about the run itself (an unreadable file, a crash, bad
 * frontmatter) are never suppressed. A directive naming an unknown rule is
 * reported (`directive`, warning), and so, with `reportUnused`, is one that
 * suppressed nothing.
 */
import type {VFile} from 'vfile'

export interface CommentPlace {
  /** The comment's text between `<!--` and `-->`. */
  value: string
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty for every rule. */
  rules: string[]
  reason?: string
  place: CommentPlace
  /** Whether it suppressed a message (set by `applyDirectives`). */
  used: boolean
}

const directivePattern = /^\s*claimlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/** The directives among comments; other comments are ignored. */
export function parseDirectives(comments: readonly CommentPlace[]): Directive[] {
  const out: Directive[] = []
  for (const comment of comments) {
    const match = directivePattern.exec(comment.value)
    if (!match) continue
    const [ids, ...reason] = match[2].split(/\s--\s|\s--$/)
    out.push({
      kind: match[1] as DirectiveKind,
      rules: ids.split(/[\s,]+/).filter(Boolean),
      reason: reason.join(' -- ').trim() || undefined,
      place: comment,
      used: false
    })
  }
  return out
}

/**
 * HTML comments in plain text (`<!-- … -->`), with their places, and the
 * text with each comment blanked out (offsets and line breaks kept), so the
 * directives are not read as prose.
 */
export function textComments(text: string): {comments: CommentPlace[]; text: string} {
  const comments: CommentPlace[] = []
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1)
  const pointAt = (offset: number): [number, number] => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return [low + 1, offset - lineStarts[low] + 1]
  }

  let blanked = ''
  let last = 0
  for (let start = text.indexOf('<!--'); start !== -1; start = text.indexOf('<!--', last)) {
    const close = text.indexOf('-->', start + 4)
    if (close === -1) break
    const end = close + 3
    const value = text.slice(start + 4, close)
    if (!directivePattern.test(value)) {
      last = end
      blanked += text.slice(blanked.length, end)
      continue
    }
    const [startLine, startColumn] = pointAt(start)
    const [endLine, endColumn] = pointAt(end)
    comments.push({value, startLine, startColumn, endLine, endColumn})
    blanked += text.slice(blanked.length, start) + text.slice(start, end).replace(/[^\n]/g, ' ')
    last = end
  }
  return {comments, text: blanked + text.slice(blanked.length)}
}

/** Messages that say the file could not be linted or its metadata is wrong: never suppressed. */
const runMessages = new Set(['read', 'internal-error', 'time-budget', 'frontmatter', 'document-date', 'directive'])

/**
 * Mark the findings of `file` that its directives disable, and add a
 * `directive` warning for each directive naming an unknown rule (and, with
 * `reportUnused`, for each that suppressed nothing).
 */
export function applyDirectives(
  file: VFile,
  directives: Directive[],
  options: {knownRules: ReadonlySet<string>; reportUnused?: boolean}
): void {
  if (directives.length === 0) return
  const regions = [...directives].sort((a, b) => a.place.startLine - b.place.startLine || a.place.startColumn - b.place.startColumn)

  for (const message of file.messages) {
    const ruleId = message.ruleId
    const data = message.claimlint
    if (!ruleId || runMessages.has(ruleId) || !data) continue
    const place = message.place
    const start = place ? ('start' in place ? place.start : place) : undefined
    if (!start?.line) continue
    const by = disabledBy(regions, ruleId, start.line, start.column ?? 1)
    if (!by) continue
    by.used = true
    data.suppressions = [{kind: 'inSource', justification: by.reason}]
  }

  for (const directive of directives) {
    const unknown = directive.rules.filter((id) => !options.knownRules.has(id))
    const place = {
      start: {line: directive.place.startLine, column: directive.place.startColumn},
      end: {line: directive.place.endLine, column: directive.place.endColumn}
    }
    for (const id of unknown) {
      const message = file.message(`Unknown rule \`${id}\` in \`claimlint-${directive.kind}\`, expected a rule id such as \`registry-mismatch\``, {
        place,
        ruleId: 'directive',
        source: 'claimlint'
      })
      message.fatal = false
    }
    if (options.reportUnused && !directive.used && directive.kind !== 'enable' && unknown.length === 0) {
      const what = directive.rules.length > 0 ? directive.rules.map((id) => '`' + id + '`').join(', ') : 'any rule'
      const message = file.message(`Unused \`claimlint-${directive.kind}\` directive: no finding of ${what} to suppress`, {
        place,
        ruleId: 'directive',
        source: 'claimlint'
      })
      message.fatal = false
    }
  }
}

/** The directive that disables `ruleId` at `line`:`column`, if any. Directives are in document order. */
function disabledBy(directives: readonly Directive[], ruleId: string, line: number, column: number): Directive | undefined {
  const names = (d: Directive) => d.rules.length === 0 || d.rules.includes(ruleId)
  for (const d of directives) {
    if (d.kind === 'disable-line' && names(d) && line >= d.place.startLine && line <= d.place.endLine) return d
    if (d.kind === 'disable-next-line' && names(d) && line === d.place.endLine + 1) return d
  }

  // Regions: the last `disable` or `enable` before the place that concerns the rule decides.
  let state: Directive | undefined
  for (const d of directives) {
    if (d.place.startLine > line || (d.place.startLine === line && d.place.startColumn > column)) break
    if ((d.kind === 'disable' || d.kind === 'enable') && names(d)) state = d.kind === 'disable' ? d : undefined
  }
  return state
}
