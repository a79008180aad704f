/**
 * Small text helpers shared by matching and rules: accent- and
 * case-insensitive normalisation, a light stemmer for matching registry terms
 * ("proyectos" ~ "proyecto", "investments" ~ "investment"), and number
 * formatting for messages in each language.
 *
 * The stemmer is deliberately crude: registry terms list the forms that
 * matter, so all it must do is fold plural endings, not analyse morphology.
 */
import type {Lang} from './types.js'
import {packOf} from './lang/index.js'

const normalized = new Map<string, string>()

/** Lower case, accents removed: "Japón" → "japon". Short strings (words) are cached. */
export function normalize(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value.toLowerCase()
  if (value.length > 40) return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  let result = normalized.get(value)
  if (result === undefined) {
    result = value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    if (normalized.size > 50_000) normalized.clear()
    normalized.set(value, result)
  }
  return result
}

/**
 * The forms a word may be compared by: itself normalised and with plural
 * endings folded (`-s`, `-es`, `-ies`). Two words are forms of each other when
 * their sets meet, so "país" and "países" meet at "pais", "relación" and
 * "relaciones" at "relacion", "project" and "projects" at "project".
 */
export function variants(word: string): string[] {
  const w = normalize(word)
  const forms = [w]
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1))
  if (w.length > 4 && w.endsWith('es')) forms.push(w.slice(0, -2))
  if (w.length > 5 && w.endsWith('ies')) forms.push(w.slice(0, -3) + 'y')
  return forms
}

/** Whether two words are forms of each other. */
export function sameWord(a: string, b: string): boolean {
  const vb = variants(b)
  return variants(a).some((v) => vb.includes(v))
}

/** Words of a phrase, normalised. */
export function words(value: string): string[] {
  return normalize(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * A number as a reader of `lang` writes it: 5000 → "5,000" / "5.000",
 * 19.5 → "19.5" / "19,5". Spanish style groups four-digit numbers too, as
 * newsrooms do.
 */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  const key = lang + maximumFractionDigits
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(packOf(lang).format.locale, {
      maximumFractionDigits,
      useGrouping: 'always' as unknown as boolean
    })
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * A large amount in words, for messages: 70e9 → "70 billion" (en) or
 * "70 mil millones" (es); 184000 → "184,000".
 */
export function formatAmount(value: number, lang: Lang): string {
  const abs = Math.abs(value)
  for (const [factor, singular, plural] of packOf(lang).format.scales) {
    if (factor >= 1e6 && abs >= factor) {
      const scaled = value / factor
      return formatNumber(Number(scaled.toPrecision(4)), lang) + ' ' + (Math.abs(scaled) === 1 ? singular : plural)
    }
  }

  return formatNumber(Math.round(value), lang)
}

const currencySymbols: Record<string, string> = {USD: 'US$', EUR: '€', JPY: '¥', GBP: '£'}

/** Money for messages: "US$70 billion", "¥60.98 billion". */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  const symbol = currencySymbols[currency]
  const amount = formatAmount(value, lang)
  return symbol ? symbol + amount : amount + ' ' + currency
}

/**
 * Folded phrases as one RegExp alternation, for rules that read the words
 * around a figure from the language packs: longest first, escaped, and a
 * space between words matching any run of spaces, apostrophes or hyphens
 * ("c est a dire" matches "c'est-a-dire" once folded).
 */
export function phrases(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, "[\\s'’-]+"))
    .join('|')
}
