import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ClaimlintError} from '../../src/errors.js'
import {parseConfig} from '../../src/config/load.js'
import {ConfigFinder} from '../../src/config/find.js'

function problemsOf(source: string, file = '/repo/.claimlintrc'): string[] {
  try {
    parseConfig(source, file)
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimlintError)
    return (error as ClaimlintError).message.split('\n')
  }
  throw new Error('expected the configuration to be refused')
}

describe('parseConfig', () => {
  it('reads YAML with ESLint-style levels, options and overrides, paths relative to the file', () => {
    const config = parseConfig(
      [
        'registry: [facts/claims.yaml, ../shared/trade.yaml]',
        'lang: es',
        'date: 2023-11-07',
        'rules:',
        '  glued-words: warn',
        '  stale-claim: 0',
        '  derived-figure: 2',
        '  currency-conversion: [error, {tolerance: 0.1}]',
        'overrides:',
        '  - files: "en/**"',
        '    lang: en',
        '    rules: {glued-words: off}',
        ''
      ].join('\n'),
      '/repo/news/.claimlintrc'
    )
    expect(config).toEqual({
      file: '/repo/news/.claimlintrc',
      dir: '/repo/news',
      registry: ['/repo/news/facts/claims.yaml', '/repo/shared/trade.yaml'],
      rules: {'glued-words': 'warning', 'stale-claim': 'off', 'derived-figure': 'error', 'currency-conversion': ['error', {tolerance: 0.1}]},
      plugins: [],
      lang: 'es',
      forceLang: undefined,
      date: '2023-11-07',
      inferDate: undefined,
      ignore: [],
      overrides: [{files: ['en/**'], excludedFiles: [], rules: {'glued-words': 'off'}, lang: 'en', forceLang: undefined, date: undefined, inferDate: undefined}]
    })
  })

  it('reads JSON, and `registry: false`', () => {
    const config = parseConfig('{"registry": false, "rules": {"anniversary-year": "warning"}}', '/repo/.claimlintrc.json')
    expect(config?.registry).toBe(false)
    expect(config?.rules).toEqual({'anniversary-year': 'warning'})
  })

  it('reads the `claimlint` key of package.json, and nothing without one', () => {
    expect(parseConfig('{"name": "site", "claimlint": {"lang": "en"}}', '/repo/package.json')?.lang).toBe('en')
    expect(parseConfig('{"name": "site"}', '/repo/package.json')).toBeUndefined()
  })

  it('reports a bad `claimlint` key of package.json at its place, and a broken package.json', () => {
    expect(problemsOf('{\n  "name": "site",\n  "claimlint": {"lang": "de"}\n}', '/repo/package.json')).toEqual([
      '/repo/package.json:3:25: Unexpected `lang: de`, expected one of `en`, `es`, `fr`'
    ])
    expect(problemsOf('{"name": "site",\n  "claimlint": {"lang": "en"}', '/repo/package.json')).toEqual(['/repo/package.json:2:30: Invalid JSON: Flow map must end with a }'])
  })

  it('reports every problem at once with file:line:column', () => {
    expect(
      problemsOf(
        [
          'lang: de',
          'registy: claims.yaml',
          'rules:',
          '  anniversary-yaer: error',
          '  glued-words: loud',
          '  currency-conversion: [error, {tolerence: 0.1}]',
          'overrides:',
          '  - lang: es',
          'date: 07/11/2023',
          ''
        ].join('\n'),
        '/tmp/site/.claimlintrc'
      )
    ).toEqual([
      '/tmp/site/.claimlintrc:1:7: Unexpected `lang: de`, expected one of `en`, `es`, `fr`',
      "/tmp/site/.claimlintrc:2:1: Unexpected key `registy`, expected one of `root`, `registry`, `rules`, `plugins`, `lang`, `forceLang`, `date`, `inferDate`, `ignore`, `overrides`",
      expect.stringMatching(/^\/tmp\/site\/\.claimlintrc:4:3: Unknown rule `anniversary-yaer`, expected one of `anniversary-year`, /),
      '/tmp/site/.claimlintrc:5:16: Unexpected `glued-words: loud`, expected a level (`off`, `info`, `warn`, `error`, 0, 1, 2) or `[level, {options}]`',
      '/tmp/site/.claimlintrc:6:32: Invalid option for rule `currency-conversion`: `/` must NOT have additional properties `tolerence`',
      '/tmp/site/.claimlintrc:8:5: Missing `files` in override',
      '/tmp/site/.claimlintrc:9:7: Unexpected `date: 07/11/2023`, expected a date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'
    ])
  })

  it('reports unknown rules and options a rule refuses, with positions', () => {
    expect(
      problemsOf(['rules:', '  anniversary-yaer: error', '  __proto__: off', '  currency-conversion: [error, {tolerence: 0.1}]', ''].join('\n'), '/tmp/site/.claimlintrc')
    ).toEqual([
      expect.stringMatching(/^\/tmp\/site\/\.claimlintrc:2:3: Unknown rule `anniversary-yaer`, expected one of `anniversary-year`, /),
      expect.stringMatching(/^\/tmp\/site\/\.claimlintrc:3:3: Unknown rule `__proto__`, expected one of /),
      '/tmp/site/.claimlintrc:4:32: Invalid option for rule `currency-conversion`: `/` must NOT have additional properties `tolerence`'
    ])
  })

  it('reports bad syntax and an empty file', () => {
    expect(problemsOf('{"lang": "en",,}', '/tmp/site/.claimlintrc.json')).toEqual([
      expect.stringMatching(/^\/tmp\/site\/\.claimlintrc\.json:1:15: Invalid JSON: /)
    ])
    expect(problemsOf('', '/tmp/site/.claimlintrc')).toEqual(['/tmp/site/.claimlintrc:1:1: Unexpected empty configuration, expected a mapping'])
  })
})

describe('ConfigFinder', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-config-'))
    fs.mkdirSync(path.join(dir, 'site', 'docs', 'es'), {recursive: true})
    fs.mkdirSync(path.join(dir, 'site', 'wire'), {recursive: true})
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name": "outer", "claimlint": {"lang": "en", "rules": {"glued-words": "off"}}}')
    fs.writeFileSync(
      path.join(dir, 'site', '.claimlintrc.yaml'),
      ['registry: claims.yaml', 'rules: {stale-claim: warn}', 'overrides:', '  - files: "docs/es/**"', '    excludedFiles: "**/draft-*"', '    lang: es', '    rules: {glued-words: error}', ''].join('\n')
    )
    fs.writeFileSync(path.join(dir, 'site', 'wire', 'package.json'), '{"name": "wire"}')
  })
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

  it('uses the nearest configuration from the document upwards, with the overrides that match it', () => {
    const finder = new ConfigFinder()
    expect(finder.forFile(path.join(dir, 'site', 'docs', 'es', 'nota.md'))).toEqual({
      file: path.join(dir, 'site', '.claimlintrc.yaml'),
      source: expect.objectContaining({dir: path.join(dir, 'site')}),
      registry: [path.join(dir, 'site', 'claims.yaml')],
      rules: {'stale-claim': 'warning', 'glued-words': 'error'},
      lang: 'es',
      forceLang: undefined,
      date: undefined,
      inferDate: undefined
    })
    expect(finder.forFile(path.join(dir, 'site', 'docs', 'es', 'draft-nota.md')).lang).toBeUndefined()
    expect(finder.forFile(path.join(dir, 'site', 'docs', 'story.md')).rules).toEqual({'stale-claim': 'warning'})
  })

  it('skips a package.json without a `claimlint` key and goes on upwards', () => {
    const config = new ConfigFinder().forFile('site/wire/story.txt', dir)
    expect(config.file).toBe(path.join(dir, 'site', '.claimlintrc.yaml'))
    expect(new ConfigFinder().forFile(path.join(dir, 'top.md')).rules).toEqual({'glued-words': 'off'})
  })

  it('uses the --config file for every document, or none with --no-config', () => {
    const fixed = new ConfigFinder({config: path.join(dir, 'package.json')})
    expect(fixed.forFile(path.join(dir, 'site', 'docs', 'story.md')).lang).toBe('en')
    expect(new ConfigFinder({noConfig: true}).forFile(path.join(dir, 'site', 'docs', 'story.md'))).toEqual({rules: {}})
  })
})
