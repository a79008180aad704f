import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {detectLanguage, parseDocument, toDate} from '../../src/pipeline/parse.js'
import {decimalSeparator, extractDocument} from '../../src/pipeline/extract.js'

function parse(path: string, value: string, options = {}) {
  const file = new VFile({path, value})
  return {file, parsed: parseDocument(file, options)}
}

describe('parseDocument', () => {
  it('reads a leading date marker followed by text on the same line, and blanks it out', () => {
    const {parsed} = parse('a.txt', ' date 2023-11-07 Vietnam and Japan continue to foster a robust economic relationship.')
    expect(parsed.date).toEqual({year: 2023, month: 11, day: 7, source: 'marker'})
    expect(parsed.text.slice(0, 17)).toBe(' '.repeat(17))
    expect(parsed.text.length).toBe(85)
    const claims = extractDocument(parsed).flatMap((s) => s.claims)
    expect(claims).toEqual([])
  })

  it('reports an impossible date marker and does not use it', () => {
    const {file, parsed} = parse('a.txt', 'date 2023-02-30 Texto del artículo.')
    expect(parsed.date).toBeUndefined()
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected date marker `date 2023-02-30`, expected a real date as `date YYYY-MM-DD`'
    ])
  })

  it('takes lang and date from Markdown frontmatter before detection and options', () => {
    const {parsed} = parse('a.md', '---\nlang: es\ndate: 2023-05-02\n---\n\nThe text is English but the frontmatter says otherwise.\n', {date: '2020-01-01'})
    expect(parsed.lang).toBe('es')
    expect(parsed.date).toEqual({year: 2023, month: 5, day: 2, source: 'frontmatter'})
  })

  it('reports a bad frontmatter language and date', () => {
    const {file} = parse('a.md', '---\nlang: de\ndate: soon\n---\n\nTexte.\n')
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected `lang: de` in frontmatter, expected one of `en`, `es`, `fr`',
      'Unexpected `date: soon` in frontmatter, expected `YYYY-MM-DD`'
    ])
  })

  it('uses --date when the document gives none', () => {
    expect(parse('a.txt', 'Este año se celebra el aniversario.', {date: '2023-05-01'}).parsed.date).toEqual({
      year: 2023,
      month: 5,
      day: 1,
      source: 'option'
    })
  })

  it('does not read code blocks, inline code or link targets in Markdown as prose', () => {
    const text = [
      '---',
      'lang: en',
      '---',
      '',
      'Japan has [5,000 projects](https://example.com/2023/70-billion) and `60 billion yen` in code.',
      '',
      '```',
      'More than 70 billion dollars in 2022.',
      '```',
      ''
    ].join('\n')
    const {parsed} = parse('a.md', text)
    const claims = extractDocument(parsed).flatMap((s) => s.claims)
    expect(claims.map((c) => [c.kind, c.text, c.start])).toEqual([['quantity', '5,000 projects', 29]])
    expect(text.slice(29, 43)).toBe('5,000 projects')
  })
})

describe('detectLanguage', () => {
  it('tells English from Spanish and gives up on short text', () => {
    expect(detectLanguage('Vietnam and Japan continue to foster a robust economic relationship with regular visits.')).toBe('en')
    expect(detectLanguage('Las relaciones políticas y económicas entre los dos países son cada vez más fuertes.')).toBe('es')
    expect(detectLanguage('OK')).toBeUndefined()
  })
})

describe('decimalSeparator', () => {
  it('settles the separator from unambiguous figures, else the language default', () => {
    const of = (lang: 'en' | 'es', text: string) => decimalSeparator({lang, text})
    expect(of('es', 'Llegaron 1,500,000 personas y 2.5 millones más tarde.')).toBe('.')
    expect(of('en', 'It cost 19,5 millones and 1.500.000 more.')).toBe(',')
    expect(of('es', 'Llegaron 1.500 personas.')).toBe(',')
    expect(of('en', 'It cost 1,500 dollars.')).toBe('.')
  })
})

describe('toDate', () => {
  it('accepts real dates only', () => {
    expect(toDate('2024-02-29', 'option')).toEqual({year: 2024, month: 2, day: 29, source: 'option'})
    expect(toDate('2023-02-29', 'option')).toBeUndefined()
    expect(toDate('2023-13', 'option')).toBeUndefined()
    expect(toDate('2023', 'option')).toEqual({year: 2023, month: undefined, day: undefined, source: 'option'})
  })
})

describe('HTML documents', () => {
  const page = [
    '<!doctype html>',
    '<html lang="es">',
    '<head><title>Vietnam y Japón</title><meta name="date" content="2024-03-01"><style>p { margin: 70px }</style></head>',
    '<body>',
    '<p>Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.</p>',
    '<script>var total = 70000000000;</script>',
    '<p>El código <code>5 millones</code> no es prosa; Japón tiene <b>106</b> proyectos.</p>',
    '</body></html>'
  ].join('\n')

  it('takes language and date from the page and reads only its prose', () => {
    const {parsed} = parse('page.html', page)
    expect(parsed.lang).toBe('es')
    expect(parsed.date).toEqual({year: 2024, month: 3, day: 1, source: 'meta'})
    expect(parsed.format).toBe('html')
    const claims = extractDocument(parsed).flatMap((s) => s.claims)
    expect(claims.map((c) => [c.kind, c.text, page.slice(c.start, c.end)])).toEqual([
      ['year', 'Este año', 'Este año'],
      ['anniversary', '50 aniversario', '50 aniversario'],
      // A figure may span inline markup; offsets stay those of the source.
      ['quantity', '106</b> proyectos', '106</b> proyectos']
    ])
  })
})
