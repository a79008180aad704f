/**
 * Words for messages: registry values, intervals and notes that cite the
 * registry claim and its source, and corrected wordings for the scale-word
 * traps. Messages are in English; figures are written the way the
 * document's language writes them, so an editor can paste a suggestion.
 */
import type {Claim, Lang} from './types.js'
import {packOf} from './lang/index.js'
import type {RegistryClaim, RegistryRatio, RegistrySource} from './registry/types.js'
import type {Interval} from './interval.js'
import {registryInterval} from './interval.js'
import {location} from 'vfile-location'
import type {DocumentClaims} from './rule.js'
import {formatAmount, formatMoney, formatNumber} from './text.js'

/** A value in its unit: money with its symbol, counts and percents plainly. */
export function describeValue(value: number, unit: string | undefined, kind: string, lang: Lang): string {
  if (kind === 'money' && unit) return formatMoney(value, unit, lang)
  if (kind === 'percent') return formatNumber(value, lang, 1) + '%'
  return formatAmount(value, lang)
}

/** An interval in words: "5,000", "more than 5,000", "between 450,000 and 520,000". */
export function describeInterval(interval: Interval, unit: string | undefined, kind: string, lang: Lang): string {
  const v = (n: number) => describeValue(n, unit, kind, lang)
  const hasMin = Number.isFinite(interval.min)
  const hasMax = Number.isFinite(interval.max)
  if (hasMin && hasMax) {
    if (interval.min === interval.max) return v(interval.min)
    return `between ${v(interval.min)} and ${v(interval.max)}`
  }
  if (hasMin) return `${interval.minInclusive ? 'at least' : 'more than'} ${v(interval.min)}`
  if (hasMax) return `${interval.maxInclusive ? 'at most' : 'less than'} ${v(interval.max)}`
  return 'any value'
}

/** What a registry claim says, in words: "more than 5,000 (as of 2023-06)". */
export function describeRegistryClaim(claim: RegistryClaim, lang: Lang): string {
  let what: string
  switch (claim.kind) {
    case 'event':
      what = `on ${claim.date ?? 'an unknown date'}`
      break
    case 'rank':
      what = `rank ${claim.rank ?? '?'}${claim.outOf ? ` of ${claim.outOf}` : ''}`
      break
    case 'quantity':
    case 'money':
    case 'percent':
      what = claim.value ? describeInterval(registryInterval(claim.value), claim.unit, claim.kind, lang) : 'no value'
      break
  }

  return what + (claim.asOf ? ` as of ${claim.asOf}` : '')
}

/** A note citing a registry claim: id, place in the registry, value and source. */
export function registryNote(claim: RegistryClaim, lang: Lang): string {
  const where = `${claim.position.file}:${claim.position.line}:${claim.position.column}`
  const label = claim.label ? ` — ${claim.label}` : ''
  return `Registry \`${claim.id}\`${label} (${where}): ${describeRegistryClaim(claim, lang)}. ${sourceLine(claim.sources)}`
}

/** A note citing a registry ratio. */
export function ratioNote(ratio: RegistryRatio, lang: Lang): string {
  const where = `${ratio.position.file}:${ratio.position.line}:${ratio.position.column}`
  const bounds = describeBounds(ratio, lang)
  const label = ratio.label ? ` — ${ratio.label}` : ''
  return `Registry ratio \`${ratio.id}\`${label} (${where}): plausible ${bounds}. ${sourceLine(ratio.sources)}`
}

export function describeBounds(ratio: RegistryRatio, lang: Lang): string {
  const interval: Interval = {
    min: ratio.min ?? Number.NEGATIVE_INFINITY,
    max: ratio.max ?? Number.POSITIVE_INFINITY,
    minInclusive: true,
    maxInclusive: true
  }
  return describeInterval(interval, ratio.unit, ratio.numerator.kind, lang)
}

function sourceLine(sources: RegistrySource[]): string {
  if (sources.length === 0) return 'No source given.'
  const first = sources[0]
  const title = first.title ? `${first.title}, ` : ''
  const retrieved = first.retrieved ? ` (retrieved ${first.retrieved})` : ''
  const more = sources.length > 1 ? ` and ${sources.length - 1} more` : ''
  return `Source: ${title}${first.url ?? first.document}${retrieved}${more}.`
}


/**
 * The claim's text with its figure multiplied by `factor` (a power of 1,000),
 * by changing the scale word where there is one ("billones" → "mil
 * millones") or adding one ("cinco proyectos" → "cinco mil proyectos").
 * Undefined when no honest rewording is possible.
 */
export function rescaleWording(claim: Claim, source: string, factor: number, lang: Lang): string | undefined {
  const text = claim.text
  const offset = claim.start
  if (claim.scale) {
    const current = claim.scale.factor
    const wanted = current * factor
    const word = packOf(lang).format.scales.find(([f]) => f === wanted)
    if (!word) return undefined
    const plural = (claim.value ?? 2) / wanted !== 1
    const replacement = plural ? word[2] : word[1]
    return text.slice(0, claim.scale.start - offset) + replacement + text.slice(claim.scale.end - offset)
  }

  if (factor < 1) return undefined
  const word = packOf(lang).format.scales.find(([f]) => f === factor)
  if (!word) return undefined
  // The figure ends where the noun (or the currency word) begins.
  const figureEnd = claim.noun ? claim.noun.start : lastFigureEnd(source, claim)
  if (figureEnd === undefined) return undefined
  const head = source.slice(offset, figureEnd).replace(/\s+$/, '')
  const tail = source.slice(offset + head.length, claim.end)
  return `${head} ${word[2]}${tail}`
}

/** End of the last digit or number word in a claim without a noun. */
function lastFigureEnd(source: string, claim: Claim): number | undefined {
  const slice = source.slice(claim.start, claim.end)
  const match = /\d[\d.,]*(?!.*\d)/s.exec(slice)
  return match ? claim.start + match.index + match[0].length : undefined
}

/** "3:14", or "other.md:3:14" for a place in another document than the finding's. */
export function describePlace(doc: Pick<DocumentClaims, 'path' | 'text'>, offset: number, withPath: boolean): string {
  return placesIn(doc)(offset, withPath)
}

/** `describePlace` for many places of one document: its lines are indexed once. */
export function placesIn(doc: Pick<DocumentClaims, 'path' | 'text'>): (offset: number, withPath: boolean) => string {
  const points = location(doc.text)
  return (offset, withPath) => {
    const point = points.toPoint(offset)
    const at = point ? `${point.line}:${point.column}` : String(offset)
    return withPath ? `${doc.path}:${at}` : at
  }
}

/**
 * Message values for a figure off by a power of 1,000 (`factor` = expected /
 * stated): the factor, its direction, and the likely cause in the document's
 * language — a dropped `mil` / `thousand`, or `billón` (10^12) where `mil
 * millones` (10^9) was meant, the classic translation trap.
 */
export function scaleSlipValues(claim: Claim, factor: number, lang: Lang): Record<string, string> {
  return {
    factor: formatNumber(factor >= 1 ? factor : 1 / factor, lang),
    direction: factor >= 1 ? 'more' : 'less',
    cause: slipCause(claim, factor, lang)
  }
}

function slipCause(claim: Claim, factor: number, lang: Lang): string {
  const scale = claim.scale?.text.toLowerCase() ?? ''
  const format = packOf(lang).format
  // Scale words that a translation gets wrong ("billón" read as billion), from the language pack.
  for (const slip of format.scaleSlips) {
    const cause = factor < 1 ? slip.tooLarge : slip.tooSmall
    if (cause && slip.pattern.test(scale)) return cause
  }
  if (factor < 1) return 'a scale word too many'
  // A scale word there already: the wrong one ("$50 million" for $50 billion).
  if (claim.scale && !format.composedScales) {
    const wanted = format.scales.find(([f]) => f === claim.scale!.factor * factor)
    if (wanted) return `\`${claim.scale.text}\` where \`${wanted[1]}\` was meant`
  }
  return factor === 1e3 ? format.droppedScale[1000] : format.droppedScale[1000000]
}

/**
 * The claim's text with the figure of its precision that the derived
 * interval centres on ("755 millones de euros" → "735 millones de euros" for
 * 733.5–736.5 millones), or undefined when the interval is wider than three
 * steps, the figure is hedged, or not written in plain digits.
 */
export function certainReplacement(claim: Claim, expected: Interval, lang: Lang): string | undefined {
  if (claim.qualifier || claim.value === undefined || !claim.step || !Number.isFinite(expected.min) || !Number.isFinite(expected.max)) return undefined
  // Certain when the interval the stated figures allow spans at most three
  // steps of the claim's precision: its middle, so rounded, is what the
  // figures as written give ("310 + 185 + 240" is 735).
  const step = claim.step
  if (expected.max - expected.min > 3 * step + 1e-9) return undefined
  const low = Math.round((expected.min + expected.max) / 2 / step)
  const digits = /\d[\d.,\u00a0 ]*\d|\d/.exec(claim.text)
  if (!digits) return undefined
  const {decimal, group, groupFourDigits} = packOf(lang).format
  const written = Number(digits[0].replaceAll(group, '').replace(decimal, '.').replace(/[\u00a0 ]/g, ''))
  const factor = claim.scale?.factor ?? 1
  if (!Number.isFinite(written) || Math.abs(written * factor - claim.value) > step / 2) return undefined
  const places = Math.max(0, -Math.round(Math.log10(step / factor)))
  const value = (low * step) / factor
  const [whole, fraction] = value.toFixed(places).split('.')
  const grouped = whole.length > 4 || (groupFourDigits && whole.length > 3) ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole
  return claim.text.slice(0, digits.index) + grouped + (fraction ? decimal + fraction : '') + claim.text.slice(digits.index + digits[0].length)
}
