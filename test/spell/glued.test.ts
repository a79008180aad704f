import {describe, expect, it} from 'vitest'
import {bestSplit, findGluedWords} from '../../src/spell/glued.js'
import {speller} from '../../src/spell/dictionary.js'
import {tokenize} from './tokens.js'

const es = (text: string, options = {}) => findGluedWords(tokenize(text), 'es', options)
const en = (text: string, options = {}) => findGluedWords(tokenize(text), 'en', options)
const splits = (found: ReturnType<typeof es>) => found.map((glued) => [glued.text, glued.split.join(' ')])

describe('findGluedWords, Spanish', () => {
  it('finds glued words with their offsets and splits', () => {
    const text = 'El país se convirtió en el mayorproveedor de fondos y en un socio deseguridad, con proyectos válidoscon capital japonés.'
    expect(es(text)).toEqual([
      {start: 27, end: 41, text: 'mayorproveedor', split: ['mayor', 'proveedor']},
      {start: 66, end: 77, text: 'deseguridad', split: ['de', 'seguridad']},
      {start: 93, end: 103, text: 'válidoscon', split: ['válidos', 'con']}
    ])
  })

  it('keeps the case of a capitalised word at the start of a sentence, and after an opening mark', () => {
    expect(splits(es('Elprincipal inversor llegó ayer.'))).toEqual([['Elprincipal', 'El principal']])
    expect(splits(es('«Estaocasión es única», dijo.'))).toEqual([['Estaocasión', 'Esta ocasión']])
  })

  it('splits in three when no two-part split exists, with a function word among the parts', () => {
    expect(splits(es('Firmaron un acuerdo de zonadelibre comercio.'))).toEqual([['zonadelibre', 'zona de libre']])
  })

  it('finds a function word glued to a name and two glued capitalised words', () => {
    expect(splits(es('Las empresas que invierten enVietnam y en las NacionesUnidas.'))).toEqual([
      ['enVietnam', 'en Vietnam'],
      ['NacionesUnidas', 'Naciones Unidas']
    ])
  })

  it('reads "sociocomercial" as the glue of "socio comercial" but accepts other socio- compounds', () => {
    expect(splits(es('Japón es el cuarto sociocomercial del país y mejora la situación sociolaboral.'))).toEqual([
      ['sociocomercial', 'socio comercial']
    ])
  })

  it('accepts correct text: compounds, prefixes, enclitics, names, acronyms, numbers, addresses and loanwords', () => {
    const clean = [
      'Las relaciones socioculturales y afroamericanas, la cooperación bilateral y el comercio latinoamericano avanzan.',
      'El exministro habló de anticorrupción, microempresas y del diálogo hispanojaponés en la posguerra.',
      'Decidieron hacerlo dándoles más plazo y convirtiéndola en prioridad.',
      'Nguyen Xuan Phuc visitó Hiroshima con la ASEAN y la OCDE en 2023.',
      'Escriba a ana.lopez@ministerio.gob.es, siga a @embajadajapon o visite https://www.mofa.go.jp/informe_anual con #cooperacionbilateral.',
      'Celebraron el 50aniversariode las relaciones.',
      'El factoring y las startups atraen capital; el software y el streaming crecen.',
      'El acuerdo socio-económico y los intercambios pueblo-a-pueblo continúan.',
      'Los dieciseisavos de final y los veintiunavos del reparto.'
    ]
    for (const text of clean) expect(es(text), text).toEqual([])
  })

  it('does not read a word missing only its accent as a glue', () => {
    expect(es('Siguió convirtiendola en prioridad.')).toEqual([])
  })

  it('uses "e" and "u" only before the sounds they stand for', () => {
    // "faltade" is "falta de", never "faltad e"; "e" stands before an /i/.
    expect(splits(es('Hay una faltade recursos.'))).toEqual([['faltade', 'falta de']])
    expect(bestSplit('economíae', 'es', speller('es'))).toBeUndefined()
  })

  it('takes the ignore and minLength options', () => {
    const text = 'Un socio deseguridad y un mayorproveedor de ayuda; sehan reunido.'
    expect(splits(es(text))).toEqual([
      ['deseguridad', 'de seguridad'],
      ['mayorproveedor', 'mayor proveedor']
    ])
    expect(splits(es(text, {ignore: ['DESEGURIDAD']}))).toEqual([['mayorproveedor', 'mayor proveedor']])
    expect(splits(es(text, {minLength: 12}))).toEqual([['mayorproveedor', 'mayor proveedor']])
    expect(splits(es(text, {minLength: 5}))).toEqual([
      ['deseguridad', 'de seguridad'],
      ['mayorproveedor', 'mayor proveedor'],
      ['sehan', 'se han']
    ])
  })
})

describe('findGluedWords, English', () => {
  it('finds glued words with their offsets and splits', () => {
    const text = 'In 2023 theyear of the anniversary, officials praised ties built over half a century ofdiplomatic work.'
    expect(en(text)).toEqual([
      {start: 8, end: 15, text: 'theyear', split: ['the', 'year']},
      {start: 85, end: 97, text: 'ofdiplomatic', split: ['of', 'diplomatic']}
    ])
  })

  it('leaves two English content words run together alone: English writes its compounds so', () => {
    // The cost, measured on package documentation (docs/glued-words-measurement.md): a real
    // "diplomaticties" goes unreported, where "workspaces" and "filesystem" were hundreds of false alarms.
    expect(splits(en('The diplomaticties grew and the nationalbudget shrank.'))).toEqual([])
    expect(splits(en('Open the workspaces, check the filesystem lifecycle and the whitespace in checksums.'))).toEqual([])
  })

  it('leaves correct Spanish derived words the dictionary lacks alone, and still finds a glue before a whole word', () => {
    expect(splits(es('Los salmonicultores, las potabilizadoras y las ensambladoras producen gigavatios.'))).toEqual([])
    expect(splits(es('Japón es el mayorproveedor de ayuda.'))).toEqual([['mayorproveedor', 'mayor proveedor']])
  })

  it('leaves Spanish -mente adverbs, verbs with enclitic pronouns and prefixed words alone', () => {
    expect(splits(es('Copia recursivamente y secuencialmente los metacaracteres; puede empaquetarlos, portarlo o sobreescribe el descompresor visualizable.'))).toEqual([])
    expect(splits(es('Se activará el aviso en lasdirecciones de la red.'))).toEqual([['lasdirecciones', 'las direcciones']])
  })

  it('leaves English words built on a known word with a common ending alone', () => {
    expect(splits(en('The formatters inlined a globby pattern; assignability matters to the formatter.'))).toEqual([])
    expect(splits(en('Call isEval or isToplevel before the report.'))).toEqual([])
  })

  it('leaves identifiers and quoted Spanish words in English alone, and takes registry words as known', () => {
    expect(splits(en('Call isMatch, toObject or onResult; the report says millones and celebran.'))).toEqual([])
    expect(splits(en('Trade rose inVietnam and ofCambodia last year.'))).toEqual([
      ['inVietnam', 'in Vietnam'],
      ['ofCambodia', 'of Cambodia']
    ])
  })

  it('ranks function-word splits and longer parts first', () => {
    expect(splits(en('Inthis case the stateofthe market matters.'))).toEqual([
      ['Inthis', 'In this'],
      ['stateofthe', 'state of the']
    ])
    expect(bestSplit('theyear', 'en', speller('en'))).toEqual(['the', 'year'])
    expect(bestSplit('wereadjusted', 'en', speller('en'))).toEqual(['were', 'adjusted'])
  })

  it('accepts correct text: compounds, British spellings, names, acronyms, numbers and addresses', () => {
    const clean = [
      'The newsroom ran a nationwide survey on longstanding bilateral partnerships and people-to-people exchanges.',
      'Chipmakers built a cleanroom, and homestays sold lacquerware to visitors.',
      'The multibillion eurobonds funded anticorruption work.',
      'Travelling colours of the labour movement were labelled in the centre of the programme.',
      'Vo Van Thuong met NATO and ASEAN envoys with McDonald and YouTube executives in 2023.',
      'Write to desk@example.com, follow @tradewatch or read https://example.org/annual_report with #climatechange.',
      'BlackRock and SoftBank invested in PlayStation studios.'
    ]
    for (const text of clean) expect(en(text), text).toEqual([])
  })

  it('returns nothing for empty input or tokens without words', () => {
    expect(findGluedWords([], 'en')).toEqual([])
    expect(en('2023 — 50 %, 12.5.')).toEqual([])
    expect(en('   ')).toEqual([])
  })
})
