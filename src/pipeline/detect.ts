/**
 * The language of a document, and of a block that may be in another one.
 *
 * franc-min does the detecting. Before it, each text is tried against the
 * function words that belong to one language pack only ("the", "los",
 * "les"...): when they leave no doubt, franc is not asked. On 1,000 news
 * articles franc took 17% of the run (1.6 s of 9.5 s: it builds and sorts
 * the trigrams of every block of 100 characters or more, and of the first
 * 4,000 characters of each document), and the function words settled all
 * but a few of those texts in a small part of that time. A text they do
 * not settle (few function words, two languages mixed, a list of names)
 * goes to franc as before.
 */
import {franc, francAll} from 'franc-min'
import {packs} from '../lang/index.js'
import type {Lang} from '../types.js'

/** Languages franc-min reports, mapped to ours. */
const francCodes: Record<string, Lang> = Object.fromEntries(packs.map((pack) => [pack.franc, pack.code]))
const francOnly = Object.keys(francCodes)

/** Each function word that is in exactly one pack's list, with its language. */
const ownWords = new Map<string, Lang>()
{
  const seen = new Map<string, number>()
  for (const pack of packs) for (const word of pack.words.stopwords) seen.set(word, (seen.get(word) ?? 0) + 1)
  for (const pack of packs) for (const word of pack.words.stopwords) if (seen.get(word) === 1) ownWords.set(word, pack.code)
}

/**
 * The language whose own function words `text` uses, when it uses at least
 * `least` of them and four times as many as of any other language's.
 */
function byOwnWords(text: string, least: number): Lang | undefined {
  const counts = new Map<Lang, number>()
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const lang = ownWords.get(word)
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  let best: Lang | undefined
  let top = 0
  let second = 0
  for (const [lang, count] of counts) {
    if (count > top) {
      second = top
      top = count
      best = lang
    } else if (count > second) second = count
  }
  return top >= least && top >= 4 * second ? best : undefined
}

/**
 * A block's own language, when it is long enough to tell and detection is
 * clear: at least 100 characters, and either its own function words leave
 * no doubt (see the module's doc) or franc gives the next language under
 * 0.9 of the first (franc's scores, the best being 1). When franc's first
 * two are close but the document's language is not one of them, the first
 * is taken all the same: a French paragraph of a page detected as English
 * scored French 1, Spanish 0.90 and English 0.89, and was spell-checked as
 * English ("besoin" read as "be so in").
 */
export function detectBlockLanguage(text: string, documentLang?: Lang): Lang | undefined {
  if (text.length < 100) return undefined
  const sample = text.slice(0, 600)
  const clear = byOwnWords(sample, 5)
  if (clear) return clear
  const scores = francAll(sample, {only: francOnly, minLength: 100})
  if (scores.length < 2 || scores[0][0] === 'und') return undefined
  if (scores[1][1] >= 0.9 && (documentLang === undefined || scores.some(([code, score]) => francCodes[code] === documentLang && score >= 0.9))) return undefined
  return francCodes[scores[0][0]]
}

/** The most probable supported language, or undefined when the text is too short to tell. */
export function detectLanguage(text: string): Lang | undefined {
  const sample = text.slice(0, 4000)
  const clear = byOwnWords(sample, 12)
  if (clear) return clear
  const found = francCodes[franc(sample, {only: francOnly, minLength: 20})]
  if (!found || sample.length >= shortText) return found
  // On a sentence or two franc's trigrams mislead ("300,000 passengers a day" reads as French):
  // there the language whose function words the text uses most wins, franc breaking ties.
  const counts = new Map(packs.map((pack) => [pack.code, 0]))
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const pack of packs) if (pack.words.stopwords.has(word)) counts.set(pack.code, counts.get(pack.code)! + 1)
  }
  let best = found
  for (const [code, count] of counts) if (count > counts.get(best)!) best = code
  return best
}

/** Below this many characters language detection also counts function words (see `detectLanguage`). */
const shortText = 300
