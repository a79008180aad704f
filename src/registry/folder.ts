/**
 * A registry may be one file or a folder of them (`claims/` with one file
 * per desk or topic): every `.yaml` and `.yml` file in the folder, in name
 * order, merged (`merge.ts`: conflicting values for one claim id are an
 * error naming both places).
 */
import fs from 'node:fs'
import path from 'node:path'
import {ClaimlintError} from '../errors.js'
import type {Registry} from './types.js'
import {loadRegistrySync, type RegistryStore} from './load.js'
import {mergeRegistries} from './merge.js'

/** The registry at `file`, a file or a folder of YAML files; `store` keeps registries already checked (`--cache`). */
export function loadRegistryPath(file: string, store?: RegistryStore): Registry {
  let stat: fs.Stats | undefined
  try {
    stat = fs.statSync(file)
  } catch {
    stat = undefined
  }
  if (!stat?.isDirectory()) return loadRegistrySync(file, store)
  const names = fs
    .readdirSync(file)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
  if (names.length === 0) throw new ClaimlintError(`No registry files in folder \`${file}\`, expected .yaml or .yml files`)
  const problems: string[] = []
  const registries: Registry[] = []
  for (const name of names) {
    try {
      registries.push(loadRegistrySync(path.join(file, name), store))
    } catch (error) {
      if (!(error instanceof ClaimlintError)) throw error
      problems.push(error.message)
    }
  }
  if (problems.length > 0) throw new ClaimlintError(problems.join('\n'))
  return mergeRegistries(registries)
}
