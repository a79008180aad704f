/**
 * Walk: the files under one folder that a run should read.
 *
 * Every folder is listed once (by its real path), so symbolic links that
 * lead back up the tree make no loop; a link whose target lies outside the
 * folders given on the command line is reported and not followed unless
 * `followSymlinks`; `node_modules`, `.git` and dot entries are skipped, and
 * `.claimlintignore` files apply to their folder and below. Entries that are
 * not regular files (a FIFO named `x.md`) are kept so that reading reports
 * them with a reason. One folder is open at a time.
 *
 * fast-glob and fdir walk quickly but know nothing of this policy (real-path
 * bookkeeping, containment in the folders given, pruning by ignore files
 * nested anywhere), and fast-glob expands braces into every combination; the
 * loop itself is a few lines, so it is ours.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Stats} from 'node:fs'
import {ignoreChainOf, ignoreName, isIgnored, type IgnoreChain} from './ignore-files.js'

/** A file found: the path it was found at (absolute) and its real path. */
export interface Found {
  path: string
  real: string
}

/** An entry reported instead of read; `fatal` when it makes the run fail. */
export interface Skipped {
  path: string
  reason: string
  fatal: boolean
}

export interface WalkOptions {
  /** Whether a file, given its path relative to the root (posix separators), is wanted. */
  accept: (rel: string) => boolean
  /** Also walk dot folders (a glob that names one asks for it). */
  dot?: boolean
  /** Real paths of every folder given; links leading outside them are not followed... */
  roots: readonly string[]
  /** ...unless this is set. */
  followSymlinks?: boolean
}

interface Folder {
  path: string
  real: string
  rel: string
  ignores: IgnoreChain | undefined
}

/** Walk `root` (absolute, a folder) and collect its files. */
export async function walk(root: string, options: WalkOptions): Promise<{files: Found[]; skipped: Skipped[]}> {
  const files: Found[] = []
  const skipped: Skipped[] = []
  const visited = new Set<string>()
  const report = (file: string, reason: string, fatal = true) => skipped.push({path: file, reason, fatal})

  const rootReal = await fs.realpath(root)
  const stack: Folder[] = [{path: root, real: rootReal, rel: '', ignores: undefined}]
  // Folders reached through a link wait until every real folder is walked, so
  // a folder reached both ways is listed under its own path.
  const linked: Folder[] = []
  visited.add(rootReal)

  for (;;) {
    let folder = stack.pop()
    if (!folder) {
      folder = linked.shift()
      if (!folder) break
      if (visited.has(folder.real)) continue
      visited.add(folder.real)
    }
    let entries
    try {
      entries = await fs.readdir(folder.path, {withFileTypes: true})
    } catch (error) {
      report(folder.path, `Cannot read folder: ${(error as Error).message}`)
      continue
    }
    const here = folder
    const ignores = entries.some((entry) => entry.name === ignoreName)
      ? await ignoreChainOf(folder.path, folder.rel, folder.ignores, report)
      : folder.ignores

    const kept = entries
      .filter(({name}) => name !== 'node_modules' && name !== '.git' && (options.dot || !name.startsWith('.')))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    // The links of a folder are resolved together: no file is opened, and a
    // tree with thousands of links is not walked one round trip at a time.
    const links = await Promise.all(kept.map((entry) => (entry.isSymbolicLink() ? resolveLink(path.join(here.path, entry.name)) : undefined)))

    const folders: Folder[] = []
    for (const [i, entry] of kept.entries()) {
      const name = entry.name
      const abs = path.join(folder.path, name)
      const rel = folder.rel === '' ? name : folder.rel + '/' + name

      let real = path.join(folder.real, name)
      let isFolder = entry.isDirectory()
      if (entry.isSymbolicLink()) {
        const {target, stat} = links[i] ?? {}
        if (!target || !stat) {
          if (options.accept(rel) && !isIgnored(ignores, rel)) report(abs, 'Broken symbolic link: its target does not exist', false)
          continue
        }
        isFolder = stat.isDirectory()
        real = target
        if (!options.followSymlinks && !options.roots.some((r) => inside(r, target))) {
          if ((isFolder || options.accept(rel)) && !isIgnored(ignores, isFolder ? rel + '/' : rel)) {
            report(abs, `Symbolic link to \`${target}\`, outside the folders given, not followed (use --follow-symlinks)`, false)
          }
          continue
        }
      }

      if (isFolder) {
        if (isIgnored(ignores, rel + '/')) continue
        if (entry.isSymbolicLink()) {
          linked.push({path: abs, real, rel, ignores})
        } else if (!visited.has(real)) {
          visited.add(real)
          folders.push({path: abs, real, rel, ignores})
        }
      } else if (options.accept(rel) && !isIgnored(ignores, rel)) {
        files.push({path: abs, real})
      }
    }

    // Depth first, in name order.
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i])
  }

  return {files, skipped}
}

/** The real path and kind of a link's target; nothing when it leads nowhere. */
async function resolveLink(link: string): Promise<{target: string; stat: Stats} | undefined> {
  try {
    const target = await fs.realpath(link)
    return {target, stat: await fs.stat(target)}
  } catch {
    return undefined
  }
}

/** Whether `file` is `folder` or lies under it (both real, absolute). */
export function inside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file)
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel))
}
