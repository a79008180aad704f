/**
 * docs/api.md's examples run as written: each ```ts block is written into
 * the package (so `claimlint` and `claimlint/reporters` resolve through
 * package.json `exports`, to the built dist/, as they do for a user), run
 * with tsx from the repository root, and what it prints must be the ```text
 * block under it. dist/ is built by `npm ci` / `npm install` (`prepare`);
 * after changing src/, `npm run build` first.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const run = promisify(execFile)
const root = path.join(import.meta.dirname, '../..')
const source = fs.readFileSync(path.join(root, 'docs/api.md'), 'utf8')
const examples = [...source.matchAll(/^## (.+)$|```ts\n([\s\S]*?)```\n+```text\n([\s\S]*?)```/gm)]
  .reduce<Array<{section: string; code: string; output: string}>>((list, match) => {
    if (match[1]) list.push({section: match[1], code: '', output: ''})
    else list.push({section: list.at(-1)?.section ?? 'API', code: match[2], output: match[3]})
    return list
  }, [])
  .filter((example) => example.code)

const folder = path.join(root, 'test/api', `.examples-${process.pid}`)
const marker = '\u0000example '
let outputs: string[] = []

/** All examples in one child process (one tsx start, one dictionary load), each printed after a marker line. */
beforeAll(async () => {
  expect(fs.existsSync(path.join(root, 'dist/src/index.js')), 'dist/ is missing: run `npm run build`').toBe(true)
  fs.mkdirSync(folder, {recursive: true})
  const files = examples.map((example, index) => {
    const file = path.join(folder, `example-${index}.ts`)
    fs.writeFileSync(file, example.code)
    return file
  })
  const runner = path.join(folder, 'run.ts')
  fs.writeFileSync(
    runner,
    `import {pathToFileURL} from 'node:url'\nfor (const [index, file] of ${JSON.stringify(files)}.entries()) {\n  process.stdout.write(${JSON.stringify(marker)} + index + '\\n')\n  await import(pathToFileURL(file).href)\n}\n`
  )
  const {stdout} = await run(process.execPath, ['--import', 'tsx', runner], {cwd: root})
  outputs = stdout.split(marker).slice(1).map((part) => part.slice(part.indexOf('\n') + 1))
}, 120000)

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('docs/api.md', () => {
  it('has an example with its output for every ts block', () => {
    expect(source.match(/```ts\n/g)?.length).toBe(examples.length)
    expect(examples.map((example) => example.section)).toEqual([
      'Lint a text: `lintText`',
      'Several documents: `lintDocuments`',
      'What the engine saw: `lintFiles`',
      'Files, folders and globs: `lintPaths`',
      'Registries: `loadRegistry`, `parseRegistry`, `findRegistry`',
      'Claims alone: `extractClaims`',
      'Reporters',
      'A rule of your own'
    ])
  })

  it.each(examples.map((example, index) => [example.section, index] as const))('runs the example of "%s" and prints what the docs say', (_section, index) => {
    expect(outputs[index]?.trimEnd()).toBe(examples[index].output.trimEnd())
  })
})
