/**
 * @file glued-words
 *
 * Words run together by a bad copy — "mayorproveedor", "deseguridad",
 * "válidoscon", "theyear" — found with a real dictionary for the document's
 * language (the Hunspell dictionaries of `dictionary-en` and `dictionary-es`
 * through nspell): a word the dictionary does not know that splits into two
 * (or three) words it does know. The suggestion is the split.
 *
 * Never flagged: words the dictionary knows, correct compounds among them
 * ("sociocultural", "nationwide"); proper names (capitalised inside a
 * sentence, or with an inner capital); all-caps acronyms; words glued to
 * digits ("50aniversario", which the figure extractor reads); URLs, e-mail
 * addresses, hashtags and @handles, and the words of the document's
 * addresses ("[themis](…/playlyfe/themis)"); a form the document writes
 * three times or more (a placeholder such as "nombreusuario", an
 * identifier: a bad copy rarely glues the same pair so often); hyphenated words whose pieces
 * are correct. Each part must have three letters or more unless it is a short
 * function word ("de", "en", "y", "of", "the"). The one kind of capitalised
 * glue flagged is a function word before a name ("enVietnam") and, in
 * Spanish, two capitalised Spanish words ("NacionesUnidas").
 *
 * A few documented exceptions keep correct words quiet: prefixed compounds
 * the dictionaries lack ("anticorrupción", "multibillion"), British
 * spellings ("colour", "travelling"), Spanish words missing only an accent,
 * English words in Spanish text ("factoring"), and English closed compounds
 * whose head or first element is productive in the dictionary's own
 * compounds ("chipmakers", "cleanroom").
 *
 * Measured with `npx tsx scripts/eval-glued.ts` on correct text: of the
 * project's own prose, 0 of 3,460 English words and 2 of 3,834 Spanish ones
 * flagged (0.05 %: "pitaya", "potabilizadoras", words the dictionary
 * lacks); of the lower-cased peer-suite sentences, 0.24 % of 3,736 English
 * and 0.11 % of 3,583 Spanish words (company names written in lower case).
 * Recall: 27 of the 28 glued words of the Spanish seed article (all 28 with
 * `minLength: 5`), and 95–99 % of glues made by joining adjacent words of
 * correct prose. Loading the Spanish dictionary takes about 1 s, the English
 * one about 0.2 s, once per process. Details in
 * docs/glued-words-measurement.md.
 *
 * Options: `ignore` (words never flagged, any case) and `minLength`
 * (shortest word checked, default 6; shorter unknown words split by chance
 * too often). To fix a finding, put the space back; for a house name or a
 * term the dictionary lacks, add it to `ignore`.
 *
 * @example valid.es.txt
 *   Las relaciones socioculturales y la cooperación bilateral se han reforzado.
 *
 * @example invalid.es.txt
 *   Japón es el mayorproveedor de ayuda y un socio deseguridad.
 *
 * @output
 *   1:13-1:27 warning Unexpected glued words `mayorproveedor`, expected `mayor proveedor`
 *   1:48-1:59 warning Unexpected glued words `deseguridad`, expected `de seguridad`
 *
 * @example valid.en.txt
 *   The newsroom ran a nationwide survey of chipmakers in the ASEAN region.
 *
 * @example invalid.en.txt
 *   Theyear marked half a century ofdiplomatic ties.
 *
 * @output
 *   1:1-1:8 warning Unexpected glued words `Theyear`, expected `The year`
 *   1:31-1:43 warning Unexpected glued words `ofdiplomatic`, expected `of diplomatic`
 */
import type {Finding, RuleContext} from '../src/rule-kit/index.js'
import {defineRule, finding} from '../src/rule-kit/index.js'
import {findGluedWords} from '../src/spell/glued.js'

const id = 'glued-words'

const messages = {
  glued: 'Unexpected glued words `{found}`, expected `{expected}`'
}

const rule = defineRule({
  meta: {
    id,
    description: 'Words run together by a bad copy, found with a dictionary of the document’s language.',
    severity: 'warning',
    needsRegistry: false,
    scope: 'document',
    messages,
    schema: {
      type: 'object',
      properties: {
        ignore: {type: 'array', items: {type: 'string', minLength: 1}, description: 'Words never reported (house names, brands), matched without regard to case.'},
        minLength: {type: 'integer', minimum: 2, description: 'Shortest word checked, in letters.'}
      },
      additionalProperties: false
    },
    defaults: {ignore: [], minLength: 6}
  },
  check(doc, context) {
    const findings: Finding[] = []
    const minLength = context.options.minLength as number
    const options = {ignore: context.options.ignore as string[], known: registryWords(context), minLength}
    // Read from the whole text only once a sentence has a candidate: most documents have none.
    let counts: Map<string, number> | undefined
    let named: Set<string> | undefined
    for (const sentence of doc.sentences) {
      for (const glued of findGluedWords(sentence.tokens, sentence.lang ?? doc.lang, options)) {
        const form = glued.text.toLowerCase()
        named ??= new Set(addressWords(doc.text, minLength))
        if (named.has(form)) continue
        // A form the document writes three times or more is one of its terms (a placeholder, an identifier), not an accident of copy.
        counts ??= wordCounts(doc.text)
        if ((counts.get(form) ?? 0) >= repeatedTerm && !/\p{Lu}/u.test(glued.text.slice(1))) continue
        const expected = glued.split.join(' ')
        findings.push(finding(rule.meta, doc, 'glued', {found: glued.text, expected}, glued, {expected: [expected]}))
      }
    }

    return findings
  }
})

/**
 * How often a document writes a form before it is taken for one of its
 * terms. Twice is not enough: a pasted paragraph repeats a bad copy's glue,
 * and a duplicated sentence is how a baseline's new findings are counted.
 */
const repeatedTerm = 3

/** How often the document writes each word, lower-cased. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
  return counts
}

/**
 * Web addresses, link destinations and e-mail addresses of the source:
 * "https://…/playlyfe/themis", "](docs/filesystem.md)". An address starts
 * where a word starts: tried at every character of a long run of word
 * characters ("999…9.999…"), the e-mail pattern was quadratic (a 1 MB
 * generated document took 271 s).
 */
const addresses = /(?:https?:\/\/|www\.)[^\s)\]>"'`]+|\]\(([^)\s]+)|\bhref=["']([^"']+)|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/gi

/**
 * The words of the document's addresses: a project named in a link's text
 * is spelt as in its address ("[themis benchmark](…/playlyfe/themis)"), so
 * it is a name, not "them is".
 */
function addressWords(text: string, minLength: number): string[] {
  const words = new Set<string>()
  for (const match of text.matchAll(addresses)) {
    for (const word of match[0].toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= minLength) words.add(word)
  }
  return [...words]
}

const registryWordCache = new WeakMap<object, ReadonlySet<string>>()

/** Every word of the registry's entity names and recognition terms, lower-cased: house names and brands are known words. Built once per registry. */
function registryWords(context: RuleContext): ReadonlySet<string> {
  const registry = context.registry
  if (!registry) return new Set()
  let words = registryWordCache.get(registry)
  if (!words) {
    const all = new Set<string>()
    const add = (phrases: Partial<Record<string, string[]>> | undefined) => {
      for (const list of Object.values(phrases ?? {})) for (const phrase of list ?? []) for (const word of phrase.split(/[\s\-–—/]+/)) if (word) all.add(word.toLowerCase())
    }
    for (const entity of registry.entities.values()) add(entity.names)
    for (const claim of registry.claims) {
      add(claim.terms)
      add(claim.noun)
    }
    for (const ratio of registry.ratios) add(ratio.terms)
    words = all
    registryWordCache.set(registry, words)
  }
  return words
}

export default rule
