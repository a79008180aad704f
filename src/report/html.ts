/**
 * The review page (`--format html`): one self-contained HTML file for
 * editors who never open a terminal. Each document is shown with its claims
 * highlighted by status — contradicted by a finding, agreeing with the
 * registry, or matched to nothing — and beside it the findings, each with
 * the registry value and source, the suggested replacement and the related
 * place. Filters by rule, severity and document; `j`/`k` (or the arrow
 * keys) move from finding to finding; it prints cleanly.
 *
 * Safety: every string from a document or the registry is escaped; the
 * page's own script and style are allowed by their SHA-256 hashes in a
 * Content-Security-Policy that forbids everything else (no network, no
 * other script), so even text that slipped through could not run.
 *
 * Hand-written: no HTML report library draws claims over their text; the
 * page is plain HTML, CSS and forty lines of script.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReporterOptions} from './index.js'
import type {DocumentTrace} from '../engine.js'
import type {Claim} from '../types.js'
import {isSuppressed, severityOf, shownFiles} from './shown.js'


type Status = 'contradicts' | 'agrees' | 'unmatched' | 'finding'

interface Mark {
  start: number
  end: number
  status: Status
  id: string
  title: string
}

const statusLabel: Record<Status, string> = {
  contradicts: 'contradicted by a finding',
  agrees: 'agrees with the registry',
  unmatched: 'matched no registry claim',
  finding: 'finding'
}

export function reportHtml(files: VFile[], options: ReporterOptions = {}): string {
  const shown = shownFiles(files, {quiet: options.quiet})
  const rules = new Set<string>()
  const counts = {error: 0, warning: 0, info: 0}
  const sections: string[] = []

  shown.forEach((file, docIndex) => {
    const trace = options.traces?.get(files[docIndex]) ?? options.traces?.get(file)
    const messages = file.messages.filter((message) => !isSuppressed(message))
    for (const message of messages) {
      rules.add(message.ruleId ?? 'claimlint')
      counts[severityOf(message)]++
    }
    sections.push(documentSection(file, docIndex, messages, trace))
  })

  const options_ = (values: Iterable<string>) => [...values].sort().map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('')
  const tool = options.tool ?? {name: 'claimlint', version: ''}
  const body = `<header>
<h1>Claim review</h1>
<p class="summary">${shown.length} ${shown.length === 1 ? 'document' : 'documents'}: <span class="sev-error">${counts.error} ${plural(counts.error, 'error')}</span>, <span class="sev-warning">${counts.warning} ${plural(counts.warning, 'warning')}</span>, <span class="sev-info">${counts.info} ${plural(counts.info, 'note')}</span>. Press <kbd>j</kbd>/<kbd>k</kbd> (or <kbd>↓</kbd>/<kbd>↑</kbd>) to move between findings.</p>
<form class="filters" aria-label="Filters">
<label>Rule <select id="filter-rule"><option value="">all rules</option>${options_(rules)}</select></label>
<label>Severity <select id="filter-severity"><option value="">all</option><option value="error">errors</option><option value="warning">warnings</option><option value="info">notes</option></select></label>
<label>Document <select id="filter-doc"><option value="">all documents</option>${shown.map((file, index) => `<option value="d${index}">${esc(file.path ?? '')}</option>`).join('')}</select></label>
</form>
<p class="legend"><mark class="contradicts">contradicted</mark> <mark class="agrees">agrees with the registry</mark> <mark class="unmatched">not in the registry</mark> <mark class="finding">other finding</mark></p>
</header>
<main>
${sections.join('\n')}
</main>
<footer>${esc(tool.name)} ${esc(tool.version)}</footer>`

  const scriptHash = createHash('sha256').update(script).digest('base64')
  const styleHash = createHash('sha256').update(style).digest('base64')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claim review — ${esc(tool.name)}</title>
<style>${style}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`
}

function documentSection(file: VFile, docIndex: number, messages: VFileMessage[], trace: DocumentTrace | undefined): string {
  const id = `d${docIndex}`
  const meta = [file.data.lang ? `language ${esc(file.data.lang)}` : '', file.data.date ? `dated ${file.data.date.year}${file.data.date.month ? '-' + String(file.data.date.month).padStart(2, '0') : ''}${file.data.date.day ? '-' + String(file.data.date.day).padStart(2, '0') : ''}` : 'undated']
    .filter(Boolean)
    .join(', ')
  const marks = trace ? marksOf(trace, messages, id) : []
  const text = trace ? highlighted(trace.doc.text, marks) : ''
  const findings = messages.map((message, index) => findingItem(message, index, id, marks)).join('\n')
  return `<section class="document" id="${id}" data-doc="${id}">
<h2>${esc(file.path ?? '')} <small>${meta}</small></h2>
<div class="columns">
${trace ? `<pre class="text" aria-label="Text of ${esc(file.path ?? '')}">${text}</pre>` : '<p class="text unread">Not linted.</p>'}
<ol class="findings" aria-label="Findings in ${esc(file.path ?? '')}">${findings || '<li class="none">No findings.</li>'}</ol>
</div>
</section>`
}

/** Claims and finding spans as non-overlapping marks, in text order. */
function marksOf(trace: DocumentTrace, messages: VFileMessage[], docId: string): Mark[] {
  const spans = messages.map((message) => offsets(message))
  const marks: Mark[] = []
  let n = 0
  for (const sentence of trace.doc.sentences) {
    for (const claim of sentence.claims) {
      const hit = spans.some((span) => span && span.start < claim.end && span.end > claim.start)
      const match = trace.results.get(claim)?.match
      const status: Status = hit ? 'contradicts' : match ? 'agrees' : 'unmatched'
      marks.push({
        start: claim.start,
        end: claim.end,
        status,
        id: `${docId}-c${n++}`,
        title: `${claimSummary(claim)}: ${statusLabel[status]}${match ? ` (${match.registryClaim.id})` : ''}`
      })
    }
  }
  spans.forEach((span, index) => {
    if (span && !marks.some((mark) => mark.start < span.end && mark.end > span.start)) {
      marks.push({start: span.start, end: span.end, status: 'finding', id: `${docId}-m${index}`, title: messages[index].reason})
    }
  })
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Mark[] = []
  for (const mark of marks) if (mark.end > mark.start && (kept.length === 0 || mark.start >= kept[kept.length - 1].end)) kept.push(mark)
  return kept
}

function highlighted(text: string, marks: Mark[]): string {
  let out = ''
  let at = 0
  for (const mark of marks) {
    out += esc(text.slice(at, mark.start))
    out += `<mark class="${mark.status}" id="${mark.id}" title="${esc(mark.title)}">${esc(text.slice(mark.start, mark.end))}</mark>`
    at = mark.end
  }
  return out + esc(text.slice(at))
}

function findingItem(message: VFileMessage, index: number, docId: string, marks: Mark[]): string {
  const severity = severityOf(message)
  const span = offsets(message)
  const mark = span ? marks.find((m) => m.start < span.end && m.end > span.start) : undefined
  const place = message.line ? `${message.line}:${message.column ?? 1}` : ''
  const expected = message.expected ?? []
  const related = message.claimlint?.related ?? []
  const parts = [
    `<p class="head"><span class="badge sev-${severity}">${severity === 'info' ? 'note' : severity}</span> <code>${esc(message.ruleId ?? 'claimlint')}</code> ${mark ? `<a href="#${mark.id}">${place}</a>` : esc(place)}</p>`,
    `<p class="msg">${esc(message.reason)}</p>`
  ]
  if (message.note) parts.push(`<p class="note">${linkified(message.note)}</p>`)
  if (expected.length > 0) {
    parts.push(`<p class="suggest">Suggestion: replace <q>${esc(message.actual ?? '')}</q> with ${expected.map((e) => `<q>${esc(e)}</q>`).join(' or ')}</p>`)
  }
  for (const place of related) {
    parts.push(`<p class="related">See ${esc(place.path)}:${place.start.line}:${place.start.column}: ${esc(place.message)}</p>`)
  }
  if (message.url) parts.push(`<p class="doc"><a href="${esc(message.url)}" rel="noreferrer">About ${esc(message.ruleId ?? 'this rule')}</a></p>`)
  return `<li class="finding sev-${severity}" tabindex="0" id="${docId}-f${index}" data-rule="${esc(message.ruleId ?? 'claimlint')}" data-severity="${severity}" data-doc="${docId}"${mark ? ` data-mark="${mark.id}"` : ''}>${parts.join('')}</li>`
}

function offsets(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  return start.offset === undefined || end.offset === undefined ? undefined : {start: start.offset, end: end.offset}
}

function claimSummary(claim: Claim): string {
  const value = claim.value === undefined ? '' : ` = ${claim.value}${claim.unit ? ' ' + claim.unit : ''}`
  return `${claim.kind} “${claim.text.replace(/\s+/g, ' ')}”${value}${claim.qualifier ? ` (${claim.qualifier.type})` : ''}`
}


function plural(n: number, word: string): string {
  return n === 1 ? word : word + 's'
}

/** Escape text for HTML content and double- or single-quoted attributes. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}

/** Escaped text whose http(s) URLs become links (the URL is escaped too). */
function linkified(text: string): string {
  let out = ''
  let at = 0
  for (const match of text.matchAll(/https?:\/\/[^\s<>"')]+[^\s<>"').,;:]/g)) {
    out += esc(text.slice(at, match.index)) + `<a href="${esc(match[0])}" rel="noreferrer">${esc(match[0])}</a>`
    at = match.index + match[0].length
  }
  return out + esc(text.slice(at))
}

const style = `
:root{--error:#b3261e;--warning:#8a5a00;--info:#35577d;--agree:#d8f0d8;--contra:#fbd4d0;--unmatched:#ececec;--other:#fde9b8;font-family:system-ui,sans-serif;line-height:1.45;color:#1b1b1b;background:#fff}
body{margin:0 auto;max-width:1400px;padding:1rem 1.5rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}h2 small{font-weight:normal;color:#555}
.filters{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0}.filters select{font:inherit}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
@media (max-width:900px){.columns{grid-template-columns:1fr}}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:inherit;margin:0}
mark{border-radius:3px;padding:0 1px;color:inherit}mark.contradicts{background:var(--contra);border-bottom:2px solid var(--error)}mark.agrees{background:var(--agree)}mark.unmatched{background:var(--unmatched)}mark.finding{background:var(--other);border-bottom:2px dotted var(--warning)}mark.current{outline:3px solid #1a56db}
ol.findings{list-style:none;padding:0;margin:0;position:sticky;top:.5rem}
li.finding{border:1px solid #ccc;border-left:5px solid var(--info);border-radius:4px;padding:.4rem .6rem;margin-bottom:.6rem}
li.finding.sev-error{border-left-color:var(--error)}li.finding.sev-warning{border-left-color:var(--warning)}
li.finding:focus{outline:3px solid #1a56db;outline-offset:2px}
li.finding p{margin:.2rem 0}.msg{font-weight:600}.note,.related,.doc{font-size:.9rem;color:#333}.suggest{font-size:.95rem}
.badge{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;font-size:.8rem;text-transform:uppercase}
.badge.sev-error{background:var(--error)}.badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
.summary .sev-error{color:var(--error)}.summary .sev-warning{color:var(--warning)}
[hidden]{display:none!important}
footer{margin-top:2rem;color:#666;font-size:.85rem}
@media print{.filters,.legend kbd{display:none}ol.findings{position:static}li.finding{break-inside:avoid}.columns{grid-template-columns:3fr 2fr}body{max-width:none}}
`

const script = `
(function(){
var rule=document.getElementById('filter-rule'),sev=document.getElementById('filter-severity'),doc=document.getElementById('filter-doc');
function apply(){
  var items=document.querySelectorAll('li.finding');
  for(var i=0;i<items.length;i++){var li=items[i];li.hidden=(rule.value&&li.dataset.rule!==rule.value)||(sev.value&&li.dataset.severity!==sev.value)||(doc.value&&li.dataset.doc!==doc.value)||false;}
  var docs=document.querySelectorAll('section.document');
  for(var j=0;j<docs.length;j++){docs[j].hidden=!!doc.value&&docs[j].dataset.doc!==doc.value;}
}
[rule,sev,doc].forEach(function(s){s.addEventListener('change',apply);});
function visible(){return Array.prototype.filter.call(document.querySelectorAll('li.finding'),function(li){return !li.hidden&&!li.closest('section').hidden;});}
function show(li){
  var old=document.querySelectorAll('mark.current');for(var i=0;i<old.length;i++)old[i].classList.remove('current');
  li.focus();li.scrollIntoView({block:'nearest'});
  var mark=li.dataset.mark&&document.getElementById(li.dataset.mark);
  if(mark){mark.classList.add('current');mark.scrollIntoView({block:'center'});}
}
document.addEventListener('keydown',function(e){
  if(e.target&&e.target.tagName==='SELECT')return;
  var step=(e.key==='j'||e.key==='ArrowDown')?1:(e.key==='k'||e.key==='ArrowUp')?-1:0;
  if(!step||e.altKey||e.ctrlKey||e.metaKey)return;
  var list=visible();if(!list.length)return;
  var at=list.indexOf(document.activeElement);
  var next=at===-1?(step>0?0:list.length-1):Math.min(list.length-1,Math.max(0,at+step));
  e.preventDefault();show(list[next]);
});
document.addEventListener('focusin',function(e){if(e.target.classList&&e.target.classList.contains('finding'))show(e.target);});
})();
`
