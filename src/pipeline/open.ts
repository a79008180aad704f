/**
 * Open: read the bytes of one regular file, never waiting on anything else.
 *
 * A FIFO opened for reading blocks until a writer comes, a socket cannot be
 * opened, and `/dev/zero` never ends: so the path is checked with `stat`
 * first, then opened non-blocking and checked again on the open handle (the
 * path may have changed in between), and at most `maxBytes + 1` bytes are
 * read, so a file that grows while it is read cannot exhaust memory either.
 *
 * Node's `fs.readFile` does none of this (it blocks on a FIFO and reads a
 * character device until its 2 GB cap), hence this small step of our own.
 */
import fs, {constants, type Stats} from 'node:fs'
import bytes from 'bytes'

/** The bytes of a regular file, or why they could not be had. */
export type Opened =
  | {ok: true; buffer: Buffer}
  | {ok: false; kind: 'missing' | 'special' | 'too-large' | 'unreadable'; reason: string; what?: string}

/** The documented default of `--max-file-size`: 10 MB (10,485,760 bytes). */
export const defaultMaxFileSize = 10 * 1024 * 1024

const nonBlocking = constants.O_NONBLOCK ?? 0
const chunkSize = 64 * 1024

/** What a path that is not a regular file is, in words: "a FIFO (named pipe)". */
export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a FIFO (named pipe)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice()) return 'a character device'
  if (stat.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

/** `10MB`, `1.5KB`, `900B`: a byte count as `--max-file-size` takes it. */
export function formatSize(size: number): string {
  return bytes.format(size, {unitSeparator: ' '}) ?? `${size} B`
}

/**
 * Read a regular file of at most `maxBytes` bytes. The calls are Node's
 * synchronous ones behind an async signature: over 1,000 articles, reading
 * took 190–215 ms with `fs/promises` (six trips to the thread pool a file)
 * and 80–90 ms so, a tenth of a `--cache` run (docs/performance.md).
 */
export async function readRegular(file: string, maxBytes: number = defaultMaxFileSize): Promise<Opened> {
  let stat: Stats
  try {
    stat = fs.statSync(file)
  } catch (error) {
    return failed(error)
  }
  if (!stat.isFile()) return special(stat)
  if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes)

  let fd: number
  try {
    fd = fs.openSync(file, constants.O_RDONLY | nonBlocking)
  } catch (error) {
    return failed(error)
  }

  try {
    const opened = fs.fstatSync(fd)
    if (!opened.isFile()) return special(opened)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const want = Math.min(Math.max(opened.size - total, chunkSize), maxBytes + 1 - total)
      if (want <= 0) break
      const chunk = Buffer.allocUnsafe(want)
      const bytesRead = fs.readSync(fd, chunk, 0, want, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (bytesRead < want && opened.size > 0 && total >= opened.size) break
    }
    if (total > maxBytes) return tooLarge(total, maxBytes, true)
    return {ok: true, buffer: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)}
  } catch (error) {
    return failed(error)
  } finally {
    fs.closeSync(fd)
  }
}

function special(stat: Stats): Opened {
  const what = kindOf(stat)
  return {
    ok: false,
    kind: 'special',
    what,
    reason: stat.isDirectory() ? 'Cannot read a folder as a file' : `Not a regular file but ${what}; skipped`
  }
}

function tooLarge(size: number, maxBytes: number, grew = false): Opened {
  const found = grew ? `more than ${formatSize(maxBytes)}` : formatSize(size)
  return {
    ok: false,
    kind: 'too-large',
    reason: `File of ${found} is larger than the limit of ${formatSize(maxBytes)}; skipped (raise the limit with --max-file-size)`
  }
}

function failed(error: unknown): Opened {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return {ok: false, kind: 'missing', reason: 'No such file or folder'}
  if (code === 'ENXIO') return {ok: false, kind: 'special', what: 'a socket', reason: 'Not a regular file but a socket; skipped'}
  if (code === 'EACCES' || code === 'EPERM') return {ok: false, kind: 'unreadable', reason: 'Cannot read file: permission denied'}
  if (code === 'EISDIR') return {ok: false, kind: 'special', what: 'a folder', reason: 'Cannot read a folder as a file'}
  if (code === 'ELOOP') return {ok: false, kind: 'unreadable', reason: 'Cannot read file: too many levels of symbolic links'}
  return {ok: false, kind: 'unreadable', reason: 'Cannot read file: ' + String((error as Error).message)}
}
