import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintDocuments} from '../../src/engine.js'
import {loadRegistry} from '../../src/registry/load.js'
import {toJsonReport} from '../../src/report/json.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

describe('JSON messages', () => {
  it('carry the claim they concern, a fix when one replacement is certain, and one-line text for a wrapped figure', async () => {
    const registry = await loadRegistry(path.join(root, 'test/fixtures/rules/claims.yaml'))
    const files = await lintDocuments(
      [{path: 'inversion.es.txt', text: 'Según la agencia, Japón tiene más de cinco\nproyectos de inversión en Vietnam.\n'}],
      {registry}
    )
    const [message] = toJsonReport(files).files[0].messages
    expect(message).toMatchObject({
      ruleId: 'registry-mismatch',
      message: 'Unexpected `más de cinco proyectos` for `jp-fdi-projects-in-vn`, expected at least 5.000: 1.000 times more, a dropped `mil`?',
      start: {line: 1, column: 31, offset: 30},
      end: {line: 2, column: 10, offset: 52},
      claim: {kind: 'quantity', text: 'más de cinco\nproyectos', value: 5, unit: 'proyecto'},
      actual: 'más de cinco proyectos',
      fix: {start: {line: 1, column: 31, offset: 30}, end: {line: 2, column: 10, offset: 52}, text: 'más de cinco mil\nproyectos'},
      suppressions: []
    })
  })
})
