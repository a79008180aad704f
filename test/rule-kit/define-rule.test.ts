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
    expect(() => defineRule({meta: {...meta, scope: 'run'}, check: () => []})).toThrow('Rule `broken` has scope `run` but no `checkRun(docs, context)`')
  })
})
