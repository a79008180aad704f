import {describe, expect, it} from 'vitest'
import rule from '../../rules/inconsistent-figure.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {
      name: 'figures whose sentences name no entity, in two documents: never compared across documents',
      documents: [
        {filename: 'c.en.txt', text: 'The utility supplies 1.9 million customers in the city and its suburbs.'},
        {filename: 'd.en.txt', text: 'The utility supplies 1.6 million customers in the city and its suburbs.'}
      ]
    },
    {name: 'figures whose sentences name no entity and say different things', text: 'The company hired 120 engineers in its first year.\n\nThe company hired 45 engineers for the new plant.'},
    // Seen on real prose (package READMEs, manual pages): list items, quotes, indented rows and counts in words are not one figure told twice.
    {name: 'sizes of two bundles in blockquotes (en)', filename: 'a.md', text: '#### full\n> **Size (gzip):** 489 bytes<br>\n> **Availability:** CommonJS, ES Module, UMD\n\n#### lite\n> **Size (gzip):** 304 bytes<br>\n> **Availability:** CommonJS, ES Module'},
    {name: 'counts written in words (en)', text: 'There are three cases where the primary bullet cannot be used in this style.\n\nThere is one case where the primary bullet for ordered items cannot be used in this style.'},
    {name: 'indented rows of a manual (es)', text: 'Niveles:\n\n\t      4 líneas por cada código de tecla del teclado.\n\n\t      8 líneas por cada código de tecla del teclado.'},
    {
      name: 'the same figure across languages',
      documents: [
        {filename: 'a.en.txt', text: 'In 2022, trade between Vietnam and Japan reached $50 billion.'},
        {filename: 'b.es.txt', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 50 mil millones de dólares.'}
      ]
    },
    {
      name: 'the same figure across three languages, in milliards (fr)',
      documents: [
        {filename: 'a.en.txt', text: 'In 2022, trade between Vietnam and Japan reached $50 billion.'},
        {filename: 'b.es.txt', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó 50 mil millones de dólares.'},
        {filename: 'c.fr.txt', text: 'En 2022, le commerce entre le Vietnam et le Japon a atteint 50 milliards de dollars.'}
      ]
    },
    {
      name: 'figures that agree under rounding and qualifiers',
      filename: 'a.es.txt',
      text: 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 mil millones de dólares. El comercio de Vietnam con Japón fue de 49,8 mil millones de dólares en 2022.'
    },
    {
      name: 'no two figures of one sentence that the registry does not tell apart',
      documents: [
        {filename: 'a.en.txt', text: 'Japan gave $40 million, or 25% of $160 million.'},
        {filename: 'b.es.txt', text: 'Japón aportó 40 millones de dólares, el 25% de 160 millones de dólares.'}
      ]
    }
  ],
  invalid: [
    {
      name: 'a different figure in the same document, with the first as related place',
      filename: 'a.es.txt',
      text: 'En 2022, el comercio entre Vietnam y Japón sumó 50 mil millones de dólares.\nSegún la aduana, el comercio de Vietnam con Japón fue de 40 mil millones de dólares en 2022.',
      errors: [{messageId: 'differs', line: 2, column: 58, endLine: 2, endColumn: 84, severity: 'warning', message: 'Unexpected `40 mil millones de dólares`, expected `50 mil millones de dólares` as stated at 1:49 for `vn-jp-trade-2022`'}]
    },
    {
      name: 'the billón trap across documents',
      documents: [
        {filename: 'a.en.txt', text: 'By the end of 2012, Japanese investment in Vietnam totalled €12.4 billion.'},
        {filename: 'b.es.txt', text: 'A finales de 2012, la inversión de Japón en Vietnam sumaba 12,4 billones de euros.'}
      ],
      errors: [
        {messageId: 'scale', line: 1, column: 60, endLine: 1, endColumn: 82, severity: 'warning', message: 'Unexpected `12,4 billones de euros`, expected `€12.4 billion` as stated at a.en.txt:1:61 for `jp-fdi-capital-in-vn-2012`: 1.000 times less, `billón` (10^12) where `mil millones` (10^9) was meant?', filename: 'b.es.txt'}
      ]
    },
    {
      name: 'the billion trap across documents (fr)',
      documents: [
        {filename: 'a.en.txt', text: 'By the end of 2012, Japanese investment in Vietnam totalled €12.4 billion.'},
        {filename: 'b.fr.txt', text: "Fin 2012, l'investissement japonais au Vietnam atteignait 12,4 billions d'euros."}
      ],
      errors: [
        {messageId: 'scale', line: 1, column: 59, endLine: 1, endColumn: 80, severity: 'warning', message: "Unexpected `12,4 billions d'euros`, expected `€12.4 billion` as stated at a.en.txt:1:61 for `jp-fdi-capital-in-vn-2012`: 1\u202f000 times less, `billion` (10^12) where `milliard` (10^9) was meant?", filename: 'b.fr.txt'}
      ]
    },
    {
      name: 'figures the registry does not know, when their clauses say the same thing, in one language',
      documents: [
        {filename: 'a.en.txt', text: 'Japan gave $40 million to the flood relief fund.'},
        {filename: 'b.en.txt', text: 'Japan gave $45 million to the flood relief fund, the ministry said.'},
        {filename: 'c.en.txt', text: 'Japan invested $45 million in the ports.'},
        {filename: 'd.es.txt', text: 'Japón aportó 45 millones de dólares al fondo de ayuda por las inundaciones.'},
        {filename: 'e.es.txt', text: 'Japón aportó 40 millones de dólares al fondo de ayuda por las inundaciones.'}
      ],
      errors: [
        {messageId: 'differs', line: 1, column: 12, endLine: 1, endColumn: 23, severity: 'warning', message: 'Unexpected `$45 million`, expected `$40 million` as stated at a.en.txt:1:12 for `japan: USD`', filename: 'b.en.txt'},
        {messageId: 'differs', line: 1, column: 14, endLine: 1, endColumn: 36, severity: 'warning', message: 'Unexpected `40 millones de dólares`, expected `45 millones de dólares` as stated at d.es.txt:1:14 for `japan: USD`', filename: 'e.es.txt'}
      ]
    },
    {
      name: 'figures the registry does not know: the reference is the first earlier clause that says the same, longer or shorter',
      documents: [
        {filename: 'a.en.txt', text: 'Japan invested $45 million in the ports.'},
        {filename: 'b.en.txt', text: 'Japan gave $40 million to the flood relief fund, the ministry said.'},
        {filename: 'c.en.txt', text: 'Japan gave $45 million to the flood relief fund.'},
        {filename: 'd.en.txt', text: 'Japan gave $50 million to the flood relief fund on Monday, the ministry said.'}
      ],
      errors: [
        {messageId: 'differs', line: 1, column: 12, endLine: 1, endColumn: 23, message: 'Unexpected `$45 million`, expected `$40 million` as stated at b.en.txt:1:12 for `japan: USD`', filename: 'c.en.txt'},
        {messageId: 'differs', line: 1, column: 12, endLine: 1, endColumn: 23, message: 'Unexpected `$50 million`, expected `$40 million` as stated at b.en.txt:1:12 for `japan: USD`', filename: 'd.en.txt'}
      ]
    },
    {
      name: 'figures the registry does not know, told with different attributions (", según …", ", … said")',
      documents: [
        {filename: 'a.es.txt', text: 'Japón entregó 86.400 vacunas a Vietnam, según la embajada.'},
        {filename: 'b.es.txt', text: 'Japón entregó 68.400 vacunas a Vietnam, según el ministerio de salud.'},
        {filename: 'c.en.txt', text: 'Japan sent 86,400 vaccines to Vietnam, officials said.'},
        {filename: 'd.en.txt', text: 'Japan sent 84,600 vaccines to Vietnam, the embassy told reporters.'}
      ],
      errors: [
        {messageId: 'differs', line: 1, column: 15, endLine: 1, endColumn: 29, message: 'Unexpected `68.400 vacunas`, expected `86.400 vacunas` as stated at a.es.txt:1:15 for `japan: vacunas`', filename: 'b.es.txt'},
        {messageId: 'differs', line: 1, column: 12, endLine: 1, endColumn: 27, message: 'Unexpected `84,600 vaccines`, expected `86,400 vaccines` as stated at c.en.txt:1:12 for `japan: vaccines`', filename: 'd.en.txt'}
      ]
    },
    {
      name: 'a figure whose sentences name no entity, told twice in one document with the same clause (es, en)',
      documents: [
        {filename: 'a.es.txt', text: 'La empresa abastece a 1,9 millones de usuarios en la ciudad y su área metropolitana.\n\nLa empresa abastece a 1,6 millones de usuarios en la ciudad y su área metropolitana, recordó el director, y cada verano hay cortes.'},
        {filename: 'b.en.txt', text: 'The utility supplies 1.9 million customers in the city and its suburbs.\n\nThe utility supplies 1.6 million customers in the city and its suburbs, its chief executive, Ana Ruiz, told reporters.'}
      ],
      errors: [
        {messageId: 'differs', line: 3, column: 23, endLine: 3, endColumn: 47, message: 'Unexpected `1,6 millones de usuarios`, expected `1,9 millones de usuarios` as stated at 1:23 for `usuarios`', filename: 'a.es.txt'},
        {messageId: 'differs', line: 3, column: 22, endLine: 3, endColumn: 43, message: 'Unexpected `1.6 million customers`, expected `1.9 million customers` as stated at 1:22 for `customers`', filename: 'b.en.txt'}
      ]
    },
    {
      name: 'a figure whose sentence names no entity, off by a thousand in its own document (compared as the document is collected)',
      filename: 'c.en.txt',
      text: 'The utility supplies 1.9 million customers in the city and its suburbs.\n\nThe utility supplies 1.9 billion customers in the city and its suburbs.',
      errors: [{messageId: 'scale', line: 3, column: 22, endLine: 3, endColumn: 43, message: 'Unexpected `1.9 billion customers`, expected `1.9 million customers` as stated at 1:22 for `customers`: 1,000 times less, a scale word too many?'}]
    },
    {
      name: 'the figure that disagrees with the registry, even when it comes first',
      documents: [
        {filename: 'a.es.txt', text: 'En 2022, el comercio entre Vietnam y Japón alcanzó casi 50 millones de dólares.'},
        {filename: 'b.en.txt', text: 'In 2022, trade between Vietnam and Japan reached nearly $50 billion.'}
      ],
      errors: [
        {messageId: 'scale', line: 1, column: 52, endLine: 1, endColumn: 79, severity: 'warning', message: 'Unexpected `casi 50 millones de dólares`, expected `nearly $50 billion` as stated at b.en.txt:1:50 for `vn-jp-trade-2022`: 1.000 times more, a dropped `mil`?', filename: 'a.es.txt'}
      ]
    }
  ]
})

describe('inconsistent-figure’s related place', () => {
  it('is the first figure, as the message’s cause and in the JSON data', async () => {
    const [message] = await ruleTester.lint(rule, {
      filename: 'a.es.txt',
      text: 'En 2022, el comercio entre Vietnam y Japón sumó 50 mil millones de dólares.\nSegún la aduana, el comercio de Vietnam con Japón fue de 40 mil millones de dólares en 2022.'
    })
    expect(message.claimlint?.related).toEqual([
      {path: 'a.es.txt', start: {line: 1, column: 49, offset: 48}, end: {line: 1, column: 75, offset: 74}, message: '`50 mil millones de dólares` stated here'}
    ])
    const cause = message.cause as {reason: string; file: string; place: {start: {line: number; column: number}}}
    expect([cause.file, cause.place.start.line, cause.place.start.column, cause.reason]).toEqual(['a.es.txt', 1, 49, '`50 mil millones de dólares` stated here'])
  })
})
