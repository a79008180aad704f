import {describe, expect, it} from 'vitest'
import {lines} from './helpers.js'

const id = 'relative-date'

describe(id, () => {
  it.each([
    ['a visit in May of last year (en)', 'date 2023-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.'],
    ['el año pasado (es)', 'date 2023-03-01 El año pasado, el primer ministro japonés visitó Hanói.'],
    ['a relative date that matches no event', 'date 2023-03-01 Last year the weather was mild.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a relative month that resolves to the wrong year (en)', async () => {
    expect(
      await lines(id, 'date 2024-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.')
    ).toEqual([
      '1:20-1:36 error Unexpected `May of last year` (2023-05) for `jp-pm-kishida-visit-to-vn` (2022-05), expected `May 2022`'
    ])
  })

  it('flags hace dos años resolving wrong (es)', async () => {
    expect(await lines(id, 'date 2023-03-01 Hace dos años, el primer ministro japonés visitó Hanói.')).toEqual([
      '1:17-1:30 error Unexpected `Hace dos años` (2021) for `jp-pm-kishida-visit-to-vn` (2022-05), expected `2022`'
    ])
  })

  it('checks a year written beside a relative date, and only an apposition', async () => {
    expect(await lines(id, 'date 2023-05-01 El año pasado (2021), la inversión japonesa creció con fuerza.')).toEqual([
      '1:32-1:36 error Unexpected `2021` beside `El año pasado` (2022 on the document date), expected `2022`'
    ])
    expect(await lines(id, 'date 2023-05-01 Last year, in 2022, exports grew.')).toEqual([])
    expect(await lines(id, 'date 2023-05-01 Exports were higher last year than in 2019.')).toEqual([])
  })

  it('says so when it infers the document year', async () => {
    expect(await lines(id, 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.')).toEqual([
      '1:1-1:9 info Inferred the document year 2023 from `Este año` and the 50th anniversary of `vn-jp-diplomatic-ties` (1973)'
    ])
  })

  it('reports an unresolvable relative date once, at info level', async () => {
    expect(await lines(id, 'El año pasado, el primer ministro japonés visitó Hanói. Este año lo visitó otra vez.', 'doc.txt', {inferDate: false})).toEqual([
      '1:1-1:14 info Cannot resolve `El año pasado` without a document date; pass `--date` or add a `date` to the document'
    ])
  })

  describe('against the document’s own dates for the same event', () => {
    it('flags a relative date that contradicts an absolute one (es), with the absolute one as cause', async () => {
      const text =
        'date 2024-02-10 Los puertos de Hai Phong y Yokohama firmaron un acuerdo de hermanamiento en mayo de 2022. ' +
        'El pasado mayo, los puertos de Hai Phong y Yokohama firmaron el acuerdo de hermanamiento.'
      expect(await lines(id, text)).toEqual([
        '1:107-1:121 error Unexpected `El pasado mayo` (2023-05 on the document date), expected `mayo de 2022` as stated at 1:93 for the same event'
      ])
    })

    it.each([
      [
        'the same event on agreeing dates (en)',
        'date 2023-03-01 The two ports signed a twinning agreement in May 2022. Officials recalled that the two ports signed the twinning agreement last May.'
      ],
      [
        'a yearly measure stated for two years (en)',
        'date 2024-03-01 Port traffic between Hai Phong and Yokohama grew 5% in 2021. Port traffic between Hai Phong and Yokohama grew 5% last year.'
      ],
      [
        'different counts: two events (en)',
        'date 2024-03-01 Three ports signed a twinning agreement in May 2022. Two ports signed a twinning agreement last May.'
      ],
      ['too few words in common (es)', 'date 2024-03-01 Se firmó en 2021. El año pasado se firmó.']
    ])('accepts %s', async (_name, text) => {
      expect(await lines(id, text)).toEqual([])
    })
  })
})
