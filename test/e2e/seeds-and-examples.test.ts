/**
 * End to end on real-looking text: the bundled examples with the bundled
 * claims.yaml, and the two seed articles in ../shared/seeds (skipped, saying
 * why, where that folder is absent).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintPaths} from '../../src/engine.js'
import {loadRegistry} from '../../src/registry/load.js'
import {line} from '../rules/helpers.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const seeds = path.resolve(root, '../shared/seeds')
const hasSeeds = fs.existsSync(path.join(seeds, '000_0797f9b09697f62f.txt'))

async function lint(paths: string[]) {
  const registry = await loadRegistry(path.join(root, 'claims.yaml'))
  const result = await lintPaths(paths, {registry, cwd: root})
  return Object.fromEntries(result.files.map((file) => [file.path, file.messages.map((m) => `${line(m)} [${m.ruleId}]`)]))
}

describe('bundled examples', () => {
  it('finds exactly the documented faults', async () => {
    const report = await lint(['examples/'])
    expect(Object.keys(report)).toEqual(['examples/vietnam-japan.en.md', 'examples/vietnam-japon.es.txt', 'examples/vietnam-japon.fr.md'])
    expect(report['examples/vietnam-japan.en.md']).toEqual([
      '12:10-12:14 error Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023` [anniversary-year]'
    ])
    const es = report['examples/vietnam-japon.es.txt'].filter((l) => !l.endsWith('[glued-words]'))
    expect(es).toEqual([
      '8:55-8:77 error Unexpected investment capital per project of between US$7 mil millones and US$28 mil millones for `más de cinco proyectos` and `superior a 70 mil millones de dólares`, expected at most US$1 mil millones [implausible-ratio]',
      '8:55-8:77 warning Unexpected `más de cinco proyectos`, expected `plus de 5 000 projets` as stated at examples/vietnam-japon.fr.md:16:25 for `jp-fdi-projects-in-vn`: 1.000 times more, a dropped `mil`? [inconsistent-figure]',
      '8:55-8:77 error Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`? [registry-mismatch]',
      '10:29-10:42 error Unexpected investment capital per project of about US$183.969 for `106 proyectos` and `19,5 millones de dólares`, expected at least US$1 millón [implausible-ratio]'
    ])
    expect(report['examples/vietnam-japon.fr.md']).toEqual([
      '16:25-16:46 error Unexpected investment capital per project of between US$7 milliards and US$28 milliards for `plus de 5 000 projets` and `plus de 70 billions de dollars`, expected at most US$1 milliard [implausible-ratio]',
      '20:49-20:79 error Unexpected rank 2 in `deuxième partenaire commercial` for `jp-rank-trade-partner-of-vn`, expected rank 4 [rank-consistency]',
      '25:39-25:47 warning Unexpected glued words `deuxpays`, expected `deux pays` [glued-words]'
    ])
  })
})

describe.skipIf(!hasSeeds)('seed articles (../shared/seeds)', () => {
  it('reports the three seed contradictions at the figures, and no error elsewhere', async () => {
    const report = await lint([path.relative(root, seeds) + '/*.txt'])
    const es = report['../shared/seeds/000_0797f9b09697f62f.txt'].filter((l) => !l.endsWith('[glued-words]'))
    const en = report['../shared/seeds/003_c5b36162568c66fc.txt']
    expect(en).toEqual([
      '3:279-3:283 error Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023` [anniversary-year]'
    ])
    expect(es).toEqual([
      '4:13-4:35 error Unexpected investment capital per project of between US$7 mil millones and US$28 mil millones for `más de cinco proyectos` and `superior a 70 mil millones de dólares`, expected at most US$1 mil millones [implausible-ratio]',
      '4:13-4:35 error Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`? [registry-mismatch]',
      '4:230-4:243 error Unexpected investment capital per project of about US$183.969 for `106 proyectos` and `19,5 millones de dólares`, expected at least US$1 millón [implausible-ratio]',
      '8:1-8:9 info Inferred the document year 2023 from `Este año` and the 50th anniversary of `vn-jp-diplomatic-ties` (1973) [relative-date]'
    ])
  })
})

if (!hasSeeds) console.info(`Seed checks skipped: ${seeds} is absent.`)
