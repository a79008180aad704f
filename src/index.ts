/**
 * claimlint's public API.
 *
 * - `extractClaims(text, {lang})`: the claims of a text (see docs/extraction.md).
 * - `lintPaths(paths, options)` / `lintDocuments(docs, options)`: the whole
 *   pipeline, returning vfiles with messages.
 * - `loadRegistry(file)` / `parseRegistry(source, file)`: a validated registry.
 * - `rules`: the built-in rules.
 */
export {extractClaims, extractSentences} from './extract/index.js'
export {lintPaths, lintDocuments, lintFiles} from './engine.js'
export type {LintOptions, LintResult} from './engine.js'
export {loadRegistry, parseRegistry} from './registry/load.js'
export {findRegistry} from './registry/find.js'
export {ClaimlintError} from './errors.js'
export {rules} from '../rules/index.js'
export {claimInterval, registryInterval, overlaps, divide, defaultQualifiers} from './interval.js'
export type {Interval, QualifierSemantics} from './interval.js'
export type * from './types.js'
export type * from './rule.js'
export type * from './registry/types.js'
