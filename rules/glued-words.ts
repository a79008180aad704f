/**
 * @file glued-words
 *
 * Words run together by a bad copy — "mayorproveedor", "deseguridad",
 * "válidoscon", "theyear" — found with a real dictionary (Hunspell
 * dictionaries through nspell) for the document's language: a word the
 * dictionary does not know that splits into two words it does know. The
 * suggestion is the split.
 *
 * Proper names, acronyms, numbers, URLs, e-mail addresses, hashtags and
 * correct compounds ("sociocultural", "nationwide") are never flagged; each
 * part must have three letters or more unless it is a short function word
 * ("de", "en", "y", "of", "the"). Options: `ignore` (words never flagged) and
 * `minLength` (shortest word checked, default 6).
 *
 * Measured on correct text with `npx tsx scripts/eval-glued.ts`: 0.35 % of
 * 3,727 English and 0.28 % of 3,580 Spanish words of the peer-suite
 * sentences flagged (lower-cased company names and words the dictionaries
 * lack), none of the project's own clean prose; 26 of the 28 glued words of
 * the Spanish seed article found. Details in docs/glued-words-measurement.md.
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
 * @example invalid.en.txt
 *   Theyear marked half a century ofdiplomatic ties.
 *
 * @output
 *   1:1-1:8 warning Unexpected glued words `Theyear`, expected `The year`
 *   1:31-1:43 warning Unexpected glued words `ofdiplomatic`, expected `of diplomatic`
 */
import type {Finding, Rule} from '../src/rule.js'
import {finding} from '../src/rule.js'
import {findGluedWords} from '../src/spell/glued.js'

const id = 'glued-words'

const messages = {
  glued: 'Unexpected glued words `{found}`, expected `{expected}`'
}

const rule: Rule = {
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
        ignore: {type: 'array', items: {type: 'string', minLength: 1}},
        minLength: {type: 'integer', minimum: 2}
      },
      additionalProperties: false
    },
    defaults: {ignore: [], minLength: 6}
  },
  check(doc, context) {
    const findings: Finding[] = []
    const options = {ignore: context.options.ignore as string[], minLength: context.options.minLength as number}
    for (const sentence of doc.sentences) {
      for (const glued of findGluedWords(sentence.tokens, doc.lang, options)) {
        const expected = glued.split.join(' ')
        findings.push(finding(rule.meta, doc, 'glued', {found: glued.text, expected}, glued, {expected: [expected]}))
      }
    }

    return findings
  }
}

export default rule
