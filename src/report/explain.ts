/**
 * `claimlint --explain`: the claims of each sentence, with their values and
 * the registry claims they match (or the tie that left them unmatched), so
 * a user can see what the rules see.
 */
import {location} from 'vfile-location'
import type {Claim} from '../types.js'
import type {LintResult} from '../engine.js'
import {formatDate} from '../pipeline/parse.js'

export function explain(result: LintResult): string {
  const lines: string[] = []
  for (const file of result.files) {
    const trace = result.traces.get(file)
    if (!trace) {
      lines.push(`${file.path}: ${file.messages[0]?.reason ?? 'not linted'}`, '')
      continue
    }

    const {doc, results} = trace
    const place = location(doc.text)
    const at = (offset: number) => {
      const point = place.toPoint(offset)
      return point ? `${point.line}:${point.column}` : String(offset)
    }

    lines.push(`${doc.path} (lang ${doc.lang}, date ${doc.date ? `${formatDate(doc.date)} from ${doc.date.source}` : 'unknown'})`)
    for (const sentence of doc.sentences) {
      if (sentence.claims.length === 0) continue
      lines.push(`  ${at(sentence.start)} ${JSON.stringify(clip(sentence.text))}`)
      for (const claim of sentence.claims) {
        const result = results.get(claim)
        let matched = ''
        if (result?.yieldedTo) matched = ` → ${result.match!.registryClaim.id} left to \`${result.yieldedTo.text}\` in the same sentence`
        else if (result?.match) matched = ` → ${result.match.registryClaim.id} (score ${result.match.score})`
        else if (result?.tie) {
          matched = ` → tie: ${result.candidates
            .filter((c) => c.score === result.candidates[0].score)
            .map((c) => c.registryClaim.id)
            .join(', ')}`
        } else if (result?.reason) matched = ` → no match: ${result.reason}`
        lines.push(`    ${at(claim.start)}-${at(claim.end)} ${describeClaim(claim)}${matched}`)
      }
    }

    lines.push('')
  }

  return lines.join('\n')
}

function describeClaim(claim: Claim): string {
  const parts = [claim.kind, JSON.stringify(claim.text)]
  if (claim.value !== undefined) parts.push(`value=${claim.value}`)
  if (claim.min !== undefined || claim.max !== undefined) {
    const low = claim.min ? `${claim.min.inclusive ? '[' : '('}${claim.min.value}` : '('
    const high = claim.max ? `${claim.max.value}${claim.max.inclusive ? ']' : ')'}` : ')'
    parts.push(`bounds=${low},${high}`)
  }
  if (claim.unit) parts.push(`unit=${claim.unit}`)
  if (claim.step !== undefined) parts.push(`step=${claim.step}`)
  if (claim.qualifier) parts.push(`qualifier=${claim.qualifier.type}`)
  if (claim.relative) {
    parts.push(`relative=${claim.relative.unit}${claim.relative.offset >= 0 ? '+' : ''}${claim.relative.offset}${claim.relative.month ? ` month ${claim.relative.month}` : ''}`)
  }
  if (claim.date) parts.push(`date=${claim.date}`)
  if (claim.outOf) parts.push(`of=${claim.outOf}`)
  return parts.join(' ')
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 100 ? flat.slice(0, 97) + '...' : flat
}
