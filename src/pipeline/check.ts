/**
 * Check: run the enabled rules — document rules on each document, then run
 * rules once on the claims of every document — and turn their findings into
 * vfile messages with exact places, suggestions, notes and a stable
 * fingerprint.
 */
import {createHash} from 'node:crypto'
import {Ajv, type ValidateFunction} from 'ajv'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {DocumentClaims, Finding, Rule, RuleContext, Severity} from '../rule.js'
import {SEVERITIES, collects} from '../rule.js'
import type {Registry} from '../registry/types.js'
import type {Lang} from '../types.js'
import {ClaimlintError} from '../errors.js'
import {normalize} from '../text.js'

/** Per-rule setting: a severity, `off`, or a severity with options (ESLint style). */
export type RuleSetting = Severity | 'off' | [Severity | 'off' | undefined, Record<string, unknown>?]

export type RulesConfig = Record<string, RuleSetting>

/** Where rule docs live; a finding's `url`. */
export const docsBase = 'https://github.com/claimlint/claimlint/blob/main/docs/rules/'

export interface ConfiguredRule {
  rule: Rule
  context: RuleContext
}

const ajv = new Ajv({allErrors: true, useDefaults: false, strict: false})
const validators = new WeakMap<Rule, ValidateFunction>()

/** What is wrong with `options` (defaults merged) for `rule`, by its `meta.schema`; nothing when it has none. */
export function optionProblems(rule: Rule, options: Record<string, unknown>): string[] {
  if (!rule.meta.schema) return []
  let validate = validators.get(rule)
  if (!validate) {
    validate = ajv.compile(rule.meta.schema)
    validators.set(rule, validate)
  }
  if (validate(options)) return []
  return (validate.errors ?? []).map((error) => {
    const extra = error.keyword === 'additionalProperties' ? ` (\`${String((error.params as {additionalProperty?: string}).additionalProperty)}\`)` : ''
    return `Invalid option for rule \`${rule.meta.id}\`: \`${error.instancePath || '/'}\` ${error.message ?? ''}${extra}`.trim()
  })
}

/**
 * Resolve the rules config against the known rules: unknown ids, bad
 * severities and options that fail a rule's schema are usage errors (exit 2).
 */
export function configureRules(
  rules: readonly Rule[],
  config: RulesConfig = {},
  registry: Registry | undefined,
  configName = 'rules'
): {enabled: ConfiguredRule[]; skipped: string[]} {
  const known = new Map(rules.map((rule) => [rule.meta.id, rule]))
  const problems: string[] = []

  for (const id of Object.keys(config)) {
    if (!known.has(id)) {
      problems.push(`Unknown rule \`${id}\` in ${configName}, expected one of ${[...known.keys()].map((k) => '`' + k + '`').join(', ')}`)
    }
  }

  const enabled: ConfiguredRule[] = []
  const skipped: string[] = []

  for (const rule of rules) {
    const setting = config[rule.meta.id]
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
    if (level === 'off') continue
    if (level !== undefined && !SEVERITIES.includes(level)) {
      problems.push(`Unexpected severity \`${String(level)}\` for rule \`${rule.meta.id}\`, expected \`error\`, \`warning\`, \`info\` or \`off\``)
      continue
    }

    const merged = {...rule.meta.defaults, ...options}
    // A rule's defaults alone are checked where the rule is tested (`optionProblems`, run by the RuleTester), not at
    // every start: compiling every rule's schema was 55 ms of a one-file run.
    if (options !== undefined) {
      const found = optionProblems(rule, merged)
      if (found.length > 0) {
        problems.push(...found)
        continue
      }
    }

    if (rule.meta.needsRegistry && !registry) {
      skipped.push(rule.meta.id)
      continue
    }

    enabled.push({rule, context: {registry, options: merged, severity: level ?? rule.meta.severity}})
  }

  if (problems.length > 0) throw new ClaimlintError(problems.join('\n'))
  return {enabled, skipped}
}

/** Run document rules on one document. */
export function checkDocument(doc: DocumentClaims, rules: readonly ConfiguredRule[]): Finding[] {
  const findings: Finding[] = []
  for (const {rule, context} of rules) {
    if (rule.meta.scope !== 'document' || !rule.check) continue
    for (const finding of rule.check(doc, context)) findings.push({...finding, severity: severityOf(finding, context, rule)})
  }

  return findings
}

/**
 * The severity a finding is reported at: the configured one, except that a
 * rule's info-level notices (an inferred date, an unresolvable one) stay
 * info whatever the rule's level, and a finding the rule lowered to a
 * warning (a figure that may be of its time) is no error.
 */
function severityOf(finding: Finding, context: RuleContext, rule: Rule): Severity {
  if (finding.severity === 'info') return 'info'
  if (finding.severity === 'warning' && rule.meta.severity === 'error' && context.severity === 'error') return 'warning'
  return context.severity
}

/** Run run-scoped rules once on every document's claims. */
export function checkRun(docs: DocumentClaims[], rules: readonly ConfiguredRule[], collected: readonly CollectedRun[] = []): Finding[] {
  const findings: Finding[] = []
  for (const {rule, context} of rules) {
    if (rule.meta.scope !== 'run') continue
    const found = collects(rule)
      ? rule.checkCollected!(
          collected.map((doc) => ({path: doc.path, lang: doc.lang, data: doc.data[rule.meta.id]})),
          context
        )
      : rule.checkRun?.(docs, context) ?? []
    for (const finding of found) findings.push({...finding, severity: severityOf(finding, context, rule)})
  }

  return findings
}

/** What the run rules that collect took of one document, by rule id (see `Rule.collect`). */
export interface CollectedRun {
  path: string
  lang: Lang
  data: Record<string, unknown>
}

/** What each enabled run rule that collects takes of `doc`. */
export function collectRun(doc: DocumentClaims, rules: readonly ConfiguredRule[]): CollectedRun {
  const data: Record<string, unknown> = {}
  for (const {rule, context} of rules) if (rule.meta.scope === 'run' && collects(rule)) data[rule.meta.id] = rule.collect!(doc, context)
  return {path: doc.path, lang: doc.lang, data}
}

/** Extra fields claimlint puts on each vfile message (read by the JSON and SARIF reporters). */
export interface MessageData {
  severity: Severity
  /** The key of the rule's message template (`meta.messages`) the message was filled from. */
  messageId?: string
  fingerprint: string
  claim?: {kind: string; text: string; value?: number; unit?: string; min?: number | null; max?: number | null}
  registryClaim?: string
  related?: Array<{path: string; start: Point; end: Point; message: string}>
  /**
   * Why the finding is not counted: an inline directive (`inSource`) or the
   * baseline (`external`). Suppressed findings stay in JSON and SARIF output.
   */
  suppressions?: Suppression[]
}

/** A suppression, as SARIF names its kinds. */
export interface Suppression {
  kind: 'inSource' | 'external'
  justification?: string
}

interface Point {
  line: number
  column: number
  offset: number
}

declare module 'vfile-message' {
  interface VFileMessage {
    claimlint?: MessageData
  }
}

/**
 * Attach findings to their vfiles as messages. `files` maps each document
 * path to its vfile, so findings of run rules land in the right file and
 * their related places get line and column.
 */
export function report(findings: Finding[], files: Map<string, {file: VFile; doc: DocumentClaims}>): void {
  const places = new Map<string, ReturnType<typeof location>>()
  const pointAt = (path: string, offset: number): Point => {
    let place = places.get(path)
    const entry = files.get(path)
    if (!place && entry) {
      place = location(entry.doc.text)
      places.set(path, place)
    }
    const point = place?.toPoint(offset) ?? {line: 1, column: 1, offset}
    return {line: point.line, column: point.column, offset}
  }

  for (const finding of findings) {
    const entry = files.get(finding.path)
    if (!entry) continue
    const start = pointAt(finding.path, finding.start)
    const end = pointAt(finding.path, finding.end)
    const claim = finding.claim
    // One line per message: a figure wrapped across lines is quoted with its white space collapsed.
    const message = entry.file.message(finding.message.replace(/[ \t]*\r?\n\s*/g, ' '), {
      place: {start, end},
      ruleId: finding.ruleId,
      source: 'claimlint'
    })
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
    message.actual = (finding.actual ?? claim?.text)?.replace(/\s*\n\s*/g, ' ')
    message.expected = finding.expected ?? []
    message.url = docsBase + finding.ruleId + '.md'
    if (finding.note) message.note = finding.note
    const cause = finding.related?.[0]
    if (cause) {
      // The other place (the earlier figure of an inconsistency) as the message's cause, as vfile reporters show it.
      const related = new VFileMessage(cause.message, {
        place: {start: pointAt(cause.path, cause.start), end: pointAt(cause.path, cause.end)},
        ruleId: finding.ruleId,
        source: 'claimlint'
      })
      related.file = cause.path
      message.cause = related
    }
    const sentence = finding.sentence ? entry.doc.text.slice(finding.sentence.start, finding.sentence.end) : claim ? entry.doc.sentenceOf.get(claim)?.text : undefined
    message.claimlint = {
      severity: finding.severity,
      messageId: finding.messageId,
      fingerprint: fingerprint(finding, sentence ?? entry.doc.text.slice(finding.start, finding.end)),
      claim: claim && {
        kind: claim.kind,
        text: claim.text,
        value: claim.value,
        unit: claim.unit,
        min: claim.min === undefined ? undefined : claim.min?.value ?? null,
        max: claim.max === undefined ? undefined : claim.max?.value ?? null
      },
      registryClaim: finding.registryClaim?.id,
      related: finding.related?.map((place) => ({
        path: place.path,
        start: pointAt(place.path, place.start),
        end: pointAt(place.path, place.end),
        message: place.message
      }))
    }
  }
}

/**
 * A finding's identity that survives edits elsewhere in the document: the
 * rule, the registry claim, the claim's text and its sentence with case,
 * accents and white space folded. Line numbers are deliberately left out.
 */
export function fingerprint(finding: Finding, sentence: string): string {
  const parts = [
    finding.ruleId,
    finding.registryClaim?.id ?? '',
    normalize(finding.claim?.text ?? finding.actual ?? '').replace(/\s+/g, ' ').trim(),
    normalize(sentence).replace(/\s+/g, ' ').trim()
  ]
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)
}
