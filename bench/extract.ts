/**
 * `npx tsx bench/extract.ts`: throughput of the claim extractor. For a
 * news-sized document (~6 KB) and a large one (~1.2 MB) in each language,
 * generated here from sentences written for the benchmark, it prints MB/s
 * for parsing alone (`parseText`) and for parsing plus extraction
 * (`parseText` + `extractFromNlcst`), and the share extraction adds.
 * Claim extraction should add at most 25% to parse time and grow linearly:
 * the large document's MB/s should match the small one's.
 */
import {performance} from 'node:perf_hooks'
import {extractFromNlcst, parseText} from '../src/extract/index.js'
import type {Lang} from '../src/types.js'

const sentences: Record<Lang, string[]> = {
  en: [
    'The ministry said exports rose 12.5% to $48.2 billion in 2022, the highest level in a decade.',
    'More than 5,000 projects with a combined capital of nearly $70 billion are now under way.',
    'Japan is the third largest investor and the country ranks fourth among 140 partners.',
    'Last May the two governments signed an agreement worth approximately 60.98 billion yen ($440 million).',
    'The port handled 1.2 million containers, up from 950,000 two years ago.',
    'Officials expect between 3 and 4 million visitors next year, about half of them from Asia.',
    'This year marks the 50th anniversary of the treaty signed on 21 September 1973.',
    'The committee met in Hanoi on Tuesday to review the plan, which the press described in detail.',
    'Analysts noted that the figures, though strong, hide wide differences between regions and sectors.'
  ],
  es: [
    'El ministerio informó que las exportaciones crecieron un 12,5% hasta 48.200 millones de dólares en 2022.',
    'Japón tiene más de cinco mil proyectos con un capital superior a 70 mil millones de dólares.',
    'El país es el tercer mayor inversor y ocupa el cuarto lugar entre 140 socios.',
    'El pasado mayo ambos gobiernos firmaron un acuerdo de unos 19,5 millones de dólares.',
    'El puerto movió 1,2 millones de contenedores, frente a 950.000 hace dos años.',
    'Las autoridades esperan entre 3 y 4 millones de visitantes el próximo año, casi la mitad de Asia.',
    'Este año se celebra el 50 aniversario del tratado firmado el 21 de septiembre de 1973.',
    'La comisión se reunió el martes en Hanói para revisar el plan, que la prensa describió con detalle.',
    'Los analistas señalaron que las cifras, aunque sólidas, ocultan grandes diferencias entre regiones.'
  ]
}

/** A document of about `bytes` characters: paragraphs of five sentences. */
function document(lang: Lang, bytes: number): string {
  const list = sentences[lang]
  const paragraphs: string[] = []
  let size = 0
  let index = 0
  while (size < bytes) {
    const paragraph: string[] = []
    for (let k = 0; k < 5; k++) paragraph.push(list[index++ % list.length])
    const text = paragraph.join(' ')
    paragraphs.push(text)
    size += text.length + 2
  }

  return paragraphs.join('\n\n')
}

/** Best time of `runs` runs, in milliseconds. */
function time(runs: number, task: () => void): number {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) {
    const begin = performance.now()
    task()
    best = Math.min(best, performance.now() - begin)
  }

  return best
}

function measure(lang: Lang, label: string, bytes: number, runs: number): void {
  const text = document(lang, bytes)
  const megabytes = text.length / 1e6
  // Warm up both paths.
  extractFromNlcst(parseText(text.slice(0, 20000), lang), text.slice(0, 20000), {lang})
  const parse = time(runs, () => parseText(text, lang))
  const both = time(runs, () => extractFromNlcst(parseText(text, lang), text, {lang}))
  const tree = parseText(text, lang)
  const extract = time(runs, () => extractFromNlcst(tree, text, {lang}))
  const share = (extract / parse) * 100
  console.log(
    `${lang} ${label.padEnd(6)} ${(text.length / 1024).toFixed(0).padStart(6)} KB  ` +
      `parse ${(megabytes / (parse / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `parse+extract ${(megabytes / (both / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `extract alone ${(megabytes / (extract / 1000)).toFixed(2).padStart(6)} MB/s  ` +
      `extraction adds ${share.toFixed(1)}% to parse time`
  )
}

for (const lang of ['en', 'es'] as const) {
  measure(lang, 'news', 6000, 30)
  measure(lang, 'large', 1_200_000, 3)
}
