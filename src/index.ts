/**
 * claimlint's public API (documented in docs/api.md).
 *
 * - `extractClaims(text, {lang})`: the claims of a text (see docs/extraction.md).
 * - `lintText(text, options)`, `lintDocuments(docs, options)`,
 *   `lintFiles(vfiles, options)`, `lintPaths(paths, options)`: the whole
 *   pipeline, returning vfiles with messages.
 * - `loadRegistry(file)` / `parseRegistry(source, file)`: a validated registry.
 * - `rules`, `finding`, `format`: the built-in rules and helpers to write one.
 * - `reporters`, `getReporter`, `toJsonReport`: the report formats (also `claimlint/reporters`).
 */
export {extractClaims, extractSentences} from './extract/index.js'
export {lintPaths, lintDocuments, lintFiles} from './engine.js'
export type {LintOptions, LintResult, DocumentTrace} from './engine.js'
export {lintText} from './lint-text.js'
export type {LintTextOptions} from './lint-text.js'
export {loadRegistry, parseRegistry} from './registry/load.js'
export {findRegistry} from './registry/find.js'
export {ClaimlintError} from './errors.js'
export type {Problem} from './errors.js'
export {rules} from '../rules/index.js'
export {finding, format, noOptions, SEVERITIES} from './rule.js'
export type {RuleSetting, RulesConfig, MessageData} from './pipeline/check.js'
export {reporters, getReporter} from './report/index.js'
export type {Reporter, ReporterOptions} from './report/index.js'
export {toJsonReport, jsonFormatVersion} from './report/json.js'
export type {JsonReport, JsonMessage, JsonPoint} from './report/json.js'
export {claimInterval, registryInterval, overlaps, divide, defaultQualifiers} from './interval.js'
export type {Interval, QualifierSemantics} from './interval.js'
export type * from './types.js'
export type * from './rule.js'
export type * from './registry/types.js'
