/**
 * The real-prose gate of `npm run eval:corpus` (scripts/prose.ts): what
 * counts as a word, how verdicts are read, and what fails the run.
 */
import {describe, expect, it} from 'vitest'
import {countWords, parseVerdicts, per10k, proseFailures, proseOf, type LangProse, type ProseFinding} from '../../scripts/prose.js'

const finding = (over: Partial<ProseFinding> = {}): ProseFinding => ({
  file: 'test/prose/es/a.html',
  line: 4,
  ruleId: 'glued-words',
  severity: 'warning',
  message: 'Unexpected glued words `capañas`, expected `capa ñas`',
  run: 'no-registry',
  ...over
})

const set = (findings: ProseFinding[], words = 20_000): LangProse => ({lang: 'es', files: ['test/prose/es/a.html'], words, findings})

describe('real prose', () => {
  it('counts the words a reader reads, not the tags of a page', () => {
    expect(countWords('Debian no gasta fondos en campañas; 1.000 voluntarios, l’équipe.')).toBe(9)
    expect(countWords(proseOf('a.html', '<html><head><title>Título largo</title></head><body><p class="para">Dos palabras</p></body></html>'))).toBe(2)
  })

  it('reads verdicts and names the entry that lacks a reason', () => {
    const yaml = '- {file: test/prose/es/a.html, line: 4, rule: glued-words, verdict: right, why: a misspelling}\n'
    expect(parseVerdicts('reviewed.yaml', yaml)).toEqual([{file: 'test/prose/es/a.html', line: 4, rule: 'glued-words', verdict: 'right', why: 'a misspelling'}])
    expect(() => parseVerdicts('reviewed.yaml', '- {file: a, line: 1, rule: r, verdict: maybe, why: x}\n')).toThrow('Unexpected verdict `maybe` in reviewed.yaml entry 1, expected `right` or `wrong`')
    expect(() => parseVerdicts('reviewed.yaml', '- {file: a, line: 1, rule: r, verdict: wrong}\n')).toThrow('Missing `why` in reviewed.yaml entry 1')
  })

  it('fails on an unreviewed finding, an error judged wrong, and too many false alarms', () => {
    const right = {file: 'test/prose/es/a.html', line: 4, rule: 'glued-words', verdict: 'right' as const, why: 'a misspelling'}
    expect(proseFailures([set([finding()])], [right], 1)).toEqual([])
    expect(proseFailures([set([finding()])], [], 1)).toEqual(['1 finding(s) on es prose not reviewed in test/prose/reviewed.yaml'])
    const wrongError = {...right, rule: 'registry-mismatch', verdict: 'wrong' as const}
    expect(proseFailures([set([finding({ruleId: 'registry-mismatch', severity: 'error'})])], [wrongError], 1)).toEqual([
      '1 error(s) on es prose that are no real inconsistency'
    ])
    const three = [4, 5, 6].map((line) => finding({line}))
    const wrong = [4, 5, 6].map((line) => ({...right, line, verdict: 'wrong' as const}))
    expect(per10k(3, 20_000)).toBe(1.5)
    expect(proseFailures([set(three)], wrong, 1)).toEqual(['1.50 false alarms per 10,000 words of es prose is over 1'])
  })
})
