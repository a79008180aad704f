/**
 * derived-figure: a change told with "de X a Y" / "from X to Y", which the
 * extractor reads as one range, is checked like "from X to Y" read as two
 * figures; a range beside a percentage with no verb of change is left alone.
 */
import {describe, expect, it} from 'vitest'
import {lines} from './helpers.js'

const id = 'derived-figure'

describe(`${id}: changes written as a range`, () => {
  it.each([
    ['a right rise (es)', 'La población creció un 5,2% en diez años, de 1.187.000 a 1.248.300 personas.'],
    ['a right rise (en)', 'The population grew 5.2% in ten years, from 1,187,000 to 1,248,300 people.'],
    ['a right fall written high to low (es)', 'La plantilla cayó un 50%, de 1.000 a 500 empleados.'],
    ['an age range beside a percentage (es)', 'Hay un 5% de descuento para niños de 3 a 12 años.'],
    ['an age range beside a percentage (en)', 'There is a 5% discount for children from 3 to 12 years old.']
  ])('accepts %s', async (_name, text) => {
    expect(await lines(id, text)).toEqual([])
  })

  it('flags a wrong rise (es, en)', async () => {
    expect(await lines(id, 'La población creció un 3,2% en diez años, de 1.187.000 a 1.248.300 personas.')).toEqual([
      '1:24-1:28 warning Unexpected `3,2%` for the change from `1.187.000` to `1.248.300 personas`, expected between 5,1% and 5,2%'
    ])
    expect(await lines(id, 'Monthly bills will rise 12%, from 850 to 935 pesos, in January.')).toEqual([
      '1:25-1:28 warning Unexpected `12%` for the change from `850` to `935 pesos`, expected between 9.8% and 10.2%'
    ])
  })

  it('flags a wrong fall written high to low (es)', async () => {
    expect(await lines(id, 'La plantilla cayó un 10%, de 1.000 a 500 empleados.')).toEqual([
      '1:22-1:25 warning Unexpected `10%` for the change from `1.000` to `500 empleados`, expected between 49,9% and 50,1%'
    ])
    // A scale word read on one end only ("de 100 a 50 millones") is no change to check.
    expect(await lines(id, 'Las ventas cayeron un 10%, de 100 a 50 millones de euros.')).toEqual([])
  })
})
