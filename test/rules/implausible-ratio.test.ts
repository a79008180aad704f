import {describe, expect, it} from 'vitest'
import {lines, lintOne} from './helpers.js'

const id = 'implausible-ratio'

describe(id, () => {
  it.each([
    ['a plausible ratio (es)', 'Japón tiene más de 5.000 proyectos en Vietnam con un capital de inversión superior a 70 mil millones de dólares.'],
    ['a plausible ratio (en)', 'Japan has over 5,000 projects in Vietnam with investment capital of more than $70 billion.'],
    ['no count', 'La inversión de Japón en Vietnam supera los 70 mil millones de dólares.'],
    ['a count of something else', 'Japón tiene 143 oficinas en Vietnam con un capital de inversión de 70 mil millones de dólares.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a per-project capital far below the bounds (es)', async () => {
    const file = await lintOne(id, 'Vietnam tiene 106 proyectos de inversión en Japón con un capital registrado de 19,5 millones de dólares.')
    expect(file.messages.map((m) => [m.reason, m.actual])).toEqual([
      [
        'Unexpected investment capital per project of about US$183.969 for `106 proyectos` and `19,5 millones de dólares`, expected at least US$1 millón',
        '106 proyectos'
      ]
    ])
    expect(file.messages[0].note).toMatch(/^Registry ratio `investment-capital-per-project`/)
  })

  it('flags a per-project capital far above the bounds (en)', async () => {
    expect(
      await lines(id, 'Japan has more than five projects in Vietnam with total investment capital of over $70 billion.')
    ).toEqual([
      '1:11-1:34 error Unexpected investment capital per project of between US$7 billion and US$28 billion for `more than five projects` and `over $70 billion`, expected at most US$1 billion'
    ])
  })
})

describe('implausible-ratio: qualified counts (issue 12 §3)', () => {
  it('checks "new" projects against the bound a project has', async () => {
    expect(await lines(id, 'Japan registered 60 new investment projects in Vietnam with investment capital of $3 million.')).toEqual([
      '1:18-1:44 error Unexpected investment capital per project of between US$41,322 and US$58,824 for `60 new investment projects` and `$3 million`, expected at least US$1 million'
    ])
    expect(await lines(id, 'Japón registró 60 nuevos proyectos de inversión en Vietnam con un capital de 3 millones de dólares.')).toHaveLength(1)
    expect(await lines(id, 'Japan registered 60 new investment projects in Vietnam with investment capital of $3 billion.')).toEqual([])
  })
})
