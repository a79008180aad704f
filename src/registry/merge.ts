/**
 * Several registries, one run: a configuration may list a shared registry
 * and a desk's own. They merge into one:
 *
 * - entities with the same id are one entity, with the names of both;
 * - claims and ratios with the same id must say the same thing: if they
 *   differ, that is an error naming both places and what differs, since
 *   claimlint cannot know which one an editor meant;
 * - exchange rates are all kept (identical ones once).
 *
 * Each item keeps its own file in its position, so messages still say
 * where a value came from.
 */
import {isDeepStrictEqual} from 'node:util'
import {ClaimlintError, type Problem} from '../errors.js'
import type {Lang} from '../types.js'
import type {Registry, RegistryClaim, RegistryEntity, RegistryPosition, RegistryRatio} from './types.js'

export function mergeRegistries(registries: readonly Registry[]): Registry {
  if (registries.length === 1) return registries[0]
  const entities = new Map<string, RegistryEntity>()
  const claims = new Map<string, RegistryClaim>()
  const ratios = new Map<string, RegistryRatio>()
  const rates: Registry['rates'] = []
  const problems: Problem[] = []

  for (const registry of registries) {
    for (const entity of registry.entities.values()) {
      const known = entities.get(entity.id)
      entities.set(entity.id, known ? {...known, names: unionNames(known.names, entity.names)} : entity)
    }
    for (const claim of registry.claims) sameOrNew(claims, claim, 'claim', problems)
    for (const ratio of registry.ratios) sameOrNew(ratios, ratio, 'ratio', problems)
    for (const rate of registry.rates) {
      if (!rates.some((kept) => isDeepStrictEqual(withoutPlace(kept), withoutPlace(rate)))) rates.push(rate)
    }
  }

  if (problems.length > 0) throw ClaimlintError.fromProblems(problems)
  return {
    file: registries.map((registry) => registry.file).join(', '),
    version: Math.max(...registries.map((registry) => registry.version)),
    entities,
    claims: [...claims.values()],
    ratios: [...ratios.values()],
    rates
  }
}

function sameOrNew<T extends {id: string; position: RegistryPosition}>(kept: Map<string, T>, item: T, what: string, problems: Problem[]): void {
  const known = kept.get(item.id)
  if (!known) {
    kept.set(item.id, item)
    return
  }
  const a = withoutPlace(known) as Record<string, unknown>
  const b = withoutPlace(item) as Record<string, unknown>
  if (isDeepStrictEqual(a, b)) return
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key]))
  const where = `${known.position.file}:${known.position.line}:${known.position.column}`
  problems.push({
    ...item.position,
    message: `Unexpected ${what} \`${item.id}\` differing from the one at ${where} in ${fields.map((f) => '`' + f + '`').join(', ')}, expected one ${what} per id across registries`
  })
}

function withoutPlace<T extends {position: RegistryPosition}>(item: T): Omit<T, 'position'> {
  const {position: _position, ...rest} = item
  return rest
}

function unionNames(a: RegistryEntity['names'], b: RegistryEntity['names']): RegistryEntity['names'] {
  const out: RegistryEntity['names'] = {...a}
  for (const [lang, names] of Object.entries(b) as Array<[Lang, string[]]>) {
    out[lang] = [...new Set([...(out[lang] ?? []), ...names])]
  }
  return out
}
