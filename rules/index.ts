/**
 * The built-in rules, in the order they run. Each rule's id is its file name.
 */
import type {Rule} from '../src/rule.js'
import anniversaryYear from './anniversary-year.js'
import currencyConversion from './currency-conversion.js'
import derivedFigure from './derived-figure.js'
import gluedWords from './glued-words.js'
import implausibleRatio from './implausible-ratio.js'
import inconsistentFigure from './inconsistent-figure.js'
import rankConsistency from './rank-consistency.js'
import registryMismatch from './registry-mismatch.js'
import relativeDate from './relative-date.js'
import staleClaim from './stale-claim.js'

export const rules: readonly Rule[] = [
  anniversaryYear,
  registryMismatch,
  implausibleRatio,
  relativeDate,
  staleClaim,
  currencyConversion,
  derivedFigure,
  rankConsistency,
  inconsistentFigure,
  gluedWords
]
