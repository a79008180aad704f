/**
 * Quick fixes from a finding's suggested replacements (`message.expected`,
 * best first): one code action per suggestion, replacing the text found
 * (`message.actual`) where it stands inside the finding's range. The text is
 * looked up in the document as it is now, so a fix is offered only while the
 * text it replaces is still there.
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
