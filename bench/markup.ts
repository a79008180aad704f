/**
 * `npx tsx bench/markup.ts [MB ...]`: time and peak memory of reading large
 * Markdown and plain-text documents (parse + extraction, as the engine runs
 * them), 1, 5 and 20 MB by default.
 *
 * Each case runs in a child process of its own, so its peak resident memory
 * (`process.resourceUsage().maxRSS`) is its own; the child prints the time of
 * one run after one warm-up run on a 100 KB document of the same kind.
 * Growth is linear when time per MB and memory per input byte stay about the
 * same from 1 to 20 MB.
 *
 * Documents are generated here: an article of news paragraphs in English
 * and Spanish with figures, and, for Markdown, headings, lists (wrapped),
 * blockquotes, emphasis, links and a table every so often.
 */
import {execFileSync} from 'node:child_process'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {parseDocument} from '../src/pipeline/parse.js'
import {extractDocument} from '../src/pipeline/extract.js'

const paragraphs = [
  'Japanese companies invested $96 million in 12 new projects last year, and exports grew about 12% to 70 billion dollars, according to the ministry.',
  'Las empresas japonesas invirtieron 96 millones de dólares en 12 nuevos proyectos el año pasado, y las exportaciones crecieron un 12%, según el ministerio.'
]

function markdownPiece(index: number): string {
  const [en, es] = paragraphs
  switch (index % 6) {
    case 0:
      return `## Section ${index}\n\n${en}`
    case 1:
      return `- ${en.slice(0, 60)}\n  ${en.slice(60)}\n- ${es}`
    case 2:
      return `> ${es.slice(0, 70)}\n> ${es.slice(70)}`
    case 3:
      return `The fund raised **$96** million for [more than 200 companies](https://example.com/${index}). ${en}`
    case 4:
      return `| Year | Amount |\n| --- | --- |\n| 2019 | $96 million |\n| 2020 | $45,000 |`
    default:
      return es
  }
}

export function document(kind: 'md' | 'txt', bytes: number): string {
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const part = kind === 'md' ? markdownPiece(index) : paragraphs[index % 2]
    parts.push(part)
    length += part.length + 2
  }

  return parts.join('\n\n')
}

function run(kind: 'md' | 'txt', megabytes: number): void {
  const read = (value: string) => {
    const parsed = parseDocument(new VFile({path: 'doc.' + kind, value}), {lang: 'en'})
    return extractDocument(parsed).reduce((sum, sentence) => sum + sentence.claims.length, 0)
  }

  read(document(kind, 100_000))
  const value = document(kind, megabytes * 1_000_000)
  const start = performance.now()
  const claims = read(value)
  const seconds = (performance.now() - start) / 1000
  const peak = process.resourceUsage().maxRSS * 1024
  console.log(
    `${kind.padEnd(3)} ${String(megabytes).padStart(3)} MB  ${seconds.toFixed(2).padStart(7)} s  ${(seconds / megabytes).toFixed(2)} s/MB  ` +
      `peak ${(peak / 1e6).toFixed(0).padStart(5)} MB  ${(peak / value.length).toFixed(0).padStart(4)} B/byte  ${claims} claims`
  )
}

const self = fileURLToPath(import.meta.url)
if (process.argv[1] !== self) {
  // Imported (for its `document`): run nothing.
} else if (process.argv[2] === '--one') run(process.argv[3] as 'md' | 'txt', Number(process.argv[4]))
else {
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 5, 20]
  for (const kind of ['md', 'txt'] as const) {
    for (const megabytes of sizes) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', self, '--one', kind, String(megabytes)], {encoding: 'utf8'})
      process.stdout.write(out)
    }
  }
}
