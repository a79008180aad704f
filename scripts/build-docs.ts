/**
 * Render docs/rules/<id>.md and docs/rules/README.md from the rules' doc
 * comments and metadata, and write the registered languages into the three
 * JSON schemas (the registry's, the configuration's and the JSON report's),
 * so that adding a language pack is its folder and one line in
 * src/lang/index.ts. `npm run docs` writes them; `npm run docs -- --check`
 * exits 1 when a file on disk differs from what the rules and packs say.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules} from '../rules/index.js'
import {parseRuleDoc, renderRuleDoc, renderRuleIndex} from '../src/rule-docs.js'
import {LANGS} from '../src/lang/index.js'

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

const files = new Map<string, string>()
for (const [name, content] of pages) files.set(`docs/rules/${name}`, content)

/** The languages' places in each schema: the one enum of language codes, as written on one line. */
const languageLists: Array<{file: string; pattern: RegExp; list: string}> = [
  {file: 'src/registry/schema.json', pattern: /("propertyNames": \{"enum": )\[[^\]]*\]/, list: JSON.stringify([...LANGS])},
  {file: 'src/config/schema.json', pattern: /("lang": \{"enum": )\[[^\]]*\]/, list: JSON.stringify([...LANGS])},
  {file: 'src/report/json-schema.json', pattern: /("lang": \{"enum": )\[[^\]]*\]/, list: JSON.stringify([...LANGS, null])}
]
for (const {file, pattern, list} of languageLists) {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  if (!pattern.test(text)) throw new Error(`${file} has no language list to write`)
  files.set(file, text.replace(pattern, (_, lead: string) => lead + list.replace(/,/g, ', ')))
}

let stale = 0
fs.mkdirSync(out, {recursive: true})
for (const [name, content] of files) {
  const file = path.join(root, name)
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (current === content) continue
  if (check) {
    console.error(`${name} is out of date; run \`npm run docs\``)
    stale++
  } else {
    fs.writeFileSync(file, content)
    console.log(`wrote ${name}`)
  }
}

if (stale > 0) process.exitCode = 1
