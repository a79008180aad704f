/**
 * The command line: flags as data → engine → reporter → exit code.
 *
 * Exit codes: 0 when no finding is at error level, 1 when one is (or a file
 * could not be read), 2 on a usage or configuration error (an unknown flag, a
 * missing path, a malformed claims.yaml) or an unexpected error, which is
 * printed as one line (its stack with `--debug`).
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {Lang} from './types.js'
import {LANGS} from './types.js'
import type {Severity} from './rule.js'
import bytes from 'bytes'
import {ClaimlintError, describeUnexpected} from './errors.js'
import {Settings} from './config/settings.js'
import {loadConfigPlugins} from './config/plugins.js'
import {rules as builtinRules} from '../rules/index.js'
import {toLevel} from './config/load.js'
import {lintPaths, type LintOptions} from './engine.js'
import {lintStdin, stdinFilename} from './stdin.js'
import {getReporter} from './report/index.js'
import {toDate} from './pipeline/parse.js'
import {runRegistryCommand} from './commands/registry.js'
import {changedLines, keepChanged} from './changed.js'
import {applyBaseline, pruneBaseline, readBaseline, readBaselineIfAny, toBaseline, writeBaseline} from './baseline.js'
import type {RulesConfig} from './pipeline/check.js'
import {isRecord} from './is-record.js'
import {LintCache} from './cache/store.js'
import {languageDataKey} from './spell/dictionary.js'
import {mergeClaims, parseShard, readClaimsFiles, writeClaimsFile, type ClaimsEntry} from './cache/shards.js'

export const usage = `Usage: claimlint [options] <paths...>
       claimlint [options] --stdin [--stdin-filename <path>]
       claimlint registry check [registries...]
       claimlint lsp

Check the claims of documents (.txt, .md, .html) against a claim registry and
against each other. Paths may be files, folders or globs.

Options:
  -r, --registry <file>   claim registry (default: from .claimlintrc, else the
                          nearest claims.yaml from each document's folder up)
  -c, --config <file>     configuration file for every document
      --no-config         no configuration file (default: nearest .claimlintrc)
      --print-config <path>  print the settings for that document and exit
      --ignore-path <file>   gitignore-style file of paths to skip
      --ignore-pattern <p>   a gitignore-style pattern of paths to skip (repeatable)
      --no-registry       run without a registry (registry rules are skipped)
  -d, --date <YYYY-MM-DD> document date for documents that give none
      --no-infer-date     never infer an undated document's year from its text
  -l, --lang <en|es|fr>   language for documents whose language is not detected
      --force-lang <lang> language for every document, skipping detection
  -f, --format <name>     report format: pretty (default), json, sarif, github,
                          html (a review page for editors), explain
      --rule <id=setting> a rule's level (error, warning, info, off), JSON options,
                          or both: id='["warning",{...}]' (repeatable)
      --explain           print the claims of each sentence and their matches
                          (the same as --format explain)
      --baseline <file>   count only findings this baseline does not accept
      --baseline-write <file>  accept every finding of this run in a baseline
      --baseline-prune    with --baseline: drop entries that match nothing
      --changed-since <ref>  report only findings on lines changed since a git ref
      --no-report-unused-disable-directives  accept claimlint-disable comments
                          that suppress nothing (reported as warnings by default)
      --max-file-size <n> skip files larger than n bytes, or 500KB, 10MB, ...
                          (default: 10MB)
      --file-timeout <ms> give up on a file after this long (default: 60000)
      --follow-symlinks   follow links that lead outside the folders given
      --cache             lint only files that changed since the last --cache run
                          (the run-wide rules still see every file)
      --cache-location <file>  where the cache is kept (default: .claimlintcache)
      --shard <i/n>       lint only shard i of n (a stable share of the files,
                          by path), for CI matrices
      --claims-out <file> write what each file gave, for \`claimlint merge\`
      --debug             print the stack of an unexpected error
      --stdin             lint standard input (also: \`-\` as the only path)
      --stdin-filename <path>
                          lint standard input as if it were this file: its
                          extension picks the parser, its folder the
                          configuration and registry
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when more than n warnings are reported
      --frail             exit 1 on warnings too (same as --max-warnings 0)
  -o, --output-file <file>  write the report to a file instead of stdout
      --verbose           show notes: registry values, sources and suggestions
      --color / --no-color
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no error-level finding, 1 error-level findings or files that
could not be linted, 2 usage or configuration error, or an unexpected error.`

/** Run the CLI; resolves to the exit code. Output goes to the given streams; `stdin` defaults to the process's. */
export async function main(
  argv: string[],
  io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; stdin?: NodeJS.ReadableStream} = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd()
  }
): Promise<number> {
  const stage: Stage = {doing: 'starting'}
  try {
    if (argv[0] === 'registry') return await runRegistryCommand(argv.slice(1), io)
    if (argv[0] === 'merge') return await run(argv.slice(1), io, stage, true)
    if (argv[0] === 'lsp') return await (await import('./lsp/main.js')).runLanguageServer(argv.slice(1), io)
    return await run(argv, io, stage)
  } catch (error) {
    if (error instanceof ClaimlintError) {
      io.stderr.write(error.message.replace(/^/gm, 'claimlint: ').trimEnd() + '\n')
      return error.exitCode
    }

    const debug = argv.includes('--debug')
    io.stderr.write(`claimlint: ${describeUnexpected(error, stage.doing)}${debug ? '' : ' (--debug shows the stack)'}\n`)
    if (debug) io.stderr.write(String((error as Error)?.stack ?? error) + '\n')
    return 2
  }
}

/** What the run was doing, for the one line an unexpected error prints. */
interface Stage {
  doing: string
}

/**
 * Run the CLI as a process: exit code on `process.exitCode`, and a reader
 * that goes away (`claimlint … | head -1`) ends the output quietly, as Unix
 * tools do, instead of an EPIPE stack trace.
 */
export async function runProcess(argv: string[]): Promise<void> {
  const onError = (error: NodeJS.ErrnoException) => {
    // The reader is gone: nothing more can be shown, and nobody to show it to.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return
    process.stderr.write(`claimlint: ${describeUnexpected(error, 'writing the report')}\n`)
    process.exitCode = 2
  }
  process.stdout.on('error', onError)
  process.stderr.on('error', onError)
  // Whatever escapes `main` (an error thrown from a callback) is one line too.
  const onUncaught = (error: unknown) => {
    const debug = argv.includes('--debug')
    process.stderr.write(`claimlint: ${describeUnexpected(error, 'running')}${debug ? '' : ' (--debug shows the stack)'}\n`)
    if (debug) process.stderr.write(String((error as Error)?.stack ?? error) + '\n')
    process.exit(2)
  }
  process.on('uncaughtException', onUncaught)
  process.on('unhandledRejection', onUncaught)

  const code = await main(argv)
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
}

async function run(
  argv: string[],
  io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; stdin?: NodeJS.ReadableStream},
  stage: Stage,
  merging = false
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        registry: {type: 'string', short: 'r'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        'print-config': {type: 'string'},
        'ignore-path': {type: 'string'},
        'ignore-pattern': {type: 'string', multiple: true},
        'no-registry': {type: 'boolean'},
        date: {type: 'string', short: 'd'},
        'no-infer-date': {type: 'boolean'},
        lang: {type: 'string', short: 'l'},
        'force-lang': {type: 'string'},
        format: {type: 'string', short: 'f', default: 'pretty'},
        rule: {type: 'string', multiple: true},
        explain: {type: 'boolean'},
        baseline: {type: 'string'},
        'baseline-write': {type: 'string'},
        'baseline-prune': {type: 'boolean'},
        'output-file': {type: 'string', short: 'o'},
        'max-warnings': {type: 'string'},
        frail: {type: 'boolean'},
        'no-report-unused-disable-directives': {type: 'boolean'},
        'changed-since': {type: 'string'},
        'max-file-size': {type: 'string'},
        'file-timeout': {type: 'string'},
        'follow-symlinks': {type: 'boolean'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        shard: {type: 'string'},
        'claims-out': {type: 'string'},
        debug: {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        verbose: {type: 'boolean'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        stdin: {type: 'boolean'},
        'stdin-filename': {type: 'string'}
      }
    })
  } catch (error) {
    throw new ClaimlintError(`${(error as Error).message}\nRun \`claimlint --help\` for usage.`)
  }

  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(usage + '\n')
    return 0
  }
  if (values.version) {
    io.stdout.write(version() + '\n')
    return 0
  }
  const stdinName = stdinFilename(values.stdin, values['stdin-filename'], positionals)
  const lang = language(values.lang, '--lang')
  const forceLang = language(values['force-lang'], '--force-lang')
  if (values.date !== undefined && !toDate(values.date, 'option')) {
    throw new ClaimlintError(`Unexpected \`--date ${values.date}\`, expected a real date as \`YYYY-MM-DD\``)
  }
  const format = values.explain ? 'explain' : values.format ?? 'pretty'
  const reporter = getReporter(format)
  const maxWarnings = values.frail ? 0 : values['max-warnings'] === undefined ? Infinity : count(values['max-warnings'], '--max-warnings')
  if (values['baseline-prune'] && values.baseline === undefined) {
    throw new ClaimlintError('Unexpected `--baseline-prune` without `--baseline <file>`, expected the baseline to prune')
  }
  if (values.baseline !== undefined && values['baseline-write'] !== undefined) {
    throw new ClaimlintError('Unexpected `--baseline` with `--baseline-write`, expected one of them')
  }
  const rules = ruleSettings(values.rule ?? [])
  const maxFileSize = fileSize(values['max-file-size'])

  stage.doing = 'reading the configuration'
  const plugins = await loadConfigPlugins({cwd: io.cwd, config: values.config, noConfig: values['no-config']}, builtinRules)
  const ruleSet = plugins.rules.length > 0 ? [...builtinRules, ...plugins.rules] : builtinRules
  const traces = format === 'explain' || format === 'html'
  // --explain and the review page read every document's claims, which the cache does not keep.
  const cache = values.cache && stdinName === undefined && !traces ? new LintCache(path.resolve(io.cwd, values['cache-location'] ?? '.claimlintcache'), `${version()}+${languageDataKey()}`) : undefined
  if (cache?.problem) io.stderr.write(`claimlint: ${cache.problem}\n`)
  const settings = new Settings({
    cwd: io.cwd,
    registryStore: cache?.registries,
    config: values.config,
    noConfig: values['no-config'],
    registry: values.registry,
    noRegistry: values['no-registry'],
    rules,
    lang,
    forceLang,
    date: values.date,
    noInferDate: values['no-infer-date'],
    ignore: [...(values['ignore-path'] ? readIgnoreFile(path.resolve(io.cwd, values['ignore-path'])) : []), ...(values['ignore-pattern'] ?? [])],
    plugins: plugins.files
  }, ruleSet)

  if (values['print-config'] !== undefined) {
    const {registry: _loaded, ...shown} = settings.resolve(values['print-config'])
    io.stdout.write(JSON.stringify(shown, null, 2) + '\n')
    return 0
  }
  if (positionals.length === 0 && stdinName === undefined) throw new ClaimlintError(merging ? 'Missing claims files to merge.\n' + usage : 'Missing paths to lint.\n' + usage)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  const shardFiles: ClaimsEntry[] = []

  stage.doing = stdinName === undefined ? `linting ${positionals.join(' ')}` : `linting standard input as ${stdinName}`
  const lint = (options: LintOptions) => (stdinName === undefined ? lintPaths(positionals, options) : lintStdin(io, stdinName, options))
  const options: LintOptions = {
    cwd: io.cwd,
    maxFileSize,
    fileTimeout: values['file-timeout'] === undefined ? undefined : count(values['file-timeout'], '--file-timeout'),
    followSymlinks: values['follow-symlinks'] === true,
    settingsFor: (file) => settings.resolve(file),
    ruleSet,
    reportUnusedDirectives: !values['no-report-unused-disable-directives'],
    // Only --explain and the review page read each document's claims; other runs keep what the run rules need.
    traces,
    cache,
    shard,
    record: values['claims-out'] === undefined ? undefined : (file, stored) => shardFiles.push({path: file.path, value: String(file.value), stored})
  }
  const result = merging ? mergeClaims(readClaimsFiles(positionals, io.cwd), options) : await lint(options)
  if (values['claims-out'] !== undefined) writeClaimsFile(path.resolve(io.cwd, values['claims-out']), shardFiles, version())
  if (cache) {
    cache.keepOnly(new Set(result.files.map((file) => file.path)))
    try {
      cache.save()
    } catch (error) {
      io.stderr.write(`claimlint: Cannot write the cache ${cache.location}: ${(error as Error).message}\n`)
    }
  }

  useBaseline(result.files, values, io)
  if (values['changed-since'] !== undefined) keepChanged(result.files, changedLines(values['changed-since'], io.cwd), io.cwd)

  const missing = result.files.filter((file) => file.data.notFound)
  stage.doing = 'reporting'

  const color = values['output-file'] || values['no-color'] ? false : values.color ?? (io.stdout as NodeJS.WriteStream).isTTY === true
  let output = reporter(result.files, {
    color,
    quiet: values.quiet,
    verbose: values.verbose,
    tool: {name: 'claimlint', version: version()},
    cwd: io.cwd,
    traces: result.traces
  })
  if (output && !output.endsWith('\n')) output += '\n'
  if (values['output-file']) writeOutput(path.resolve(io.cwd, values['output-file']), output)
  else if (output) io.stdout.write(output)

  if (missing.length > 0) return 2
  const {errors, warnings} = countCounted(result.files)
  return errors > 0 || warnings > maxWarnings ? 1 : 0
}

/**
 * Write (`--baseline-write`) or apply (`--baseline`, `--baseline-prune`) the
 * baseline, and say on standard error what it accepted and which entries
 * match nothing any more, so a green run never hides accepted findings.
 */
function useBaseline(
  files: VFile[],
  values: {baseline?: string; 'baseline-write'?: string; 'baseline-prune'?: boolean},
  io: {stderr: NodeJS.WritableStream; cwd: string}
): void {
  const given = values['baseline-write'] ?? values.baseline
  if (given === undefined) return
  const file = path.resolve(io.cwd, given)
  const shown = path.relative(io.cwd, file) || file
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

  if (values['baseline-write'] !== undefined) {
    const baseline = toBaseline(files, file, io.cwd, readBaselineIfAny(file))
    writeBaseline(file, baseline)
    applyBaseline(files, baseline, file, io.cwd)
    const total = Object.values(baseline.files).reduce((sum, entries) => sum + entries.length, 0)
    io.stderr.write(`claimlint: info: wrote ${plural(total, 'finding', 'findings')} to baseline \`${shown}\`\n`)
    return
  }

  const baseline = readBaseline(file)
  const {suppressed, unused} = applyBaseline(files, baseline, file, io.cwd)
  if (suppressed > 0) io.stderr.write(`claimlint: info: ${plural(suppressed, 'finding', 'findings')} accepted by baseline \`${shown}\`\n`)
  if (unused.length === 0) return
  if (values['baseline-prune']) {
    writeBaseline(file, pruneBaseline(baseline, unused))
    io.stderr.write(`claimlint: info: pruned ${plural(unused.length, 'entry', 'entries')} that matched nothing from baseline \`${shown}\`\n`)
    return
  }
  io.stderr.write(
    `claimlint: info: ${plural(unused.length, 'entry', 'entries')} of baseline \`${shown}\` no longer ${unused.length === 1 ? 'matches' : 'match'} a finding (fixed, rewritten or renamed; \`--baseline-prune\` drops them):\n` +
      unused.map(({path: name, entry}) => `claimlint: info:   ${name}: ${entry.ruleId}: ${entry.message}\n`).join('')
  )
}

/** Errors and warnings that count for the exit code: not suppressed, not info. */
function countCounted(files: VFile[]): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.claimlint?.suppressions?.length) continue
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {errors, warnings}
}

function count(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new ClaimlintError(`Unexpected \`${flag} ${value}\`, expected a whole number of at least 0`)
  return Number(value)
}

function readIgnoreFile(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)
  } catch (error) {
    throw new ClaimlintError(`Cannot read \`--ignore-path ${file}\`: ${(error as Error).message}`)
  }
}

function writeOutput(file: string, output: string): void {
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, output)
  } catch (error) {
    throw new ClaimlintError(`Cannot write \`--output-file ${file}\`: ${(error as Error).message}`)
  }
}

function language(value: string | undefined, flag: string): Lang | undefined {
  if (value === undefined) return undefined
  if (!LANGS.includes(value as Lang)) {
    throw new ClaimlintError(`Unexpected \`${flag} ${value}\`, expected one of ${LANGS.map((l) => '`' + l + '`').join(', ')}`)
  }

  return value as Lang
}

/**
 * `--rule` values, ESLint style: `id=level`, or `id=` followed by JSON: the
 * options alone (`currency-conversion={"tolerance":0.1}`) or a level and
 * options (`currency-conversion=["error",{"tolerance":0.1}]`). Options are
 * validated against the rule's schema by the check step.
 */
function ruleSettings(values: string[]): RulesConfig {
  // No prototype: `--rule __proto__=off` is a key like any other, and an unknown rule.
  const config: RulesConfig = Object.create(null) as RulesConfig
  const expected = '`<rule-id>=<error|warn|info|off|0|1|2>` or `<rule-id>=<JSON options>` or `<rule-id>=["<level>", <JSON options>]`'
  for (const value of values) {
    const match = /^([\w-]+)=(.+)$/s.exec(value)
    if (!match) throw new ClaimlintError(`Unexpected \`--rule ${value}\`, expected ${expected}`)
    const [, id, setting] = match
    if (/^(error|warning|warn|info|off|0|1|2)$/.test(setting)) {
      config[id] = toLevel(/^\d$/.test(setting) ? (Number(setting) as 0 | 1 | 2) : (setting as 'off'))
      continue
    }

    let parsed: unknown
    try {
      parsed = JSON.parse(setting)
    } catch (error) {
      throw new ClaimlintError(`Unexpected \`--rule ${value}\`: ${(error as Error).message}; expected ${expected}`)
    }

    if (isRecord(parsed)) {
      config[id] = [undefined, parsed]
    } else if (Array.isArray(parsed) && parsed.length >= 1 && parsed.length <= 2 && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') && (parsed[1] === undefined || isRecord(parsed[1]))) {
      const level = ['warn', 0, 1, 2].includes(parsed[0]) ? toLevel(parsed[0] as 'warn') : (parsed[0] as Severity | 'off')
      config[id] = [level, parsed[1] as Record<string, unknown> | undefined]
    } else {
      throw new ClaimlintError(`Unexpected \`--rule ${value}\`, expected ${expected}`)
    }
  }

  return config
}

/** `--max-file-size`: a positive whole number of bytes, or with a unit as the `bytes` package reads it (`500KB`, `10MB`). */
function fileSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  // `bytes` alone reads `10 parsecs` as 10 and `1.5` as 1: only its own units pass.
  const size = /^\d+$/.test(value) ? Number(value) : /^\d+(?:\.\d+)?\s*[kmgtp]?b$/i.test(value) ? bytes.parse(value) : null
  if (size === null || !Number.isSafeInteger(size) || size <= 0) {
    throw new ClaimlintError(`Unexpected \`--max-file-size ${value}\`, expected a positive number of bytes, or one with a unit such as \`500KB\` or \`10MB\``)
  }

  return size
}


let cachedVersion: string | undefined

/** claimlint's version, from its package.json: two folders up from dist/src/cli.js, one from the bundled dist/claimlint.mjs. */
export function version(): string {
  if (!cachedVersion) {
    for (const place of ['../../package.json', '../package.json']) {
      try {
        const found = JSON.parse(readFileSync(new URL(place, import.meta.url), 'utf8')) as {name?: string; version?: string}
        if (found.name === 'claimlint' && found.version) {
          cachedVersion = found.version
          break
        }
      } catch {
        // Not there: try the next place.
      }
    }
  }

  if (!cachedVersion) throw new ClaimlintError('Cannot find the package.json of this claimlint install')
  return cachedVersion
}
