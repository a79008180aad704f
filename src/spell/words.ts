/**
 * Short words of each language that the split search treats specially.
 */
import type {Lang} from '../types.js'

/**
 * Short words that may be one part of a split, and that make a split more
 * likely right: a bad copy most often loses the space after an article, a
 * preposition or a conjunction. One-letter parts are allowed only when they
 * are words of the language (es "a", "e", "o", "u", "y"; en "a").
 */
export const functionWords: Record<Lang, ReadonlySet<string>> = {
  es: new Set(
    (
      'a al con de del e el en es ha han la las le les lo los mi ni no o para por que se si su sus un una uno unos unas u y ya ' +
      'más muy sin sobre entre como hay fue son era este esta estos estas ese esa sus tras desde hasta hacia según cada todo todos'
    ).split(' ')
  ),
  en: new Set(
    (
      'a an and as at be by for from in into is it its of on or the to was were we with has had have are not but ' +
      'this that these those their his her our than over after before more most each all so he she they you my us up out do no if ' +
      'some any them who which will would can could been also now when where there through off yet'
    ).split(' ')
  )
}
