import rule from '../../rules/stale-claim.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {name: 'the old value while it was current', text: 'date 2023-02-01 La comunidad vietnamita en Japón suma 489.312 personas.'},
    {name: 'the new value after the change', text: 'date 2024-02-01 La comunidad vietnamita en Japón suma 520.154 personas.'},
    {name: 'an undated document', text: 'La comunidad vietnamita en Japón suma 489.312 personas.'}
  ],
  invalid: [
    {
      name: 'the old value stated as current after it was superseded (es)',
      text: 'date 2024-02-01 La comunidad vietnamita en Japón suma 489.312 personas.',
      errors: [{messageId: 'superseded', line: 1, column: 55, endLine: 1, endColumn: 71, severity: 'warning', message: 'Unexpected `489.312 personas` as current on 2024-02-01: `vn-community-in-jp-2022` was superseded by `vn-community-in-jp-2023` (520.154 as of 2023-06-30)', actual: '489.312 personas', note: /^Registry `vn-community-in-jp-2023`/}]
    },
    {
      name: 'the old value stated as current after it was superseded (en)',
      text: 'date 2024-02-01 The Vietnamese community in Japan numbers 489,312 people.',
      errors: [{messageId: 'superseded', line: 1, column: 59, endLine: 1, endColumn: 73, severity: 'warning', message: 'Unexpected `489,312 people` as current on 2024-02-01: `vn-community-in-jp-2022` was superseded by `vn-community-in-jp-2023` (520,154 as of 2023-06-30)'}]
    }
  ]
})

// A figure that agrees with a superseded version is this rule's, not registry-mismatch's.
ruleTester.run('registry-mismatch', {
  valid: [{name: 'a superseded value is left to stale-claim', text: 'date 2024-02-01 The Vietnamese community in Japan numbers 489,312 people.'}],
  invalid: []
})
