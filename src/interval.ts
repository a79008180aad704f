/**
 * Every figure a document states is a claim about an interval, never a
 * point (see `docs/intervals.md`). This module turns extracted claims and
 * registry values into intervals and does the arithmetic the rules need:
 * overlap, the gap between two intervals, and division for per-unit ratios.
 *
 * Qualifier semantics are defaults with reasons and can be overridden per
 * run: "más de cinco proyectos" is (5, 10), which is what makes it contradict
 * a registry count above 5,000 while "more than 5,000" agrees with 5,800.
 */
import type {Claim, QualifierType} from './types.js'
import type {RegistryInterval} from './registry/types.js'

export interface Interval {
  min: number
  max: number
  minInclusive: boolean
  maxInclusive: boolean
}

/** A qualifier's interval as factors of the stated value v: [low·v, high·v]. */
export interface QualifierSpan {
  low: number
  high: number
  lowInclusive: boolean
  highInclusive: boolean
}

export type QualifierSemantics = Record<QualifierType, QualifierSpan>

/** Defaults from the design notes; each is configurable. */
export const defaultQualifiers: QualifierSemantics = {
  more: {low: 1, high: 2, lowInclusive: false, highInclusive: false},
  atLeast: {low: 1, high: 2, lowInclusive: true, highInclusive: false},
  almost: {low: 0.9, high: 1, lowInclusive: true, highInclusive: true},
  about: {low: 0.9, high: 1.1, lowInclusive: true, highInclusive: true},
  less: {low: 0.5, high: 1, lowInclusive: true, highInclusive: false},
  upTo: {low: 0, high: 1, lowInclusive: true, highInclusive: true},
  atMost: {low: 0, high: 1, lowInclusive: true, highInclusive: true}
}

/** A closed interval [min, max]. */
export function closed(min: number, max: number): Interval {
  return {min, max, minInclusive: true, maxInclusive: true}
}

/**
 * The interval a claim states, or undefined when it states no figure (an
 * unresolved relative date, say). A plain figure stands for everything that
 * rounds to it; a qualifier widens or moves it; stated bounds are kept.
 */
export function claimInterval(
  claim: Claim,
  qualifiers: QualifierSemantics = defaultQualifiers
): Interval | undefined {
  if (claim.value === undefined) {
    if (claim.min === undefined && claim.max === undefined) return undefined
    return {
      min: claim.min ? claim.min.value : Number.NEGATIVE_INFINITY,
      max: claim.max ? claim.max.value : Number.POSITIVE_INFINITY,
      minInclusive: claim.min ? claim.min.inclusive : false,
      maxInclusive: claim.max ? claim.max.inclusive : false
    }
  }

  const value = claim.value
  const half = (claim.step ?? 0) / 2

  if (claim.qualifier) {
    const span = qualifiers[claim.qualifier.type]
    const a = value * span.low
    const b = value * span.high
    // Negative figures flip the factors.
    return a <= b
      ? {min: a, max: b, minInclusive: span.lowInclusive, maxInclusive: span.highInclusive}
      : {min: b, max: a, minInclusive: span.highInclusive, maxInclusive: span.lowInclusive}
  }

  return closed(value - half, value + half)
}

/** The interval a registry value stands for. */
export function registryInterval(value: RegistryInterval): Interval {
  if (value.value !== undefined) {
    const half = (value.step ?? 0) / 2
    return closed(value.value - half, value.value + half)
  }

  return {
    min: value.min ?? Number.NEGATIVE_INFINITY,
    max: value.max ?? Number.POSITIVE_INFINITY,
    minInclusive: value.min === undefined ? false : value.minInclusive ?? true,
    maxInclusive: value.max === undefined ? false : value.maxInclusive ?? true
  }
}

/** Whether a stated figure agrees with a registry value: their intervals meet. */
export function agreesWith(claim: Claim, value: RegistryInterval | undefined): boolean {
  const stated = claimInterval(claim)
  return stated !== undefined && value !== undefined && overlaps(stated, registryInterval(value))
}

/** Whether two intervals share at least one point. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.max < b.min || b.max < a.min) return false
  if (a.max === b.min) return a.maxInclusive && b.minInclusive
  if (b.max === a.min) return b.maxInclusive && a.minInclusive
  return true
}

/** Whether `a` lies entirely below `b` (-1), above it (1), or they overlap (0). */
export function compare(a: Interval, b: Interval): -1 | 0 | 1 {
  if (overlaps(a, b)) return 0
  return a.max <= b.min ? -1 : 1
}

/** A point the interval stands for, for messages and factor checks. */
export function midpoint(a: Interval): number {
  if (!Number.isFinite(a.min)) return a.max
  if (!Number.isFinite(a.max)) return a.min
  return (a.min + a.max) / 2
}

/**
 * Per-unit interval of a total over a count: [min(total)/max(count),
 * max(total)/min(count)]. Counts are taken as at least 1 where the interval
 * reaches below it, so that "up to 5 projects" does not divide by zero.
 */
export function divide(total: Interval, count: Interval): Interval {
  const countMin = Math.max(count.min, 1)
  const countMax = Math.max(count.max, countMin)
  return {
    min: total.min / countMax,
    max: total.max / countMin,
    minInclusive: total.minInclusive && count.maxInclusive,
    maxInclusive: total.maxInclusive && (count.minInclusive || count.min < 1)
  }
}

/**
 * The power of 1,000 (1e3, 1e6, or their inverses) by which `stated` differs
 * from `expected`, when the ratio lies within `tolerance` (5 %) of one: the
 * classic dropped-`mil` and `billón`-for-`billion` traps. Undefined otherwise.
 */
export function scaleSlip(stated: number, expected: number, tolerance = 0.05): number | undefined {
  if (stated <= 0 || expected <= 0) return undefined
  const ratio = expected / stated
  for (const factor of [1e3, 1e6, 1e-3, 1e-6]) {
    if (Math.abs(ratio / factor - 1) <= tolerance) return factor
  }

  return undefined
}
