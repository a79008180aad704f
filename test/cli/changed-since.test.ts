import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from './run.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

const cli = async (args: string[]): Promise<Run> => runCli(['--no-color', ...args], dir)

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', '-c', 'init.defaultBranch=main', ...args], {cwd: dir, stdio: 'pipe'})

const anniversary = (year: number) => `The year ${year} also marks the 50th anniversary of diplomatic ties between Vietnam and Japan.\n`

let dir: string

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-changed-'))
  fs.copyFileSync(path.join(root, 'test/fixtures/rules/claims.yaml'), path.join(dir, 'claims.yaml'))
  fs.writeFileSync(path.join(dir, 'old.en.txt'), 'Tokyo, Tuesday.\n\n' + anniversary(2022))
  fs.writeFileSync(path.join(dir, 'edited.en.txt'), 'Tokyo, Tuesday.\n\n' + anniversary(2021) + '\nMore news.\n')
  git('init', '-q')
  git('add', '.')
  git('commit', '-q', '-m', 'first')
  // After the commit: one line edited in a tracked file, and a new untracked file.
  fs.writeFileSync(path.join(dir, 'edited.en.txt'), 'Tokyo, Tuesday.\n\n' + anniversary(2021) + '\n' + anniversary(2020))
  fs.writeFileSync(path.join(dir, 'new.en.txt'), anniversary(2019))
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('--changed-since', () => {
  it('keeps only findings on lines changed since the ref, and every finding of an untracked file', async () => {
    const all = await cli(['.'])
    expect(all.stdout.match(/anniversary-year/g)).toHaveLength(4)

    const result = await cli(['--changed-since', 'HEAD', '.'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/edited\.en\.txt\n5:10-5:14\s+error\s+Unexpected `2020`/)
    expect(result.stdout).not.toContain('`2021`')
    expect(result.stdout).toMatch(/new\.en\.txt\n1:10-1:14\s+error\s+Unexpected `2019`/)
    expect(result.stdout).toContain('old.en.txt: no issues found')
  })

  it('exits 2 on a ref that does not exist', async () => {
    const result = await cli(['--changed-since', 'no-such-branch', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^claimlint: Unexpected `--changed-since no-such-branch`, expected a commit, branch or tag of the repository at /)
  })
})
