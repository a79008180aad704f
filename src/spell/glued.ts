/**
 * Words run together by a bad copy ("mayorproveedor", "deseguridad",
 * "válidoscon"), found with a real dictionary: a word the dictionary does not
 * know that splits into two (or three) words it does know.
 *
 * To keep false alarms rare on correct text:
 * - words the dictionary knows (correct compounds such as "sociocultural",
 *   "nationwide") are never flagged, nor lower-case words it knows
 *   capitalised (a name written "chicago");
 * - proper names (capitalised inside a sentence, or with an inner capital),
 *   all-caps acronyms, words glued to digits ("50aniversario", which the
 *   extractor reads) and words touching `@`, `#`, `/`, `_`, `\`, `=` or,
 *   between two pieces, `.`, `:` (URLs, e-mail addresses, hashtags,
 *   handles) are skipped;
 * - hyphenated words are checked piece by piece, so "people-to-people" or
 *   "socio-económico" (correct pieces) give nothing;
 * - each part must have three letters or more unless it is one of the
 *   language's short function words ("de", "en", "y", "of", "the"...); a
 *   three-part split needs a function word among its parts;
 * - a lower-case function word glued to a name ("enVietnam") and, in
 *   Spanish, two capitalised Spanish words ("NacionesUnidas") are the cases
 *   with an inner capital that are flagged;
 * - in English, and for a capitalised word anywhere, a split needs a
 *   function word ("ofthe", "Theyear"): two content words are a compound
 *   ("workspaces") or a name ("Brightwater"), not a bad copy;
 * - a word the other language's dictionary knows is a quotation
 *   ("millones" in an English text), not a glue;
 * - the registry's entity names and terms are known words.
 * Measured false-positive rates are in docs/glued-words-measurement.md.
 */
import {packOf} from '../lang/index.js'
import type {Lang, Token} from '../types.js'
import {speller, type Speller} from './dictionary.js'
import {isException, isRareSplit} from './exceptions.js'

export interface GluedWord {
  start: number
  end: number
  text: string
  /** The parts of the best split, as written: ["mayor", "proveedor"]. */
  split: string[]
}

export interface GluedOptions {
  /** Words never flagged (compared case-insensitively): the rule's `ignore`. */
  ignore?: readonly string[]
  /** More words never flagged, lower-cased: the registry's names and terms, built once per registry. */
  known?: ReadonlySet<string>
  /** Shortest word checked (default 6): short unknown words split by chance too often. */
  minLength?: number
}

/** Characters that make a word part of an address or tag when they touch it. */
const touching = new Set(['@', '#', '/', '_', '\\', '=', '&', '~', '%'])
/** Characters that do so only between two pieces of text ("example.com", "10:30"), not at a sentence end. */
const joining = new Set(['.', ':'])

export function findGluedWords(tokens: readonly Token[], lang: Lang, options: GluedOptions = {}): GluedWord[] {
  const minLength = options.minLength ?? 6
  const ignore = new Set((options.ignore ?? []).map((word) => word.toLowerCase()))
  const found: GluedWord[] = []
  const first = tokens.findIndex((token) => token.type === 'word' || token.type === 'number')
  const data = packOf(lang).spell

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    const text = token.text
    if (token.type !== 'word' || text.length < minLength) continue
    if (ignore.has(text.toLowerCase()) || options.known?.has(text.toLowerCase())) continue
    if (isAttached(tokens, i) || afterLineHyphen(tokens, i) || beforeLineHyphen(tokens, i)) continue
    // Loaded on the first candidate, then cached: a document without one never loads it.
    const spell = speller(lang)

    const nameGlued = /^(\p{Ll}{2,4})(\p{Lu}\p{Ll}{2,})$/u.exec(text)
    if (nameGlued) {
      // "enVietnam": a function word glued to a name (names need not be in
      // the dictionary; "iPhone" and "eBay" have one letter before the capital).
      // The second part must be a name, not a common word capitalised: "isMatch", "toObject", "onResult" are identifiers.
      if (data.functionWords.has(nameGlued[1]) && isName(nameGlued[2], spell)) found.push({start: token.start, end: token.end, text, split: [nameGlued[1], nameGlued[2]]})
      continue
    }

    const camel = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{3,})$/u.exec(text)
    if (camel) {
      // "NacionesUnidas": two capitalised Spanish words. English text is left
      // alone, since brands are built the same way from English words
      // ("BlackRock", "PlayStation"), and so are Spanish parts that are
      // English words too.
      const parts = [camel[1], camel[2]]
      if (data.camelGlues && parts.every((part) => isOwnOnly(part, lang, spell))) found.push({start: token.start, end: token.end, text, split: parts})
      continue
    }

    if (/\p{Lu}/u.test(text.slice(1)) || !/\p{Ll}/u.test(text)) continue
    const sentenceStart = i === first
    if (/^\p{Lu}/u.test(text) && !sentenceStart) continue
    const word = text.charAt(0).toLowerCase() + text.slice(1)
    if (spell.correct(word) || spell.correct(text)) continue
    // A name written in lower case ("chicago" for "Chicago") is no glued word.
    if (spell.correct(word.charAt(0).toUpperCase() + word.slice(1))) continue
    if (isException(word, lang, spell)) continue

    const split = bestSplit(word, lang, spell)
    // Two content words run together are how English writes its compounds
    // ("workspaces", "filesystem", "lifecycle": 430 false alarms in one
    // corpus of documentation) and how a company names itself at the start
    // of a sentence ("Brightwater"); what bad copy glues in English, and at
    // a sentence start, is a function word to its neighbour ("ofthe",
    // "Theyear"). Spanish rarely compounds, so there a content split stands.
    if (split && !split.some((part) => isGlueWord(part, lang)) && (data.closedCompounds || /^\p{Lu}/u.test(text))) continue
    // Content words of a quoted language that writes closed compounds are its compound or identifier
    // ("buildpackage", "setlocale" in a French or Spanish manual page), not a bad copy of this text.
    if (split && !split.some((part) => isGlueWord(part, lang)) && (quotedCompound(split, lang) || quotedCompoundWord(word, lang))) continue
    // A cut inside a derivation ending ("ensamblad oras" for "ensambladoras") is a derived word the dictionary lacks.
    if (split && data.cutsDerivation?.(word, split)) continue
    // A word the other language knows is a quotation, not a glue ("celebran" in an English text,
    // "factoring" in a Spanish one); asked only of a word that splits, so the other dictionary loads rarely.
    if (split && knownElsewhere(word, lang)) continue
    if (split) {
      // Give the parts back as written: "Theyear" → ["The", "year"].
      let at = 0
      const parts = split.map((part) => text.slice(at, (at += part.length)))
      found.push({start: token.start, end: token.end, text, split: parts})
    }
  }

  return found
}

/**
 * A function word as bad copy glues it. In English the long ones
 * ("through", "about") end compounds ("strikethrough", "walkabout") far more
 * often than they lose a space, so only words of up to four letters count.
 */
function isGlueWord(part: string, lang: Lang): boolean {
  const data = packOf(lang).spell
  return data.functionWords.has(part) && part.length <= data.glueWordMaxLength
}

/** Whether a capitalised word is a name the dictionary knows, and not a common word capitalised ("Match", "Eval", "Toplevel"). */
function isName(part: string, spell: Speller): boolean {
  return spell.correct(part) && !spell.correct(part.toLowerCase())
}

/**
 * Whether the dictionary of a language quoted in this one knows the word
 * (its pack's `quotedFrom`; loaded on the first such question).
 */
function knownElsewhere(word: string, lang: Lang): boolean {
  return packOf(lang).spell.quotedFrom.some((other) => {
    const spell = speller(other as Lang)
    return spell.correct(word) || spell.correct(word.charAt(0).toUpperCase() + word.slice(1))
  })
}

/**
 * Whether the whole word splits, in a quoted language that writes closed
 * compounds, into content words of that language ("basename" as "base
 * name", "subdirectory"): an identifier or compound of that language, even
 * where this language's own split differs ("basen ame").
 */
function quotedCompoundWord(word: string, lang: Lang): boolean {
  return packOf(lang).spell.quotedFrom.some((other) => {
    const quoted = other as Lang
    if (!packOf(quoted).spell.closedCompounds) return false
    const split = bestSplit(word, quoted, speller(quoted))
    return split !== undefined && split.every((part) => part.length >= 3 && !isGlueWord(part, quoted))
  })
}

/** Whether every part is a word of a language quoted in `lang` that writes closed compounds (English). */
function quotedCompound(parts: readonly string[], lang: Lang): boolean {
  return packOf(lang).spell.quotedFrom.some((other) => {
    if (!packOf(other as Lang).spell.closedCompounds) return false
    const spell = speller(other as Lang)
    return parts.every((part) => part.length >= 3 && spell.correct(part))
  })
}

/** Whether a capitalised part is a word of the language (as a name or in lower case) and of no language quoted in it. */
function isOwnOnly(part: string, lang: Lang, spell: Speller): boolean {
  const lower = part.toLowerCase()
  if (!spell.correct(part) && !spell.correct(lower)) return false
  return packOf(lang).spell.quotedFrom.every((other) => {
    const quoted = speller(other as Lang)
    return !quoted.correct(part) && !quoted.correct(lower)
  })
}

/** Whether a word is part of a URL, address, tag or figure: it touches such punctuation, or digits, without a space. */
function isAttached(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  if (before && before.end === token.start) {
    if (before.type === 'number' || touching.has(before.text)) return true
    if (joining.has(before.text) && isPiece(tokens[i - 2]) && tokens[i - 2].end === before.start) return true
  }
  if (after && after.start === token.end) {
    if (after.type === 'number' || touching.has(after.text)) return true
    if (joining.has(after.text) && isPiece(tokens[i + 2]) && tokens[i + 2].start === after.end) return true
  }
  return false
}

/**
 * Whether a word starts a line after a word broken with a hyphen at the end
 * of the line before ("automati-\nquement" in a formatted manual page): a
 * fragment, not a word.
 */
const lineHyphens = new Set(['-', '\u2010', '\u00ad'])

/** Whether a word ends a line with a hyphen that breaks it ("construc-\ntion"): a fragment, not a word. */
function beforeLineHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i + 1]
  const space = tokens[i + 2]
  return hyphen !== undefined && lineHyphens.has(hyphen.text) && hyphen.start === tokens[i].end && space?.type === 'whitespace' && space.text.includes('\n')
}

function afterLineHyphen(tokens: readonly Token[], i: number): boolean {
  const space = tokens[i - 1]
  const hyphen = tokens[i - 2]
  return space?.type === 'whitespace' && space.text.includes('\n') && lineHyphens.has(hyphen?.text ?? '') && tokens[i - 3]?.type === 'word' && tokens[i - 3].end === hyphen.start
}

function isPiece(token: Token | undefined): token is Token {
  return token !== undefined && (token.type === 'word' || token.type === 'number')
}

/**
 * The best split of a lower-case word into dictionary words, or undefined.
 * Two parts are tried first; three only when no two-part split exists.
 * Candidates are ranked, without word frequencies (the dictionaries have
 * none), by:
 * 1. the number of function-word parts: a bad copy most often loses the
 *    space next to an article or a preposition ("in this" before "int his");
 * 2. the length of the shortest part, so that fragments lose ("las obras"
 *    before "la sobras", "were presented" before "we represented");
 * 3. the length of the longest content part, which stands in for frequency
 *    ("to share" before "tosh are", "tierras altas" before "tierra saltas");
 * Ties go to the split with the shortest first part, the first one found.
 * On glues made from correct prose (scripts/eval-glued.ts) this order found
 * the right split slightly more often than the alternatives tried (longest
 * content part first, longest function word first), by under one point.
 */
export function bestSplit(word: string, lang: Lang, spell: Speller): string[] | undefined {
  const data = packOf(lang).spell
  const known = new Map<string, boolean>()
  const ok = (part: string): boolean => {
    let result = known.get(part)
    if (result === undefined) {
      result = partOk(part, lang) && spell.correct(part)
      known.set(part, result)
    }
    return result
  }

  let best: string[] | undefined
  let bestRank: number[] = []
  const consider = (parts: string[]): void => {
    if (isRareSplit(parts, lang)) return
    const content = parts.filter((part) => !data.functionWords.has(part))
    const rank = [
      parts.length - content.length,
      Math.min(...parts.map((part) => part.length)),
      Math.max(0, ...content.map((part) => part.length))
    ]
    if (!best || compare(rank, bestRank) > 0) {
      best = parts
      bestRank = rank
    }
  }

  for (let cut = 1; cut < word.length; cut++) {
    const left = word.slice(0, cut)
    const right = word.slice(cut)
    if (ok(left) && ok(right)) consider([left, right])
  }
  if (best) return best

  for (let a = 1; a < word.length - 1; a++) {
    const left = word.slice(0, a)
    if (!ok(left)) continue
    for (let b = a + 1; b < word.length; b++) {
      const parts = [left, word.slice(a, b), word.slice(b)]
      if (!ok(parts[1]) || !ok(parts[2])) continue
      // Three content words in one unknown token are more often a rare word
      // than a glue, and short content parts ("hack at hon", "cinco a vos")
      // are mostly chance: a function word (two letters or more) is needed,
      // and every other part needs four letters.
      const functional = (part: string): boolean => part.length >= 2 && data.functionWords.has(part)
      if (!parts.some(functional) || !parts.every((part) => functional(part) || part.length >= 4)) continue
      // In English the function word comes first ("inthecity") or an article ends a pair of them ("stateofthe"):
      // "authentic at or" and "form at ters" are chance.
      if (data.functionWordFirst && !functional(parts[0]) && !(functional(parts[1]) && articles.has(parts[2]))) continue
      consider(parts)
    }
  }

  return best
}

const articles = new Set(['the', 'a', 'an'])

/** Lexicographic comparison of two ranks. */
function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return 0
}

/**
 * Whether a piece of a word may be a part on its own: a function word, or
 * three letters or more with a vowel (a part without one, "std" in
 * "stdout", is an abbreviation).
 */
function partOk(part: string, lang: Lang): boolean {
  return packOf(lang).spell.functionWords.has(part) || (part.length >= 3 && /[aeiouyáéíóúü]/i.test(part))
}
