/**
 * Test helpers: sentences with figures, and Markdown and HTML constructs that
 * wrap them, each wrapping recording where every character of the plain
 * sentence went, so claims read from the wrapped document can be compared
 * with claims read from the plain text, position by position.
 */
import {VFile} from 'vfile'
import type {Claim, Lang} from '../../src/types.js'
import {parseDocument} from '../../src/pipeline/parse.js'
import {extractDocument} from '../../src/pipeline/extract.js'

export const figures: Record<Lang, string[]> = {
  en: ['$96 million', '$45,000', 'more than 200 companies', 'about 12%', '1.5 billion euros', '70 billion dollars', 'nearly 5,000 workers', '106 projects'],
  es: ['96 millones de dólares', '70 mil millones de dólares', 'más de 1.200 empresas', 'unos 45.000 euros', 'el 12%', 'casi 5.000 trabajadores', '19,5 millones de euros', '106 proyectos'],
  fr: ['96 millions de dollars', '70 milliards de dollars', 'plus de 1 200 entreprises', 'environ 45 000 euros', '12 %', 'près de 5 000 salariés', "19,5 millions d'euros", '106 projets']
}

export const templates: Record<Lang, string[]> = {
  en: ['The fund raised {} in 2019.', 'According to the ministry, {} went to the new plants last year.', 'Japan reported {} for the region.'],
  es: ['El fondo recaudó {} en 2019.', 'Según el ministerio, {} llegaron a las nuevas plantas el año pasado.', 'Japón informó {} para la región.'],
  fr: ['Le fonds a levé {} en 2019.', "Selon le ministère, {} sont allés aux nouvelles usines l'an dernier.", 'Le Japon a annoncé {} pour la région.']
}

/** A plain sentence and where its figure is. */
export interface Plain {
  lang: Lang
  text: string
  figure: [number, number]
}

/** `template` with `figure`, the space at `wrapAt` (an index among its spaces, if any) turned into a line break. */
export function sentence(lang: Lang, template: string, figure: string, wrapAt: number | undefined): Plain {
  const at = template.indexOf('{}')
  let text = template.slice(0, at) + figure + template.slice(at + 2)
  if (wrapAt !== undefined) {
    // Not before words that would start a block in Markdown ("2019." is an ordered list item, "- " a bullet).
    const spaces = [...text.matchAll(/ (?!\d+[.)](?:\s|$)|[-+*#>](?:\s|$))/g)].map((match) => match.index)
    const cut = spaces[wrapAt % spaces.length]
    text = text.slice(0, cut) + '\n' + text.slice(cut + 1)
  }

  return {lang, text, figure: [at, at + figure.length]}
}

/** A document and, for each character of the plain text, its offset in the document. */
export interface Wrapped {
  doc: string
  map: number[]
}

/** How a construct writes the plain text: before it, at each line start, and around the figure. */
export interface Construct {
  name: string
  /** Only for text on one line (headings, table cells). */
  oneLine?: boolean
  before?: string
  first?: string
  rest?: string
  after?: string
  /** Written at a line break instead of `\n` (HTML `<br>`). */
  lineBreak?: string
}

export interface Inline {
  name: string
  open: string
  close: string
  /** Close after the figure's first word rather than after the figure. */
  inside?: boolean
}

export const markdownBlocks: Construct[] = [
  {name: 'paragraph'},
  {name: 'line indented by one space', first: ' ', rest: ' '},
  {name: 'unordered list', first: '- ', rest: '  '},
  {name: 'ordered list', first: '1. ', rest: '   '},
  {name: 'nested list', before: '- Item\n', first: '  - ', rest: '    '},
  {name: 'list item, lazy continuation', first: '* ', rest: ''},
  {name: 'blockquote', first: '> ', rest: '> '},
  {name: 'nested blockquote', first: '> > ', rest: '> > '},
  {name: 'blockquote, lazy continuation', first: '> ', rest: ''},
  {name: 'blockquote in a list', first: '- > ', rest: '  > '},
  {name: 'footnote', before: 'See the note.[^1]\n\n', first: '[^1]: ', rest: '    '},
  {name: 'heading', oneLine: true, first: '## '},
  {name: 'table cell', oneLine: true, before: '| Item | Value |\n| --- | --- |\n', first: '| a | ', after: ' |'}
]

export const markdownInlines: Inline[] = [
  {name: 'none', open: '', close: ''},
  {name: 'strong around', open: '**', close: '**'},
  {name: 'emphasis inside', open: '*', close: '*', inside: true},
  {name: 'strong inside', open: '**', close: '**', inside: true},
  {name: 'link around', open: '[', close: '](https://example.com/a)'},
  {name: 'inline HTML around', open: '<span>', close: '</span>'}
]

export const htmlBlocks: Construct[] = [
  {name: '<p>', first: '<p>', after: '</p>'},
  {name: '<li>', first: '<ul>\n  <li>', after: '</li>\n</ul>'},
  {name: '<blockquote>', first: '<blockquote><p>', rest: '  ', after: '</p></blockquote>'},
  {name: '<td>', first: '<table><tr><td>a</td><td>', after: '</td></tr></table>'},
  {name: '<br>', first: '<div>', lineBreak: '<br>', after: '</div>'}
]

export const htmlInlines: Inline[] = [
  {name: 'none', open: '', close: ''},
  {name: '<b> around', open: '<b>', close: '</b>'},
  {name: '<em> inside', open: '<em>', close: '</em>', inside: true},
  {name: '<a> around', open: '<a href="https://example.com/a">', close: '</a>'}
]

/** Write `plain` in `block` with `inline` around (or inside) its figure. */
export function wrap(plain: Plain, block: Construct, inline: Inline): Wrapped {
  const {text, figure} = plain
  const firstSpace = text.slice(figure[0], figure[1]).search(/\s/)
  const closeAt = inline.inside && firstSpace > 0 ? figure[0] + firstSpace : figure[1]
  let doc = (block.before ?? '') + (block.first ?? '')
  const map: number[] = []
  for (let index = 0; index < text.length; index++) {
    if (index === figure[0]) doc += inline.open
    if (index === closeAt) doc += inline.close
    const char = text[index]
    if (char === '\n' && block.lineBreak) {
      map.push(doc.length)
      doc += block.lineBreak
      continue
    }

    map.push(doc.length)
    doc += char
    if (char === '\n') doc += block.rest ?? ''
  }

  if (closeAt === text.length) doc += inline.close
  doc += (block.after ?? '') + '\n'
  return {doc, map}
}

/** The claims of `value` read as a document at `path`, in `lang`. */
export function claimsOf(path: string, value: string, lang: Lang): Claim[] {
  const parsed = parseDocument(new VFile({path, value}), {forceLang: lang})
  return extractDocument(parsed).flatMap((sentence) => sentence.claims)
}

/** What must not change between the plain and the wrapped reading: all but the positions and text. */
export function meaning(claim: Claim) {
  return {
    kind: claim.kind,
    value: claim.value,
    min: claim.min,
    max: claim.max,
    unit: claim.unit,
    precision: claim.precision,
    step: claim.step,
    qualifier: claim.qualifier?.type,
    relative: claim.relative,
    date: claim.date
  }
}

/** The plain characters whose place in the document lies in [start, end): a claim's text without the markup. */
export function plainTextAt(plain: Plain, wrapped: Wrapped, start: number, end: number): string {
  let out = ''
  for (let index = 0; index < plain.text.length; index++) if (wrapped.map[index] >= start && wrapped.map[index] < end) out += plain.text[index]
  return out
}
