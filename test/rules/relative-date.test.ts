import rule from '../../rules/relative-date.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {name: 'a visit in May of last year (en)', text: 'date 2023-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.'},
    {name: 'el año pasado (es)', text: 'date 2023-03-01 El año pasado, el primer ministro japonés visitó Hanói.'},
    {name: 'a relative date that matches no event', text: 'date 2023-03-01 Last year the weather was mild.'},
    {name: 'a year beside a relative date that agrees', text: 'date 2023-05-01 Last year, in 2022, exports grew.'},
    {name: 'a year compared with a relative date, not apposed to it', text: 'date 2023-05-01 Exports were higher last year than in 2019.'},
    // Against the document's own dates for the same event.
    {
      name: 'the same event on agreeing dates (en)',
      text: 'date 2023-03-01 The two ports signed a twinning agreement in May 2022. Officials recalled that the two ports signed the twinning agreement last May.'
    },
    {
      name: 'a yearly measure stated for two years (en)',
      text: 'date 2024-03-01 Port traffic between Hai Phong and Yokohama grew 5% in 2021. Port traffic between Hai Phong and Yokohama grew 5% last year.'
    },
    {name: 'different counts: two events (en)', text: 'date 2024-03-01 Three ports signed a twinning agreement in May 2022. Two ports signed a twinning agreement last May.'},
    {name: 'too few words in common (es)', text: 'date 2024-03-01 Se firmó en 2021. El año pasado se firmó.'}
  ],
  invalid: [
    {
      name: 'a relative month that resolves to the wrong year (en)',
      text: 'date 2024-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.',
      errors: [{messageId: 'mismatch', line: 1, column: 20, endLine: 1, endColumn: 36, severity: 'error', message: 'Unexpected `May of last year` (2023-05) for `jp-pm-kishida-visit-to-vn` (2022-05), expected `May 2022`', suggestions: ['May 2022']}]
    },
    {
      name: 'hace dos años resolving wrong (es)',
      text: 'date 2023-03-01 Hace dos años, el primer ministro japonés visitó Hanói.',
      errors: [{messageId: 'mismatch', line: 1, column: 17, endLine: 1, endColumn: 30, severity: 'error', message: 'Unexpected `Hace dos años` (2021) for `jp-pm-kishida-visit-to-vn` (2022-05), expected `2022`'}]
    },
    {
      name: 'a year apposed to a relative date that disagrees (es)',
      text: 'date 2023-05-01 El año pasado (2021), la inversión japonesa creció con fuerza.',
      errors: [{messageId: 'apposed', line: 1, column: 32, endLine: 1, endColumn: 36, severity: 'error', message: 'Unexpected `2021` beside `El año pasado` (2022 on the document date), expected `2022`', suggestions: ['2022']}]
    },
    {
      name: 'the document year it inferred, said at info level',
      text: 'Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.',
      errors: [{messageId: 'inferred', line: 1, column: 1, endLine: 1, endColumn: 9, severity: 'info', message: 'Inferred the document year 2023 from `Este año` and the 50th anniversary of `vn-jp-diplomatic-ties` (1973)'}]
    },
    {
      name: 'an unresolvable relative date, once, at info level',
      text: 'El año pasado, el primer ministro japonés visitó Hanói. Este año lo visitó otra vez.',
      inferDate: false,
      errors: [{messageId: 'unresolved', line: 1, column: 1, endLine: 1, endColumn: 14, severity: 'info', message: 'Cannot resolve `El año pasado` without a document date; pass `--date` or add a `date` to the document'}]
    },
    {
      name: 'a relative date that contradicts an absolute one for the same event (es)',
      text:
        'date 2024-02-10 Los puertos de Hai Phong y Yokohama firmaron un acuerdo de hermanamiento en mayo de 2022. ' +
        'El pasado mayo, los puertos de Hai Phong y Yokohama firmaron el acuerdo de hermanamiento.',
      errors: [{messageId: 'sameEvent', line: 1, column: 107, endLine: 1, endColumn: 121, severity: 'error', message: 'Unexpected `El pasado mayo` (2023-05 on the document date), expected `mayo de 2022` as stated at 1:93 for the same event'}]
    },
    {
      name: 'the event told three times before: the first telling is the one cited (en)',
      text:
        'date 2024-02-10 Exports to Japan rose in March 2022. The two ports signed a twinning agreement in May 2022. ' +
        'The two ports signed a twinning agreement in May 2022, the mayor said. Again, the two ports signed the twinning agreement in May 2022. ' +
        'Last May, the two ports signed the twinning agreement.',
      errors: [{messageId: 'sameEvent', line: 1, column: 244, endLine: 1, endColumn: 252, severity: 'error', message: 'Unexpected `Last May` (2023-05 on the document date), expected `May 2022` as stated at 1:99 for the same event'}]
    },
    {
      name: 'a telling in the same sentence is passed over for the next one (en)',
      text:
        'date 2024-02-10 The two ports signed a twinning agreement in May 2021, and the two ports signed the twinning agreement last May. ' +
        'The two ports signed a twinning agreement in May 2022.',
      errors: [{messageId: 'sameEvent', line: 1, column: 120, endLine: 1, endColumn: 128, severity: 'error', message: 'Unexpected `last May` (2023-05 on the document date), expected `May 2022` as stated at 1:175 for the same event'}]
    }
  ]
})
