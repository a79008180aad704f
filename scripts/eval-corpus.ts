/**
 * `npm run eval:corpus`: scores claimlint on the annotated corpus of
 * test/corpus/ (format in test/corpus/README.md).
 *
 * Lints every annotated article in one run through the CLI's versioned JSON
 * report (docs/json-format.md; the CLI rather than the internal API, so that
 * the corpus is scored exactly as a user's run would be), then matches the
 * findings to the annotations by file and line:
 *
 * - a planted contradiction is found when a finding at error or warning
 *   level starts on its line with one of its accepted rule ids;
 * - a false alarm is an error or warning on a line annotated silent;
 * - an unexpected finding is an error or warning on a line not annotated
 *   at all (counted apart: the line may hold a claim nobody annotated);
 * - other error or warning findings on a planted line are listed, not
 *   counted.
 *
 * Prints recall (found / planted) and false alarms per 100 silent claim
 * lines (every finding counts, so a line flagged by two rules counts twice;
 * the number of distinct lines is printed too), overall, by rule and by
 * language, then every miss, false alarm
 * and unexpected finding. `--min-recall 0.9 --max-false 0.5` exit 1 under
 * those targets; without them the script only reports.
 *
 * Then the real-prose set of test/prose/ (see scripts/prose.ts): findings
 * per 10,000 words, each with its reviewed verdict; an unreviewed finding or
 * an error judged wrong fails the run, and `--max-prose 1` fails it over one
 * false alarm per 10,000 words.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parse as parseYaml} from 'yaml'
import {formatProse, parseVerdicts, proseFailures, readProse} from './prose.js'

export type Lang = 'en' | 'es'

export interface Planted {
  line: number
  text: string
  figure: string
  rules: string[]
  why: string
}

export interface Silent {
  line: number
  text: string
  why: string
}

export interface Article {
  /** Path of the article, relative to the working directory, `/`-separated. */
  file: string
  lang: Lang
  planted: Planted[]
  silent: Silent[]
}

export interface Finding {
  file: string
  line: number
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
}

export interface Miss {
  article: Article
  planted: Planted
  /** Error or warning findings on the line under other rules. */
  others: Finding[]
}

export interface Scores {
  planted: number
  found: number
  silent: number
  falseAlarms: number
  unexpected: number
}

export interface Evaluation {
  overall: Scores
  byRule: Map<string, Scores>
  byLang: Map<Lang, Scores>
  misses: Miss[]
  falseAlarms: {finding: Finding; silent: Silent}[]
  unexpected: Finding[]
  onPlantedLines: Finding[]
}

const articleExtensions = ['md', 'markdown', 'txt', 'html', 'htm']

/** The language of an article from its file name: `name.en.md`, `name.es.txt`. */
export function langOf(file: string): Lang {
  const match = /\.(en|es)\.[a-z]+$/.exec(file)
  if (!match) throw new Error(`${file}: expected a language in the file name, as in \`name.en.md\` or \`name.es.txt\``)
  return match[1] as Lang
}

function asRules(value: unknown, where: string): string[] {
  const list = Array.isArray(value) ? value : [value]
  if (list.length === 0 || !list.every((v) => typeof v === 'string' && /^[a-z-]+$/.test(v))) {
    throw new Error(`${where}: expected \`rule\` to be a rule id or a list of rule ids`)
  }
  return list as string[]
}

function asLine(value: unknown, where: string, lines: string[], text: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > lines.length) {
    throw new Error(`${where}: expected \`line\` to be a line of the article (1-${lines.length}), found \`${String(value)}\``)
  }
  if (!lines[value - 1].includes(text)) {
    throw new Error(`${where}: expected \`${text}\` on line ${value}, found \`${lines[value - 1].trim()}\``)
  }
  return value
}

/**
 * Reads one annotation file's YAML against its article's text. Throws on an
 * entry whose `text` is not on its `line`, on a missing field, and on a line
 * annotated both planted and silent.
 */
export function parseAnnotations(file: string, yamlText: string, articleText: string): Article {
  const data = (parseYaml(yamlText) ?? {}) as {planted?: unknown[]; silent?: unknown[]}
  const lines = articleText.split(/\r?\n/)
  const entry = (raw: unknown, index: number, section: string): Record<string, unknown> => {
    if (raw === null || typeof raw !== 'object') throw new Error(`${file}.annotations.yaml: ${section}[${index}] is not a mapping`)
    const record = raw as Record<string, unknown>
    for (const key of ['text', 'why']) {
      if (typeof record[key] !== 'string' || record[key] === '') {
        throw new Error(`${file}.annotations.yaml: ${section}[${index}]: missing \`${key}\``)
      }
    }
    return record
  }
  const planted = (data.planted ?? []).map((raw, i): Planted => {
    const r = entry(raw, i, 'planted')
    const where = `${file}.annotations.yaml: planted[${i}]`
    const text = r.text as string
    const figure = typeof r.figure === 'string' ? r.figure : text
    if (!text.includes(figure) && !lines[Number(r.line) - 1]?.includes(figure)) {
      throw new Error(`${where}: expected the figure \`${figure}\` on its line`)
    }
    return {line: asLine(r.line, where, lines, text), text, figure, rules: asRules(r.rule, where), why: r.why as string}
  })
  const silent = (data.silent ?? []).map((raw, i): Silent => {
    const r = entry(raw, i, 'silent')
    const where = `${file}.annotations.yaml: silent[${i}]`
    return {line: asLine(r.line, where, lines, r.text as string), text: r.text as string, why: r.why as string}
  })
  const plantedLines = new Set(planted.map((p) => p.line))
  const both = silent.find((s) => plantedLines.has(s.line))
  if (both) throw new Error(`${file}.annotations.yaml: line ${both.line} is annotated both planted and silent`)
  const seen = new Set<number>()
  for (const s of silent) {
    if (seen.has(s.line)) throw new Error(`${file}.annotations.yaml: line ${s.line} is annotated silent twice`)
    seen.add(s.line)
  }
  return {file, lang: langOf(file), planted, silent}
}

function emptyScores(): Scores {
  return {planted: 0, found: 0, silent: 0, falseAlarms: 0, unexpected: 0}
}

function bump<K>(map: Map<K, Scores>, key: K, field: keyof Scores): void {
  const scores = map.get(key) ?? emptyScores()
  scores[field]++
  map.set(key, scores)
}

/** Matches findings to annotations by file and line (and rule id for planted lines). */
export function evaluate(articles: Article[], findings: Finding[]): Evaluation {
  const result: Evaluation = {
    overall: emptyScores(),
    byRule: new Map(),
    byLang: new Map(),
    misses: [],
    falseAlarms: [],
    unexpected: [],
    onPlantedLines: []
  }
  const loud = findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
  const byFile = new Map<string, Finding[]>()
  for (const f of loud) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
  const annotated = new Set(articles.map((a) => a.file))
  for (const f of loud) {
    if (!annotated.has(f.file)) {
      result.unexpected.push(f)
      result.overall.unexpected++
      bump(result.byRule, f.ruleId, 'unexpected')
    }
  }
  for (const article of articles) {
    const own = byFile.get(article.file) ?? []
    for (const p of article.planted) {
      const onLine = own.filter((f) => f.line === p.line)
      const hit = onLine.some((f) => p.rules.includes(f.ruleId))
      result.overall.planted++
      bump(result.byRule, p.rules[0], 'planted')
      bump(result.byLang, article.lang, 'planted')
      if (hit) {
        result.overall.found++
        bump(result.byRule, p.rules[0], 'found')
        bump(result.byLang, article.lang, 'found')
      } else {
        result.misses.push({article, planted: p, others: onLine})
      }
    }
    result.overall.silent += article.silent.length
    for (let i = 0; i < article.silent.length; i++) bump(result.byLang, article.lang, 'silent')
    const plantedLines = new Map(article.planted.map((p) => [p.line, p]))
    const silentLines = new Map(article.silent.map((s) => [s.line, s]))
    for (const f of own) {
      const planted = plantedLines.get(f.line)
      const silent = silentLines.get(f.line)
      if (planted) {
        const plantedOnLine = article.planted.filter((p) => p.line === f.line)
        if (!plantedOnLine.some((p) => p.rules.includes(f.ruleId))) result.onPlantedLines.push(f)
      } else if (silent) {
        result.falseAlarms.push({finding: f, silent})
        result.overall.falseAlarms++
        bump(result.byRule, f.ruleId, 'falseAlarms')
        bump(result.byLang, article.lang, 'falseAlarms')
      } else {
        result.unexpected.push(f)
        result.overall.unexpected++
        bump(result.byRule, f.ruleId, 'unexpected')
        bump(result.byLang, article.lang, 'unexpected')
      }
    }
  }
  return result
}

/** Recall as a fraction, 1 when nothing was planted. */
export function recall(s: Scores): number {
  return s.planted === 0 ? 1 : s.found / s.planted
}

/** False alarms per 100 silent claim lines, 0 when none are annotated. */
export function falsePer100(s: Scores, silent: number): number {
  return silent === 0 ? 0 : (100 * s.falseAlarms) / silent
}

/** Reads claimlint's JSON report (major version 1) into findings. */
export function findingsFromJson(json: string): Finding[] {
  const report = JSON.parse(json) as {
    version: string
    files: {path: string; messages: {ruleId: string | null; severity: Finding['severity']; message: string; start: {line: number} | null}[]}[]
  }
  if (!/^1\./.test(report.version)) throw new Error(`Unexpected JSON report version \`${report.version}\`, expected 1.x`)
  return report.files.flatMap((file) =>
    file.messages.map((m) => ({
      file: file.path.split(path.sep).join('/'),
      line: m.start?.line ?? 0,
      ruleId: m.ruleId ?? 'unknown',
      severity: m.severity,
      message: m.message
    }))
  )
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`
}

/** The printed report. */
export function formatReport(e: Evaluation): string {
  const out: string[] = []
  const o = e.overall
  out.push(`Planted contradictions found: ${o.found}/${o.planted} (recall ${pct(recall(o))})`)
  const lines = new Set(e.falseAlarms.map(({finding: f}) => `${f.file}:${f.line}`)).size
  out.push(`False alarms: ${o.falseAlarms} on ${o.silent} silent claim lines (${falsePer100(o, o.silent).toFixed(2)} per 100), on ${lines} distinct lines`)
  out.push(`Unexpected findings (on lines not annotated): ${o.unexpected}`)
  out.push(`Other findings on planted lines: ${e.onPlantedLines.length}`)
  out.push('')
  out.push('By rule (planted counted under their first accepted rule; false alarms and unexpected under the finding\'s rule):')
  out.push('  rule                  found/planted  recall   false  unexpected')
  for (const [rule, s] of [...e.byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${rule.padEnd(22)}${`${s.found}/${s.planted}`.padStart(13)}  ${(s.planted ? pct(recall(s)) : '-').padStart(6)}  ${String(s.falseAlarms).padStart(6)}  ${String(s.unexpected).padStart(10)}`)
  }
  out.push('')
  out.push('By language:')
  for (const [lang, s] of [...e.byLang].sort((a, b) => a[0].localeCompare(b[0]))) {
    out.push(`  ${lang}: found ${s.found}/${s.planted} (recall ${pct(recall(s))}), false alarms ${s.falseAlarms} on ${s.silent} silent lines (${falsePer100(s, s.silent).toFixed(2)} per 100), unexpected ${s.unexpected}`)
  }
  out.push('')
  out.push(`Misses (${e.misses.length}):`)
  for (const m of e.misses) {
    const others = m.others.length ? ` [found instead: ${m.others.map((f) => `${f.ruleId}: ${f.message}`).join('; ')}]` : ''
    out.push(`  ${m.article.file}:${m.planted.line} ${m.planted.rules.join('|')} \`${m.planted.figure}\`: ${m.planted.why}${others}`)
  }
  out.push('')
  out.push(`False alarms (${e.falseAlarms.length}):`)
  for (const {finding: f, silent} of e.falseAlarms) {
    out.push(`  ${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message} (silent because: ${silent.why})`)
  }
  out.push('')
  out.push(`Unexpected (${e.unexpected.length}):`)
  for (const f of e.unexpected) out.push(`  ${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`)
  if (e.onPlantedLines.length) {
    out.push('')
    out.push(`Other findings on planted lines (${e.onPlantedLines.length}):`)
    for (const f of e.onPlantedLines) out.push(`  ${f.file}:${f.line} ${f.severity} ${f.ruleId}: ${f.message}`)
  }
  return out.join('\n')
}

function option(args: string[], name: string): number | undefined {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const value = Number(args[i + 1])
  if (!Number.isFinite(value)) throw new Error(`Expected a number after ${name}, found \`${args[i + 1]}\``)
  return value
}

function main(): void {
  const args = process.argv.slice(2)
  const minRecall = option(args, '--min-recall')
  const maxFalse = option(args, '--max-false')
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
  const corpus = 'test/corpus'
  const articleFiles = (readdirSync(path.join(root, corpus), {recursive: true}) as string[])
    .map((f) => `${corpus}/${f.split(path.sep).join('/')}`)
    .filter((f) => articleExtensions.some((ext) => f.endsWith('.' + ext)) && path.basename(f) !== 'README.md' && !f.includes('/tools/'))
    .sort()
  const missing = articleFiles.filter((f) => !existsSync(path.join(root, `${f}.annotations.yaml`)))
  if (missing.length) throw new Error(`Articles without annotations: ${missing.join(', ')}`)
  const articles = articleFiles.map((f) =>
    parseAnnotations(f, readFileSync(path.join(root, `${f}.annotations.yaml`), 'utf8'), readFileSync(path.join(root, f), 'utf8'))
  )
  const run = spawnSync(process.execPath, ['bin/claimlint.js', '--format', 'json', '--registry', `${corpus}/claims.yaml`, ...articleFiles], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.status === 2 || !run.stdout) {
    throw new Error(`claimlint failed (exit ${run.status}): ${run.stderr}`)
  }
  const e = evaluate(articles, findingsFromJson(run.stdout))
  console.log(`Corpus: ${articles.length} articles (${articles.filter((a) => a.lang === 'en').length} en, ${articles.filter((a) => a.lang === 'es').length} es)`)
  console.log(formatReport(e))
  const r = recall(e.overall)
  const f = falsePer100(e.overall, e.overall.silent)
  const failures: string[] = []
  if (minRecall !== undefined && r < minRecall) failures.push(`recall ${r.toFixed(3)} is under ${minRecall}`)
  if (maxFalse !== undefined && f > maxFalse) failures.push(`${f.toFixed(2)} false alarms per 100 is over ${maxFalse}`)
  // The real-prose precision set (scripts/prose.ts).
  const reviewed = path.join(root, 'test/prose/reviewed.yaml')
  const verdicts = existsSync(reviewed) ? parseVerdicts('test/prose/reviewed.yaml', readFileSync(reviewed, 'utf8')) : []
  const prose = readProse(root, 'test/prose', 'claims.yaml', findingsFromJson)
  console.log(formatProse(prose, verdicts))
  failures.push(...proseFailures(prose, verdicts, option(args, '--max-prose')))
  if (failures.length) {
    console.log(`\nBelow target: ${failures.join('; ')}`)
    process.exitCode = 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    main()
  } catch (error) {
    console.error(`eval-corpus: ${(error as Error).message}`)
    process.exitCode = 2
  }
}
