/**
 * @file currency-conversion
 *
 * A conversion given in the text — "60.98 billion yen ($440 million)",
 * "500 millones de euros (unos 540 millones de dólares)" — must agree with
 * the registry's exchange rate for the figure's date, within a tolerance (5 %
 * by default, option `tolerance`).
 *
 * A conversion is two amounts in different currencies where the second
 * follows the first in parentheses, or after "or" / "o" / "equivalent to" /
 * "equivalente a" / "es decir" or a verb of equivalence ("are equivalent
 * to", "equivalen a"), or after a bare comma when it is hedged
 * ("60.980 millones de yenes, unos 440 millones de dólares"). The figure's date is, in order: the as-of
 * date of the registry claim the first amount matches, a year or date in the
 * same sentence, the document date. The registry rate nearest that date is
 * used, if it is dated within `maxGapDays` (31 by default) of the figure's
 * date, both taken as the spans they name ("2019" is the whole year, "2023-05"
 * the month): rates move too much for a rate of another year to judge a
 * conversion. With no such rate for the pair, or no date at all, nothing is
 * checked.
 *
 * The implied rate is computed from intervals (each amount widened by its
 * rounding), so "$440 million" for ¥60.98 billion implies 138.4–138.9 yen to
 * the dollar, and a 5 % tolerance means the registry rate may lie 5 % outside
 * that.
 *
 * @example valid.en.txt
 *   date 2023-05-25 Japan pledged 60.98 billion yen ($440 million) to Vietnam.
 *
 * @example invalid.en.txt
 *   date 2023-05-25 Japan pledged 60.98 billion yen ($550 million) to Vietnam.
 *
 * @output
 *   1:31-1:63 warning Unexpected conversion `60.98 billion yen ($550 million)`: it implies 110.9 JPY per USD, expected 138.6 JPY per USD (2023-05) within 5%
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, claimInterval, closed, divide, overlaps, formatDate, formatNumber, messageLang, normalize, packOf, packs, phrases, dateSpan, dateMiddle, spanGapDays} from '../src/rule-kit/index.js'
import type {Registry, RegistryRate} from '../src/registry/types.js'

const id = 'currency-conversion'

const messages = {
  rate: 'Unexpected conversion `{text}`: it implies {implied} {quote} per {base}, expected {rate} {quote} per {base} ({date}) within {tolerance}%'
}

/** What may stand between an amount and its conversion, in the sentence's language (its pack's `conversion` words). */
interface Connectors {
  /** "(", or a comma and "or" / "es decir" / "soit". */
  connector: RegExp
  /** A verb of equivalence, perhaps after the first amount's year: "$21.5 billion in 2024 are equivalent to", "equivalen a". */
  equivalence: RegExp
}

const compiled = new Map<Lang, Connectors>()

function connectorsOf(lang: Lang): Connectors {
  let found = compiled.get(lang)
  if (!found) {
    const pack = packOf(lang)
    const words = pack.rules.conversion
    found = {
      connector: new RegExp(`^\\s*(?:\\(|,?\\s*(?:${phrases(words.connectors)})(?![\\p{L}]))\\s*$`, 'u'),
      equivalence: new RegExp(`^\\s*(?:(?:${phrases(pack.rules.yearLead)})\\s+\\d{4},?\\s+)?(?:${phrases(words.equivalence)})\\s*$`, 'u')
    }
    compiled.set(lang, found)
  }
  return found
}

/** Every language's shared currency names and country stems: "Mexican pesos" may stand in a Spanish text. */
const shared = new RegExp(`(?<![\\p{L}])(?:${phrases(packs.flatMap((pack) => pack.rules.conversion.sharedNames))})(?![\\p{L}])`, 'u')
const countries = new RegExp(phrases(packs.flatMap((pack) => pack.rules.conversion.countries)))

const rule = defineRule({
  meta: {
    id,
    description: 'Conversions between currencies in the text must agree with the registry’s exchange rate for their date.',
    severity: 'warning',
    needsRegistry: true,
    scope: 'document',
    messages,
    schema: {
      type: 'object',
      properties: {
        tolerance: {type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'How far outside the implied rate the registry rate may lie, as a fraction.'},
        maxGapDays: {type: 'integer', minimum: 0, description: 'How many days apart the registry rate’s date and the figure’s date may be.'}
      },
      additionalProperties: false
    },
    defaults: {tolerance: 0.05, maxGapDays: 31}
  },
  check(doc, context) {
    const registry = context.registry!
    const tolerance = context.options.tolerance as number
    const maxGapDays = context.options.maxGapDays as number
    const findings: Finding[] = []
    for (const sentence of doc.sentences) {
      for (const [from, to] of conversions(doc, sentence)) {
        const finding = checkConversion(doc, sentence, from, to, registry, tolerance, maxGapDays)
        if (finding) findings.push(finding)
      }
    }

    return findings
  }
})

export default rule

/** An amount in "pesos" with no country named and no sign or code: its currency is a guess. */
function barePeso(claim: Claim): boolean {
  const text = normalize(claim.text)
  return shared.test(text) && !countries.test(text) && !/MX\$|MXN|COP|CLP|ARS|UYU/.test(claim.text)
}

/** Pairs of consecutive amounts in different currencies joined by a conversion connector. */
function conversions(doc: DocumentClaims, sentence: Sentence): Array<[Claim, Claim]> {
  const money = sentence.claims.filter((claim) => claim.kind === 'money' && claim.unit && claim.value !== undefined)
  const pairs: Array<[Claim, Claim]> = []
  const {connector, equivalence} = connectorsOf(sentence.lang ?? doc.lang)
  for (let i = 0; i + 1 < money.length; i++) {
    const [a, b] = [money[i], money[i + 1]]
    if (a.unit === b.unit) continue
    // Bare "pesos" name no country's peso (Mexico's, Colombia's, Uruguay's…): no rate to check against.
    if (barePeso(a) || barePeso(b)) continue
    const between = normalize(doc.text.slice(a.end, b.start))
    // A bare comma joins a conversion when the second amount is hedged: "60.980 millones de yenes, unos 440 millones de dólares".
    if (connector.test(between) || equivalence.test(between) || (/^\s*,\s*$/.test(between) && b.qualifier?.type === 'about')) pairs.push([a, b])
  }

  return pairs
}

function checkConversion(
  doc: DocumentClaims,
  sentence: Sentence,
  from: Claim,
  to: Claim,
  registry: Registry,
  tolerance: number,
  maxGapDays: number
): Finding | undefined {
  const date = figureDate(doc, sentence, from)
  if (!date) return undefined
  const rate = nearestRate(registry, from.unit!, to.unit!, date)
  if (!rate || gapToRate(rate, date) > maxGapDays) return undefined

  // Express both as `quote` per `base`.
  const [baseClaim, quoteClaim] = rate.base === to.unit ? [to, from] : [from, to]
  const base = claimInterval(baseClaim)
  const quote = claimInterval(quoteClaim)
  if (!base || !quote) return undefined
  const implied = divide(quote, base)
  const allowed = closed(rate.rate * (1 - tolerance), rate.rate * (1 + tolerance))
  if (overlaps(implied, allowed)) return undefined

  const text = doc.text.slice(from.start, closingEnd(doc.text, to.end))
  const point = (quoteClaim.value ?? 0) / (baseClaim.value ?? 1)
  const values = {
    text,
    implied: formatNumber(point, messageLang, 1),
    quote: rate.quote,
    base: rate.base,
    rate: formatNumber(rate.rate, messageLang, 4),
    date: rateDate(rate),
    tolerance: formatNumber(tolerance * 100, messageLang)
  }
  return finding(rule.meta, doc, 'rate', values, {start: from.start, end: closingEnd(doc.text, to.end), text, claim: to}, {
    note: `Registry rate (${rate.position.file}:${rate.position.line}:${rate.position.column}): 1 ${rate.base} = ${rate.rate} ${rate.quote} for ${rateDate(rate)}.${rate.sources[0] ? ` Source: ${rate.sources[0].title ? rate.sources[0].title + ', ' : ''}${rate.sources[0].url ?? rate.sources[0].document}.` : ''}`
  })
}

/** Include a closing parenthesis right after the converted amount. */
function closingEnd(text: string, end: number): number {
  return text.charAt(end) === ')' ? end + 1 : end
}

/** The date a figure holds at: its registry claim's as-of date, a date in its sentence, or the document's. */
function figureDate(doc: DocumentClaims, sentence: Sentence, claim: Claim): string | undefined {
  const asOf = doc.matches.get(claim)?.registryClaim.asOf
  if (asOf) return asOf
  const dated = sentence.claims.find((c) => (c.kind === 'date' && c.date) || (c.kind === 'year' && c.value !== undefined && !c.relative))
  if (dated) return dated.date ?? String(dated.value)
  return doc.date ? formatDate(doc.date) : undefined
}

/** The rate for the figure's date: one valid then (`from`/`to`), else the one dated nearest. */
function nearestRate(registry: Registry, a: string, b: string, date: string): RegistryRate | undefined {
  let best: RegistryRate | undefined
  let distance = Number.POSITIVE_INFINITY
  for (const rate of registry.rates) {
    const pair = (rate.base === a && rate.quote === b) || (rate.base === b && rate.quote === a)
    if (!pair) continue
    // A validity period that holds the date wins over any dated rate; one that misses it counts by its gap.
    const d = rate.from !== undefined || rate.to !== undefined ? gapToRate(rate, date) * 86_400_000 - 1 : Math.abs(dateMiddle(rate.date) - dateMiddle(date))
    if (d < distance) {
      best = rate
      distance = d
    }
  }

  return best
}

/** Days between a rate's date or validity period and a figure's date, taken as the spans they name; 0 when they overlap. */
function gapToRate(rate: RegistryRate, date: string): number {
  const valid: [number, number] = rate.from !== undefined || rate.to !== undefined ? [dateSpan(rate.from ?? rate.date)[0], dateSpan(rate.to ?? rate.date)[1]] : dateSpan(rate.date)
  return spanGapDays(valid, dateSpan(date))
}

/** How a rate's date is written in messages: "2023-05", or "2021-01 to 2022-12" for a validity period. */
function rateDate(rate: RegistryRate): string {
  return rate.from !== undefined || rate.to !== undefined ? `${rate.from ?? rate.date} to ${rate.to ?? rate.date}` : rate.date
}


