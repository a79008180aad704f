/**
 * Helpers for rule tests: lint one in-memory document with one rule on,
 * against the rule-test registry, and read its messages as
 * `line:column-endLine:endColumn severity message` lines.
 */
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintDocuments} from '../../src/engine.js'
import {loadRegistry} from '../../src/registry/load.js'
import {rules} from '../../rules/index.js'
import type {Registry} from '../../src/registry/types.js'
import type {RulesConfig} from '../../src/pipeline/check.js'

export const fixtureRegistry = fileURLToPath(new URL('../fixtures/rules/claims.yaml', import.meta.url))

let registry: Promise<Registry> | undefined

export function testRegistry(): Promise<Registry> {
  registry ??= loadRegistry(fixtureRegistry)
  return registry
}

/** Only `ruleId` on (with optional options), everything else off. */
export function only(ruleId: string, options?: Record<string, unknown>): RulesConfig {
  const config: RulesConfig = {}
  for (const rule of rules) config[rule.meta.id] = 'off'
  const rule = rules.find((r) => r.meta.id === ruleId)!
  config[ruleId] = options ? [rule.meta.severity, options] : rule.meta.severity
  return config
}

export function severity(message: VFileMessage): string {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function line(message: VFileMessage): string {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const where = place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : '0:0'
  return `${where} ${severity(message)} ${message.reason}`
}

export async function lintOne(
  ruleId: string,
  text: string,
  path = 'doc.txt',
  options: {date?: string; ruleOptions?: Record<string, unknown>; registry?: Registry | null; inferDate?: boolean} = {}
): Promise<VFile> {
  const [file] = await lintDocuments([{path, text}], {
    registry: options.registry === null ? undefined : options.registry ?? (await testRegistry()),
    date: options.date,
    inferDate: options.inferDate,
    rules: only(ruleId, options.ruleOptions)
  })
  return file
}

export async function lines(
  ruleId: string,
  text: string,
  path = 'doc.txt',
  options: {date?: string; ruleOptions?: Record<string, unknown>; inferDate?: boolean} = {}
): Promise<string[]> {
  const file = await lintOne(ruleId, text, path, options)
  return file.messages.filter((m) => m.ruleId === ruleId).map(line)
}
