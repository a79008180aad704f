/**
 * The rule kit: everything a claimlint rule is written with, in one module
 * (`claimlint/rule-kit` for rules outside this repository). The built-in
 * rules in `rules/` take their shared helpers from it; none imports another
 * rule or `src/pipeline/`.
 *
 * - `defineRule({meta, check})`: a rule, typed from its own `meta` — its
 *   options from `meta.schema` (with `meta.defaults` filled in), its message
 *   ids from `meta.messages` (so `finding(rule.meta, doc, 'typo', …)` does
 *   not compile), and `context.registry` present when `meta.needsRegistry`.
 * - `finding()` fills a finding from a message template; `format()` fills a
 *   template; `noOptions` is the schema of a rule that takes none.
 * - Intervals (`claimInterval`, `registryInterval`, `overlaps`, `divide`,
 *   `compare`, `scaleSlip`…): what a stated figure or a registry value may
 *   mean, with qualifiers ("more than", "about") and rounding, as
 *   docs/intervals.md defines. Compare figures only through these.
 * - Describing (`describeInterval`, `describeValue`, `registryNote`,
 *   `describePlace`, `certainReplacement`…): message text in the
 *   document's language.
 * - Predicates (`predicateOf`, `samePredicate`, `PredicateIndex`): whether
 *   two claims say the same thing of the same subject, and the first of
 *   many that says what one says.
 * - Text (`normalize`, `words`, `variants`, `sameWord`, `formatNumber`…):
 *   word comparison folding case and accents, numbers written as the
 *   language writes them.
 * - Registry look-ups (`indexOf(registry)` and its matching helpers).
 * - Dates (`formatDate`; `dateSpan`, `dateMiddle`, `spanGapDays` for dates
 *   of any precision taken as the spans they name) and English ordinals
 *   (`ordinal`).
 *
 * The RuleTester, which runs the engine, is `claimlint/rule-kit/tester`
 * (src/rule-kit/tester.ts), apart so that a rule never loads the engine.
 */
import type {Registry} from '../registry/types.js'
import {collects, type CollectedDocument, type DocumentClaims, type Finding, type RuleMeta, type Severity} from '../rule.js'

export type {Claim, Lang, Sentence} from '../types.js'
export type {CollectedDocument, DocumentClaims, DocumentDate, Finding, Match, RelatedPlace, Rule, RuleContext, RuleMeta, Severity} from '../rule.js'
export type {Registry, RegistryClaim, RegistryRatio, RegistryRate} from '../registry/types.js'
export {finding, format, noOptions} from '../rule.js'

export {
  agreesWith,
  claimInterval,
  closed,
  compare,
  defaultQualifiers,
  divide,
  midpoint,
  overlaps,
  registryInterval,
  scaleSlip,
  type Interval,
  type QualifierSemantics,
  type QualifierSpan
} from '../interval.js'
export {
  certainReplacement,
  describeBounds,
  describeInterval,
  describePlace,
  placesIn,
  describeRegistryClaim,
  describeValue,
  ratioNote,
  registryNote,
  rescaleWording,
  scaleSlipValues
} from '../describe.js'
export {PredicateIndex, predicateOf, samePredicate, type Predicate} from '../predicate.js'
export {formatAmount, formatMoney, formatNumber, normalize, phrases, sameWord, variants, words} from '../text.js'
export {clauseOf, indexOf, nounFits, nounsOf, ownerOf, periodDays, yearsOf, type RegistryIndex} from '../registry/index.js'
export {formatDate} from '../pipeline/parse.js'
export {dateMiddle, dateSpan, spanGapDays} from '../dates.js'
export {messageLang, packOf, packs, type LangPack} from '../lang/index.js'
export type {Period} from '../lang/types.js'

/* ----- options typed from a JSON Schema ----- */

/**
 * The value a JSON Schema (written `as const` or inline in `defineRule`)
 * describes, for the keywords rule options use: `type` (`number`,
 * `integer`, `string`, `boolean`, `array` with `items`, `object` with
 * `properties`) and `enum`/`const`. Anything else is `unknown`.
 */
export type FromSchema<S> = S extends {const: infer C}
  ? C
  : S extends {enum: ReadonlyArray<infer E>}
    ? E
    : S extends {type: 'number' | 'integer'}
      ? number
      : S extends {type: 'string'}
        ? string
        : S extends {type: 'boolean'}
          ? boolean
          : S extends {type: 'array'; items: infer I}
            ? Array<FromSchema<I>>
            : S extends {type: 'object'; properties: infer P}
              ? string extends keyof P
                ? Record<string, unknown>
                : {[K in keyof P]?: FromSchema<P[K]>}
              : unknown

/** A rule's options once `defaults` are merged in: keys with a default are always there. */
export type OptionsOf<Schema, Defaults> = FromSchema<Schema> extends infer O
  ? unknown extends O
    ? Record<string, unknown>
    : O & {[K in keyof Defaults & keyof O]-?: Exclude<O[K], undefined>}
  : never

/** A rule's `meta`, with its message ids, options schema and defaults as written. */
export interface KitMeta<MessageId extends string = string, Schema = unknown, Defaults = unknown, NeedsRegistry extends boolean = boolean>
  extends Omit<RuleMeta, 'messages' | 'schema' | 'defaults' | 'needsRegistry'> {
  messages: Record<MessageId, string>
  schema?: Schema
  defaults?: Defaults
  needsRegistry: NeedsRegistry
}

/** What a rule's `check` receives besides the document. */
export interface KitContext<Options, NeedsRegistry extends boolean> {
  /** The registry; always there for a rule with `needsRegistry: true` (the engine skips it otherwise). */
  registry: NeedsRegistry extends true ? Registry : Registry | undefined
  /** Options, `defaults` merged and validated against `schema`. */
  options: Options
  severity: Severity
}

/**
 * A rule as `defineRule` returns it: usable wherever a `Rule` is, with its
 * message ids kept in `meta.messages` (for `finding`) and its options and
 * registry typed in `check`'s context.
 */
export interface DefinedRule<MessageId extends string = string, Options = Record<string, unknown>, NeedsRegistry extends boolean = boolean, Data = unknown> {
  meta: Omit<RuleMeta, 'messages' | 'needsRegistry'> & {messages: Record<MessageId, string>; needsRegistry: NeedsRegistry}
  check?(doc: DocumentClaims, context: KitContext<Options, NeedsRegistry>): Finding[]
  checkRun?(docs: DocumentClaims[], context: KitContext<Options, NeedsRegistry>): Finding[]
  collect?(doc: DocumentClaims, context: KitContext<Options, NeedsRegistry>): Data
  checkCollected?(docs: Array<CollectedDocument<Data>>, context: KitContext<Options, NeedsRegistry>): Finding[]
}

/** The options type of a rule made with `defineRule` (else any options object). */
export type RuleOptions<R> = R extends DefinedRule<string, infer Options, boolean> ? Options : Record<string, unknown>

/**
 * Define a rule. Its types come from its `meta`: write `schema` inline (or
 * `as const`) and `context.options` is typed; `messages` keys are the only
 * message ids `finding` accepts; `needsRegistry: true` makes
 * `context.registry` non-optional. A document rule (`scope: 'document'`)
 * has `check`, a run rule (`scope: 'run'`) `checkRun`, or `collect` and
 * `checkCollected` (what it needs of each document, then the check over
 * all of it; `Data` is what `collect` returns).
 */
export function defineRule<
  const MessageId extends string,
  const Schema = undefined,
  const Defaults = undefined,
  const NeedsRegistry extends boolean = boolean,
  Data = unknown
>(rule: {
  meta: KitMeta<MessageId, Schema, Defaults, NeedsRegistry>
  check?(doc: DocumentClaims, context: KitContext<OptionsOf<Schema, Defaults>, NeedsRegistry>): Finding[]
  checkRun?(docs: DocumentClaims[], context: KitContext<OptionsOf<Schema, Defaults>, NeedsRegistry>): Finding[]
  collect?(doc: DocumentClaims, context: KitContext<OptionsOf<Schema, Defaults>, NeedsRegistry>): Data
  checkCollected?(docs: Array<CollectedDocument<Data>>, context: KitContext<OptionsOf<Schema, Defaults>, NeedsRegistry>): Finding[]
}): DefinedRule<MessageId, OptionsOf<Schema, Defaults>, NeedsRegistry, Data> {
  const {meta} = rule
  if (meta.scope === 'document' && typeof rule.check !== 'function') {
    throw new TypeError(`Rule \`${meta.id}\` has scope \`document\` but no \`check(doc, context)\``)
  }
  if (meta.scope === 'run' && typeof rule.checkRun !== 'function' && !collects(rule)) {
    throw new TypeError(`Rule \`${meta.id}\` has scope \`run\` but no \`checkRun(docs, context)\` nor \`collect(doc, context)\` and \`checkCollected(docs, context)\``)
  }
  return rule as unknown as DefinedRule<MessageId, OptionsOf<Schema, Defaults>, NeedsRegistry, Data>
}

/** An English ordinal for messages: 1st, 2nd, 3rd, 11th, 50th. */
export function ordinal(n: number): string {
  const mod100 = n % 100
  if (mod100 >= 11 && mod100 <= 13) return n + 'th'
  return n + (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
}
