/**
 * Reporters, one small module per format. Each turns the run's vfiles into
 * the text written to standard output.
 */
import type {VFile} from 'vfile'
import {ClaimlintError} from '../errors.js'
import {reportPretty} from './pretty.js'
import {reportJson} from './json.js'
import {reportSarif} from './sarif.js'
import {reportGithub} from './github.js'
import {reportHtml} from './html.js'
import {explain} from './explain.js'
import type {DocumentTrace} from '../engine.js'

export {isSuppressed, shownFiles} from './shown.js'

export interface ReporterOptions {
  color?: boolean
  /** Errors only (ESLint's `--quiet`). */
  quiet?: boolean
  verbose?: boolean
  tool?: {name: string; version: string}
  /** Folder that reported paths are relative to (SARIF `%SRCROOT%`, GitHub annotations). */
  cwd?: string
  /** Each document's text, claims and matches (the HTML review page draws them). */
  traces?: Map<VFile, DocumentTrace>
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

export const reporters: Record<string, Reporter> = {
  pretty: reportPretty,
  json: reportJson,
  sarif: reportSarif,
  github: reportGithub,
  html: reportHtml,
  /** The claims of each sentence and their registry matches (`--explain`). */
  explain: (files, options) => explain({files, traces: options.traces ?? new Map(), skipped: []})
}

export function getReporter(name: string): Reporter {
  const found = reporters[name]
  if (!found) {
    throw new ClaimlintError(
      `Unknown format \`${name}\`, expected one of ${Object.keys(reporters).map((key) => '`' + key + '`').join(', ')}`
    )
  }

  return found
}

