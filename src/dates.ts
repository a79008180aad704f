/**
 * Dates as the spans they name. Registry and prose write dates as precisely
 * as they know them — `2023`, `2023-05`, `2023-05-25` — so comparing two
 * means comparing periods: a year is its whole year, a month its month.
 * Used by the registry loader (a rate's `from` after its `to`), matching
 * (which as-of date is nearest the document's) and `currency-conversion`
 * (how far a rate's date is from a figure's).
 */

const day = 86_400_000

/** The span a date names, in milliseconds: [its first instant, the first instant after it). */
export function dateSpan(date: string): [number, number] {
  const [year, month, dayOfMonth] = date.split('-').map(Number)
  if (month === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)]
  if (dayOfMonth === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)]
  return [Date.UTC(year, month - 1, dayOfMonth), Date.UTC(year, month - 1, dayOfMonth + 1)]
}

/** The middle of the span a date names: where a date of any precision stands on a line. */
export function dateMiddle(date: string): number {
  const [start, end] = dateSpan(date)
  return (start + end) / 2
}

/** Whole or fractional days between two spans; 0 when they overlap. */
export function spanGapDays([aStart, aEnd]: [number, number], [bStart, bEnd]: [number, number]): number {
  return Math.max(0, aStart - bEnd, bStart - aEnd) / day
}
