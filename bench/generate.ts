/**
 * Text for the benchmarks, generated from sentences written for them: each
 * holds figures, years and an anniversary or a rank, so generated documents
 * have the density of figures of real copy. Shared by the benchmarks in
 * bench/.
 */
import type {Lang} from '../src/types.js'

export const sentences: Record<Lang, string[]> = {
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
  ],
  fr: [
    'Le Japon compte plus de 5 000 projets pour un capital de plus de 70 milliards de dollars.',
    'Cette année, le Vietnam et le Japon célèbrent le 50e anniversaire de leurs relations diplomatiques.',
    'En 2022, les échanges commerciaux ont atteint près de 50 milliards de dollars, selon les douanes.',
    'Le pays occupe la troisième place parmi 143 pays et territoires qui investissent dans la région.',
    'La communauté vietnamienne au Japon compte près d’un demi-million de personnes, la deuxième du pays.',
    'Le projet coûtera 500 millions d’euros, soit environ 540 millions de dollars, et emploiera 1 200 personnes.',
    'Il y a deux ans, les exportations ont progressé de 8,5 % pour atteindre 3,2 milliards de dollars.'
  ]
}

/**
 * Paragraphs of three sentences of `lang` until `size` is reached, counted
 * in bytes or in words; `offset` starts the sentence cycle elsewhere, so
 * that generated articles differ.
 */
export function paragraphs(lang: Lang, size: {bytes: number} | {words: number}, offset = 0): string[] {
  const list = sentences[lang]
  const out: string[] = []
  let count = 0
  const limit = 'bytes' in size ? size.bytes : size.words
  for (let i = offset; count < limit; i++) {
    const paragraph = [list[i % list.length], list[(i + 3) % list.length], list[(i + 5) % list.length]].join(' ')
    out.push(paragraph)
    count += 'bytes' in size ? Buffer.byteLength(paragraph) + 2 : paragraph.split(/\s+/).length
  }
  return out
}

/**
 * A dated news article of about 2.5 KB (`index` picks its date and where its
 * sentences start), with `extra` text at its end: the files bench/scale.ts,
 * bench/cache.ts and bench/targets.ts lint.
 */
export function newsArticle(lang: Lang, index: number, extra = ''): string {
  const day = String((index % 28) + 1).padStart(2, '0')
  return `---\ndate: 2023-05-${day}\n---\n\n${paragraphs(lang, {bytes: 2500}, index % 7).join('\n\n')}${extra}\n`
}

/**
 * One document of about `bytes` made of the articles' own text: each
 * article a section under a heading, English and Spanish in turn, dated
 * once at the top. The same content as the 1,000 articles in one file, so
 * that its time per MB against theirs measures size alone (bench/targets.ts).
 */
export function articlesDocument(bytes: number): string {
  const parts = ['---\ndate: 2023-05-01\n---']
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const lang: Lang = index % 2 === 0 ? 'en' : 'es'
    const part = `## ${lang === 'en' ? 'Article' : 'Artículo'} ${index}\n\n${paragraphs(lang, {bytes: 2500}, index % 7).join('\n\n')}`
    parts.push(part)
    length += Buffer.byteLength(part) + 2
  }
  return parts.join('\n\n') + '\n'
}
