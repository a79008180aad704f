import {VFile} from 'vfile'
import {parseDocument} from './src/pipeline/parse.js'
import {extractDocument} from './src/pipeline/extract.js'
const n = Number(process.argv[3])
const gens: Record<string, () => [string,string]> = {
  quote: () => ['a.md', '>'.repeat(n) + ' The fund raised $96 million.'],
  list: () => ['a.md', Array.from({length: n}, (_, i) => '  '.repeat(i) + '- item 5 projects').join('\n')],
  list1: () => ['a.md', '- '.repeat(n) + 'The fund raised $96 million.'],
  stars: () => ['a.md', '*_'.repeat(n)],
  table: () => ['a.md', '| a | b |\n|---|---|\n' + Array.from({length: n}, (_, i) => `| ${i} | $96 million |`).join('\n')],
  para: () => ['a.md', 'The fund raised $96 million last year. '.repeat(n)],
  divs: () => ['a.html', '<div>'.repeat(n) + 'The fund raised $96 million.' + '</div>'.repeat(n)],
}
const [path, value] = gens[process.argv[2]](); const t = Date.now()
try { const p = parseDocument(new VFile({path, value}), {lang:'en'}); const s = extractDocument(p); const c = s.flatMap(x=>x.claims); console.log(process.argv[2], n, 'ok', Date.now()-t, 'ms', c.length, c.slice(0,2).map(k=>[k.text,k.value,k.start])) }
catch (e) { console.log(process.argv[2], 'FAIL', Date.now()-t, 'ms', String(e).slice(0,100), (e as Error).stack?.split('\n')[1]) }
