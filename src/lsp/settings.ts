/**
 * The server's settings, from `initializationOptions` or the `claimlint`
 * section of `workspace/didChangeConfiguration`:
 *
 * - `debounce`: milliseconds to wait after the last change before linting (default 200);
 * - `rules`: rule settings as on the command line (`{"glued-words": "off"}`);
 * - `ruleModules`: ES modules whose default export is a rule or a list of rules (docs/api.md), run after the built-in ones;
 * - `date`, `lang`: as `--date` and `--lang`.
 *
 * Malformed values are reported and left at their defaults.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Lang} from '../types.js'
import {LANGS} from '../types.js'
import {isRule, type Rule} from '../rule.js'
import type {RulesConfig} from '../pipeline/check.js'

export interface Settings {
  debounce: number
  rules?: RulesConfig
  ruleModules: string[]
  date?: string
  lang?: Lang
}

export const defaultDebounce = 200

export function readSettings(value: unknown): {settings: Settings; problems: string[]} {
  const settings: Settings = {debounce: defaultDebounce, ruleModules: []}
  const problems: string[] = []
  if (value === undefined || value === null) return {settings, problems}
  if (typeof value !== 'object' || Array.isArray(value)) return {settings, problems: [`Unexpected settings \`${JSON.stringify(value)}\`, expected an object`]}
  const raw = value as Record<string, unknown>

  if (raw.debounce !== undefined) {
    if (typeof raw.debounce === 'number' && raw.debounce >= 0) settings.debounce = raw.debounce
    else problems.push(`Unexpected \`debounce: ${JSON.stringify(raw.debounce)}\`, expected milliseconds (a number of at least 0)`)
  }
  if (raw.rules !== undefined) {
    if (typeof raw.rules === 'object' && raw.rules !== null && !Array.isArray(raw.rules)) settings.rules = raw.rules as RulesConfig
    else problems.push(`Unexpected \`rules: ${JSON.stringify(raw.rules)}\`, expected an object of rule settings`)
  }
  if (raw.ruleModules !== undefined) {
    if (Array.isArray(raw.ruleModules) && raw.ruleModules.every((item) => typeof item === 'string')) settings.ruleModules = raw.ruleModules
    else problems.push(`Unexpected \`ruleModules: ${JSON.stringify(raw.ruleModules)}\`, expected a list of module paths`)
  }
  if (raw.date !== undefined) {
    if (typeof raw.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.date)) settings.date = raw.date
    else problems.push(`Unexpected \`date: ${JSON.stringify(raw.date)}\`, expected \`YYYY-MM-DD\``)
  }
  if (raw.lang !== undefined) {
    if (LANGS.includes(raw.lang as Lang)) settings.lang = raw.lang as Lang
    else problems.push(`Unexpected \`lang: ${JSON.stringify(raw.lang)}\`, expected one of ${LANGS.map((l) => '`' + l + '`').join(', ')}`)
  }

  return {settings, problems}
}

/** Import the rule modules (paths relative to `base`); a module that fails or exports no rule is reported and skipped. */
export async function loadRuleModules(modules: readonly string[], base: string): Promise<{rules: Rule[]; problems: string[]}> {
  const rules: Rule[] = []
  const problems: string[] = []
  for (const name of modules) {
    const file = path.resolve(base, name)
    try {
      const module = (await import(pathToFileURL(file).href)) as {default?: unknown}
      const exported = Array.isArray(module.default) ? module.default : [module.default]
      const found = exported.filter(isRule)
      if (found.length === 0) problems.push(`Unexpected rule module \`${name}\`: its default export is not a rule (\`{meta, check}\`) or a list of rules`)
      rules.push(...found)
    } catch (error) {
      problems.push(`Cannot load rule module \`${name}\`: ${(error as Error).message}`)
    }
  }

  return {rules, problems}
}

