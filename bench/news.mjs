// @ts-check
/**
 * The generated news text of the benchmarks, shared by `bench/extract.ts`
 * and `bench/instructions.mjs` (plain JavaScript, so that the latter runs
 * under valgrind with bare Node): paragraphs of five sentences taken in turn
 * from `bench/news-sentences.json`.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** @type {Record<'en' | 'es', string[]>} */
const sentences = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'news-sentences.json'), 'utf8'))

/**
 * A document of about `bytes` characters in `lang`.
 * @param {'en' | 'es'} lang
 * @param {number} bytes
 * @returns {string}
 */
export function newsDocument(lang, bytes) {
  const list = sentences[lang]
  const paragraphs = []
  let size = 0
  let index = 0
  while (size < bytes) {
    const paragraph = []
    for (let k = 0; k < 5; k++) paragraph.push(list[index++ % list.length])
    const text = paragraph.join(' ')
    paragraphs.push(text)
    size += text.length + 2
  }

  return paragraphs.join('\n\n')
}
