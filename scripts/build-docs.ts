/**
 * Render docs/rules/<id>.md and docs/rules/README.md from the rules' doc
 * comments and metadata. `npm run docs` writes them; `npm run docs -- --check`
 * exits 1 when a page on disk differs from what the rules say.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules} from '../rules/index.js'
import {parseRuleDoc, renderRuleDoc, renderRuleIndex} from '../src/rule-docs.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = path.join(root, 'docs/rules')
const check = process.argv.includes('--check')
const pages = new Map<string, string>()

for (const rule of rules) {
  const source = fs.readFileSync(path.join(root, 'rules', rule.meta.id + '.ts'), 'utf8')
  const doc = parseRuleDoc(source)
  if (!doc) throw new Error(`rules/${rule.meta.id}.ts has no doc comment`)
  pages.set(rule.meta.id + '.md', renderRuleDoc(rule, doc))
}
pages.set('README.md', renderRuleIndex(rules))

let stale = 0
fs.mkdirSync(out, {recursive: true})
for (const [name, content] of pages) {
  const file = path.join(out, name)
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (current === content) continue
  if (check) {
    console.error(`docs/rules/${name} is out of date; run \`npm run docs\``)
    stale++
  } else {
    fs.writeFileSync(file, content)
    console.log(`wrote docs/rules/${name}`)
  }
}

if (stale > 0) process.exitCode = 1
