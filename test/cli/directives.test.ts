import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from './run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

const cli = async (args: string[]): Promise<Run> => runCli(['--no-color', ...args], dir)

const wrongYear = 'The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.'

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-directives-'))
  fs.copyFileSync(path.join(root, 'test/fixtures/rules/claims.yaml'), path.join(dir, 'claims.yaml'))
  fs.writeFileSync(
    path.join(dir, 'ties.en.md'),
    [
      '# Ties',
      '',
      '<!-- claimlint-disable-next-line anniversary-year -- the desk checked this one -->',
      wrongYear,
      '',
      wrongYear,
      '',
      '```html',
      '<!-- claimlint-disable -->',
      '```',
      '',
      wrongYear + ' <!-- claimlint-disable-line -->',
      ''
    ].join('\n')
  )
  fs.writeFileSync(
    path.join(dir, 'socio.es.html'),
    '<html lang="es"><body>\n<!-- claimlint-disable glued-words -- nombre de marca -->\n<p>Japón sigue siendo el mayorproveedor de ayuda.</p>\n<!-- claimlint-enable glued-words -->\n<p>El mayorproveedor de Vietnam.</p>\n</body></html>\n'
  )
  fs.writeFileSync(
    path.join(dir, 'nota.es.txt'),
    'Japón sigue siendo el mayorproveedor de ayuda. <!-- claimlint-disable-line glued-words -->\n<!-- claimlint-disable-next-line registry-mismatch -->\nNada más.\n'
  )
})
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('inline directives', () => {
  it('silences the lines and regions they name, in Markdown, HTML and text, never inside code', async () => {
    const result = await cli(['ties.en.md', 'socio.es.html', 'nota.es.txt'])
    expect(result.stdout.replace(/ +/g, ' ')).toBe(
      [
        'nota.es.txt',
        '2:1-2:55 warning Unused `claimlint-disable-next-line` directive: no finding of `registry-mismatch` to suppress directive claimlint',
        '',
        'socio.es.html',
        '5:7-5:21 warning Unexpected glued words `mayorproveedor`, expected `mayor proveedor` glued-words claimlint',
        '',
        'ties.en.md',
        '6:10-6:14 error   Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023` anniversary-year claimlint',
        '',
        '3 messages (✖ 1 error, ⚠ 2 warnings)',
        ''
      ].join('\n').replace(/ +/g, ' ')
    )
  })

  it('keeps suppressed findings in JSON with their reason, and counts them apart', async () => {
    const report = JSON.parse((await cli(['--format', 'json', 'ties.en.md', 'socio.es.html'])).stdout)
    expect(report.summary).toEqual({files: 2, errors: 1, warnings: 1, infos: 0, suppressed: 3})
    const ties = report.files.find((f: {path: string}) => f.path === 'ties.en.md')
    expect(ties.messages.map((m: {start: {line: number}; suppressions: unknown}) => [m.start.line, m.suppressions])).toEqual([
      [4, [{kind: 'inSource', justification: 'the desk checked this one'}]],
      [6, []],
      [12, [{kind: 'inSource', justification: null}]]
    ])
  })

  it('does not report unused directives with --no-report-unused-disable-directives', async () => {
    const result = await cli(['--no-report-unused-disable-directives', 'nota.es.txt'])
    expect(result).toMatchObject({code: 0, stdout: 'nota.es.txt: no issues found\n'})
  })
})
