/**
 * The worker of `--concurrency` (see `pool.ts`): lints one file at a time
 * with the same configuration, plugins and registry as the main thread,
 * and returns what the file gave in the form the cache and `claimlint
 * merge` store (`StoredFile`). The main thread restores it as it restores
 * a cached file, in the files' order, and runs the run-wide rules itself.
 *
 * Built by `npm run build` into dist/lint-worker.mjs (scripts/bundle.mjs).
 */
import Tinypool from 'tinypool'
import {VFile} from 'vfile'
import {LintRun} from '../engine.js'
import {Settings, type CommandLineSettings} from '../config/settings.js'
import {loadConfigPlugins} from '../config/plugins.js'
import {rules as builtinRules} from '../../rules/index.js'
import type {StoredFile} from '../cache/serialize.js'

/** What each worker is started with: the run's settings, all plain data. */
export interface WorkerSetup {
  settings: Omit<CommandLineSettings, 'registryStore'>
  fileTimeout?: number
  reportUnusedDirectives?: boolean
}

/** One file to lint: its path as the run names it and its text. */
export interface WorkerTask {
  path: string
  value: string
}

const setup = Tinypool.workerData as WorkerSetup
const plugins = await loadConfigPlugins({cwd: setup.settings.cwd, config: setup.settings.config, noConfig: setup.settings.noConfig}, builtinRules)
const ruleSet = plugins.rules.length > 0 ? [...builtinRules, ...plugins.rules] : builtinRules
const settings = new Settings(setup.settings, ruleSet)

/** Lint one file; its messages, directives and kept claims as the cache stores them. */
export default function lint(task: WorkerTask): StoredFile {
  let stored: StoredFile | undefined
  const run = new LintRun({
    cwd: setup.settings.cwd,
    fileTimeout: setup.fileTimeout,
    reportUnusedDirectives: setup.reportUnusedDirectives,
    settingsFor: (file) => settings.resolve(file),
    ruleSet,
    traces: false,
    record: (_file, recorded) => {
      stored = recorded
    }
  })
  run.add(new VFile({path: task.path, value: task.value}))
  return stored!
}
