/**
 * The engine: read → parse → extract → match → check, for a whole run.
 * Document rules run per document as it is extracted; run rules run once on
 * the collected claims of every document, so cross-document checks never
 * re-read texts. Reporting is left to `src/report/`.
 */
import {VFile} from 'vfile'
import type {Claim, Lang, Sentence} from './types.js'
import type {DocumentClaims, Finding, Rule} from './rule.js'
import type {Registry} from './registry/types.js'
import {indexOf, type MatchResult} from './registry/index.js'
import {parseDocument, formatDate} from './pipeline/parse.js'
import {extractDocument} from './pipeline/extract.js'
import {matchDocument} from './pipeline/match.js'
import {inferDate} from './pipeline/infer-date.js'
import {checkDocument, checkRun, configureRules, report, type RulesConfig} from './pipeline/check.js'
import {readFile, resolvePaths, type ReadOptions} from './pipeline/read.js'
import {rules as builtinRules} from '../rules/index.js'

export interface LintOptions extends ReadOptions {
  registry?: Registry
  /** Document date (YYYY-MM-DD) for documents that give none. */
  date?: string
  /** Language for documents whose language cannot be detected. */
  lang?: Lang
  /** Language for every document, skipping detection. */
  forceLang?: Lang
  /** Rule settings, ESLint style. */
  rules?: RulesConfig
  /** Rules to run; the built-in ones by default. */
  ruleSet?: readonly Rule[]
  /** Working directory for relative paths. */
  cwd?: string
  /**
   * Infer an undated document's year when it fixes it itself ("este año ...
   * 50 aniversario" of a 1973 event). Default true.
   */
  inferDate?: boolean
}

/** What one document looked like to the engine, for `--explain` and the language server. */
export interface DocumentTrace {
  doc: DocumentClaims
  results: Map<Claim, MatchResult>
}

export interface LintResult {
  files: VFile[]
  /** Rules skipped because there is no registry. */
  skipped: string[]
  traces: Map<VFile, DocumentTrace>
}

/** Lint paths, folders and globs. */
export async function lintPaths(inputs: string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd()
  const {paths, missing} = await resolvePaths(inputs, cwd, options)
  const files = await Promise.all(paths.map((path) => readFile(path, cwd, options)))
  const result = lintFiles(files, options)
  return {...result, files: [...missing, ...result.files]}
}

/** Lint in-memory documents (tests, the language server, rule examples). */
export async function lintDocuments(
  docs: Array<{path: string; text: string}>,
  options: LintOptions = {}
): Promise<VFile[]> {
  return lintFiles(docs.map((doc) => new VFile({path: doc.path, value: doc.text})), options).files
}

/** Lint vfiles already read. Unreadable ones (carrying a fatal message) are passed through. */
export function lintFiles(files: VFile[], options: LintOptions = {}): LintResult {
  const {enabled, skipped} = configureRules(options.ruleSet ?? builtinRules, options.rules, options.registry)
  const index = options.registry ? indexOf(options.registry) : undefined
  const byPath = new Map<string, {file: VFile; doc: DocumentClaims}>()
  const traces = new Map<VFile, DocumentTrace>()
  const docs: DocumentClaims[] = []

  for (const file of files) {
    if (file.data.unreadable) continue
    const parsed = parseDocument(file, {lang: options.lang, forceLang: options.forceLang, date: options.date})
    file.data.lang = parsed.lang
    file.data.date = parsed.date
    const sentences: Sentence[] = extractDocument(parsed)
    const path = file.path ?? String(docs.length)
    const {doc, results} = matchDocument(path, parsed, sentences, index)
    if (!doc.date && options.inferDate !== false) {
      doc.date = inferDate(doc)
      file.data.date = doc.date
    }
    docs.push(doc)
    byPath.set(path, {file, doc})
    traces.set(file, {doc, results})
    report(checkDocument(doc, enabled), byPath)
  }

  const runFindings: Finding[] = checkRun(docs, enabled)
  report(runFindings, byPath)

  for (const file of files) sortMessages(file)
  return {files, skipped, traces}
}

function sortMessages(file: VFile): void {
  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}

export {formatDate}

declare module 'vfile' {
  interface DataMap {
    lang: Lang
    date: import('./rule.js').DocumentDate | undefined
  }
}
