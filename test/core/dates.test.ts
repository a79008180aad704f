import {describe, expect, it} from 'vitest'
import {dateMiddle, dateSpan, spanGapDays} from '../../src/dates.js'

describe('dates as the spans they name', () => {
  it('takes a year, a month and a day as their whole spans', () => {
    expect(dateSpan('2024')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)])
    expect(dateSpan('2024-02')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)])
    expect(dateSpan('2024-02-29')).toEqual([Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1)])
  })

  it('counts no gap between a year and a day inside it, and whole days otherwise', () => {
    expect(spanGapDays(dateSpan('2023'), dateSpan('2023-05-25'))).toBe(0)
    expect(spanGapDays(dateSpan('2023-05'), dateSpan('2023-07-01'))).toBe(30)
    expect(spanGapDays(dateSpan('2024-01-01'), dateSpan('2023'))).toBe(0)
  })

  it('places a year at its middle, between its months', () => {
    expect(dateMiddle('2023-03') < dateMiddle('2023')).toBe(true)
    expect(dateMiddle('2023') < dateMiddle('2023-09')).toBe(true)
  })
})
