/**
 * `npm run build` step five: lint the examples once with the bundled CLI
 * (their output dropped) and write V8's code cache of the compiled script,
 * dist/claimlint.codecache, which bin/load.js hands to V8 on every run.
 * The cache holds the functions this run compiled, so the examples (three
 * languages, Markdown and text, with the bundled registry) are the warm-up.
 * See bin/load.js and docs/performance.md.
 */
import fs from 'node:fs'
import {Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {codeCacheFile, loadCli} from '../bin/load.js'

const root = fileURLToPath(new URL('..', import.meta.url))
fs.rmSync(codeCacheFile, {force: true})
const {cli, script} = loadCli()
const sink = new Writable({write: (_chunk, _encoding, done) => done()})
const code = await cli.main(['--no-color', 'examples/'], {stdout: sink, stderr: sink, cwd: root})
if (code !== 1) throw new Error(`Unexpected exit code ${code} linting the examples for the code cache, expected 1`)
const data = script.createCachedData()
fs.writeFileSync(codeCacheFile, data)
console.log(`${codeCacheFile.slice(root.length)}: ${(data.length / 1e6).toFixed(1)} MB of compiled code`)
