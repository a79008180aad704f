/**
 * Read: turn the paths and globs given on the command line into vfiles.
 *
 * Directories are walked for the supported extensions, globs are expanded
 * with fast-glob, `node_modules` and dot folders are skipped, and files
 * listed in a `.claimlintignore` (gitignore syntax, one per directory given)
 * are left out. A path that cannot be read — missing, a directory without
 * documents, unreadable, binary or not UTF-8 — becomes a vfile carrying one
 * fatal message, so the report says so and the other files are still
 * linted.
 *
 * unified-engine does this for unified processors, but claimlint checks
 * claims across all the files of a run against one registry, and its own
 * exit codes and reporters need the whole run; keeping this step small and
 * ours costs less than bending the engine's per-file plugin model.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import fg from 'fast-glob'
import {VFile} from 'vfile'

/** Extensions read when walking a directory. */
export const extensions = ['txt', 'md', 'markdown', 'html', 'htm'] as const

const ignoreDefaults = ['**/node_modules/**', '**/.git/**']

/**
 * Expand `inputs` into a sorted, de-duplicated list of paths, plus vfiles for
 * the inputs that matched nothing.
 */
export async function resolvePaths(
  inputs: string[],
  cwd: string
): Promise<{paths: string[]; missing: VFile[]}> {
  const paths = new Set<string>()
  const missing: VFile[] = []

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const stat = await fs.stat(absolute).catch(() => undefined)

    if (stat?.isDirectory()) {
      const found = await fg(`**/*.{${extensions.join(',')}}`, {
        cwd: absolute,
        ignore: [...ignoreDefaults, ...(await readIgnore(absolute))],
        dot: false,
        onlyFiles: true
      })
      if (found.length === 0) {
        missing.push(problem(input, 'No documents found in folder (looked for .' + extensions.join(', .') + ')'))
      }
      for (const file of found) paths.add(relative(cwd, path.join(absolute, file)))
    } else if (stat) {
      paths.add(relative(cwd, absolute))
    } else if (fg.isDynamicPattern(input)) {
      const found = await fg(input, {cwd, ignore: ignoreDefaults, onlyFiles: true})
      if (found.length === 0) missing.push(problem(input, 'No files match this pattern'))
      for (const file of found) paths.add(relative(cwd, path.resolve(cwd, file)))
    } else {
      missing.push(problem(input, 'No such file or folder'))
    }
  }

  return {paths: [...paths].sort(), missing}
}

/**
 * Read one file into a vfile. Binary content (a NUL byte) and invalid UTF-8
 * are reported rather than linted as garbage.
 */
export async function readFile(filePath: string, cwd: string): Promise<VFile> {
  let buffer: Buffer
  try {
    buffer = await fs.readFile(path.resolve(cwd, filePath))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'Cannot read file: permission denied'
        : code === 'EISDIR'
          ? 'Cannot read a folder as a file'
          : 'Cannot read file: ' + String((error as Error).message)
    return problem(filePath, reason)
  }

  if (buffer.subarray(0, 8000).includes(0)) {
    return problem(filePath, 'Cannot lint a binary file')
  }

  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(buffer)
  } catch {
    return problem(filePath, 'Cannot lint a file that is not UTF-8 text')
  }

  // A byte order mark is not prose.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return new VFile({path: filePath, cwd, value: text})
}

/** A vfile standing for an input that could not be linted, with one fatal message. */
export function problem(filePath: string, reason: string): VFile {
  const file = new VFile({path: filePath})
  file.data.unreadable = true
  try {
    file.fail(reason, {source: 'claimlint', ruleId: 'read'})
  } catch {
    // `fail` throws by design; the message stays on the file.
  }

  return file
}

async function readIgnore(folder: string): Promise<string[]> {
  const source = await fs.readFile(path.join(folder, '.claimlintignore'), 'utf8').catch(() => '')
  return source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => (line.endsWith('/') ? line + '**' : line))
}

function relative(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute)
  return path.isAbsolute(rel) ? absolute : rel
}

declare module 'vfile' {
  interface DataMap {
    /** The file could not be read; it carries a fatal message and nothing else. */
    unreadable: boolean
  }
}
