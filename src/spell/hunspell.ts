/**
 * The Hunspell files of a dictionary-* package (dictionary-en, -es, -fr),
 * read when a language's speller first asks for them.
 *
 * Why not `import english from 'dictionary-en'`: each package reads its
 * .aff and .dic when it is imported (a top-level await), so importing the
 * three read 2.8 MB and took 15–20 ms of every run's start-up, though most
 * runs check one language and a one-line file may check none. The files
 * sit beside the package's index.js, where that module itself reads them.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

export interface HunspellFiles {
  aff: Uint8Array
  dic: Uint8Array
}

const read = new Map<string, HunspellFiles>()

/** `name`'s index.aff and index.dic, read once. */
export function hunspellFiles(name: `dictionary-${string}`): HunspellFiles {
  let found = read.get(name)
  if (!found) {
    const folder = path.dirname(createRequire(import.meta.url).resolve(name))
    found = {aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic'))}
    read.set(name, found)
  }
  return found
}
