/**
 * English word data for the claim grammar. Only words and their meaning live
 * here; how they combine is in `grammar.ts` and `numbers.ts`.
 */
import type {QualifierType, RelativeDate} from '../../types.js'
import type {Cardinal, LangData, RelativePhrase} from '../../extract/lexicon.js'
import {phrases} from '../../extract/lexicon.js'

const cardinals: Record<string, Cardinal> = {}
const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
units.forEach((word, value) => (cardinals[word] = {value, role: 'unit'}))
cardinals.nought = {value: 0, role: 'unit'}
cardinals.naught = {value: 0, role: 'unit'}
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
teens.forEach((word, index) => (cardinals[word] = {value: 10 + index, role: 'teen'}))
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
tens.forEach((word, index) => (cardinals[word] = {value: 20 + index * 10, role: 'tens'}))
cardinals.fourty = {value: 40, role: 'tens'}
cardinals.hundred = {value: 100, role: 'hundred'}
cardinals.hundreds = {value: 100, role: 'hundred'}
const scaleWords: Array<[string, number]> = [
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7]
]
for (const [word, value] of scaleWords) cardinals[word] = {value, role: 'scale'}

/** Ordinal words up to the ones news prose uses; compounds ("twenty-first") are built by the grammar. */
const ordinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12
}

/** Fraction denominators, singular and plural ("a third", "two thirds", "three quarters"). */
const denominators: Record<string, number> = {half: 2, halves: 2, quarter: 4, quarters: 4}
for (const [word, value] of Object.entries(ordinals)) {
  if (value < 3) continue
  denominators[word] = value
  denominators[word + 's'] = value
}

const months: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12
}

const qualifiers: Array<[string, QualifierType]> = [
  ['more than', 'more'],
  ['over', 'more'],
  ['above', 'more'],
  ['exceeding', 'more'],
  ['in excess of', 'more'],
  ['upwards of', 'more'],
  ['well over', 'more'],
  ['greater than', 'more'],
  ['at least', 'atLeast'],
  ['no less than', 'atLeast'],
  ['no fewer than', 'atLeast'],
  ['a minimum of', 'atLeast'],
  ['almost', 'almost'],
  ['nearly', 'almost'],
  ['close to', 'almost'],
  ['just under', 'almost'],
  ['just shy of', 'almost'],
  ['about', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['circa', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['larger than', 'more'],
  ['bigger than', 'more'],
  ['higher than', 'more'],
  ['exceed', 'more'],
  ['exceeds', 'more'],
  ['surpass', 'more'],
  ['surpassing', 'more'],
  ['>', 'more'],
  ['greater than or equal to', 'atLeast'],
  ['greater than or equal', 'atLeast'],
  ['more than or equal to', 'atLeast'],
  ['greater or equal than', 'atLeast'],
  ['greater or equal to', 'atLeast'],
  ['bigger or equal than', 'atLeast'],
  ['bigger or equal to', 'atLeast'],
  ['higher or equal than', 'atLeast'],
  ['higher or equal to', 'atLeast'],
  ['larger or equal than', 'atLeast'],
  ['larger or equal to', 'atLeast'],
  ['equal to or more than', 'atLeast'],
  ['equal to or greater than', 'atLeast'],
  ['equal to or higher than', 'atLeast'],
  ['at least or equal to', 'atLeast'],
  ['not less than', 'atLeast'],
  ['>=', 'atLeast'],
  ['> =', 'atLeast'],
  ['≥', 'atLeast'],
  ['less than', 'less'],
  ['smaller than', 'less'],
  ['lower than', 'less'],
  ['<', 'less'],
  ['less than or equal to', 'atMost'],
  ['less than or equal', 'atMost'],
  ['fewer than or equal to', 'atMost'],
  ['less or equal than', 'atMost'],
  ['less or equal to', 'atMost'],
  ['smaller or equal than', 'atMost'],
  ['smaller or equal to', 'atMost'],
  ['lower or equal than', 'atMost'],
  ['lower or equal to', 'atMost'],
  ['equal to or less than', 'atMost'],
  ['equal to or smaller than', 'atMost'],
  ['equal to or lower than', 'atMost'],
  ['equal to or fewer than', 'atMost'],
  ['not more than', 'atMost'],
  ['<=', 'atMost'],
  ['< =', 'atMost'],
  ['≤', 'atMost'],
  ['fewer than', 'less'],
  ['under', 'less'],
  ['below', 'less'],
  ['up to', 'upTo'],
  ['as many as', 'upTo'],
  ['as much as', 'upTo'],
  ['at most', 'atMost'],
  ['no more than', 'atMost'],
  ['a maximum of', 'atMost'],
  // Hedging verbs and phrases of news copy.
  ['exceeded', 'more'],
  ['topped', 'more'],
  ['tops', 'more'],
  ['topping', 'more'],
  ['north of', 'more'],
  ['neared', 'almost'],
  ['nears', 'almost'],
  ['nearing', 'almost'],
  ['shy of', 'almost'],
  ['south of', 'less']
]

const currencyNames: Array<[string, string]> = [
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['u.s. dollars', 'USD'],
  ['american dollars', 'USD'],
  ['canadian dollar', 'CAD'],
  ['canadian dollars', 'CAD'],
  ['australian dollar', 'AUD'],
  ['australian dollars', 'AUD'],
  ['new zealand dollars', 'NZD'],
  ['hong kong dollars', 'HKD'],
  ['singapore dollars', 'SGD'],
  ['taiwan dollars', 'TWD'],
  ['new taiwan dollars', 'TWD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['yen', 'JPY'],
  ['japanese yen', 'JPY'],
  ['yuan', 'CNY'],
  ['rmb', 'CNY'],
  ['finnish markka', 'FIM'],
  ['markka', 'FIM'],
  ['renminbi', 'CNY'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['british pounds', 'GBP'],
  ['swiss francs', 'CHF'],
  ['swiss franc', 'CHF'],
  ['francs', 'FRF'],
  ['franc', 'FRF'],
  ['won', 'KRW'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['peso', 'MXN'],
  ['pesos', 'MXN'],
  ['mexican pesos', 'MXN'],
  ['argentine pesos', 'ARS'],
  ['chilean pesos', 'CLP'],
  ['colombian pesos', 'COP'],
  ['uruguayan pesos', 'UYU'],
  ['philippine pesos', 'PHP'],
  ['dominican pesos', 'DOP'],
  ['colón', 'CRC'],
  ['colon', 'CRC'],
  ['colones', 'CRC'],
  ['costa rican colones', 'CRC'],
  ['quetzal', 'GTQ'],
  ['quetzales', 'GTQ'],
  ['quetzals', 'GTQ'],
  ['lempiras', 'HNL'],
  ['córdobas', 'NIO'],
  ['cordobas', 'NIO'],
  ['guaranies', 'PYG'],
  ['guaraníes', 'PYG'],
  ['bolivianos', 'BOB'],
  ['real', 'BRL'],
  ['reais', 'BRL'],
  ['reals', 'BRL'],
  ['rand', 'ZAR'],
  ['lira', 'TRY'],
  ['liras', 'TRY'],
  ['krona', 'SEK'],
  ['kronor', 'SEK'],
  ['krone', 'NOK'],
  ['kroner', 'NOK'],
  ['dirham', 'AED'],
  ['dirhams', 'AED'],
  ['riyal', 'SAR'],
  ['riyals', 'SAR'],
  ['baht', 'THB'],
  ['dong', 'VND'],
  ['rupiah', 'IDR'],
  ['ringgit', 'MYR'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['zloty', 'PLN'],
  ['zlotys', 'PLN'],
  ['bolivar', 'VES'],
  ['bolivars', 'VES'],
  ['soles', 'PEN'],
  ['sol', 'PEN'],
  ['guilders', 'NLG'],
  ['dutch guilders', 'NLG'],
  ['marks', 'DEM'],
  ['deutsche marks', 'DEM'],
  ['lire', 'ITL'],
  ['pesetas', 'ESP'],
  ['bitcoin', 'BTC'],
  ['bitcoins', 'BTC']
]

const y = (offset: number): RelativeDate => ({unit: 'year', offset})
const relative: RelativePhrase[] = [
  {words: ['this', 'year'], relative: y(0)},
  {words: ['the', 'current', 'year'], relative: y(0)},
  {words: ['last', 'year'], relative: y(-1)},
  {words: ['the', 'previous', 'year'], relative: y(-1)},
  {words: ['next', 'year'], relative: y(1)},
  {words: ['the', 'coming', 'year'], relative: y(1)},
  {words: ['this', 'month'], relative: {unit: 'month', offset: 0}},
  {words: ['last', 'month'], relative: {unit: 'month', offset: -1}},
  {words: ['next', 'month'], relative: {unit: 'month', offset: 1}},
  // "last May": the most recent May before the document date (see RelativeDate.previous).
  {words: ['last', '<month>'], relative: {unit: 'month', offset: -1, previous: true}},
  {words: ['this', 'past', '<month>'], relative: {unit: 'month', offset: -1, previous: true}},
  {words: ['this', '<month>'], relative: {unit: 'month', offset: 0}},
  {words: ['next', '<month>'], relative: {unit: 'month', offset: 1}},
  // "May of last year", "May last year": a named month of a year offset.
  {words: ['<month>', 'of', 'last', 'year'], relative: {unit: 'month', offset: -1}},
  {words: ['<month>', 'last', 'year'], relative: {unit: 'month', offset: -1}},
  {words: ['<month>', 'of', 'this', 'year'], relative: {unit: 'month', offset: 0}},
  {words: ['<month>', 'this', 'year'], relative: {unit: 'month', offset: 0}},
  {words: ['<month>', 'of', 'next', 'year'], relative: {unit: 'month', offset: 1}},
  {words: ['<month>', 'next', 'year'], relative: {unit: 'month', offset: 1}}
]

const superlatives: Array<[string, string]> = [
  ['largest', 'largest'],
  ['biggest', 'biggest'],
  ['greatest', 'greatest'],
  ['highest', 'highest'],
  ['leading', 'leading'],
  ['most important', 'most important'],
  ['most significant', 'most significant'],
  ['smallest', 'smallest'],
  ['lowest', 'lowest'],
  ['main', 'main'],
  ['top', 'top'],
  ['major', 'major'],
  ['best', 'best'],
  ['fastest', 'fastest'],
  ['richest', 'richest'],
  ['wealthiest', 'wealthiest'],
  ['busiest', 'busiest'],
  ['most populous', 'most populous'],
  ['most visited', 'most visited']
]

const stopwords = new Set(
  (
    'a an the of and or but nor in on at to for by with from into onto over under about as than then that which who whom ' +
    'whose this these those it its they them their there here he she his her we our you your i is are was were be been ' +
    'being has have had do does did will would shall should can could may might must not no so also too very more most ' +
    'less least each per every all some any such own same other another between among through during before after since ' +
    'until while when where why how what if up down out off again further once only just both either neither s last next past previous'
  ).split(' ')
)

const irregular: Record<string, string> = {
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  data: 'data',
  media: 'media',
  series: 'series',
  species: 'species',
  news: 'news'
}

/** English plural folding: "companies" → "company", "boxes" → "box", "projects" → "project". */
function lemma(word: string): string {
  const w = word.toLowerCase()
  if (irregular[w]) return irregular[w]
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1)
  return w
}

export const en: LangData = {
  lang: 'en',
  decimal: '.',
  cardinals: new Map(Object.entries(cardinals)),
  indefinite: new Set(['a', 'an']),
  joiners: new Set(['and']),
  half: new Set(['half']),
  loneScales: new Set(),
  halfNouns: new Set(),
  trailingHalf: phrases([
    ['and a half', 0.5],
    ['and one half', 0.5],
    ['and a quarter', 0.25],
    ['and three quarters', 0.75]
  ]),
  dozen: new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']),
  denominators: new Map(Object.entries(denominators)),
  point: new Set(['point', 'dot']),
  negative: new Set(['minus', 'negative']),
  over: phrases([
    ['over', true],
    ['out of', true]
  ]),
  scales: phrases([
    ['thousand', 1e3],
    ['thousands', 1e3],
    ['million', 1e6],
    ['millions', 1e6],
    ['billion', 1e9],
    ['billions', 1e9],
    ['trillion', 1e12],
    ['trillions', 1e12],
    ['lakh', 1e5],
    ['lakhs', 1e5],
    ['crore', 1e7],
    ['crores', 1e7],
    ['lakh crore', 1e12],
    ['hundred', 100],
    ['k', 1e3],
    ['mn', 1e6],
    ['mln', 1e6],
    ['bn', 1e9],
    ['bln', 1e9],
    ['tn', 1e12],
    ['tln', 1e12],
    ['trn', 1e12]
  ]),
  caseScales: new Map(Object.entries({M: 1e6, MM: 1e6, G: 1e9, B: 1e9, K: 1e3, T: 1e12})),
  gluedScales: new Map(Object.entries({k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mm: 1e6, G: 1e9, g: 1e9, b: 1e9, B: 1e9, bn: 1e9, mil: 1e6, mn: 1e6, tn: 1e12, T: 1e12})),
  qualifiers: phrases(qualifiers),
  qualifierArticles: new Set(),
  changeVerbs: new Set(
    (
      'rose rise rises rising grew grow grows growing fell fall falls falling jumped jumps climbed climbs increased increases decreased decreases ' +
      'declined declines dropped drops shifted shifts went goes moved moves surged surges soared soars slipped slips plunged plunges expanded ' +
      'shrank shrunk swelled changed tumbled slumped dipped edged widened narrowed'
    ).split(' ')
  ),
  equals: phrases([
    ['equal to', true],
    ['equals to', true],
    ['equals', true],
    ['equaling to', true],
    ['equalling to', true],
    ['equaling', true],
    ['exactly', true]
  ]),
  postfix: phrases([
    ['or more', 'atLeast'],
    ['and more', 'atLeast'],
    ['or greater', 'atLeast'],
    ['or higher', 'atLeast'],
    ['or above', 'atLeast'],
    ['and above', 'atLeast'],
    ['and over', 'atLeast'],
    ['or over', 'atLeast'],
    ['at least', 'atLeast'],
    ['or less', 'atMost'],
    ['or fewer', 'atMost'],
    ['or lower', 'atMost'],
    ['or below', 'atMost'],
    ['or under', 'atMost'],
    ['at most', 'atMost'],
    ['or equal', 'orEqual'],
    ['or equal to', 'orEqual']
  ]),
  postfixTail: new Set(['than', 'to']),
  boundJoiners: new Set(['and', 'but', ',']),
  cents: new Set(['cent', 'cents']),
  currencySymbols: new Map(Object.entries({
    $: 'USD',
    US$: 'USD',
    'U$S': 'USD',
    USD$: 'USD',
    C$: 'CAD',
    CA$: 'CAD',
    CAD$: 'CAD',
    A$: 'AUD',
    AU$: 'AUD',
    AUD$: 'AUD',
    NZ$: 'NZD',
    HK$: 'HKD',
    S$: 'SGD',
    NT$: 'TWD',
    R$: 'BRL',
    'MX$': 'MXN',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY',
    '₩': 'KRW',
    '₹': 'INR',
    '₽': 'RUB',
    '₺': 'TRY',
    '₪': 'ILS',
    '฿': 'THB',
    '₫': 'VND',
    '₱': 'PHP',
    '₦': 'NGN',
    '₴': 'UAH',
    '₿': 'BTC',
    '元': 'CNY',
    '₡': 'CRC',
    '₾': 'GEL',
    '₭': 'LAK',
    'ரூ': 'LKR',
    '₲': 'PYG',
    '₮': 'MNT',
    Rs: 'INR',
    'Rs.': 'INR',
  })),
  currencyNames: phrases(currencyNames),
  of: new Set(['of']),
  percent: phrases([
    ['%', '%'],
    ['percent', '%'],
    ['per cent', '%'],
    ['pct', '%'],
    ['percentage points', 'pp'],
    ['percentage point', 'pp'],
    ['pp', 'pp']
  ]),
  ordinals: new Map(Object.entries(ordinals)),
  ordinalSuffixes: new Set(['st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH']),
  superlatives: phrases(superlatives),
  determiners: new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', "world's", 'whose']),
  topWords: new Set(['top', 'leading', 'largest', 'biggest', 'main']),
  placeWords: new Set(['place', 'position', 'spot', 'rank', 'ranked']),
  prenominal: new Set(),
  verbCurrencyNames: new Set(['marks', 'mark', 'won', 'pounds', 'real']),
  labelNouns: new Set(
    'section sections chapter chapters article articles page pages item items line lines route room rooms phase stage step part volume no nos gate platform paragraph clause annex appendix table figure exhibit episode season verse rule resolution decree'.split(' ')
  ),
  notRankNouns: new Set(
    (
      'time times quarter quarters half day days week weeks month months year years century centuries decade ' +
      'minister lady step half-year round phase stage edition session term generation person floor grade class ' +
      'hand sight glance look instance'
    ).split(' ')
  ),
  vagueSuperlatives: new Set(['main', 'major', 'top', 'leading']),
  rankedRoles: new Set(
    (
      'partner partners investor investors supplier suppliers source sources market markets destination destinations ' +
      'exporter exporters importer importers buyer buyers customer customers client clients creditor creditors lender lenders ' +
      'donor donors producer producers consumer consumers provider providers contributor contributors shareholder shareholders ' +
      'employer employers recipient recipients trader traders economy economies'
    ).split(' ')
  ),
  outOf: phrases([
    ['out of', true],
    ['among', true],
    ['of', true],
    ['in a field of', true]
  ]),
  anniversary: new Set(['anniversary', 'anniversaries', 'jubilee', 'birthday']),
  decadeWords: new Map(
    Object.entries({twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990})
  ),
  decadeNouns: new Map(),
  possessives: new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']),
  months: new Map(Object.entries(months)),
  monthCues: new Set(['in', 'on', 'since', 'by', 'until', 'till', 'from', 'last', 'next', 'this', 'early', 'late', 'mid', 'during', 'of', 'through', 'before', 'after', 'between', 'and', 'to', 'end']),
  relative,
  ago: {before: new Set(), after: new Set(['ago', 'earlier', 'before'])},
  yearWords: new Set(['year', 'years']),
  monthWords: new Set(['month', 'months']),
  dayWords: new Set(['day', 'days']),
  durationCues: new Set(['for', 'over', 'spanning', 'after', 'past', 'last']),
  namedAnniversaries: phrases([
    ['silver jubilee', 25],
    ['silver anniversary', 25],
    ['ruby anniversary', 40],
    ['golden jubilee', 50],
    ['golden anniversary', 50],
    ['diamond jubilee', 60],
    ['diamond anniversary', 60]
  ]),
  durations: phrases([
    ['half a century', 50],
    ['a century', 100],
    ['a decade', 10],
    ['half a decade', 5],
    ['two decades', 20],
    ['three decades', 30],
    ['four decades', 40],
    ['five decades', 50],
    ['a quarter century', 25],
    ['a quarter of a century', 25]
  ]),
  ranges: [
    {open: ['between'], join: ['and']},
    {open: ['from'], join: ['to', 'through']},
    {open: ['anywhere', 'from'], join: ['to']}
  ],
  rangeJoiners: new Set(['through', 'thru']),
  stopwords,
  irregular,
  lemma,
  dateJoiners: new Set(['of', 'the']),
  gluedQualifiers: ['nearly', 'almost', 'approximately', 'roughly', 'around'],
  gluedPrefixes: [],
  gluedExceptions: new Set(),
  capitalMonths: true,
  dateOrder: 'month-day',
  currencyOfNeedsScale: false,
  headNounLast: true,
  coordinators: new Set(['and', 'or']),
  capitalisedDemonym: /(?:ese|ians|eans|ans)$/,
  notNounEnding: {first: /ly$/, next: /(?:ed|ly)$/},
  // Past forms in -ed (not -eed: "speed", "seed"): "11 landed", "40 remained".
  isVerbForm: (word) => word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'),
  oneAfter: new Set(['the', 'only', 'this', 'that']),
  groupPhrases: ['one of the', 'one of its', 'among the'],
  pronounOne: new Set(),
  topWithoutDeterminer: true,
  pluralSuperlativeIsGroup: false,
  gluedMillionM: true,
  numberWords: {
    spacedTens: true,
    joinedTens: false,
    compoundDenominators: true,
    spacedDenominators: true,
    loneHalf: true,
    fractionJoiners: new Set(['and']),
    pointDigits: true,
    pluralDenominators: true,
    strictNumerator: false
  }
}
