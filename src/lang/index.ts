/**
 * The language packs claimlint reads, registered here and nowhere else.
 * Adding a language is adding its folder `src/lang/<code>/` (an `index.ts`
 * exporting a `LangPack`, see `types.ts`) and one entry in `packs`; `Lang`,
 * the `--lang` choices, language detection and the schemas follow from this
 * list (test/lang/packs.test.ts checks the JSON schemas agree with it).
 */
import {en} from './en/index.js'
import {es} from './es/index.js'
import {fr} from './fr/index.js'
import type {LangPack} from './types.js'

export const packs = [en, es, fr] as const

/** A language claimlint reads: the code of a registered pack. */
export type Lang = (typeof packs)[number]['code']

/** The codes of the registered packs, in registration order. */
export const LANGS: readonly Lang[] = packs.map((pack) => pack.code)

const byCode = new Map<string, LangPack<Lang>>(packs.map((pack) => [pack.code, pack]))

/** The pack of a language. */
export function packOf(lang: Lang): LangPack<Lang> {
  return byCode.get(lang)!
}

/** Whether a string names a registered language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && byCode.has(value)
}

export type {LangPack} from './types.js'

/** The language of a document whose language is neither given nor detected, unless configured. */
export const defaultLang: Lang = en.code

/** The language claimlint's messages are written in; numbers in messages are formatted for it. */
export const messageLang: Lang = en.code
