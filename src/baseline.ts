/**
 * The baseline: findings already reviewed, so that CI fails on new ones
 * only. A baseline file lists, per document, the fingerprints of the
 * findings it accepts (with the rule and message, for the people reviewing
 * it in a diff); a later run drops every finding whose document and
 * fingerprint are listed, as many times as they are listed.
 *
 * A fingerprint (see `fingerprint` in src/pipeline/check.ts) is the rule,
 * the registry claim, the claim's text and its sentence with case, accents
 * and white space folded: it survives edits elsewhere in the document and
 * line moves, and changes when the sentence itself is rewritten — which is
 * when a reviewed finding should be looked at again. Entries are per
 * document path: a renamed document's findings are new, and the entries of
 * a path that no longer exists are reported as unused (and dropped by
 * `--baseline-prune` and `--baseline-write`).
 *
 * Paths are stored relative to the baseline file's folder with `/`, so the
 * same file serves a run from any folder and on any system.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {ClaimlintError} from './errors.js'
import {isRecord} from './is-record.js'

export const baselineVersion = 1

export interface BaselineEntry {
  ruleId: string
  fingerprint: string
  /** The message when the entry was written: for reviewers, not matched. */
  message: string
}

export interface BaselineFile {
  version: number
  /** Document path (relative to the baseline's folder) → accepted findings. */
  files: Record<string, BaselineEntry[]>
}

export interface BaselineResult {
  /** Findings marked as accepted by the baseline. */
  suppressed: number
  /** Entries for the documents of this run that matched no finding (fixed, or their sentence rewritten). */
  unused: Array<{path: string; entry: BaselineEntry}>
}

/**
 * Read a baseline; a missing or malformed one is an error (exit 2).
 */
export function readBaseline(file: string): BaselineFile {
  let source: string
  try {
    source = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ClaimlintError(`No baseline at \`${file}\`, expected a file written by \`--baseline-write ${file}\``)
    }
    throw new ClaimlintError(`Cannot read baseline \`${file}\`: ${(error as Error).message}`)
  }

  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new ClaimlintError(`Cannot read baseline \`${file}\`: ${(error as Error).message}`)
  }

  const problem = checkShape(data)
  if (problem) throw new ClaimlintError(`Unexpected baseline \`${file}\`: ${problem}`)
  return data as BaselineFile
}

/** The baseline at `file` if there is one (for writing over it), else an empty one. */
export function readBaselineIfAny(file: string): BaselineFile {
  return fs.existsSync(file) ? readBaseline(file) : {version: baselineVersion, files: {}}
}

function checkShape(data: unknown): string | undefined {
  if (!isRecord(data)) return 'expected a JSON object'
  if (data.version !== baselineVersion) return `unexpected \`version\` ${JSON.stringify(data.version)}, expected ${baselineVersion}`
  if (!isRecord(data.files)) return 'expected `files` to be an object of document paths'
  for (const [name, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries)) return `expected \`files["${name}"]\` to be an array`
    for (const [index, entry] of entries.entries()) {
      if (!isRecord(entry) || typeof entry.ruleId !== 'string' || typeof entry.fingerprint !== 'string') {
        return `expected \`files["${name}"][${index}]\` to have a string \`ruleId\` and \`fingerprint\``
      }
    }
  }
  return undefined
}

/**
 * Mark the findings of `files` that the baseline lists as suppressed
 * (`external`); they stay in the files, for JSON and SARIF, and no longer
 * count. Messages without a fingerprint (a file that could not be read, bad
 * frontmatter) are never accepted: they are about the run, not about a
 * reviewed claim. A finding already suppressed by a directive does not use
 * up a baseline entry.
 */
export function applyBaseline(files: VFile[], baseline: BaselineFile, baselinePath: string, cwd: string): BaselineResult {
  let suppressed = 0
  const unused: BaselineResult['unused'] = []
  const justification = `accepted in baseline ${path.basename(baselinePath)}`
  for (const file of files) {
    const key = keyOf(file, baselinePath, cwd)
    if (!Object.hasOwn(baseline.files, key)) continue
    const left = [...baseline.files[key]]
    for (const message of file.messages) {
      const data = message.claimlint
      if (!data?.fingerprint || data.suppressions?.length) continue
      const index = left.findIndex((entry) => entry.fingerprint === data.fingerprint)
      if (index === -1) continue
      left.splice(index, 1)
      data.suppressions = [{kind: 'external', justification}]
      suppressed++
    }
    for (const entry of left) unused.push({path: key, entry})
  }

  const root = path.dirname(baselinePath)
  for (const [name, entries] of Object.entries(baseline.files)) {
    if (fs.existsSync(path.resolve(root, name))) continue
    for (const entry of entries) unused.push({path: name, entry})
  }

  return {suppressed, unused}
}

/** `baseline` without the unused entries `applyBaseline` found. */
export function pruneBaseline(baseline: BaselineFile, unused: BaselineResult['unused']): BaselineFile {
  const files: Record<string, BaselineEntry[]> = {}
  for (const [name, entries] of Object.entries(baseline.files)) {
    const kept = [...entries]
    for (const {entry} of unused.filter((item) => item.path === name)) kept.splice(kept.indexOf(entry), 1)
    if (kept.length > 0) files[name] = kept
  }
  return {version: baselineVersion, files}
}

/**
 * A baseline accepting every fingerprinted finding of `files` (except
 * those an inline directive already suppresses); the entries of `previous`
 * for documents this run did not lint are kept while the documents exist,
 * so writing from a run over one folder leaves the other folders alone.
 */
export function toBaseline(files: VFile[], baselinePath: string, cwd: string, previous?: BaselineFile): BaselineFile {
  const out: Record<string, BaselineEntry[]> = {}
  const linted = new Set(files.map((file) => keyOf(file, baselinePath, cwd)))
  for (const [name, entries] of Object.entries(previous?.files ?? {})) {
    if (!linted.has(name) && fs.existsSync(path.resolve(path.dirname(baselinePath), name))) out[name] = entries
  }
  for (const file of files) {
    const entries: BaselineEntry[] = []
    for (const message of file.messages) {
      const fingerprint = message.claimlint?.fingerprint
      if (!fingerprint || !message.ruleId || message.claimlint?.suppressions?.some((s) => s.kind === 'inSource')) continue
      entries.push({ruleId: message.ruleId, fingerprint, message: message.reason})
    }
    if (entries.length > 0) out[keyOf(file, baselinePath, cwd)] = entries
  }
  const names = Object.keys(out).sort()
  return {version: baselineVersion, files: Object.fromEntries(names.map((name) => [name, out[name]]))}
}

export function writeBaseline(file: string, baseline: BaselineFile): void {
  try {
    fs.writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n')
  } catch (error) {
    throw new ClaimlintError(`Cannot write baseline \`${file}\`: ${(error as Error).message}`)
  }
}

/** A document's key in the baseline: its path relative to the baseline's folder, with `/`. */
function keyOf(file: VFile, baselinePath: string, cwd: string): string {
  const absolute = path.resolve(cwd, file.path ?? '')
  return path.relative(path.dirname(baselinePath), absolute).split(path.sep).join('/')
}

