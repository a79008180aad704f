/**
 * Spanish fraction words the denominator table does not list, read by their
 * ending and their glued cardinal stem: "veintiunavos" (1/21), "treintavos"
 * (1/30), "dosmilésimos" (1/2000), "cientocincoavos" (1/105).
 */
import type {CardinalRole, LangData} from '../../extract/lexicon.js'

/** The denominator of a fraction word written with "-avo" or "-ésimo", or undefined. */
export function fractionWord(word: string, data: LangData): number | undefined {
  if (!mayBeFractionWord(word)) return undefined
  const match = /^(.+?)(?:avos?|avas?|[eé]simos?|[eé]simas?)$/.exec(word)
  if (!match) return undefined
  return spanishStem(match[1], data)
}

/**
 * Whether `word` may end like a Spanish fraction word ("-avo", "-ava",
 * "-ésimo", "-ésima", each with an "s" or without): a vowel "o" or "a" after
 * a "v" or an "m", before an optional "s". A few reads of the word's last
 * characters that say no to nearly every word the grammar asks about, before
 * the regular expression that finds the stem.
 */
function mayBeFractionWord(word: string): boolean {
  let end = word.length
  if (word.charCodeAt(end - 1) === 115) end--
  const vowel = word.charCodeAt(end - 1)
  if (vowel !== 111 && vowel !== 97) return false
  const consonant = word.charCodeAt(end - 2)
  return consonant === 118 || consonant === 109
}

/** Tens as they appear before "-avo": "treint(avo)" is 30. */
const tensStems: Record<string, number> = {treint: 30, cuarent: 40, cincuent: 50, sesent: 60, setent: 70, ochent: 80, novent: 90}

/** A glued Spanish cardinal inside a fraction word: "veintiun" 21, "dosmil" 2000, "treintaicinco" 35, "cientocinco" 105. */
function spanishStem(stem: string, data: LangData): number | undefined {
  let at = 0
  let total = 0
  let current = 0
  let found = false
  while (at < stem.length) {
    if (found && (stem[at] === 'i' || stem[at] === 'y') && at + 1 < stem.length) {
      const rest = stem.slice(at + 1)
      if ([...data.cardinals.keys()].some((word) => rest.startsWith(word))) at++
    }

    let best = ''
    let value = 0
    let role: CardinalRole | 'tens' = 'unit'
    for (const [word, card] of data.cardinals) {
      if (word.length > best.length && stem.startsWith(word, at) && !data.indefinite.has(word)) {
        best = word
        value = card.value
        role = card.role
      }
    }

    for (const [word, tens] of Object.entries(tensStems)) {
      if (word.length > best.length && stem.startsWith(word, at)) {
        best = word
        value = tens
        role = 'tens'
      }
    }

    if (!best && stem.startsWith('un', at)) {
      best = 'un'
      value = 1
      role = 'unit'
    }

    if (!best) return undefined
    found = true
    at += best.length
    if (role === 'scale') {
      if (total + current < value) total = (total + current || 1) * value
      else total += (current || 1) * value
      current = 0
    } else current += value
  }

  const value = total + current
  return found && value > 1 ? value : undefined
}

