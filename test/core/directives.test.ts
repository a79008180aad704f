import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {applyDirectives, parseDirectives, textComments, type CommentPlace} from '../../src/pipeline/directives.js'

const known = new Set(['registry-mismatch', 'glued-words', 'anniversary-year'])

function comment(value: string, line: number, column = 1, endLine = line): CommentPlace {
  return {value, startLine: line, startColumn: column, endLine, endColumn: column + value.length + 7}
}

function fileWith(messages: Array<[string, number, number?]>): VFile {
  const file = new VFile({path: 'story.md'})
  for (const [ruleId, line, column = 1] of messages) {
    const message = file.message('finding', {place: {start: {line, column}, end: {line, column: column + 4}}, ruleId, source: 'claimlint'})
    message.fatal = true
    message.claimlint = {severity: 'error', fingerprint: '0123456789abcdef'}
  }
  return file
}

/** The findings not suppressed. */
const left = (file: VFile) => file.messages.filter((m) => !m.claimlint?.suppressions?.length).map((m) => `${m.ruleId}@${m.line}:${m.column}`)

describe('parseDirectives', () => {
  it('reads kinds, rule ids separated by commas or spaces, and the reason after --', () => {
    const [a, b, c, d] = parseDirectives([
      comment(' claimlint-disable glued-words, registry-mismatch -- brand names ', 1),
      comment(' claimlint-disable-next-line ', 2),
      comment('claimlint-enable glued-words registry-mismatch', 3),
      comment(' claimlint-disable-line anniversary-year -- the 2019 figure -- checked ', 4)
    ])
    expect(a).toMatchObject({kind: 'disable', rules: ['glued-words', 'registry-mismatch'], reason: 'brand names'})
    expect(b).toMatchObject({kind: 'disable-next-line', rules: [], reason: undefined})
    expect(c).toMatchObject({kind: 'enable', rules: ['glued-words', 'registry-mismatch']})
    expect(d).toMatchObject({kind: 'disable-line', rules: ['anniversary-year'], reason: 'the 2019 figure -- checked'})
  })

  it('ignores other comments and look-alikes', () => {
    expect(parseDirectives([comment(' a note ', 1), comment(' claimlint-disabled ', 2), comment(' eslint-disable ', 3)])).toEqual([])
  })
})

describe('applyDirectives', () => {
  it('suppresses a region for the named rule only, until enabled', () => {
    const file = fileWith([
      ['glued-words', 1],
      ['glued-words', 3],
      ['registry-mismatch', 3],
      ['glued-words', 6]
    ])
    applyDirectives(file, parseDirectives([comment(' claimlint-disable glued-words ', 2), comment(' claimlint-enable glued-words ', 5)]), {knownRules: known})
    expect(left(file)).toEqual(['glued-words@1:1', 'registry-mismatch@3:1', 'glued-words@6:1'])
    expect(file.messages[1].claimlint?.suppressions).toEqual([{kind: 'inSource', justification: undefined}])
  })

  it('a blanket disable runs to the end; enabling one rule brings back that rule only', () => {
    const file = fileWith([
      ['glued-words', 3],
      ['registry-mismatch', 3],
      ['glued-words', 9],
      ['registry-mismatch', 9]
    ])
    applyDirectives(file, parseDirectives([comment(' claimlint-disable ', 2), comment(' claimlint-enable registry-mismatch ', 5)]), {knownRules: known})
    expect(left(file)).toEqual(['registry-mismatch@9:1'])
  })

  it('disable-next-line takes the line after the comment, disable-line its own lines', () => {
    const file = fileWith([
      ['registry-mismatch', 4],
      ['registry-mismatch', 5],
      ['anniversary-year', 7, 10],
      ['glued-words', 7, 2]
    ])
    applyDirectives(
      file,
      parseDirectives([comment(' claimlint-disable-next-line registry-mismatch ', 2, 1, 3), comment(' claimlint-disable-line anniversary-year ', 7, 40)]),
      {knownRules: known}
    )
    expect(left(file)).toEqual(['registry-mismatch@5:1', 'glued-words@7:2'])
    expect(file.messages[2].claimlint?.suppressions).toEqual([{kind: 'inSource', justification: undefined}])
  })

  it('a region opened after a finding on the same line does not cover it', () => {
    const file = fileWith([
      ['glued-words', 3, 5],
      ['glued-words', 3, 60]
    ])
    applyDirectives(file, parseDirectives([comment(' claimlint-disable ', 3, 30)]), {knownRules: known})
    expect(left(file)).toEqual(['glued-words@3:5'])
  })

  it('never suppresses messages about the run itself', () => {
    const file = new VFile({path: 'story.md'})
    file.message('Cannot lint a binary file', {ruleId: 'read', source: 'claimlint'})
    file.message('Unexpected `lang: fr`', {place: {line: 2, column: 1}, ruleId: 'frontmatter', source: 'claimlint'})
    applyDirectives(file, parseDirectives([comment(' claimlint-disable ', 1)]), {knownRules: known})
    expect(file.messages.map((m) => [m.ruleId, m.claimlint?.suppressions])).toEqual([
      ['read', undefined],
      ['frontmatter', undefined]
    ])
  })

  it('reports unknown rule ids, and unused directives when asked', () => {
    const file = fileWith([['glued-words', 3]])
    applyDirectives(
      file,
      parseDirectives([comment(' claimlint-disable-next-line glued-wrods ', 2), comment(' claimlint-disable-next-line registry-mismatch ', 8)]),
      {knownRules: known, reportUnused: true}
    )
    expect(file.messages.map((m) => [m.ruleId, m.line, m.reason, m.fatal])).toEqual([
      ['glued-words', 3, 'finding', true],
      ['directive', 2, 'Unknown rule `glued-wrods` in `claimlint-disable-next-line`, expected a rule id such as `registry-mismatch`', false],
      ['directive', 8, 'Unused `claimlint-disable-next-line` directive: no finding of `registry-mismatch` to suppress', false]
    ])
  })
})

describe('textComments', () => {
  it('finds directive comments in plain text and blanks them out, keeping offsets and lines', () => {
    const text = 'First line.\n<!-- claimlint-disable-next-line glued-words -->\nEl mayorproveedor. <!-- a note -->\n'
    const {comments, text: blanked} = textComments(text)
    expect(comments).toEqual([{value: ' claimlint-disable-next-line glued-words ', startLine: 2, startColumn: 1, endLine: 2, endColumn: 49}])
    expect(blanked).toBe('First line.\n' + ' '.repeat(48) + '\nEl mayorproveedor. <!-- a note -->\n')
    expect(blanked.length).toBe(text.length)
  })
})
