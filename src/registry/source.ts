/**
 * The text of a registry file: only a regular file is read (a FIFO or a
 * device would block or never end), UTF-16 with a byte order mark is
 * decoded, and a byte that is not UTF-8 is an error at its line and column
 * rather than a replacement character that would make a name never match.
 */
import {ClaimlintError} from '../errors.js'
import {readFileSync, statSync, type Stats} from 'node:fs'
import {kindOf, readRegular} from '../pipeline/open.js'
import {decodeText, firstInvalidUtf8} from '../pipeline/decode.js'

/** Largest registry read: far above any real one, below what a string can hold. */
const maxRegistrySize = 256 * 1024 * 1024

/** Read registry `file`; `shown` is its name in messages. Throws `ClaimlintError` (exit 2). */
export async function readRegistrySource(file: string, shown: string): Promise<string> {
  const opened = await readRegular(file, maxRegistrySize)
  if (!opened.ok) {
    if (opened.kind === 'missing') throw new ClaimlintError(`Cannot find registry \`${file}\``)
    if (opened.what) throw new ClaimlintError(`Cannot read registry \`${file}\`: it is ${opened.what}, expected a YAML file`)
    throw new ClaimlintError(`Cannot read registry \`${file}\`: ${opened.reason}`)
  }

  return decodeRegistry(opened.buffer, file, shown)
}

/**
 * The bytes of registry `file` without waiting, for the per-document
 * settings of a run (src/config/settings.ts), to be decoded with
 * `decodeRegistry` once `--cache` has had its say. The same checks:
 * `stat` says it is a regular file before it is opened, so a FIFO or
 * device is never waited on.
 */
export function readRegistryBytesSync(file: string): Buffer {
  let stat: Stats
  try {
    stat = statSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ClaimlintError(`Cannot find registry \`${file}\``)
    throw new ClaimlintError(`Cannot read registry \`${file}\`: ${(error as Error).message}`)
  }
  if (!stat.isFile()) throw new ClaimlintError(`Cannot read registry \`${file}\`: it is ${kindOf(stat)}, expected a YAML file`)
  if (stat.size > maxRegistrySize) throw new ClaimlintError(`Cannot read registry \`${file}\`: larger than ${maxRegistrySize} bytes`)
  let buffer: Buffer
  try {
    buffer = readFileSync(file)
  } catch (error) {
    throw new ClaimlintError(`Cannot read registry \`${file}\`: ${(error as Error).message}`)
  }
  return buffer
}

/** The text of a registry's bytes; a byte that is not UTF-8 is an error at its place. */
export function decodeRegistry(buffer: Buffer, file: string, shown: string): string {
  const utf16 = (buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)
  if (!utf16) {
    const invalid = firstInvalidUtf8(buffer)
    if (invalid) {
      throw ClaimlintError.fromProblems([
        {
          file: shown,
          line: invalid.line,
          column: invalid.column,
          message: `Unexpected byte 0x${invalid.value.toString(16).toUpperCase().padStart(2, '0')}, expected UTF-8 text (is the file Latin-1 or Windows-1252?)`
        }
      ])
    }
  }

  const decoded = decodeText(buffer)
  if (!decoded.ok) throw new ClaimlintError(`Cannot read registry \`${file}\`: ${decoded.reason}`)
  return decoded.text
}
