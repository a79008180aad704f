/**
 * Registry values that YAML accepts but a registry must not hold, found on
 * the YAML document so that each is reported at its place: aliases that
 * expand past `yaml`'s guard (an alias bomb), numbers YAML reads as infinite
 * or not a number (`.inf`, `-.inf`, `.nan`, `1e400`), and negative counts.
 */
import {isPair, isScalar, visit, type Alias, type Document, type Node} from 'yaml'

/**
 * Run `toJS` on `doc`; when `yaml` refuses an alias (too many aliases, an
 * unresolved one), say which alias it was. `yaml` throws a bare
 * ReferenceError without a place, so each alias node of this document gets
 * its own `resolve` that records itself when the refusal passes through it:
 * the innermost alias that threw is the one named.
 */
export function toJSWithAliasPlace(doc: Document): {ok: true; data: unknown} | {ok: false; alias: Alias | undefined; error: ReferenceError} {
  let failed: Alias | undefined
  visit(doc, {
    Alias(_key, node) {
      const resolve = node.resolve.bind(node)
      node.resolve = (...args: Parameters<Alias['resolve']>) => {
        try {
          return resolve(...args)
        } catch (error) {
          failed ??= node
          throw error
        }
      }
    }
  })

  try {
    return {ok: true, data: doc.toJS()}
  } catch (error) {
    if (error instanceof ReferenceError) return {ok: false, alias: failed, error}
    throw error
  }
}

/** The message for an alias `yaml` refused. */
export function aliasMessage(alias: Alias | undefined, error: ReferenceError, limit = 100): string {
  const name = alias ? `\`*${alias.source}\`` : 'an alias'
  if (/excessive alias count/i.test(error.message)) {
    return `Too many aliases: resolving ${name} here goes past the limit of ${limit} aliased nodes (an alias bomb?), expected a registry with fewer aliases`
  }

  return `Cannot resolve ${name}: ${error.message}`
}

/** Numbers that are infinite or not a number, with their place and source text. */
export function nonFinite(doc: Document, source: string): Array<[offset: number, message: string]> {
  const found: Array<[number, string]> = []
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'number' || Number.isFinite(node.value) || !node.range) return
      const parent = path[path.length - 1]
      const key = isPair(parent) && parent.value === node && isScalar(parent.key) ? `${String(parent.key.value)}: ` : ''
      const text = source.slice(node.range[0], node.range[1])
      found.push([node.range[0], `Unexpected \`${key}${text}\`, expected a finite number`])
    }
  })

  return found
}

/** A negative count: its place as keys into the registry, its field and value. */
export interface NegativeCount {
  keys: Array<string | number>
  field: string
  value: number
}

/**
 * Negative values of counts (claims of kind `quantity`): `value: -5`,
 * `{min: -10}`, found on the registry's data (the fast reading has no
 * document); `negativeCounts` places them.
 */
export function negativeCountsIn(data: unknown): NegativeCount[] {
  const found: NegativeCount[] = []
  const claims = (data as {claims?: unknown} | null)?.claims
  if (!Array.isArray(claims)) return found
  claims.forEach((claim: unknown, index) => {
    const {kind, value} = (claim ?? {}) as {kind?: unknown; value?: unknown}
    if (kind !== 'quantity') return
    const candidates: Array<[string, unknown, Array<string | number>]> =
      value && typeof value === 'object' && !Array.isArray(value)
        ? ['value', 'min', 'max'].map((field) => [field, (value as Record<string, unknown>)[field], ['claims', index, 'value', field]])
        : [['value', value, ['claims', index, 'value']]]
    for (const [field, number, keys] of candidates) {
      if (typeof number === 'number' && number < 0) found.push({keys, field, value: number})
    }
  })
  return found
}

/** `negativeCountsIn`, each at its place; a count given by an alias is left to its anchored node. */
export function negativeCounts(doc: Document, data: unknown): Array<[offset: number, message: string]> {
  const found: Array<[number, string]> = []
  for (const {keys, field, value} of negativeCountsIn(data)) {
    const node = doc.getIn(keys, true) as Node | undefined
    if (!isScalar(node) || !node.range) continue
    found.push([node.range[0], `Unexpected \`${field}: ${String(value)}\` for a count (kind \`quantity\`), expected a number of at least 0`])
  }
  return found
}
