/**
 * The floor a lint is compared with (issue 16): read every `.md` and `.txt`
 * file under a folder and parse it into nlcst with the parser claimlint uses
 * for its language (parse-english for `*.en.*`, parse-latin otherwise),
 * nothing else. bench/scale.ts runs it in a child process, as it runs the
 * CLI, and prints the ratio.
 *
 * `node --require ./bench/rss.cjs bench/bare-parse.mjs <folder>`
 */
import fs from 'node:fs'
import path from 'node:path'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'

const english = new ParseEnglish()
const latin = new ParseLatin()
let files = 0
let words = 0

function walk(folder) {
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) walk(file)
    else if (/\.(md|txt)$/.test(entry.name)) {
      const text = fs.readFileSync(file, 'utf8')
      const tree = (/\.en\.\w+$/.test(entry.name) ? english : latin).parse(text)
      files++
      words += tree.children.length
    }
  }
}

walk(process.argv[2])
console.log(`${files} files parsed (${words} paragraphs)`)
