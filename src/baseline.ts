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
 * when a reviewed finding should be looked at again.
 *
 * Paths are stored relative to the baseline file's folder with `/`, so the
 * same file serves a run from any folder and on any system.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {ClaimlintError} from './errors.js'

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
  /** Findings dropped because the baseline lists them. */
  suppressed: number
  /** Entries for the documents of this run that matched no finding (fixed, or their sentence rewritten). */
  unused: number
}

/**
 * Read a baseline; a malformed one is an error (exit 2), and so is a missing
 * one unless `missingOk` (when it is about to be written).
 */
export function readBaseline(file: string, missingOk = false): BaselineFile {
  let source: string
  try {
    source = fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (missingOk) return {version: baselineVersion, files: {}}
      throw new ClaimlintError(`No baseline at \`${file}\`, expected a file written by \`--baseline ${file} --update-baseline\``)
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
 * Drop from `files` the findings the baseline lists. Messages without a
 * fingerprint (a file that could not be read, bad frontmatter) are never
 * dropped: they are about the run, not about a reviewed claim.
 */
export function applyBaseline(files: VFile[], baseline: BaselineFile, baselinePath: string, cwd: string): BaselineResult {
  let suppressed = 0
  let unused = 0
  for (const file of files) {
    const key = keyOf(file, baselinePath, cwd)
    if (!Object.hasOwn(baseline.files, key)) continue
    const entries = baseline.files[key]
    const counts = new Map<string, number>()
    for (const entry of entries) counts.set(entry.fingerprint, (counts.get(entry.fingerprint) ?? 0) + 1)
    file.messages = file.messages.filter((message) => {
      const fingerprint = message.claimlint?.fingerprint
      const left = fingerprint ? counts.get(fingerprint) ?? 0 : 0
      if (left === 0) return true
      counts.set(fingerprint!, left - 1)
      suppressed++
      return false
    })
    for (const left of counts.values()) unused += left
  }

  return {suppressed, unused}
}

/**
 * A baseline accepting every fingerprinted finding of `files`; the entries
 * of `previous` for documents this run did not lint are kept, so updating
 * from a run over one folder leaves the other folders' entries alone.
 */
export function toBaseline(files: VFile[], baselinePath: string, cwd: string, previous?: BaselineFile): BaselineFile {
  const out: Record<string, BaselineEntry[]> = {}
  const linted = new Set(files.map((file) => keyOf(file, baselinePath, cwd)))
  for (const [name, entries] of Object.entries(previous?.files ?? {})) {
    if (!linted.has(name)) out[name] = entries
  }
  for (const file of files) {
    const entries: BaselineEntry[] = []
    for (const message of file.messages) {
      const fingerprint = message.claimlint?.fingerprint
      if (!fingerprint || !message.ruleId) continue
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
