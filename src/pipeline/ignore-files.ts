/**
 * `.claimlintignore` files: gitignore syntax, read with the `ignore` package
 * (the implementation ESLint uses), so anchoring (`/sub/`), negation
 * (`!keep.md`), folder patterns (`drafts/`) and nested paths (`a/b/*.md`)
 * mean what they mean to git. Patterns are matched, never brace-expanded:
 * gitignore has no braces, so `{1..100000000}` is a literal name and costs
 * nothing.
 *
 * As with `.gitignore`, a file applies to its folder and everything under
 * it, and a deeper file's patterns win over a shallower one's.
 */
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {readRegular} from './open.js'
import {decodeText} from './decode.js'

export const ignoreName = '.claimlintignore'

/** The ignore files that apply in a folder, outermost first. */
export interface IgnoreChain {
  /** Folder of the ignore file, relative to the walk's root, posix separators ('' for the root). */
  base: string
  rules: Ignore
  parent: IgnoreChain | undefined
}

/** Largest `.claimlintignore` read: 1 MB of patterns is far more than any real one. */
const maxIgnoreSize = 1024 * 1024

/**
 * The chain for folder `dir` (absolute; `rel` relative to the walk's root):
 * the parent's, plus the folder's own ignore file when it has one. An ignore
 * file that cannot be read is reported through `problem` and applies nothing.
 */
export async function ignoreChainOf(
  dir: string,
  rel: string,
  parent: IgnoreChain | undefined,
  problem: (file: string, reason: string) => void
): Promise<IgnoreChain | undefined> {
  const file = path.join(dir, ignoreName)
  const opened = await readRegular(file, maxIgnoreSize)
  if (!opened.ok) {
    if (opened.kind !== 'missing') problem(file, `Cannot use this ignore file: ${opened.reason}`)
    return parent
  }
  const decoded = decodeText(opened.buffer)
  if (!decoded.ok) {
    problem(file, `Cannot use this ignore file: ${decoded.reason}`)
    return parent
  }

  return {base: rel, rules: ignore().add(decoded.text), parent}
}

/**
 * Whether `rel` (relative to the walk's root, posix separators, a trailing
 * `/` for a folder) is ignored: the deepest file that says anything about
 * it decides.
 */
export function isIgnored(chain: IgnoreChain | undefined, rel: string): boolean {
  for (let link = chain; link; link = link.parent) {
    const sub = link.base === '' ? rel : rel.slice(link.base.length + 1)
    const result = link.rules.test(sub)
    if (result.ignored) return true
    if (result.unignored) return false
  }

  return false
}
