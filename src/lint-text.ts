/**
 * `lintText`: one text in, its vfile (with messages) out — the smallest
 * entry to the engine, for scripts and editors that hold a single buffer.
 */
import type {VFile} from 'vfile'
import {lintDocuments, type LintOptions} from './engine.js'

export interface LintTextOptions extends LintOptions {
  /** The name to lint the text under: its extension picks the parser (`.md`, `.html`, else plain text). Default `input.txt`. */
  path?: string
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<VFile> {
  const {path = 'input.txt', ...rest} = options
  const [file] = await lintDocuments([{path, text}], rest)
  return file
}
