import rule from '../../rules/rank-consistency.js'
import {ruleTester} from './tester.js'

/** A port ranked third, for the superlatives of traffic and the "since" clauses. */
const ports = `version: 1
entities:
  - id: serra-port
    names: {en: [Port of Serra, Serra], es: [puerto de Serra, Serra]}
claims:
  - id: serra-rank
    kind: rank
    label: Port of Serra's rank among the region's container ports
    about: [serra-port]
    terms: {en: [container port, ports], es: [puerto, puertos]}
    noun: {en: [port, container port], es: [puerto]}
    rank: 3
    as_of: 2024-12-31
    sources: [{url: https://example.org/ports}]
`

ruleTester.run(rule, {
  valid: [
    {name: 'the registry rank (es)', text: 'Japón es el tercer mayor inversor en Vietnam, según la agencia de inversión.'},
    {name: 'the registry rank by place (es)', text: 'Japón ocupa el tercer lugar entre 143 países y territorios que invierten en Vietnam.'},
    {name: 'the registry rank (en)', text: 'Japan is the third largest investor in Vietnam.'},
    {name: 'the registry rank as "third-busiest", a year in a "since" clause after it (en)', text: "date 2025-03-01 Serra, the region's third-busiest container port, has grown fast since it opened a new terminal in 2019.", registry: ports}
  ],
  invalid: [
    {
      name: 'a rank the registry contradicts (fr)',
      text: 'Le Japon est le deuxième investisseur au Vietnam.',
      errors: [{messageId: 'registry', line: 1, column: 17, endLine: 1, endColumn: 38, message: 'Unexpected rank 2 in `deuxième investisseur` for `jp-rank-investor-in-vn`, expected rank 3 of 143'}]
    },
    {
      name: '"second-busiest", with a year in a "since" clause that does not date it (en)',
      text: "date 2025-03-01 Serra, the region's second-busiest container port, has grown fast since it opened a new terminal in 2019.",
      registry: ports,
      errors: [{messageId: 'registry', line: 1, column: 37, endLine: 1, endColumn: 66, message: 'Unexpected rank 2 in `second-busiest container port` for `serra-rank`, expected rank 3'}]
    },
    {
      name: '"el segundo puerto más activo", with "desde" a year (es)',
      text: 'date 2025-03-01 Serra, el segundo puerto más activo de la región, ganó cuatro puestos desde 2019.',
      registry: ports,
      errors: [{messageId: 'registry', line: 1, column: 27, endLine: 1, endColumn: 41, message: 'Unexpected rank 2 in `segundo puerto` for `serra-rank`, expected rank 3'}]
    },
    {
      name: 'a rank that contradicts the registry, with the ordinal to use',
      filename: 'a.es.txt',
      text: 'Japón es el segundo socio comercial de Vietnam.',
      errors: [{messageId: 'registry', line: 1, column: 13, endLine: 1, endColumn: 36, severity: 'error', message: 'Unexpected rank 2 in `segundo socio comercial` for `jp-rank-trade-partner-of-vn`, expected rank 4', suggestions: ['cuarto socio comercial']}]
    },
    {
      name: 'ranks that disagree across documents when the registry is silent',
      documents: [
        {filename: 'a.en.txt', text: 'Japan is the largest provider of aid to Vietnam.'},
        {filename: 'b.en.txt', text: 'Japan is the second largest provider of aid to Vietnam.'}
      ],
      errors: [{messageId: 'inconsistent', line: 1, column: 14, endLine: 1, endColumn: 37, severity: 'error', message: 'Unexpected rank 2 in `second largest provider`, expected rank 1 as stated in `largest provider` at a.en.txt:1:14', filename: 'b.en.txt'}]
    },
    {
      name: '"largest trading partner" and "segundo socio comercial" against the registry, across languages',
      documents: [
        {filename: 'a.en.txt', text: 'Japan is the largest trading partner of Vietnam.'},
        {filename: 'b.es.txt', text: 'Japón es el segundo socio comercial de Vietnam.'}
      ],
      errors: [
        {messageId: 'registry', line: 1, column: 14, endLine: 1, endColumn: 37, severity: 'error', message: 'Unexpected rank 1 in `largest trading partner` for `jp-rank-trade-partner-of-vn`, expected rank 4', filename: 'a.en.txt', suggestions: ['fourth largest trading partner']},
        {messageId: 'registry', line: 1, column: 13, endLine: 1, endColumn: 36, severity: 'error', message: 'Unexpected rank 2 in `segundo socio comercial` for `jp-rank-trade-partner-of-vn`, expected rank 4', filename: 'b.es.txt', suggestions: ['cuarto socio comercial']}
      ]
    },
    // The suggestion rewords the rank for the registry's.
    ...(
      [
        ['Japón es el principal socio comercial de Vietnam.', 13, 38, 1, 'cuarto socio comercial'],
        ['Japón es el mayor socio comercial de Vietnam.', 13, 34, 1, 'cuarto mayor socio comercial'],
        ['Japan is the second largest investor in Vietnam.', 14, 37, 2, 'third largest investor'],
        ['Japan is the second largest aid donor to Vietnam.', 14, 38, 2, 'largest aid donor'],
        ['Japón es el segundo mayor donante de ayuda a Vietnam.', 13, 34, 2, 'mayor donante']
      ] as const
    ).map(([text, column, endColumn, found, suggestion]) => ({
      name: `rewords \`${text}\` for the registry rank`,
      text,
      errors: [{messageId: 'registry', line: 1, column, endLine: 1, endColumn, message: new RegExp(`^Unexpected rank ${found} in `), suggestions: [suggestion]}]
    }))
  ]
})
