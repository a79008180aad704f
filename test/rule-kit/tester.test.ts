/**
 * The RuleTester itself: it declares one test per case, passes when the
 * findings are as stated, and fails — naming the finding and the field —
 * when they are not. Its tests are collected with a stand-in describe/it so
 * a failing case can be run and its failure checked here.
 */
import {describe, expect, it} from 'vitest'
import {RuleTester, type Tests} from '../../src/rule-kit/tester.js'
import registryMismatch from '../../rules/registry-mismatch.js'
import {fixtureRegistry} from '../rules/helpers.js'

/** Declare `tests` with a stand-in framework; returns each test's name (under its suites) and body. */
function collect(tests: Tests, tester: Omit<ConstructorParameters<typeof RuleTester>[0], 'describe' | 'it'> = {registry: {file: fixtureRegistry}}) {
  const path: string[] = []
  const declared: Array<{name: string; body: () => Promise<void>}> = []
  const ruleTester = new RuleTester({
    ...tester,
    describe(name, body) {
      path.push(name)
      body()
      path.pop()
    },
    it(name, body) {
      declared.push({name: [...path, name].join(' > '), body})
    }
  })
  ruleTester.run(registryMismatch, tests)
  return declared.filter((test) => !test.name.endsWith(defaultsTest))
}

const defaultsTest = 'has defaults that satisfy its option schema'

const wrong = 'Japan has more than five investment projects in Vietnam.'

describe('RuleTester', () => {
  it('declares a test of the rule’s defaults against its schema, which fails on defaults the schema refuses', async () => {
    const declared: Array<{name: string; body: () => Promise<void>}> = []
    const tester = new RuleTester({describe: (_name, body) => body(), it: (name, body) => declared.push({name, body}), registry: {file: fixtureRegistry}})
    const broken = {...registryMismatch, meta: {...registryMismatch.meta, id: 'broken-defaults', schema: {type: 'object', properties: {tolerance: {type: 'number'}}}, defaults: {tolerance: 'none'}}}
    tester.run(registryMismatch, {valid: [], invalid: []})
    tester.run(broken, {valid: [], invalid: []})
    expect(declared.map((test) => test.name)).toEqual([defaultsTest, defaultsTest])
    await expect(declared[0].body()).resolves.toBeUndefined()
    await expect(declared[1].body()).rejects.toThrow(/Invalid option for rule `broken-defaults`: `\/tolerance` must be number/)
  })

  it('declares one test per case, under the rule id and valid/invalid', () => {
    const declared = collect({
      valid: ['Japan has more than 5,000 investment projects in Vietnam.', {name: 'named', text: 'Japón tiene cinco embajadas en Vietnam.'}],
      invalid: [{text: wrong, errors: [{messageId: 'scaleSlip'}]}]
    })
    expect(declared.map((test) => test.name)).toEqual([
      'registry-mismatch > valid > Japan has more than 5,000 investment projects in Vietnam.',
      'registry-mismatch > valid > named',
      `registry-mismatch > invalid > ${wrong}`
    ])
  })

  it('passes when every stated field holds', async () => {
    const [test] = collect({
      valid: [],
      invalid: [{text: wrong, errors: [{messageId: 'scaleSlip', line: 1, column: 11, endLine: 1, endColumn: 45, severity: 'error', suggestions: ['more than five thousand investment projects'], source: 'more than five investment projects'}]}]
    })
    await expect(test.body()).resolves.toBeUndefined()
  })

  it.each([
    ['a finding in a valid case', {valid: [wrong], invalid: []}, /Expected no `registry-mismatch` findings/],
    ['a wrong count', {valid: [], invalid: [{text: wrong, errors: [{}, {}]}]}, /Expected 2 `registry-mismatch` finding\(s\), got 1:\n1:11-1:45 error Unexpected `more than five investment projects`/],
    ['a wrong messageId', {valid: [], invalid: [{text: wrong, errors: [{messageId: 'mismatch'}]}]}, /Finding 1 \(1:11-1:45 error .*\): messageId/],
    ['a wrong column', {valid: [], invalid: [{text: wrong, errors: [{column: 12}]}]}, /Finding 1 .*: column/],
    ['a wrong suggestion', {valid: [], invalid: [{text: wrong, errors: [{suggestions: ['5,000 projects']}]}]}, /Finding 1 .*: suggestions/],
    ['a message that does not match', {valid: [], invalid: [{text: wrong, errors: [{message: /dropped `mil`/}]}]}, /Finding 1 .*: message/]
  ] as Array<[string, Tests, RegExp]>)('fails on %s', async (_name, tests, error) => {
    const [test] = collect(tests)
    await expect(test.body()).rejects.toThrow(error)
  })

  it('refuses an invalid case without errors', () => {
    expect(() => collect({valid: [], invalid: [{text: wrong, errors: []}]})).toThrow('Invalid case `' + wrong + '` of `registry-mismatch` lists no errors: put it in `valid`')
  })

  it('takes a registry as YAML text or as data, per case or for the tester, and none with null', async () => {
    const yaml =
      'version: 1\nentities:\n  - id: japan\n    names: {en: [Japan]}\nclaims:\n  - id: projects\n    kind: quantity\n    about: [japan]\n    terms: {en: [investment]}\n    noun: {en: [project]}\n    value: {min: 5000}\n'
    const data = {
      version: 1,
      entities: [{id: 'japan', names: {en: ['Japan']}}],
      claims: [{id: 'projects', kind: 'quantity', about: ['japan'], terms: {en: ['investment']}, noun: {en: ['project']}, value: {min: 5000}}]
    }
    const text = 'Japan has more than five investment projects.'
    const finding = {messageId: 'scaleSlip', message: /^Unexpected `more than five investment projects` for `projects`, expected at least 5,000/}
    for (const test of collect({valid: [{text, registry: null}], invalid: [{text, registry: yaml, errors: [finding]}, {text, registry: data, errors: [finding]}]})) {
      await test.body()
    }
    for (const test of collect({valid: [], invalid: [{text, errors: [finding]}]}, {registry: yaml})) await test.body()
  })

  it('lints several documents of a case in one run, each finding with its file name', async () => {
    const tester = new RuleTester({describe: () => undefined, it: () => undefined, registry: {file: fixtureRegistry}})
    const messages = await tester.lint('inconsistent-figure', {
      documents: [
        {filename: 'a.en.txt', text: 'In 2022, trade between Vietnam and Japan reached $50 billion.'},
        {filename: 'b.en.txt', text: 'In 2022, trade between Vietnam and Japan reached $40 billion.'}
      ]
    })
    expect(messages.map((message) => [message.file, message.claimlint?.messageId])).toEqual([['b.en.txt', 'differs']])
  })
})
