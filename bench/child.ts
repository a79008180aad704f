/**
 * A benchmark case in a child process of its own, so that its time and
 * peak resident memory (`maxRSS`, printed on exit by bench/rss.cjs) are its
 * own. Shared by bench/scale.ts and bench/targets.ts.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

export interface Timed {
  seconds: number
  status: number | null
  /** Peak resident memory in MB, when the child printed it. */
  peak: number | undefined
  stdout: string
  stderr: string
}

/** Run a Node script (`args`: its path and arguments) in a child process: wall seconds, exit status, peak memory, output. */
export function timed(args: string[], cwd = root): Timed {
  const start = process.hrtime.bigint()
  const run = spawnSync(process.execPath, ['--require', path.join(root, 'bench/rss.cjs'), ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 30})
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss = /claimlint-bench maxrss (\d+)/.exec(run.stderr)
  return {seconds, status: run.status, peak: rss ? Number(rss[1]) / 1024 : undefined, stdout: run.stdout, stderr: run.stderr}
}
