/**
 * HTML to nlcst, block by block, with every leaf at its true place in the
 * HTML source, and the page's language and date.
 *
 * The page is parsed by parse5 (the HTML standard's tree construction, the
 * parser under rehype-parse) and walked with an explicit stack: rehype-parse
 * and hast-util-to-nlcst recurse over the tree, and 100,000 nested `<div>`s
 * overflowed the stack. Text is gathered into blocks (`<p>`, `<li>`,
 * `<td>`, `<blockquote>`, headings, any element that is not inline), each
 * block's characters paired with their source offsets (character references
 * decoded, see `align`) and parsed like plain text; `<br>` is a line break.
 * `<script>`, `<style>`, `<code>`, `<pre>`, `<template>`, `<textarea>` and
 * the like are never prose. A `lang` attribute on an element gives its
 * block's language (`blockLang`).
 */
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import type {RootContent} from 'nlcst'
import type {Lang} from '../types.js'
import {LANGS} from '../types.js'
import type {PickParser, Prose, ToPoint} from './markdown.js'
import {align, proseToNlcst} from './markdown.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Elements whose content is never prose. */
const opaque = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'textarea', 'noscript', 'svg', 'math', 'title', 'iframe', 'object', 'select'])

/** Elements inside a block that do not separate it. */
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'nobr'])

export interface HtmlBlock {
  /** The block's language from the nearest `lang` attribute, if it names a supported one. */
  lang?: Lang
  prose: Prose
}

export interface HtmlPage {
  /** `<html lang>`, when it names a supported language. */
  lang?: Lang
  /** `content` of the first date `<meta>`, with its name. */
  date?: {name: string; content: string; offset?: number}
  blocks: HtmlBlock[]
  /** Comments (`<!-- … -->`), their text and source span, for inline directives. */
  comments: Array<{value: string; start: number; end: number}>
}

const dateNames = new Set(['date', 'article:published_time', 'dcterms.date', 'datepublished'])

/** Parse `source` and gather its prose blocks, language and date. */
export function readHtml(source: string): HtmlPage {
  const document = parse(source, {sourceCodeLocationInfo: true})
  const page: HtmlPage = {blocks: [], comments: []}
  let block: HtmlBlock = {prose: {text: '', offsets: [], codes: new Map(), ends: new Map()}}
  // Entries: a node to enter, or the language in force after leaving an element (a string), or null to end a block.
  const stack: Array<Node | {leave: Lang | undefined; ends: boolean}> = [document]
  let lang: Lang | undefined

  const flush = () => {
    if (block.prose.text.length > 0) page.blocks.push(block)
    block = {lang, prose: {text: '', offsets: [], codes: new Map(), ends: new Map()}}
  }

  while (stack.length > 0) {
    const entry = stack.pop()!
    if ('leave' in entry) {
      if (entry.ends) flush()
      if (entry.leave !== lang) {
        flush()
        lang = entry.leave
        block.lang = lang
      }

      continue
    }

    const node = entry
    if (node.nodeName === '#comment') {
      const comment = node as DefaultTreeAdapterMap['commentNode']
      const place = comment.sourceCodeLocation
      if (place) page.comments.push({value: comment.data, start: place.startOffset, end: place.endOffset})
      continue
    }
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterMap['textNode']
      const place = text.sourceCodeLocation
      if (place) align(text.value, source, place.startOffset, place.endOffset, block.prose)
      continue
    }

    if (!('childNodes' in node)) continue
    const element = 'tagName' in node ? (node as Element) : undefined
    if (element) {
      const name = element.tagName
      if (name === 'meta' && !page.date) readMeta(element, page)
      if (opaque.has(name)) continue
      if (name === 'br') {
        const place = element.sourceCodeLocation
        // The line break stands for the whole tag, which the lexer must not read.
        if (place) block.prose.ends.set(block.prose.text.length, place.endOffset)
        block.prose.text += '\n'
        block.prose.offsets.push(place ? place.startOffset : 0)
        continue
      }

      const ownLang = readLang(element)
      if (name === 'html' && ownLang) page.lang = ownLang
      const isBlock = !inline.has(name)
      if (isBlock) flush()
      stack.push({leave: lang, ends: isBlock})
      // `<html lang>` is the page's language, which a block's own clear language overrides; `<p lang>` is the block's.
      if (name !== 'html' && element.attrs.some((attribute) => attribute.name === 'lang') && ownLang !== lang) {
        flush()
        lang = ownLang
        block.lang = lang
      }
    }

    const children = node.childNodes as Node[]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }

  flush()
  return page
}

/** An element's `lang` as a supported language (`es-MX` → `es`); undefined for others and for none. */
function readLang(element: Element): Lang | undefined {
  const value = element.attrs.find((attribute) => attribute.name === 'lang')?.value
  if (!value) return undefined
  const lang = value.toLowerCase().slice(0, 2) as Lang
  return LANGS.includes(lang) ? lang : undefined
}

function readMeta(element: Element, page: HtmlPage): void {
  const attribute = (name: string) => element.attrs.find((item) => item.name === name)?.value
  const name = String(attribute('name') ?? attribute('property') ?? attribute('itemprop') ?? '').toLowerCase()
  const content = attribute('content')
  if (dateNames.has(name) && content !== undefined) page.date = {name, content, offset: element.sourceCodeLocation?.startOffset}
}

/**
 * The page's blocks as nlcst paragraphs, each parsed by the parser of its
 * language, into `out`; with `onPiece`, each block's paragraphs are handed
 * over instead, and the block is dropped from the page once read, so a
 * large page's prose and nlcst are never held whole (a generated 5 MB page:
 * 16.3 s and 1.14 GB peak whole, 8.2 s and 327 MB so).
 */
export function htmlToNlcst(
  page: HtmlPage,
  source: string,
  pick: (lang: Lang | undefined) => PickParser,
  toPoint: ToPoint,
  out: RootContent[],
  check?: () => void,
  onPiece?: (children: RootContent[]) => void
): void {
  const blocks: Array<HtmlBlock | undefined> = page.blocks
  for (let index = 0; index < blocks.length; index++) {
    check?.()
    const block = blocks[index]!
    proseToNlcst(block.prose, source, pick(block.lang), toPoint, out)
    if (onPiece) {
      onPiece(out.splice(0))
      blocks[index] = undefined
    }
  }
  if (onPiece) blocks.length = 0
}
