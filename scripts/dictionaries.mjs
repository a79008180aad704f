/**
 * `npm run build` step two: compile each language pack's Hunspell
 * dictionary into dist/dictionaries/<code>.txt, the sorted table of every
 * form nspell spells, which src/spell/dictionary.ts reads instead of
 * running nspell at each start (see there and docs/performance.md).
 * Runs on the compiled modules of step one (dist/src).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {compileDictionary} from '../dist/src/spell/dictionary.js'
import {packs} from '../dist/src/lang/index.js'

const folder = new URL('../dist/dictionaries/', import.meta.url)
mkdirSync(folder, {recursive: true})
for (const pack of packs) {
  const started = performance.now()
  const table = compileDictionary(pack.spell.dictionary())
  writeFileSync(new URL(`${pack.code}.txt`, folder), table)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`dist/dictionaries/${pack.code}.txt: ${table.split('\n').length - 1} forms, ${(table.length / 1e6).toFixed(1)} M characters, ${seconds} s`)
}
