/**
 * A run over many files, as CI runs claimlint over an archive: N generated
 * news articles (about 2.5 KB each, English and Spanish alternating, dated
 * by frontmatter), every rule, the bundled registry, pretty output, through
 * the real CLI in a child process. Prints wall time, files per second and
 * peak resident memory (the child's own `maxRSS`), so that memory growing
 * with the number of files shows at once. Asserts nothing.
 *
 * Beside each run, in child processes on the same files: the bare nlcst
 * parse (bench/bare-parse.mjs), the floor issue 16 measures against, and
 * textlint 15 with two rules (max-comma and sentence-length, a
 * devDependency for this benchmark only), with the ratios of claimlint to
 * each.
 *
 * `npm run bench:scale` (1,000 and 10,000 articles); `npx tsx
 * bench/scale.ts 500 2000` for other counts. Build first (`npm run build`):
 * the CLI runs from dist/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Lang} from '../src/types.js'
import {newsArticle} from './generate.js'
import {root, timed} from './child.js'

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0)

const textlint = path.join(root, 'node_modules/textlint/bin/textlint.js')
const mb = (peak: number | undefined) => (peak === undefined ? '      ?' : peak.toFixed(0).padStart(7))

console.log('files   MB  seconds  files/s  peak MB  parse s  peak MB  ×parse  textlint s  peak MB  textlint/claimlint')
for (const count of counts.length > 0 ? counts : [1000, 10000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-scale-'))
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const lang: Lang = index % 2 === 0 ? 'en' : 'es'
    const folder = path.join(dir, String(Math.floor(index / 100)))
    if (index % 100 === 0) fs.mkdirSync(folder)
    const text = newsArticle(lang, index)
    bytes += Buffer.byteLength(text)
    fs.writeFileSync(path.join(folder, `article-${index}.${lang}.md`), text)
  }

  const bare = timed([path.join(root, 'bench/bare-parse.mjs'), dir])
  const run = timed([path.join(root, 'bin/claimlint.js'), '--no-color', '--registry', path.join(root, 'claims.yaml'), dir])
  // textlint takes minutes on 10,000 files; it is compared on the smaller runs.
  const other = count <= 2000 && fs.existsSync(textlint) ? timed([textlint, '--no-textlintrc', '--rule', 'max-comma', '--rule', 'sentence-length', dir]) : undefined
  fs.rmSync(dir, {recursive: true, force: true})
  if (run.status !== 0 && run.status !== 1) {
    console.log(`${count}: claimlint exited ${run.status}: ${run.stderr.split('\n')[0]}`)
    continue
  }
  const compared = other ? `${other.seconds.toFixed(1).padStart(10)}  ${mb(other.peak)}  ${(other.seconds / run.seconds).toFixed(1).padStart(17)}×` : '   (not run)'
  console.log(
    `${String(count).padStart(5)}  ${(bytes / 1e6).toFixed(1).padStart(4)}  ${run.seconds.toFixed(1).padStart(7)}  ${(count / run.seconds).toFixed(0).padStart(7)}  ${mb(run.peak)}  ` +
      `${bare.seconds.toFixed(1).padStart(7)}  ${mb(bare.peak)}  ${(run.seconds / bare.seconds).toFixed(1).padStart(5)}×  ${compared}`
  )
}
