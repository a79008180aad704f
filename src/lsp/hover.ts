/**
 * Hover on a claim: what the extractor read (kind, value or bounds, unit,
 * qualifier, precision), then the registry claim it matched with its value
 * and sources, or why it matched none — the same facts `--explain` prints
 * (src/explain.ts), for the claim under the cursor.
 */
import type {Claim, Sentence} from '../types.js'
import type {DocumentTrace} from '../engine.js'
import type {Registry, RegistryClaim} from '../registry/types.js'
import {indexOf} from '../registry/index.js'
import {describeRegistryClaim} from '../describe.js'
import {formatNumber} from '../text.js'

/** The claim at `offset` and its sentence, innermost first when claims nest. */
export function claimAt(trace: DocumentTrace, offset: number): {claim: Claim; sentence: Sentence} | undefined {
  let found: {claim: Claim; sentence: Sentence} | undefined
  for (const sentence of trace.doc.sentences) {
    if (offset < sentence.start || offset > sentence.end) continue
    for (const claim of sentence.claims) {
      if (offset < claim.start || offset > claim.end) continue
      if (!found || claim.end - claim.start < found.claim.end - found.claim.start) found = {claim, sentence}
    }
  }

  return found
}

/** The hover text (Markdown) for a claim. `registry` is undefined when no claims.yaml applies. */
export function describeHover(trace: DocumentTrace, claim: Claim, sentence: Sentence, registry: Registry | undefined): string {
  return [readLine(claim, trace), ...matchLines(trace, claim, sentence, registry)].join('\n\n')
}

function readLine(claim: Claim, trace: DocumentTrace): string {
  const lang = trace.doc.lang
  const parts = [`**${claim.kind}** \`${claim.text}\``]
  // Years are written without grouping ("2022", not "2,022").
  if (claim.value !== undefined) parts.push(`value ${claim.kind === 'year' ? String(claim.value) : formatNumber(claim.value, lang, 6)}`)
  if (claim.min !== undefined || claim.max !== undefined) {
    const low = claim.min ? `${claim.min.inclusive ? '[' : '('}${formatNumber(claim.min.value, lang, 6)}` : '(−∞'
    const high = claim.max ? `${formatNumber(claim.max.value, lang, 6)}${claim.max.inclusive ? ']' : ')'}` : '∞)'
    parts.push(`interval ${low}, ${high}`)
  }
  if (claim.unit) parts.push(`unit \`${claim.unit}\``)
  if (claim.qualifier) parts.push(`qualifier \`${claim.qualifier.text}\` (${claim.qualifier.type})`)
  if (claim.precision !== undefined) parts.push(`${claim.precision} significant digit${claim.precision === 1 ? '' : 's'}`)
  if (claim.step !== undefined) parts.push(`step ${formatNumber(claim.step, lang, 6)}`)
  if (claim.relative) {
    const {unit, offset, month} = claim.relative
    const year = trace.doc.date && unit === 'year' && !month ? `: ${trace.doc.date.year + offset}` : ''
    parts.push(`relative to the document date (${unit} ${offset >= 0 ? '+' : ''}${offset}${year})`)
  }
  if (claim.date) parts.push(`date ${claim.date}`)
  if (claim.outOf) parts.push(`out of ${claim.outOf}`)
  return 'Read: ' + parts.join(' · ')
}

function matchLines(trace: DocumentTrace, claim: Claim, sentence: Sentence, registry: Registry | undefined): string[] {
  if (!registry) return ['Matched nothing: no claims.yaml found from this document’s folder upwards.']
  const result = trace.results.get(claim)
  if (result?.yieldedTo) {
    return [`Matched nothing: \`${result.match!.registryClaim.id}\` fits, but was left to \`${result.yieldedTo.text}\` in the same sentence.`]
  }
  if (result?.match) return registryLines(result.match.registryClaim, trace)
  if (result?.tie) {
    const best = result.candidates.filter((candidate) => candidate.score === result.candidates[0].score)
    return [`Matched nothing: a tie between ${best.map((c) => '`' + c.registryClaim.id + '`').join(', ')} (score ${result.candidates[0].score}).`]
  }

  const mentioned = [...new Set(indexOf(registry).mentions(sentence).map((mention) => mention.entity))]
  if (mentioned.length === 0) return ['Matched nothing: this sentence names no entity of the registry.']
  return [
    `Matched nothing: the sentence names ${mentioned.map((id) => '`' + id + '`').join(', ')}, but no registry claim about them fits a ${claim.kind} with this sentence’s terms and year.`
  ]
}

function registryLines(claim: RegistryClaim, trace: DocumentTrace): string[] {
  const where = `${claim.position.file}:${claim.position.line}:${claim.position.column}`
  const lines = [`Registry \`${claim.id}\`${claim.label ? ` — ${claim.label}` : ''}: ${describeRegistryClaim(claim, trace.doc.lang)} (${where})`]
  for (const source of claim.sources) {
    const where = source.url ?? source.document ?? ''
    lines.push(`Source: ${source.title && source.url ? `[${source.title}](${source.url})` : source.title ?? where}${source.retrieved ? `, retrieved ${source.retrieved}` : ''}`)
  }
  return lines
}
