/**
 * The floor a lint is compared with (issue 16): read every `.md` and `.txt`
 * file under a folder and parse it into nlcst with the parser claimlint uses
 * for its language (parse-english for `*.en.*`, parse-latin otherwise),
 * nothing else. bench/scale.ts and bench/targets.ts run it in a child
 * process, as they run the CLI, and print the ratio.
 *
 * With `--markdown` it parses the same files into mdast instead, with the
 * processor claimlint reads Markdown with (remark-parse, its GFM without
 * autolink literals, YAML frontmatter; from dist/, so `npm run build`
 * first): what Markdown alone costs before any nlcst, extraction or rule.
 *
 * `node --require ./bench/rss.cjs bench/bare-parse.mjs [--markdown] <folder>`
 */
import fs from 'node:fs'
import path from 'node:path'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'

const markdown = process.argv[2] === '--markdown'
const folder = process.argv[markdown ? 3 : 2]
const english = new ParseEnglish()
const latin = new ParseLatin()
// Imported only for `--markdown`: the nlcst floor must not pay for loading them.
const markdownProcessor = markdown ? await markdownReader() : undefined
let files = 0
let blocks = 0

function walk(folder) {
  for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) walk(file)
    else if (/\.(md|txt)$/.test(entry.name)) {
      const text = fs.readFileSync(file, 'utf8')
      const tree = markdownProcessor ? markdownProcessor.parse(text) : (/\.en\.\w+$/.test(entry.name) ? english : latin).parse(text)
      files++
      blocks += tree.children.length
    }
  }
}

/** The Markdown processor of src/pipeline/parse.ts, built from the same plugins. */
async function markdownReader() {
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}, {remarkGfmProse}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('../dist/src/pipeline/gfm.js')
  ])
  return unified().use(remarkParse).use(remarkGfmProse).use(remarkFrontmatter, ['yaml'])
}

const start = performance.now()
walk(folder)
const seconds = (performance.now() - start) / 1000
console.log(`${files} files parsed (${blocks} ${markdown ? 'Markdown blocks' : 'paragraphs'}) in ${seconds.toFixed(2)} s of reading and parsing`)
