/**
 * GitHub Flavored Markdown as claimlint reads it: remark-gfm's tables,
 * footnotes, strikethrough and task lists, put together from the same
 * micromark and mdast-util extensions remark-gfm combines, without its
 * autolink literals (a bare `https://…` or `www.…` made a link).
 *
 * Why without: the autolink literal extension was two thirds of Markdown
 * parsing (1,000 news articles: 1.2 s with remark-gfm, 0.7 s without), as
 * it tries every character that may start a URL or an e-mail address; and
 * it changes nothing claimlint reads: a link's text is read as prose either
 * way, and the extractor skips URLs and e-mail addresses in any text
 * (`urlSpans` in src/extract/grammar.ts), as it must for plain text.
 */
import type {Processor} from 'unified'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'

/** A unified plugin: GFM without autolink literals (see the module's doc). */
export function remarkGfmProse(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}
