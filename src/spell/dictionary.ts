/**
 * Hunspell dictionaries for the document languages, through nspell with the
 * dictionary-en and dictionary-es packages. Loading is lazy and done once per
 * language per process (Spanish takes about 0.75 s, English about 0.15 s on
 * the development machine), so a run that never meets a language never pays
 * for it, and a long-lived process (a language server) pays once.
 */
import nspell from 'nspell'
import english from 'dictionary-en'
import spanish from 'dictionary-es'
import type {Lang} from '../types.js'

export interface Speller {
  correct(word: string): boolean
}

const dictionaries = {en: english, es: spanish}
const loaded = new Map<Lang, Speller>()

export function speller(lang: Lang): Speller {
  let found = loaded.get(lang)
  if (!found) {
    const dictionary = dictionaries[lang]
    // dictionary-* v4 ship Uint8Arrays; nspell reads them as Buffers.
    found = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
    loaded.set(lang, found)
  }

  return found
}
