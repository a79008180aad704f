/**
 * Quick fixes from a finding's suggested replacements (`message.expected`,
 * best first): one code action per suggestion, replacing the text found
 * (`message.actual`) where it stands inside the finding's range. The text is
 * looked up in the document as it is now, so a fix is offered only while the
 * text it replaces is still there.
 *
 * Each finding of a rule also gets "Disable <rule> for this line": a
 * `<!-- claimlint-disable-line rule -->` comment at the end of the line
 * where it starts (the inline directive of `src/pipeline/directives.ts`,
 * read in Markdown, HTML and plain text alike). At the end of the line, not
 * on a line of its own, so a Markdown paragraph is not cut in two.
 */
import type {CodeAction, Diagnostic, Range} from 'vscode-languageserver'
import {CodeActionKind} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/** A published diagnostic and what its finding suggests. */
export interface Suggestion {
  diagnostic: Diagnostic
  actual?: string
  expected: readonly string[]
}

export function quickFixes(document: TextDocument, range: Range, suggestions: readonly Suggestion[], only?: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  for (const suggestion of suggestions) {
    const {diagnostic, actual, expected} = suggestion
    if (!actual || expected.length === 0 || !overlaps(diagnostic.range, range)) continue
    if (only && only.length > 0 && !only.some((other) => same(other, diagnostic))) continue
    const target = locate(document, diagnostic.range, actual)
    if (!target) continue
    expected.forEach((replacement, index) => {
      actions.push({
        title: `Replace \`${actual}\` with \`${replacement}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: {changes: {[document.uri]: [{range: target, newText: replacement}]}}
      })
    })
  }

  return actions
}

/** Where `actual` stands in the range now: the whole range, or its first occurrence inside it. */
function locate(document: TextDocument, range: Range, actual: string): Range | undefined {
  const start = document.offsetAt(range.start)
  const end = document.offsetAt(range.end)
  const text = document.getText().slice(start, end)
  const index = text === actual ? 0 : text.indexOf(actual)
  if (index < 0) return undefined
  return {start: document.positionAt(start + index), end: document.positionAt(start + index + actual.length)}
}

function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

function same(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  )
}

/** Diagnostics that are not a rule's finding: nothing to disable. */
const notRules = new Set(['read', 'internal-error', 'time-budget', 'frontmatter', 'document-date', 'directive'])

export function disableActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = []
  const seen = new Set<string>()
  for (const diagnostic of diagnostics) {
    const rule = typeof diagnostic.code === 'string' ? diagnostic.code : undefined
    if (!rule || notRules.has(rule) || !overlaps(diagnostic.range, range)) continue
    const line = diagnostic.range.start.line
    if (seen.has(`${rule}:${line}`)) continue
    seen.add(`${rule}:${line}`)
    const lineText = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$/, '')
    const end = {line, character: lineText.length}
    actions.push({
      title: `Disable ${rule} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {changes: {[document.uri]: [{range: {start: end, end}, newText: ` <!-- claimlint-disable-line ${rule} -->`}]}}
    })
  }
  return actions
}
