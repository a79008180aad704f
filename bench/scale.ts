/**
 * A run over many files, as CI runs claimlint over an archive: N generated
 * news articles (about 2.5 KB each, English and Spanish alternating, dated
 * by frontmatter), every rule, the bundled registry, pretty output, through
 * the real CLI in a child process. Prints wall time, files per second and
 * peak resident memory (the child's own `maxRSS`), so that memory growing
 * with the number of files shows at once. Asserts nothing.
 *
 * `npm run bench:scale` (1,000 and 10,000 articles); `npx tsx
 * bench/scale.ts 500 2000` for other counts. Build first (`npm run build`):
 * the CLI runs from dist/.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Lang} from '../src/types.js'
import {paragraphs} from './generate.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const counts = process.argv.slice(2).map(Number).filter((n) => n > 0)

function article(lang: Lang, index: number): string {
  const day = String((index % 28) + 1).padStart(2, '0')
  return `---\ndate: 2023-05-${day}\n---\n\n${paragraphs(lang, {bytes: 2500}, index % 7).join('\n\n')}\n`
}

console.log('files   MB    seconds  files/s  peak MB')
for (const count of counts.length > 0 ? counts : [1000, 10000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-scale-'))
  let bytes = 0
  for (let index = 0; index < count; index++) {
    const lang: Lang = index % 2 === 0 ? 'en' : 'es'
    const folder = path.join(dir, String(Math.floor(index / 100)))
    if (index % 100 === 0) fs.mkdirSync(folder)
    const text = article(lang, index)
    bytes += Buffer.byteLength(text)
    fs.writeFileSync(path.join(folder, `article-${index}.${lang}.md`), text)
  }

  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ['--require', path.join(root, 'bench/rss.cjs'), path.join(root, 'bin/claimlint.js'), '--no-color', '--registry', path.join(root, 'claims.yaml'), dir], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  fs.rmSync(dir, {recursive: true, force: true})
  const rss = /claimlint-bench maxrss (\d+)/.exec(run.stderr)
  if (run.status !== 0 && run.status !== 1) {
    console.log(`${count}: claimlint exited ${run.status}: ${run.stderr.split('\n')[0]}`)
    continue
  }
  console.log(
    `${String(count).padStart(5)}  ${(bytes / 1e6).toFixed(1).padStart(5)}  ${seconds.toFixed(1).padStart(8)}  ${(count / seconds).toFixed(0).padStart(7)}  ${rss ? (Number(rss[1]) / 1024).toFixed(0).padStart(7) : '      ?'}`
  )
}
