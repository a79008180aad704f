/**
 * The typed claim registry, as `load.ts` returns it after validating
 * `claims.yaml` against `schema.json`. Field meanings are documented for
 * users in `docs/registry.md`.
 *
 * The model follows Wikidata statements: entities carry names per language;
 * a claim is a statement about one or more entities, with a value, an as-of
 * date and sources.
 */
import type {Lang} from '../types.js'
import type {Period} from '../lang/types.js'

/** Where an item stands in the registry file (1-based). */
export interface RegistryPosition {
  file: string
  line: number
  column: number
}

export interface RegistrySource {
  /** A published source; a source has a `url`, a `document`, or both. */
  url?: string
  /** A document the value was taken from (a path), as `registry draft` writes it. */
  document?: string
  title?: string
  /** YYYY-MM-DD */
  retrieved?: string
}

export interface RegistryEntity {
  id: string
  /** Names, demonyms and plural forms per language, as written ("Japón", "japonés", "japoneses"). */
  names: Partial<Record<Lang, string[]>>
  position: RegistryPosition
}

/**
 * A registry value is an interval: a point (`value`, optionally with the
 * `precision` step it was stated with) or explicit bounds.
 */
export interface RegistryInterval {
  value?: number
  /** A point value stands for [value - step/2, value + step/2]; default 0 (exact). */
  step?: number
  min?: number
  max?: number
  /** Default true. */
  minInclusive?: boolean
  /** Default true. */
  maxInclusive?: boolean
  /** A hedged value as written (`value: 35e9, qualifier: about`), kept for messages; the bounds above are its interval. */
  stated?: {value: number; qualifier: string}
}

export type RegistryClaimKind = 'quantity' | 'money' | 'percent' | 'event' | 'rank'

export interface RegistryClaim {
  id: string
  kind: RegistryClaimKind
  /** Entity ids the claim is about; a sentence must mention them to match. */
  about: string[]
  /**
   * Recognition terms per language: words or phrases (matched by stem, case-
   * and accent-insensitively) that a sentence must contain for the claim to
   * match: "proyectos", "inversión", "diplomatic ties".
   */
  terms: Partial<Record<Lang, string[]>>
  /** Short human label used in messages ("Japanese investment projects in Vietnam"). */
  label?: string
  /**
   * For `quantity`: the counted noun's forms per language ("project",
   * "projects"; "proyecto", "proyectos"); a count matches only when its noun is
   * one of them.
   */
  noun?: Partial<Record<Lang, string[]>>
  /** For `quantity`, `money`, `percent`: the value as an interval. */
  value?: RegistryInterval
  /** For `money`: ISO 4217 code. For `quantity`: the noun id ("project"). For `percent`: `%`. */
  unit?: string
  /** For `event`: the date it happened, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string
  /** For `rank`: the position (1 = first), and optionally out of how many. */
  rank?: number
  outOf?: number
  /** YYYY-MM-DD: the date the value holds at. */
  asOf?: string
  /** YYYY-MM-DD: after this date the value is no longer current (stale-claim). */
  validUntil?: string
  /** Id of the claim that replaces this one (stale-claim). */
  supersededBy?: string
  /** A rate's period: the value is per day, week, month or year. */
  per?: Period
  /** For `rank`: the field it is ranked in, per language ("Asia"); prose must name it. */
  scope?: Partial<Record<Lang, string[]>>
  sources: RegistrySource[]
  position: RegistryPosition
}

/**
 * Plausible bounds for a ratio of two figures stated together, such as
 * investment capital per project. A sentence with a money total and a count
 * whose noun is one of `denominator.noun`, and which matches `terms`, is
 * checked by `implausible-ratio`.
 */
export interface RegistryRatio {
  id: string
  label?: string
  about?: string[]
  /** For a flow: the entity it comes from, and the one it goes to; prose must state them in that direction. */
  from?: string
  in?: string
  terms: Partial<Record<Lang, string[]>>
  numerator: {kind: 'money' | 'quantity'; unit?: string; noun?: Partial<Record<Lang, string[]>>}
  denominator: {kind: 'quantity'; noun: Partial<Record<Lang, string[]>>}
  /** Plausible bounds for numerator / denominator, in the numerator's unit. */
  min?: number
  max?: number
  unit?: string
  sources: RegistrySource[]
  position: RegistryPosition
}

/** An exchange rate: 1 `base` = `rate` `quote`, on `date` (currency-conversion). */
export interface RegistryRate {
  base: string
  quote: string
  rate: number
  /** YYYY-MM or YYYY-MM-DD: the period the rate is for. */
  date: string
  /** A validity period, first and last day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the rate holds for documents dated inside it. */
  from?: string
  to?: string
  sources: RegistrySource[]
  position: RegistryPosition
}

export interface Registry {
  /** Path of the file it was read from. */
  file: string
  version: number
  entities: Map<string, RegistryEntity>
  claims: RegistryClaim[]
  ratios: RegistryRatio[]
  rates: RegistryRate[]
}
