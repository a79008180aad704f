import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'stale-claim'

describe(id, () => {
  it.each([
    ['the old value while it was current', 'date 2023-02-01 La comunidad vietnamita en Japón suma 489.312 personas.'],
    ['the new value after the change', 'date 2024-02-01 La comunidad vietnamita en Japón suma 520.154 personas.'],
    ['an undated document', 'La comunidad vietnamita en Japón suma 489.312 personas.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags the old value stated as current after it was superseded (es)', async () => {
    const file = await lintOne(id, 'date 2024-02-01 La comunidad vietnamita en Japón suma 489.312 personas.')
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      [
        id,
        'Unexpected `489.312 personas` as current on 2024-02-01: `vn-community-in-jp-2022` was superseded by `vn-community-in-jp-2023` (520.154 as of 2023-06-30)'
      ]
    ])
  })

  it('flags it in English too, and registry-mismatch stays silent', async () => {
    const file = await lintOne('registry-mismatch', 'date 2024-02-01 The Vietnamese community in Japan numbers 489,312 people.')
    expect(file.messages).toEqual([])
    expect(await lines(id, 'date 2024-02-01 The Vietnamese community in Japan numbers 489,312 people.')).toEqual([
      '1:59-1:73 warning Unexpected `489,312 people` as current on 2024-02-01: `vn-community-in-jp-2022` was superseded by `vn-community-in-jp-2023` (520,154 as of 2023-06-30)'
    ])
  })
})
