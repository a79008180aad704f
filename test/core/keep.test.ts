/**
 * A run that keeps only what the run rules need (the CLI's default, without
 * --explain or the review page) reports exactly what a run that keeps every
 * document reports: same messages, places, fingerprints and related places,
 * in both languages, with the cross-document rules finding what they find.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {LintRun, lintFiles} from '../../src/engine.js'
import {loadRegistry} from '../../src/registry/load.js'
import {KeptSentence, keepForRun} from '../../src/pipeline/keep.js'

const corpus = fileURLToPath(new URL('../corpus', import.meta.url))

function corpusFiles(): VFile[] {
  const files: VFile[] = []
  for (const folder of fs.readdirSync(corpus).sort()) {
    const dir = path.join(corpus, folder)
    if (!fs.statSync(dir).isDirectory() || folder === 'tools') continue
    for (const name of fs.readdirSync(dir).sort()) {
      if (/\.(md|txt)$/.test(name)) files.push(new VFile({path: path.join(folder, name), value: fs.readFileSync(path.join(dir, name), 'utf8')}))
    }
  }
  return files
}

function shown(files: VFile[]) {
  return files.flatMap((file) =>
    file.messages.map((m) => ({file: file.path, ruleId: m.ruleId, place: m.place, reason: m.reason, data: m.claimlint, cause: m.cause && String(m.cause)}))
  )
}

describe('keeping only what run rules need', () => {
  it('gives the same messages as keeping every document, on the annotated corpus (en and es)', async () => {
    const registry = await loadRegistry(path.join(corpus, 'claims.yaml'))
    const full = lintFiles(corpusFiles(), {registry})
    const kept = lintFiles(corpusFiles(), {registry, traces: false})
    expect(kept.traces.size).toBe(0)
    expect(full.traces.size).toBeGreaterThan(30)
    const expected = shown(full.files)
    // The comparison means something only if the run rules found things across documents.
    expect(expected.filter((m) => m.ruleId === 'inconsistent-figure').length).toBeGreaterThan(3)
    expect(new Set(expected.map((m) => m.file.slice(-5))).size).toBeGreaterThan(1)
    expect(shown(kept.files)).toEqual(expected)
  })

  it('rebuilds a kept sentence’s tokens as they were, a decoded HTML entity included', () => {
    const run = new LintRun({})
    const file = new VFile({path: 'ties.html', value: '<p>Japan &amp; Vietnam traded $50 billion in 2022.</p><p>No figure here.</p>'})
    run.add(file)
    const {traces} = run.finish()
    const doc = traces.get(file)!.doc
    const kept = keepForRun(doc)
    expect(kept.sentences).toHaveLength(1)
    const original = doc.sentences[0]
    // The fields of the public Token type (the extractor's own tokens carry more, which no rule reads).
    expect(kept.sentences[0].tokens).toEqual(original.tokens.map(({text, start, end, type}) => ({text, start, end, type})))
    expect(kept.sentences[0].tokens.some((token) => token.text === '&')).toBe(true)
    expect(kept.sentenceOf.get(original.claims[0])).toBe(kept.sentences[0])
  })

  it('packs tokens one number each, a gap and a decoded entity included, and reads them back', () => {
    const text = 'Japan &amp; Vietnam:  $50 billion.'
    const tokens = [
      {text: 'Japan', start: 10, end: 15, type: 'word' as const},
      {text: ' ', start: 15, end: 16, type: 'whitespace' as const},
      {text: '&', start: 16, end: 21, type: 'symbol' as const},
      {text: ' ', start: 21, end: 22, type: 'whitespace' as const},
      {text: 'Vietnam', start: 22, end: 29, type: 'word' as const},
      // A token that does not start where the last ended (no token for "  ").
      {text: '$', start: 32, end: 33, type: 'symbol' as const},
      {text: '50', start: 33, end: 35, type: 'number' as const}
    ]
    const sentence = new KeptSentence({text, start: 10, end: 10 + text.length, claims: [], lang: 'en', tokens})
    const packed = sentence.packed()
    expect(packed.tokens).toEqual([5 * 5 + 0, 1 * 5 + 4, 5 * 5 + 3, 1 * 5 + 4, 7 * 5 + 0, -33, 1 * 5 + 3, 2 * 5 + 1])
    expect(packed.texts).toEqual({2: '&'})
    expect(KeptSentence.fromPacked(JSON.parse(JSON.stringify(packed))).tokens).toEqual(tokens)
  })
})
