/**
 * Issue 12 §3 and §6: which registry claim a figure is judged by, and what
 * `--explain` says when it is judged by none. Uses its own small registry
 * (test/fixtures/match/claims.yaml) with two investors in one country.
 */
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintFiles, type LintResult} from '../../src/engine.js'
import {explain} from '../../src/explain.js'
import {loadRegistry} from '../../src/registry/load.js'
import {line, only} from './helpers.js'

const registryPath = fileURLToPath(new URL('../fixtures/match/claims.yaml', import.meta.url))

async function run(text: string, date = '2024-03-01', rule = 'registry-mismatch'): Promise<LintResult> {
  const registry = await loadRegistry(registryPath)
  return lintFiles([new VFile({path: 'doc.txt', value: text})], {registry, date, rules: only(rule)})
}

async function lines(text: string, date?: string, rule?: string): Promise<string[]> {
  return (await run(text, date, rule)).files[0].messages.map(line)
}

/** The `--explain` line of the claim whose text is `claim`. */
async function explained(text: string, claim: string, date?: string): Promise<string> {
  const out = explain(await run(text, date)).split('\n')
  const found = out.find((l) => l.includes(`"${claim}"`))
  expect(found, out.join('\n')).toBeDefined()
  return found!.trim()
}

describe('a figure belongs to the entity it follows (issue 12 §3)', () => {
  it('judges a figure in parentheses after B by B, not by the sentence subject A (en)', async () => {
    expect(await lines('Japan ranks second among investors in Vietnam, after South Korea (86.3 billion USD).')).toEqual([])
    expect(await lines('Japan ranks second among investors in Vietnam, after South Korea (71.6 billion USD).')).toEqual([
      '1:67-1:83 error Unexpected `71.6 billion USD` for `kr-fdi-capital-in-vn`, expected between US$86.25 billion and US$86.35 billion'
    ])
  })

  it('judges it by B in Spanish too', async () => {
    expect(await lines('Japón es el segundo inversor en Vietnam, tras Corea del Sur (86.300 millones de dólares).')).toEqual([])
  })

  it('leaves a part in parentheses alone and says why', async () => {
    const text = 'Japanese investment in Vietnam totals $71.6 billion, mostly in processing and manufacturing ($40.6 billion).'
    expect(await lines(text)).toEqual([])
    expect(await explained(text, '$40.6 billion')).toBe(
      '1:94-1:107 money "$40.6 billion" value=40600000000 unit=USD step=100000000 → no match: `jp-fdi-capital-in-vn`: a part in parentheses, not the total'
    )
  })
})

describe('averages and per-unit figures are not totals (issue 12 §3)', () => {
  it.each([
    ['en', 'Japan has 5,200 investment projects in Vietnam, and the average capital per project is $15.8 million.', '$15.8 million', 'an average, not a total'],
    ['es', 'El promedio por proyecto de la inversión japonesa en Vietnam es de 14 millones de dólares.', '14 millones de dólares', 'an average, not a total'],
    ['en', 'Japanese investors in Vietnam put in about $45,000 each.', 'about $45,000', 'a per-unit figure (`each`), not a total'],
    ['en', 'Japanese investors in Vietnam put in $45,000 apiece.', '$45,000', 'a per-unit figure (`apiece`), not a total'],
    ['es', 'Los inversores japoneses aportaron unos 45.000 dólares cada uno en Vietnam.', 'unos 45.000 dólares', 'a per-unit figure (`cada`), not a total'],
    ['es', 'La inversión japonesa en Vietnam fue de 14 millones de dólares por proyecto.', '14 millones de dólares', 'a per-unit figure (`por`), not a total']
  ])('%s: %s', async (_lang, text, claim, why) => {
    expect(await lines(text)).toEqual([])
    expect(await explained(text, claim)).toMatch(new RegExp(`→ no match: \`jp-fdi-capital-in-vn\`: ${why.replace(/[()`]/g, '\\$&')}$`))
  })

  it.each([
    ['es', 'Solo en el Reino Unido, la inversión de Japón subió un 11%, hasta 9.700 millones de dólares, según Vietnam.'],
    ['en', 'Japanese investment capital in Hanoi alone reached $9.7 billion, Vietnam said.'],
    ['en', 'Only in Hanoi did Japanese investment capital reach $9.7 billion, Vietnam said.']
  ])('leaves a part ("solo en", "alone", "only in") alone: %s', async (_lang, text) => {
    expect(await lines(text)).toEqual([])
  })

  it('judges a figure restricted to the claim\'s own entity', async () => {
    expect(await lines('Only in Vietnam did Japanese investment capital reach $9.7 billion.')).toEqual([
      '1:55-1:67 error Unexpected `$9.7 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'
    ])
  })

  it('still judges a total written with "por valor de"', async () => {
    expect(await lines('Japón registró en Vietnam una inversión por valor de 30.000 millones de dólares en 2023.')).toEqual([
      '1:54-1:80 error Unexpected `30.000 millones de dólares` for `jp-fdi-capital-in-vn`, expected between US$71,55 mil millones and US$71,65 mil millones'
    ])
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

describe('events referred to beyond the literal sentence (issue 12 §3)', () => {
  const rule = 'anniversary-year'

  it('checks a plain event year', async () => {
    expect(await lines('Vietnam and Japan established diplomatic relations in 1972.', '2025-03-01', rule)).toEqual([
      '1:55-1:59 error Unexpected `1972` for `vn-jp-diplomatic-ties` (1973-09-21), expected `1973`'
    ])
    expect(await lines('Vietnam y Japón establecieron relaciones diplomáticas en 1972.', '2025-03-01', rule)).toEqual([
      '1:58-1:62 error Unexpected `1972` for `vn-jp-diplomatic-ties` (1973-09-21), expected `1973`'
    ])
    expect(await lines('Vietnam and Japan established diplomatic relations in 1973.', '2025-03-01', rule)).toEqual([])
    // A year that is not the event's: "since", "hasta", no verb of the event happening.
    expect(await lines('Since 1980, Vietnam and Japan have expanded their diplomatic relations.', '2025-03-01', rule)).toEqual([])
    expect(await lines('Vietnam y Japón mantienen relaciones diplomáticas desde hace décadas y las ampliaron en 1992.', '2025-03-01', rule)).toEqual([])
  })

  it('reads "N years of" an event as its Nth anniversary, relative years resolved by the document date', async () => {
    expect(await lines('Two years ago, Vietnam and Japan marked 50 years of relations.', '2025-03-01', rule)).toEqual([])
    expect(await lines('Hace dos años, Vietnam y Japón celebraron 50 años de relaciones diplomáticas.', '2025-03-01', rule)).toEqual([])
    expect(await lines('Two years ago, Vietnam and Japan marked 49 years of relations.', '2025-03-01', rule)).toEqual([
      '1:1-1:14 error Unexpected `Two years ago` (2023) for the 49th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2022`'
    ])
    // relative-date leaves the sentence to anniversary-year: the year is the anniversary's, not the event's.
    expect(await lines('Two years ago, Vietnam and Japan marked 50 years of relations.', '2025-03-01', 'relative-date')).toEqual([])
  })

  it('resolves "that day" and "ese acuerdo" to the one event of the paragraph', async () => {
    expect(await lines('Vietnam and Japan signed the treaty in 1973. This year they celebrate the 52nd anniversary of that day.', '2025-03-01', rule)).toEqual([])
    expect(await lines('Vietnam and Japan signed the treaty in 1973. This year they celebrate the 50th anniversary of that day.', '2025-03-01', rule)).toEqual([
      '1:46-1:55 error Unexpected `This year` (2025) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
    expect(await lines('Vietnam y Japón firmaron el acuerdo en 1973.\n\nEn 2024 se cumplieron 50 años de ese acuerdo.', '2025-03-01', rule)).toEqual([
      '3:4-3:8 error Unexpected `2024` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`'
    ])
  })

  it('says why when the paragraph has no clear event, and leaves another event alone', async () => {
    const text = 'Vietnam, Japan and South Korea are close partners. This year they celebrate the 50th anniversary of that day.'
    expect(await lines(text, '2025-03-01', rule)).toEqual([])
    expect(await explained(text, '50th anniversary')).toMatch(/several events of the paragraph fit equally: `vn-jp-diplomatic-ties`, `vn-kr-diplomatic-ties`$/)
    const other = 'Vietnam and Japan grew close. This year the firm celebrates the 10th anniversary of its Hanoi plant.'
    expect(await lines(other, '2025-03-01', rule)).toEqual([])
    expect(await explained(other, '10th anniversary')).toMatch(/the sentence neither points back to an event \("that day", "ese acuerdo"\) nor names one by its terms$/)
  })
})

describe('entities and events the context supplies (issue 12 §3)', () => {
  it('takes an entity of the document\'s opening for a sentence that names the other', async () => {
    const text = 'Vietnam courts foreign capital.\n\nThe government is pleased.\n\nJapanese investment capital reached $30 billion, officials said.'
    expect(await lines(text)).toEqual([
      '5:37-5:48 error Unexpected `$30 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'
    ])
    // Without the entity anywhere before, nothing is judged.
    expect(await lines('Japanese investment capital reached $30 billion, officials said.')).toEqual([])
  })

  it('reads "its Nth anniversary" as the entity\'s own event', async () => {
    expect(await lines('Hanoi University celebrated its 65th anniversary last year.', '2025-03-01', 'anniversary-year')).toEqual([])
    expect(await lines('Hanoi University celebrated its 70th anniversary last year.', '2025-03-01', 'anniversary-year')).toEqual([
      '1:50-1:59 error Unexpected `last year` (2024) for the 70th anniversary of `hnu-founding` (1959), expected `2029`'
    ])
    expect(await lines('La Universidad de Hanói celebró su 65 aniversario el año pasado.', '2025-03-01', 'anniversary-year')).toEqual([])
  })
})

describe('figures of another measure are not judged by a total (issue 12 §3)', () => {
  it.each([
    ['a forecast (en)', 'Officials said Japanese investment capital in Vietnam could reach $90 billion by 2030.'],
    ['a forecast (es)', 'El Gobierno prevé que la inversión japonesa en Vietnam alcance los 90.000 millones de dólares.'],
    ['a cumulative figure (en)', 'Over the past decade, accumulated Japanese investment capital in Vietnam has topped $38 billion.'],
    ['a cumulative figure (es)', 'En diez años, la inversión japonesa acumulada en Vietnam supera los 38.000 millones de dólares.'],
    ['the whole of a share (en)', 'Japan accounted for roughly 8% of Vietnam\'s total investment capital of $49.5 billion.'],
    ['the whole of a share (es)', 'Japón aportó el 8% de la inversión total en Vietnam, de 49.500 millones de dólares.'],
    ['a relative clause after another name (en)', 'Japan is the second investor in Vietnam, behind only Singapore, which put in about $14.8 billion.'],
    ['another entity of the claim in the figure\'s clause (es)', 'En conjunto, Vietnam recibió 36.900 millones de dólares de inversión en 2023, y la inversión japonesa representó el 12%.'],
    ['a flow, not the stock (en)', 'Japan closed 38 investment projects in Vietnam in 2023.'],
    ['a flow, not the stock (es)', 'Japón cerró 38 proyectos de inversión en Vietnam en 2023.']
  ])('leaves alone %s', async (_name, text) => {
    expect(await lines(text)).toEqual([])
  })

  it.each([
    ['the old value of a change (es)', 'El capital japonés invertido en Vietnam pasó de 60.000 millones de dólares a fines de 2022 a 71.600 millones un año después.'],
    ['the part a percentage is a share of (es)', 'El mayor proyecto japonés en Vietnam costó 540 millones de dólares, cerca del 1% de toda la inversión japonesa en el país.'],
    ['the amount of a flow the sentence counts (es)', 'El año pasado se registraron unos 80 nuevos proyectos de inversión japoneses en Vietnam, por un total de unos 120 millones de dólares.']
  ])('leaves alone %s', async (_name, text) => {
    expect(await lines(text)).toEqual([])
  })

  it('still judges an amount converted into another currency', async () => {
    expect(await lines('La inversión japonesa en Vietnam, de 30.000 millones de dólares, equivale a unos 4,5 billones de yenes.')).toEqual([
      '1:38-1:64 error Unexpected `30.000 millones de dólares` for `jp-fdi-capital-in-vn`, expected between US$71,55 mil millones and US$71,65 mil millones'
    ])
  })

  it('still judges the claim\'s own entity after "which"', async () => {
    expect(await lines('The second investor is Japan, which put in about $14.8 billion in Vietnam.')).toEqual([
      '1:44-1:63 error Unexpected `about $14.8 billion` for `jp-fdi-capital-in-vn`, expected between US$71.55 billion and US$71.65 billion'
    ])
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
