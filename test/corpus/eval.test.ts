import {describe, expect, it} from 'vitest'
import {
  evaluate,
  falsePer100,
  findingsFromJson,
  formatReport,
  langOf,
  parseAnnotations,
  recall,
  type Finding
} from '../../scripts/eval-corpus.js'

const article = [
  'date 2024-04-02 Chile y Corea del Sur celebran el 20 aniversario del TLC.',
  'El comercio bilateral llegó a 6,8 billones de dólares el año pasado.',
  'Corea del Sur es el quinto socio comercial de Chile.',
  'Según KOTRA, 62 empresas surcoreanas operan en Chile.',
  'La cámara calcula que emplean a unas 3.500 personas.'
].join('\n')

const annotations = `
planted:
  - line: 2
    text: llegó a 6,8 billones
    figure: 6,8 billones de dólares
    rule: [registry-mismatch, inconsistent-figure]
    why: billón slip
  - line: 1
    text: celebran el 20 aniversario
    rule: anniversary-year
    why: wrong year
silent:
  - line: 3
    text: quinto socio comercial
    why: correct rank
  - line: 4
    text: 62 empresas surcoreanas
    why: correct count
`

const file = 'test/corpus/x/tlc.es.txt'

function finding(line: number, ruleId: string, severity: Finding['severity'] = 'error', path = file): Finding {
  return {file: path, line, ruleId, severity, message: `m${line}`}
}

describe('parseAnnotations', () => {
  it('reads planted and silent entries with their lines, rules and language', () => {
    const a = parseAnnotations(file, annotations, article)
    expect(a.lang).toBe('es')
    expect(a.planted.map((p) => [p.line, p.rules, p.figure])).toEqual([
      [2, ['registry-mismatch', 'inconsistent-figure'], '6,8 billones de dólares'],
      [1, ['anniversary-year'], 'celebran el 20 aniversario']
    ])
    expect(a.silent.map((s) => s.line)).toEqual([3, 4])
  })

  it('rejects an entry whose text is not on its line', () => {
    const wrong = annotations.replace('  - line: 4\n    text: 62', '  - line: 5\n    text: 62')
    expect(() => parseAnnotations(file, wrong, article)).toThrow(
      'test/corpus/x/tlc.es.txt.annotations.yaml: silent[1]: expected `62 empresas surcoreanas` on line 5, found `La cámara calcula que emplean a unas 3.500 personas.`'
    )
  })

  it('rejects a line annotated both planted and silent, and a missing rule', () => {
    const both = annotations.replace('  - line: 3\n    text: quinto socio comercial', '  - line: 2\n    text: 6,8 billones')
    expect(() => parseAnnotations(file, both, article)).toThrow('line 2 is annotated both planted and silent')
    const noRule = annotations.replace('    rule: anniversary-year\n', '')
    expect(() => parseAnnotations(file, noRule, article)).toThrow('planted[1]: expected `rule` to be a rule id or a list of rule ids')
  })

  it('takes the language from the file name only', () => {
    expect(langOf('a/b.en.html')).toBe('en')
    expect(() => langOf('a/b.md')).toThrow('expected a language in the file name')
  })
})

describe('evaluate', () => {
  const a = parseAnnotations(file, annotations, article)

  it('counts a planted line found only under one of its accepted rules', () => {
    const e = evaluate([a], [finding(2, 'inconsistent-figure', 'warning'), finding(1, 'relative-date')])
    expect(e.overall).toEqual({planted: 2, found: 1, silent: 2, falseAlarms: 0, unexpected: 0})
    expect(e.misses.map((m) => [m.planted.line, m.others.map((f) => f.ruleId)])).toEqual([[1, ['relative-date']]])
    expect(e.onPlantedLines.map((f) => f.ruleId)).toEqual(['relative-date'])
    expect(e.byRule.get('registry-mismatch')).toEqual({planted: 1, found: 1, silent: 0, falseAlarms: 0, unexpected: 0})
    expect(e.byRule.get('anniversary-year')).toEqual({planted: 1, found: 0, silent: 0, falseAlarms: 0, unexpected: 0})
  })

  it('separates false alarms on silent lines from unexpected findings, and ignores info', () => {
    const e = evaluate([a], [
      finding(3, 'rank-consistency'),
      finding(4, 'registry-mismatch', 'info'),
      finding(5, 'glued-words', 'warning'),
      finding(9, 'derived-figure', 'warning', 'test/corpus/x/other.en.md')
    ])
    expect(e.overall.falseAlarms).toBe(1)
    expect(e.falseAlarms.map(({finding: f, silent}) => [f.line, silent.why])).toEqual([[3, 'correct rank']])
    expect(e.unexpected.map((f) => [f.file, f.line])).toEqual([
      ['test/corpus/x/other.en.md', 9],
      [file, 5]
    ])
    expect(e.byLang.get('es')).toEqual({planted: 2, found: 0, silent: 2, falseAlarms: 1, unexpected: 1})
    expect(falsePer100(e.overall, e.overall.silent)).toBe(50)
    expect(recall(e.overall)).toBe(0)
  })

  it('prints recall, false alarms per 100 and every miss', () => {
    const report = formatReport(evaluate([a], [finding(1, 'anniversary-year'), finding(4, 'registry-mismatch')]))
    expect(report).toContain('Planted contradictions found: 1/2 (recall 50.0%)')
    expect(report).toContain('False alarms: 1 on 2 silent claim lines (50.00 per 100), on 1 distinct lines')
    expect(report).toContain('test/corpus/x/tlc.es.txt:2 registry-mismatch|inconsistent-figure `6,8 billones de dólares`: billón slip')
    expect(report).toContain('test/corpus/x/tlc.es.txt:4 error registry-mismatch: m4 (silent because: correct count)')
  })
})

describe('findingsFromJson', () => {
  it('reads the messages of a version 1 report and rejects another major version', () => {
    const json = JSON.stringify({
      version: '1.1',
      files: [{path: file, messages: [{ruleId: 'glued-words', severity: 'warning', message: 'x', start: {line: 3, column: 1, offset: 9}}]}]
    })
    expect(findingsFromJson(json)).toEqual([{file, line: 3, ruleId: 'glued-words', severity: 'warning', message: 'x'}])
    expect(() => findingsFromJson(JSON.stringify({version: '2.0', files: []}))).toThrow('Unexpected JSON report version `2.0`, expected 1.x')
  })
})
