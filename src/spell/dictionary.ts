/**
 * Hunspell dictionaries for the document languages, through nspell with the
 * dictionary-* package each language pack names (`src/lang/<code>/spell.ts`).
 * Loading is lazy and done once per
 * language per process: Spanish takes about 1.0 s, English about 0.2 s
 * (measured by scripts/eval-glued.ts, see docs/glued-words-measurement.md),
 * so a run that never meets a language never pays for it, and a long-lived
 * process (a language server) pays once.
 */
import nspell from 'nspell'
import {packOf} from '../lang/index.js'
import type {Lang} from '../types.js'

export interface Speller {
  correct(word: string): boolean
}

const loaded = new Map<Lang, Speller>()

/** The speller of a language, loaded on first use. */
export function speller(lang: Lang): Speller {
  let found = loaded.get(lang)
  if (!found) {
    const dictionary = packOf(lang).spell.dictionary()
    // dictionary-* v4 ship Uint8Arrays; nspell reads them as Buffers.
    found = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
    loaded.set(lang, found)
  }

  return found
}

/**
 * How productive each word is in the dictionary's own closed compounds:
 * `heads.get('room')` is how many listed stems are a word plus "room"
 * ("bedroom", "newsroom"...), `modifiers.get('home')` how many are "home"
 * plus a word ("homework", "homeland"...). Only parts of three letters or
 * more are counted.
 */
export interface CompoundCounts {
  heads: ReadonlyMap<string, number>
  modifiers: ReadonlyMap<string, number>
}

const counted = new Map<string, CompoundCounts>()

/** The counts of the dictionary file `dic`, computed once per `key` (its language). */
export function compoundCounts(key: string, dic: Uint8Array): CompoundCounts {
  let found = counted.get(key)
  if (!found) {
    const stems = new Set<string>()
    for (const line of new TextDecoder().decode(dic).split('\n').slice(1)) {
      const stem = line.split('/')[0].trim()
      if (/^\p{Ll}+$/u.test(stem)) stems.add(stem)
    }
    const heads = new Map<string, number>()
    const modifiers = new Map<string, number>()
    for (const stem of stems) {
      for (let cut = 3; cut <= stem.length - 3; cut++) {
        const left = stem.slice(0, cut)
        const right = stem.slice(cut)
        if (!stems.has(left) || !stems.has(right)) continue
        heads.set(right, (heads.get(right) ?? 0) + 1)
        modifiers.set(left, (modifiers.get(left) ?? 0) + 1)
      }
    }
    found = {heads, modifiers}
    counted.set(key, found)
  }

  return found
}
