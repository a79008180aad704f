/**
 * `claimlint lsp`: the language server on standard input and output.
 * `--stdio` (which editors' clients often add) is accepted and changes
 * nothing. Anything written to the console goes to the client's log, never
 * into the protocol stream. The process exits when the client sends `exit`
 * (code 0 after `shutdown`, 1 without) or closes the stream.
 */
import {format} from 'node:util'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {ClaimlintError} from '../errors.js'
import {startServer} from './server.js'

export const lspUsage = `Usage: claimlint lsp [--stdio]

Start claimlint's language server on standard input and output (see docs/editors.md).`

/** Start the server; the returned promise does not settle, as the server runs until the client ends it. */
export function runLanguageServer(args: string[], io: {stdout: NodeJS.WritableStream}): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(lspUsage + '\n')
    return Promise.resolve(0)
  }
  const unknown = args.filter((arg) => arg !== '--stdio')
  if (unknown.length > 0) throw new ClaimlintError(`Unexpected \`${unknown[0]}\` for \`claimlint lsp\`, expected \`--stdio\` or nothing\n${lspUsage}`)

  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  const toLog = (send: (message: string) => void) => (...values: unknown[]) => send(format(...values))
  console.log = toLog((message) => connection.console.log(message))
  console.info = toLog((message) => connection.console.info(message))
  console.warn = toLog((message) => connection.console.warn(message))
  console.error = toLog((message) => connection.console.error(message))
  startServer(connection)
  return new Promise<number>(() => undefined)
}
