/**
 * `defineRule`'s types, checked by `npm run typecheck` (tsconfig.check.json
 * covers test/): each `@ts-expect-error` below must be an error, so a
 * message id typo, an option of the wrong type or a registry read without
 * `needsRegistry` is caught when the rule is written. The runtime checks
 * (a document rule without `check`) run under vitest.
 */
import {describe, expect, it} from 'vitest'
import {defineRule, finding, noOptions, type Finding, type Registry, type RuleOptions} from '../../src/rule-kit/index.js'
import type {Tests} from '../../src/rule-kit/tester.js'
import {lintDocuments} from '../../src/engine.js'

const houseRule = defineRule({
  meta: {
    id: 'house-rule',
    description: 'A test rule.',
    severity: 'warning',
    needsRegistry: true,
    scope: 'document',
    messages: {tooBig: 'Unexpected `{found}`, expected at most {max}'},
    schema: {
      type: 'object',
      properties: {max: {type: 'number'}, words: {type: 'array', items: {type: 'string'}}, mode: {enum: ['strict', 'loose']}},
      additionalProperties: false
    },
    defaults: {max: 100}
  },
  check(doc, context): Finding[] {
    const registry: Registry = context.registry
    const max: number = context.options.max
    // @ts-expect-error `words` has no default, so it may be missing.
    const words: string[] = context.options.words
    const mode: 'strict' | 'loose' | undefined = context.options.mode
    // @ts-expect-error an option the schema does not declare.
    void context.options.maximum
    void [registry, words, mode]
    return doc.sentences
      .flatMap((sentence) => sentence.claims)
      .filter((claim) => (claim.value ?? 0) > max)
      .map((claim) => finding(houseRule.meta, doc, 'tooBig', {found: claim.text, max}, claim))
  }
})

defineRule({
  meta: {id: 'no-registry', description: '', severity: 'info', needsRegistry: false, scope: 'document', messages: {a: 'A'}, schema: noOptions},
  check(doc, context): Finding[] {
    // @ts-expect-error without `needsRegistry` the registry may be missing.
    const registry: Registry = context.registry
    void registry
    // @ts-expect-error `b` is not one of the rule's messages.
    return [finding(houseRule.meta, doc, 'b', {}, {start: 0, end: 1})]
  }
})

// RuleTester cases take the rule's own options.
export const cases: Tests<RuleOptions<typeof houseRule>> = {
  valid: [
    {text: 'Japan gave $40 million.', options: {max: 1e9, mode: 'strict'}},
    // @ts-expect-error `maximum` is not one of the rule's options.
    {text: 'Japan gave $40 million.', options: {maximum: 1e9}}
  ],
  invalid: []
}

describe('defineRule', () => {
  it('returns the rule as written, usable wherever a Rule is', () => {
    expect(houseRule.meta.id).toBe('house-rule')
    expect(typeof houseRule.check).toBe('function')
  })

  it('refuses a document rule without check and a run rule without checkRun', () => {
    const meta = {id: 'broken', description: '', severity: 'error', needsRegistry: false, messages: {}} as const
    expect(() => defineRule({meta: {...meta, scope: 'document'}})).toThrow('Rule `broken` has scope `document` but no `check(doc, context)`')
    expect(() => defineRule({meta: {...meta, scope: 'run'}, check: () => []})).toThrow(
      'Rule `broken` has scope `run` but no `checkRun(docs, context)` nor `collect(doc, context)` and `checkCollected(docs, context)`'
    )
    expect(() => defineRule({meta: {...meta, scope: 'run'}, collect: () => []})).toThrow('has scope `run` but no `checkRun(docs, context)`')
  })
})

describe('run rules that collect', () => {
  // Counts each document's money figures as it is linted; at the end, reports a figure stated in two documents of
  // the run with two values, keeping nothing of the documents but what `collect` took.
  const twice = defineRule({
    meta: {id: 'stated-twice', description: 'A money figure stated twice must agree.', severity: 'warning', needsRegistry: false, scope: 'run', messages: {twice: 'Unexpected `{found}`, expected `{other}` as in {where}'}},
    collect(doc) {
      return doc.sentences.flatMap((sentence) => sentence.claims.filter((claim) => claim.kind === 'money').map((claim) => ({text: claim.text, value: claim.value, start: claim.start, end: claim.end})))
    },
    checkCollected(docs): Finding[] {
      const first = docs[0]?.data[0]
      return docs.slice(1).flatMap((doc) =>
        doc.data
          .filter((figure) => first && figure.value !== first.value)
          .map((figure) => finding(twice.meta, doc, 'twice', {found: figure.text, other: first!.text, where: docs[0].path}, {start: figure.start, end: figure.end}))
      )
    }
  })

  it('gets in run order what collect took of each document, with the document it came from', async () => {
    const files = await lintDocuments(
      [
        {path: 'a.en.txt', text: 'The fund raised $96 million.'},
        {path: 'b.en.txt', text: 'In the end the fund raised $90 million.'}
      ],
      {ruleSet: [twice], traces: false}
    )
    expect(files.map((file) => file.messages.map((m) => [m.ruleId, m.reason, m.line, m.column]))).toEqual([[], [['stated-twice', 'Unexpected `$90 million`, expected `$96 million` as in a.en.txt', 1, 28]]])
  })

  it('runs beside a run rule that reads whole documents', async () => {
    const seen: number[] = []
    const whole = defineRule({
      meta: {id: 'count-sentences', description: 'Counts sentences.', severity: 'info', needsRegistry: false, scope: 'run', messages: {}},
      checkRun(docs) {
        seen.push(...docs.map((doc) => doc.sentences.length))
        return []
      }
    })
    const files = await lintDocuments(
      [
        {path: 'a.en.txt', text: 'The fund raised $96 million. It has 12 members.'},
        {path: 'b.en.txt', text: 'The fund raised $90 million.'}
      ],
      {ruleSet: [twice, whole], traces: false}
    )
    expect(seen).toEqual([2, 1])
    expect(files[1].messages.map((m) => m.ruleId)).toEqual(['stated-twice'])
  })
})
