import {describe, expect, it} from 'vitest'
import type {Claim} from '../../src/types.js'
import {claimInterval, closed, compare, divide, overlaps, registryInterval, scaleSlip} from '../../src/interval.js'

function claim(partial: Partial<Claim>): Claim {
  return {kind: 'quantity', start: 0, end: 1, text: 'x', ...partial}
}

describe('claimInterval', () => {
  it('widens a plain figure by half its last stated digit', () => {
    expect(claimInterval(claim({kind: 'money', value: 19.5e6, step: 1e5}))).toEqual(closed(19.45e6, 19.55e6))
    expect(claimInterval(claim({kind: 'money', value: 70e9, step: 1e9}))).toEqual(closed(69.5e9, 70.5e9))
  })

  it('keeps an exact figure a point', () => {
    expect(claimInterval(claim({value: 106, step: 1}))).toEqual(closed(105.5, 106.5))
    expect(claimInterval(claim({value: 106}))).toEqual(closed(106, 106))
  })

  it('reads “más de cinco” as (5, 10)', () => {
    const interval = claimInterval(claim({value: 5, qualifier: {type: 'more', text: 'más de', start: 0, end: 6}}))
    expect(interval).toEqual({min: 5, max: 10, minInclusive: false, maxInclusive: false})
  })

  it('reads “casi” as [0.9v, v] and “about” as [0.9v, 1.1v]', () => {
    const almost = claimInterval(claim({value: 50e9, qualifier: {type: 'almost', text: 'casi', start: 0, end: 4}}))
    expect(almost).toEqual(closed(45e9, 50e9))
    const about = claimInterval(claim({value: 100, qualifier: {type: 'about', text: 'about', start: 0, end: 5}}))
    expect(about?.min).toBeCloseTo(90)
    expect(about?.max).toBeCloseTo(110)
  })

  it('keeps stated bounds of a range, open sides infinite', () => {
    expect(claimInterval(claim({min: {value: 5, inclusive: true}, max: {value: 10, inclusive: true}}))).toEqual(closed(5, 10))
    expect(claimInterval(claim({min: {value: 30, inclusive: false}, max: null}))).toEqual({
      min: 30,
      max: Number.POSITIVE_INFINITY,
      minInclusive: false,
      maxInclusive: false
    })
  })

  it('has no interval for an unresolved relative date', () => {
    expect(claimInterval(claim({kind: 'year', relative: {unit: 'year', offset: 0}}))).toBeUndefined()
  })
})

describe('registryInterval and overlap', () => {
  it('agrees “more than 5,000” with 5,800 but not “more than five”', () => {
    const registry = registryInterval({min: 5000, minInclusive: false})
    const more = (value: number) => claimInterval(claim({value, qualifier: {type: 'more', text: 'over', start: 0, end: 4}}))!
    expect(overlaps(more(5000), registryInterval({value: 5800}))).toBe(true)
    expect(overlaps(more(5), registry)).toBe(false)
    expect(compare(more(5), registry)).toBe(-1)
  })

  it('treats touching bounds by their inclusiveness', () => {
    expect(overlaps(closed(1, 2), closed(2, 3))).toBe(true)
    expect(overlaps({min: 1, max: 2, minInclusive: true, maxInclusive: false}, closed(2, 3))).toBe(false)
  })
})

describe('divide', () => {
  it('gives 7–28 bn a project for (70, 140) bn over (5, 10) projects', () => {
    const total = {min: 70e9, max: 140e9, minInclusive: false, maxInclusive: false}
    const count = {min: 5, max: 10, minInclusive: false, maxInclusive: false}
    const perUnit = divide(total, count)
    expect(perUnit.min).toBe(7e9)
    expect(perUnit.max).toBe(28e9)
  })

  it('gives about 184,000 for 19.5 million over 106 projects', () => {
    const perUnit = divide(closed(19.45e6, 19.55e6), closed(106, 106))
    expect(Math.round(perUnit.min)).toBe(183491)
    expect(Math.round(perUnit.max)).toBe(184434)
  })
})

describe('scaleSlip', () => {
  it('finds factors of 1,000 and 1,000,000 within 5 %', () => {
    expect(scaleSlip(5, 5000)).toBe(1e3)
    expect(scaleSlip(5, 5200)).toBe(1e3)
    expect(scaleSlip(12.4e12, 12.4e9)).toBe(1e-3)
    expect(scaleSlip(3, 3e6)).toBe(1e6)
    expect(scaleSlip(5, 6000)).toBeUndefined()
    expect(scaleSlip(0, 5000)).toBeUndefined()
  })
})
