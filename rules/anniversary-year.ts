/**
 * @file anniversary-year
 *
 * The Nth anniversary of an event of known year falls in year + N. The event
 * is the registry `event` claim the sentence matches (by its entities and
 * terms); the year is the one the same sentence puts the anniversary in,
 * written out ("The year 2022 also marks the 50th anniversary") or relative
 * to the document date ("Este año ... el 50 aniversario", "this year").
 *
 * A relative year needs the document date (frontmatter `date`, a leading
 * `date YYYY-MM-DD` marker, or `--date`). An undated document whose own
 * anniversary sentence fixes its year has that year inferred (see
 * `relative-date`); with `--no-infer-date` the rule does not guess and
 * reports at info level that the year could not be checked.
 *
 * A plain year the sentence says the event happened in ("established
 * diplomatic relations in 1972") is checked against the event's date too,
 * and "60 years of relations" counts like a 60th anniversary. An anniversary
 * whose sentence does not name its event ("the 50th anniversary of that
 * day", "ese acuerdo") is resolved to the one event of the paragraph, then
 * of the document.
 *
 * The suggestion is the right year, or for a relative year the right
 * relative wording ("el año pasado") and the year.
 *
 * @example valid.en.txt
 *   date 2023-11-07 This year marks the 50th anniversary of diplomatic ties between Vietnam and Japan.
 *
 * @example valid.es.txt
 *   En 2023, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.
 *
 * @example invalid.en.txt
 *   The year 2022 also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.
 *
 * @output
 *   1:10-1:14 error Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`
 *
 * @example invalid.es.txt
 *   date 2024-03-01 Este año, Vietnam y Japón celebran el 50 aniversario de sus relaciones diplomáticas.
 *
 * @output
 *   1:17-1:25 error Unexpected `Este año` (2024) for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`
 *
 */
import type {Claim, Lang, Sentence} from '../src/types.js'
import type {DocumentClaims, Finding} from '../src/rule-kit/index.js'
import {defineRule, finding, noOptions, ordinal, packOf, packs, registryNote, yearsOf, words} from '../src/rule-kit/index.js'
import type {RegistryClaim} from '../src/registry/types.js'

const id = 'anniversary-year'

const messages = {
  wrongYear: 'Unexpected `{found}` for the {ordinal} anniversary of `{event}` ({eventYear}), expected `{expected}`',
  wrongRelativeYear:
    'Unexpected `{found}` ({resolved}) for the {ordinal} anniversary of `{event}` ({eventYear}), expected `{expected}`',
  wrongEventYear: 'Unexpected `{found}` for `{event}` ({eventDate}), expected `{expected}`',
  undated:
    'Cannot check `{found}` for the {ordinal} anniversary of `{event}` ({eventYear}) without a document date, expected `{expected}`'
}

const rule = defineRule({
  meta: {
    id,
    description: 'The Nth anniversary of an event of known year must fall in that year + N.',
    severity: 'error',
    needsRegistry: true,
    scope: 'document',
    messages,
    schema: noOptions,
    defaults: {}
  },
  check(doc) {
    const findings: Finding[] = []
    for (const sentence of doc.sentences) {
      const eventYear = plainEventYear(doc, sentence)
      if (eventYear) findings.push(eventYear)
      for (const claim of sentence.claims) {
        // "60 years of relations" counts from the event like an anniversary.
        if ((claim.kind !== 'anniversary' && !yearsOf(claim, sentence)) || claim.value === undefined) continue
        const event = doc.matches.get(claim)?.registryClaim
        const eventYear = event?.kind === 'event' && event.date ? Number(event.date.slice(0, 4)) : undefined
        if (!event || eventYear === undefined) continue
        const finding = checkAnniversary(doc, sentence, claim, event, eventYear)
        if (finding) findings.push(finding)
      }
    }

    return findings
  }
})

export default rule

function checkAnniversary(
  doc: DocumentClaims,
  sentence: Sentence,
  anniversary: Claim,
  event: RegistryClaim,
  eventYear: number
): Finding | undefined {
  const n = anniversary.value!
  const expected = eventYear + n
  const reference = yearReference(doc, sentence, anniversary, eventYear)
  if (!reference) return undefined

  const values = {found: reference.text, ordinal: ordinal(n), event: event.id, eventYear, expected}
  const cited = {registryClaim: event, note: registryNote(event, doc.lang), expected: [String(expected)]}
  const at = {start: reference.start, end: reference.end, claim: reference}

  if (reference.relative) {
    if (!doc.date) return finding(rule.meta, doc, 'undated', values, at, {...cited, severity: 'info'})
    const resolved = doc.date.year + reference.relative.offset
    if (resolved === expected) return undefined
    const wording = relativeWording(expected - doc.date.year, doc.lang, /^\p{Lu}/u.test(reference.text))
    return finding(rule.meta, doc, 'wrongRelativeYear', {...values, resolved}, at, {
      ...cited,
      expected: wording ? [wording, String(expected)] : [String(expected)]
    })
  }

  if (reference.value === expected) return undefined
  return finding(rule.meta, doc, 'wrongYear', values, at, cited)
}

/**
 * The year the sentence puts the anniversary in: the nearest `year` claim of
 * the sentence that is not the event's own year ("ties established in
 * 1973"), relative years included.
 */
function yearReference(doc: DocumentClaims, sentence: Sentence, anniversary: Claim, eventYear: number): Claim | undefined {
  let best: Claim | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const claim of sentence.claims) {
    if (claim.kind !== 'year') continue
    if (!claim.relative && claim.value === eventYear) continue
    // "el 20 aniversario del tratado que ambos países firmaron en 2003": a
    // year of a clause that tells of the event itself is no anniversary year.
    if (claim.start >= anniversary.end && !claim.relative && tellsOfEvent(words(doc.text.slice(anniversary.end, claim.start)))) continue
    if (claim.relative && claim.relative.unit !== 'year') continue
    const distance = claim.end <= anniversary.start ? anniversary.start - claim.end : claim.start - anniversary.end
    if (distance < bestDistance) {
      best = claim
      bestDistance = Math.abs(distance)
    }
  }

  return best
}

/**
 * Verbs that say an event happened (not that it was remembered, neared or
 * ran on): "established diplomatic relations in 1963", "firmaron el tratado
 * en 1973". Folded as `words` folds them.
 */
const happened = new Set(packs.flatMap((pack) => pack.rules.happened))
/** Whether the words between an anniversary and a year open a clause about the event ("que … firmaron", "which was signed"). */
function tellsOfEvent(between: string[]): boolean {
  return between.some((word) => relativePronouns.has(word) || happened.has(word))
}

const relativePronouns = new Set(packs.flatMap((pack) => pack.rules.relativePronouns))

/** Words before a year that make it no date of the event: "since 1973", "hasta 1990", "before 1973". */
const notOnYear = new Set(packs.flatMap((pack) => pack.rules.notOnYear))

/** The words a plain event year follows: "in", "en", "el año" (folded). */
const yearLeads = packs.flatMap((pack) => pack.rules.yearLead.map((lead) => lead.split(' ')))

/**
 * A plain year of a registry event that the sentence says it happened in
 * ("Vietnam and Japan established diplomatic relations in 1972" against
 * 1973): only a written year matched to the event, in a sentence with a verb
 * of `happened` and no anniversary, duration or other year, written after
 * "in" / "en" / "el año".
 */
function plainEventYear(doc: DocumentClaims, sentence: Sentence): Finding | undefined {
  const years = sentence.claims.filter((claim) => claim.kind === 'year' || claim.kind === 'date')
  if (years.length !== 1 || sentence.claims.some((claim) => claim.kind === 'anniversary' || claim.kind === 'duration')) return undefined
  const claim = years[0]
  if (claim.kind !== 'year' || claim.relative || claim.value === undefined) return undefined
  const event = doc.matches.get(claim)?.registryClaim
  if (event?.kind !== 'event' || !event.date) return undefined
  const eventYear = Number(event.date.slice(0, 4))
  if (claim.value === eventYear) return undefined
  const before = words(doc.text.slice(sentence.start, claim.start))
  const lead = before.slice(-2)
  if (!yearLeads.some((words) => lead.slice(-words.length).join(' ') === words.join(' '))) return undefined
  if (before.some((word) => notOnYear.has(word)) || !words(sentence.text).some((word) => happened.has(word))) return undefined
  const values = {found: claim.text, event: event.id, eventDate: event.date, expected: eventYear}
  return finding(rule.meta, doc, 'wrongEventYear', values, claim, {registryClaim: event, note: registryNote(event, doc.lang), expected: [String(eventYear)]})
}

/** "this year" / "el año pasado" for an offset of -1, 0 or +1 years. */
function relativeWording(offset: number, lang: Lang, capital: boolean): string | undefined {
  const text = offset === -1 || offset === 0 || offset === 1 ? packOf(lang).format.relativeYears[offset] : undefined
  if (!text) return undefined
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text
}
