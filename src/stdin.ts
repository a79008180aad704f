/**
 * Standard input for the command line: `claimlint --stdin [--stdin-filename
 * PATH]` or `-` as the only path lints what is piped in as if it were the
 * file PATH, so an editor can lint an unsaved buffer with the findings it
 * would get for the saved file.
 */
import {VFile} from 'vfile'
import {lintFiles, type LintOptions, type LintResult} from './engine.js'
import {ClaimlintError} from './errors.js'
import {problem} from './pipeline/read.js'
import {decodeText} from './pipeline/decode.js'

/**
 * The name standard input is linted under when it is linted: `--stdin`
 * (named by `--stdin-filename`, else `<stdin>`, read as plain text) or `-` as
 * the only path. Standard input is linted alone, since `-` among other paths
 * would make one run of two sources.
 */
export function stdinFilename(stdin: boolean | undefined, filename: string | undefined, positionals: string[]): string | undefined {
  const dash = positionals.includes('-')
  if (!stdin && !dash) {
    if (filename !== undefined) throw new ClaimlintError('Unexpected `--stdin-filename` without `--stdin`, expected `--stdin --stdin-filename <path>`')
    return undefined
  }
  const others = positionals.filter((item) => item !== '-')
  if (others.length > 0) throw new ClaimlintError(`Unexpected path \`${others[0]}\` with standard input, expected standard input alone (\`--stdin\` or \`-\`)`)
  return filename ?? '<stdin>'
}

/** Lint standard input as the file `name` (relative to `io.cwd`): its extension picks the parser, its frontmatter the date. */
export async function lintStdin(io: {cwd: string; stdin?: NodeJS.ReadableStream}, name: string, options: LintOptions): Promise<LintResult> {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin ?? process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array))
  const buffer = Buffer.concat(chunks)
  // Decoded as files are (src/pipeline/decode.ts): UTF-8 or UTF-16 with a byte order mark; binary or other bytes are reported, not linted as garbage.
  const decoded = decodeText(buffer)
  if (!decoded.ok) return {files: [problem(name, decoded.reason)], skipped: [], traces: new Map()}
  return lintFiles([new VFile({path: name, cwd: io.cwd, value: decoded.text})], options)
}
