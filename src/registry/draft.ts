/**
 * `claimlint registry draft DOCS…`: a registry proposed from documents an
 * editor trusts, for the editor to review. From each figure the extractor
 * reads (counts, money, percentages, ranks, dated events) it proposes a
 * claim: the entities its sentence names, a few recognition terms from its
 * clause, the value with the precision and qualifier it was stated with, the
 * figure's period as `per` ("a day"), the year its clause is dated by (else
 * the document's date) as `as_of`, and the document as the source. Entities are
 * the registry's where it knows them, else capitalised names that recur in
 * the documents. Figures the registry already holds are left out and listed
 * in a comment at the top, each marked as agreeing or disagreeing.
 *
 * The draft validates against the registry schema and loads; linting the
 * same documents against it gives no `registry-mismatch`, since every value
 * is the documents' own (test/registry/draft.test.ts).
 */
import {Document} from 'yaml'
import {lintPaths} from '../engine.js'
import {formatDate} from '../pipeline/parse.js'
import {packOf} from '../lang/index.js'
import type {Claim, Lang, QualifierType, Sentence} from '../types.js'
import type {DocumentClaims} from '../rule.js'
import {agreesWith} from '../interval.js'
import {normalize, words} from '../text.js'
import {indexOf, clauseOf, periodOf, type Mention} from './index.js'
import type {Registry, RegistryClaim} from './types.js'

export interface DraftOptions {
  /** The registry already kept: figures it holds are left out of the draft. */
  registry?: Registry
  cwd?: string
  /** Document date for documents that give none. */
  date?: string
  lang?: Lang
}

interface DraftEntity {
  id: string
  names: Partial<Record<Lang, string[]>>
}

interface DraftClaim {
  id: string
  kind: RegistryClaim['kind']
  label: string
  about: string[]
  terms: Partial<Record<Lang, string[]>>
  noun?: Partial<Record<Lang, string[]>>
  value?: Record<string, number | string>
  unit?: string
  date?: string
  rank?: number
  out_of?: number
  per?: string
  as_of?: string
  sources: Array<{document: string}>
}

/** Registry hedges, by the prose qualifier they are read as (the inverse of the loader's table). */
const hedges: Partial<Record<QualifierType, string>> = {
  about: 'about',
  more: 'more-than',
  atLeast: 'at-least',
  almost: 'almost',
  less: 'less-than',
  atMost: 'at-most',
  upTo: 'up-to'
}

/** The draft registry, as YAML text. */
export async function draftRegistry(inputs: string[], options: DraftOptions = {}): Promise<string> {
  const result = await lintPaths(inputs, {registry: options.registry, cwd: options.cwd, date: options.date, lang: options.lang, ruleSet: [], traces: true})
  const docs = [...result.traces.values()].map((trace) => trace.doc)
  const index = options.registry ? indexOf(options.registry) : undefined
  const entities = new Map<string, DraftEntity>()
  const names = recurringNames(docs)
  const claims: DraftClaim[] = []
  const known: string[] = []
  const ids = new Set<string>()

  for (const doc of docs) {
    const asOf = doc.date ? formatDate(doc.date) : undefined
    for (const sentence of doc.sentences) {
      // In the order the sentence names them: the first is the claim's subject.
      const mentions = [...(index?.mentions(sentence) ?? []), ...nameMentions(sentence, names, doc.lang)].sort((a, b) => a.start - b.start)
      for (const claim of sentence.claims) {
        const match = doc.matches.get(claim)
        if (match) {
          known.push(`${doc.path}:${lineOf(doc.text, claim.start)}: \`${claim.text}\` ${agrees(claim, match.registryClaim) ? 'agrees with' : 'disagrees with'} \`${match.registryClaim.id}\``)
          continue
        }
        const about = [...new Set(mentions.map((mention) => mention.entity))]
        if (about.length === 0) continue
        const proposed = propose(doc, sentence, claim, about, asOf)
        if (!proposed) continue
        proposed.id = uniqueId(ids, [about[0], ...(proposed.terms[doc.lang] ?? []).slice(0, 1), proposed.kind].join('-'))
        claims.push(proposed)
        for (const mention of mentions) addEntity(entities, mention.entity, doc.lang, options.registry, sentence.text.slice(mention.start - sentence.start, mention.end - sentence.start))
      }
    }
  }

  const ambiguous = keepDistinct(claims)
  const draft = new Document({version: 1, entities: [...entities.values()], claims})
  draft.commentBefore = [
    ` Draft claims from ${docs.map((doc) => doc.path).join(', ')}: review every value, term and entity before keeping it.`,
    ...(known.length > 0 ? [' Figures the registry already holds (left out):', ...known.map((line) => `   ${line}`)] : []),
    ...(ambiguous.length > 0 ? [' Figures left out because their sentences share every term with a claim above (add terms of your own):', ...ambiguous.map((claim) => `   ${claim.sources[0].document}: ${claim.label}`)] : [])
  ].join('\n')
  return draft.toString({lineWidth: 0})
}

/** The claim a figure proposes, or undefined for kinds a registry does not hold this way. */
function propose(doc: DocumentClaims, sentence: Sentence, claim: Claim, about: string[], asOf: string | undefined): DraftClaim | undefined {
  const lang = doc.lang
  const terms = termsNear(sentence, claim, lang)
  if (terms.length === 0) return undefined
  // A figure dated by its clause ("45,000 riders a day in 2023") holds as of that year, else as of the document.
  const [start, end] = clauseOf(sentence, claim)
  const year = sentence.claims.find((other) => other.kind === 'year' && !other.relative && other.value !== undefined && other.start >= start && other.end <= end)
  asOf = year ? String(year.value) : asOf
  const per = claim.kind === 'quantity' || claim.kind === 'money' ? periodOf(claim, sentence, lang) : undefined
  // Fields in the order docs/registry.md lists them.
  const claimOf = (kind: RegistryClaim['kind'], fields: Partial<DraftClaim>): DraftClaim => ({
    id: '',
    kind,
    label: sentence.text.replace(/\s+/g, ' ').trim().slice(0, 100),
    about,
    terms: {[lang]: terms},
    ...fields,
    ...(asOf ? {as_of: asOf} : {}),
    sources: [{document: doc.path}]
  })
  switch (claim.kind) {
    case 'quantity':
      if (!claim.noun || !claim.unit) return undefined
      return claimOf('quantity', {noun: {[lang]: [claim.unit]}, value: valueOf(claim), unit: claim.unit, ...(per ? {per} : {})})
    case 'money':
      return claimOf('money', {value: valueOf(claim), unit: claim.unit, ...(per ? {per} : {})})
    case 'percent':
      return claim.unit === '%' ? claimOf('percent', {value: valueOf(claim), unit: '%'}) : undefined
    case 'rank':
      if (!claim.noun || claim.value === undefined) return undefined
      return claimOf('rank', {noun: {[lang]: [claim.noun.text.toLowerCase()]}, rank: claim.value, ...(claim.outOf ? {out_of: claim.outOf} : {})})
    case 'date':
      return claim.date && /^\d{4}-\d{2}-\d{2}$/.test(claim.date) ? claimOf('event', {date: claim.date}) : undefined
    default:
      return undefined
  }
}

/**
 * Make every claim one a sentence can tell from the others (what `registry
 * check` asks): each claim keeps its three nearest terms that no earlier
 * claim of the same kind, entities (in any order) and unit has, and is left
 * out when none remain. Returns the claims left out.
 */
function keepDistinct(claims: DraftClaim[]): DraftClaim[] {
  const dropped: DraftClaim[] = []
  const seen = new Map<string, Set<string>>()
  for (const claim of [...claims]) {
    const key = `${claim.kind}\u0000${[...claim.about].sort().join(',')}\u0000${claim.unit ?? ''}\u0000${JSON.stringify(claim.noun ?? null)}`
    const taken = seen.get(key) ?? new Set<string>()
    for (const [lang, list] of Object.entries(claim.terms) as Array<[Lang, string[]]>) claim.terms[lang] = list.filter((term) => !taken.has(normalize(term))).slice(0, 3)
    if (Object.values(claim.terms).every((list) => list.length === 0)) {
      dropped.push(claim)
      claims.splice(claims.indexOf(claim), 1)
      continue
    }
    for (const list of Object.values(claim.terms)) for (const term of list) taken.add(normalize(term))
    seen.set(key, taken)
  }
  return dropped
}

/** A value as stated: its figure and precision, its qualifier, or the bounds of a range. */
function valueOf(claim: Claim): Record<string, number | string> | undefined {
  const hedge = claim.qualifier ? hedges[claim.qualifier.type] : undefined
  if (claim.value !== undefined && hedge) return {value: claim.value, qualifier: hedge}
  if (claim.value !== undefined) return claim.step ? {value: claim.value, step: claim.step} : {value: claim.value}
  const value: Record<string, number | string> = {}
  if (claim.min) value.min = claim.min.value
  if (claim.max) value.max = claim.max.value
  return Object.keys(value).length > 0 ? value : undefined
}

/** Up to three content words of the figure's clause, nearest first: what a sentence about the same fact says. */
function termsNear(sentence: Sentence, claim: Claim, lang: Lang): string[] {
  const [start, end] = clauseOf(sentence, claim)
  const data = packOf(lang).words
  const candidates: Array<{word: string; distance: number}> = []
  for (const token of sentence.tokens) {
    if (token.type !== 'word' || token.start < start || token.end > end) continue
    // Not the words of any figure of the sentence ("million", "yen", "más de").
    if (sentence.claims.some((other) => token.start >= other.start && token.end <= other.end)) continue
    const word = token.text.toLowerCase()
    if (word.length < 4 || data.stopwords.has(word) || data.cardinals.has(word) || /^\p{Lu}/u.test(token.text) || /\d/.test(word)) continue
    candidates.push({word, distance: token.start < claim.start ? claim.start - token.end : token.start - claim.end})
  }
  candidates.sort((a, b) => a.distance - b.distance)
  return [...new Set(candidates.map((candidate) => candidate.word))].slice(0, 8)
}

/** Capitalised names (one to three words) said at least twice across the documents, with the languages they are written in. */
function recurringNames(docs: DocumentClaims[]): Map<string, {id: string; langs: Set<Lang>}> {
  const counts = new Map<string, {count: number; langs: Set<Lang>}>()
  for (const doc of docs) {
    const stop = packOf(doc.lang).words.stopwords
    for (const sentence of doc.sentences) {
      for (const match of sentence.text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2}/gu)) {
        const name = match[0].replace(/['’]s$/, '')
        if (match.index === 0 && stop.has(name.toLowerCase())) continue
        if (name.length < 3 || packOf(doc.lang).words.months.has(name.toLowerCase())) continue
        const known = counts.get(name) ?? {count: 0, langs: new Set<Lang>()}
        known.count++
        known.langs.add(doc.lang)
        counts.set(name, known)
      }
    }
  }
  const names = new Map<string, {id: string; langs: Set<Lang>}>()
  for (const [name, {count, langs}] of counts) if (count >= 2) names.set(name, {id: slug(name), langs})
  return names
}

/** Where the recurring names stand in a sentence, as mentions of draft entities. */
function nameMentions(sentence: Sentence, names: Map<string, {id: string; langs: Set<Lang>}>, lang: Lang): Mention[] {
  const mentions: Mention[] = []
  for (const [name, {id, langs}] of names) {
    if (!langs.has(lang)) continue
    let at = sentence.text.indexOf(name)
    while (at >= 0) {
      const before = sentence.text.charAt(at - 1)
      const after = sentence.text.charAt(at + name.length)
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) mentions.push({entity: id, start: sentence.start + at, end: sentence.start + at + name.length})
      at = sentence.text.indexOf(name, at + name.length)
    }
  }
  return mentions
}

function addEntity(entities: Map<string, DraftEntity>, id: string, lang: Lang, registry: Registry | undefined, written: string): void {
  const known = registry?.entities.get(id)
  const entity = entities.get(id) ?? {id, names: known ? structuredClone(known.names) : {}}
  const list = (entity.names[lang] ??= [])
  if (!list.some((name) => normalize(name) === normalize(written))) list.push(written)
  entities.set(id, entity)
}

function agrees(claim: Claim, registryClaim: RegistryClaim): boolean {
  if (registryClaim.kind === 'rank') return claim.value === registryClaim.rank
  if (registryClaim.kind === 'event') return true
  return agreesWith(claim, registryClaim.value)
}

function uniqueId(ids: Set<string>, wanted: string): string {
  const base = slug(wanted) || 'claim'
  let id = base
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
  ids.add(id)
  return id
}

/** Lower-case letters, digits and hyphens, accents dropped: "Japón" → "japon". */
function slug(value: string): string {
  return words(value).join('-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '')
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
