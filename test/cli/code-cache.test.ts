/**
 * bin/claimlint.js as users run it: the bundled CLI (dist/claimlint.cjs)
 * compiled with the V8 code cache the build made (dist/claimlint.codecache,
 * see bin/load.js). V8 must take that cache, and a run without it, or with
 * one V8 refuses, must print the same report. Needs `npm run build`, as
 * `npm install` runs it.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import vm from 'node:vm'
import {afterAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const run = promisify(execFile)

/** A run of `bin` (in `install`, a copy of claimlint's bin/ and dist/ files) over the examples: its exit code and output. */
async function lint(install: string, args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return run(process.execPath, [path.join(install, 'bin/claimlint.js'), ...args, path.join(root, 'examples')], {cwd: root}).then(
    (ok) => ({code: 0, ...ok}),
    (error: {code: number; stdout: string; stderr: string}) => error
  )
}

const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-bin-'))
afterAll(() => fs.rmSync(copy, {recursive: true, force: true}))

describe('bin/claimlint.js', () => {
  expect(fs.existsSync(path.join(root, 'dist/claimlint.codecache')), 'dist/ is missing: run `npm run build`').toBe(true)

  it('runs the bundle with the code cache the build made, which V8 takes', async () => {
    const result = await lint(root, ['--debug', '--no-color'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('10 messages (✖ 6 errors, ⚠ 4 warnings)')
  })

  it('gives the same report without the cache and with one V8 refuses, which --debug tells', async () => {
    for (const name of ['bin/claimlint.js', 'bin/load.js', 'dist/claimlint.cjs', 'dist/registry-validator.cjs', 'package.json']) {
      fs.mkdirSync(path.dirname(path.join(copy, name)), {recursive: true})
      fs.copyFileSync(path.join(root, name), path.join(copy, name))
    }
    fs.cpSync(path.join(root, 'dist/dictionaries'), path.join(copy, 'dist/dictionaries'), {recursive: true})
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'))
    const expected = await lint(root, ['--format', 'json'])

    const uncached = await lint(copy, ['--format', 'json', '--debug'])
    expect(uncached.stderr).toBe('')
    expect(uncached.stdout).toBe(expected.stdout)

    // A cache of another script: V8 checks the source it was made from.
    fs.writeFileSync(path.join(copy, 'dist/claimlint.codecache'), new vm.Script('"another script"').createCachedData())
    const refused = await lint(copy, ['--format', 'json', '--debug'])
    expect(refused.stderr).toBe('claimlint: V8 refused the code cache dist/claimlint.codecache (made by another Node or under other flags); compiled the CLI afresh\n')
    expect(refused.stdout).toBe(expected.stdout)
    expect(refused.code).toBe(1)
  })

  it('says what to do when the bundle is missing, exit 2', async () => {
    fs.rmSync(path.join(copy, 'dist/claimlint.cjs'))
    const result = await lint(copy, [])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^claimlint: cannot load the compiled CLI \(run `npm run build`\): ENOENT: no such file or directory, open '.*claimlint\.cjs'\n$/)
  })
})
