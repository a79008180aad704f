/**
 * Read: turn the paths and globs given on the command line into vfiles.
 *
 * Folders are walked for the supported extensions and globs are matched
 * while walking their fixed base folder (see `walk.ts`: symbolic links,
 * `node_modules`, dot folders, `.claimlintignore`). A file given by name is
 * read even through a link. Each real file is read once. Only regular files
 * of at most `maxFileSize` bytes are read, at most `openFiles` at a time, so
 * a run never waits on a FIFO nor runs out of file descriptors. A path that
 * cannot be linted — missing, a folder without documents, not a regular
 * file, too large, unreadable, binary or not text — becomes a vfile carrying
 * one fatal message, so the report says so and the other files are still
 * linted; a link that is not followed carries a warning.
 *
 * unified-engine does this for unified processors, but claimlint checks
 * claims across all the files of a run against one registry, and its own
 * exit codes and reporters need the whole run; keeping this step small and
 * ours costs less than bending the engine's per-file plugin model.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'
import picomatch from 'picomatch'
import {VFile} from 'vfile'
import {defaultMaxFileSize, readRegular} from './open.js'
import {decodeText} from './decode.js'
import {walk, type Found, type Skipped} from './walk.js'

/** Extensions read when walking a directory. */
export const extensions = ['txt', 'md', 'markdown', 'html', 'htm'] as const

export interface ReadOptions {
  /** Largest file read, in bytes; larger ones are reported as skipped. Default 10 MB. */
  maxFileSize?: number
  /** Follow symbolic links that lead outside the folders given. */
  followSymlinks?: boolean
}

/** Files open at once, far below any system's limit (macOS: 256). */
export const openFiles = 32
const limit = pLimit(openFiles)

const extensionPattern = new RegExp(`\\.(?:${extensions.join('|')})$`, 'i')

interface Root {
  input: string
  folder: string
  accept: (rel: string) => boolean
  dot: boolean
  glob: boolean
}

/**
 * Expand `inputs` into a sorted, de-duplicated list of paths, plus vfiles
 * for the inputs that matched nothing and the entries that are reported
 * instead of read.
 */
export async function resolvePaths(
  inputs: string[],
  cwd: string,
  options: ReadOptions = {}
): Promise<{paths: string[]; missing: VFile[]}> {
  const found: Found[] = []
  const skipped: Skipped[] = []
  const missing: VFile[] = []
  const roots: Root[] = []

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    const stat = await fs.stat(absolute).catch(() => undefined)

    if (stat?.isDirectory()) {
      roots.push({input, folder: absolute, accept: (rel) => extensionPattern.test(rel), dot: false, glob: false})
    } else if (stat) {
      found.push({path: absolute, real: await fs.realpath(absolute)})
    } else if (picomatch.scan(input).isGlob) {
      const {base, glob} = picomatch.scan(input)
      const stars = mostStars(glob)
      if (stars > maxStars) {
        missing.push(
          notFound(input, `Unexpected glob with ${stars} \`*\` in one path segment, expected at most ${maxStars} (more make matching a long name take too long)`)
        )
        continue
      }
      const folder = path.resolve(cwd, base)
      const isMatch = picomatch(glob, {dot: false})
      const dot = /(?:^|\/)\.[^./]/.test(glob)
      roots.push({input, folder, accept: (rel) => isMatch(rel), dot, glob: true})
    } else if (await fs.lstat(absolute).catch(() => undefined)) {
      missing.push(notFound(input, 'Broken symbolic link: its target does not exist'))
    } else {
      missing.push(notFound(input, 'No such file or folder'))
    }
  }

  // A glob's base folder may not exist, or be a file (`notes.md{,x}`): then nothing matches.
  const reals = await Promise.all(
    roots.map(async (root) => ((await fs.stat(root.folder).catch(() => undefined))?.isDirectory() ? fs.realpath(root.folder) : undefined))
  )
  const given = reals.filter((real): real is string => real !== undefined)
  for (const [i, root] of roots.entries()) {
    if (reals[i] === undefined) {
      missing.push(notFound(root.input, 'No files match this pattern'))
      continue
    }
    const result = await walk(root.folder, {accept: root.accept, dot: root.dot, roots: given, followSymlinks: options.followSymlinks})
    if (result.files.length === 0 && result.skipped.length === 0) {
      missing.push(
        notFound(root.input, root.glob ? 'No files match this pattern' : 'No documents found in folder (looked for .' + extensions.join(', .') + ')')
      )
    }
    found.push(...result.files)
    skipped.push(...result.skipped)
  }

  // Folders given twice (`docs docs/sub`) meet the same entries twice.
  const reported = new Set<string>()
  for (const entry of skipped) {
    const file = relative(cwd, entry.path)
    if (reported.has(file)) continue
    reported.add(file)
    missing.push(entry.fatal ? problem(file, entry.reason) : notice(file, entry.reason))
  }

  return {paths: unique(found, cwd), missing}
}

/**
 * Most `*` a glob may have in one path segment. picomatch turns each into a
 * lazy `[^/]*?`, and a regular expression with k of them in a row
 * backtracks about n^k times on an n-character name that almost matches:
 * twelve never finish on a 200-character name. On the longest name a file
 * system allows (255), `*a*a*b` takes about 30 ms and `*a*a*a*b` 1.6 s
 * (measured); real globs use one or two (`*.md`, `*-draft-*.md`).
 */
const maxStars = 3

/** The most `*` wildcards in one `/`-separated segment of a glob (`**` counts once; escaped ones not at all). */
function mostStars(glob: string): number {
  let most = 0
  for (const segment of glob.split('/')) {
    const stars = segment.replace(/\\./g, '').replace(/\*{2,}/g, '*').split('*').length - 1
    most = Math.max(most, stars)
  }
  return most
}

/**
 * One display path per real file: the file's own path when it was met
 * directly, else the first path (in sorted order) that led to it.
 */
function unique(found: Found[], cwd: string): string[] {
  const byReal = new Map<string, string>()
  const sorted = found
    .map((entry) => ({display: relative(cwd, entry.path), direct: entry.path === entry.real, real: entry.real}))
    .sort((a, b) => Number(b.direct) - Number(a.direct) || (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))
  for (const entry of sorted) if (!byReal.has(entry.real)) byReal.set(entry.real, entry.display)
  return [...new Set(byReal.values())].sort()
}

/**
 * Read one file into a vfile, at most `openFiles` at a time. What is not
 * lintable text (not a regular file, too large, binary, not UTF-8 or UTF-16
 * with a byte order mark) is reported rather than linted as garbage.
 */
export async function readFile(filePath: string, cwd: string, options: ReadOptions = {}): Promise<VFile> {
  const opened = await limit(() => readRegular(path.resolve(cwd, filePath), options.maxFileSize ?? defaultMaxFileSize))
  if (!opened.ok) return problem(filePath, opened.reason)

  const decoded = decodeText(opened.buffer)
  if (!decoded.ok) return problem(filePath, decoded.reason)
  const file = new VFile({path: filePath, cwd, value: decoded.text})
  if (decoded.encoding !== 'utf-8') file.data.encoding = decoded.encoding
  return file
}

/** A vfile standing for an input that could not be linted, with one fatal message. */
export function problem(filePath: string, reason: string): VFile {
  const file = new VFile({path: filePath})
  file.data.unreadable = true
  fatal(file, reason, 'read')
  return file
}

/** Put one fatal message (exit 1) on `file`: it could not be linted, for `reason`. */
export function fatal(file: VFile, reason: string, ruleId: string): void {
  try {
    file.fail(reason, {source: 'claimlint', ruleId})
  } catch {
    // `fail` throws by design; the message stays on the file.
  }
}

/** A path given on the command line that names nothing: a usage error (exit 2). */
function notFound(filePath: string, reason: string): VFile {
  const file = problem(filePath, reason)
  file.data.notFound = true
  return file
}

/** An entry deliberately left unread, with a warning that says why. */
function notice(filePath: string, reason: string): VFile {
  const file = new VFile({path: filePath})
  file.data.unreadable = true
  file.message(reason, {source: 'claimlint', ruleId: 'read'})
  return file
}

function relative(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute)
  return path.isAbsolute(rel) ? absolute : rel
}

declare module 'vfile' {
  interface DataMap {
    /** The file could not be read; it carries a fatal message and nothing else. */
    unreadable: boolean
    /** A path given on the command line that names nothing (exit 2). */
    notFound: boolean
    /** The file's encoding when it is not UTF-8. */
    encoding: 'utf-16le' | 'utf-16be'
  }
}
