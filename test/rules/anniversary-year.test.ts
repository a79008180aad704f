import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'anniversary-year'

describe(id, () => {
  it.each([
    ['an explicit right year (en)', 'The year 2023 marks the 50th anniversary of diplomatic ties between Vietnam and Japan.', undefined],
    ['a relative year resolved by the marker (en)', 'date 2023-11-07 This year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.', undefined],
    ['a relative year resolved by --date (es)', 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.', '2023-05-01'],
    ['a glued anniversary (es)', 'Este año, Vietnam y Japón celebran el 50aniversario del establecimiento de las relaciones diplomáticas.', '2023-05-01'],
    ['the event year itself is not the reference', 'In 2023 Vietnam and Japan mark the 50th anniversary of diplomatic ties established in 1973.', undefined],
    ['no matching event', 'The year 2022 marked the 50th anniversary of the company.', undefined],
    ['no year in the sentence', 'Vietnam and Japan celebrate the 50th anniversary of diplomatic ties.', undefined]
  ])('accepts %s', async (_name, text, date) => {
    expect(await lines(id, text, 'doc.txt', {date})).toEqual([])
  })

  it('flags the wrong explicit year at its exact place (en)', async () => {
    expect(
      await lines(id, 'Vietnam and Japan are close.\n\nThe year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.')
    ).toEqual([
      '3:10-3:14 error Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })

  it('reads "marks" after a year as the verb, not German marks (en)', async () => {
    expect(await lines(id, 'The year 2022 marks the 50th anniversary of diplomatic ties between Vietnam and Japan.')).toEqual([
      '1:10-1:14 error Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })

  it('flags a relative year that resolves wrong (es) and suggests the wording', async () => {
    const file = await lintOne(id, 'date 2024-03-01 Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.')
    expect(file.messages.map((m) => [m.ruleId, m.reason, m.expected, m.actual])).toEqual([
      [
        id,
        'Unexpected `Este año` (2024) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`',
        ['El año pasado', '2023'],
        'Este año'
      ]
    ])
    expect(file.messages[0].note).toMatch(/^Registry `vn-jp-diplomatic-ties`.*1973-09-21.*Source: .*mofa\.go\.jp/)
    expect(file.messages[0].url).toBe('https://github.com/claimlint/claimlint/blob/main/docs/rules/anniversary-year.md')
  })

  it.each([
    ['en', 'date 2023-06-01 The year 2022 saw Vietnam and Japan celebrate the golden jubilee of their diplomatic relations.', '1:26-1:30', '2022'],
    ['es', 'date 2023-06-01 En 2024 Vietnam y Japón celebran las bodas de oro de sus relaciones diplomáticas.', '1:20-1:24', '2024']
  ])('reads an anniversary named without its number (%s)', async (_lang, text, place, year) => {
    expect(await lines(id, text)).toEqual([
      `${place} error Unexpected \`${year}\` for the 50th anniversary of \`vn-jp-diplomatic-ties\` (1973), expected \`2023\``
    ])
  })

  it('is consistent by construction when the year is inferred from the same sentence', async () => {
    expect(await lines(id, 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.')).toEqual([])
  })

  it('reports at info level when a relative year cannot be resolved', async () => {
    const text = 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.'
    expect(await lines(id, text, 'doc.txt', {inferDate: false})).toEqual([
      '1:1-1:9 info Cannot check `Este año` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973) without a document date, expected `2023`'
    ])
  })

  it('reads the date from Markdown frontmatter', async () => {
    const text = '---\nlang: en\ndate: 2021-01-05\n---\n\n# Ties\n\nThis year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n'
    expect(await lines(id, text, 'doc.md')).toEqual([
      '8:1-8:10 error Unexpected `This year` (2021) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })
})

describe('anniversary-year: the year of a clause about the event is not the anniversary year (issue 12 §3)', () => {
  it('leaves the signing year of a relative clause alone (es)', async () => {
    expect(
      await lines(
        'anniversary-year',
        'Vietnam y Japón celebraron este martes el 50 aniversario de las relaciones diplomáticas que ambos países establecieron en 1972.',
        'doc.txt',
        {date: '2023-09-21'}
      )
    ).toEqual([])
  })

  it('leaves the year of a "which" clause alone (en)', async () => {
    expect(
      await lines('anniversary-year', 'They marked the 50th anniversary of diplomatic ties between Vietnam and Japan, which were agreed in 1972.', 'doc.txt', {date: '2023-09-21'})
    ).toEqual([])
  })
})
