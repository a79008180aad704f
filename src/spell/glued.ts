/**
 * Words run together by a bad copy ("mayorproveedor", "deseguridad",
 * "válidoscon"), found with a real dictionary: a word the dictionary does not
 * know that splits into two words it does know.
 *
 * To keep false alarms rare on correct text:
 * - words the dictionary knows (correct compounds such as "sociocultural",
 *   "nationwide") are never flagged;
 * - proper names (capitalised inside a sentence), all-caps acronyms, and
 *   words touching `@`, `#`, `/`, `.`, `:` or `_` without a space (URLs,
 *   e-mail addresses, hashtags, handles) are skipped;
 * - each part must have three letters or more, unless it is one of the
 *   language's short function words ("de", "en", "y", "of", "the"...);
 * - a lower-case function word glued to a name ("enVietnam") is the one case
 *   with an inner capital that is flagged.
 * Measured false-positive rates are in docs/glued-words-measurement.md.
 */
import type {Lang, Token} from '../types.js'
import {speller, type Speller} from './dictionary.js'

export interface GluedWord {
  start: number
  end: number
  text: string
  /** The parts, best split: ["mayor", "proveedor"]. */
  split: string[]
}

export interface GluedOptions {
  /** Words never flagged (compared case-insensitively). */
  ignore?: readonly string[]
  /** Shortest word checked. */
  minLength?: number
}

/** Short words that may be one part of a split. */
export const functionWords: Record<Lang, ReadonlySet<string>> = {
  es: new Set(
    'a al con de del e el en es ha han la las le les lo los mi ni no o para por que se si su sus un una uno u y ya más muy sin sobre entre como hay fue'.split(' ')
  ),
  en: new Set('a an and as at be by for from in is it its of on or the to was we with has had have are not but'.split(' '))
}

/** Characters that make a word part of an address or tag when they touch it. */
const touching = new Set(['@', '#', '/', '_', '\\', '='])
/** Characters that do so only between two pieces of text ("example.com", "10:30"), not at a sentence end. */
const joining = new Set(['.', ':', '-'])

export function findGluedWords(tokens: readonly Token[], lang: Lang, options: GluedOptions = {}): GluedWord[] {
  const minLength = options.minLength ?? 6
  const ignore = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))
  const found: GluedWord[] = []
  let spell: Speller | undefined

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token.type !== 'word' || token.text.length < minLength) continue
    if (ignore.has(token.text.toLowerCase())) continue
    if (isAttached(tokens, i)) continue

    const text = token.text
    const sentenceStart = i === 0 || (i > 0 && /^[.!?¿¡"“«(]$/.test(tokens[i - 1].text) && i === 1)
    const nameGlued = /^(\p{Ll}{1,4})(\p{Lu}\p{Ll}+)$/u.exec(text)
    spell ??= speller(lang)

    if (nameGlued) {
      // "enVietnam": a function word of two letters or more glued to a name
      // (names need not be in the dictionary; "iPhone" and "eBay" have one letter).
      if (nameGlued[1].length >= 2 && functionWords[lang].has(nameGlued[1]) && nameGlued[2].length >= 3) {
        found.push({start: token.start, end: token.end, text, split: [nameGlued[1], nameGlued[2]]})
      }
      continue
    }

    if (/\p{Lu}/u.test(text.slice(1)) || text === text.toUpperCase()) continue
    if (/^\p{Lu}/u.test(text) && !sentenceStart) continue
    const word = sentenceStart ? text.charAt(0).toLowerCase() + text.slice(1) : text
    if (spell.correct(word) || spell.correct(text)) continue
    // A name written in lower case ("chicago" for "Chicago") is no glued word.
    if (spell.correct(word.charAt(0).toUpperCase() + word.slice(1))) continue

    const split = bestSplit(word, lang, spell)
    if (split) {
      const parts = sentenceStart && word !== text ? [text.slice(0, split[0].length), split[1]] : split
      found.push({start: token.start, end: token.end, text, split: parts})
    }
  }

  return found
}

/** Whether a word touches URL, address or tag punctuation without a space. */
function isAttached(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (before && before.end === token.start) {
    if (touching.has(before.text)) return true
    if (joining.has(before.text) && tokens[i - 2] && tokens[i - 2].end === before.start) return true
  }
  if (after && after.start === token.end) {
    if (touching.has(after.text)) return true
    if (joining.has(after.text) && tokens[i + 2] && tokens[i + 2].start === after.end && tokens[i + 2].type !== 'punctuation') return true
  }
  return false
}

/**
 * The best split of a word into two dictionary words: function-word splits
 * first ("de" + "seguridad"), then the most balanced one.
 */
export function bestSplit(word: string, lang: Lang, spell: Speller): [string, string] | undefined {
  let best: [string, string] | undefined
  let bestScore = -1
  for (let cut = 1; cut < word.length; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    if (!partOk(left, lang) || !partOk(right, lang)) continue
    if (!spell.correct(left) || !spell.correct(right)) continue
    const functional = functionWords[lang].has(left) || functionWords[lang].has(right) ? 100 : 0
    const score = functional + Math.min(left.length, right.length)
    if (score > bestScore) {
      best = [left, right]
      bestScore = score
    }
  }

  return best
}

function partOk(part: string, lang: Lang): boolean {
  return part.length >= 3 || functionWords[lang].has(part)
}
