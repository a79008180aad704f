/**
 * The command line: flags as data → engine → reporter → exit code.
 *
 * Exit codes: 0 when no finding is at error level, 1 when one is (or a file
 * could not be read), 2 on a usage or configuration error (an unknown flag, a
 * missing path, a malformed claims.yaml).
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {Lang} from './types.js'
import {LANGS} from './types.js'
import type {Severity} from './rule.js'
import type {Registry} from './registry/types.js'
import {ClaimlintError} from './errors.js'
import {loadRegistry} from './registry/load.js'
import {findRegistry} from './registry/find.js'
import {lintPaths, type LintOptions} from './engine.js'
import {lintStdin, stdinFilename} from './stdin.js'
import {getReporter} from './report/index.js'
import {toDate} from './pipeline/parse.js'
import {explain} from './explain.js'
import type {RulesConfig} from './pipeline/check.js'

export const usage = `Usage: claimlint [options] <paths...>
       claimlint [options] --stdin [--stdin-filename <path>]
       claimlint lsp

Check the claims of documents (.txt, .md, .html) against a claim registry and
against each other. Paths may be files, folders or globs.

Options:
  -r, --registry <file>   claim registry (default: nearest claims.yaml upwards)
      --no-registry       run without a registry (registry rules are skipped)
  -d, --date <YYYY-MM-DD> document date for documents that give none
      --no-infer-date     never infer an undated document's year from its text
  -l, --lang <en|es>      language for documents whose language is not detected
      --force-lang <lang> language for every document, skipping detection
  -f, --format <name>     report format: pretty (default), json
      --rule <id=setting> a rule's level (error, warning, info, off), JSON options,
                          or both: id='["warning",{...}]' (repeatable)
      --explain           print the claims of each sentence and their matches
      --stdin             lint standard input (also: \`-\` as the only path)
      --stdin-filename <path>
                          lint standard input as if it were this file: its
                          extension picks the parser, its folder the registry
  -q, --quiet             report only files with messages
      --verbose           show notes: registry values, sources and suggestions
      --color / --no-color
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no error-level finding, 1 error-level findings or unreadable
files, 2 usage or configuration error.`

/** Run the CLI; resolves to the exit code. Output goes to the given streams; `stdin` defaults to the process's. */
export async function main(
  argv: string[],
  io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; stdin?: NodeJS.ReadableStream} = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd()
  }
): Promise<number> {
  try {
    if (argv[0] === 'lsp') return await (await import('./lsp/main.js')).runLanguageServer(argv.slice(1), io)
    return await run(argv, io)
  } catch (error) {
    if (error instanceof ClaimlintError) {
      io.stderr.write(error.message.replace(/^/gm, 'claimlint: ').trimEnd() + '\n')
      return error.exitCode
    }

    throw error
  }
}

async function run(
  argv: string[],
  io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; stdin?: NodeJS.ReadableStream}
): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        registry: {type: 'string', short: 'r'},
        'no-registry': {type: 'boolean'},
        date: {type: 'string', short: 'd'},
        'no-infer-date': {type: 'boolean'},
        lang: {type: 'string', short: 'l'},
        'force-lang': {type: 'string'},
        format: {type: 'string', short: 'f', default: 'pretty'},
        rule: {type: 'string', multiple: true},
        explain: {type: 'boolean'},
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
  if (positionals.length === 0 && stdinName === undefined) throw new ClaimlintError('Missing paths to lint.\n' + usage)

  const lang = language(values.lang, '--lang')
  const forceLang = language(values['force-lang'], '--force-lang')
  if (values.date !== undefined && !toDate(values.date, 'option')) {
    throw new ClaimlintError(`Unexpected \`--date ${values.date}\`, expected a real date as \`YYYY-MM-DD\``)
  }
  const reporter = values.explain ? undefined : getReporter(values.format ?? 'pretty')
  const rules = ruleSettings(values.rule ?? [])

  let registry: Registry | undefined
  if (!values['no-registry']) {
    const from = stdinName === undefined ? io.cwd : path.dirname(path.resolve(io.cwd, stdinName))
    const file = values.registry ? path.resolve(io.cwd, values.registry) : findRegistry(from)
    if (file) registry = await loadRegistry(file)
  }

  const lint = stdinName === undefined ? (options: LintOptions) => lintPaths(positionals, options) : (options: LintOptions) => lintStdin(io, stdinName, options)
  const result = await lint({
    registry,
    date: values.date,
    lang,
    forceLang,
    rules,
    cwd: io.cwd,
    inferDate: !values['no-infer-date']
  })

  if (result.skipped.length > 0) {
    io.stderr.write(
      `claimlint: info: no claims.yaml found from ${io.cwd} upwards (use --registry); skipped ${result.skipped.map((id) => '`' + id + '`').join(', ')}\n`
    )
  }

  const missing = result.files.filter((file) => file.data.unreadable && file.messages[0]?.reason.startsWith('No '))

  if (values.explain) {
    io.stdout.write(explain(result))
  } else {
    const color = values['no-color'] ? false : values.color ?? (io.stdout as NodeJS.WriteStream).isTTY === true
    const output = reporter!(result.files, {
      color,
      quiet: values.quiet,
      verbose: values.verbose,
      tool: {name: 'claimlint', version: version()}
    })
    if (output) io.stdout.write(output.endsWith('\n') ? output : output + '\n')
  }

  if (missing.length > 0) return 2
  return hasErrors(result.files) ? 1 : 0
}

function hasErrors(files: VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true))
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
  const config: RulesConfig = {}
  const expected = '`<rule-id>=<error|warning|info|off>` or `<rule-id>=<JSON options>` or `<rule-id>=["<level>", <JSON options>]`'
  for (const value of values) {
    const match = /^([\w-]+)=(.+)$/s.exec(value)
    if (!match) throw new ClaimlintError(`Unexpected \`--rule ${value}\`, expected ${expected}`)
    const [, id, setting] = match
    if (/^(error|warning|info|off)$/.test(setting)) {
      config[id] = setting as Severity | 'off'
      continue
    }

    let parsed: unknown
    try {
      parsed = JSON.parse(setting)
    } catch (error) {
      throw new ClaimlintError(`Unexpected \`--rule ${value}\`: ${(error as Error).message}; expected ${expected}`)
    }

    if (isOptions(parsed)) {
      config[id] = [undefined, parsed]
    } else if (Array.isArray(parsed) && parsed.length >= 1 && parsed.length <= 2 && typeof parsed[0] === 'string' && (parsed[1] === undefined || isOptions(parsed[1]))) {
      config[id] = [parsed[0] as Severity | 'off', parsed[1] as Record<string, unknown> | undefined]
    } else {
      throw new ClaimlintError(`Unexpected \`--rule ${value}\`, expected ${expected}`)
    }
  }

  return config
}

function isOptions(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

let cachedVersion: string | undefined

export function version(): string {
  if (!cachedVersion) {
    const file = new URL('../../package.json', import.meta.url)
    const fallback = new URL('../package.json', import.meta.url)
    let source: string
    try {
      source = readFileSync(file, 'utf8')
    } catch {
      source = readFileSync(fallback, 'utf8')
    }
    cachedVersion = (JSON.parse(source) as {version: string}).version
  }

  return cachedVersion
}
