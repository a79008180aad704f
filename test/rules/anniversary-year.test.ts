import {describe, expect, it} from 'vitest'
import rule from '../../rules/anniversary-year.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {name: 'a relative year resolved by --date (fr)', text: 'Cette année, le Vietnam et le Japon célèbrent le 50e anniversaire de leurs relations diplomatiques.', date: '2023-11-09'},
    {name: 'an explicit right year (en)', text: 'The year 2023 marks the 50th anniversary of diplomatic ties between Vietnam and Japan.'},
    {name: 'a relative year resolved by the marker (en)', text: 'date 2023-11-07 This year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.'},
    {name: 'a relative year resolved by --date (es)', text: 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.', date: '2023-05-01'},
    {name: 'a glued anniversary (es)', text: 'Este año, Vietnam y Japón celebran el 50aniversario del establecimiento de las relaciones diplomáticas.', date: '2023-05-01'},
    {name: 'the event year itself is not the reference', text: 'In 2023 Vietnam and Japan mark the 50th anniversary of diplomatic ties established in 1973.'},
    {name: 'no matching event', text: 'The year 2022 marked the 50th anniversary of the company.'},
    {name: 'no year in the sentence', text: 'Vietnam and Japan celebrate the 50th anniversary of diplomatic ties.'},
    {name: 'a year inferred from the same sentence is consistent by construction', text: 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.'},
    // The year of a clause about the event is not the anniversary year (issue 12 §3).
    {
      name: 'the signing year of a relative clause (es)',
      text: 'Vietnam y Japón celebraron este martes el 50 aniversario de las relaciones diplomáticas que ambos países establecieron en 1972.',
      date: '2023-09-21'
    },
    {name: 'the year of a "which" clause (en)', text: 'They marked the 50th anniversary of diplomatic ties between Vietnam and Japan, which were agreed in 1972.', date: '2023-09-21'}
  ],
  invalid: [
    {
      name: 'a wrong explicit year (fr)',
      text: "L'année 2022 marque le 50e anniversaire des relations diplomatiques entre le Vietnam et le Japon.",
      date: '2023-11-09',
      errors: [{messageId: 'wrongYear', line: 1, column: 9, endLine: 1, endColumn: 13, severity: 'error', message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`', suggestions: ['2023']}]
    },
    {
      name: 'a wrong year of the event itself (fr)',
      text: 'Le Vietnam et le Japon ont établi des relations diplomatiques en 1972.',
      errors: [{messageId: 'wrongEventYear', line: 1, column: 66, endLine: 1, endColumn: 70, severity: 'error', message: 'Unexpected `1972` for `vn-jp-diplomatic-ties` (1973-09-21), expected `1973`'}]
    },
    {
      name: 'the wrong explicit year at its exact place (en)',
      text: 'Vietnam and Japan are close.\n\nThe year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.',
      errors: [{messageId: 'wrongYear', line: 3, column: 10, endLine: 3, endColumn: 14, severity: 'error', message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`', suggestions: ['2023']}]
    },
    {
      name: '"marks" after a year read as the verb, not German marks (en)',
      text: 'The year 2022 marks the 50th anniversary of diplomatic ties between Vietnam and Japan.',
      errors: [{messageId: 'wrongYear', line: 1, column: 10, endLine: 1, endColumn: 14, severity: 'error', message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: 'a relative year that resolves wrong, with the wording to use (es)',
      text: 'date 2024-03-01 Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.',
      errors: [
        {messageId: 'wrongRelativeYear', line: 1, column: 17, endLine: 1, endColumn: 25, severity: 'error', message: 'Unexpected `Este año` (2024) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`', actual: 'Este año',
          suggestions: ['El año pasado', '2023'],
          note: /^Registry `vn-jp-diplomatic-ties`.*1973-09-21.*Source: .*mofa\.go\.jp/}
      ]
    },
    {
      name: 'an anniversary named without its number (en)',
      text: 'date 2023-06-01 The year 2022 saw Vietnam and Japan celebrate the golden jubilee of their diplomatic relations.',
      errors: [{messageId: 'wrongYear', line: 1, column: 26, endLine: 1, endColumn: 30, severity: 'error', message: 'Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: 'an anniversary named without its number (es)',
      text: 'date 2023-06-01 En 2024 Vietnam y Japón celebran las bodas de oro de sus relaciones diplomáticas.',
      errors: [{messageId: 'wrongYear', line: 1, column: 20, endLine: 1, endColumn: 24, severity: 'error', message: 'Unexpected `2024` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: 'a relative year that cannot be resolved, at info level',
      text: 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.',
      inferDate: false,
      errors: [{messageId: 'undated', line: 1, column: 1, endLine: 1, endColumn: 9, severity: 'info', message: 'Cannot check `Este año` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973) without a document date, expected `2023`'}]
    },
    {
      name: 'the date read from Markdown frontmatter',
      filename: 'doc.md',
      text: '---\nlang: en\ndate: 2021-01-05\n---\n\n# Ties\n\nThis year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n',
      errors: [{messageId: 'wrongRelativeYear', line: 8, column: 1, endLine: 8, endColumn: 10, severity: 'error', message: 'Unexpected `This year` (2021) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    }
  ]
})

describe('anniversary-year messages', () => {
  it('link the rule’s documentation', async () => {
    const [message] = await ruleTester.lint(rule, {text: 'date 2024-03-01 Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.'})
    expect(message.url).toBe('https://github.com/claimlint/claimlint/blob/main/docs/rules/anniversary-year.md')
  })
})
