/**
 * What a rule is. After ESLint's `meta` + `create` and remark-lint's one rule
 * per file: every file in `rules/` default-exports a `Rule` whose id is its
 * file name. Rules are pure: they read a document's extracted claims (or, for
 * `scope: 'run'`, the claims of every document in the run) and the registry,
 * and return findings. They never read files or print.
 */
import type {Claim, Lang, Sentence} from './types.js'
import type {Registry, RegistryClaim} from './registry/types.js'
import type {Period} from './lang/types.js'

export type Severity = 'error' | 'warning' | 'info'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

export interface RuleMeta {
  /** Rule id, equal to the file name in `rules/` without extension. */
  id: string
  /** One line: what the rule checks. */
  description: string
  /** Default severity. */
  severity: Severity
  /** Whether the rule needs a registry; without one it is skipped. */
  needsRegistry: boolean
  /** `document`: runs on each document; `run`: runs once on all documents' claims. */
  scope: 'document' | 'run'
  /** Message templates by id, with `{name}` placeholders. */
  messages: Record<string, string>
  /** JSON Schema of the rule's options object. */
  schema?: Record<string, unknown>
  /** Default options. */
  defaults?: Record<string, unknown>
}

/** How a document's date was found. */
export interface DocumentDate {
  year: number
  month?: number
  day?: number
  /** `frontmatter` (Markdown), `meta` (HTML), `marker` (leading `date YYYY-MM-DD`), `option` (--date / config) or `inferred`. */
  source: 'frontmatter' | 'meta' | 'marker' | 'option' | 'inferred'
  /** For an inferred date: the relative expression and the registry event that fixed it. */
  inferredFrom?: {claim: Claim; anniversary: Claim; registryClaim: RegistryClaim}
}

/** A sentence claim matched to a registry claim. */
export interface Match {
  claim: Claim
  registryClaim: RegistryClaim
  /** How many entities and terms matched; higher is more specific. */
  score: number
  /** For a registry rate (`per`): the figure's own period and the factor from the registry's period to it. */
  rate?: {period: Period; factor: number}
}

/** A document after extraction and matching: everything rules may read. */
export interface DocumentClaims {
  /** Path as given on the command line (or a virtual name). */
  path: string
  lang: Lang
  date?: DocumentDate
  /** The full source text; claim offsets index into it. */
  text: string
  sentences: Sentence[]
  /** Matches of sentence claims to registry claims (at most one registry claim per claim; ties dropped). */
  matches: Map<Claim, Match>
  /** For each claim, the sentence it belongs to. */
  sentenceOf: Map<Claim, Sentence>
}

/** A related place, shown as the finding's cause (e.g. the other figure of an inconsistency). */
export interface RelatedPlace {
  path: string
  start: number
  end: number
  message: string
}

/** What a rule reports; the engine turns it into a vfile message. */
export interface Finding {
  ruleId: string
  /** Key into `meta.messages`. */
  messageId: string
  message: string
  severity: Severity
  /** Document path (for run-scoped rules, which document the finding is in). */
  path: string
  start: number
  end: number
  /** The claim the finding concerns. */
  claim?: Claim
  /** The text found (usually the claim's text). */
  actual?: string
  /** Suggested replacements for `actual`, best first. */
  expected?: string[]
  /** The registry claim concerned. */
  registryClaim?: RegistryClaim
  /** A line naming the registry claim, its value and its source. */
  note?: string
  related?: RelatedPlace[]
  /**
   * Where the sentence of the finding's claim stands, when the run may no
   * longer hold it (a rule that collects): the fingerprint is made from that
   * sentence's text.
   */
  sentence?: {start: number; end: number}
}

export interface RuleContext {
  registry?: Registry
  /** Rule options, defaults merged and validated against `meta.schema`. */
  options: Record<string, unknown>
  severity: Severity
}

/**
 * A document as a run rule with `collect` sees it at the end of the run:
 * where it came from and what `collect` took of it.
 */
export interface CollectedDocument<Data = unknown> {
  path: string
  lang: Lang
  data: Data
}

export interface Rule {
  meta: RuleMeta
  /** For `scope: 'document'` rules. */
  check?(doc: DocumentClaims, context: RuleContext): Finding[]
  /**
   * For `scope: 'run'` rules: every document of the run at once. The run
   * keeps each document's sentences that hold claims until the end for it.
   */
  checkRun?(docs: DocumentClaims[], context: RuleContext): Finding[]
  /**
   * For `scope: 'run'` rules, instead of `checkRun`, with `checkCollected`:
   * what the rule needs of one document, taken as soon as the document is
   * linted. Plain JSON data (`--cache` and claims files store it; a registry
   * claim goes by its id): the run keeps only this of the document.
   */
  collect?(doc: DocumentClaims, context: RuleContext): unknown
  /** With `collect`: check what was collected of every document, in run order. */
  checkCollected?(docs: CollectedDocument[], context: RuleContext): Finding[]
}

/** The options schema of a rule that takes none. */
export const noOptions = {type: 'object', properties: {}, additionalProperties: false} as const

/**
 * A finding of `meta`'s rule in `doc`, at a claim (which it then concerns)
 * or any span (with the claim it concerns, if any), with the
 * message filled from `meta.messages[messageId]`; `extra` adds or overrides
 * fields (expected, registryClaim, note, related...). For a rule made with
 * `defineRule` (src/rule-kit), `messageId` must be one of its messages.
 */
export function finding<Meta extends Pick<RuleMeta, 'id' | 'messages' | 'severity'>>(
  meta: Meta,
  doc: Pick<DocumentClaims, 'path'>,
  messageId: keyof Meta['messages'] & string,
  values: Record<string, string | number>,
  at: Claim | {start: number; end: number; text?: string; claim?: Claim},
  extra: Partial<Finding> = {}
): Finding {
  const claim = 'kind' in at ? at : at.claim
  return {
    ruleId: meta.id,
    messageId,
    message: format(meta.messages[messageId], values),
    severity: meta.severity,
    path: doc.path,
    start: at.start,
    end: at.end,
    claim,
    actual: at.text ?? claim?.text,
    expected: [],
    ...extra
  }
}

/** Fill a message template: `format('Unexpected `{a}`', {a: 1})`. */
export function format(template: string, values: Record<string, string | number>): string {
  // A figure that wraps across lines is quoted on one line.
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in values ? String(values[name]).replace(/[^\S\n]*\n\s*/g, ' ') : all
  )
}

/** Whether a run rule takes what it needs of each document as it is linted (`collect` and `checkCollected`) rather than keeping it (`checkRun`). */
export function collects(rule: Pick<Rule, 'collect' | 'checkCollected'>): boolean {
  return typeof rule.collect === 'function' && typeof rule.checkCollected === 'function'
}

/** Whether a module's export is a rule: a `meta.id` and a `check`, a `checkRun` or a `collect` and `checkCollected` (plugins, the language server's `ruleModules`). */
export function isRule(value: unknown): value is Rule {
  const rule = value as Rule | undefined
  return (
    typeof rule === 'object' &&
    rule !== null &&
    typeof rule.meta?.id === 'string' &&
    (typeof rule.check === 'function' || typeof rule.checkRun === 'function' || collects(rule))
  )
}
