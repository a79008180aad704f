/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per message, which Actions shows as an annotation on the pull
 * request's diff, then a one-line summary. Positions are those of the
 * pretty reporter (1-based lines and UTF-16 columns).
 *
 * Hand-written: `@actions/core` pulls in an HTTP client and more to print
 * these lines, and its escaping is the few lines below (data: `%`, CR, LF;
 * properties: also `:` and `,`).
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'
import {severityOf, shownFiles} from './shown.js'

export interface GithubOptions extends ReporterOptions {
  /** Folder that paths are made relative to (the repository checkout). */
  cwd?: string
}

export function reportGithub(files: VFile[], options: GithubOptions = {}): string {
  const cwd = options.cwd ?? process.cwd()
  const lines: string[] = []
  const counts = {error: 0, warning: 0, notice: 0}
  for (const file of shownFiles(files, {quiet: options.quiet})) {
    const filePath = path.relative(cwd, path.resolve(cwd, file.path ?? '<stdin>')).split(path.sep).join('/')
    for (const message of file.messages) {
      const command = commandOf(message)
      counts[command]++
      lines.push(`::${command} ${properties(filePath, message)}::${escapeData(message.reason)}`)
    }
  }

  const total = counts.error + counts.warning + counts.notice
  lines.push(
    total === 0
      ? 'claimlint: no issues found'
      : `claimlint: ${counts.error} ${counts.error === 1 ? 'error' : 'errors'}, ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, ${counts.notice} ${counts.notice === 1 ? 'notice' : 'notices'}`
  )
  return lines.join('\n') + '\n'
}

function commandOf(message: VFileMessage): 'error' | 'warning' | 'notice' {
  const severity = severityOf(message)
  return severity === 'info' ? 'notice' : severity
}

function properties(filePath: string, message: VFileMessage): string {
  const fields: string[] = [`file=${escapeProperty(filePath)}`]
  const place = message.place
  if (place) {
    const start = 'start' in place ? place.start : place
    const end = 'end' in place ? place.end : undefined
    fields.push(`line=${start.line}`, `col=${start.column}`)
    if (end) fields.push(`endLine=${end.line}`, `endColumn=${end.column}`)
  }
  fields.push(`title=${escapeProperty(`claimlint (${message.ruleId ?? 'claimlint'})`)}`)
  return fields.join(',')
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
