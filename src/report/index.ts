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

export {isSuppressed, shownFiles} from './shown.js'

export interface ReporterOptions {
  color?: boolean
  /** Errors only (ESLint's `--quiet`). */
  quiet?: boolean
  verbose?: boolean
  tool?: {name: string; version: string}
  /** Folder that reported paths are relative to (SARIF `%SRCROOT%`, GitHub annotations). */
  cwd?: string
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

export const reporters: Record<string, Reporter> = {
  pretty: reportPretty,
  json: reportJson,
  sarif: reportSarif,
  github: reportGithub
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

