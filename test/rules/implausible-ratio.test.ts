import rule from '../../rules/implausible-ratio.js'
import {ruleTester} from './tester.js'

ruleTester.run(rule, {
  valid: [
    {name: 'a plausible ratio (es)', text: 'Japón tiene más de 5.000 proyectos en Vietnam con un capital de inversión superior a 70 mil millones de dólares.'},
    {name: 'a plausible ratio (en)', text: 'Japan has over 5,000 projects in Vietnam with investment capital of more than $70 billion.'},
    {name: 'no count', text: 'La inversión de Japón en Vietnam supera los 70 mil millones de dólares.'},
    {name: 'a count of something else', text: 'Japón tiene 143 oficinas en Vietnam con un capital de inversión de 70 mil millones de dólares.'},
    // Qualified counts (issue 12 §3): "new" projects have the bound a project has.
    {name: '"new" projects within the bounds (en)', text: 'Japan registered 60 new investment projects in Vietnam with investment capital of $3 billion.'}
  ],
  invalid: [
    {
      name: 'a per-project capital far below the bounds (es)',
      text: 'Vietnam tiene 106 proyectos de inversión en Japón con un capital registrado de 19,5 millones de dólares.',
      errors: [
        {messageId: 'outside', line: 1, column: 15, endLine: 1, endColumn: 28, severity: 'error', message: 'Unexpected investment capital per project of about US$183.969 for `106 proyectos` and `19,5 millones de dólares`, expected at least US$1 millón', actual: '106 proyectos', note: /^Registry ratio `investment-capital-per-project`/}
      ]
    },
    {
      name: 'a per-project capital far above the bounds (en)',
      text: 'Japan has more than five projects in Vietnam with total investment capital of over $70 billion.',
      errors: [{messageId: 'outside', line: 1, column: 11, endLine: 1, endColumn: 34, severity: 'error', message: 'Unexpected investment capital per project of between US$7 billion and US$28 billion for `more than five projects` and `over $70 billion`, expected at most US$1 billion'}]
    },
    {
      name: '"new" projects below the bounds (en)',
      text: 'Japan registered 60 new investment projects in Vietnam with investment capital of $3 million.',
      errors: [{messageId: 'outside', line: 1, column: 18, endLine: 1, endColumn: 44, severity: 'error', message: 'Unexpected investment capital per project of between US$41,322 and US$58,824 for `60 new investment projects` and `$3 million`, expected at least US$1 million'}]
    },
    {
      name: '"nuevos" projects below the bounds (es)',
      text: 'Japón registró 60 nuevos proyectos de inversión en Vietnam con un capital de 3 millones de dólares.',
      errors: [{messageId: 'outside', message: /^Unexpected investment capital per project of .* for `60 nuevos proyectos` and `3 millones de dólares`, expected at least US\$1 millón$/}]
    }
  ]
})
