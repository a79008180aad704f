/**
 * @file relative-date
 *
 * Relative dates — "this year", "last May", "in May of last year", "el año
 * pasado", "hace dos años" — resolved against the document date must agree
 * with the registry's date for the event their sentence matches, with a
 * year written beside them as their gloss ("el año pasado (2021)", "last
 * year, in 2022,"), and with an absolute date the same document gives for
 * the same event ("Kishida visited Hanoi in May 2022" … "Kishida visited
 * Hanoi last May"). Two clauses tell of the same event when the content
 * words of the shorter one (at least three, dates and figures left out) all
 * stand in the longer one, they state the same counts ("the two ports"), and
 * neither states an amount of money or a percentage: those make it a measure
 * that recurs ("exports rose 5% last year" and "exports rose 5% in 2019" are
 * two years of one series, not one event). A sentence
 * about an anniversary is left to `anniversary-year`, since there the year
 * is the anniversary's, not the event's.
 *
 * When the document gives no date but fixes it itself ("Este año ... el 50
 * aniversario" of a 1973 event can only be 2023), claimlint infers the year
 * and uses it for every rule; this rule says so at info level. Otherwise,
 * without a date, relative dates stay unresolved and are reported at info
 * level once per document, never guessed.
 *
 * @example valid.en.txt
 *   date 2023-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.
 *
 * @example invalid.en.txt
 *   date 2024-11-07 In May of last year, Japanese Prime Minister Fumio Kishida visited Hanoi for talks with Vietnam.
 *
 * @output
 *   1:20-1:36 error Unexpected `May of last year` (2023-05) for `jp-pm-kishida-visit-to-vn` (2022-05), expected `May 2022`
 *
 * @example apposed.es.txt
 *   date 2023-05-01 El año pasado (2021), la inversión japonesa creció con fuerza.
 *
 * @output
 *   1:32-1:36 error Unexpected `2021` beside `El año pasado` (2022 on the document date), expected `2022`
 *
 * @example inferred.es.txt
 *   Este año, Vietnam y Japón celebran el 50 aniversario de las relaciones diplomáticas.
 *
 * @output
 *   1:1-1:9 info Inferred the document year 2023 from `Este año` and the 50th anniversary of `vn-jp-diplomatic-ties` (1973)
 *
 * @example same-event.en.txt
 *   date 2024-03-01 The two ports signed a twinning agreement in May 2022. Officials recalled that the two ports signed the twinning agreement last May.
 *
 * @output
 *   1:140-1:148 error Unexpected `last May` (2023-05 on the document date), expected `May 2022` as stated at 1:62 for the same event
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, yearsOf, describePlace, registryNote, predicateOf, samePredicate, PredicateIndex, ordinal, packOf} from '../src/rule-kit/index.js'

const id = 'relative-date'

const messages = {
  mismatch: 'Unexpected `{found}` ({resolved}) for `{event}` ({date}), expected `{expected}`',
  apposed: 'Unexpected `{other}` beside `{found}` ({resolved} on the document date), expected `{resolved}`',
  inferred: 'Inferred the document year {year} from `{found}` and the {ordinal} anniversary of `{event}` ({eventYear})',
  sameEvent: 'Unexpected `{found}` ({resolved} on the document date), expected `{expected}` as stated at {where} for the same event',
  unresolved: 'Cannot resolve `{found}` without a document date; pass `--date` or add a `date` to the document'
}


const rule = defineRule({
  meta: {
    id,
    description: 'Relative dates resolved against the document date must agree with the registry’s event dates and the document’s own dates.',
    severity: 'error',
    needsRegistry: false,
    scope: 'document',
    messages,
    schema: noOptions,
    defaults: {}
  },
  check(doc) {
    const findings: Finding[] = []
    const inferred = doc.date?.inferredFrom
    if (doc.date && inferred) {
      const event = inferred.registryClaim
      const values = {
        year: doc.date.year,
        found: inferred.claim.text,
        ordinal: ordinal(inferred.anniversary.value!),
        event: event.id,
        eventYear: event.date!.slice(0, 4)
      }
      findings.push(
        finding(rule.meta, doc, 'inferred', values, inferred.claim, {severity: 'info', registryClaim: event, note: registryNote(event, doc.lang)})
      )
    }

    let unresolvedReported = false
    let dated: DatedEvents | undefined
    for (const sentence of doc.sentences) {
      if (sentence.claims.some((claim) => claim.kind === 'anniversary' || yearsOf(claim, sentence))) continue
      // "when the agreement turned 19", "cuando el tratado cumplió 19 años": an anniversary in all but name.
      if (/(?<!\p{L})(?:turned|turns|cumpli[óo]|cumple|cumplen|cumplieron)\s+\d+/iu.test(sentence.text)) continue
      for (const claim of sentence.claims) {
        if (!claim.relative || (claim.kind !== 'year' && claim.kind !== 'date')) continue
        if (!doc.date) {
          if (!unresolvedReported && doc.matches.has(claim)) {
            unresolvedReported = true
            findings.push(finding(rule.meta, doc, 'unresolved', {found: claim.text}, claim, {severity: 'info'}))
          }
          continue
        }

        const apposed = appositeYear(doc, sentence, claim)
        if (apposed) {
          const mismatch = compareToEvent(doc, claim, String(apposed.value))
          if (mismatch) {
            const values = {found: claim.text, resolved: mismatch.resolved, other: apposed.text}
            findings.push(finding(rule.meta, doc, 'apposed', values, apposed, {expected: [mismatch.resolved]}))
          }
          continue
        }

        const event = doc.matches.get(claim)?.registryClaim
        if (event?.kind !== 'event' || !event.date) {
          dated ??= datedEvents(doc)
          const same = sameEventDate(doc, dated, sentence, claim)
          if (!same) continue
          const mismatch = compareToEvent(doc, claim, same.date)
          if (!mismatch) continue
          const values = {found: claim.text, ...mismatch, where: describePlace(doc, same.claim.start, false)}
          findings.push(
            finding(rule.meta, doc, 'sameEvent', values, claim, {
              expected: [mismatch.expected],
              related: [{path: doc.path, start: same.claim.start, end: same.claim.end, message: `\`${same.claim.text}\` stated here`}]
            })
          )
          continue
        }

        const mismatch = compareToEvent(doc, claim, event.date)
        if (!mismatch) continue
        const values = {found: claim.text, ...mismatch, event: event.id, date: event.date.slice(0, 7)}
        findings.push(
          finding(rule.meta, doc, 'mismatch', values, claim, {expected: [mismatch.expected], registryClaim: event, note: registryNote(event, doc.lang)})
        )
      }
    }

    return findings
  }
})

export default rule

/**
 * A year written right beside a relative date, as its gloss: "el año pasado
 * (2021)", "last year, in 2022,", "este año, 2023,". Only an apposition
 * counts: a year further away may well be another one ("exports were higher
 * last year than in 2019").
 */
function appositeYear(doc: DocumentClaims, sentence: Sentence, claim: Claim): Claim | undefined {
  const next = sentence.claims.find((other) => other.start >= claim.end)
  if (!next || next.relative || (next.kind !== 'year' && next.kind !== 'date') || next.value === undefined) return undefined
  const between = doc.text.slice(claim.end, next.start)
  return /^\s*(?:[,(]\s*)?(?:(?:in|en|de|del|of)\s+)?$/i.test(between) ? next : undefined
}

/**
 * An absolute date or year that another sentence of the document gives for
 * the same event as `claim` (see the file comment), with its date.
 */
function sameEventDate(doc: DocumentClaims, dated: DatedEvents, sentence: Sentence, claim: Claim): {claim: Claim; date: string} | undefined {
  const own = eventOf(doc, sentence, claim)
  if (!own) return undefined
  const events = dated.byCounts.get(own.counts)
  if (!events) return undefined
  const at = events.index.first(own.words, (index) => events.dated[index].sentence !== sentence)
  return at === undefined ? undefined : events.dated[at]
}

/** An absolute year or date of the document with the event its clause tells. */
interface DatedEvent {
  claim: Claim
  date: string
  sentence: Sentence
  event: {words: ReadonlySet<string>; counts: string}
}

/**
 * The document's dated events by the counts they state, each list in
 * document order with an index of their predicates: a long document has
 * thousands of relative dates and absolute ones, and trying each of the
 * second for each of the first was quadratic.
 */
interface DatedEvents {
  byCounts: Map<string, {dated: DatedEvent[]; index: PredicateIndex}>
}

/** The document's absolute years and dates with their events, in document order, read once per document. */
function datedEvents(doc: DocumentClaims): DatedEvents {
  const dated: DatedEvent[] = []
  for (const sentence of doc.sentences) {
    for (const claim of sentence.claims) {
      if (claim.relative || (claim.kind !== 'year' && claim.kind !== 'date')) continue
      const date = claim.date ?? (claim.kind === 'year' && claim.value !== undefined ? String(claim.value) : undefined)
      if (!date) continue
      const event = eventOf(doc, sentence, claim)
      if (event) dated.push({claim, date, sentence, event})
    }
  }

  const byCounts = new Map<string, DatedEvent[]>()
  for (const event of dated) {
    const list = byCounts.get(event.event.counts)
    if (list) list.push(event)
    else byCounts.set(event.event.counts, [event])
  }
  const sameEvent = (a: ReadonlySet<string>, b: ReadonlySet<string>) => samePredicate(a, b, 3)
  return {byCounts: new Map([...byCounts].map(([counts, list]) => [counts, {dated: list, index: new PredicateIndex(list.map((event) => event.event.words), sameEvent)}]))}
}

/**
 * The predicate of the clause a date stands in and the counts it states;
 * undefined when the clause states money or a percentage (see the file
 * comment).
 */
function eventOf(doc: DocumentClaims, sentence: Sentence, claim: Claim): {words: ReadonlySet<string>; counts: string} | undefined {
  const {words, claims} = predicateOf(sentence, claim, doc.lang)
  if (claims.some((c) => c.kind === 'money' || c.kind === 'percent')) return undefined
  const counts = claims
    .filter((c) => c.kind === 'quantity')
    .map((c) => `${c.value ?? `${c.min?.value}-${c.max?.value}`}`)
    .sort()
    .join(',')
  return {words, counts}
}

/**
 * Compare a resolved relative date with an event date, at the precision the
 * text gives; when they differ, what it resolved to and what was expected.
 */
function compareToEvent(doc: DocumentClaims, claim: Claim, eventDate: string): {resolved: string; expected: string} | undefined {
  const relative = claim.relative!
  const date = doc.date!
  const eventYear = Number(eventDate.slice(0, 4))
  const eventMonth = eventDate.length >= 7 ? Number(eventDate.slice(5, 7)) : undefined
  let resolved: string
  let agrees: boolean
  let expected: string

  if (relative.unit === 'month' && relative.month) {
    // "last May": the most recent May before the document date; "in May of last year": offset in years.
    const year = date.year + relative.offset
    resolved = `${year}-${String(relative.month).padStart(2, '0')}`
    agrees = year === eventYear && (eventMonth === undefined || eventMonth === relative.month)
    const format = packOf(doc.lang).format
    expected = format.monthYear(format.months[(eventMonth ?? relative.month) - 1], eventYear)
  } else if (relative.unit === 'year') {
    const year = date.year + relative.offset
    resolved = String(year)
    agrees = year === eventYear
    expected = String(eventYear)
  } else {
    return undefined
  }

  return agrees ? undefined : {resolved, expected}
}
