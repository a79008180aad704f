/**
 * Issue 12 §3 and §6: which registry claim a figure is judged by, and what
 * `--explain` says when it is judged by none. Uses its own small registry
 * (test/fixtures/match/claims.yaml) with two investors in one country; the
 * findings are RuleTester tables, the `--explain` lines plain tests.
 */
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintFiles, type LintResult} from '../../src/engine.js'
import {explain} from '../../src/report/explain.js'
import {loadRegistry} from '../../src/registry/load.js'
import {RuleTester} from '../../src/rule-kit/tester.js'
import {only} from './helpers.js'

const registryPath = fileURLToPath(new URL('../fixtures/match/claims.yaml', import.meta.url))
const ruleTester = new RuleTester({describe, it, registry: {file: registryPath}, date: '2024-03-01'})
const date = '2025-03-01'

async function run(text: string, date = '2024-03-01', rule = 'registry-mismatch'): Promise<LintResult> {
  const registry = await loadRegistry(registryPath)
  return lintFiles([new VFile({path: 'doc.txt', value: text})], {registry, date, rules: only(rule)})
}

/** The `--explain` line of the claim whose text is `claim`. */
async function explained(text: string, claim: string, date?: string): Promise<string> {
  const out = explain(await run(text, date)).split('\n')
  const found = out.find((l) => l.includes(`"${claim}"`))
  expect(found, out.join('\n')).toBeDefined()
  return found!.trim()
}

const partInParentheses = 'Japanese investment in Vietnam totals $71.6 billion, mostly in processing and manufacturing ($40.6 billion).'
const averages: Array<[string, string, string]> = [
  ['Japan has 5,200 investment projects in Vietnam, and the average capital per project is $15.8 million.', '$15.8 million', 'an average, not a total'],
  ['El promedio por proyecto de la inversión japonesa en Vietnam es de 14 millones de dólares.', '14 millones de dólares', 'an average, not a total'],
  ['Japanese investors in Vietnam put in about $45,000 each.', 'about $45,000', 'a per-unit figure (`each`), not a total'],
  ['Japanese investors in Vietnam put in $45,000 apiece.', '$45,000', 'a per-unit figure (`apiece`), not a total'],
  ['Los inversores japoneses aportaron unos 45.000 dólares cada uno en Vietnam.', 'unos 45.000 dólares', 'a per-unit figure (`cada`), not a total'],
  ['La inversión japonesa en Vietnam fue de 14 millones de dólares por proyecto.', '14 millones de dólares', 'a per-unit figure (`por`), not a total'],
  ['Los inversores japoneses aportaron en Vietnam unos 45.000 dólares por cabeza.', 'unos 45.000 dólares', 'a per-unit figure (`por cabeza`), not a total'],
  ['Japanese investors in Vietnam put in about $45,000 a head.', 'about $45,000', 'a per-unit figure (`a head`), not a total']
]
const noClearEvent = 'Vietnam, Japan and South Korea are close partners. This year they celebrate the 50th anniversary of that day.'
const anotherEvent = 'Vietnam and Japan grew close. This year the firm celebrates the 10th anniversary of its Hanoi plant.'

ruleTester.run('registry-mismatch', {
  valid: [
    // A figure belongs to the entity it follows (issue 12 §3).
    {name: 'a figure in parentheses after B judged by B (en)', text: 'Japan ranks second among investors in Vietnam, after South Korea (86.3 billion USD).'},
    {name: 'a figure in parentheses after B judged by B (es)', text: 'Japón es el segundo inversor en Vietnam, tras Corea del Sur (86.300 millones de dólares).'},
    {name: 'a part in parentheses', text: partInParentheses},
    // Averages and per-unit figures are not totals.
    ...averages.map(([text]) => ({name: `an average or per-unit figure: ${text}`, text})),
    {name: 'a part: "solo en" (es)', text: 'Solo en el Reino Unido, la inversión de Japón subió un 11%, hasta 9.700 millones de dólares, según Vietnam.'},
    {name: 'a part: "alone" (en)', text: 'Japanese investment capital in Hanoi alone reached $9.7 billion, Vietnam said.'},
    {name: 'a part: "only in" (en)', text: 'Only in Hanoi did Japanese investment capital reach $9.7 billion, Vietnam said.'},
    // Entities the context supplies: without the entity anywhere before, nothing is judged.
    {name: 'no entity before the sentence that names the other', text: 'Japanese investment capital reached $30 billion, officials said.'},
    // Figures of another measure are not judged by a total (issue 12 §3).
    {name: 'a forecast (en)', text: 'Officials said Japanese investment capital in Vietnam could reach $90 billion by 2030.'},
    {name: 'a forecast (es)', text: 'El Gobierno prevé que la inversión japonesa en Vietnam alcance los 90.000 millones de dólares.'},
    {name: 'a cumulative figure (en)', text: 'Over the past decade, accumulated Japanese investment capital in Vietnam has topped $38 billion.'},
    {name: 'a cumulative figure (es)', text: 'En diez años, la inversión japonesa acumulada en Vietnam supera los 38.000 millones de dólares.'},
    {name: 'the whole of a share (en)', text: "Japan accounted for roughly 8% of Vietnam's total investment capital of $49.5 billion."},
    {name: 'the whole of a share (es)', text: 'Japón aportó el 8% de la inversión total en Vietnam, de 49.500 millones de dólares.'},
    {name: 'a relative clause after another name (en)', text: 'Japan is the second investor in Vietnam, behind only Singapore, which put in about $14.8 billion.'},
    {name: "another entity of the claim in the figure's clause (es)", text: 'En conjunto, Vietnam recibió 36.900 millones de dólares de inversión en 2023, y la inversión japonesa representó el 12%.'},
    {name: 'a flow, not the stock (en)', text: 'Japan closed 38 investment projects in Vietnam in 2023.'},
    {name: 'a flow, not the stock (es)', text: 'Japón cerró 38 proyectos de inversión en Vietnam en 2023.'},
    {name: 'the old value of a change (es)', text: 'El capital japonés invertido en Vietnam pasó de 60.000 millones de dólares a fines de 2022 a 71.600 millones un año después.'},
    {name: 'the part a percentage is a share of (es)', text: 'El mayor proyecto japonés en Vietnam costó 540 millones de dólares, cerca del 1% de toda la inversión japonesa en el país.'},
    {name: 'the amount of a flow the sentence counts (es)', text: 'El año pasado se registraron unos 80 nuevos proyectos de inversión japoneses en Vietnam, por un total de unos 120 millones de dólares.'}
  ],
  invalid: [
    {
      name: 'a figure in parentheses after B that disagrees with B (en)',
      text: 'Japan ranks second among investors in Vietnam, after South Korea (71.6 billion USD).',
      errors: [{messageId: 'mismatch', line: 1, column: 67, endLine: 1, endColumn: 83, severity: 'error', message: 'Unexpected `71.6 billion USD` for `kr-fdi-capital-in-vn`, expected between US$86.25 billion and US$86.35 billion'}]
    },
    {
      name: "a figure restricted to the claim's own entity",
      text: 'Only in Vietnam did Japanese investment capital reach $9.7 billion.',
      errors: [{messageId: 'mismatch', line: 1, column: 55, endLine: 1, endColumn: 67, severity: 'error', message: 'Unexpected `$9.7 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'}]
    },
    {
      name: 'a total written with "por valor de" (es)',
      text: 'Japón registró en Vietnam una inversión por valor de 30.000 millones de dólares en 2023.',
      errors: [{messageId: 'mismatch', line: 1, column: 54, endLine: 1, endColumn: 80, severity: 'error', message: 'Unexpected `30.000 millones de dólares` for `jp-fdi-capital-in-vn`, expected between US$71,55 mil millones and US$71,65 mil millones'}]
    },
    {
      name: "an entity of the document's opening for a sentence that names the other",
      text: 'Vietnam courts foreign capital.\n\nThe government is pleased.\n\nJapanese investment capital reached $30 billion, officials said.',
      errors: [{messageId: 'mismatch', line: 5, column: 37, endLine: 5, endColumn: 48, severity: 'error', message: 'Unexpected `$30 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'}]
    },
    {
      name: 'an amount converted into another currency (es)',
      text: 'La inversión japonesa en Vietnam, de 30.000 millones de dólares, equivale a unos 4,5 billones de yenes.',
      errors: [{messageId: 'mismatch', line: 1, column: 38, endLine: 1, endColumn: 64, severity: 'error', message: 'Unexpected `30.000 millones de dólares` for `jp-fdi-capital-in-vn`, expected between US$71,55 mil millones and US$71,65 mil millones'}]
    },
    {
      name: 'the claim\'s own entity after "which" (en)',
      text: 'The second investor is Japan, which put in about $14.8 billion in Vietnam.',
      errors: [{messageId: 'mismatch', line: 1, column: 44, endLine: 1, endColumn: 63, severity: 'error', message: 'Unexpected `about $14.8 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'}]
    }
  ]
})

// Events referred to beyond the literal sentence (issue 12 §3), and entities' own events.
ruleTester.run('anniversary-year', {
  valid: [
    {name: 'the right plain event year', text: 'Vietnam and Japan established diplomatic relations in 1973.', date},
    // A year that is not the event's: "since", "hasta", no verb of the event happening.
    {name: 'a year after "since"', text: 'Since 1980, Vietnam and Japan have expanded their diplomatic relations.', date},
    {name: 'a year of another act (es)', text: 'Vietnam y Japón mantienen relaciones diplomáticas desde hace décadas y las ampliaron en 1992.', date},
    {name: '"N years of" an event, two years ago (en)', text: 'Two years ago, Vietnam and Japan marked 50 years of relations.', date},
    {name: '"N años de" an event, hace dos años (es)', text: 'Hace dos años, Vietnam y Japón celebraron 50 años de relaciones diplomáticas.', date},
    {name: '"that day" resolved to the one event of the paragraph', text: 'Vietnam and Japan signed the treaty in 1973. This year they celebrate the 52nd anniversary of that day.', date},
    {name: 'a paragraph with no clear event', text: noClearEvent, date},
    {name: 'another event', text: anotherEvent, date},
    {name: '"its 65th anniversary" as the entity\'s own event (en)', text: 'Hanoi University celebrated its 65th anniversary last year.', date},
    {name: '"su 65 aniversario" as the entity\'s own event (es)', text: 'La Universidad de Hanói celebró su 65 aniversario el año pasado.', date}
  ],
  invalid: [
    {
      name: 'a wrong plain event year (en)',
      text: 'Vietnam and Japan established diplomatic relations in 1972.',
      date,
      errors: [{messageId: 'wrongEventYear', line: 1, column: 55, endLine: 1, endColumn: 59, severity: 'error', message: 'Unexpected `1972` for `vn-jp-diplomatic-ties` (1973-09-21), expected `1973`'}]
    },
    {
      name: 'a wrong plain event year (es)',
      text: 'Vietnam y Japón establecieron relaciones diplomáticas en 1972.',
      date,
      errors: [{messageId: 'wrongEventYear', line: 1, column: 58, endLine: 1, endColumn: 62, severity: 'error', message: 'Unexpected `1972` for `vn-jp-diplomatic-ties` (1973-09-21), expected `1973`'}]
    },
    {
      name: '"N years of" read as the Nth anniversary, the relative year resolved by the document date',
      text: 'Two years ago, Vietnam and Japan marked 49 years of relations.',
      date,
      errors: [{messageId: 'wrongRelativeYear', line: 1, column: 1, endLine: 1, endColumn: 14, severity: 'error', message: 'Unexpected `Two years ago` (2023) for the 49th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2022`'}]
    },
    {
      name: '"that day" resolved to the one event of the paragraph, wrong year',
      text: 'Vietnam and Japan signed the treaty in 1973. This year they celebrate the 50th anniversary of that day.',
      date,
      errors: [{messageId: 'wrongRelativeYear', line: 1, column: 46, endLine: 1, endColumn: 55, severity: 'error', message: 'Unexpected `This year` (2025) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: '"dicha fecha" resolved to the one event of the paragraph (es)',
      text: 'Vietnam y Japón firmaron el acuerdo en 1973.\n\nEn 2024 se cumplieron 50 años de dicha fecha.',
      date,
      errors: [{messageId: 'wrongYear', line: 3, column: 4, endLine: 3, endColumn: 8, severity: 'error', message: 'Unexpected `2024` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: '"ese acuerdo" resolved to the one event of the paragraph (es)',
      text: 'Vietnam y Japón firmaron el acuerdo en 1973.\n\nEn 2024 se cumplieron 50 años de ese acuerdo.',
      date,
      errors: [{messageId: 'wrongYear', line: 3, column: 4, endLine: 3, endColumn: 8, severity: 'error', message: 'Unexpected `2024` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'}]
    },
    {
      name: '"its 70th anniversary" against the entity\'s own event',
      text: 'Hanoi University celebrated its 70th anniversary last year.',
      date,
      errors: [{messageId: 'wrongRelativeYear', line: 1, column: 50, endLine: 1, endColumn: 59, severity: 'error', message: 'Unexpected `last year` (2024) for the 70th anniversary of `hnu-founding` (1959), expected `2029`'}]
    }
  ]
})

// relative-date leaves the sentence to anniversary-year: the year is the anniversary's, not the event's.
ruleTester.run('relative-date', {
  valid: [{name: '"two years ago" of an anniversary', text: 'Two years ago, Vietnam and Japan marked 50 years of relations.', date}],
  invalid: []
})

describe('--explain says why a figure is not judged (issue 12 §3)', () => {
  it('a part in parentheses, not the total', async () => {
    expect(await explained(partInParentheses, '$40.6 billion')).toBe(
      '1:94-1:107 money "$40.6 billion" value=40600000000 unit=USD step=100000000 → no match: `jp-fdi-capital-in-vn`: a part in parentheses, not the total'
    )
  })

  it.each(averages)('%s', async (text, claim, why) => {
    expect(await explained(text, claim)).toMatch(new RegExp(`→ no match: \`jp-fdi-capital-in-vn\`: ${why.replace(/[()`]/g, '\\$&')}$`))
  })

  it('no clear event in the paragraph, or another event', async () => {
    expect(await explained(noClearEvent, '50th anniversary')).toMatch(/several events of the paragraph fit equally: `vn-jp-diplomatic-ties`, `vn-kr-diplomatic-ties`$/)
    expect(await explained(anotherEvent, '10th anniversary')).toMatch(/the sentence neither points back to an event \("that day", "ese acuerdo"\) nor names one by its terms$/)
  })
})

describe('--explain says why a claim matched nothing (issue 12 §6)', () => {
  it('names no entity', async () => {
    expect(await explained('The fund has 300 investment projects.', '300 investment projects')).toMatch(/→ no match: no registry entity named in the sentence$/)
  })

  it('names the entity the sentence lacks', async () => {
    expect(await explained('Japan has 5,200 investment projects.', '5,200 investment projects')).toMatch(
      /→ no match: `jp-fdi-projects-in-vn`: no mention of `vietnam` in the sentence$/
    )
  })

  it('says the noun differs', async () => {
    expect(await explained('Japan has 5,200 investment schools in Vietnam.', '5,200 investment schools')).toMatch(
      /→ no match: `jp-fdi-projects-in-vn`: noun differs \(`investment schools`\)$/
    )
  })

  it('says a flow word blocked it', async () => {
    expect(await explained('Japan registered 450 new investment projects in Vietnam.', '450 new investment projects')).toMatch(
      /→ no match: `jp-fdi-projects-in-vn`: blocked by a flow word in `new investment projects`$/
    )
    expect(await explained('Japón registró 450 nuevos proyectos de inversión en Vietnam.', '450 nuevos proyectos')).toMatch(
      /→ no match: `jp-fdi-projects-in-vn`: blocked by a flow word in `nuevos proyectos`$/
    )
  })

  it('says no term occurs', async () => {
    expect(await explained('Japan has 5,200 projects in Vietnam.', '5,200 projects')).toMatch(
      /→ no match: `jp-fdi-projects-in-vn`: no term of it \(`investment`, `invest`\) in the clause$/
    )
  })

  it('names the tied candidates', async () => {
    expect(await explained('Vietnam received $50 billion from investors in Japan and South Korea.', '$50 billion')).toMatch(
      /→ tie: (?:kr-fdi-capital-in-vn, jp-fdi-capital-in-vn|jp-fdi-capital-in-vn, kr-fdi-capital-in-vn)$/
    )
  })
})

describe('docs/cli.md', () => {
  it('shows --explain lines the example really gives', async () => {
    const {readFileSync} = await import('node:fs')
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')
    const block = /```text\n\$ claimlint --explain (\S+)\n([\s\S]*?)```/.exec(doc)
    expect(block).not.toBeNull()
    const [, example, shown] = block!
    const text = readFileSync(new URL(`../../${example}`, import.meta.url), 'utf8')
    const {lintFiles: lint} = await import('../../src/engine.js')
    const registry = await loadRegistry(fileURLToPath(new URL('../../claims.yaml', import.meta.url)))
    const out = explain(lint([new VFile({path: example, value: text})], {registry, rules: only('registry-mismatch')})).split('\n')
    const documented = shown.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '...')
    expect(documented.length).toBeGreaterThan(4)
    for (const l of documented) expect(out, l).toContain(l)
  })
})
