/**
 * The language server as an editor sees it: `claimlint lsp` in a child
 * process, driven over stdio with JSON-RPC framing, on English and Spanish
 * documents checked against a copy of the rules' fixture registry.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, Hover, PublishDiagnosticsParams} from 'vscode-languageserver'
import {Client, root} from './client.js'

const docs = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'
const tiesEn = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\nThe festival drew 3,000 visitors in Osaka.\n'
const tiesEs = '---\ndate: 2023-05-01\n---\n\n# Relaciones\n\nEste año, Vietnam y Japón celebran el 51 aniversario de sus relaciones diplomáticas.\n'
const tradeEn = 'Trade between Vietnam and Japan reached $50 billion in 2022, officials said.\n'
const tradeEs = '---\ndate: 2023-05-01\n---\n\nEn 2022, el comercio entre Vietnam y Japón sumó 40 mil millones de dólares.\n'

let dir: string
let registry: string
let original: string
let client: Client
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href

const range = (line: number, start: number, endLine: number, end: number) => ({start: {line, character: start}, end: {line: endLine, character: end}})
const messages = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`)
const version = (n: number) => (params: PublishDiagnosticsParams) => params.version === n

function registryNote(date: string): string {
  return `Registry \`vn-jp-diplomatic-ties\` — Vietnam–Japan diplomatic relations established (${registry}:20:5): on ${date}. Source: Japan-Viet Nam Relations (Basic Data), https://www.mofa.go.jp/region/asia-paci/vietnam/data.html (retrieved 2026-11-22).`
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-lsp-'))
  registry = path.join(dir, 'claims.yaml')
  original = fs.readFileSync(path.join(root, 'test/fixtures/rules/claims.yaml'), 'utf8')
  fs.writeFileSync(registry, original)
  // A rule module of the workspace that throws on one word, as a buggy custom rule would.
  fs.writeFileSync(
    path.join(dir, 'fragile-rule.mjs'),
    `export default {
  meta: {id: 'fragile', description: 'Throws on "Kaboom".', severity: 'warning', needsRegistry: false, scope: 'document', messages: {}},
  check(doc) {
    if (doc.text.includes('Kaboom')) throw new Error('fragile rule broke on Kaboom')
    return []
  }
}
`
  )
  client = new Client()
}, 30000)

afterAll(() => {
  client.child.kill()
  fs.rmSync(dir, {recursive: true, force: true})
})

// Generous timeouts: the server starts through tsx and loads dictionaries, slow on a busy machine; nothing here measures speed.
describe('claimlint lsp', {timeout: 60000}, () => {
  it('initializes with incremental sync, quick fixes and hover', async () => {
    const result = (await client.initialize(dir, {debounce: 20, ruleModules: ['fragile-rule.mjs']})) as {capabilities: Record<string, unknown>; serverInfo: {name: string}}
    expect(result.capabilities).toEqual({
      textDocumentSync: {openClose: true, change: 2, save: {includeText: false}},
      codeActionProvider: {codeActionKinds: ['quickfix']},
      hoverProvider: true
    })
    expect(result.serverInfo.name).toBe('claimlint')
  })

  it('publishes diagnostics with exact ranges, rule id, docs link, severity and the registry claim', async () => {
    const published = client.diagnostics(uri('ties.txt'))
    await client.open(uri('ties.txt'), 'plaintext', tiesEn)
    const params = await published
    expect(params.version).toBe(1)
    expect(params.diagnostics).toEqual([
      {
        range: range(0, 9, 0, 13),
        severity: 1,
        source: 'claimlint',
        code: 'anniversary-year',
        codeDescription: {href: docs + 'anniversary-year.md'},
        message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`',
        relatedInformation: [{location: {uri: uri('claims.yaml'), range: range(19, 4, 19, 4)}, message: registryNote('1973-09-21')}]
      }
    ])
  })

  it('reads a Spanish Markdown document with its frontmatter date', async () => {
    const published = client.diagnostics(uri('lazos.md'))
    await client.open(uri('lazos.md'), 'markdown', tiesEs)
    expect(messages(await published)).toEqual([
      '6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'
    ])
  })

  it('describes a matched claim on hover', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('ties.txt')}, position: {line: 0, character: 11}})) as Hover
    expect(hover.range).toEqual(range(0, 9, 0, 13))
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: [
        'Read: **year** `2022` · value 2022',
        `Registry \`vn-jp-diplomatic-ties\` — Vietnam–Japan diplomatic relations established: on 1973-09-21 (${registry}:20:5)`,
        'Source: [Japan-Viet Nam Relations (Basic Data)](https://www.mofa.go.jp/region/asia-paci/vietnam/data.html), retrieved 2026-11-22'
      ].join('\n\n')
    })
  })

  it('says why a claim matched nothing, and has no hover off claims', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('ties.txt')}, position: {line: 1, character: 19}})) as Hover
    expect(hover.range).toEqual(range(1, 18, 1, 32))
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: 'Read: **quantity** `3,000 visitors` · value 3,000 · unit `visitor` · 4 significant digits · step 1\n\nMatched nothing: this sentence names no entity of the registry.'
    })
    const none = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('ties.txt')}, position: {line: 0, character: 2}})
    expect(none).toBeNull()
  })

  it('offers the suggested replacement as a quick fix, and the fix clears the diagnostic', async () => {
    const [diagnostic] = client.published.filter((p) => p.uri === uri('ties.txt')).at(-1)!.diagnostics as Diagnostic[]
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: uri('ties.txt')},
      range: range(0, 10, 0, 10),
      context: {diagnostics: [diagnostic]}
    })) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ['Replace `2022` with `2023`', 'quickfix', true],
      ['Disable anniversary-year for this line', 'quickfix', undefined]
    ])
    const line = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.'
    expect(actions[1].edit!.changes![uri('ties.txt')]).toEqual([
      {range: range(0, line.length, 0, line.length), newText: ' <!-- claimlint-disable-line anniversary-year -->'}
    ])
    const edit = actions[0].edit!.changes![uri('ties.txt')]
    expect(edit).toEqual([{range: range(0, 9, 0, 13), newText: '2023'}])

    const cleared = client.diagnostics(uri('ties.txt'), version(2))
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: uri('ties.txt'), version: 2},
      contentChanges: [{range: edit[0].range, text: edit[0].newText}]
    })
    expect((await cleared).diagnostics).toEqual([])
  })

  it('offers no fix once the text it would replace is gone', async () => {
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: uri('ties.txt')},
      range: range(0, 0, 1, 0),
      context: {diagnostics: []}
    })
    expect(actions).toEqual([])
  })

  it('re-lints open documents when claims.yaml changes', async () => {
    fs.writeFileSync(registry, original.replace('date: 1973-09-21', 'date: 1974-09-21'))
    const en = client.diagnostics(uri('ties.txt'), (p) => p.diagnostics.length > 0)
    const es = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.some((d) => typeof d.message === 'string' && d.message.includes('1974')))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 2}]})
    expect(messages(await en)).toEqual(['0:9-0:13 anniversary-year Unexpected `2023` for the 50th anniversary of `vn-jp-diplomatic-ties` (1974), expected `2024`'])
    expect(messages(await es)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1974), expected `2025`'])
  })

  it('publishes registry errors in claims.yaml at their places, and clears them when fixed', async () => {
    fs.writeFileSync(registry, original.replace('date: 1973-09-21', 'date: 1973-13-45'))
    const broken = client.diagnostics(uri('claims.yaml'))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 2}]})
    expect(messages(await broken)).toEqual(['27:10-27:20 registry Unexpected `date: 1973-13-45`, expected a real date'])

    fs.writeFileSync(registry, original)
    const fixed = client.diagnostics(uri('claims.yaml'))
    const es = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.some((d) => typeof d.message === 'string' && d.message.includes('1973')))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 2}]})
    expect((await fixed).diagnostics).toEqual([])
    expect(messages(await es)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
  })

  it('forgets a deleted claims.yaml and its errors, and finds a created one', async () => {
    fs.writeFileSync(registry, original.replace('date: 1973-09-21', 'date: 1973-13-45'))
    const broken = client.diagnostics(uri('claims.yaml'), (p) => p.diagnostics.length === 1)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 2}]})
    await broken

    fs.rmSync(registry)
    const cleared = client.diagnostics(uri('claims.yaml'))
    const unchecked = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 0)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 3}]})
    expect((await cleared).diagnostics).toEqual([])
    expect((await unchecked).diagnostics).toEqual([])
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('lazos.md')}, position: {line: 6, character: 2}})) as Hover
    expect(hover.contents).toEqual({
      kind: 'markdown',
      value: 'Read: **year** `Este año` · relative to the document date (year +0: 2023)\n\nMatched nothing: no claims.yaml found from this document’s folder upwards.'
    })

    fs.writeFileSync(registry, original)
    const es = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 1)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('claims.yaml'), type: 1}]})
    expect(messages(await es)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
  })

  it('reloads a claims.yaml changed without a notice from the client at the next lint', async () => {
    fs.writeFileSync(registry, original.replace('date: 1973-09-21', 'date: 1974-09-21') + '# edited in another editor\n')
    const es = client.diagnostics(uri('lazos.md'), version(2))
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: uri('lazos.md'), version: 2},
      contentChanges: [{range: range(7, 0, 7, 0), text: '\n'}]
    })
    expect(messages(await es)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1974), expected `2025`'])

    fs.writeFileSync(registry, original)
    const back = client.diagnostics(uri('lazos.md'), version(3))
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: uri('lazos.md'), version: 3},
      contentChanges: [{range: range(7, 0, 8, 0), text: ''}]
    })
    expect(messages(await back)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
  })

  it('lints open documents together: a figure that contradicts another open document is flagged there', async () => {
    const es = client.diagnostics(uri('comercio.md'), (p) => p.diagnostics.length === 2)
    await client.open(uri('trade.txt'), 'plaintext', tradeEn)
    await client.open(uri('comercio.md'), 'markdown', tradeEs)
    const params = await es
    expect(messages(params)).toEqual([
      `4:48-4:74 inconsistent-figure Unexpected \`40 mil millones de dólares\`, expected \`$50 billion\` as stated at ${path.join(dir, 'trade.txt')}:1:41 for \`vn-jp-trade-2022\``,
      '4:48-4:74 registry-mismatch Unexpected `40 mil millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'
    ])
    expect(params.diagnostics.map((d) => d.severity)).toEqual([2, 1])
    expect(params.diagnostics[0].relatedInformation?.[0]).toEqual({location: {uri: uri('trade.txt'), range: range(0, 40, 0, 51)}, message: '`$50 billion` stated here'})

    // Closed, the other document no longer counts.
    const alone = client.diagnostics(uri('comercio.md'), (p) => p.diagnostics.length === 1)
    const closed = client.diagnostics(uri('trade.txt'))
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: uri('trade.txt')}})
    expect((await closed).diagnostics).toEqual([])
    expect(messages(await alone)).toEqual([
      '4:48-4:74 registry-mismatch Unexpected `40 mil millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'
    ])
  })

  it('survives a rule that throws: logs it, says so in that document, and keeps serving the others', async () => {
    const crashed = client.diagnostics(uri('fragile.txt'))
    const others = client.diagnostics(uri('lazos.md'))
    await client.open(uri('fragile.txt'), 'plaintext', 'Kaboom. The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n')
    expect((await crashed).diagnostics).toEqual([
      {
        range: range(0, 0, 0, 0),
        severity: 1,
        source: 'claimlint',
        code: 'internal-error',
        message: 'Cannot lint file: rules failed: fragile rule broke on Kaboom'
      }
    ])
    expect(messages(await others)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
    expect(client.log.some((line) => line.includes('Error: fragile rule broke on Kaboom'))).toBe(true)

    const fixed = client.diagnostics(uri('fragile.txt'), version(2))
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: uri('fragile.txt'), version: 2},
      contentChanges: [{range: range(0, 0, 0, 8), text: ''}]
    })
    expect(messages(await fixed)).toEqual(['0:9-0:13 anniversary-year Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'])
  })

  it('lints an unsaved document against the workspace root\'s claims.yaml, in the format of its language id', async () => {
    const untitled = 'untitled:Untitled-1'
    const published = client.diagnostics(untitled)
    await client.open(untitled, 'markdown', tiesEs)
    expect(messages(await published)).toEqual([
      '6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'
    ])
    const closed = client.diagnostics(untitled)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: untitled}})
    expect((await closed).diagnostics).toEqual([])
  })

  it('reports malformed settings and keeps the defaults; applies good ones', async () => {
    const relinted = client.diagnostics(uri('ties.txt'))
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {claimlint: {debounce: -5, rules: {'no-such-rule': 'off'}, ruleModules: ['fragile-rule.mjs']}}
    })
    await relinted
    expect(client.log).toContain('claimlint: Unexpected `debounce: -5`, expected milliseconds (a number of at least 0)')
    expect(client.log.some((line) => line.startsWith('claimlint: Unknown rule `no-such-rule` in settings `rules`, expected one of `anniversary-year`'))).toBe(true)

    const off = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 0)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {claimlint: {debounce: 20, rules: {'anniversary-year': 'off'}}}
    })
    expect((await off).diagnostics).toEqual([])
    const on = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 1)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {claimlint: {debounce: 20}}})
    expect(messages(await on)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
  })

  it('reads the workspace\'s .claimlintrc as the CLI does, and again when it changes', async () => {
    const config = path.join(dir, '.claimlintrc.json')
    fs.writeFileSync(config, JSON.stringify({rules: {'anniversary-year': 'off'}}))
    const off = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 0)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.claimlintrc.json'), type: 1}]})
    expect((await off).diagnostics).toEqual([])

    fs.writeFileSync(config, '{"rules": {"anniversary-year": "warning"}}')
    const warning = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 1)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.claimlintrc.json'), type: 2}]})
    expect((await warning).diagnostics.map((d) => [d.code, d.severity])).toEqual([['anniversary-year', 2]])

    fs.writeFileSync(config, '{"rules": {"no-such-rule": "off"}}')
    const reported = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.some((d) => d.severity === 1))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.claimlintrc.json'), type: 2}]})
    await reported
    expect(client.log.some((line) => line.includes('no-such-rule'))).toBe(true)

    fs.rmSync(config)
    const on = client.diagnostics(uri('lazos.md'), (p) => p.diagnostics.length === 1 && p.diagnostics[0].severity === 1)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.claimlintrc.json'), type: 3}]})
    expect(messages(await on)).toEqual(['6:0-6:8 anniversary-year Unexpected `Este año` (2023) for the 51st anniversary of `vn-jp-diplomatic-ties` (1973), expected `2024`'])
  })

  it('leaves one final, correct set of diagnostics after 1,000 rapid changes', async () => {
    const years = ['2019', '2023', '2021', '2020']
    const last = 1002
    const final = client.diagnostics(uri('ties.txt'), version(last))
    for (let v = 3; v <= last; v++) {
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri: uri('ties.txt'), version: v},
        contentChanges: [{range: range(0, 9, 0, 13), text: years[v % years.length]}]
      })
    }
    // Version 1002 writes years[2]: `2021`.
    expect(messages(await final)).toEqual(['0:9-0:13 anniversary-year Unexpected `2021` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'])
    const burst = client.published.filter((p) => p.uri === uri('ties.txt') && (p.version ?? 0) >= 3)
    expect(burst.at(-1)!.version).toBe(last)
    expect(burst.map((p) => p.version)).toEqual([...burst.map((p) => p.version)].sort((a, b) => (a ?? 0) - (b ?? 0)))
  })

  it('shuts down and exits with code 0', async () => {
    expect(await client.stop()).toBe(0)
  })
})
