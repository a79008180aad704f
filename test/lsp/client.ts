/**
 * A language client for the tests and the benchmark: starts `claimlint lsp`
 * as a child process (from the TypeScript sources through tsx, so it runs
 * the code under test without a build) and speaks JSON-RPC to it over stdio
 * with vscode-jsonrpc's framing. Published diagnostics are kept per URI, and
 * `diagnostics(uri, test)` waits for the first publication that passes.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {PublishDiagnosticsParams} from 'vscode-languageserver'

export const root = fileURLToPath(new URL('../..', import.meta.url))

interface Waiter {
  uri: string
  test: (params: PublishDiagnosticsParams) => boolean
  resolve: (params: PublishDiagnosticsParams) => void
}

export class Client {
  readonly connection: MessageConnection
  readonly child: ChildProcess
  /** Every publication, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = []
  /** What the server logged (window/logMessage). */
  readonly log: string[] = []
  readonly exited: Promise<number | null>
  private readonly waiters: Waiter[] = []

  constructor() {
    const entry = pathToFileURL(`${root}src/cli.ts`).href
    this.child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import {main} from ${JSON.stringify(entry)}; main(['lsp', '--stdio'])`], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params)
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1)
          waiter.resolve(params)
        }
      }
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => {
      this.log.push(params.message)
    })
    this.connection.onNotification('window/showMessage', (params: {message: string}) => {
      this.log.push(params.message)
    })
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.onRequest('window/showMessageRequest', () => null)
    this.connection.listen()
  }

  async initialize(rootFolder: string, initializationOptions: Record<string, unknown> = {}): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootFolder).href,
      capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}},
      initializationOptions
    })
    await this.connection.sendNotification('initialized', {})
    return result
  }

  /** The first publication for `uri` from now on that passes `test` (by default: any). */
  diagnostics(uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({uri, test, resolve}))
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown')
    await this.connection.sendNotification('exit')
    const code = await this.exited
    this.connection.dispose()
    return code
  }
}
