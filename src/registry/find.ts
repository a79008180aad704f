/**
 * Find the registry a run uses by default: the nearest `claims.yaml` from a
 * folder upwards, as ESLint and Prettier find their configuration. A folder
 * of that name is passed over; anything else of that name (a FIFO, a link
 * to a device) is returned, so that loading it reports what it is rather
 * than the run silently using another registry.
 */
import fs from 'node:fs'
import path from 'node:path'

export const registryName = 'claims.yaml'

export function findRegistry(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir)
  for (;;) {
    const candidate = path.join(dir, registryName)
    const stat = fs.statSync(candidate, {throwIfNoEntry: false})
    if (stat && !stat.isDirectory()) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
