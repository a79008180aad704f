/**
 * `--concurrency`: documents linted in worker threads (tinypool), each
 * worker set up with the run's configuration, plugins and registry
 * (`lint.ts`). Only the per-document work moves: the main thread reads the
 * files, restores each worker's result in the files' order (as it restores
 * a cached file) and runs the run-wide rules, so the report is the same as
 * a run on one thread (test/cli/concurrency.test.ts).
 *
 * Off by default, as in ESLint: each worker loads claimlint, the
 * configuration and the registry again (about 0.3 s and 60–90 MB each), so
 * it pays only on many files and costs memory. Measured in
 * docs/performance.md.
 */
import {existsSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {ClaimlintError} from '../errors.js'
import type {StoredFile} from '../cache/serialize.js'
import type {WorkerSetup, WorkerTask} from './lint.js'

/** Lints documents elsewhere; `LintOptions.pool`. */
export interface LintPool {
  lint(path: string, value: string): Promise<StoredFile>
  /** How many documents may be in flight at once. */
  readonly size: number
  close(): Promise<void>
}

/**
 * Where `npm run build` writes the worker: dist/lint-worker.mjs, found from
 * the bundle (dist/claimlint.mjs), the compiled module (dist/src/workers/)
 * or the source (src/workers/, under vitest and tsx).
 */
const workerPlaces = ['./lint-worker.mjs', '../../lint-worker.mjs', '../../dist/lint-worker.mjs']

function workerFile(): string {
  for (const place of workerPlaces) {
    const file = fileURLToPath(new URL(place, import.meta.url))
    if (existsSync(file)) return file
  }
  throw new ClaimlintError('Cannot find the worker of --concurrency (dist/lint-worker.mjs): run `npm run build`')
}

/**
 * The number of workers `--concurrency` asks for: a count, `auto` (one per
 * core, at most 8, and none for fewer than 50 files) or `off`.
 */
export function workerCount(value: string, files: number): number {
  if (value === 'off') return 0
  if (value === 'auto') return files < 50 ? 0 : Math.min(8, os.availableParallelism())
  if (!/^[1-9]\d*$/.test(value)) throw new ClaimlintError(`Unexpected --concurrency \`${value}\`, expected a number of workers, \`auto\` or \`off\``)
  return Number(value)
}

/** Start `threads` workers set up with `setup`; tinypool is loaded only then. */
export async function startPool(threads: number, setup: WorkerSetup): Promise<LintPool> {
  const {default: Tinypool} = await import('tinypool')
  const pool = new Tinypool({filename: workerFile(), minThreads: threads, maxThreads: threads, workerData: setup})
  return {
    size: threads,
    lint: (path, value) => pool.run({path, value} satisfies WorkerTask) as Promise<StoredFile>,
    close: () => pool.destroy()
  }
}
