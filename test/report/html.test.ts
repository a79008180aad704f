/**
 * The review page (`--format html`): its content as markup here, and its
 * behaviour in a real browser (Debian's chromium driven by playwright-core;
 * `.ci/run` installs chromium where it is missing; skipped, saying why,
 * where there is no browser).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli as runCli, type Run} from '../cli/run.js'
import {esc} from '../../src/report/html.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => fs.existsSync(file))
const outputDir = path.join(root, 'test-output')
if (!chromiumPath) console.warn('test/report/html.test.ts: no chromium at /usr/bin/chromium; the browser tests of the review page are skipped (apt-get install chromium)')

const cli = async (args: string[], cwd: string): Promise<Run> => runCli(['--no-color', ...args], cwd)

const hostile =
  'Japón sigue siendo el mayorproveedor de ayuda. <script>window.__pwned = 1</script>\n' +
  'El informe dice "><img src=x onerror="window.__pwned=2"> y \'><svg onload=window.__pwned=3>.\n'

let dir: string
let page: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-html-'))
  fs.cpSync(path.join(root, 'examples'), path.join(dir, 'examples'), {recursive: true})
  fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(dir, 'claims.yaml'))
  fs.writeFileSync(path.join(dir, 'examples', 'hostil.es.txt'), hostile)
  const result = await cli(['--format', 'html', 'examples'], dir)
  expect(result.code).toBe(1)
  page = result.stdout
})

afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe('--format html', () => {
  it('is one self-contained page: no external resource, a CSP allowing only its own script and style', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<(?:link|img|iframe)\b|src=["']?https?:/i)
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'/)
  })

  it('escapes every string of the documents', () => {
    expect(page).not.toContain('<script>window.__pwned')
    expect(page).toContain('&lt;script&gt;window.__pwned = <mark class="unmatched"')
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=<mark class="unmatched"')
    expect(page).toContain('&#39;&gt;&lt;svg onload=window.__pwned=<mark')
    expect(esc(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;')
  })

  it('highlights claims by status and lists each finding with its registry value, source and suggestion', () => {
    expect(page).toMatch(/<mark class="contradicts" id="d1-c\d+" title="year “2022” = 2022: contradicted by a finding \(vn-jp-diplomatic-ties\)">2022<\/mark>/)
    expect(page).toMatch(/<mark class="agrees" id="d1-c\d+" title="anniversary “50th anniversary” = 50: agrees with the registry \(vn-jp-diplomatic-ties\)">50th anniversary<\/mark>/)
    expect(page).toContain('<p class="msg">Unexpected `2022` for the 50th anniversary of `vn-jp-diplomatic-ties` (1973), expected `2023`</p>')
    expect(page).toContain('<a href="https://www.mofa.go.jp/region/asia-paci/vietnam/data.html" rel="noreferrer">https://www.mofa.go.jp/region/asia-paci/vietnam/data.html</a>')
    expect(page).toContain('<p class="suggest">Suggestion: replace <q>2022</q> with <q>2023</q></p>')
  })
})

describe.runIf(chromiumPath)('--format html in a browser', () => {
  it('filters, moves from finding to finding with j/k, keeps focus visible, and runs nothing from the text', async () => {
    const {chromium} = await import('playwright-core')
    const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
    try {
      const tab = await browser.newPage({viewport: {width: 1280, height: 900}})
      const errors: string[] = []
      tab.on('pageerror', (error) => errors.push(error.message))
      const file = path.join(dir, 'review.html')
      fs.writeFileSync(file, page)
      await tab.goto('file://' + file)

      // Page expressions are strings: they run in the browser, and test/ is type-checked without the DOM library.
      expect(await tab.evaluate('window.__pwned')).toBeUndefined()
      expect(await tab.locator('text=<script>window.__pwned = 1</script>').count()).toBe(1)
      expect(await tab.locator('mark.contradicts').count()).toBeGreaterThanOrEqual(3)
      const total = await tab.locator('li.finding').count()
      // Every finding of the three examples and of the hostile file.
      expect(total).toBe(11)

      await tab.selectOption('#filter-rule', 'glued-words')
      expect(await tab.locator('li.finding:visible').count()).toBe(4)
      expect(await tab.locator('li.finding:visible[data-rule="glued-words"]').count()).toBe(4)

      await tab.keyboard.press('j')
      const first = await tab.evaluate('document.activeElement?.id')
      await tab.keyboard.press('j')
      const second = await tab.evaluate('document.activeElement?.id')
      expect(first).toMatch(/^d\d+-f\d+$/)
      expect(second).toMatch(/^d\d+-f\d+$/)
      expect(second).not.toBe(first)
      expect(await tab.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid')
      await tab.keyboard.press('k')
      expect(await tab.evaluate('document.activeElement?.id')).toBe(first)

      await tab.selectOption('#filter-rule', '')
      await tab.selectOption('#filter-severity', 'error')
      expect(await tab.locator('li.finding:visible').count()).toBe(6)
      expect(errors).toEqual([])

      fs.mkdirSync(outputDir, {recursive: true})
      await tab.screenshot({path: path.join(outputDir, 'review.png'), fullPage: false})
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('loads a 200-document review quickly (printed, not asserted)', async () => {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlint-html-many-'))
    try {
      fs.copyFileSync(path.join(root, 'claims.yaml'), path.join(many, 'claims.yaml'))
      for (let n = 0; n < 100; n++) {
        fs.copyFileSync(path.join(root, 'examples', 'vietnam-japan.en.md'), path.join(many, `en-${n}.md`))
        fs.copyFileSync(path.join(root, 'examples', 'vietnam-japon.es.txt'), path.join(many, `es-${n}.txt`))
      }
      const result = await cli(['--format', 'html', '-o', 'review.html', '.'], many)
      expect(result.code).toBe(1)
      const {chromium} = await import('playwright-core')
      const browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
      try {
        const tab = await browser.newPage()
        const started = Date.now()
        await tab.goto('file://' + path.join(many, 'review.html'), {waitUntil: 'load'})
        const loaded = Date.now() - started
        expect(await tab.locator('section.document').count()).toBe(200)
        const started2 = Date.now()
        await tab.selectOption('#filter-rule', 'glued-words')
        const filtered = Date.now() - started2
        console.log(`review page, 200 documents (${(fs.statSync(path.join(many, 'review.html')).size / 1024).toFixed(0)} KB): loaded in ${loaded} ms, filtered in ${filtered} ms`)
      } finally {
        await browser.close()
      }
    } finally {
      fs.rmSync(many, {recursive: true, force: true})
    }
  }, 120_000)
})
