import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseDocument} from '../../src/pipeline/parse.js'
import {extractDocument} from '../../src/pipeline/extract.js'

function read(path: string, value: string, options = {}) {
  const file = new VFile({path, value})
  const parsed = parseDocument(file, {lang: 'en', ...options})
  const sentences = extractDocument(parsed)
  const claims = sentences.flatMap((sentence) => sentence.claims.map((claim) => ({claim, sentence})))
  return {file, parsed, claims, rows: claims.map(({claim}) => [claim.kind, claim.value, claim.text, value.slice(claim.start, claim.end) === claim.text ? claim.start : -1])}
}

const money = 'The fund raised $96 million.'

describe('deep and large Markdown', () => {
  it('reads a line of 5,000 nested blockquotes', () => {
    const value = '>'.repeat(5000) + ' ' + money
    expect(read('deep.md', value).rows).toEqual([['money', 96e6, '$96 million', 5017]])
  })

  it('reads 2,000 nested list items on one line', () => {
    const value = '- '.repeat(2000) + money
    expect(read('deep.md', value).rows).toEqual([['money', 96e6, '$96 million', 4016]])
  })

  it('reads 2,000 nested list items on their own lines', () => {
    const lines = Array.from({length: 2000}, (_, index) => '  '.repeat(index) + `- It holds 12 projects.`)
    const {rows} = read('deep.md', lines.join('\n'))
    expect(rows.filter(([kind]) => kind === 'quantity').length).toBe(2000)
    const last = lines.slice(0, -1).join('\n').length + 1 + 2 * 1999 + '- It holds '.length
    expect(rows.at(-1)).toEqual(['quantity', 12, '12 projects', last])
  })

  it('reads 64 KB of emphasis delimiters and the paragraph after them', () => {
    const value = '*_'.repeat(32_000) + '\n\n' + money
    expect(read('stars.md', value).rows).toEqual([['money', 96e6, '$96 million', 64_018]])
  })

  it('reads a 350 KB paragraph', () => {
    const sentence = 'Japan invested $96 million in 12 projects. '
    const value = sentence.repeat(8200)
    expect(value.length).toBeGreaterThan(350_000)
    const {rows} = read('long.md', value)
    expect(rows.length).toBe(16_400)
    expect(rows.at(-1)).toEqual(['quantity', 12, '12 projects', 8199 * sentence.length + 30])
  })

  it('reads a 10,000-row table, one block per cell', () => {
    const rows = Array.from({length: 10_000}, (_, index) => `| ${2000 + (index % 20)} | $96 million |`)
    const value = '| Year | Amount |\n| --- | --- |\n' + rows.join('\n') + '\n'
    const result = read('table.md', value)
    expect(result.rows.filter(([kind]) => kind === 'money').length).toBe(10_000)
    const lastRow = value.lastIndexOf('| 20')
    expect(result.rows.slice(-2)).toEqual([
      ['year', 2019, '2019', lastRow + 2],
      ['money', 96e6, '$96 million', lastRow + 9]
    ])
  })

  it('calls the budget between pieces, and its throw ends the parse', () => {
    const steps: string[] = []
    // Five paragraphs of 5 KB: more than one per piece of about 8 KB would exceed it.
    const value = Array.from({length: 5}, () => (money + ' ').repeat(175)).join('\n\n')
    read('doc.md', value, {budget: {check: (step: string) => steps.push(step)}})
    expect(steps).toEqual(['parse', 'parse', 'parse', 'parse', 'parse'])
    const budget = {check: () => { throw new Error('Parse took longer than 10 s') }}
    expect(() => read('doc.md', value, {budget})).toThrow('Parse took longer than 10 s')
  })

  it('keeps code blocks and HTML blocks across blank lines out of prose', () => {
    const value = ['```', 'total = 70 billion', '', 'more = 5 projects', '```', '', '<script>', 'var a = 5', '', 'var b = 7', '</script>', '', money].join('\n')
    expect(read('doc.md', value).rows).toEqual([['money', 96e6, '$96 million', value.length - 12]])
  })

  it('reads frontmatter only at the start: a later `---` block is prose', () => {
    const value = '---\nlang: es\n---\n\nEl fondo recaudó 96 millones de dólares.\n\n---\n\nEl fondo tiene 12 proyectos.\n'
    const {parsed, rows} = read('doc.md', value)
    expect(parsed.lang).toBe('es')
    expect(rows.map(([kind, value_]) => [kind, value_])).toEqual([['money', 96e6], ['quantity', 12]])
  })

  it('reads the indented continuation "x\\n 7." as the figure 7 without throwing', () => {
    expect(read('doc.md', 'x\n 7.').rows).toEqual([['quantity', 7, '7', 3]])
  })
})

describe('escapes, references and footnote marks', () => {
  it('reads figures written with a backslash escape or a character reference', () => {
    const value = 'The fund raised \\$96 million, AT&amp;T paid $45,000&nbsp;each and &#36;12&nbsp;million went to 5 projects.'
    expect(read('doc.md', value).rows).toEqual([
      ['money', 96e6, '$96 million', 17],
      ['money', 45000, '$45,000', 44],
      ['money', 12e6, '&#36;12&nbsp;million', 66],
      ['quantity', 5, '5 projects', 95]
    ])
  })

  it('keeps a footnote mark a mark when its definition is in a later piece', () => {
    const filler = ('Filler text without figures. '.repeat(40) + '\n\n').repeat(10)
    const value = 'The fund raised $96 million.[^1]\n\n' + filler + '[^1]: It paid $45,000.\n'
    expect(read('doc.md', value).rows).toEqual([
      ['money', 96e6, '$96 million', 16],
      ['money', 45000, '$45,000', value.indexOf('$45,000')]
    ])
  })
})

describe('link labels defined in another piece', () => {
  it('never reads the label of a full reference as words', () => {
    const filler = ('Filler text without figures. '.repeat(40) + '\n\n').repeat(10)
    const value = 'The fund raised $96 million ([the annual report][2019 report]).\n\n' + filler + '[2019 report]: https://example.com/2019\n'
    expect(read('doc.md', value).rows).toEqual([['money', 96e6, '$96 million', 16]])
  })
})

describe('bare URLs and e-mail addresses', () => {
  // GFM autolink literals are not parsed (src/pipeline/gfm.ts): the extractor skips URLs in any text.
  it('reads no figure inside a bare URL or address, and reads the figures around them', () => {
    const value =
      'The fund raised $96 million (see https://example.org/2019/report-45_million_v2 and www.example.org/1973/50th).\n\n' +
      '| Year | Link |\n| --- | --- |\n| 2021 | https://example.org/2021/12-projects |\n\n' +
      'Write to funds-2019@example.org about the 12 projects.\n'
    expect(read('doc.md', value).rows).toEqual([
      ['money', 96e6, '$96 million', 16],
      ['year', 2021, '2021', value.indexOf('2021')],
      ['quantity', 12, '12 projects', value.indexOf('12 projects')]
    ])
  })
})

describe('deep HTML', () => {
  it('reads a figure inside 100,000 nested <div>s', () => {
    const value = '<div>'.repeat(100_000) + money + '</div>'.repeat(100_000)
    expect(read('deep.html', value).rows).toEqual([['money', 96e6, '$96 million', 500_016]])
  })

  it('never reads <script>, <style>, <code>, <pre> or <template> content', () => {
    const value = [
      '<p>The fund raised <code>$70 billion</code> and $96 million.</p>',
      '<script>var total = "$70 billion"</script><style>p::after { content: "12 projects" }</style>',
      '<pre>15 projects</pre><template><p>20 projects</p></template>'
    ].join('\n')
    expect(read('page.html', value).rows).toEqual([['money', 96e6, '$96 million', value.indexOf('$96')]])
  })
})

describe('documents that mix languages', () => {
  const en =
    'Vietnam and Japan have built a strong economic relationship over the past decades, and Japanese companies invested 70 billion dollars in the country, according to the ministry.'
  const es =
    'Vietnam y Japón han construido una sólida relación económica durante las últimas décadas, y las empresas japonesas invirtieron 70 mil millones de dólares en el país, según el ministerio.'

  it('reads each Markdown block in its own language', () => {
    const value = `${en}\n\n> ${es}\n\n- ${en}\n`
    const {claims} = read('mixed.md', value)
    expect(claims.map(({claim, sentence}) => [sentence.lang, claim.kind, claim.value, claim.text])).toEqual([
      ['en', 'money', 70e9, '70 billion dollars'],
      ['es', 'money', 70e9, '70 mil millones de dólares'],
      ['en', 'money', 70e9, '70 billion dollars']
    ])
  })

  it('keeps the frontmatter language for blocks too short to tell', () => {
    const value = `---\nlang: es\n---\n\n${en}\n\nSon 12 proyectos.\n`
    const {claims} = read('mixed.md', value)
    expect(claims.map(({claim, sentence}) => [sentence.lang, claim.text])).toEqual([
      ['en', '70 billion dollars'],
      ['es', '12 proyectos']
    ])
  })

  it('reads an HTML page block by block: <p lang> wins, <html lang> holds for short blocks', () => {
    const value = `<html lang="en"><body><p>${en}</p><p lang="es">Invirtieron 70 mil millones.</p><p>${es}</p><p>It has 12 projects.</p></body></html>`
    const {parsed, claims} = read('mixed.html', value)
    expect(parsed.lang).toBe('en')
    expect(claims.map(({claim, sentence}) => [sentence.lang, claim.value, claim.text])).toEqual([
      ['en', 70e9, '70 billion dollars'],
      ['es', 70e9, '70 mil millones'],
      ['es', 70e9, '70 mil millones de dólares'],
      ['en', 12, '12 projects']
    ])
  })

  it('forces one language for every block with forceLang', () => {
    const {claims} = read('mixed.md', `${en}\n\n${es}\n`, {forceLang: 'en'})
    expect(claims.every(({sentence}) => sentence.lang === 'en')).toBe(true)
  })
})

describe('plain text that mixes languages', () => {
  it('reads each paragraph in its own language when it is clear', () => {
    const en =
      'Vietnam and Japan have built a strong economic relationship over the past decades, and Japanese companies invested 70 billion dollars in the country, according to the ministry.'
    const es =
      'Vietnam y Japón han construido una sólida relación económica durante las últimas décadas, y las empresas japonesas invirtieron 70 mil millones de dólares en el país, según el ministerio.'
    const value = [en, es, en, es].join('\n\n')
    const {claims} = read('mixed.txt', value)
    expect(claims.map(({claim, sentence}) => [sentence.lang, claim.value, claim.text, claim.start])).toEqual([
      ['en', 70e9, '70 billion dollars', en.indexOf('70')],
      ['es', 70e9, '70 mil millones de dólares', en.length + 2 + es.indexOf('70')],
      ['en', 70e9, '70 billion dollars', en.length + es.length + 4 + en.indexOf('70')],
      ['es', 70e9, '70 mil millones de dólares', 2 * en.length + es.length + 6 + es.indexOf('70')]
    ])
  })
})
