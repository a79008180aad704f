/**
 * Walking hostile trees: special files, symbolic links (outside the folders
 * given, loops, several paths to one file), `.claimlintignore` in real
 * gitignore syntax and hostile patterns, hostile globs, and more files than
 * the process may open at once. Each run also lints an ordinary file with one
 * finding, which must still be reported, and the exit code must hold.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cli, cliProcess, cliCommand, fixtureRegistry as registry, shell, tempFolder, wrongAnniversary, wrongAnniversaryFinding} from '../cli/run.js'

const folders: string[] = []
function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempFolder(files)
  folders.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, {recursive: true, force: true})
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The files a pretty report lists, in order. */
function reported(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\S+\.(?:txt|md)(?::|$)/.test(line)).map((line) => line.replace(/: no issues found$/, ''))
}

describe('only regular files are read', () => {
  it('reports a FIFO given as a path or met in a walk, never waits on it, and lints the rest', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary})
    execFileSync('mkfifo', [path.join(dir, 'docs', 'pipe.md')])
    execFileSync('mkfifo', [path.join(dir, 'named.txt')])
    const result = await cliProcess(['--registry', registry, '--no-color', 'named.txt', 'docs', 'docs/'], dir, 30)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/named\.txt\n\s*error\s+Not a regular file but a FIFO \(named pipe\); skipped\s+read/)
    expect(result.stdout).toMatch(/docs\/pipe\.md\n\s*error\s+Not a regular file but a FIFO \(named pipe\); skipped\s+read/)
    // Given twice, reported once.
    expect(result.stdout.match(/pipe\.md/g)).toHaveLength(1)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  }, 60_000)

  it('reports /dev/zero given as a path instead of reading it forever', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary})
    const result = await cliProcess(['--registry', registry, '--no-color', '/dev/zero', 'wrong.en.txt'], dir, 30)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/\/dev\/zero\n\s*error\s+Not a regular file but a character device; skipped\s+read/)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  }, 60_000)

  it('reports a socket given as a path or met in a walk', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary})
    const servers = await Promise.all(
      [path.join(dir, 'docs', 'socket.md'), path.join(dir, 'socket.txt')].map(
        (file) => new Promise<net.Server>((resolve) => {
          const server = net.createServer().listen(file, () => resolve(server))
        })
      )
    )
    try {
      const result = await cli(['--registry', registry, '--no-color', 'socket.txt', 'docs'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toMatch(/^socket\.txt\n\s*error\s+Not a regular file but a socket; skipped\s+read/m)
      expect(result.stdout).toMatch(/docs\/socket\.md\n\s*error\s+Not a regular file but a socket; skipped\s+read/)
      expect(result.stdout).toMatch(wrongAnniversaryFinding)
    } finally {
      for (const server of servers) server.close()
    }
  })
})

describe('symbolic links', () => {
  it('does not follow a link leading outside the folders given, unless --follow-symlinks', async () => {
    const outside = folder({'secret.en.txt': wrongAnniversary})
    const dir = folder({'docs/clean.en.md': '# Notes\n\nNothing to check here.\n'})
    fs.symlinkSync(path.join(outside, 'secret.en.txt'), path.join(dir, 'docs', 'link.en.txt'))
    fs.symlinkSync('/etc/passwd', path.join(dir, 'docs', 'passwd.txt'))

    const kept = await cli(['--registry', registry, '--no-color', 'docs'], dir)
    expect(kept.code).toBe(0)
    expect(kept.stdout).not.toContain('anniversary-year')
    expect(kept.stdout).toMatch(
      new RegExp(`docs/link\\.en\\.txt\\n\\s*warning\\s+Symbolic link to \`${outside}/secret\\.en\\.txt\`, outside the folders given, not followed \\(use --follow-symlinks\\)\\s+read`)
    )
    expect(kept.stdout).toMatch(/docs\/passwd\.txt\n\s*warning\s+Symbolic link to `\/etc\/passwd`, outside the folders given, not followed/)
    expect(kept.stdout).not.toContain('root:')

    const followed = await cli(['--registry', registry, '--no-color', '--follow-symlinks', '--rule', 'glued-words=off', 'docs'], dir)
    expect(followed.code).toBe(1)
    expect(followed.stdout).toMatch(/docs\/link\.en\.txt\n\s*1:10-1:14\s+error\s+Unexpected `2022`/)
    expect(followed.stdout).not.toContain('outside the folders given')
  })

  it('follows a link to another folder given', async () => {
    const dir = folder({'a/clean.md': 'Nothing to check here.\n', 'b/wrong.en.txt': wrongAnniversary})
    fs.symlinkSync(path.join(dir, 'b', 'wrong.en.txt'), path.join(dir, 'a', 'link.txt'))
    const result = await cli(['--registry', registry, '--no-color', 'a', 'b'], dir)
    expect(result.code).toBe(1)
    // One real file, linted once, under its own path.
    expect(reported(result.stdout)).toEqual(['a/clean.md', 'b/wrong.en.txt'])
    expect(result.stdout.match(/anniversary-year/g)).toHaveLength(1)
  })

  it('lints every real file once, whatever the links to it and to its folders', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary, 'docs/sub/clean.md': 'Nothing to check here.\n'})
    fs.symlinkSync('../wrong.en.txt', path.join(dir, 'docs', 'sub', 'again.txt'))
    fs.symlinkSync('sub', path.join(dir, 'docs', 'alias'))
    const result = await cli(['--registry', registry, '--no-color', 'docs', 'docs/sub', 'docs/alias/clean.md'], dir)
    expect(result.code).toBe(1)
    expect(reported(result.stdout)).toEqual(['docs/sub/clean.md', 'docs/wrong.en.txt'])
    expect(result.stdout.match(/anniversary-year/g)).toHaveLength(1)
  })

  it('ends a walk through links that loop back to a parent', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary, 'docs/a/b/clean.md': 'Nothing to check here.\n'})
    // Two links back up at each of two levels: a walk that follows them grows exponentially.
    fs.symlinkSync('..', path.join(dir, 'docs', 'a', 'up1'))
    fs.symlinkSync('..', path.join(dir, 'docs', 'a', 'up2'))
    fs.symlinkSync('../..', path.join(dir, 'docs', 'a', 'b', 'top1'))
    fs.symlinkSync('../..', path.join(dir, 'docs', 'a', 'b', 'top2'))
    const result = await cliProcess(['--registry', registry, '--no-color', 'docs', '*/**/*.md'], dir)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(reported(result.stdout)).toEqual(['docs/a/b/clean.md', 'docs/wrong.en.txt'])
  }, 60_000)

  it('reports a broken link given as a path (exit 2) and one met in a walk (a warning)', async () => {
    const dir = folder({'docs/wrong.en.txt': wrongAnniversary})
    fs.symlinkSync('nowhere.md', path.join(dir, 'docs', 'dangling.md'))
    const walked = await cli(['--registry', registry, '--no-color', 'docs'], dir)
    expect(walked.code).toBe(1)
    expect(walked.stdout).toMatch(/docs\/dangling\.md\n\s*warning\s+Broken symbolic link: its target does not exist\s+read/)
    expect(walked.stdout).toMatch(wrongAnniversaryFinding)
    const given = await cli(['--registry', registry, '--no-color', 'docs/dangling.md', 'docs/wrong.en.txt'], dir)
    expect(given.code).toBe(2)
    expect(given.stdout).toMatch(/docs\/dangling\.md\n\s*error\s+Broken symbolic link: its target does not exist\s+read/)
    expect(given.stdout).toMatch(wrongAnniversaryFinding)
  })
})

describe('.claimlintignore is gitignore syntax', () => {
  const files = {
    'docs/top.en.txt': wrongAnniversary,
    'docs/sub/anchored.en.txt': wrongAnniversary,
    'docs/deep/sub/kept.en.txt': wrongAnniversary,
    'docs/drafts/draft.en.txt': wrongAnniversary,
    'docs/notes/a.md': wrongAnniversary,
    'docs/notes/keep.md': wrongAnniversary,
    'docs/x/y/z.md': wrongAnniversary,
    'docs/x/y/other.md': wrongAnniversary,
    'docs/nested/.claimlintignore': '# a deeper file wins\n!again.md\nlocal.md\n',
    'docs/nested/again.md': wrongAnniversary,
    'docs/nested/local.md': wrongAnniversary,
    'docs/.claimlintignore': '# anchored, negated, folders and nested paths\n/sub/\ndrafts/\nnotes/*.md\n!notes/keep.md\nx/y/z.md\nagain.md\n'
  }

  it('anchors, negates, and matches folders and nested paths as git does', async () => {
    const dir = folder(files)
    const result = await cli(['--registry', registry, '--no-color', 'docs'], dir)
    expect(result.code).toBe(1)
    expect(reported(result.stdout)).toEqual([
      'docs/deep/sub/kept.en.txt',
      'docs/nested/again.md',
      'docs/notes/keep.md',
      'docs/top.en.txt',
      'docs/x/y/other.md'
    ])
  })

  it('reads hostile patterns as plain gitignore patterns, never brace-expanded', async () => {
    const dir = folder({
      'docs/wrong.en.txt': wrongAnniversary,
      'docs/5.md': wrongAnniversary,
      'docs/.claimlintignore': '{1..100000000}\n' + '{a,b}'.repeat(20) + '\n' + '{a,'.repeat(20) + 'x' + '}'.repeat(20) + '\n'
    })
    const result = await cliProcess(['--registry', registry, '--no-color', 'docs'], dir)
    expect(result.signal).toBeNull()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(reported(result.stdout)).toEqual(['docs/5.md', 'docs/wrong.en.txt'])
  }, 60_000)
})

describe('globs', () => {
  it('matches a hostile glob given on the command line without expanding it', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary, 'docs/clean.md': 'Nothing to check here.\n'})
    const twenty = 'docs/' + '{a,b}'.repeat(20) + '.md'
    const range = 'docs/{1..100000000}.md'
    const result = await cliProcess(['--registry', registry, '--no-color', twenty, range, 'wrong.en.txt'], dir)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(new RegExp(`${escape(twenty)}\\n\\s*error\\s+No files match this pattern`))
    expect(result.stdout).toMatch(new RegExp(`${escape(range)}\\n\\s*error\\s+No files match this pattern`))
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  }, 60_000)

  it('refuses a glob with more than three * in one path segment, which would backtrack for ever on a long name', async () => {
    const dir = folder({'wrong.en.txt': wrongAnniversary, [`docs/${'a'.repeat(200)}.md`]: 'Nothing to check here.\n'})
    const glob = 'docs/' + '*a'.repeat(12) + '*b.md'
    const result = await cliProcess(['--registry', registry, '--no-color', glob, 'docs/*a*a*.md', 'wrong.en.txt'], dir)
    expect(result.signal).toBeNull()
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(
      new RegExp(`${escape(glob)}\\n\\s*error\\s+Unexpected glob with 13 \`\\*\` in one path segment, expected at most 3 \\(more make matching a long name take too long\\)`)
    )
    expect(reported(result.stdout)).toContain(`docs/${'a'.repeat(200)}.md`)
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  }, 60_000)

  it('matches braces, ranges and ** in a glob', async () => {
    const dir = folder({'docs/a/one.md': 'One.\n', 'docs/b/two.txt': 'Two.\n', 'docs/c/three.md': 'Three.\n', 'docs/7.md': wrongAnniversary})
    const result = await cli(['--registry', registry, '--no-color', 'docs/{a,b}/*.{md,txt}', 'docs/{1..9}.md', 'docs/7.md/*.md'], dir)
    expect(reported(result.stdout)).toEqual(['docs/7.md', 'docs/7.md/*.md', 'docs/a/one.md', 'docs/b/two.txt'])
    // A glob whose base is a file matches nothing: a usage error.
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/docs\/7\.md\/\*\.md\n\s*error\s+No files match this pattern/)
  })
})

describe('bounded concurrency', () => {
  it('lints 1,200 files under `ulimit -n 256` without EMFILE', async () => {
    const files: Record<string, string> = {'many/0000-wrong.en.txt': wrongAnniversary}
    for (let i = 1; i < 1200; i++) files[`many/${String(i).padStart(4, '0')}.txt`] = `Note ${i}.\n`
    const dir = folder(files)
    const result = await shell(`ulimit -n 256 && ${cliCommand(['--registry', registry, '--no-color', '--quiet', 'many'])}`, dir, 120)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toContain('EMFILE')
    expect(result.code).toBe(1)
    expect(reported(result.stdout)).toEqual(['many/0000-wrong.en.txt'])
    expect(result.stdout).toMatch(wrongAnniversaryFinding)
  }, 180_000)
})
