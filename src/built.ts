/**
 * Files `npm run build` writes into dist/ besides the compiled modules (the
 * compiled spelling dictionaries, the registry validator), found from
 * wherever the code runs: the bundle (dist/claimlint.mjs), the compiled
 * modules (dist/src/) or the sources (src/, under vitest and tsx).
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const places = ['./', '../', '../dist/']

/** The path of `name` (relative to dist/) as built, or undefined when it was not built. */
export function builtFile(name: string): string | undefined {
  for (const place of places) {
    const file = fileURLToPath(new URL(place + name, import.meta.url))
    if (existsSync(file)) return file
  }
  return undefined
}
