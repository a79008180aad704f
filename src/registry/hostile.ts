/**
 * Registry values that YAML accepts but a registry must not hold, found on
 * the YAML document so that each is reported at its place: aliases that
 * expand past `yaml`'s guard (an alias bomb), numbers YAML reads as infinite
 * or not a number (`.inf`, `-.inf`, `.nan`, `1e400`), and negative counts.
 */
import {isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node} from 'yaml'

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

/** Negative values of counts (claims of kind `quantity`): `value: -5`, `{min: -10}`. */
export function negativeCounts(doc: Document): Array<[offset: number, message: string]> {
  const found: Array<[number, string]> = []
  const claims = doc.get('claims', true)
  if (!isSeq(claims)) return found
  for (const claim of claims.items) {
    if (!isMap(claim) || claim.get('kind') !== 'quantity') continue
    const value = claim.get('value', true) as Node | undefined
    const candidates: Array<[string, unknown]> = isMap(value)
      ? value.items.filter((pair) => isScalar(pair.key) && ['value', 'min', 'max'].includes(String(pair.key.value))).map((pair) => [String((pair.key as {value: unknown}).value), pair.value])
      : [['value', value]]
    for (const [key, node] of candidates) {
      if (isScalar(node) && typeof node.value === 'number' && node.value < 0 && node.range && !isAlias(node)) {
        found.push([node.range[0], `Unexpected \`${key}: ${String(node.value)}\` for a count (kind \`quantity\`), expected a number of at least 0`])
      }
    }
  }

  return found
}
