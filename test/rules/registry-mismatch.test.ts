import rule from '../../rules/registry-mismatch.js'
import {ruleTester} from './tester.js'

const date = '2023-11-07'

/** A city's budgets of two years, for sentences that name both. */
const budgets = [
  'version: 1',
  'entities:',
  '  - id: valdoria',
  '    names: {en: [Valdoria], es: [Valdoria]}',
  'claims:',
  '  - {id: budget-2024, kind: money, about: [valdoria], terms: {en: [budget], es: [presupuesto]}, unit: EUR, value: {value: 1130000000, step: 10000000}, as_of: 2024-01-01}',
  '  - {id: budget-2025, kind: money, about: [valdoria], terms: {en: [budget], es: [presupuesto]}, unit: EUR, value: {value: 1240000000, step: 10000000}, as_of: 2025-01-01}',
  ''
].join('\n')

ruleTester.run(rule, {
  valid: [
    {name: 'a figure dated by its own year is of that year (en)', text: 'Japan had five investment projects in Vietnam in 1990.', date: '2023-11-07'},
    {name: 'a figure dated by its own year is of that year (es)', text: 'Japón tenía más de cinco proyectos de inversión en Vietnam en 1995.', date: '2023-11-07'},
    {name: 'more than 5,000 (en)', text: 'Japan has more than 5,000 investment projects in Vietnam.'},
    {name: 'más de cinco mil (es)', text: 'Japón tiene más de cinco mil proyectos de inversión en Vietnam.'},
    {name: 'casi 50 mil millones against 49.8 bn (es)', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 mil millones de dólares.'},
    {name: 'nearly $50 billion (en)', text: 'In 2022 trade between Vietnam and Japan reached nearly $50 billion.'},
    {name: 'a figure that matches no claim', text: 'Japón tiene cinco embajadas en Vietnam.'},
    // A clause with two years: the figure is of the year nearest it, and a difference is no total.
    {name: 'the year nearest the figure, and a difference (en)', text: "Valdoria's budget for 2025 of €1.24 billion is 110 million euros larger than the 2024 budget.", registry: budgets},
    {name: 'the year nearest the figure, and a difference (es)', text: 'El presupuesto de Valdoria para 2025, de 1.240 millones de euros, es 110 millones de euros mayor que el de 2024.', registry: budgets},
    {name: 'a count of other things', text: 'Japón invierte en Vietnam en 143 países.'},
    // Noun phrases with adjectives and demonyms (issue 12 §2).
    {name: 'a count read through a demonym (en)', text: 'Japan has more than 5,000 Japanese investment projects in Vietnam.'},
    {name: 'a count read through coordinated adjectives (es)', text: 'Japón tiene más de 5.000 grandes y medianos proyectos de inversión en Vietnam.'},
    // Precision and hedges (issue 12 §4): 49.8 bn is the 50 bn the trade "rozó", a hedge, not a contradiction.
    {name: 'rozó (es)', text: 'En 2022, el comercio entre Vietnam y Japón rozó los 50 mil millones de dólares.'},
    {name: 'neared (en)', text: 'In 2022, trade between Vietnam and Japan neared $50 billion.'},
    {name: 'rondó (es)', text: 'En 2022, el comercio entre Vietnam y Japón rondó los 50.000 millones de dólares.'},
    {name: 'topped (en)', text: 'In 2022, trade between Vietnam and Japan topped $45 billion.'},
    {name: 'superó (es)', text: 'En 2022, el comercio entre Vietnam y Japón superó los 45.000 millones de dólares.'},
    {name: 'shy of (en)', text: 'In 2022, trade between Vietnam and Japan came in just shy of $50 billion.'},
    // "12.400 millones" is stated to the hundred million, like the registry's 12.4 bn.
    {name: '12.400 millones (es)', text: 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12.400 millones de euros.'},
    {name: '12,400 million (en)', text: 'At the end of 2012, Japanese investment in Vietnam stood at €12,400 million.'},
    // "50.000 millones" is stated to the billion: 49.8 bn rounds to it.
    {name: '50.000 millones (es)', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 50.000 millones de dólares.'},
    {name: '$50,000 million (en)', text: 'In 2022, trade between Vietnam and Japan reached $50,000 million.'},
    // With "more than" allowed to reach 2,000 times the stated figure, five can mean 5,000.
    {name: 'qualifier semantics from options', text: 'Japón tiene más de cinco proyectos de inversión en Vietnam.', options: {qualifiers: {more: {high: 2000}}}},
    // Matching that keeps a figure from being judged by another claim.
    {name: 'a figure of another year (en)', text: 'In 2021, trade between Vietnam and Japan was about $42 billion.', date},
    {name: 'a figure of another year (es)', text: 'En 2021, el comercio entre Vietnam y Japón fue de unos 42 mil millones de dólares.', date},
    {name: 'a year in the other clause of the sentence (en)', text: 'Japan and Vietnam signed 12 agreements in 2023, and trade between the two reached $48 billion in ten months.', date},
    {name: 'a part beside the whole (en)', text: 'Japanese investors have 300 projects in Hanoi alone, part of the more than 5,000 investment projects Japan has in Vietnam.', date},
    {name: 'new projects, a flow, against the stock (en)', text: 'This year Japan registered 450 new investment projects in Vietnam.', date},
    {name: 'nuevos proyectos, a flow, against the stock (es)', text: 'Este año, Japón registró 450 nuevos proyectos de inversión en Vietnam.', date},
    {name: 'a part beside the whole (es)', text: 'Los inversores japoneses tienen 300 proyectos solo en Hanói, parte de los más de 5.000 proyectos de inversión de Japón en Vietnam.', date}
  ],
  invalid: [
    {
      name: 'a budget judged by the year nearest it when the clause names two (en)',
      text: "Valdoria's budget for 2025 of €1.34 billion is 110 million euros larger than the 2024 budget.",
      registry: budgets,
      errors: [{messageId: 'mismatch', line: 1, column: 31, endLine: 1, endColumn: 44}]
    },
    {
      name: 'a dropped `mille` (fr)',
      text: "Le Japon compte plus de cinq projets d'investissement au Vietnam.",
      errors: [{messageId: 'scaleSlip', line: 1, column: 17, endLine: 1, endColumn: 37, message: 'Unexpected `plus de cinq projets` for `jp-fdi-projects-in-vn`, expected at least 5\u202f000: 1\u202f000 times more, a dropped `mille`?'}]
    },
    {
      name: 'a year after a participle past the figure dates that participle\'s noun, not the clause (es)',
      text: 'Japón tiene más de cinco proyectos de inversión en Vietnam, impulsados por un fondo creado en 2015.',
      date: '2023-11-07',
      errors: [{messageId: 'scaleSlip', line: 1, column: 13, endLine: 1, endColumn: 35, message: 'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'}]
    },
    {
      name: 'a figure "since" a year holds now: the year does not date the clause (es, en)',
      documents: [
        {filename: 'a.es.txt', text: 'Japón tiene más de cinco proyectos de inversión en Vietnam desde 1990.'},
        {filename: 'b.en.txt', text: 'Japan has had more than five investment projects in Vietnam since 1990.'}
      ],
      date: '2023-11-07',
      errors: [
        {messageId: 'scaleSlip', line: 1, column: 13, endLine: 1, endColumn: 35, filename: 'a.es.txt', message: 'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'},
        {messageId: 'scaleSlip', line: 1, column: 15, endLine: 1, endColumn: 49, filename: 'b.en.txt', message: 'Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'}
      ]
    },
    {
      name: 'a dropped `mil`, with the corrected wording and the registry note (es)',
      text: 'Japón tiene más de cinco proyectos de inversión en Vietnam.',
      errors: [
        {messageId: 'scaleSlip', line: 1, column: 13, endLine: 1, endColumn: 35, severity: 'error', message: 'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?', actual: 'más de cinco proyectos',
          suggestions: ['más de cinco mil proyectos'],
          note: /^Registry `jp-fdi-projects-in-vn` — valid Japanese investment projects in Vietnam \([^)]*claims\.yaml:\d+:\d+\): at least 5\.000 as of 2023-06-30\. Source: Foreign Investment Agency, https:\/\/fia\.mpi\.gov\.vn\/\.$/}
      ]
    },
    {
      name: 'a dropped `thousand` (en)',
      text: 'Japan has more than five investment projects in Vietnam.',
      errors: [{messageId: 'scaleSlip', line: 1, column: 11, endLine: 1, endColumn: 45, severity: 'error', message: 'Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'}]
    },
    {
      name: '`billones` read as `billion` (es)',
      text: 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12,4 billones de euros.',
      errors: [
        {messageId: 'scaleSlip', line: 1, column: 60, endLine: 1, endColumn: 82, severity: 'error', message: 'Unexpected `12,4 billones de euros` for `jp-fdi-capital-in-vn-2012`, expected between €12,35 mil millones and €12,45 mil millones: 1.000 times less, `billón` (10^12) where `mil millones` (10^9) was meant?', suggestions: ['12,4 mil millones de euros']}
      ]
    },
    {
      name: 'a plain mismatch without a scale slip, with the certain replacement',
      text: 'In 2022 trade between Vietnam and Japan reached $30 billion.',
      errors: [{messageId: 'mismatch', line: 1, column: 49, endLine: 1, endColumn: 60, severity: 'error', message: 'Unexpected `$30 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion', suggestions: ['$50 billion']}]
    },
    // A figure that may be of its time (issue 12 §3): a warning, never an error.
    {
      name: 'a document dated before the registry value (en)',
      text: 'Japan has 3,000 investment projects in Vietnam.',
      date: '2019-04-02',
      errors: [{messageId: 'earlier', line: 1, column: 11, endLine: 1, endColumn: 36, severity: 'warning', message: 'Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000 as of 2023-06-30; the document is dated 2019-04-02, so the figure may be of its time'}]
    },
    {
      name: 'a document dated by year only, before the registry value (es)',
      text: 'Japón tiene 3.000 proyectos de inversión en Vietnam.',
      date: '2019',
      errors: [{messageId: 'earlier', line: 1, column: 13, endLine: 1, endColumn: 28, severity: 'warning', message: 'Unexpected `3.000 proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000 as of 2023-06-30; the document is dated 2019, so the figure may be of its time'}]
    },
    {
      name: 'no document date and no year of the value in the sentence',
      text: 'Japan has 3,000 investment projects in Vietnam.',
      errors: [{messageId: 'undated', line: 1, column: 11, endLine: 1, endColumn: 36, severity: 'warning', message: 'Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000 as of 2023-06-30; the document has no date, so the figure may be older'}]
    },
    {
      name: 'a document dated after the value: an error, with no certain replacement for a bound',
      text: 'Japan has 3,000 investment projects in Vietnam.',
      date,
      errors: [{messageId: 'mismatch', line: 1, column: 11, endLine: 1, endColumn: 36, severity: 'error', message: 'Unexpected `3,000 investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000', suggestions: []}]
    },
    {
      name: 'a count read through a demonym (en)',
      text: 'Japan has more than five large Japanese investment projects in Vietnam.',
      errors: [{messageId: 'scaleSlip', line: 1, column: 11, endLine: 1, endColumn: 60, severity: 'error', message: 'Unexpected `more than five large Japanese investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'}]
    },
    {
      name: 'a count read through coordinated adjectives (es)',
      text: 'Japón tiene más de cinco grandes y medianos proyectos de inversión en Vietnam.',
      errors: [{messageId: 'scaleSlip', line: 1, column: 13, endLine: 1, endColumn: 54, severity: 'error', message: 'Unexpected `más de cinco grandes y medianos proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'}]
    },
    {
      name: 'a hedge that cannot hold (es)',
      text: 'En 2022, el comercio entre Vietnam y Japón superó los 60.000 millones de dólares.',
      errors: [{messageId: 'mismatch', line: 1, column: 44, endLine: 1, endColumn: 81, severity: 'error', message: 'Unexpected `superó los 60.000 millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'}]
    },
    {
      name: 'a hedge that cannot hold (en)',
      text: 'In 2022, trade between Vietnam and Japan topped $55 billion.',
      errors: [{messageId: 'mismatch', line: 1, column: 42, endLine: 1, endColumn: 60, severity: 'error', message: 'Unexpected `topped $55 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'}]
    },
    {
      name: 'the wrong scale word named (en)',
      text: 'In 2022, trade between Vietnam and Japan reached almost $50 million.',
      errors: [
        {messageId: 'scaleSlip', line: 1, column: 50, endLine: 1, endColumn: 68, severity: 'error', message: 'Unexpected `almost $50 million` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion: 1,000 times more, `million` where `billion` was meant?', suggestions: ['almost $50 billion']}
      ]
    },
    {
      name: 'a figure of the registry year, written',
      text: 'In 2022, trade between Vietnam and Japan was about $42 billion.',
      errors: [{messageId: 'mismatch', line: 1, column: 46, endLine: 1, endColumn: 63, severity: 'error', message: 'Unexpected `about $42 billion` for `vn-jp-trade-2022`, expected between US$49.75 billion and US$49.85 billion'}]
    },
    {
      name: 'a figure of the registry year, relative',
      text: 'El año pasado, el comercio entre Vietnam y Japón fue de unos 42 mil millones de dólares.',
      date,
      errors: [{messageId: 'mismatch', line: 1, column: 57, endLine: 1, endColumn: 88, severity: 'error', message: 'Unexpected `unos 42 mil millones de dólares` for `vn-jp-trade-2022`, expected between US$49,75 mil millones and US$49,85 mil millones'}]
    },
    // One-line messages (issue 12 §6): a figure that wraps across lines is quoted on one line.
    {
      name: 'a figure wrapped across lines (en)',
      text: 'Japan has more than five\ninvestment projects in Vietnam.',
      errors: [{messageId: 'scaleSlip', line: 1, column: 11, endLine: 2, endColumn: 20, severity: 'error', message: 'Unexpected `more than five investment projects` for `jp-fdi-projects-in-vn`, expected at least 5,000: 1,000 times more, a dropped `thousand`?'}]
    },
    {
      name: 'a figure wrapped across lines (es)',
      text: 'Japón tiene más de cinco\n  proyectos de inversión en Vietnam.',
      errors: [{messageId: 'scaleSlip', line: 1, column: 13, endLine: 2, endColumn: 12, severity: 'error', message: 'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?'}]
    },
    // A suggested replacement where one is certain (issue 12 §6); none for a hedged figure.
    {name: 'a certain replacement (es)', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 30.000 millones de dólares.', date, errors: [{messageId: 'mismatch', suggestions: ['50.000 millones de dólares']}]},
    {name: 'a certain replacement to the stated precision (es)', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 30,2 mil millones de dólares.', date, errors: [{messageId: 'mismatch', suggestions: ['49,8 mil millones de dólares']}]},
    {name: 'no replacement for a hedged figure', text: 'In 2022 trade between Vietnam and Japan reached about $30 billion.', date, errors: [{messageId: 'mismatch', suggestions: []}]}
  ]
})
