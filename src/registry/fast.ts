/**
 * The fast way into a registry: `js-yaml`, without a syntax tree, for the
 * registries that are valid (nearly all of them, and the large ones).
 *
 * Why two parsers: `yaml` with positions (load.ts) keeps a node with its
 * range for every scalar, which is what places each problem at its
 * `file:line:column`, but it reads at about 0.6 MB/s and holds some 100
 * bytes per source byte (a registry of 100,000 claims, 20 MB: 36 s and
 * 2.3 GB). `js-yaml` reads the same file in about 2 s and 250 MB. A valid
 * registry needs only where each entity, claim, ratio and rate starts,
 * which `js-yaml`'s `listener` gives as each node opens. So a registry is
 * read here first; whenever this reading has any doubt it gives up and
 * load.ts reads the file again with `yaml`, which also reports every
 * schema and semantic problem at its place. Doubts: a YAML error, an
 * anchor, a directive, a number that is not finite, an item that does not
 * start as `yaml` would start it (a tag, a comment), and the few places
 * where `js-yaml` takes what `yaml` refuses or reads otherwise (see
 * `readFast` and `underIndented`). The two readings must give the same
 * registry: test/registry/fast.test.ts compares them on every registry the
 * tests use, and the fuzz script on the bundled registry with one character
 * or one line changed (which found those places).
 *
 * Scalars are resolved as `yaml`'s YAML 1.2 core schema does (its tests,
 * copied below as data), not as `js-yaml`'s, which reads `2024-12-31` as a
 * Date.
 */
import {load, Schema, Type, FAILSAFE_SCHEMA} from 'js-yaml'

/** The sections whose items' places the typed registry keeps. */
export const placedSections = ['entities', 'claims', 'ratios', 'rates'] as const
export type PlacedSection = (typeof placedSections)[number]

export interface FastReading {
  data: unknown
  /** Offset of each item of each section, in the source text. */
  starts: Record<PlacedSection, number[]>
}

/*
 * `yaml`'s core schema (yaml/dist/schema/core): the same tests, the same
 * values. Each plain scalar meets every test in turn, so a first character
 * that no test accepts ends it early (a registry's scalars are mostly words).
 */
const numberStart = /^[-+.0-9]/
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => text.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(text),
  construct: () => null
})
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => (text.length === 4 || text.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
  construct: (text: string) => text[0] === 't' || text[0] === 'T'
})
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => numberStart.test(text) && (/^[-+]?[0-9]+$/.test(text) || /^0o[0-7]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text)),
  construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10))
})
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) =>
    numberStart.test(text) &&
    (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)),
  construct: (text: string) => parseFloat(text)
})
const coreSchema: Schema = FAILSAFE_SCHEMA.extend({implicit: [nullType, boolType, intType, floatType]})

/** A node's first character that `yaml` would also start the node's range at. */
const plainStart = /[\w"'{[(.+-]/

/**
 * A flow collection or a scalar over lines (not a block scalar) that goes
 * on at an indent no deeper than its first line's: `yaml` refuses what is
 * not deeper than the block it is in, `js-yaml` takes it all (`[a,\nb]`).
 */
function underIndented(source: string, start: number, end: number, kind: string): boolean {
  let newline = source.indexOf('\n', start)
  if (newline === -1 || newline >= end) return false
  const first = source.charAt(start + indentAt(source, start))
  // Block collections and block scalars are the business of their items and lines.
  if (kind === 'scalar' ? first === '|' || first === '>' : first !== '[' && first !== '{') return false
  const indent = indentAt(source, source.lastIndexOf('\n', start) + 1)
  while (newline !== -1 && newline < end) {
    const next = newline + 1
    const inner = indentAt(source, next)
    const blank = next + inner >= source.length || /[\r\n]/.test(source.charAt(next + inner))
    if (!blank && inner <= indent) return true
    newline = source.indexOf('\n', next)
  }
  return false
}

/** The number of spaces at `offset`. */
function indentAt(source: string, offset: number): number {
  let at = offset
  while (source.charCodeAt(at) === 32) at++
  return at - offset
}

/** How deep the items of a section lie: the top mapping, the section's list, the item (flow style adds a level). */
const itemDepth = 4

/**
 * Read `source` with `js-yaml`; `undefined` when the reading has any doubt
 * and `yaml` must read it (see the module's doc).
 */
export function readFast(source: string): FastReading | undefined {
  // A `%YAML 1.1` directive changes the schema; `js-yaml` does not follow it. A comment
  // glued to a closing bracket or quote (`[a]#b`) is an error to `yaml`, a comment to
  // `js-yaml`. A lone carriage return is text to `yaml`, a line break to `js-yaml`.
  if (/^%/m.test(source) || /[\]}"']#/.test(source) || /\r(?!\n)/.test(source)) return undefined
  // Where each mapping near the top starts, by the object it became (no anchors: each is its own object).
  const mappingStarts = new Map<unknown, number>()
  const opened: number[] = []
  let doubt = false
  let data: unknown
  try {
    data = load(source, {
      schema: coreSchema,
      listener(event, state) {
        if (event === 'open') {
          opened.push(state.position)
          return
        }

        const start = opened.pop()!
        // `anchor` is set on the state while a node with `&name` closes (not in @types/js-yaml).
        if ((state as typeof state & {anchor: string | null}).anchor !== null) doubt = true
        else if (state.kind === 'scalar' && typeof state.result === 'number' && !Number.isFinite(state.result)) doubt = true
        else if (underIndented(source, start, state.position, state.kind)) doubt = true
        else if (state.kind === 'mapping' && opened.length < itemDepth) mappingStarts.set(state.result, start)
      }
    })
  } catch {
    return undefined
  }

  if (doubt || !data || typeof data !== 'object' || Array.isArray(data)) return undefined
  const starts: FastReading['starts'] = {entities: [], claims: [], ratios: [], rates: []}
  for (const name of placedSections) {
    const items = (data as Record<string, unknown>)[name]
    if (!Array.isArray(items)) continue
    for (const item of items) {
      const start = mappingStarts.get(item)
      if (start === undefined || !plainStart.test(source.charAt(start))) return undefined
      starts[name].push(start)
    }
  }

  return {data, starts}
}
