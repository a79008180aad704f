/**
 * @file derived-figure
 *
 * Numbers derived from other numbers of the same sentence must match them,
 * within the rounding the stated numbers allow. Every check computes with
 * intervals (see docs/intervals.md), so a figure rounded as written never
 * raises an alarm.
 *
 * - **Percentage change**: "grew 12% to $2.4 billion from $2.0 billion" —
 *   (new − old) / old, negative after "fell", "cayó", "disminuyó"... A
 *   range written beside a verb of change ("creció un 3,2%, de 1.187.000 a
 *   1.248.300 personas") is the old and the new value, in the order written.
 * - **Rates**: "300.000 pasajeros al día, más de 200 millones al año" — a
 *   figure per day, week or month against one per year. The period may come
 *   before the first figure ("Cada mes llegaron 1.790 millones…"), and a
 *   figure dated by the sentence's one year and followed by a rate in
 *   apposition is that year's total ("moved 4.2 million containers in 2024,
 *   or about 11,500 a day"). The figure stated second is the one reported.
 * - **Per unit**: "1.500 millones de euros para 2 millones de habitantes,
 *   unos 750 euros por habitante" — total / count against the per-unit figure.
 *   Without a count in the sentence, a registry population of the sentence's
 *   subject (a `quantity` claim whose noun is inhabitants or people) is used.
 * - **Shares**: "40 millones, el 25% de 160 millones", "4.4 million bags,
 *   about 35% of the total 12.6 million" — part / whole.
 * - **Sums**: "5 y 7 millones, un total de 12 millones" — a figure marked as
 *   a total against the sum of the figures before it.
 *
 * When the figures allow an interval of at most three steps of the stated
 * precision, the finding suggests the figure they give ("735 millones de
 * euros" for a total of 310, 185 and 240 millones).
 *
 * @example valid.en.txt
 *   Exports grew 20% to $2.4 billion from $2.0 billion.
 *
 * @example invalid.en.txt
 *   Exports grew 12% to $2.4 billion from $2.0 billion.
 *
 * @output
 *   1:14-1:17 warning Unexpected `12%` for the change from `$2.0 billion` to `$2.4 billion`, expected between 14.6% and 25.7%
 *
 * @example invalid.es.txt
 *   El aeropuerto recibe 300.000 pasajeros al día, más de 200 millones al año.
 *
 * @output
 *   1:48-1:67 warning Unexpected `más de 200 millones` al año for `300.000 pasajeros` al día, expected between 109,5 millones and 109,8 millones
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, indexOf, nounFits, claimInterval, closed, divide, overlaps, registryInterval, type Interval, certainReplacement, describeInterval, normalize, packOf, periodDays, phrases, packs, words, type Period} from '../src/rule-kit/index.js'
import type {Registry} from '../src/registry/types.js'

const id = 'derived-figure'

const messages = {
  change: 'Unexpected `{found}` for the change from `{old}` to `{new}`, expected {expected}',
  rate: 'Unexpected `{found}` {period} for `{base}` {basePeriod}, expected {expected}',
  perUnit: 'Unexpected `{found}` for `{total}` over {count}, expected {expected}',
  share: 'Unexpected `{found}` for `{part}` of `{whole}`, expected {expected}',
  sum: 'Unexpected `{found}` as the total of {parts}, expected {expected}'
}

const rule = defineRule({
  meta: {
    id,
    description: 'Derived figures (changes, rates, per-unit figures, shares, sums) must match the figures they derive from.',
    severity: 'warning',
    needsRegistry: false,
    scope: 'document',
    messages,
    schema: noOptions,
    defaults: {}
  },
  check(doc, context) {
    const findings: Finding[] = []
    for (const sentence of doc.sentences) {
      const figures = sentence.claims.filter(isFigure)
      if (figures.length < 2) continue
      const context_ = {doc, sentence, figures, registry: context.registry}
      for (const check of [checkChange, checkRate, checkPerUnit, checkShare, checkSum]) {
        findings.push(...check(context_))
      }
    }

    return findings.sort((a, b) => a.start - b.start)
  }
})

export default rule

interface Context {
  doc: DocumentClaims
  sentence: Sentence
  figures: Claim[]
  registry?: Registry
}

function isFigure(claim: Claim): boolean {
  return (claim.kind === 'money' || claim.kind === 'quantity' || claim.kind === 'percent') && claimInterval(claim) !== undefined
}

function isPercent(claim: Claim): boolean {
  return claim.kind === 'percent' && claim.unit !== 'pp'
}

/** Normalised text of the sentence just before / after a claim. */
function before(ctx: Context, claim: Claim, chars = 24): string {
  return normalize(ctx.doc.text.slice(Math.max(ctx.sentence.start, claim.start - chars), claim.start)).trimEnd()
}

function after(ctx: Context, claim: Claim, chars = 30): string {
  return normalize(ctx.doc.text.slice(claim.end, Math.min(ctx.sentence.end, claim.end + chars))).trimStart()
}

function sameUnit(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return false
  // Counts of different things ("150 metres", "4.2 megawatts") do not add up.
  if (a.kind === 'quantity' && a.unit && b.unit) return a.unit === b.unit
  return a.kind !== 'money' || a.unit === b.unit
}

function report(ctx: Context, claim: Claim, messageId: keyof typeof messages, values: Record<string, string>, expected: Interval, related: Claim[]): Finding {
  const replacement = certainReplacement(claim, expected, ctx.doc.lang)
  return finding(rule.meta, ctx.doc, messageId, {...values, expected: describeInterval(expected, claim.unit, claim.kind, ctx.doc.lang)}, claim, {
    expected: replacement ? [replacement] : [],
    related: related.map((other) => ({path: ctx.doc.path, start: other.start, end: other.end, message: `\`${other.text}\` used here`}))
  })
}

/**
 * The two ends of a written range, "de 100 a 50 millones", "from 3 to 5",
 * "de 100 à 120": matched on the folded text (the words are folded), cut
 * from the text as written (folding keeps the length of precomposed letters).
 */
function rangeParts(p: DerivedPatterns, text: string): [string, string] | undefined {
  const folded = normalize(text)
  const match = p.range.exec(folded)
  if (!match?.indices?.[1] || !match.indices[2]) return undefined
  const source = folded.length === text.length ? text : folded
  return [source.slice(...match.indices[1]), source.slice(...match.indices[2])]
}

/** The language's words of derived figures, compiled once per pack (see `DerivedWords` in src/lang/types.ts). */
interface DerivedPatterns {
  /** "más que los", "more than the": the figure after them is what a change is measured from. */
  compare: RegExp
  /** The same words anywhere, to take them out of the words between a percentage and its figure. */
  compareAnywhere: RegExp
  lessThan: RegExp
  from: RegExp
  to: RegExp
  to1: Set<string>
  rangeFrom: RegExp
  rangeTo: RegExp
  range: RegExp
  fall: RegExp
  rise: RegExp
  perUnit: RegExp
  share: RegExp
  ofBetween: RegExp
  total: RegExp
  yearIn: RegExp
  apposition: RegExp
}

const compiled = new Map<string, DerivedPatterns>()

function patternsOf(lang: Lang): DerivedPatterns {
  let patterns = compiled.get(lang)
  if (patterns) return patterns
  const pack = packOf(lang)
  const w = pack.rules.derived
  const than = phrases([...w.moreThan, ...w.lessThan])
  patterns = {
    compare: new RegExp(`(?:^|\\s)(?:${than})(?:\\s+(?:${phrases(w.thanArticles)}))?$`),
    compareAnywhere: new RegExp(`(?<![\\p{L}])(?:${than})(?![\\p{L}])`, 'gu'),
    lessThan: new RegExp(`(?:^|\\s)(?:${phrases(w.lessThan)})(?:\\s|$)`),
    from: new RegExp(`(?:^|\\s)(?:${phrases(w.from)})$`),
    to: new RegExp(`(?:^|\\s)(?:${phrases(w.to)})$`),
    to1: new Set(w.to),
    rangeFrom: new RegExp(`(?:^|\\s)(?:${phrases(w.rangeFrom)})$`),
    rangeTo: new RegExp(`(?:^|\\s)(?:${phrases(w.rangeTo)})$`),
    range: new RegExp(`^(?:${phrases(w.rangeFrom)})\\s+(.+?)\\s+(?:${phrases(w.rangeTo)})\\s+(.+)$`, 'sud'),
    fall: w.fall,
    rise: w.rise,
    perUnit: new RegExp(`^(?:(?:${phrases(w.perUnit)})\\s+(\\p{L}+)|(?:${phrases(w.perCapita)})(?![\\p{L}]))`, 'u'),
    share: new RegExp(`^(?:${phrases(w.shareOf)})(?![\\p{L}])`, 'u'),
    ofBetween: new RegExp(`^\\s*(?:${phrases(w.shareOf)})(?:\\s+(?:${phrases(w.shareDeterminers)}))?(?:\\s+(?:${phrases(w.shareTotal)}))?\\s*$`),
    total: new RegExp(`(?:^|\\s)(?:${phrases(w.total)})$`),
    yearIn: new RegExp(`(?:^|\\s)(?:${phrases(pack.rules.yearLead)})\\s+\\d{4}`),
    apposition: new RegExp(`^[\\p{L}\\s]*,\\s*(?:${phrases(w.apposition)})?\\s*$`, 'u')
  }
  compiled.set(lang, patterns)
  return patterns
}

/** The patterns of the sentence's language. */
function patterns(ctx: Context): DerivedPatterns {
  return patternsOf(ctx.sentence.lang ?? ctx.doc.lang)
}

/** "grew 12% to $2.4 billion from $2.0 billion". */
function checkChange(ctx: Context): Finding[] {
  const percent = ctx.figures.find(isPercent)
  if (!percent) return []
  const p = patterns(ctx)
  const others = ctx.figures.filter((f) => f !== percent && !isPercent(f))
  // "creció un 32% hasta 2.400 millones": after a change, "hasta" is "to", not "up to".
  const reached = (f: Claim) => f.qualifier?.type === 'upTo' && p.to1.has(normalize(f.qualifier.text)) && f.start > percent.end
  let next = others.find((f) => p.to.test(before(ctx, f)) || reached(f))
  // "de 100 millones a 50 millones": "de" is "from" only before a figure that "a" joins to the new one.
  let old =
    others.find((f) => p.from.test(before(ctx, f))) ??
    (next && p.rangeTo.test(before(ctx, next)) ? others.find((f) => f.end <= next!.start && p.rangeFrom.test(before(ctx, f))) : undefined)
  // "415 millones, un 6% más que los 399 millones del año anterior": the new figure before, the old one after "más que".
  let comparedLess = false
  if (!next || !old) {
    const than = others.find((f) => f.start > percent.end && p.compare.test(before(ctx, f, 30)) && fewWords.test(normalize(ctx.doc.text.slice(percent.end, f.start)).replace(p.compareAnywhere, ' ')))
    const earlier = others.filter((f) => f.end <= percent.start && than !== undefined && (sameUnit(f, than) || bareBeside(f, than) || bareBeside(than, f))).at(-1)
    if (than && earlier) {
      old = than
      next = earlier
      comparedLess = p.lessThan.test(before(ctx, than, 30))
    }
  }
  if (!next || !old) [old, next] = rangeEnds(ctx, others) ?? [old, next]
  if (!next || !old || !(sameUnit(next, old) || bareBeside(old, next) || bareBeside(next, old))) return []
  const a = claimInterval(old)!
  const b = reached(next) ? claimInterval({...next, qualifier: undefined, min: undefined, max: undefined})! : claimInterval(next)!
  if (a.min <= 0) return []
  const decline = comparedLess || p.fall.test(ctx.sentence.text.toLowerCase())
  let change = closed(((b.min - a.max) / a.max) * 100, ((b.max - a.min) / a.min) * 100)
  if (decline) change = closed(-change.max, -change.min)
  const stated = claimInterval(percent)!
  if (overlaps(round(change), stated)) return []
  return [report(ctx, percent, 'change', {found: percent.text, old: old.text, new: next.text}, round(change), [old, next])]
}

/**
 * "creció un 3,2% en diez años, de 1.187.000 a 1.248.300 personas": the
 * extractor reads "de X a Y" ("from X to Y") as one range; beside a change
 * it is the old and the new value, in the order written.
 */
function rangeEnds(ctx: Context, figures: Claim[]): [Claim, Claim] | undefined {
  // Only where the sentence tells a change: "niños de 3 a 12 años, un 5% de descuento" is an age range.
  const lower = ctx.sentence.text.toLowerCase()
  const p = patterns(ctx)
  if (!p.rise.test(lower) && !p.fall.test(lower)) return undefined
  for (const range of figures) {
    const parts = rangeParts(p, range.text)
    if (!parts || !range.min || !range.max || range.min.value === range.max.value) continue
    const [low, high] = [range.min.value, range.max.value]
    // "de 100 a 50 millones": the scale word read on one end only is not a change of a thousand times.
    if (low <= 0 || high / low > 100) continue
    // Written from the higher to the lower ("de 100 a 50 millones") when the first number read is the larger one.
    const falling = firstNumber(parts[0]) > firstNumber(parts[1])
    const end = (value: number, text: string): Claim => ({...range, value, min: undefined, max: undefined, qualifier: undefined, text})
    const first = end(falling ? high : low, parts[0])
    const second = end(falling ? low : high, parts[1])
    return [first, second]
  }
  return undefined
}

/** The number a piece of a range starts with, read loosely (digits only), to tell which end was written first. */
function firstNumber(text: string): number {
  return Number(/\d[\d.,]*/.exec(text)?.[0].replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.') ?? Number.NaN)
}


/**
 * Days in a period as an interval: the rule kit's `periodDays`, with a leap
 * year's day. A month is a twelfth of a year, not 28 to 31 days: "1,790
 * million a month" is 21,480 million a year, and the wider month let "more
 * than 25,000 million a year" pass.
 */
const periodSpan = (period: Period): Interval => closed(periodDays[period], period === 'year' ? 366 : period === 'month' ? 366 / 12 : periodDays[period])


/** Every language's words of a rate's period ("a day", "al dia", "par jour", "daily"), folded: a quoted rate counts too. */
const periodPhrases: Array<[Period, string]> = packs.flatMap((pack) => (Object.entries(pack.rules.periods) as Array<[Period, string[]]>).flatMap(([period, list]) => list.map((phrase): [Period, string] => [period, phrase])))

/** The period the words at the start of `text` give a figure. */
function periodOf(text: string): Period | undefined {
  const start = ` ${words(text).slice(0, 3).join(' ')} `
  return periodPhrases.find(([, phrase]) => start.startsWith(` ${phrase} `))?.[0]
}

/** Words that make a period distributive before a figure ("each month", "cada mes", "chaque mois"). */
const distributive = new Set(packs.flatMap((pack) => pack.rules.distributive))

/** The period phrases that start with a distributive word, in `periodPhrases` order. */
const distributivePhrases = periodPhrases.filter(([, phrase]) => distributive.has(phrase.split(' ')[0]))

/** Skip the counted noun before reading the period: "300.000 pasajeros al día". */
function periodAfter(ctx: Context, claim: Claim): Period | undefined {
  return periodOf(after(ctx, claim))
}

/**
 * The period of a figure that says it before the figure, as the sentence's
 * first figure: "Cada mes llegaron de media unos 1.790 millones", "Each month
 * about 1.8 billion arrived".
 */
function periodBefore(ctx: Context, claim: Claim): Period | undefined {
  if (ctx.figures[0] !== claim) return undefined
  const lead = ` ${words(ctx.doc.text.slice(ctx.sentence.start, claim.start)).join(' ')} `
  return distributivePhrases.find(([, phrase]) => lead.includes(` ${phrase} `))?.[0]
}

/**
 * A yearly total told with its year and then as a rate: "moved 4.2 million
 * TEU in 2024, or about 8,000 a day"; "En 2024, Cóndor transportó 14,2
 * millones de pasajeros, unos 25.000 al día". The figure is taken as the
 * year's when the sentence names one calendar year and the rate follows it
 * in apposition (a comma, perhaps "or", "o", "es decir").
 */
function yearTotalBefore(ctx: Context, total: Claim, rate: Claim): boolean {
  const years = ctx.sentence.claims.filter((c) => c.kind === 'year' && !c.relative && c.value !== undefined)
  if (years.length !== 1 || years[0].start > rate.start) return false
  const p = patterns(ctx)
  const between = normalize(ctx.doc.text.slice(total.end, rate.start)).replace(p.yearIn, ' ')
  return p.apposition.test(between)
}

/** "300.000 pasajeros al día, más de 200 millones al año". */
function checkRate(ctx: Context): Finding[] {
  const amounts = ctx.figures.filter((f) => !isPercent(f))
  const periods = amounts.map((f) => periodAfter(ctx, f) ?? periodBefore(ctx, f))
  // A figure of the sentence's year, followed by its rate, is that year's total.
  for (let i = 0; i + 1 < amounts.length; i++) {
    if (!periods[i] && periods[i + 1] && periods[i + 1] !== 'year' && yearTotalBefore(ctx, amounts[i], amounts[i + 1])) periods[i] = 'year'
  }
  const rated = amounts
    .map((f, i) => ({claim: f, period: periods[i]}))
    .filter((r): r is {claim: Claim; period: Period} => r.period !== undefined)
  const results: Finding[] = []
  for (let i = 0; i + 1 < rated.length; i++) {
    const [small, large] = [rated[i], rated[i + 1]]
    if (small.period === large.period) continue
    // "unos 1.790 millones de dólares, más de 25.000 millones al año": a bare figure beside an amount is of its unit.
    const bare = bareBeside(large.claim, small.claim) || bareBeside(small.claim, large.claim)
    if (small.claim.kind !== large.claim.kind && !bare) continue
    if (small.claim.kind === 'money' && large.claim.kind === 'money' && small.claim.unit !== large.claim.unit) continue
    // The figure stated second is the one derived from the first ("4.2 million TEU in 2024, or about 8,000 a day").
    const [base, derived] = [small, large]
    const factor = divide(periodSpan(derived.period), periodSpan(base.period))
    const baseInterval = claimInterval(base.claim)!
    const expected = closed(baseInterval.min * factor.min, baseInterval.max * factor.max)
    if (overlaps(expected, claimInterval(derived.claim)!)) continue
    const lang = ctx.doc.lang
    results.push(
      report(
        ctx,
        derived.claim,
        'rate',
        {found: derived.claim.text, period: packOf(lang).format.periods[derived.period], base: base.claim.text, basePeriod: packOf(lang).format.periods[base.period]},
        expected,
        [base.claim]
      )
    )
  }

  return results
}

/** "1.500 millones de euros, unos 750 euros por habitante". */
function checkPerUnit(ctx: Context): Finding[] {
  const results: Finding[] = []
  for (const unit of ctx.figures) {
    if (unit.kind !== 'money') continue
    const match = patterns(ctx).perUnit.exec(after(ctx, unit))
    if (!match) continue
    const noun = match[1] ?? 'capita'
    const total = ctx.figures.find((f) => f !== unit && f.kind === 'money' && f.unit === unit.unit && f.start < unit.start)
    if (!total) continue
    // "per resident" divides by "1.2 million people": the population nouns are one measure.
    const perPerson = noun === 'capita' || nounFits(noun, packOf(ctx.doc.lang).rules.populationNouns)
    const counts = (f: Claim) => f.kind === 'quantity' && f.noun !== undefined && (nounFits(f.noun.text, [noun]) || (perPerson && nounFits(f.noun.text, packOf(ctx.doc.lang).rules.populationNouns)))
    const count = ctx.figures.find(counts) ?? earlierCount(ctx, counts)
    let countInterval = count ? claimInterval(count) : undefined
    let countText = count ? '`' + count.text + '`' : ''
    if (!countInterval && ctx.registry && (noun === 'capita' || nounFits(noun, packOf(ctx.doc.lang).rules.populationNouns))) {
      const population = registryPopulation(ctx, total)
      if (population) {
        countInterval = population.interval
        countText = `the population of \`${population.entity}\` (registry \`${population.id}\`)`
      }
    }
    if (!countInterval) continue
    const expected = divide(claimInterval(total)!, countInterval)
    if (overlaps(expected, claimInterval(unit)!)) continue
    results.push(report(ctx, unit, 'perUnit', {found: unit.text, total: total.text, count: countText}, expected, count ? [total, count] : [total]))
  }

  return results
}

/**
 * The count a per-unit figure divides by when its sentence gives none: the
 * document's earlier count of that noun ("opened … with 320 beds" a
 * paragraph before "$210 million …, about $900,000 per bed"), only when
 * every earlier count of it says the same number.
 */
function earlierCount(ctx: Context, counts: (claim: Claim) => boolean): Claim | undefined {
  // A bare count of the sentence may be the one meant: "De ellos, 120 serán eléctricos, … 600.000 euros por autobús".
  if (ctx.figures.some((f) => f.kind === 'quantity' && !f.noun && !f.unit)) return undefined
  const earlier = ctx.doc.sentences.filter((s) => s.end <= ctx.sentence.start).flatMap((s) => s.claims.filter(counts))
  return new Set(earlier.map((c) => c.value)).size === 1 ? earlier.at(-1) : undefined
}

function registryPopulation(ctx: Context, claim: Claim): {interval: Interval; entity: string; id: string} | undefined {
  const index = indexOf(ctx.registry!)
  const mentions = index.mentions(ctx.sentence)
  const subject = mentions.filter((m) => m.end <= claim.start).at(-1) ?? mentions[0]
  if (!subject) return undefined
  const population = ctx.registry!.claims.find(
    (c) =>
      c.kind === 'quantity' &&
      c.value &&
      c.about.length === 1 &&
      c.about[0] === subject.entity &&
      nounFits(packOf(ctx.doc.lang).rules.populationNouns[0], c.noun?.[ctx.doc.lang])
  )
  return population ? {interval: registryInterval(population.value!), entity: subject.entity, id: population.id} : undefined
}

/**
 * "40 millones de dólares, el 25% de 160 millones", "1.950 millones aportaron
 * el 40% de los 4.870 millones", and the other order, "12% of the 3.5 million
 * cars, about 420,000 cars". The whole is the figure right after "of" / "de"
 * ("57% of the sample" has none, so no share is read); the part stands a few
 * words before the percentage, or after the whole.
 */
function checkShare(ctx: Context): Finding[] {
  const results: Finding[] = []
  const p = patterns(ctx)
  for (const percent of ctx.figures.filter(isPercent)) {
    if (!p.share.test(after(ctx, percent))) continue
    const whole = ctx.figures.find((f) => f.start > percent.end && !isPercent(f))
    if (!whole || !p.ofBetween.test(normalize(ctx.doc.text.slice(percent.end, whole.start)))) continue
    const before = [...ctx.figures].reverse().find((f) => f.end < percent.start && !isPercent(f))
    const afterWhole = ctx.figures.find((f) => f.start > whole.end && !isPercent(f))
    const part =
      before && sameUnitOrBare(before, whole) && fewWords.test(normalize(ctx.doc.text.slice(before.end, percent.start)))
        ? before
        : afterWhole && sameUnitOrBare(afterWhole, whole) && fewWords.test(normalize(ctx.doc.text.slice(whole.end, afterWhole.start)))
          ? afterWhole
          : undefined
    if (!part) continue
    const share = divide(claimInterval(part)!, claimInterval(whole)!)
    const expected = round(closed(share.min * 100, share.max * 100))
    if (overlaps(expected, claimInterval(percent)!)) continue
    results.push(report(ctx, percent, 'share', {found: percent.text, part: part.text, whole: whole.text}, expected, [part, whole]))
  }

  return results
}

/** At most four words, no figure, between a part and its percentage ("aportaron el", "accounted for", ", or about"). */
const fewWords = /^[\s,(]*(?:[\p{L}]+[\s,]+){0,4}$/u

/**
 * Whether two figures measure the same thing: the same unit, or money beside
 * a quantity with no noun or with only a scale before its noun ("4.870
 * millones de ingresos", "1.950 millones"): the currency written once.
 */
function sameUnitOrBare(a: Claim, b: Claim): boolean {
  const bare = (c: Claim) => c.kind === 'quantity' && ((!c.unit && !c.noun) || c.scale !== undefined)
  return sameUnit(a, b) || (bare(a) && b.kind === 'money') || (bare(b) && a.kind === 'money')
}

/**
 * Whether a sentence is rows of a table or listing: two lines or more, each
 * with columns aligned by a tab or by two spaces or more between words.
 */
function columnar(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  return lines.length >= 2 && lines.filter((line) => /\S(?:\t| {2,})\S/.test(line.trim())).length >= 2
}

/** "5 y 7 millones de dólares, un total de 12 millones". */
function checkSum(ctx: Context): Finding[] {
  const results: Finding[] = []
  // Rows of a listing ("Jul  3  total\t1.17", "drwxr-xr-x\t2 aeb\t1024") run into one sentence; their figures add up to nothing.
  if (columnar(ctx.sentence.text)) return results
  const p = patterns(ctx)
  for (const total of ctx.figures) {
    if (isPercent(total) || !p.total.test(before(ctx, total, 20))) continue
    // Parts in the currency or noun of the total, or bare figures with its scale word ("310 millones, vivienda 185 millones … en total 755 millones de euros").
    const scaledLike = (f: Claim) => total.kind === 'money' && f.kind === 'quantity' && !f.unit && !f.noun && f.scale !== undefined && f.scale.factor === total.scale?.factor
    const parts = ctx.figures.filter((f) => f.end <= total.start && !isPercent(f) && (sameUnit(f, total) || sharesUnitWith(ctx, f, total) || scaledLike(f)))
    if (parts.length < 2) continue
    // "150 metres" and "4.2 megawatts" are no parts of one total.
    if (new Set(parts.map((p) => p.unit).filter(Boolean)).size > 1) continue
    const intervals = parts.map((p) => claimInterval(p)!)
    const sum = closed(
      intervals.reduce((s, i) => s + i.min, 0),
      intervals.reduce((s, i) => s + i.max, 0)
    )
    if (overlaps(sum, claimInterval(total)!)) continue
    results.push(report(ctx, total, 'sum', {found: total.text, parts: parts.map((p) => '`' + p.text + '`').join(' + ')}, sum, parts))
  }

  return results
}

/**
 * A bare figure that takes its unit from the next one: "5 millones y 7
 * millones de dólares", "$5 million and $7 million" needs none, "5 and 7
 * million dollars".
 */
/**
 * A bare figure of a change whose other end names the currency or noun:
 * "hasta 150 millones de dólares desde 100 millones".
 */
function bareBeside(bare: Claim, named: Claim): boolean {
  return bare.kind === 'quantity' && !bare.unit && !bare.noun && (named.kind === 'money' || named.kind === 'quantity')
}

function sharesUnitWith(ctx: Context, figure: Claim, total: Claim): boolean {
  if (figure.kind !== 'quantity' || figure.unit || figure.noun) return false
  const next = ctx.figures.find((f) => f.start >= figure.end)
  if (!next || next === total || !sameUnit(next, total)) return false
  return /^\s*(?:,|y|e|and|&)\s*$/.test(ctx.doc.text.slice(figure.end, next.start))
}

/** Percentages to one decimal, outward, so messages stay readable. */
function round(interval: Interval): Interval {
  return closed(Math.floor(interval.min * 10) / 10, Math.ceil(interval.max * 10) / 10)
}
