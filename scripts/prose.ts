/**
 * The real-prose precision set (issue 12): prose nobody on this project
 * wrote, kept in test/prose/<lang>/ with its sources and licences, linted
 * without a registry and with the example registry (claims.yaml). Every
 * finding on it must be reviewed in test/prose/reviewed.yaml as `right` (a
 * real inconsistency or glue) or `wrong` (a false alarm), with why.
 *
 * `npm run eval:corpus` prints, per language, the words read and the
 * findings per 10,000 words by rule, then every finding with its verdict.
 * It fails (see `proseFailures`) on an unreviewed finding, on an error that
 * is not `right`, and, with `--max-prose N`, on more than N false alarms per
 * 10,000 words in a language.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'

export interface ProseFinding {
  /** `/`-separated path relative to the repository. */
  file: string
  line: number
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
  /** Which run found it: without a registry or with the example one. */
  run: 'no-registry' | 'registry'
}

export interface Verdict {
  file: string
  line: number
  rule: string
  verdict: 'right' | 'wrong'
  why: string
}

export interface LangProse {
  lang: string
  files: string[]
  words: number
  findings: ProseFinding[]
}

const proseExtensions = ['.md', '.txt', '.html']

/** The files of each language folder of `dir` (not SOURCES.md, not licences). */
export function proseFiles(root: string, dir: string): Map<string, string[]> {
  const byLang = new Map<string, string[]>()
  for (const lang of readdirSync(path.join(root, dir)).sort()) {
    const folder = path.join(root, dir, lang)
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    const files = names
      .filter((name) => proseExtensions.some((ext) => name.endsWith(ext)) && name !== 'SOURCES.md')
      .sort()
      .map((name) => `${dir}/${lang}/${name}`)
    if (files.length > 0) byLang.set(lang, files)
  }
  return byLang
}

/** The text a reader reads: an HTML page without its tags, head and scripts. */
export function proseOf(file: string, text: string): string {
  if (!file.endsWith('.html')) return text
  return text.replace(/<(head|script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')
}

/** Words as a reader counts them: runs of letters or digits, a number with its separators one word ("1.000"). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.,](?=\p{N}))*/gu)?.length ?? 0
}

/** Reads the reviewed verdicts, with `file:line` of a malformed entry in the error. */
export function parseVerdicts(file: string, text: string): Verdict[] {
  const data = parseYaml(text) as unknown
  if (data === null || data === undefined) return []
  if (!Array.isArray(data)) throw new Error(`Expected a list of verdicts in ${file}`)
  return data.map((entry: Record<string, unknown>, index) => {
    const where = `${file} entry ${index + 1}`
    if (typeof entry?.file !== 'string' || typeof entry.line !== 'number' || typeof entry.rule !== 'string') {
      throw new Error(`Missing \`file\`, \`line\` or \`rule\` in ${where}`)
    }
    if (entry.verdict !== 'right' && entry.verdict !== 'wrong') throw new Error(`Unexpected verdict \`${String(entry.verdict)}\` in ${where}, expected \`right\` or \`wrong\``)
    if (typeof entry.why !== 'string' || entry.why.trim() === '') throw new Error(`Missing \`why\` in ${where}`)
    return {file: entry.file, line: entry.line, rule: entry.rule, verdict: entry.verdict, why: entry.why}
  })
}

/** The verdict on a finding: same file, line and rule. */
export function verdictOf(finding: ProseFinding, verdicts: Verdict[]): Verdict | undefined {
  return verdicts.find((v) => v.file === finding.file && v.line === finding.line && v.rule === finding.ruleId)
}

/** Lints the files twice through the CLI's JSON report; findings of both runs, each once. */
export function lintProse(root: string, files: string[], registry: string, parseReport: (json: string) => Array<Omit<ProseFinding, 'run'>>): ProseFinding[] {
  const seen = new Set<string>()
  const out: ProseFinding[] = []
  for (const run of ['no-registry', 'registry'] as const) {
    const flags = run === 'registry' ? ['--registry', registry] : ['--no-registry']
    const result = spawnSync(process.execPath, ['bin/claimlint.js', '--format', 'json', ...flags, ...files], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    if (result.status === 2 || !result.stdout) throw new Error(`claimlint failed on the prose set (exit ${result.status}): ${result.stderr}`)
    for (const finding of parseReport(result.stdout)) {
      if (finding.severity === 'info') continue
      const key = `${finding.file}:${finding.line}:${finding.ruleId}:${finding.message}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({...finding, run})
    }
  }
  return out
}

/** Per 10,000 words. */
export function per10k(count: number, words: number): number {
  return words === 0 ? 0 : (10_000 * count) / words
}

/** The printed part of the report. */
export function formatProse(sets: LangProse[], verdicts: Verdict[]): string {
  const out: string[] = ['', 'Real prose (test/prose/, sources and licences in each SOURCES.md):']
  for (const set of sets) {
    const wrong = set.findings.filter((f) => verdictOf(f, verdicts)?.verdict !== 'right').length
    out.push(`  ${set.lang}: ${set.files.length} files, ${set.words} words, ${set.findings.length} findings (${per10k(set.findings.length, set.words).toFixed(2)} per 10,000 words), not right: ${wrong} (${per10k(wrong, set.words).toFixed(2)} per 10,000)`)
    const byRule = new Map<string, number>()
    for (const f of set.findings) byRule.set(`${f.ruleId} ${f.severity}`, (byRule.get(`${f.ruleId} ${f.severity}`) ?? 0) + 1)
    for (const [rule, count] of [...byRule].sort()) out.push(`    ${rule.padEnd(34)}${String(count).padStart(4)}  ${per10k(count, set.words).toFixed(2)} per 10,000`)
  }
  const all = sets.flatMap((set) => set.findings)
  out.push('', `Findings on real prose (${all.length}):`)
  for (const f of all) {
    const v = verdictOf(f, verdicts)
    out.push(`  ${f.file}:${f.line} ${f.severity} ${f.ruleId} [${f.run}]: ${f.message} -> ${v ? `${v.verdict}: ${v.why}` : 'NOT REVIEWED'}`)
  }
  return out.join('\n')
}

/** What fails the run: unreviewed findings, errors not judged right, and too many false alarms per 10,000 words. */
export function proseFailures(sets: LangProse[], verdicts: Verdict[], maxPer10k: number | undefined): string[] {
  const failures: string[] = []
  for (const set of sets) {
    const unreviewed = set.findings.filter((f) => !verdictOf(f, verdicts))
    if (unreviewed.length) failures.push(`${unreviewed.length} finding(s) on ${set.lang} prose not reviewed in test/prose/reviewed.yaml`)
    const badErrors = set.findings.filter((f) => f.severity === 'error' && verdictOf(f, verdicts)?.verdict === 'wrong')
    if (badErrors.length) failures.push(`${badErrors.length} error(s) on ${set.lang} prose that are no real inconsistency`)
    const wrong = set.findings.filter((f) => verdictOf(f, verdicts)?.verdict === 'wrong').length
    if (maxPer10k !== undefined && per10k(wrong, set.words) > maxPer10k) {
      failures.push(`${per10k(wrong, set.words).toFixed(2)} false alarms per 10,000 words of ${set.lang} prose is over ${maxPer10k}`)
    }
  }
  return failures
}

/** Reads, lints and counts each language's prose. */
export function readProse(root: string, dir: string, registry: string, parseReport: (json: string) => Array<Omit<ProseFinding, 'run'>>): LangProse[] {
  const sets: LangProse[] = []
  const byLang = proseFiles(root, dir)
  const allFiles = [...byLang.values()].flat()
  const findings = allFiles.length ? lintProse(root, allFiles, registry, parseReport) : []
  for (const [lang, files] of byLang) {
    const words = files.reduce((sum, file) => sum + countWords(proseOf(file, readFileSync(path.join(root, file), 'utf8'))), 0)
    sets.push({lang, files, words, findings: findings.filter((f) => files.includes(f.file))})
  }
  return sets
}
