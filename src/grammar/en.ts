/** English words of the claim grammar. */
import type {LangData} from './data.js'

const units: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
}

const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, seventy: 70, hundredth: 100
}

export const en: LangData = {
  units,
  hundreds: {hundred: 100},
  hundredMultiplies: true,
  joiners: ['and'],
  thousand: ['thousand'],
  scales: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, billions: 1e9,
    bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12
  },
  fractions: {half: 0.5, quarter: 0.25, third: 1 / 3, thirds: 1 / 3, quarters: 0.25},
  articles: ['a', 'an'],
  dozen: ['dozen'],
  qualifiers: {
    'more than': 'more', over: 'more', exceeding: 'more', above: 'more', 'in excess of': 'more', 'upwards of': 'more',
    'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast',
    almost: 'almost', nearly: 'almost', 'close to': 'almost', 'just under': 'almost', 'just shy of': 'almost',
    about: 'about', some: 'about', around: 'about', approximately: 'about', roughly: 'about', 'an estimated': 'about',
    'approx.': 'about', circa: 'about',
    'less than': 'less', 'fewer than': 'less', under: 'less', below: 'less',
    'up to': 'upTo', 'as many as': 'upTo', 'as much as': 'upTo',
    'at most': 'atMost', 'no more than': 'atMost'
  },
  gluableQualifiers: ['nearly', 'almost', 'about', 'over', 'some', 'around'],
  ranges: [['between', 'and'], ['from', 'to']],
  currencyWords: {
    dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR',
    eur: 'EUR', yen: 'JPY', jpy: 'JPY', pounds: 'GBP', 'pounds sterling': 'GBP', gbp: 'GBP', yuan: 'CNY', renminbi: 'CNY',
    cny: 'CNY', won: 'KRW', krw: 'KRW', dong: 'VND', vnd: 'VND', pesos: 'MXN', 'mexican pesos': 'MXN', mxn: 'MXN',
    'swiss francs': 'CHF', chf: 'CHF', rupees: 'INR', inr: 'INR', 'canadian dollars': 'CAD', cad: 'CAD',
    'australian dollars': 'AUD', aud: 'AUD', 'singapore dollars': 'SGD', sgd: 'SGD', 'hong kong dollars': 'HKD', hkd: 'HKD'
  },
  linkers: ['of'],
  percentWords: ['percent', 'per cent', 'pct'],
  pointWords: ['percentage points', 'percentage point', 'points'],
  ordinals,
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  superlatives: ['largest', 'biggest', 'greatest', 'leading', 'top', 'main', 'largest-ever', 'highest', 'most important', 'foremost', 'principal'],
  placeWords: ['place', 'position', 'spot', 'rank'],
  outOfWords: ['among', 'of', 'out of'],
  anniversary: ['anniversary'],
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
    november: 11, december: 12
  },
  relativeYears: {
    'this year': 0, 'last year': -1, 'next year': 1, 'the previous year': -1, 'the following year': 1, 'the past year': -1,
    'the coming year': 1, 'this past year': -1
  },
  yearsAgo: {before: '', after: 'years ago'},
  monthBefore: {last: -1, this: 0, next: 1},
  monthAfter: {'of last year': -1, 'last year': -1, 'of this year': 0, 'this year': 0, 'of next year': 1, 'next year': 1},
  yearCues: ['in', 'since', 'by', 'until', 'year', 'of', 'from', 'to', 'during', 'before', 'after', 'throughout'],
  notCounts: ['of the', 'of those', 'of its', 'of their', 'of his', 'of her', 'of our', 'another', 'by one', 'at a time'],
  stopwords: new Set(
    ('the a an of and or in on at to for from by with as is are was were be been being that this these those it its ' +
      'their his her our your my than then which who whom whose what when where why how all any each every some more ' +
      'most less least no not nor but so if into onto over under about after before during since until while per via ' +
      'among between out up down off again further once here there both either neither other another such only own same ' +
      'too very can will just should would could may might must shall do does did has have had also').split(' ')
  ),
  durationWords: {year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', hour: 'hour', hours: 'hour'}
}
