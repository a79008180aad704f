/**
 * `--cache`: one JSON file (`.claimlintcache` by default, as ESLint's
 * `.eslintcache`) of what each linted file gave, keyed by the file's
 * content and everything that could change what it gives: claimlint's
 * version (its rules and language packs) and the spelling dictionaries
 * installed (`languageDataKey`; the CLI passes both as `version`), the
 * file's effective configuration, and the registry's content. A file whose
 * key matches is restored instead of linted; the run rules still run over
 * every file, on what they collected of unchanged ones, so cross-document
 * findings are the same as in a run without cache. An unreadable or
 * corrupt cache is ignored (with a warning) and rewritten.
 *
 * The same file keeps each registry the run read, checked, under the hash
 * of its source (`RegistryStore`): a registry of 100,000 claims takes
 * about 2.5 s to read and check from YAML (36 s when it must be read with
 * positions) and well under a second to read back. Registries not used by
 * a run are dropped from the file.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import {utf8Text} from '../pipeline/decode.js'
import type {RegistryStore} from '../registry/load.js'
import type {Registry, RegistryEntity} from '../registry/types.js'
import type {StoredFile} from './serialize.js'

/** Bumped when the stored shape changes. */
const formatVersion = 5

/** A registry as JSON: its entities as a list. */
type StoredRegistry = Omit<Registry, 'entities'> & {entities: RegistryEntity[]}

interface CacheFile {
  format: number
  version: string
  files: Record<string, {key: string; stored: StoredFile}>
  registries?: Record<string, {key: string; registry: StoredRegistry}>
}

export class LintCache {
  readonly location: string
  readonly #version: string
  #entries: CacheFile['files'] = {}
  #registries: NonNullable<CacheFile['registries']> = {}
  readonly #registriesUsed = new Set<string>()
  #dirty = false
  /** Why the cache on disk was not used, if it was not. */
  problem: string | undefined

  constructor(location: string, version: string) {
    this.location = location
    this.#version = version
    let text: string
    try {
      text = utf8Text(fs.readFileSync(location))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.problem = `Cannot read the cache ${location}: ${(error as Error).message}; linting every file`
      return
    }
    try {
      const data = JSON.parse(text) as CacheFile
      if (data.format !== formatVersion || typeof data.files !== 'object' || data.files === null) {
        this.problem = `Unexpected cache format in ${location}; linting every file`
        return
      }
      // Another claimlint version may read and check differently: start afresh.
      if (data.version === version) {
        this.#entries = data.files
        this.#registries = data.registries ?? {}
      }
    } catch {
      this.problem = `Cannot parse the cache ${location}; linting every file`
    }
  }

  /** The registries checked by earlier runs, by file and key (see `RegistryStore`). */
  readonly registries: RegistryStore = {
    get: (file, key) => {
      const entry = this.#registries[file]
      if (entry?.key !== key) return undefined
      this.#registriesUsed.add(file)
      const registry: Registry = {...entry.registry, entities: new Map(entry.registry.entities.map((entity) => [entity.id, entity]))}
      registryHashes.set(registry, key)
      return registry
    },
    set: (file, key, registry) => {
      this.#registries[file] = {key, registry: {...registry, entities: [...registry.entities.values()]}}
      this.#registriesUsed.add(file)
      registryHashes.set(registry, key)
      this.#dirty = true
    }
  }

  /** What `path` gave last time, if its key is the same. */
  get(path: string, key: string): StoredFile | undefined {
    const entry = this.#entries[path]
    return entry?.key === key ? entry.stored : undefined
  }

  set(path: string, key: string, stored: StoredFile): void {
    this.#entries[path] = {key, stored}
    this.#dirty = true
  }

  /** Forget files not seen in this run (deleted or no longer linted), and registries it did not read. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const file of Object.keys(this.#registries)) {
      if (!this.#registriesUsed.has(file)) {
        delete this.#registries[file]
        this.#dirty = true
      }
    }
    for (const path of Object.keys(this.#entries)) {
      if (!paths.has(path)) {
        delete this.#entries[path]
        this.#dirty = true
      }
    }
  }

  /** Write the cache if anything changed. */
  save(): void {
    if (!this.#dirty) return
    const data: CacheFile = {format: formatVersion, version: this.#version, files: this.#entries, registries: this.#registries}
    fs.writeFileSync(this.location, JSON.stringify(data))
    this.#dirty = false
  }
}

/** A file's cache key: its content and the hash of its settings. */
export function fileKey(content: string | Uint8Array, settings: string): string {
  return createHash('sha256').update(content).update('\u0000').update(settings).digest('hex')
}

const registryHashes = new WeakMap<Registry, string>()

/**
 * A registry's content, hashed once per loaded registry (file positions
 * included: messages cite them). A registry kept by the cache is known by
 * the hash of its source and name instead, which says as much.
 */
export function registryHash(registry: Registry | undefined): string {
  if (!registry) return 'none'
  let hash = registryHashes.get(registry)
  if (!hash) {
    const data = {...registry, entities: [...registry.entities.values()]}
    hash = createHash('sha256').update(JSON.stringify(data)).digest('hex')
    registryHashes.set(registry, hash)
  }
  return hash
}
