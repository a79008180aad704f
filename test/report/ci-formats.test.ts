import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
// ajv-draft-04 is CommonJS: under NodeNext its default import is module.exports, whose `default` is the class.
import ajvDraft04 from 'ajv-draft-04'
import {VFile} from 'vfile'
import {cli as runCli, type Run} from '../cli/run.js'
import {reportGithub} from '../../src/report/github.js'

const AjvDraft04 = ajvDraft04.default

const root = fileURLToPath(new URL('../..', import.meta.url))
const registry = path.join(root, 'test/fixtures/rules/claims.yaml')
const sarifSchema = path.join(root, '../shared/schemas/sarif-schema-2.1.0.json')

const cli = async (args: string[]): Promise<Run> => runCli(args, dir)

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-ci-formats-'))
  fs.mkdirSync(path.join(dir, 'news'))
  fs.writeFileSync(
    path.join(dir, 'news', 'ties.en.txt'),
    'Tokyo, November 7.\nThe year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
  )
  fs.writeFileSync(
    path.join(dir, 'news', 'socio.es.txt'),
    'Japón sigue siendo el mayorproveedor de ayuda oficial de Vietnam, según el informe, 100% seguro.\n'
  )
  fs.writeFileSync(path.join(dir, 'news', 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))
})

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('--format sarif', () => {
  it('describes the rules that reported and places each result in UTF-16 columns', async () => {
    const result = await cli(['--registry', registry, '--format', 'sarif', 'news'])
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(dir + path.sep).href)
    expect(run.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(['glued-words', 'anniversary-year'])
    expect(run.tool.driver.rules[1]).toEqual({
      id: 'anniversary-year',
      name: 'anniversary-year',
      shortDescription: {text: 'The Nth anniversary of an event of known year must fall in that year + N.'},
      helpUri: 'https://github.com/claimlint/claimlint/blob/main/docs/rules/anniversary-year.md',
      defaultConfiguration: {level: 'error'}
    })

    expect(run.results).toHaveLength(2)
    const [glued, anniversary] = run.results
    expect(glued).toMatchObject({
      ruleId: 'glued-words',
      ruleIndex: 0,
      level: 'warning',
      message: {text: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'news/socio.es.txt', uriBaseId: 'SRCROOT'},
            region: {startLine: 1, startColumn: 23, endLine: 1, endColumn: 37, charOffset: 22, charLength: 14}
          }
        }
      ],
      fixes: [
        {
          description: {text: 'Replace `mayorproveedor` with `mayor proveedor`'},
          artifactChanges: [
            {
              artifactLocation: {uri: 'news/socio.es.txt', uriBaseId: 'SRCROOT'},
              replacements: [
                {
                  deletedRegion: {startLine: 1, startColumn: 23, endLine: 1, endColumn: 37, charOffset: 22, charLength: 14},
                  insertedContent: {text: 'mayor proveedor'}
                }
              ]
            }
          ]
        }
      ]
    })
    expect(glued.partialFingerprints['claimlint/v1']).toMatch(/^[0-9a-f]{16}$/)
    expect(anniversary).toMatchObject({
      ruleId: 'anniversary-year',
      ruleIndex: 1,
      level: 'error',
      message: {text: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'},
      locations: [{physicalLocation: {artifactLocation: {uri: 'news/ties.en.txt'}, region: {startLine: 2, startColumn: 10, endLine: 2, endColumn: 14}}}]
    })
  })

  it('reports a file that could not be linted as a tool notification, not a result', async () => {
    const log = JSON.parse((await cli(['--registry', registry, '--format', 'sarif', 'news/scan.txt'])).stdout)
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: {text: 'Cannot lint a binary file'},
        descriptor: {id: 'read'},
        locations: [{physicalLocation: {artifactLocation: {uri: 'news/scan.txt', uriBaseId: 'SRCROOT'}}}]
      }
    ])
  })

  it.runIf(fs.existsSync(sarifSchema))('validates against the official SARIF 2.1.0 schema', async () => {
    const result = await cli(['--registry', registry, '--format', 'sarif', 'news'])
    const ajv = new AjvDraft04({strict: false, validateFormats: false})
    const validate = ajv.compile(JSON.parse(fs.readFileSync(sarifSchema, 'utf8')))
    const valid = validate(JSON.parse(result.stdout))
    expect(validate.errors ?? null).toBeNull()
    expect(valid).toBe(true)
  })
})

describe('--format github', () => {
  it('prints one workflow command per message, escaped, and a summary', async () => {
    const result = await cli(['--registry', registry, '--format', 'github', 'news'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(
      [
        '::error file=news/scan.txt,title=claimlint (read)::Cannot lint a binary file',
        '::warning file=news/socio.es.txt,line=1,col=23,endLine=1,endColumn=37,title=claimlint (glued-words)::Unexpected glued words `mayorproveedor`, expected `mayor proveedor`',
        '::error file=news/ties.en.txt,line=2,col=10,endLine=2,endColumn=14,title=claimlint (anniversary-year)::Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`',
        'claimlint: 2 errors, 1 warning, 0 notices',
        ''
      ].join('\n')
    )
  })

  it('escapes commas and colons in the file property', async () => {
    fs.writeFileSync(path.join(dir, 'a,b:c.es.txt'), 'El 100% del mayorproveedor.\n')
    const result = await cli(['--no-registry', '--format', 'github', 'a,b:c.es.txt'])
    expect(result.stdout.split('\n')[0]).toBe(
      '::warning file=a%2Cb%3Ac.es.txt,line=1,col=13,endLine=1,endColumn=27,title=claimlint (glued-words)::Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'
    )
  })

  it('escapes percent signs and line breaks in a message', () => {
    const file = new VFile({path: path.join(dir, 'note.txt')})
    file.message('Up 10%\nthen down', {place: {line: 3, column: 5}, ruleId: 'derived-figure', source: 'claimlint'}).fatal = false
    expect(reportGithub([file], {cwd: dir})).toBe(
      '::warning file=note.txt,line=3,col=5,title=claimlint (derived-figure)::Up 10%25%0Athen down\nclaimlint: 0 errors, 1 warning, 0 notices\n'
    )
  })

  it('says so when there is nothing to report', async () => {
    fs.writeFileSync(path.join(dir, 'clean.en.txt'), 'Nothing to check here.\n')
    const result = await cli(['--no-registry', '--format', 'github', 'clean.en.txt'])
    expect(result).toEqual({code: 0, stdout: 'claimlint: no issues found\n', stderr: expect.any(String)})
  })
})
