/**
 * Speed of the whole lint, measured (not assumed): `lintDocuments` (parse,
 * extract, match, every rule against the bundled registry) on a news-sized
 * document and on larger ones, in English and Spanish. For each it prints
 * the first run in this process (which pays for loading the language's
 * dictionaries, about 1 s for Spanish) and the steady MB/s of later runs,
 * so that growth faster than the input shows as falling MB/s. Parse and
 * extraction alone are measured by bench/extract.ts. Prints figures;
 * asserts nothing. `npm run bench`.
 *
 * The text is generated here from sentences written for the benchmark, so
 * it has the density of figures of real copy.
 */
import {performance} from 'node:perf_hooks'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Lang} from '../src/types.js'
import {lintDocuments} from '../src/engine.js'
import {loadRegistry} from '../src/registry/load.js'

const sentences: Record<Lang, string[]> = {
  en: [
    'Japan pledged approximately 60.98 billion yen ($440 million) to support infrastructure projects across the country.',
    'The year 2023 marks the 50th anniversary of diplomatic ties between Vietnam and Japan.',
    'Trade between the two countries reached nearly $50 billion in 2022, officials said on Tuesday.',
    'Japan is the third largest investor, with more than 5,000 projects worth over $70 billion.',
    'In May of last year, the prime minister visited Hanoi for talks on energy, transport and labour.',
    'Analysts expect exports to grow 12% to $2.4 billion from $2.1 billion next year.',
    'The ministry said half a million people now live and work in the region, up from 400,000 in 2019.'
  ],
  es: [
    'Japón tiene más de 5.000 proyectos con un capital de inversión superior a 70 mil millones de dólares.',
    'Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.',
    'En 2022, el comercio bilateral alcanzó casi 50 mil millones de dólares, según la aduana.',
    'El país ocupa el tercer lugar entre 143 países y territorios que invierten en la región.',
    'La comunidad vietnamita en Japón llega a casi medio millón de personas, la segunda mayor.',
    'El proyecto costará 500 millones de euros, unos 540 millones de dólares, y empleará a 1.200 personas.',
    'Hace dos años, las exportaciones crecieron un 8,5% hasta los 3.200 millones de dólares.'
  ]
}

function document(lang: Lang, bytes: number): string {
  const list = sentences[lang]
  const paragraphs: string[] = []
  let size = 0
  let i = 0
  while (size < bytes) {
    const paragraph = [list[i % list.length], list[(i + 3) % list.length], list[(i + 5) % list.length]].join(' ')
    paragraphs.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
    i++
  }
  return paragraphs.join('\n\n')
}

/** Mean milliseconds of `run` over at least `minimumMs`, after one warm-up run. */
async function time(run: () => Promise<unknown>, minimumMs = 1000): Promise<number> {
  await run()
  let runs = 0
  const start = performance.now()
  do {
    await run()
    runs++
  } while (performance.now() - start < minimumMs)
  return (performance.now() - start) / runs
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const registry = await loadRegistry(path.join(root, 'claims.yaml'))

console.log('size      lang  first run ms  steady ms  steady MB/s')
for (const lang of ['en', 'es'] as const) {
  for (const bytes of [5_000, 100_000, 1_000_000]) {
    const text = document(lang, bytes)
    const mb = Buffer.byteLength(text) / 1e6
    const lint = () => lintDocuments([{path: `bench.${lang}.txt`, text}], {registry, forceLang: lang})
    const start = performance.now()
    await lint()
    const first = performance.now() - start
    const steady = await time(lint, bytes > 500_000 ? 3000 : 1000)
    console.log(
      `${String(bytes / 1000).padStart(5)} kB  ${lang}    ${first.toFixed(0).padStart(10)}  ${steady.toFixed(1).padStart(9)}  ${(mb / (steady / 1000)).toFixed(2).padStart(11)}`
    )
  }
}
