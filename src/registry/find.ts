/**
 * Find the registry a run uses by default: the nearest `claims.yaml` from a
 * folder upwards, as ESLint and Prettier find their configuration.
 */
import fs from 'node:fs'
import path from 'node:path'

export const registryName = 'claims.yaml'

export function findRegistry(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir)
  for (;;) {
    const candidate = path.join(dir, registryName)
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}
