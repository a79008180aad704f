/**
 * Infer a document's year when it gives no date but fixes one itself: "Este
 * año ... celebran el 50 aniversario" of an event the registry dates to 1973
 * can only have been written in 2023. Only an anniversary of a registry event
 * with a relative year in the same sentence counts; anything less is left
 * unresolved rather than guessed. `relative-date` reports the inference at
 * info level.
 */
import type {DocumentClaims, DocumentDate} from '../rule.js'

export function inferDate(doc: DocumentClaims): DocumentDate | undefined {
  for (const sentence of doc.sentences) {
    for (const anniversary of sentence.claims) {
      if (anniversary.kind !== 'anniversary' || anniversary.value === undefined) continue
      const event = doc.matches.get(anniversary)?.registryClaim
      if (event?.kind !== 'event' || !event.date) continue
      const relative = sentence.claims.find((claim) => claim.kind === 'year' && claim.relative?.unit === 'year')
      if (!relative) continue
      const year = Number(event.date.slice(0, 4)) + anniversary.value - relative.relative!.offset
      return {year, source: 'inferred', inferredFrom: {claim: relative, anniversary, registryClaim: event}}
    }
  }

  return undefined
}
