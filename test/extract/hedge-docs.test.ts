/**
 * docs/intervals.md lists the qualifiers and hedges by type: every phrase it
 * lists must be read with that type before a figure, in its language, so the
 * documentation and the data cannot drift apart (issue 12 §4: "rozó" was
 * documented but not read).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extractClaims} from '../../src/extract/index.js'
import type {Lang} from '../../src/types.js'

const doc = readFileSync(new URL('../../docs/intervals.md', import.meta.url), 'utf8')

/** `[lang, phrase, type]` for each phrase of the qualifier table's English and Spanish cells. */
function tableRows(): Array<[Lang, string, string]> {
  const rows: Array<[Lang, string, string]> = []
  for (const line of doc.split('\n')) {
    const match = /^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| [^|]+ \|$/.exec(line)
    if (!match) continue
    const [, type, en, es] = match
    for (const phrase of en.split(',')) rows.push(['en', phrase.trim(), type])
    for (const phrase of es.split(',')) rows.push(['es', phrase.trim(), type])
  }

  return rows
}

describe('docs/intervals.md qualifier table agrees with the data', () => {
  const rows = tableRows()

  it('lists every qualifier type in both languages', () => {
    expect(new Set(rows.map(([, , type]) => type))).toEqual(new Set(['more', 'atLeast', 'almost', 'about', 'less', 'upTo', 'atMost']))
    expect(rows.length).toBeGreaterThan(50)
  })

  it.each(rows)('%s: %s is %s', (lang, phrase, type) => {
    const text = lang === 'en' ? `The group counted ${phrase} 70 projects in 2022.` : `El grupo contó ${phrase} 70 proyectos en 2022.`
    const claims = extractClaims(text, {lang}).filter((c) => c.kind === 'quantity')
    expect(claims.map((c) => [c.text, c.qualifier?.type])).toEqual([[`${phrase} 70 ${lang === 'en' ? 'projects' : 'proyectos'}`, type]])
  })
})
