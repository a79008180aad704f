/**
 * Figures: a number in digits ("19,5", "1.500", "1,674,200.5", "10k",
 * "1.3e6", "3/4") or in words ("doscientos cincuenta mil", "half a
 * million", "two thirds"), with its scale words ("mil millones", "bn"), its
 * significant digits and the place value of its last digit.
 *
 * Separators: a run of digit groups joined by `.` or `,` (nothing between)
 * is one figure. Groups of exactly three digits after the first are
 * thousands when the separator repeats ("1.234.567") or is the document's
 * thousands separator; one separator followed by other than three digits is
 * a decimal mark whatever the language ("19,5", "60.98", "1,3"); a run that
 * fits neither ("192.168.1.2", "22,24,26") is a list of separate figures.
 */
import type {Span} from '../types.js'
import type {Cardinal, CardinalRole, LangData, PhraseIndex} from './lexicon.js'
import * as lexicon from './lexicon.js'
import type {Tok} from './tokens.js'
import * as tokens from './tokens.js'

// The lexicon's constants and the functions of sibling modules as this module's own
// (see `START_ANY` in lexicon.ts for why).
const {WORD_CURRENCY_NAME, WORD_OVER, WORD_SCALE, none} = lexicon
const {mayBe} = tokens

export interface Ctx {
  toks: Tok[]
  text: string
  data: LangData
  /** `data`'s phrases by first word. */
  index: PhraseIndex
  decimal: ',' | '.'
  /** Tokens after `listStart` and before `listEnd` are the rest of a list ("192.168.1.2"): their digit runs are not joined. */
  listStart: number
  listEnd: number
  /** Figures already read in this sentence, by token index (`null`: none there). */
  figures: Array<Figure | null | undefined>
}

export interface Figure {
  /** Token index of the first token and the one after the last. */
  first: number
  next: number
  start: number
  end: number
  value: number
  precision: number
  step: number
  /** Written in digits. */
  digits: boolean
  /** Digits only, no separator, sign, decimal, exponent or scale: "2022", "106". */
  bare: boolean
  scale?: Span & {factor: number}
  /** A lone "one"/"un"/"a": a count only when nothing better reads it. */
  weak?: boolean
  /** A fraction ("3/4", "two thirds"). */
  fraction?: boolean
}

/** Whether a figure starts at `index` (used to accept glued qualifiers). */
export function startsFigure(ctx: Ctx, index: number): boolean {
  const tok = ctx.toks[index]
  if (!tok) return false
  if (tok.type === 'number') return true
  if (tok.type === 'symbol' && ctx.data.currencySymbols.has(tok.text)) return ctx.toks[index + 1]?.type === 'number'
  if (tok.type !== 'word') return false
  const card = ctx.data.cardinals.get(tok.lower)
  return (card !== undefined && !ctx.data.indefinite.has(tok.lower)) || ctx.data.half.has(tok.lower)
}

/**
 * Read a figure at token `i`, or undefined. Several readings try the same
 * token ("hace dos años", a range, a plain amount), so each position is read
 * once per sentence; callers copy a figure before changing it.
 */
export function readFigure(ctx: Ctx, i: number): Figure | undefined {
  const known = ctx.figures[i]
  if (known !== undefined) return known ?? undefined
  const figure = readFigureAt(ctx, i)
  ctx.figures[i] = figure ?? null
  return figure
}

function readFigureAt(ctx: Ctx, i: number): Figure | undefined {
  const {toks} = ctx
  const tok = toks[i]
  if (!tok) return undefined
  if (tok.type === 'number' || ((tok.text === '.' || (tok.text === ',' && ctx.decimal === ',')) && toks[i + 1]?.type === 'number')) {
    return readDigits(ctx, i, false)
  }

  if ((tok.text === '-' || tok.text === '\u2212') && toks[i + 1]?.type === 'number') {
    const before = toks[i - 1]
    // "-1" after a space or at the start; "- 1" only at the very start. Never "COVID-19" or "5-10".
    if ((toks[i + 1].glued && (!before || !tok.glued || (before.type !== 'word' && before.type !== 'number'))) || (i === 0 && !toks[i + 1].glued)) {
      const figure = readDigits(ctx, i + 1, true)
      if (figure) {
        figure.first = i
        figure.start = tok.start
      }

      return figure
    }

    return undefined
  }

  if (tok.type === 'word') return readWords(ctx, i)
  return undefined
}

/** Digits of one run: groups and the separators between them. */
interface Run {
  groups: string[]
  seps: string[]
  next: number
}

function digitRun(ctx: Ctx, i: number): Run {
  const {toks} = ctx
  const groups = [toks[i].text]
  const seps: string[] = []
  let k = i + 1
  if (i <= ctx.listStart || i >= ctx.listEnd) {
    while (markedGroupAt(toks, k)) {
      seps.push(toks[k].text)
      groups.push(toks[k + 1].text)
      k += 2
    }

    // "1 234 567", "40 000", "1 234 567.89": groups of three after one space.
    if (seps.length === 0 && groups[0].length <= 3) {
      while (spacedGroupAt(ctx, k)) {
        seps.push(' ')
        groups.push(toks[k].text)
        k++
      }

      if (seps.length > 0 && markedGroupAt(toks, k)) {
        seps.push(toks[k].text)
        groups.push(toks[k + 1].text)
        k += 2
      }
    }
  }

  return {groups, seps, next: k}
}

/** Whether a group joins a run of digits at `k` after a glued "." or "," ("1.500", "19,5"). */
function markedGroupAt(toks: Tok[], k: number): boolean {
  return k + 1 < toks.length && toks[k].glued && (toks[k].text === '.' || toks[k].text === ',') && toks[k + 1].type === 'number' && toks[k + 1].glued
}

/** Whether a group of three digits joins a run at `k` after one space ("40 000"). */
function spacedGroupAt(ctx: Ctx, k: number): boolean {
  const {toks} = ctx
  return (
    k < toks.length &&
    toks[k].type === 'number' &&
    toks[k].text.length === 3 &&
    isThinSpace(ctx.text.slice(toks[k - 1].end, toks[k].start)) &&
    !(toks[k + 1]?.glued && (toks[k + 1].type === 'number' || toks[k + 1].type === 'word' || toks[k + 1].text === '/'))
  )
}

function isThinSpace(gap: string): boolean {
  return gap === ' ' || gap === '\u00a0' || gap === '\u202f' || gap === '\u2009'
}

/** Integer digits and decimal digits of a run, or undefined when the run is a list. */
function interpret(run: Run, decimal: ',' | '.'): {int: string; dec: string} | undefined {
  const {groups, seps} = run
  if (seps.length === 0) return {int: groups[0], dec: ''}
  let allSame = true
  for (const sep of seps) if (sep !== seps[0]) allSame = false
  if (allSame) {
    const sep = seps[0]
    if (sep === ' ') return {int: groups.join(''), dec: ''}
    if (groups[0].length <= 3 && threes(groups, 1, groups.length)) {
      if (seps.length > 1 || sep !== decimal) return {int: groups.join(''), dec: ''}
      return {int: groups[0], dec: groups[1]}
    }

    if (seps.length === 1) return {int: groups[0], dec: groups[1]}
    return undefined
  }

  // Thousands groups with one separator, then a decimal part with the other.
  const last = seps[seps.length - 1]
  const head = seps.slice(0, -1)
  let sameHead = true
  for (const sep of head) if (sep !== head[0]) sameHead = false
  if (sameHead && head[0] !== last && (groups[0].length <= 3 || head[0] === ' ') && threes(groups, 1, groups.length - 1)) {
    return {int: groups.slice(0, -1).join(''), dec: groups[groups.length - 1]}
  }

  return undefined
}

/** Whether groups `from`…`to` (exclusive) have three digits each. */
function threes(groups: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (groups[k].length !== 3) return false
  return true
}

function readDigits(ctx: Ctx, i: number, negative: boolean, nested = false): Figure | undefined {
  const {toks} = ctx
  let int: string
  let dec: string
  let next: number
  const first = toks[i]
  if (first.text === '.' || first.text === ',') {
    // ".08", ",08": a bare decimal part, not glued to a word or number before it.
    if (first.glued && toks[i - 1] && (toks[i - 1].type === 'number' || toks[i - 1].type === 'word')) return undefined
    if (!toks[i + 1].glued) return undefined
    int = '0'
    dec = toks[i + 1].text
    next = i + 2
  } else if ((i > ctx.listStart && i < ctx.listEnd) || (!markedGroupAt(toks, i + 1) && !(first.text.length <= 3 && spacedGroupAt(ctx, i + 1)))) {
    // One group of digits ("2022", "12"), most figures: what `digitRun` and
    // `interpret` would find, without building their arrays.
    int = first.text
    dec = ''
    next = i + 1
  } else {
    const run = digitRun(ctx, i)
    const parts = interpret(run, ctx.decimal)
    if (parts) {
      int = parts.int
      dec = parts.dec
      next = run.next
    } else {
      // A list: read the longest head that is a thousands-grouped figure
      // ("192.168" in Spanish), else the first group, and keep the rest from joining.
      ctx.listStart = i
      ctx.listEnd = run.next
      int = run.groups[0]
      dec = ''
      next = i + 1
      const thousands = ctx.decimal === ',' ? '.' : ','
      if (int.length <= 3 && run.seps[0] === thousands) {
        let m = 1
        while (m < run.groups.length && run.seps[m - 1] === thousands && run.groups[m].length === 3) m++
        if (m > 1) {
          int = run.groups.slice(0, m).join('')
          next = i + 2 * m - 1
        }
      }
    }
  }

  let value = decimalValue(int, dec, undefined)
  // Significant digits as written: all but the leading zeros ("0.08" → 1, "1500" → 4).
  let precision = Math.max(1, int.length + dec.length - leadingZeros(int, dec))
  let exponent = -dec.length
  let bare = dec === '' && next === i + 1 && !negative && first.type === 'number'
  let fraction = false

  const after = toks[next]
  // Exponent ("1.3e6", "12.32e+14") and power ("1.1^23") notation.
  if (after?.glued && after.type === 'word' && (after.text === 'e' || after.text === 'E' || /^[eE]\d*$/.test(after.text))) {
    const exp = readExponent(toks, next + 1)
    if (exp) {
      value = Number(`${int}${dec ? '.' + dec : ''}e${exp.value}`)
      exponent += exp.value
      next = exp.next
      bare = false
    }
  } else if (after?.glued && after.text === '^') {
    const exp = readExponent(toks, next + 1)
    if (exp) {
      value = value ** exp.value
      next = exp.next
      bare = false
      precision = significantOf(value)
      exponent = placeOf(value)
    }
  } else if (after?.glued && after.text === '/' && dec === '' && toks[next + 1]?.type === 'number' && toks[next + 1].glued) {
    // A fraction "3/4", unless it is a date "12/05/2023".
    const slash2 = toks[next + 2]
    if (slash2?.glued && (slash2.text === '/' || slash2.text === '-') && toks[next + 3]?.type === 'number') return undefined
    const denominator = Number(toks[next + 1].text)
    // "3/4" is a fraction; "24/7", "9/11" are not.
    if (denominator === 0 || Number(int) >= denominator) return undefined
    value = Number(int) / denominator
    next += 2
    bare = false
    fraction = true
    precision = significantOf(value)
    exponent = placeOf(value)
  } else if (
    dec === '' &&
    !after?.glued &&
    after?.type === 'number' &&
    toks[next + 1]?.text === '/' &&
    toks[next + 1].glued &&
    toks[next + 2]?.type === 'number' &&
    toks[next + 2].glued &&
    !(toks[next + 3]?.glued && toks[next + 3].text === '/')
  ) {
    // A mixed number "2 1/4", "101 1/4".
    const numerator = Number(after.text)
    const denominator = Number(toks[next + 2].text)
    if (denominator > numerator && denominator > 0) {
      value = Number(int) + numerator / denominator
      next += 3
      bare = false
      fraction = true
      precision = significantOf(value)
      exponent = placeOf(value)
    }
  }

  // Scale words: "19,5 millones", "70 mil millones", "10k", "US$ 70 bn", "3 dozens".
  let scale: Figure['scale']
  const scaleTok = toks[next]
  if (scaleTok && scaleTok.type === 'word' && !fraction) {
    const read = readScale(ctx, next)
    if (read) {
      scale = read.scale
      next = read.next
      bare = false
    } else if (scaleTok.glued && isUnitSuffix(scaleTok, ctx)) {
      // "180ml", "29km", "1m": a measure we do not read, not a claim.
      return undefined
    }
  }

  if (scale) {
    const factor = scale.factor
    const power = Math.log10(factor)
    if (Number.isInteger(power)) {
      value = decimalValue(int, dec, power)
      exponent += power
      // Zeros written in the thousands groups before a scale word are not
      // significant: "40.000 millones" is 40 mil millones, stated to the
      // billion; "12.400 millones" to the hundred million.
      const padding = dec === '' ? groupZeros(int) : 0
      exponent += padding
      precision = Math.max(1, precision - padding)
    } else {
      value *= factor
      exponent = placeOf(value)
    }
  }

  if (negative) value = -value
  const last = toks[next - 1]
  const figure: Figure = {
    first: i,
    next,
    start: first.start,
    end: last.end,
    value,
    precision,
    step: tenTo(exponent),
    digits: true,
    bare,
    scale,
    fraction
  }
  return nested || fraction ? figure : withOver(ctx, figure)
}

/**
 * How many zeros end the digits of `int` after its first thousands group
 * ("40000" → 3, "12400" → 2, "300" → 0, "1000" → 3).
 */
function groupZeros(int: string): number {
  const lead = ((int.length - 1) % 3) + 1
  let zeros = 0
  for (let k = int.length - 1; k >= lead && int.charCodeAt(k) === 48; k--) zeros++
  return zeros
}

/**
 * The value of the digits `int`, a decimal point, `dec`, times 10^`exponent`
 * (none when undefined): what `Number` makes of that text ("19", "5" and 6 →
 * 19500000).
 *
 * Reading a figure parsed a string built for it; for the figures prose has
 * (up to 15 digits, a power of ten within 10^±22) the value is computed
 * instead, as the digits read as an integer times or divided by a power of
 * ten. Both operands are exact and the one operation rounds correctly, so
 * the result is the correctly rounded value `Number` gives (the same fast
 * path decimal parsers take). Anything else is parsed.
 */
function decimalValue(int: string, dec: string, exponent: number | undefined): number {
  const shift = (exponent ?? 0) - dec.length
  if (int.length + dec.length <= 15 && shift >= -22 && shift <= 22) {
    const digits = integerOf(dec, integerOf(int, 0))
    if (digits >= 0) return shift >= 0 ? digits * tenTo(shift) : digits / tenTo(-shift)
  }

  if (exponent === undefined) return Number(dec ? int + '.' + dec : int)
  return Number(`${int}${dec ? '.' + dec : ''}e${exponent}`)
}

/**
 * `before` followed by the digits of `text`, as an integer; -1 when `text`
 * holds anything but ASCII digits (a Markdown leaf may give a token other
 * text than its source), which `decimalValue` leaves to `Number`.
 */
function integerOf(text: string, before: number): number {
  if (before < 0) return -1
  let value = before
  for (let k = 0; k < text.length; k++) {
    const digit = text.charCodeAt(k) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }

  return value
}

/** Zeros at the start of `int` followed by `dec`, counted without joining them. */
function leadingZeros(int: string, dec: string): number {
  let zeros = 0
  while (zeros < int.length && int.charCodeAt(zeros) === 48) zeros++
  if (zeros < int.length) return zeros
  let k = 0
  while (k < dec.length && dec.charCodeAt(k) === 48) k++
  return zeros + k
}

/** Letters glued to digits that name a unit of measure ("ml", "km", "m"): short and not a word we read. */
function isUnitSuffix(tok: Tok, ctx: Ctx): boolean {
  const data = ctx.data
  if (tok.text.length > 3 || data.currencySymbols.has(tok.text)) return false
  if (mayBe(tok, WORD_CURRENCY_NAME) && ctx.index.currencyNames.has(tok.lower)) return false
  if (data.ordinalSuffixes.has(tok.text) || data.ordinalSuffixes.has(tok.lower)) return false
  return true
}

function readExponent(toks: Tok[], k: number): {value: number; next: number} | undefined {
  // The lexer cuts letters from digits: "1e10" arrives as "1" "e" "10".
  let sign = 1
  while (toks[k]?.glued && (toks[k].text === '-' || toks[k].text === '+')) {
    if (toks[k].text === '-') sign = -sign
    k++
  }

  const digits = toks[k]
  if (!digits || digits.type !== 'number' || !digits.glued) return undefined
  return {value: sign * Number(digits.text), next: k + 1}
}

/** A scale word or abbreviation at `k`, longest phrase first. */
export function readScale(ctx: Ctx, k: number): {scale: NonNullable<Figure['scale']>; next: number} | undefined {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok || tok.type !== 'word' || (tok.bits & WORD_SCALE) === 0) return undefined
  let factor: number | undefined
  let next = k + 1
  if (data.caseScales.has(tok.text)) factor = data.caseScales.get(tok.text)
  else if (tok.glued && data.gluedScales.has(tok.text)) factor = data.gluedScales.get(tok.text)
  else if (tok.glued && data.gluedScales.has(tok.lower) && tok.text === tok.lower) factor = data.gluedScales.get(tok.lower)
  else if (tok.glued && tok.text === 'm' && data.gluedMillionM && millionNotMetre(ctx, k)) factor = 1e6
  else if (data.dozen.has(tok.lower)) factor = 12
  else {
    for (const phrase of ctx.index.scales.get(tok.lower) ?? none) {
      if (matchWords(toks, k, phrase.words)) {
        factor = phrase.data
        next = k + phrase.words.length
        break
      }
    }
  }

  if (factor === undefined) return undefined
  // A following scale word multiplies again ("lakh crore" is listed; "thousand million" is not).
  const end = toks[next - 1].end
  return {scale: {text: ctx.text.slice(tok.start, end), start: tok.start, end, factor}, next}
}

/**
 * A lower-case "m" glued to a figure is a million in money and counts ("£1.5m",
 * "1.5m euros", "1.5m people") and a metre elsewhere ("a 1.5m wall", "the
 * 100m sprint", "1.5m tall"): million when a currency stands before the figure
 * or a currency name or a plural noun after it.
 */
function millionNotMetre(ctx: Ctx, k: number): boolean {
  const {toks, data} = ctx
  // Back over the figure's digits and separators to what stands before it.
  let j = k - 1
  while (j > 0 && toks[j].glued && (toks[j - 1].type === 'number' || toks[j - 1].text === '.' || toks[j - 1].text === ',')) j--
  const before = toks[j - 1]
  if (before && (data.currencySymbols.has(before.text) || /^[A-Z]{3}$/.test(before.text) || before.text === '$')) return true
  const after = toks[k + 1]
  if (!after || after.type !== 'word' || after.glued) return false
  if (ctx.index.currencyNames.has(after.lower)) return true
  return after.lower.length > 3 && after.lower.endsWith('s') && !after.lower.endsWith('ss') && !metreNouns.has(after.lower)
}

/** Plural nouns that follow a distance in metres in news copy ("400m hurdles"). */
const metreNouns = new Set(['hurdles', 'heats', 'finals', 'races', 'events', 'metres', 'meters'])

/** Whether the lower-case words of `words` are at `k`, each spaced or glued. */
export function matchWords(toks: Tok[], k: number, words: string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    const tok = toks[k + w]
    if (!tok || tok.lower !== words[w]) return false
  }

  return true
}

/** Significant digits of a value as a plain figure. */
function significantOf(value: number): number {
  if (Number.isSafeInteger(value) && value !== 0) return integerDigits(Math.abs(value))
  const places = decimalPlaces(Math.abs(value))
  if (places > 0) return integerDigits(Math.round(Math.abs(value) * tenTo(places)))
  // The digits of the 12-digit form, exponent and point left out, from the
  // first non-zero digit to the last (a scan rather than four regular
  // expressions: this runs for every fraction and decimal in words).
  const written = Math.abs(value).toPrecision(12)
  let end = written.indexOf('e')
  if (end < 0) end = written.length
  return Math.max(1, nonZeroSpan(written, 0, end))
}

/** Digits of a positive integer from the first to the last non-zero one (5000 → 1, 347 → 3). */
function integerDigits(value: number): number {
  let v = value
  while (v % 10 === 0) v /= 10
  let digits = 1
  while (v >= 10) {
    v = Math.floor(v / 10)
    digits++
  }

  return digits
}

/**
 * The fewest decimal places (1 to 12) that write the positive non-integer
 * `value` exactly as a double reads it back, with at most 12 significant
 * digits; 0 when there are none ("1/3"). Then the 12-digit forms that
 * `significantOf` and `placeOf` would print (`toPrecision`,
 * `toExponential`, slow for every half or fraction in words) end with those
 * digits: the double is within half a unit in the last place (about 1e-16)
 * of them, far from where a 12-digit rounding could turn.
 */
function decimalPlaces(value: number): number {
  if (!(value > 0) || value >= 1e12) return 0
  for (let places = 1; places <= 12; places++) {
    const power = tenTo(places)
    const digits = Math.round(value * power)
    if (digits >= 1e12) return 0
    if (digits / power === value) return places
  }

  return 0
}

/** Decimal exponent of the last non-zero digit: 500000 → 5, 1.5 → -1, 347 → 0. */
function placeOf(value: number): number {
  const v = Math.abs(value)
  if (v === 0) return 0
  if (Number.isSafeInteger(v)) {
    let place = 0
    let rest = v
    while (rest % 10 === 0) {
      rest /= 10
      place++
    }

    return place
  }

  const places = decimalPlaces(v)
  if (places > 0) return -places
  // "d.ddddddddddde±x": the exponent less the digits after the first, trailing zeros dropped.
  const written = v.toExponential(11)
  const e = written.indexOf('e')
  if (e < 0) return Number.NaN
  let last = e
  while (last > 0 && written.charCodeAt(last - 1) === 48) last--
  const digits = last - (written.indexOf('.') >= 0 && written.indexOf('.') < last ? 1 : 0)
  return Number(written.slice(e + 1)) - (digits - 1)
}

/**
 * How many characters of `written` from `start` to `end` lie between its
 * first and last non-zero digit, the decimal point not counted: the
 * significant digits of a number as written ("0.0120" → 2, "1500" → 2).
 */
function nonZeroSpan(written: string, start: number, end: number): number {
  const point = written.indexOf('.', start)
  let first = start
  while (first < end && (first === point || written.charCodeAt(first) === 48)) first++
  let last = end - 1
  while (last >= first && (last === point || written.charCodeAt(last) === 48)) last--
  if (last < first) return 0
  return last - first + 1 - (point > first && point < last ? 1 : 0)
}

/**
 * `10 ** exponent` as `Number("1e" + exponent)` reads it (the figure's step),
 * from a table for the exponents prose uses: building and parsing that
 * string for every figure was a visible share of reading one.
 */
function tenTo(exponent: number): number {
  return exponent >= -powerRange && exponent <= powerRange ? powersOfTen[exponent + powerRange] : Number(`1e${exponent}`)
}

const powerRange = 40
const powersOfTen: number[] = []
for (let exponent = -powerRange; exponent <= powerRange; exponent++) powersOfTen.push(Number(`1e${exponent}`))

type Last = CardinalRole | 'indef' | 'half' | 'joined' | 'tensJoined' | undefined

/**
 * A number in words. Follows how cardinals are built: units after tens
 * ("twenty-one", "cuarenta y siete"), hundreds, scale words that multiply
 * everything since the last larger scale ("tres billones cuatrocientos
 * cincuenta y cinco mil doscientos millones", "three lakh crore"), dozens
 * that multiply the last part, fractions ("two thirds", "tres quintos",
 * "tres veintiunavos"), decimals ("two point five", "siete con cincuenta")
 * and a trailing half ("one and a half", "un millón y medio").
 */
function readWords(ctx: Ctx, i: number, nested = false): Figure | undefined {
  const {toks, data} = ctx
  const grammar = data.numberWords
  const n = toks.length
  const initial = toks[i]
  // A capitalised number word inside a sentence is a name ("Group of Seven").
  if (initial.cap && i > 0 && toks[i - 1].type !== 'punctuation') return undefined
  let k = i
  let negative = false
  if (data.negative.has(initial.lower)) {
    const following = toks[i + 1]
    if (!following) return undefined
    if (following.type === 'number' && !nested) {
      const figure = readDigits(ctx, i + 1, true)
      if (figure) {
        figure.first = i
        figure.start = initial.start
      }

      return figure
    }

    const card = following.type === 'word' ? data.cardinals.get(following.lower) : undefined
    if (!card || data.indefinite.has(following.lower)) return undefined
    negative = true
    k++
  }

  const parts: Array<{value: number; scale: number}> = []
  let current = 0
  let lastPart = 0
  let last: Last
  let end = -1
  let words = 0
  let weak = false
  let fraction = false
  let extra = 0
  let decimals = ''
  let scaleStart = -1
  let scaleEnd = -1
  let scaleFactor = 1
  // The value of the parts closed by a scale word ("tres millones" in "tres millones doscientos").
  let partsTotal = 0

  while (k < n) {
    const tok = toks[k]
    if (tok.type !== 'word') {
      if (tok.text !== '-') break
      const after = toks[k + 1]
      if (!after) break
      const card = data.cardinals.get(after.lower)
      // "twenty-one", "fifty - two".
      if (last === 'tens' && card?.role === 'unit' && card.value > 0) {
        k++
        continue
      }

      // "one hundred thirty-fifths": tens and a unit ordinal make the denominator.
      if (grammar.compoundDenominators && last === 'tens' && isUnitDenominator(toks, k + 1, data) && (partsTotal + current) > lastPart) break
      // "one-eighth", "five - eighths", "ninety - five hundred-fifths".
      if (last !== undefined && last !== 'indef' && denominatorOf(after.lower, data) !== undefined) {
        k++
        continue
      }

      break
    }

    if (tok.cap && k > i && !initial.cap) break
    const w = tok.lower
    let compound = data.cardinalCompounds ? compoundAt(toks, k, data.cardinalCompounds) : undefined
    // "vingt et un cinquième" is 20 + 1/5: before a singular fraction word, "et un" opens the fraction.
    if (compound && opensFraction(ctx, compound.last)) compound = undefined
    const card = compound ? compound.card : data.cardinals.get(w)
    // A compound is read as one word that ends at its last token.
    if (compound) k = compound.last

    if (card && !(data.indefinite.has(w) && last === undefined && !nextIsMultiplier(ctx, k + 1) && !fractionFollows(ctx, k + 1))) {
      const role = card.role
      const value = card.value
      if (role === 'unit' || role === 'teen' || role === 'tens') {
        const allowed =
          last === undefined ||
          last === 'hundred' ||
          last === 'hundreds' ||
          last === 'scale' ||
          last === 'joined' ||
          (last === 'tens' && role === 'unit' && grammar.spacedTens) ||
          (last === 'tensJoined' && role === 'unit')
        if (!allowed) break
        // "one hundred thirty fifths" = 100/35, "twenty twenty fifths" = 20/25.
        if ((grammar.spacedDenominators || toks[k + 1]?.text === '-') && role === 'tens' && (partsTotal + current) > 0 && last !== 'joined' && isUnitDenominator(toks, k + 1, data)) break
        current += value
        lastPart = last === 'tens' || last === 'tensJoined' ? lastPart + value : value
        last = role
        weak = words === 0 && value === 1
        end = k
        words++
        k++
        continue
      }

      if (role === 'hundreds') {
        if (!(last === undefined || last === 'scale' || last === 'joined')) break
        current += value
        lastPart = value
        last = 'hundreds'
        weak = false
        end = k
        words++
        k++
        continue
      }

      if (role === 'hundred') {
        // French "cent" stands alone for 100, as "cien" does: a lone scale word.
        const lone = last === undefined && data.loneScales.has(w)
        if (!lone && !(last === 'unit' || last === 'teen' || last === 'tens' || last === 'indef')) break
        current = current - lastPart + (lastPart || 1) * 100
        lastPart = current
        last = 'hundred'
        weak = false
        end = k
        words++
        k++
        continue
      }

      // A scale word; a singular one stands alone ("mil millones", "el millón de visitantes").
      if (last === undefined && !data.loneScales.has(w)) break
      if (last === 'joined' || last === 'tensJoined') break
      // Everything since the last larger scale word is multiplied: "dos mil millones", "three lakh crore".
      let multiplicand = current
      while (parts.length > 0 && parts[parts.length - 1].scale < value) {
        const part = parts.pop()!
        multiplicand += part.value
        partsTotal -= part.value
      }

      parts.push({value: (multiplicand || 1) * value, scale: value})
      partsTotal += (multiplicand || 1) * value
      current = 0
      lastPart = 0
      if (scaleEnd === k - 1 && scaleStart >= 0) scaleFactor *= value
      else {
        scaleStart = k
        scaleFactor = value
      }

      scaleEnd = k
      last = 'scale'
      weak = false
      end = k
      words++
      k++
      continue
    }

    if (last === undefined && data.indefinite.has(w)) {
      if (!nextIsMultiplier(ctx, k + 1)) break
      current = 1
      lastPart = 1
      last = 'indef'
      end = k
      words++
      k++
      continue
    }

    // "la mitad": a half as a noun.
    if (last === undefined && data.halfNouns.has(w) && k > 0 && data.determiners.has(toks[k - 1].lower)) {
      current = 0.5
      last = 'half'
      end = k
      words++
      k++
      break
    }

    if (last === undefined && data.half.has(w)) {
      // "half a million", "half a dozen", "medio millón", "media docena"; English "half" alone is ½.
      const a = toks[k + 1]
      if (a && data.indefinite.has(a.lower) && nextIsMultiplier(ctx, k + 2)) {
        current = 0.5
        lastPart = 0.5
        last = 'half'
        end = k + 1
        words++
        k += 2
        continue
      }

      const s = toks[k + 1]
      if (s && (data.cardinals.get(s.lower)?.role === 'scale' || data.dozen.has(s.lower))) {
        current = 0.5
        lastPart = 0.5
        last = 'half'
        end = k
        words++
        k++
        continue
      }

      if (!grammar.loneHalf) break
      current = 0.5
      last = 'half'
      end = k
      words++
      k++
      break
    }

    if (data.dozen.has(w)) {
      if (!(last === 'unit' || last === 'teen' || last === 'tens' || last === 'indef' || last === 'half')) break
      current = current - lastPart + lastPart * 12
      lastPart = current
      last = 'scale'
      weak = false
      end = k
      words++
      k++
      continue
    }

    if (last !== undefined && last !== 'indef' && last !== 'half' && (data.joiners.has(w) || grammar.fractionJoiners.has(w) || w === grammar.decimalJoiner)) {
      if (data.joiners.has(w)) {
        const tail = readTrailingHalf(ctx, k)
        if (tail) {
          end = tail.next - 1
          words++
          k = tail.next
          // "un millón y medio": half of the scale; "one and a half million": the scale may follow.
          if (last === 'scale') {
            extra = tail.value * scaleFactor
            break
          }

          current += tail.value
          last = 'unit'
          weak = false
          continue
        }
      }

      // "twenty and three fifths" (English), "veinte con tres quintos" (Spanish).
      if (grammar.fractionJoiners.has(w)) {
        const tail = readFractionAfter(ctx, k + 1)
        if (tail) {
          extra = tail.value
          fraction = true
          end = tail.next - 1
          words++
          k = tail.next
          break
        }
      }

      // "siete con cincuenta" = 7,50.
      if (w === grammar.decimalJoiner && Number.isInteger(current)) {
        const digits = readDecimalWords(ctx, k + 1)
        if (digits) {
          decimals = digits.digits
          end = digits.next - 1
          words++
          k = digits.next
          break
        }
      }

      if (w === grammar.decimalJoiner) break
      const following = toks[k + 1]
      const nextCard = following ? data.cardinals.get(following.lower) : undefined
      if (!nextCard) break
      if (grammar.joinedTens) {
        if (last === 'tens' && nextCard.role === 'unit' && nextCard.value > 0) {
          last = 'tensJoined'
          k++
          continue
        }

        // "dos mil y cuatro docenas".
        if (last === 'scale' && nextCard.role === 'unit' && data.dozen.has(toks[k + 2]?.lower ?? '')) {
          last = 'joined'
          k++
          continue
        }

        break
      }

      if (data.indefinite.has(following.lower)) break
      if ((last === 'hundred' || last === 'scale') && nextCard.role !== 'scale' && nextCard.role !== 'hundred') {
        last = 'joined'
        k++
        continue
      }

      break
    }

    if (data.point.has(w) && last !== undefined && last !== 'indef' && last !== 'half' && Number.isInteger(current)) {
      const digits = grammar.pointDigits ? readPointDigits(ctx, k + 1) : readDecimalWords(ctx, k + 1)
      if (digits) {
        decimals = digits.digits
        end = digits.next - 1
        words++
        k = digits.next
      }

      break
    }

    const denominator = denominatorOf(w, data)
    if (denominator !== undefined && last !== undefined && last !== 'half') {
      const numerator = (partsTotal + current)
      // "two millionth", "dos millonésimo": a singular denominator after a numerator above one is an ordinal.
      if (numerator > 1 && grammar.pluralDenominators && !w.endsWith('s') && !data.half.has(w)) break
      if (numerator > 0) {
        if (grammar.strictNumerator && !(last === 'unit' || last === 'teen' || last === 'tens' || last === 'tensJoined' || last === 'indef' || last === 'hundreds' || last === 'scale')) break
        parts.length = 0
        partsTotal = 0
        current = numerator / denominator
        fraction = true
        end = k
        words++
        k++
      }

      break
    }

    break
  }

  if (end < 0) return undefined
  let value = partsTotal + current
  if (decimals) value = Number(`${value}.${decimals}`)
  value += extra

  // A denominator made of tens and a unit ordinal: "one hundred thirty fifths" = 100/35, "a twenty-first".
  if (grammar.compoundDenominators && !fraction && !decimals && end + 1 < n && value > 0) {
    const compound = readCompoundDenominator(ctx, end + 1)
    if (compound) {
      value /= compound.value
      end = compound.next - 1
      fraction = true
    }
  }

  if (last === 'indef' && !fraction && value === 1 && words === 1) return undefined
  if (fraction || decimals || extra || negative) weak = false
  if (negative) value = -value
  const figure: Figure = {
    first: i,
    next: end + 1,
    start: initial.start,
    end: toks[end].end,
    value,
    precision: significantOf(value),
    step: tenTo(placeOf(value)),
    digits: false,
    bare: false,
    fraction,
    weak
  }
  if (scaleStart >= 0 && scaleEnd === end) {
    const start = toks[scaleStart].start
    figure.scale = {text: ctx.text.slice(start, toks[scaleEnd].end), start, end: toks[scaleEnd].end, factor: scaleFactor}
  }

  return nested ? figure : withOver(ctx, figure)
}

/** "one over three", "1 sobre 21", "2000 over 3", "one out of three": a fraction, when nothing follows. */
function withOver(ctx: Ctx, figure: Figure): Figure {
  const {toks} = ctx
  const at0 = toks[figure.next]
  if (!at0 || !mayBe(at0, WORD_OVER)) return figure
  for (const phrase of ctx.index.over.get(at0.lower) ?? none) {
    if (!matchWords(toks, figure.next, phrase.words)) continue
    const at = figure.next + phrase.words.length
    const tok = toks[at]
    if (!tok) return figure
    const denominator = tok.type === 'number' ? readDigits(ctx, at, false, true) : tok.type === 'word' ? readWords(ctx, at, true) : undefined
    if (!denominator || denominator.value === 0 || denominator.scale) return figure
    const after = toks[denominator.next]
    if (after && after.type !== 'punctuation') return figure
    const value = figure.value / denominator.value
    return {
      ...figure,
      next: denominator.next,
      end: denominator.end,
      value,
      precision: significantOf(value),
      step: tenTo(placeOf(value)),
      bare: false,
      fraction: true,
      weak: false,
      scale: undefined
    }
  }

  return figure
}

/**
 * The longest listed compound cardinal at `k` ("soixante-dix-sept",
 * "quatre vingt dix neuf", "vingt et un"): its value, as a tens word when it
 * is a multiple of ten (a unit may follow: "quatre-vingt-dix neuf") or else
 * a closed number like a teen, and its last token.
 */
function compoundAt(toks: Tok[], k: number, compounds: ReadonlyMap<string, number>): {card: Cardinal; last: number} | undefined {
  let key = toks[k].lower
  let found: {card: Cardinal; last: number} | undefined
  let at = k
  for (let words = 1; words < 5; words++) {
    // The next word, after a glued hyphen or after a space.
    let next = at + 1
    if (toks[next]?.text === '-' && toks[next].glued) next++
    const tok = toks[next]
    if (!tok || tok.type !== 'word' || (next === at + 1 && tok.glued)) break
    key += '-' + tok.lower
    at = next
    const value = compounds.get(key)
    if (value !== undefined) found = {card: {value, role: value % 10 === 0 ? 'tens' : 'teen'}, last: at}
  }

  return found
}

/** "et un demi" at `k`: a fraction joiner and a fraction, so "un et un demi" is 1.5. */
function fractionFollows(ctx: Ctx, k: number): boolean {
  const tok = ctx.toks[k]
  return tok !== undefined && tok.type === 'word' && ctx.data.numberWords.fractionJoiners.has(tok.lower) && readFractionAfter(ctx, k + 1) !== undefined
}

/** Whether the word at `k` is "un" after a fraction joiner and before a singular fraction word ("… et un cinquième"). */
function opensFraction(ctx: Ctx, k: number): boolean {
  const {toks, data} = ctx
  const grammar = data.numberWords
  const joiner = toks[k - 1]?.text === '-' ? toks[k - 2] : toks[k - 1]
  const next = toks[k + 1]
  if (!joiner || !next || next.type !== 'word' || !data.indefinite.has(toks[k].lower) || !grammar.fractionJoiners.has(joiner.lower)) return false
  return !next.lower.endsWith('s') && denominatorOf(next.lower, data) !== undefined
}

/** A denominator word: "third", "quarters", "medios", "quintas", or one the language reads by its ending ("veintiunavos"). */
function denominatorOf(word: string, data: LangData): number | undefined {
  const listed = data.denominators.get(word)
  if (listed !== undefined) return listed
  return data.fractionWord?.(word, data)
}

function nextIsMultiplier(ctx: Ctx, k: number): boolean {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok || tok.type !== 'word') return false
  const card = data.cardinals.get(tok.lower)
  if (card && (card.role === 'scale' || card.role === 'hundred')) return true
  if (data.dozen.has(tok.lower)) return true
  // "un sur trois": one in three.
  if (mayBe(tok, WORD_OVER) && ctx.index.over.get(tok.lower)?.some((phrase) => matchWords(toks, k, phrase.words)) && toks[k + 1]) {
    return toks[k + 1].type === 'number' || data.cardinals.has(toks[k + 1].lower)
  }
  if (denominatorOf(tok.lower, data) !== undefined) return true
  // "a twenty-first", "une vingt et unième": tens and an ordinal.
  if (card?.role === 'tens') {
    let m = k + 1
    while (toks[m] && (toks[m].text === '-' || data.joiners.has(toks[m].lower))) m++
    if (ordinalDenominator(toks[m]?.lower ?? '', data) !== undefined) return true
  }

  return false
}

/** An ordinal used as a denominator, singular or plural: "first(s)", "fifth(s)". */
function ordinalDenominator(word: string, data: LangData): number | undefined {
  const value = data.ordinals.get(word) ?? (word.endsWith('s') ? data.ordinals.get(word.slice(0, -1)) : undefined)
  return value !== undefined && value < 10 ? value : undefined
}

function isUnitDenominator(toks: Tok[], k: number, data: LangData): boolean {
  let tok = toks[k]
  if (tok?.text === '-') tok = toks[k + 1]
  if (!tok) return false
  if (data.half.has(tok.lower)) return false
  return ordinalDenominator(tok.lower, data) !== undefined
}

/** Denominator words after a numerator: "thirty fifths" (35), "twenty-first" (21), "one hundred fifth" (105). */
function readCompoundDenominator(ctx: Ctx, k: number): {value: number; next: number} | undefined {
  const {toks, data} = ctx
  let m = k
  let sum = 0
  let seen = false
  while (m < toks.length && m < k + 8) {
    const tok = toks[m]
    if (tok.text === '-' || data.joiners.has(tok.lower)) {
      m++
      continue
    }

    const card = data.cardinals.get(tok.lower)
    if (card && card.role !== 'scale' && !data.indefinite.has(tok.lower)) {
      if (card.role === 'hundred') sum = (sum || 1) * 100
      else sum += card.value
      seen = true
      m++
      continue
    }

    const d = ordinalDenominator(tok.lower, data)
    if (d !== undefined && seen) return {value: sum + d, next: m + 1}
    return undefined
  }

  return undefined
}

/** "and a half", "y medio": a trailing fraction. */
function readTrailingHalf(ctx: Ctx, k: number): {value: number; next: number} | undefined {
  const tok = ctx.toks[k]
  if (!tok) return undefined
  for (const phrase of ctx.index.trailingHalf.get(tok.lower) ?? none) {
    if (matchWords(ctx.toks, k, phrase.words)) return {value: phrase.data, next: k + phrase.words.length}
  }

  return undefined
}

/** "two thirds", "a fifth", "un medio", "tres quintos": a fraction after a joiner. */
function readFractionAfter(ctx: Ctx, k: number): {value: number; next: number} | undefined {
  const {toks, data} = ctx
  const tok = toks[k]
  if (!tok) return undefined
  let numerator: number | undefined
  if (data.indefinite.has(tok.lower)) numerator = 1
  else {
    const card = data.cardinals.get(tok.lower)
    if (card && (card.role === 'unit' || card.role === 'teen')) numerator = card.value
  }

  if (numerator === undefined) return undefined
  const denominator = toks[k + 1] ? denominatorOf(toks[k + 1].lower, data) : undefined
  if (denominator === undefined) return undefined
  return {value: numerator / denominator, next: k + 2}
}

/** Spanish decimals in words: "coma veintidós" → "22", "con quinientos doce" → "512". */
function readDecimalWords(ctx: Ctx, k: number): {digits: string; next: number} | undefined {
  const tok = ctx.toks[k]
  const card = tok && tok.type === 'word' ? ctx.data.cardinals.get(tok.lower) : undefined
  if (!card || ctx.data.indefinite.has(tok.lower)) return undefined
  // "coma cero tres": digit by digit.
  if (card.value === 0) return readPointDigits(ctx, k)
  const figure = readWords(ctx, k, true)
  if (!figure || figure.fraction || !Number.isInteger(figure.value) || figure.value < 0) return undefined
  return {digits: String(figure.value), next: figure.next}
}

/** Digit words after "point": "zero three" → "03", "seventy-one" → "71", "eleven" → "11". */
function readPointDigits(ctx: Ctx, k: number): {digits: string; next: number} | undefined {
  const {toks, data} = ctx
  let digits = ''
  let m = k
  while (m < toks.length) {
    const card = data.cardinals.get(toks[m].lower)
    if (!card || data.indefinite.has(toks[m].lower)) break
    if (card.role === 'unit') {
      digits += String(card.value)
      m++
      continue
    }

    if ((card.role === 'teen' || card.role === 'tens') && digits === '') {
      let value = card.value
      m++
      if (card.role === 'tens') {
        let p = m
        if (toks[p]?.text === '-') p++
        const unit = data.cardinals.get(toks[p]?.lower ?? '')
        if (unit?.role === 'unit' && unit.value > 0) {
          value += unit.value
          m = p + 1
        }
      }

      digits = String(value)
    }

    break
  }

  return digits ? {digits, next: m} : undefined
}
