/**
 * Fills in or checks the `line` of every entry of the corpus annotation files
 * from the entry's `text`: the one line of the article that contains it.
 * For the corpus authors, after editing an article:
 *
 *   npx tsx test/corpus/tools/fill-lines.ts [annotation files...]
 *
 * An entry whose `text` occurs on several lines keeps its `line` when that
 * line holds the text, and is reported otherwise; an entry whose text is on
 * no line is reported. Comments and order of the YAML files are kept (the
 * `yaml` package's document API).
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {parseDocument, isMap, isSeq, type YAMLMap} from 'yaml'

const files = process.argv.slice(2).length > 0
  ? process.argv.slice(2)
  : readdirSync('test/corpus', {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.annotations.yaml'))
      .map((file) => `test/corpus/${file.split('\\').join('/')}`)
      .sort()
let problems = 0
for (const file of files) {
  const article = file.replace(/\.annotations\.yaml$/, '')
  const lines = readFileSync(article, 'utf8').split(/\r?\n/)
  const doc = parseDocument(readFileSync(file, 'utf8'))
  if (doc.errors.length > 0) {
    console.error(`${file}: ${doc.errors[0].message}`)
    problems++
    continue
  }
  for (const section of ['planted', 'silent']) {
    const seq = doc.get(section)
    if (!isSeq(seq)) continue
    for (const item of seq.items) {
      if (!isMap(item)) continue
      const entry = item as YAMLMap
      const text = String(entry.get('text') ?? '')
      const found = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []))
      const current = Number(entry.get('line'))
      if (found.length === 0) {
        console.error(`${file}: \`${text}\` is on no line of ${article}`)
        problems++
      } else if (found.includes(current)) {
        continue
      } else if (found.length === 1) {
        if (entry.has('line')) entry.set('line', found[0])
        else entry.items.unshift(doc.createPair('line', found[0]) as (typeof entry.items)[number])
      } else {
        console.error(`${file}: \`${text}\` is on lines ${found.join(', ')}; give its line`)
        problems++
      }
    }
  }
  writeFileSync(file, doc.toString({lineWidth: 0}))
}
process.exitCode = problems > 0 ? 1 : 0
