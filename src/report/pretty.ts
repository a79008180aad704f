/**
 * The pretty reporter for editors in a terminal: vfile-reporter's
 * `file:line:column-endLine:endColumn  severity  message  rule-id` lines and
 * summary. With `verbose`, each finding also shows its note (the registry
 * claim, its value and source) and the suggested replacement.
 *
 * Speed: vfile-reporter measures every cell with `string-width` 6, which
 * builds a new emoji regular expression per character; on 1,000 articles
 * (3,000 messages) that was 1.4 s of a 7.7–8.1 s run. `package.json`
 * `overrides` gives vfile-reporter `fast-string-width` instead (same call,
 * same widths for our messages: the report is byte-identical), and the run
 * takes 5.2–6.5 s. Measured with `claimlint --no-color` on 500 copies of
 * each example article.
 */
import {reporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'
import {shownFiles} from './shown.js'

export function reportPretty(files: VFile[], options: ReporterOptions = {}): string {
  const visible = shownFiles(files, {quiet: options.quiet})
  const shown = options.verbose ? visible.map(withSuggestions) : visible
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
