/**
 * Every rule documents itself and is tested: a doc comment with `@file` equal
 * to its file name, at least one example and one example with `@output`, a
 * test file of RuleTester tables, and an up-to-date docs page. Every example is linted with the
 * bundled claims.yaml and only that rule on, and must give exactly its
 * `@output` lines (none for an example without `@output`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {parseRuleDoc, renderRuleDoc, renderRuleIndex} from '../../src/rule-docs.js'
import {lintDocuments} from '../../src/engine.js'
import {loadRegistry} from '../../src/registry/load.js'
import {line, only} from './helpers.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const ruleFiles = fs
  .readdirSync(path.join(root, 'rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
const registry = loadRegistry(path.join(root, 'claims.yaml'))

describe('rule files', () => {
  it('are all listed in rules/index.ts, with ids equal to their file names', () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual([...ruleFiles].sort())
  })

  it('have an up-to-date index page', () => {
    expect(fs.readFileSync(path.join(root, 'docs/rules/README.md'), 'utf8')).toBe(renderRuleIndex(rules))
  })
})

for (const id of ruleFiles) {
  const source = fs.readFileSync(path.join(root, 'rules', id + '.ts'), 'utf8')
  const doc = parseRuleDoc(source)
  const rule = rules.find((r) => r.meta.id === id)

  describe(`rules/${id}.ts`, () => {
    it('has a doc comment naming it, with examples, an invalid one with output, and a test file', () => {
      expect(doc?.id).toBe(id)
      expect(doc!.prose.length).toBeGreaterThan(100)
      expect(doc!.examples.length).toBeGreaterThan(0)
      expect(doc!.examples.some((example) => example.output.length > 0)).toBe(true)
      expect(fs.existsSync(path.join(root, 'test/rules', id + '.test.ts'))).toBe(true)
      // Its cases are RuleTester tables (src/rule-kit/tester.ts), not hand-made lint calls.
      expect(fs.readFileSync(path.join(root, 'test/rules', id + '.test.ts'), 'utf8')).toMatch(/^ruleTester\.run\(rule, \{$/m)
    })

    it('describes each of its options', () => {
      const properties = (rule!.meta.schema?.properties ?? {}) as Record<string, {description?: string}>
      for (const [name, property] of Object.entries(properties)) {
        expect(property.description, `option \`${name}\` has no description`).toMatch(/^[A-Z].{20,}\.$/s)
      }
    })

    it('has an up-to-date docs page (npm run docs)', () => {
      const page = path.join(root, 'docs/rules', id + '.md')
      expect(fs.existsSync(page)).toBe(true)
      expect(fs.readFileSync(page, 'utf8')).toBe(renderRuleDoc(rule!, doc!))
    })

    for (const example of doc?.examples ?? []) {
      it(`gives the documented output for ${example.name}`, async () => {
        const [file] = await lintDocuments([{path: example.name, text: example.text + '\n'}], {
          registry: await registry,
          forceLang: example.lang,
          rules: only(id)
        })
        expect(file.messages.filter((m) => m.ruleId === id).map(line)).toEqual(example.output)
      })
    }
  })
}
