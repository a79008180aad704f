import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'registry-mismatch'

describe(id, () => {
  it.each([
    ['more than 5,000 (en)', 'Japan has more than 5,000 investment projects in Vietnam.'],
    ['más de cinco mil (es)', 'Japón tiene más de cinco mil proyectos de inversión en Vietnam.'],
    ['casi 50 mil millones against 49.8 bn (es)', 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 mil millones de dólares.'],
    ['nearly $50 billion (en)', 'In 2022 trade between Vietnam and Japan reached nearly $50 billion.'],
    ['a figure that matches no claim', 'Japón tiene cinco embajadas en Vietnam.'],
    ['a count of other things', 'Japón invierte en Vietnam en 143 países.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a dropped `mil` and suggests the corrected wording (es)', async () => {
    const file = await lintOne(id, 'Japón tiene más de cinco proyectos de inversión en Vietnam.')
    expect(file.messages.map((m) => [m.reason, m.actual, m.expected])).toEqual([
      [
        'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?',
        'más de cinco proyectos',
        ['más de cinco mil proyectos']
      ]
    ])
    expect(file.messages[0].note).toBe(
      'Registry `jp-fdi-projects-in-vn` — valid Japanese investment projects in Vietnam (' +
        file.messages[0].note!.split('(')[1].split(')')[0] +
        '): at least 5.000 as of 2023-06-30. Source: Foreign Investment Agency, https://fia.mpi.gov.vn/.'
    )
  })

  it('flags a dropped `thousand` (en)', async () => {
    expect(await lines(id, 'Japan has more than five investment projects in Vietnam.')).toEqual([
      '1:11-1:45 error Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'
    ])
  })

  it('flags `billones` read as `billion` (es)', async () => {
    const file = await lintOne(id, 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12,4 billones de euros.')
    expect(file.messages.map((m) => [m.reason, m.expected])).toEqual([
      [
        'Unexpected `12,4 billones de euros` for `jp-fdi-capital-in-vn-2012`, expected between €12,35 mil millones and €12,45 mil millones: 1.000 times less, `billón` (10^12) where `mil millones` (10^9) was meant?',
        ['12,4 mil millones de euros']
      ]
    ])
  })

  it('flags a plain mismatch without a scale slip', async () => {
    expect(await lines(id, 'In 2022 trade between Vietnam and Japan reached $30 billion.')).toEqual([
      '1:49-1:60 error Unexpected `$30 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'
    ])
  })

  describe('a figure that may be of its time (issue 12 §3)', () => {
    it('warns, never errs, when the document is dated before the registry value', async () => {
      expect(await lines(id, 'Japan has 3,000 investment projects in Vietnam.', 'doc.txt', {date: '2019-04-02'})).toEqual([
        '1:11-1:36 warning Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000 as of 2023-06-30; the document is dated 2019-04-02, so the figure may be of its time'
      ])
      expect(await lines(id, 'Japón tiene 3.000 proyectos de inversión en Vietnam.', 'doc.txt', {date: '2019'})).toEqual([
        '1:13-1:28 warning Unexpected `3.000 proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000 as of 2023-06-30; the document is dated 2019, so the figure may be of its time'
      ])
    })

    it('warns when the document has no date and the sentence names no year of the value', async () => {
      expect(await lines(id, 'Japan has 3,000 investment projects in Vietnam.')).toEqual([
        '1:11-1:36 warning Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000 as of 2023-06-30; the document has no date, so the figure may be older'
      ])
    })

    it('still errs when the document is dated after the value, or the sentence names its year', async () => {
      expect(await lines(id, 'Japan has 3,000 investment projects in Vietnam.', 'doc.txt', {date: '2023-11-07'})).toEqual([
        '1:11-1:36 error Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000'
      ])
      expect(await lines(id, 'In 2022 trade between Vietnam and Japan reached $30 billion.')).toEqual([
        '1:49-1:60 error Unexpected `$30 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'
      ])
    })
  })

  describe('noun phrases with adjectives and demonyms (issue 12 §2)', () => {
    it('reads the count through a demonym and judges it (en)', async () => {
      expect(await lines(id, 'Japan has more than 5,000 Japanese investment projects in Vietnam.')).toEqual([])
      expect(await lines(id, 'Japan has more than five large Japanese investment projects in Vietnam.')).toEqual([
        '1:11-1:60 error Unexpected `more than five large Japanese investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'
      ])
    })

    it('reads the count through coordinated adjectives and judges it (es)', async () => {
      expect(await lines(id, 'Japón tiene más de 5.000 grandes y medianos proyectos de inversión en Vietnam.')).toEqual([])
      expect(await lines(id, 'Japón tiene más de cinco grandes y medianos proyectos de inversión en Vietnam.')).toEqual([
        '1:13-1:54 error Unexpected `más de cinco grandes y medianos proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'
      ])
    })
  })

  describe('precision and hedges (issue 12 §4)', () => {
    it.each([
      // 49.8 bn is the 50 bn the trade "rozó": a hedge, not a contradiction.
      ['rozó (es)', 'En 2022, el comercio entre Vietnam y Japón rozó los 50 mil millones de dólares.'],
      ['neared (en)', 'In 2022, trade between Vietnam and Japan neared $50 billion.'],
      ['rondó (es)', 'En 2022, el comercio entre Vietnam y Japón rondó los 50.000 millones de dólares.'],
      ['topped (en)', 'In 2022, trade between Vietnam and Japan topped $45 billion.'],
      ['superó (es)', 'En 2022, el comercio entre Vietnam y Japón superó los 45.000 millones de dólares.'],
      ['shy of (en)', 'In 2022, trade between Vietnam and Japan came in just shy of $50 billion.'],
      // "12.400 millones" is stated to the hundred million, like the registry's 12.4 bn.
      ['12.400 millones (es)', 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12.400 millones de euros.'],
      ['12,400 million (en)', 'At the end of 2012, Japanese investment in Vietnam stood at €12,400 million.'],
      // "50.000 millones" is stated to the billion: 49.8 bn rounds to it.
      ['50.000 millones (es)', 'En 2022, el comercio entre Vietnam y Japón alcanzó 50.000 millones de dólares.'],
      ['$50,000 million (en)', 'In 2022, trade between Vietnam and Japan reached $50,000 million.']
    ])('accepts %s', async (_name, text) => {
      expect(await lines(id, text)).toEqual([])
    })

    it('still flags a hedge that cannot hold', async () => {
      expect(await lines(id, 'En 2022, el comercio entre Vietnam y Japón superó los 60.000 millones de dólares.')).toEqual([
        '1:44-1:81 error Unexpected `superó los 60.000 millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'
      ])
      expect(await lines(id, 'In 2022, trade between Vietnam and Japan topped $55 billion.')).toEqual([
        '1:42-1:60 error Unexpected `topped $55 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'
      ])
    })
  })

  it('takes qualifier semantics from options', async () => {
    // With "more than" allowed to reach 2,000 times the stated figure, five can mean 5,000.
    const file = await lintOne(id, 'Japón tiene más de cinco proyectos de inversión en Vietnam.', 'doc.txt', {
      ruleOptions: {qualifiers: {more: {high: 2000}}}
    })
    expect(file.messages).toEqual([])
  })

  describe('matching that keeps a figure from being judged by another claim', () => {
    it.each([
      ['a figure of another year (en)', 'In 2021, trade between Vietnam and Japan was about $42 billion.'],
      ['a figure of another year (es)', 'En 2021, el comercio entre Vietnam y Japón fue de unos 42 mil millones de dólares.'],
      ['a year in the other clause of the sentence (en)', 'Japan and Vietnam signed 12 agreements in 2023, and trade between the two reached $48 billion in ten months.'],
      ['a part beside the whole (en)', 'Japanese investors have 300 projects in Hanoi alone, part of the more than 5,000 investment projects Japan has in Vietnam.'],
      ['new projects, a flow, against the stock (en)', 'This year Japan registered 450 new investment projects in Vietnam.'],
      ['nuevos proyectos, a flow, against the stock (es)', 'Este año, Japón registró 450 nuevos proyectos de inversión en Vietnam.'],
      ['a part beside the whole (es)', 'Los inversores japoneses tienen 300 proyectos solo en Hanói, parte de los más de 5.000 proyectos de inversión de Japón en Vietnam.']
    ])('accepts %s', async (_name, text) => {
      expect(await lines(id, text, 'doc.txt', {date: '2023-11-07'})).toEqual([])
    })

    it('names the wrong scale word when there is one (en)', async () => {
      const file = await lintOne(id, 'In 2022, trade between Vietnam and Japan reached almost $50 million.')
      expect(file.messages.map((m) => [m.reason, m.expected])).toEqual([
        [
          'Unexpected `almost $50 million` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion: 1,000 times more, `million` where `billion` was meant?',
          ['almost $50 billion']
        ]
      ])
    })

    it('still judges a figure of the registry year, written or relative', async () => {
      expect(await lines(id, 'In 2022, trade between Vietnam and Japan was about $42 billion.')).toEqual([
        '1:46-1:63 error Unexpected `about $42 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'
      ])
      expect(await lines(id, 'El año pasado, el comercio entre Vietnam y Japón fue de unos 42 mil millones de dólares.', 'doc.txt', {date: '2023-11-07'})).toEqual([
        '1:57-1:88 error Unexpected `unos 42 mil millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'
      ])
    })
  })
})

describe('registry-mismatch: one-line messages (issue 12 §6)', () => {
  it('quotes a figure that wraps across lines on one line', async () => {
    expect(await lines(id, 'Japan has more than five\ninvestment projects in Vietnam.')).toEqual([
      '1:11-2:20 error Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'
    ])
    expect(await lines(id, 'Japón tiene más de cinco\n  proyectos de inversión en Vietnam.')).toEqual([
      '1:13-2:12 error Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'
    ])
  })
})

describe('registry-mismatch: a suggested replacement where one is certain (issue 12 §6)', () => {
  it.each([
    ['In 2022 trade between Vietnam and Japan reached $30 billion.', ['$50 billion']],
    ['En 2022, el comercio entre Vietnam y Japón alcanzó 30.000 millones de dólares.', ['50.000 millones de dólares']],
    ['En 2022, el comercio entre Vietnam y Japón alcanzó 30,2 mil millones de dólares.', ['49,8 mil millones de dólares']],
    // A hedged figure, or a registry bound rather than a point: no certain figure.
    ['In 2022 trade between Vietnam and Japan reached about $30 billion.', []],
    ['Japan has 3,000 investment projects in Vietnam.', []]
  ])('%s', async (text, expected) => {
    const file = await lintOne(id, text, 'doc.txt', {date: '2023-11-07'})
    expect(file.messages.map((m) => m.expected)).toEqual([expected])
  })
})
