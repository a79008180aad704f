/**
 * `RuleTester`: a rule's tests as two tables, after ESLint's. Each `valid`
 * case is a text the rule must leave alone; each `invalid` case a text and
 * the findings it must give, in order, with what must hold of each — its
 * `messageId`, place (`line`, `column`, `endLine`, `endColumn`), `message`,
 * `severity`, `suggestions` (the replacements offered), `actual`, `note`.
 * Fields left out are not checked; the number of findings always is.
 *
 * Every case is linted by the real engine (parse, extract, match, check),
 * with only the rule under test on, so a case is exactly what a user would
 * see for that text. The registry is the tester's (a file, YAML text or the
 * data YAML would read), or a case's own; `registry: null` lints without.
 *
 * The tester uses no test framework of its own: pass `describe` and `it`
 * (vitest's, node:test's, mocha's) and each case becomes one `it`, under
 * `describe(rule id)` → `valid` / `invalid`. Failures are node:assert errors.
 */
import assert from 'node:assert/strict'
import path from 'node:path'
import {stringify} from 'yaml'
import type {VFileMessage} from 'vfile-message'
import {lintDocuments} from '../engine.js'
import {loadRegistrySync, parseRegistry} from '../registry/load.js'
import type {Registry} from '../registry/types.js'
import type {Rule, Severity} from '../rule.js'
import type {Lang} from '../types.js'
import {optionProblems, type RulesConfig} from '../pipeline/check.js'
import type {RuleOptions} from './index.js'
import {rules as builtinRules} from '../../rules/index.js'

/**
 * A registry for a case: a registry file (`{file: path}`), YAML text (a
 * string), the data YAML would read (an object), or `null` for none.
 */
export type RegistryInput = {file: string} | string | Record<string, unknown> | null

/** One document of a case of several (for rules that compare documents). */
export interface CaseDocument {
  filename: string
  text: string
}

export interface ValidCase<Options = Record<string, unknown>> {
  /** Test name; the text by default. */
  name?: string
  /** The document's text (or give `documents`). */
  text?: string
  /** Several documents linted in one run; findings are then in document order, each with its `filename`. */
  documents?: CaseDocument[]
  /** Force the document's language (else detected, as for a user). */
  language?: Lang
  /** The document's name: its extension picks the parser (`.md`, `.html`). Default `doc.txt`. */
  filename?: string
  /** The document date, as `--date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date?: string
  /** Whether to infer a missing date from the text (default: as the engine does). */
  inferDate?: boolean
  /** This case's registry instead of the tester's. */
  registry?: RegistryInput
  /** The rule's options. */
  options?: Partial<Options>
  /** Run only this case (`it.only`). */
  only?: boolean
}

export interface ExpectedFinding {
  messageId?: string
  /** The whole message, or a pattern it must match. */
  message?: string | RegExp
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  severity?: Severity
  /** The replacements offered, best first (`expected` in JSON output). */
  suggestions?: string[]
  /** The text found. */
  actual?: string
  /** The note naming the registry entry, or a pattern it must match. */
  note?: string | RegExp
  /** The source text at the finding's place. */
  source?: string
  /** The document the finding is in (cases with `documents`). */
  filename?: string
}

export interface InvalidCase<Options = Record<string, unknown>> extends ValidCase<Options> {
  /** The findings the rule must give, in document order. */
  errors: ExpectedFinding[]
}

export interface Tests<Options = Record<string, unknown>> {
  valid: Array<ValidCase<Options> | string>
  invalid: Array<InvalidCase<Options>>
}

type Suite = (name: string, body: () => void) => void
type Test = ((name: string, body: () => Promise<void>) => void) & {only?: (name: string, body: () => Promise<void>) => void}

export interface RuleTesterOptions {
  /** The test framework's `describe` and `it`. */
  describe: Suite
  it: Test
  /** The registry of every case that names none. Default: none. */
  registry?: RegistryInput
  /** A default document date for every case. */
  date?: string
  /** Rules besides the built-in ones (needed to test a rule of your own by id; passing the rule to `run` is enough). */
  ruleSet?: readonly Rule[]
}

export class RuleTester {
  private readonly registries = new Map<string, Registry | undefined>()

  constructor(private readonly options: RuleTesterOptions) {}

  /** Declare one test per case of `tests` for `rule` (a rule, or a rule id among the tester's rules). */
  run<R extends Rule | string>(rule: R, tests: Tests<R extends Rule ? RuleOptions<R> : Record<string, unknown>>): void {
    const {describe, it} = this.options
    const id = typeof rule === 'string' ? rule : rule.meta.id
    describe(id, () => {
      it('has defaults that satisfy its option schema', async () => {
        const found = this.ruleSetWith(rule).find((known) => known.meta.id === id)
        if (!found) throw new Error(`Unknown rule \`${id}\``)
        assert.deepEqual(optionProblems(found, {...found.meta.defaults}), [], `Expected the defaults of \`${id}\` to satisfy its schema`)
      })
      if (tests.valid.length > 0) describe('valid', () => {
        for (const item of tests.valid) {
          const test = typeof item === 'string' ? {text: item} : item
          this.declare(it, test, async () => {
            const messages = await this.lint(rule, test)
            assert.deepEqual(messages.map(summary), [], `Expected no \`${id}\` findings`)
          })
        }
      })
      if (tests.invalid.length > 0) describe('invalid', () => {
        for (const test of tests.invalid) {
          if (test.errors.length === 0) throw new Error(`Invalid case \`${nameOf(test)}\` of \`${id}\` lists no errors: put it in \`valid\``)
          this.declare(it, test, async () => {
            const messages = await this.lint(rule, test)
            assert.equal(messages.length, test.errors.length, `Expected ${test.errors.length} \`${id}\` finding(s), got ${messages.length}:\n${messages.map(summary).join('\n')}`)
            test.errors.forEach((expected, index) => check(messages[index], expected, index))
          })
        }
      })
    })
  }

  /** Lint one case's text with only `rule` on and return that rule's messages (for assertions a table cannot state). */
  async lint(rule: Rule | string, test: ValidCase<unknown>): Promise<VFileMessage[]> {
    const ruleSet = this.ruleSetWith(rule)
    const id = typeof rule === 'string' ? rule : rule.meta.id
    const own = ruleSet.find((r) => r.meta.id === id)
    if (!own) throw new Error(`Unknown rule \`${id}\`: pass the rule itself, or add it to the tester's \`ruleSet\``)
    const config: RulesConfig = {}
    for (const other of ruleSet) config[other.meta.id] = 'off'
    config[id] = test.options ? [own.meta.severity, test.options as Record<string, unknown>] : own.meta.severity
    const documents = test.documents ?? [{path: test.filename ?? 'doc.txt', text: test.text ?? ''}]
    if (test.text === undefined && !test.documents) throw new Error('A case needs `text` or `documents`')
    const files = await lintDocuments(documents.map((doc) => ({path: 'path' in doc ? doc.path : doc.filename, text: doc.text})), {
      registry: this.registry('registry' in test ? test.registry : this.options.registry),
      date: test.date ?? this.options.date,
      inferDate: test.inferDate,
      forceLang: test.language,
      ruleSet,
      rules: config
    })
    const messages: VFileMessage[] = []
    for (const file of files) {
      const fatal = file.messages.find((message) => message.fatal === true && !message.ruleId)
      if (fatal) throw new Error(`Cannot lint the case: ${fatal.reason}`)
      for (const message of file.messages) {
        if (message.ruleId !== id) continue
        sources.set(message, {filename: file.path, text: String(file.value)})
        messages.push(message)
      }
    }
    return messages
  }

  private declare(it: Test, test: ValidCase<unknown>, body: () => Promise<void>): void {
    const name = nameOf(test)
    if (test.only) {
      if (!it.only) throw new Error('`only` needs the test framework’s `it.only`')
      it.only(name, body)
    } else {
      it(name, body)
    }
  }

  private ruleSetWith(rule: Rule | string): readonly Rule[] {
    const base = [...builtinRules, ...(this.options.ruleSet ?? [])]
    if (typeof rule === 'string') return base
    return [...base.filter((r) => r.meta.id !== rule.meta.id), rule]
  }

  private registry(input: RegistryInput | undefined): Registry | undefined {
    if (input === undefined || input === null) return undefined
    const key = typeof input === 'string' ? 'yaml:' + input : 'file' in input && typeof input.file === 'string' ? 'file:' + path.resolve(input.file) : 'data:' + JSON.stringify(input)
    if (!this.registries.has(key)) {
      const registry =
        typeof input === 'string'
          ? parseRegistry(input, 'claims.yaml')
          : 'file' in input && typeof input.file === 'string'
            ? loadRegistrySync(input.file)
            : parseRegistry(stringify(input), 'claims.yaml')
      this.registries.set(key, registry)
    }
    return this.registries.get(key)
  }
}

/** The document each message was found in (for `source` and `filename`). */
const sources = new WeakMap<VFileMessage, {filename: string; text: string}>()

function nameOf(test: ValidCase<unknown>): string {
  return test.name ?? test.text ?? (test.documents ?? []).map((doc) => doc.filename).join(' + ')
}

/** `line:column-endLine:endColumn severity message`, as failures show a message. */
function summary(message: VFileMessage): string {
  const place = placeOf(message)
  const where = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '0:0'
  return `${where} ${severityOf(message)} ${message.reason}`
}

function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function placeOf(message: VFileMessage) {
  return message.place && 'start' in message.place ? message.place : undefined
}

function check(message: VFileMessage, expected: ExpectedFinding, index: number): void {
  const {filename, text} = sources.get(message) ?? {filename: undefined, text: ''}
  const place = placeOf(message)
  const label = (field: string) => `Finding ${index + 1} (${summary(message)}): ${field}`
  const match = (actual: string | undefined, want: string | RegExp, field: string) => {
    if (typeof want === 'string') assert.equal(actual, want, label(field))
    else assert.match(actual ?? '', want, label(field))
  }
  if (expected.filename !== undefined) assert.equal(filename, expected.filename, label('filename'))
  if (expected.messageId !== undefined) assert.equal(message.claimlint?.messageId, expected.messageId, label('messageId'))
  if (expected.message !== undefined) match(message.reason, expected.message, 'message')
  if (expected.line !== undefined) assert.equal(place?.start.line, expected.line, label('line'))
  if (expected.column !== undefined) assert.equal(place?.start.column, expected.column, label('column'))
  if (expected.endLine !== undefined) assert.equal(place?.end.line, expected.endLine, label('endLine'))
  if (expected.endColumn !== undefined) assert.equal(place?.end.column, expected.endColumn, label('endColumn'))
  if (expected.severity !== undefined) assert.equal(severityOf(message), expected.severity, label('severity'))
  if (expected.suggestions !== undefined) assert.deepEqual(message.expected ?? [], expected.suggestions, label('suggestions'))
  if (expected.actual !== undefined) assert.equal(message.actual, expected.actual, label('actual'))
  if (expected.note !== undefined) match(message.note, expected.note, 'note')
  if (expected.source !== undefined) {
    const start = place?.start.offset
    const end = place?.end.offset
    assert.equal(start === undefined || end === undefined ? undefined : text.slice(start, end), expected.source, label('source'))
  }
}
