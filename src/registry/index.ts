/**
 * Matching sentence claims to registry claims (see `docs/registry.md`,
 * "Matching").
 *
 * A registry claim fits a sentence claim when:
 * - their kinds are compatible (a count of projects never matches money);
 * - for counts and ranks, the claim's noun is one of the registry's noun forms;
 * - for money, the currency is the same;
 * - every entity in `about` is mentioned in the sentence (names per language,
 *   case- and accent-insensitive, also when glued to the word before, as in
 *   "enVietnam");
 * - at least one recognition term of the document's language occurs (by stem).
 *
 * Among fitting claims the most specific wins (more terms matched, and the
 * subject — `about[0]` — named first in the sentence, before the figure, as
 * a sentence's subject usually is); then the one whose
 * as-of date is nearest the document date; a remaining tie matches nothing.
 */
import type {Claim, Lang, Sentence, Token} from '../types.js'
import type {Registry, RegistryClaim, RegistryEntity, RegistryRatio} from './types.js'
import {normalize, variants, words} from '../text.js'
import {packOf} from '../lang/index.js'
import {dateMiddle} from '../dates.js'
import type {Period} from '../lang/types.js'

/** A mention of an entity in a sentence. */
export interface Mention {
  entity: string
  start: number
  end: number
}

export interface Candidate {
  registryClaim: RegistryClaim
  score: number
  /** For a registry rate (`per`): the prose's period and the factor from the registry's period to it. */
  rate?: {period: Period; factor: number}
}

/**
 * Days in each rate period, for converting a rate from one period to
 * another: a month is a twelfth of a year, so twelve months make a year
 * exactly ("1,790 million a month, 21,480 million a year").
 */
export const periodDays: Record<Period, number> = {day: 1, week: 7, month: 365 / 12, year: 365}

/**
 * The period a figure is given per, from the words right after it (its
 * noun included in the claim): "45,000 riders a day", "16 millones de
 * pasajeros al año", "300 000 voyageurs par jour". The words are the
 * language pack's `rules.periods`.
 */
export function periodOf(claim: Claim, sentence: Sentence, lang: Lang): Period | undefined {
  const from = claim.end - sentence.start
  const after = ` ${words(sentence.text.slice(from, from + 40)).slice(0, 3).join(' ')} `
  for (const [period, phrases] of Object.entries(packOf(lang).rules.periods) as Array<[Period, string[]]>) {
    if (phrases.some((phrase) => after.startsWith(` ${phrase} `))) return period
  }
  return undefined
}

export interface MatchResult {
  /** The registry claim chosen, if any. */
  match?: Candidate
  /** Every fitting candidate with its score, best first (for --explain). */
  candidates: Candidate[]
  /** Whether a tie between the best candidates left the claim unmatched. */
  tie: boolean
  /**
   * Another figure of the same sentence that matches the same registry claim
   * and was preferred (it agrees with the registry value, or, when neither or
   * both do, stands nearer a mention of the claim's subject): this one is
   * taken for another measure ("300 projects in Hanoi alone, part of the
   * 5,000 projects Japan has in Vietnam") and left unmatched.
   */
  yieldedTo?: Claim
  /**
   * Why no registry claim was chosen, for `--explain`: the furthest any
   * registry claim of the same kind got ("no entity of the claim in the
   * sentence", "no term", "noun differs", "blocked by a flow word", "an
   * average, not a total"…), or the tie.
   */
  reason?: string
}

/**
 * A registry prepared for matching: entity names compiled into patterns once,
 * so matching a sentence costs one scan per entity.
 */
export class RegistryIndex {
  readonly registry: Registry
  /**
   * Name patterns by the first run of letters and digits of the folded name
   * ("costa" for "Costa Rica", "t" for "T-MEC"): a sentence is tried only
   * against the names whose first run is one of its own runs (or, for a
   * capitalised name that may be glued to a short word before it,
   * "enVietnam", a run's ending), so finding mentions does not cost one
   * scan per entity name of the registry.
   */
  private readonly byFirstRun = new Map<string, NamePattern[]>()
  /**
   * The positions of the claims about each entity, in registry order: a
   * claim matches only when the sentence names one of its entities, so a
   * figure is tried against the claims of the entities its sentence names,
   * not against the whole registry.
   */
  private readonly claimsAbout = new Map<string, number[]>()

  constructor(registry: Registry) {
    this.registry = registry
    for (const [position, claim] of registry.claims.entries()) {
      for (const id of new Set(claim.about)) {
        const list = this.claimsAbout.get(id)
        if (list) list.push(position)
        else this.claimsAbout.set(id, [position])
      }
    }
    let order = 0
    for (const entity of registry.entities.values()) {
      for (const [lang, names] of Object.entries(entity.names) as Array<[Lang, string[]]>) {
        for (const name of names) {
          const pattern: NamePattern = {entity: entity.id, lang, name, order: order++}
          const run = /^[\p{L}\p{N}]+/u.exec(fold(name))?.[0] ?? ''
          const list = this.byFirstRun.get(run)
          if (list) list.push(pattern)
          else this.byFirstRun.set(run, [pattern])
        }
      }
    }
  }

  /** The claims about any of `entities`, in registry order. */
  private claimsNaming(entities: Set<string>): RegistryClaim[] {
    if (entities.size === 1) return (this.claimsAbout.get([...entities][0]) ?? []).map((position) => this.registry.claims[position])
    const positions = new Set<number>()
    for (const id of entities) for (const position of this.claimsAbout.get(id) ?? []) positions.add(position)
    return [...positions].sort((a, b) => a - b).map((position) => this.registry.claims[position])
  }

  entity(id: string): RegistryEntity | undefined {
    return this.registry.entities.get(id)
  }

  #claimsById: Map<string, RegistryClaim> | undefined

  /** The registry claim with this id (as the cache and the run rules that collect store claims), if any. */
  claim(id: string): RegistryClaim | undefined {
    this.#claimsById ??= new Map(this.registry.claims.map((claim) => [claim.id, claim]))
    return this.#claimsById.get(id)
  }

  private readonly mentionCache = new WeakMap<Sentence, Mention[]>()

  /** Entities mentioned in a sentence (names of any language: "Vietnam" is "Vietnam" in both). Cached per sentence. */
  mentions(sentence: Sentence): Mention[] {
    let cached = this.mentionCache.get(sentence)
    if (!cached) {
      cached = this.findMentions(sentence)
      this.mentionCache.set(sentence, cached)
    }
    return cached
  }

  private findMentions(sentence: Sentence): Mention[] {
    const found: Mention[] = []
    const folded = fold(sentence.text)
    for (const candidate of this.candidatePatterns(folded)) {
      const {entity} = candidate
      // Compiled on first use: a registry of 10,000 entities has 20,000 names, and compiling all of them took 2.8 s.
      const pattern = (candidate.pattern ??= namePattern(candidate.name))
      pattern.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = pattern.exec(folded))) {
        const start = sentence.start + match.index + (match[1]?.length ?? 0)
        const end = sentence.start + match.index + match[0].length
        if (!found.some((m) => m.entity === entity && m.start === start)) {
          found.push({entity, start, end})
        }
      }
    }

    return found.sort((a, b) => a.start - b.start)
  }

  /** The name patterns that may match in `folded` (see `byFirstRun`), in registry order. */
  private candidatePatterns(folded: string): NamePattern[] {
    const candidates = new Set<NamePattern>(this.byFirstRun.get('') ?? [])
    const add = (run: string) => {
      const list = this.byFirstRun.get(run)
      if (list) for (const pattern of list) candidates.add(pattern)
    }
    for (const [run] of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
      add(run)
      for (let glued = 1; glued <= 3 && glued < run.length; glued++) add(run.slice(glued))
    }
    return [...candidates].sort((a, b) => a.order - b.order)
  }

  /** Match one claim of a sentence against the registry claims. */
  match(
    claim: Claim,
    sentence: Sentence,
    lang: Lang,
    mentions: Mention[],
    documentDate?: string,
    context?: ReadonlySet<string>
  ): MatchResult {
    const candidates: Candidate[] = []
    if (mentions.length === 0) return {candidates, tie: false, reason: 'no registry entity named in the sentence'}
    const mentioned = new Set(mentions.map((m) => m.entity))
    // The furthest a registry claim got, for `reason`.
    let stage = -1
    let reason: string | undefined
    const failed = (at: number, why: string): void => {
      if (at > stage) {
        stage = at
        reason = why
      }
    }
    const owner = ownerOf(claim, sentence, mentions)
    // Computed on first need: most claims fail on entities or kind first.
    const figure = claim.kind === 'money' || claim.kind === 'quantity'
    const notTotal = once(() => (figure ? averageOrPart(claim, sentence, owner, lang) : undefined))
    const onlyIn = once(() => (figure ? restrictedTo(claim, sentence, mentions) : undefined))
    const claimNouns = once(() => nounsOf(claim, sentence, lang))
    let clause: [number, number] | undefined
    let stems: Set<string> | undefined
    let years: number[] | undefined
    let period: Period | null | undefined

    for (const registryClaim of this.claimsNaming(mentioned)) {
      if (!sameKind(claim, registryClaim, sentence)) continue
      const missing = registryClaim.about.filter((id) => !mentioned.has(id))
      // An entity the paragraph or the document's opening named stands for the
      // sentence's own ("el intercambio con Corea del Sur" in an article on
      // Chile and Korea), when the sentence names another of the claim's.
      const implied = missing.length > 0 && missing.length < registryClaim.about.length && context !== undefined && missing.every((id) => context.has(id))
      if (missing.length > 0 && !implied) {
        failed(0, `\`${registryClaim.id}\`: no mention of ${missing.map((id) => `\`${id}\``).join(', ')} in the sentence`)
        continue
      }
      if (!kindFits(claim, registryClaim, lang, sentence, claimNouns)) {
        const flow = registryClaim.noun?.[lang] && claimNouns().some((noun) => words(noun).some((word) => flowWords.has(word)))
        failed(1, flow ? `\`${registryClaim.id}\`: blocked by a flow word in \`${claim.noun?.text ?? ''}\`` : `\`${registryClaim.id}\`: ${claim.kind === 'money' ? 'currency' : 'noun'} differs (\`${claim.noun?.text ?? claim.unit ?? claim.kind}\`)`)
        continue
      }
      // A rate matches a rate, and converts between periods ("16 million riders a year" against 45,000 a day).
      let rate: Candidate['rate']
      if (registryClaim.kind === 'money' || registryClaim.kind === 'quantity') {
        if (period === undefined) period = periodOf(claim, sentence, lang) ?? null
        if ((registryClaim.per === undefined) !== (period === null)) {
          failed(2, registryClaim.per ? `\`${registryClaim.id}\`: a rate per ${registryClaim.per}, the figure gives no period` : `\`${registryClaim.id}\`: the figure is per ${period}, the registry value is no rate`)
          continue
        }
        if (registryClaim.per && period) rate = {period, factor: periodDays[period] / periodDays[registryClaim.per]}
      }
      // A rank with a scope ("in Asia") matches prose that names it; one without, prose that names none of the entity's scopes.
      if (registryClaim.kind === 'rank' && !scopeFits(claim, sentence, lang, registryClaim, this.registry.claims)) {
        failed(2, registryClaim.scope ? `\`${registryClaim.id}\`: the sentence does not name its scope (${(registryClaim.scope[lang] ?? []).map((s) => `\`${s}\``).join(', ')})` : `\`${registryClaim.id}\`: the sentence names the scope of another rank`)
        continue
      }
      // A figure in an apposition belongs to what it follows: "A ranks second after B (71.6 billion USD)" is B's.
      if (owner !== undefined && registryClaim.kind !== 'event' && registryClaim.about[0] !== owner) {
        failed(2, owner === '' ? `\`${registryClaim.id}\`: a part in parentheses, not the total` : `\`${registryClaim.id}\`: the figure is \`${owner}\`'s, not \`${registryClaim.about[0]}\`'s`)
        continue
      }
      if (registryClaim.kind === 'quantity' && claim.kind === 'quantity' && flowBefore(claim, sentence) && !registryAverage(registryClaim)) {
        failed(2, `\`${registryClaim.id}\`: a flow (\`${flowBefore(claim, sentence)}\`), not the stock`)
        continue
      }
      if (registryClaim.kind !== 'event' && otherActor(claim, sentence, mentions, registryClaim.about)) {
        failed(2, `\`${registryClaim.id}\`: the figure's clause is about another actor than \`${registryClaim.about[0]}\``)
        continue
      }
      if (registryClaim.kind === 'money' || registryClaim.kind === 'quantity') {
        const other = otherMeasure(claim, sentence, lang)
        if (other) {
          failed(2, `\`${registryClaim.id}\`: ${other}`)
          continue
        }
      }
      if (registryClaim.kind === 'percent' && claim.kind === 'percent' && ownShare(claim, sentence)) {
        failed(2, `\`${registryClaim.id}\`: a share of two figures the sentence states, checked by derived-figure`)
        continue
      }
      if (registryClaim.kind !== 'percent' && registryClaim.kind !== 'event' && wholeOfShare(claim, sentence)) {
        failed(2, `\`${registryClaim.id}\`: the whole a percentage is a share of, another measure`)
        continue
      }
      const place = onlyIn()
      if (place !== undefined && !registryClaim.about.includes(place)) {
        failed(2, `\`${registryClaim.id}\`: a part (\`only in\`, \`solo en\`, \`alone\`), not the total`)
        continue
      }
      const why = notTotal()
      if (why && !registryAverage(registryClaim)) {
        failed(2, `\`${registryClaim.id}\`: ${why}`)
        continue
      }
      clause ??= clauseOf(sentence, claim)
      // The clause's own years, else the sentence's ("In 2023 they signed 12 deals, and trade reached $48 billion").
      if (!years) {
        years = clauseYears(sentence, clause, documentDate, claim)
        if (years.length === 0) years = clauseYears(sentence, [sentence.start, sentence.end], documentDate, claim)
      }
      // A figure dated by its clause ("In 2021, trade was $42 billion") is not the
      // value of another year; an event's own year is what its rules check.
      if (years.length > 0 && registryClaim.kind !== 'event' && registryClaim.asOf && !years.includes(Number(registryClaim.asOf.slice(0, 4)))) {
        failed(3, `\`${registryClaim.id}\`: the clause is dated ${years.join(', ')}, the value ${registryClaim.asOf}`)
        continue
      }
      stems ??= sentenceStems(sentence, clause)
      const termsMatched = countTerms(registryClaim.terms[lang] ?? [], stems)
      if (termsMatched === 0) {
        failed(4, `\`${registryClaim.id}\`: no term of it (${(registryClaim.terms[lang] ?? []).map((t) => `\`${t}\``).join(', ') || 'none listed'}) in the clause`)
        continue
      }

      let score = registryClaim.about.length - missing.length + termsMatched
      const subject = registryClaim.about[0]
      const first = mentions.find((m) => m.end <= claim.start)
      if (subject && first?.entity === subject) score += 1
      candidates.push(rate ? {registryClaim, score, rate} : {registryClaim, score})
    }

    // No claim of the named entities is of this kind: say so by the registry's first claim of the kind.
    if (stage < 0) {
      const first = this.registry.claims.find((c) => sameKind(claim, c, sentence))
      if (first) reason = `\`${first.id}\`: no mention of ${first.about.filter((id) => !mentioned.has(id)).map((id) => `\`${id}\``).join(', ')} in the sentence`
    }
    dropSuperseded(candidates, documentDate)
    // A clause that names several years dates the figure by the nearest: "the budget for 2025 of €1.24 billion … larger than the 2024 budget".
    const own = years && years.length > 1 && clause ? nearestYear(sentence, clause, claim) : undefined
    const offYear = (c: Candidate) => (own !== undefined && c.registryClaim.asOf && Number(c.registryClaim.asOf.slice(0, 4)) !== own ? 1 : 0)
    candidates.sort(
      (a, b) =>
        b.score - a.score ||
        offYear(a) - offYear(b) ||
        dateDistance(a.registryClaim.asOf, documentDate) - dateDistance(b.registryClaim.asOf, documentDate)
    )

    if (candidates.length === 0) return {candidates, tie: false, reason: reason ?? `no registry claim of kind \`${claim.kind}\``}
    if (candidates.length < 2) return {match: candidates[0], candidates, tie: false}
    const [first, second] = candidates
    const tie =
      first.score === second.score &&
      offYear(first) === offYear(second) &&
      dateDistance(first.registryClaim.asOf, documentDate) ===
        dateDistance(second.registryClaim.asOf, documentDate)
    if (!tie) return {match: first, candidates, tie}
    const tied = candidates.filter((c) => c.score === first.score).map((c) => `\`${c.registryClaim.id}\``)
    return {candidates, tie, reason: `several candidates tied: ${tied.join(', ')}`}
  }

  /**
   * The registry event an anniversary refers to when its own sentence does
   * not say ("the 50th anniversary of that day", "ese acuerdo", a sentence
   * naming no entity): the one event whose entities the earlier sentences of
   * the paragraph all name (the most terms wins); failing that, of the whole
   * document. Undefined with the reason when no event or several are
   * candidates.
   */
  eventFromContext(paragraph: Sentence[], document: Sentence[], lang: Lang, anniversaryStart = Number.POSITIVE_INFINITY): {match?: Candidate; reason: string} {
    // Only a sentence that points back ("that day", "ese acuerdo") or names
    // the event's terms: "the 10th anniversary of the Hanoi plant" is another event.
    const own = paragraph[paragraph.length - 1]
    const folded = ` ${words(own.text).join(' ')} `
    const pointsBack = anaphors.some((phrase) => folded.includes(` ${phrase} `))
    // "The University of X celebrated its 100th anniversary": the anniversary of the entity's own event.
    const ownMentions = this.mentions(own)
    const possessive = / (?:its|their|su|sus) (?:\w+ )?$/u.test(` ${words(own.text.slice(0, Math.max(0, anniversaryStart - own.start))).join(' ')} `)
    const ownStems = sentenceStems(own)
    const scopes: Array<[string, Sentence[]]> = [
      ['paragraph', paragraph],
      ['document', document]
    ]
    let reason = pointsBack ? 'no registry event named in the paragraph or the document' : 'the sentence neither points back to an event ("that day", "ese acuerdo") nor names one by its terms'
    for (const [scope, sentences] of scopes) {
      if (sentences.length === 0) continue
      const mentioned = new Set(sentences.flatMap((sentence) => this.mentions(sentence).map((m) => m.entity)))
      const stems = new Set(sentences.flatMap((sentence) => [...sentenceStems(sentence)]))
      const candidates: Candidate[] = []
      for (const registryClaim of this.registry.claims) {
        if (registryClaim.kind !== 'event' || !registryClaim.about.every((id) => mentioned.has(id))) continue
        const own_ = possessive && registryClaim.about.length === 1 && ownMentions.some((m) => m.entity === registryClaim.about[0] && m.end <= anniversaryStart)
        if (!pointsBack && !own_ && countTerms(registryClaim.terms[lang] ?? [], ownStems) === 0) continue
        const terms = countTerms(registryClaim.terms[lang] ?? [], stems)
        candidates.push({registryClaim, score: registryClaim.about.length + terms})
      }

      if (candidates.length === 0) continue
      candidates.sort((a, b) => b.score - a.score)
      if (candidates.length === 1 || candidates[0].score > candidates[1].score) return {match: candidates[0], reason: `the one event of the ${scope}`}
      const tied = candidates.filter((c) => c.score === candidates[0].score).map((c) => `\`${c.registryClaim.id}\``)
      reason = `several events of the ${scope} fit equally: ${tied.join(', ')}`
      return {reason}
    }

    return {reason}
  }

  /** Ratios whose terms occur in the sentence and whose entities are mentioned. */
  ratios(sentence: Sentence, lang: Lang, mentions: Mention[]): RegistryRatio[] {
    const stems = sentenceStems(sentence)
    const mentioned = new Set(mentions.map((m) => m.entity))
    return this.registry.ratios.filter(
      (ratio) =>
        (ratio.about ?? []).every((id) => mentioned.has(id)) &&
        flowFits(ratio, sentence, lang, mentions) &&
        countTerms(ratio.terms[lang] ?? [], stems) > 0
    )
  }
}

/**
 * When a claim and the claim that supersedes it both fit, keep the one that
 * was current at the document date: the older one only for documents dated
 * before the newer one's as-of date. (`stale-claim` then checks figures that
 * state the older value as current.)
 */
function dropSuperseded(candidates: Candidate[], documentDate: string | undefined): void {
  const dropped = new Set<Candidate>()
  for (const candidate of candidates) {
    const older = candidate.registryClaim
    const newer = older.supersededBy ? candidates.find((c) => c.registryClaim.id === older.supersededBy) : undefined
    if (!newer) continue
    const asOf = newer.registryClaim.asOf
    const olderCurrent = documentDate !== undefined && asOf !== undefined && dateMiddle(documentDate) < dateMiddle(asOf)
    dropped.add(olderCurrent ? newer : candidate)
  }

  for (let i = candidates.length - 1; i >= 0; i--) {
    if (dropped.has(candidates[i])) candidates.splice(i, 1)
  }
}

/** `make`'s value, made on the first call and given again after. */
function once<T>(make: () => T): () => T {
  let made = false
  let value: T
  return () => {
    if (!made) {
      value = make()
      made = true
    }
    return value
  }
}

/** Whether a noun as written is one of the listed forms (by stem). */
export function nounFits(noun: string, forms: readonly string[] | undefined, flowsFit = false): boolean {
  if (!forms || forms.length === 0) return false
  const target = words(noun)
  const targetForms = target.map(variants)
  // Two words are forms of each other when their variants meet (`sameWord`).
  const meets = (form: readonly string[], at: number): boolean => form.some((variant) => targetForms[at].includes(variant))
  return forms.some((form) => {
    const candidate = phraseForms(form)
    // The noun as written may carry more words: Spanish heads come first
    // ("socio comercial"), English heads last ("investment projects").
    if (candidate.length > target.length) return false
    const tail = target.length - candidate.length
    const at = candidate.every((word, i) => meets(word, i)) ? 0 : candidate.every((word, i) => meets(word, tail + i)) ? tail : -1
    if (at < 0) return false
    // "450 new projects", "450 nuevos proyectos": a flow, not the registry's stock of projects.
    // A ratio holds for new things as well: "60 new plants" has a cost per plant (`flowsFit`).
    return flowsFit || !target.some((word, i) => (i < at || i >= at + candidate.length) && flowWords.has(word))
  })
}

/**
 * Words that make a count a flow (what was added in a period) rather than the
 * stock a registry claim holds, unless the registry's own noun says so.
 */
const flowWords = new Set(['new', 'additional', 'further', 'fresh', 'extra', 'nuevo', 'nueva', 'nuevos', 'nuevas', 'adicional', 'adicionales'])

/**
 * The noun of a count or rank as written, and, in English, with the word
 * after it when that word continues a noun compound ("investment" +
 * "projects"): English puts the head noun last.
 */
export function nounsOf(claim: Claim, sentence: Sentence, lang: Lang): string[] {
  // A rank by a position word ("el tercer lugar", "third place") is named by that word.
  if (!claim.noun) return claim.kind === 'rank' && claim.superlative ? [claim.superlative] : []
  const nouns = [claim.noun.text]
  // "60-kilogram bags": the figure measures the hyphened word, not the bags.
  const hyphened = sentence.text[claim.noun.start - sentence.start - 1] === '-'
  if (packOf(lang).words.headNounLast && !hyphened) {
    const next = sentence.tokens.find((token) => token.start > claim.noun!.end && token.type !== 'whitespace')
    const between = next ? sentence.text.slice(claim.noun.end - sentence.start, next.start - sentence.start) : ''
    if (next && next.type === 'word' && /^\s+$/.test(between) && /^\p{Ll}+s$/u.test(next.text)) nouns.push(claim.noun.text + ' ' + next.text)
  }
  return nouns
}

/**
 * Words that refer back to an event named before, folded as `words` folds
 * them: "the 50th anniversary of that day", "ese acuerdo", "dicha fecha".
 */
const anaphors = [
  'that day', 'that date', 'the treaty', 'that treaty', 'the agreement', 'that agreement', 'the accord', 'that event', 'the event', 'the occasion', 'that milestone', 'this milestone',
  'ese dia', 'esa fecha', 'dicha fecha', 'dicho dia', 'aquel dia', 'ese acuerdo', 'dicho acuerdo', 'el acuerdo', 'el tratado', 'ese tratado', 'dicho tratado', 'la efemeride', 'esa efemeride', 'ese hito', 'aquel acontecimiento'
]

/** Whether a claim's kind can be a registry claim's at all (before entities and nouns are asked). */
function sameKind(claim: Claim, registryClaim: RegistryClaim, sentence: Sentence): boolean {
  if (registryClaim.kind === 'event') return claim.kind === 'anniversary' || claim.kind === 'year' || claim.kind === 'date' || yearsOf(claim, sentence)
  return claim.kind === registryClaim.kind
}

/**
 * Whether a duration counts the years of something ("60 years of relations",
 * "50 años de relaciones"): then it is an anniversary in all but name, and
 * matches the event it counts from.
 */
export function yearsOf(claim: Claim, sentence: Sentence): boolean {
  if (claim.kind !== 'duration' || claim.value === undefined) return false
  const after = sentence.text.slice(claim.end - sentence.start, claim.end - sentence.start + 8)
  return /^\s+(?:of|de|del)\s/iu.test(after)
}

/**
 * The entity a figure in parentheses belongs to: the one named right before
 * the parenthesis ("after B (71.6 billion USD)" is B's); `''` when a
 * parenthesis follows no entity ("processing and manufacturing (40.6
 * billion)": a part); undefined when the figure is not in parentheses.
 */
export function ownerOf(claim: Claim, sentence: Sentence, mentions: Mention[]): string | undefined {
  const before = sentence.text.slice(0, claim.start - sentence.start)
  const open = before.lastIndexOf('(')
  if (open < 0 || before.indexOf(')', open) >= 0) return undefined
  // Only the figure that opens the parenthesis: "(57% of the sample)" or "(71.6 billion USD)".
  if (!/^\(\s*(?:\p{L}+\s+){0,3}$/u.test(before.slice(open))) return undefined
  const at = sentence.start + open
  const lead = sentence.text.slice(0, open).replace(/\s+$/, '')
  const end = sentence.start + lead.length
  const named = mentions.filter((m) => m.end <= at && m.end >= end - 1)
  if (named.length > 0) return named[named.length - 1].entity
  // A parenthesis after a plain word: what it follows is a part, unless it
  // follows the sentence's own measure, which the terms decide later.
  return /\p{Ll}$/u.test(lead) && !/\b(?:total|overall|en total|in all)$/iu.test(lead) ? '' : undefined
}

/** Words before a figure that make it an average, not a total. */
const averageBefore = new Set(['average', 'averaged', 'averages', 'mean', 'median', 'typical', 'promedio', 'promedió', 'promediaron', 'media', 'mediana'])
/** Words before a figure in its clause that make it a sum over years, not the period's value. */
const cumulativeWords = new Set(['accumulated', 'cumulative', 'cumulatively', 'acumulada', 'acumulado', 'acumuladas', 'acumulados'])
/** Words before a figure in its clause that make it a forecast or a wish, not a value that held. */
const forecastWords = new Set([
  'could', 'would', 'will', 'might', 'forecast', 'forecasts', 'projected', 'projects', 'expects', 'expected', 'target', 'aims', 'goal',
  'podria', 'podrian', 'preve', 'preven', 'espera', 'esperan', 'proyecta', 'proyectan', 'meta', 'objetivo', 'pronostica'
])
/** Verbs right before a count that make it a flow, not a stock: "closed 38 branches", "abrió 12 tiendas". */
const flowVerbs = new Set([
  'closed', 'opened', 'added', 'cut', 'shed', 'hired', 'created', 'lost', 'sold', 'bought', 'built', 'approved', 'licensed',
  'cerro', 'cerraron', 'abrio', 'abrieron', 'sumo', 'sumaron', 'recorto', 'recortaron', 'creo', 'crearon', 'perdio', 'perdieron', 'vendio', 'vendieron', 'aprobo', 'aprobaron'
])

/** Words after a figure that make it a per-unit amount: "$45,000 each", "15,8 millones por proyecto". */
const perAfter = new Set(['each', 'apiece', 'per', 'a head', 'cada', 'por', 'per capita', 'por cabeza'])
/** Words after "por" / "per" that start no unit ("por la venta", "por su parte"). */
const determiners = new Set(['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'ese', 'esa', 'the', 'a', 'an', 'its', 'their', 'cent', 'ciento', 'mil'])

/**
 * Why a figure is not a total a registry holds: an average ("the average
 * capital per project is 15.8 million", "el promedio por proyecto") or a
 * per-unit amount ("about $45,000 each"); undefined for a total.
 */
function averageOrPart(claim: Claim, sentence: Sentence, owner: string | undefined, lang: Lang): string | undefined {
  void owner
  void lang
  const clause = clauseOf(sentence, claim)
  const before = sentence.text.slice(clause[0] - sentence.start, claim.start - sentence.start)
  const ahead = sentence.text.slice(claim.end - sentence.start, clause[1] - sentence.start)
  const last = words(before)
  if (last.some((word) => averageBefore.has(word))) return 'an average, not a total'
  if (last.some((word) => cumulativeWords.has(word))) return 'a cumulative figure, another measure'
  if (last.some((word) => forecastWords.has(word))) return 'a forecast, not a stated value'

  const next = words(ahead).slice(0, 2)
  // "por proyecto", "per worker": a unit after "por"/"per", not "por la venta" or "por valor de".
  const unitAfter = next.length === 2 && !determiners.has(next[1]) && !/^\d/.test(next[1]) && next[1] !== 'valor' && next[1] !== 'encima' && next[1] !== 'debajo'
  if (next.length > 0 && (perAfter.has(next.join(' ')) || (perAfter.has(next[0]) && (next[0] === 'each' || next[0] === 'apiece' || next[0] === 'cada' || unitAfter)))) {
    const said = perAfter.has(next.join(' ')) ? next.join(' ') : next[0]
    return `a per-unit figure (\`${said}\`), not a total`
  }
  if (last.slice(-3).some((word) => word === 'per' || word === 'cada' || word === 'each')) return 'a per-unit figure, not a total'
  return undefined
}

/**
 * Whether a percentage is the sentence's own ratio of two figures it states:
 * the part before it in its clause and the whole in the "of …" phrase after
 * it ("about 760 gigawatt-hours a year, close to 7% of Uruguay's demand of
 * some 11,500 GWh"). Such a share is whatever the two figures make it, which
 * derived-figure checks; it is not a registry share of the entity the "of"
 * phrase names.
 */
function ownShare(claim: Claim, sentence: Sentence): boolean {
  const [start, end] = clauseOf(sentence, claim)
  const figure = (c: Claim) => (c.kind === 'quantity' || c.kind === 'money') && c.value !== undefined && !isFraction(c)
  const part = sentence.claims.some((c) => figure(c) && c.end <= claim.start && c.start >= start)
  const after = sentence.text.slice(claim.end - sentence.start)
  if (!part || !/^\s*(?:of|de|del)\s/iu.test(after)) return false
  const whole = sentence.claims.find((c) => figure(c) && c.start >= claim.end && c.end <= end)
  return whole !== undefined && words(sentence.text.slice(claim.end - sentence.start, whole.start - sentence.start)).length <= 10
}

/** A bare fraction read as a quantity: "un tercio", "a third", "two-thirds". */
function isFraction(claim: Claim): boolean {
  return claim.kind === 'quantity' && !claim.unit && !claim.noun && claim.value !== undefined && claim.value > 0 && claim.value < 1
}

/**
 * Why a figure is another measure than a registry total, from the figures
 * around it: the old value of a change ("pasó de 2.700 millones … a 3.200
 * millones"), the part a percentage or a fraction after it is a share of
 * ("costó 540 millones, cerca del 17% de todo el capital"; "402.000
 * habitantes, casi un tercio de la provincia"), or the amount of a flow the
 * sentence counts ("80 nuevos proyectos, por un total de 120 millones").
 */
function otherMeasure(claim: Claim, sentence: Sentence, lang: Lang): string | undefined {
  const text = sentence.text
  const before = text.slice(0, claim.start - sentence.start)
  // "110 million euros larger than the 2024 budget", "110 millones más que": a difference.
  const {moreThan, lessThan} = packOf(lang).rules.derived
  const rest = normalize(text.slice(claim.end - sentence.start, claim.end - sentence.start + 30)).trimStart()
  if ([...moreThan, ...lessThan].some((phrase) => rest.startsWith(phrase + ' '))) return 'a difference (a comparison follows it)'
  const later = sentence.claims.filter((c) => c.start >= claim.end)
  if (/(?:^|[^\p{L}])(?:from|de|desde)\s*$/iu.test(before)) {
    const next = later.find((c) => c.kind === 'money' || c.kind === 'quantity')
    // The new value in the same unit, or bare ("a 3.200 millones"); "4.780 millones de euros … a unos 5.160 millones de dólares" is a conversion.
    const sameMeasure = next !== undefined && ((next.kind === claim.kind && next.unit === claim.unit) || (next.kind === 'quantity' && !next.unit && !next.noun))
    if (next && sameMeasure && /(?:^|[^\p{L}])(?:to|a|hasta)\s*$/iu.test(text.slice(0, next.start - sentence.start))) return 'the old value of a change'
  }
  // A percentage or a fraction ("casi un tercio de la provincia", "nearly a third of the province's") right after it says what the figure is a part of.
  const share = later.find((c) => c.kind === 'percent' || isFraction(c))
  if (share && !later.some((c) => c.kind === 'money' && c.start < share.start)) {
    const between = text.slice(claim.end - sentence.start, share.start - sentence.start)
    // A fraction counts only in apposition ("402.000 habitantes, casi un tercio de…"): further on, "a third of it" is more often a part of the figure.
    const near = share.kind === 'percent' ? words(between).length <= 12 : /^\s*[,(—–-]?\s*$/u.test(between)
    if (!/[;.]/.test(between) && near && /^\s*(?:of|de|del)\s/iu.test(text.slice(share.end - sentence.start))) {
      return share.kind === 'percent' ? 'a part a percentage after it is a share of' : 'a part a fraction after it is a share of'
    }
  }
  if (claim.kind === 'money' && sentence.claims.some((c) => c.kind === 'quantity' && c.noun !== undefined && words(c.noun.text).some((word) => flowWords.has(word)))) {
    return 'the amount of a flow the sentence counts'
  }
  return undefined
}

/**
 * Whether a figure is the whole a percentage of its clause is a share of:
 * "roughly 8% of Colombia's total exports of $49.5 billion", "el 8% de las
 * exportaciones totales, de 49.500 millones".
 */
function wholeOfShare(claim: Claim, sentence: Sentence): boolean {
  const [start] = clauseOf(sentence, claim)
  const percent = sentence.claims.filter((c) => c.kind === 'percent' && c.end <= claim.start && c.start >= start).at(-1)
  if (!percent) return false
  const between = sentence.text.slice(percent.end - sentence.start, claim.start - sentence.start)
  return /^\s*(?:of|de|del)\s/iu.test(between) && !/[;:]/.test(between) && words(between).length <= 12
}

/** The verb right before a count that makes it a flow ("closed 38 branches"), if any. */
function flowBefore(claim: Claim, sentence: Sentence): string | undefined {
  const before = words(sentence.text.slice(0, claim.start - sentence.start)).slice(-2)
  const verb = before.at(-1) === 'some' || before.at(-1) === 'unos' || before.at(-1) === 'unas' ? before.at(-2) : before.at(-1)
  return verb !== undefined && flowVerbs.has(verb) ? verb : undefined
}

/**
 * Whether a figure's clause is about someone other than the registry
 * claim's subject: the subject is named elsewhere in the sentence but not in
 * the clause, which names another of the claim's entities ("México recibió
 * 36.900 millones …, y la inversión española representó el 12%"), or the
 * clause is a relative one after a name the registry does not know ("behind
 * the United States, which put in $14.8 billion").
 */
function otherActor(claim: Claim, sentence: Sentence, mentions: Mention[], about: readonly string[]): boolean {
  const subject = about[0]
  const [start, end] = clauseOf(sentence, claim)
  const inClause = mentions.filter((m) => m.start >= start && m.end <= end)
  const relative = /,\s*(?:which|who|que|quien|quienes|el cual|la cual)\s+[^,;]*$/iu.exec(sentence.text.slice(0, claim.start - sentence.start))
  if (relative) {
    const head = sentence.text.slice(0, relative.index).trimEnd()
    const headStart = sentence.start + head.length
    const named = mentions.some((m) => m.end === headStart || m.end === headStart - 1)
    if (!named && /\p{Lu}\p{L}*$/u.test(head)) return true
  }
  if (inClause.some((m) => m.entity === subject)) return false
  return mentions.some((m) => m.entity === subject) && inClause.some((m) => about.includes(m.entity))
}

/**
 * The place a figure's clause restricts it to ("Solo en el Reino Unido, las
 * ventas subieron hasta 970 millones", "in Hanoi alone"): the entity named
 * there, `''` for a place the registry does not know, undefined without
 * such words. A figure of the registry claim's own entity is still its total.
 */
function restrictedTo(claim: Claim, sentence: Sentence, mentions: Mention[]): string | undefined {
  const [start, end] = clauseOf(sentence, claim)
  const clause = sentence.text.slice(start - sentence.start, end - sentence.start)
  const cue = /(?:^|[^\p{L}])(?:s[oó]lo|solamente|[uú]nicamente|only|just)\s+(?:en|in)\s+(?:(?:el|la|los|las|the)\s+)?/iu.exec(clause)
  const alone = /([\p{L}]+(?:\s+[\p{L}]+)?)\s+alone(?![\p{L}])/u.exec(clause)
  const at = cue ? start + cue.index + cue[0].length : alone ? start + alone.index : -1
  if (at < 0) return undefined
  const named = mentions.find((m) => m.start >= at && m.start <= at + 2)
  return named ? named.entity : ''
}

/** Whether a registry claim is itself an average or per-unit figure (then averages may match it). */
function registryAverage(registryClaim: RegistryClaim): boolean {
  let average = registryAverages.get(registryClaim)
  if (average === undefined) {
    average = saysAverage(registryClaim)
    registryAverages.set(registryClaim, average)
  }
  return average
}

const registryAverages = new WeakMap<RegistryClaim, boolean>()

/** Whether a registry claim's label, id, terms or nouns say it is an average or per-unit figure. */
function saysAverage(registryClaim: RegistryClaim): boolean {
  const said = [registryClaim.label ?? '', registryClaim.id, ...Object.values(registryClaim.terms).flat(), ...Object.values(registryClaim.noun ?? {}).flat()].join(' ')
  return words(said).some((word) => averageBefore.has(word) || word === 'per' || word === 'por' || word === 'each')
}

/**
 * Whether a sentence states a flow in a ratio's direction: its `in` entity
 * named after a word of destination ("in Vietnam", "en Japón", "au Japon"),
 * its `from` entity named and not as the destination. "Japanese investment
 * in Vietnam" is from Japan in Vietnam; "Vietnamese investment in Japan" is
 * the other way.
 */
function flowFits(ratio: RegistryRatio, sentence: Sentence, lang: Lang, mentions: Mention[]): boolean {
  if (ratio.from === undefined && ratio.in === undefined) return true
  const destinations = new Set(packOf(lang).rules.destinations)
  const isDestination = (mention: Mention): boolean => {
    const before = words(sentence.text.slice(Math.max(0, mention.start - sentence.start - 12), mention.start - sentence.start)).at(-1)
    return before !== undefined && destinations.has(before)
  }
  if (ratio.in !== undefined && !mentions.some((m) => m.entity === ratio.in && isDestination(m))) return false
  if (ratio.from !== undefined && !mentions.some((m) => m.entity === ratio.from && !isDestination(m))) return false
  return true
}

/**
 * Whether a rank's scope agrees with the sentence: a scoped registry rank
 * needs one of its scope words in the sentence ("the third export market in
 * Asia"); a rank without scope matches unless the sentence names the scope of
 * another rank of the same entities and noun ("third in Asia" is not the
 * world rank). "The region's second-busiest airport" still matches a
 * scope-less rank when the registry has no scoped one.
 */
function scopeFits(claim: Claim, sentence: Sentence, lang: Lang, registryClaim: RegistryClaim, all: readonly RegistryClaim[]): boolean {
  const text = ` ${words(sentence.text).join(' ')} `
  const names = (scope: RegistryClaim['scope']): boolean => (scope?.[lang] ?? []).some((word) => text.includes(` ${words(word).join(' ')} `))
  if (registryClaim.scope) return names(registryClaim.scope)
  const siblings = all.filter((other) => other !== registryClaim && other.kind === 'rank' && other.scope && other.about.join() === registryClaim.about.join())
  return !siblings.some((other) => names(other.scope))
}

/** Whether a figure is of a registry claim's kind and, for a count or a rank, names its noun; `nouns` gives the figure's nouns (`nounsOf`). */
function kindFits(claim: Claim, registryClaim: RegistryClaim, lang: Lang, sentence: Sentence, nouns: () => string[]): boolean {
  switch (registryClaim.kind) {
    case 'money':
      return claim.kind === 'money' && claim.unit === registryClaim.unit
    case 'quantity':
      return claim.kind === 'quantity' && nouns().some((noun) => nounFits(noun, registryClaim.noun?.[lang]))
    case 'percent':
      return claim.kind === 'percent'
    case 'rank':
      return claim.kind === 'rank' && nouns().some((noun) => nounFits(noun, registryClaim.noun?.[lang]))
    case 'event':
      return claim.kind === 'anniversary' || claim.kind === 'year' || claim.kind === 'date' || yearsOf(claim, sentence)
  }
}

/**
 * The years a clause is dated by: absolute years and dates, and relative
 * years resolved by the document date (unresolved ones date nothing).
 */
/** The absolute year of the clause written nearest the figure, or undefined when two are as near. */
function nearestYear(sentence: Sentence, [start, end]: [number, number], figure: Claim): number | undefined {
  let best: number | undefined
  let bestGap = Number.POSITIVE_INFINITY
  let tied = false
  for (const claim of sentence.claims) {
    if (claim.kind !== 'year' || claim.relative || claim.value === undefined || claim.start < start || claim.end > end) continue
    const gap = claim.end <= figure.start ? figure.start - claim.end : claim.start - figure.end
    if (gap < bestGap) [best, bestGap, tied] = [claim.value, gap, false]
    else if (gap === bestGap && claim.value !== best) tied = true
  }
  return tied ? undefined : best
}

function clauseYears(sentence: Sentence, [start, end]: [number, number], documentDate: string | undefined, figure?: Claim): number[] {
  const years: number[] = []
  const documentYear = documentDate ? Number(documentDate.slice(0, 4)) : undefined
  const documentMonth = documentDate && documentDate.length >= 7 ? Number(documentDate.slice(5, 7)) : 1
  for (const claim of sentence.claims) {
    if (claim.start < start || claim.end > end) continue
    // "han firmado más de 130 acuerdos desde 1980", "since 1980": the start of a period that runs to the present, not the clause's date.
    // So is a year in a clause "since" opens: "since it listed in New York in 2019", "desde que salió a bolsa en 2019".
    if (/(?<![\p{L}])(?:since|desde)(?![\p{L}])[^,;:.()]*$/iu.test(sentence.text.slice(Math.max(0, figure ? figure.end - sentence.start : 0), claim.start - sentence.start))) continue
    // "4.600 clientes …, impulsado por una cuenta digital lanzada en 2023": after the figure, a year after a participle dates that participle's noun.
    if (figure && claim.start > figure.end && /(?<![\p{L}])\p{L}+(?:ad|id)[oa]s?\s+(?:en|el)\s+(?:(?:año|year)\s+)?$/iu.test(sentence.text.slice(0, claim.start - sentence.start))) continue
    if (claim.kind === 'year' && claim.value !== undefined && !claim.relative) years.push(claim.value)
    else if (claim.kind === 'date' && claim.date) years.push(Number(claim.date.slice(0, 4)))
    else if ((claim.kind === 'year' || claim.kind === 'date') && claim.relative && documentYear !== undefined) {
      const {unit, offset, month} = claim.relative
      // Years for "last year" and "in May of last year"; months for "last month".
      years.push(unit === 'year' || month !== undefined ? documentYear + offset : documentYear + Math.floor((documentMonth - 1 + offset) / 12))
    }
  }

  return years
}

/** The stems of whole sentences, read once per sentence: matching asks for them once per figure and per ratio. */
const wholeStems = new WeakMap<Sentence, Set<string>>()

function sentenceStems(sentence: Sentence, range?: [number, number]): Set<string> {
  if (!range) {
    let found = wholeStems.get(sentence)
    if (!found) wholeStems.set(sentence, (found = stemsIn(sentence)))
    return found
  }
  return stemsIn(sentence, range)
}

function stemsIn(sentence: Sentence, range?: [number, number]): Set<string> {
  const stems = new Set<string>()
  for (const token of sentence.tokens) {
    if (range && (token.start < range[0] || token.end > range[1])) continue
    if (token.type === 'word') for (const form of variants(token.text)) stems.add(form)
  }

  return stems
}

const conjunctions = new Set(['and', 'but', 'while', 'whereas', 'so', 'y', 'e', 'pero', 'mientras', 'aunque', 'sino', 'according', 'según'])

/** Verbs that attribute a statement: ", organisers said", ", dijo el ministro". */
const attributionVerbs = new Set([
  'said', 'says', 'told', 'added', 'reported', 'noted', 'stated', 'explained',
  'dijo', 'afirmó', 'señaló', 'explicó', 'indicó', 'aseguró', 'declaró', 'añadió', 'recordó', 'precisó', 'subrayó', 'destacó', 'detalló', 'informó'
])

/** Whether one of the six words after a comma (commas between them allowed: ", its chief executive, Raúl Benavides, told") is a verb of attribution. */
function attributionAhead(tokens: readonly Token[], from: number): boolean {
  let seen = 0
  for (let i = from; i < tokens.length && seen < 6; i++) {
    const token = tokens[i]
    if (token.type === 'whitespace' || token.text === ',') continue
    if (token.type !== 'word') return false
    if (attributionVerbs.has(token.text.toLowerCase())) return true
    seen++
  }
  return false
}

/**
 * The clause of a sentence a claim stands in: sentences joined by `;` or by a
 * comma and a conjunction ("Japan is the third largest investor, and trade
 * reached $50 billion") talk of different things, and a figure's terms must
 * come from its own clause. An attribution after a comma (", según el
 * balance", ", organisers said") is not part of it either.
 */
export function clauseOf(sentence: Sentence, claim: Claim): [number, number] {
  let start = sentence.start
  let end = sentence.end
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    let next = i + 1
    while (tokens[next]?.type === 'whitespace') next++
    const boundary =
      token.text === ';' ||
      (token.text === ',' && (conjunctions.has(tokens[next]?.text.toLowerCase() ?? '') || attributionAhead(tokens, next)))
    if (!boundary) continue
    if (token.end <= claim.start) start = token.end
    else if (token.start >= claim.end) {
      end = token.start
      break
    }
  }

  return [start, end]
}

/**
 * How many terms occur in the sentence. A term of several words occurs when
 * each of its words does; a word also matches a longer sentence word it
 * starts (≥ 5 letters), which catches words glued by a bad copy
 * ("válidoscon").
 */
function countTerms(terms: readonly string[], stems: Set<string>): number {
  let count = 0
  for (const term of terms) {
    const parts = phraseForms(term)
    if (parts.length > 0 && parts.every((forms) => forms.some((form) => hasStem(form, stems)))) count++
  }

  return count
}

/** A registry term's or a listed noun's words, each as its forms (`variants`), read once per phrase. */
const phraseFormsOf = new Map<string, string[][]>()

function phraseForms(phrase: string): string[][] {
  let found = phraseFormsOf.get(phrase)
  if (!found) {
    found = words(phrase).map((part) => variants(part))
    if (phraseFormsOf.size > 100_000) phraseFormsOf.clear()
    phraseFormsOf.set(phrase, found)
  }
  return found
}

function hasStem(part: string, stems: Set<string>): boolean {
  if (stems.has(part)) return true
  if (part.length < 5) return false
  // Another form of the same word: "inauguró" and "inaugurada" share all but the ending.
  const shared = Math.max(6, part.length - 2)
  for (const candidate of stems) {
    if (candidate.startsWith(part) || (candidate.length >= 5 && part.startsWith(candidate))) return true
    if (part.length >= 6 && candidate.length >= shared && candidate.slice(0, shared) === part.slice(0, shared)) return true
  }

  return false
}

/**
 * Fold case and accents without changing string length, so offsets of a
 * match in the folded text are offsets in the original.
 */
function fold(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(value)) return value.toLowerCase()
  let out = ''
  for (const char of value) {
    if (char.charCodeAt(0) < 128) {
      out += char.toLowerCase()
      continue
    }
    let folded = foldedChars.get(char)
    if (folded === undefined) {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '')
      const lower = base.length === char.length ? base.toLowerCase() : char.toLowerCase()
      folded = lower.length === char.length ? lower : char
      foldedChars.set(char, folded)
    }
    out += folded
  }

  return out
}

const foldedChars = new Map<string, string>()

/**
 * A name as a pattern over folded text. The name may follow a letter only
 * when it starts with a capital in the registry, which catches "enVietnam"
 * glued by a bad copy, since the folded text has lost the case we would test;
 * so we accept a preceding lower-case run of at most three letters (a glued
 * preposition or article).
 */
function namePattern(name: string): RegExp {
  const escaped = fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  const glued = /^\p{Lu}/u.test(name) ? '((?<![\\p{L}\\p{N}])\\p{Ll}{1,3})?' : '()'
  return new RegExp(`(?<![\\p{L}\\p{N}])${glued}${escaped}(?![\\p{L}\\p{N}])`, 'gu')
}

/** How far an as-of date stands from the document's, each taken at the middle of the span it names. */
function dateDistance(asOf: string | undefined, documentDate: string | undefined): number {
  if (!asOf || !documentDate) return 0
  return Math.abs(dateMiddle(asOf) - dateMiddle(documentDate))
}


interface NamePattern {
  entity: string
  lang: Lang | 'any'
  name: string
  /** `namePattern(name)`, once a sentence has needed it. */
  pattern?: RegExp
  /** Place in the registry's order of names. */
  order: number
}

const indexes = new WeakMap<Registry, RegistryIndex>()

/** The index of a registry, built once per registry object. */
export function indexOf(registry: Registry): RegistryIndex {
  let index = indexes.get(registry)
  if (!index) {
    index = new RegistryIndex(registry)
    indexes.set(registry, index)
  }

  return index
}
