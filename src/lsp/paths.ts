/**
 * Documents as the engine sees them: an editor's URI becomes the path the
 * engine lints (its extension picks the parser, its folder the registry),
 * and the paths in findings go back to URIs.
 */
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/** Extensions the engine parses (as `src/pipeline/read.ts` walks them). */
const linted = /\.(txt|md|markdown|html?)$/i

/** The extension for a document without one, by the editor's language id (Neovim and Emacs say `text`, VS Code `plaintext`). */
const extensionOf: Record<string, string> = {markdown: '.md', plaintext: '.txt', text: '.txt', html: '.html'}

/**
 * The path to lint an open document under, or undefined for documents that
 * are not prose (claims.yaml itself, source code). A file whose name has no
 * known extension is read in the format of its language id; an unsaved
 * document keeps its URI as its name.
 */
export function documentPath(uri: string, languageId: string): string | undefined {
  const base = uri.startsWith('file:') ? fileURLToPath(uri) : uri
  if (linted.test(base)) return base
  const extension = extensionOf[languageId]
  return extension ? base + extension : undefined
}

/** The folder to look for `claims.yaml` from, or undefined for an unsaved document. */
export function folderOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? path.dirname(fileURLToPath(uri)) : undefined
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href
}
