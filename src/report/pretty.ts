/**
 * The pretty reporter for editors in a terminal: vfile-reporter's
 * `file:line:column-endLine:endColumn  severity  message  rule-id` lines and
 * summary. With `verbose`, each finding also shows its note (the registry
 * claim, its value and source) and the suggested replacement.
 */
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'

export function reportPretty(files: VFile[], options: ReporterOptions = {}): string {
  const shown = options.verbose ? files.map(withSuggestions) : files
  return reporter(shown, {color: options.color ?? false, quiet: options.quiet ?? false, verbose: options.verbose ?? false})
}

/** A copy of the file whose notes also carry the suggested replacements. */
function withSuggestions(file: VFile): VFile {
  const copy = new VFile({path: file.path})
  copy.messages = file.messages.map((message) => {
    const clone = Object.assign(Object.create(VFileMessage.prototype) as VFileMessage, message)
    const expected = message.expected ?? []
    if (expected.length > 0) {
      const suggestion = `Suggestion: replace \`${message.actual ?? ''}\` with ${expected.map((e) => '`' + e + '`').join(' or ')}`
      clone.note = message.note ? `${message.note}\n${suggestion}` : suggestion
    }
    return clone
  })
  return copy
}
