/**
 * French word data for the claim grammar. French uses the long scale as
 * Spanish does: "milliard" is 10^9 and "billion" 10^12, so "12,4 billions
 * d'euros" is a thousand times "€12.4 billion". Groups of digits are
 * separated by a space (plain, no-break or narrow no-break: "1 500",
 * "1 500", "1 500") or a dot; the decimal mark is a comma. Number words
 * from 70 to 99 are compounds ("soixante-dix", "quatre-vingt-dix-neuf"),
 * listed whole in `compounds` and matched with or without hyphens. Accents
 * are listed both ways where copy drops them ("cinquieme").
 */
import type {QualifierType, RelativeDate} from '../../types.js'
import type {Cardinal, LangData, RelativePhrase} from '../../extract/lexicon.js'
import {phrases} from '../../extract/lexicon.js'
import {fractionWord} from './fractions.js'

const cardinals: Record<string, Cardinal> = {}
const add = (role: Cardinal['role'], entries: Record<string, number>) => {
  for (const [word, value] of Object.entries(entries)) cardinals[word] = {value, role}
}

const unitWords: Record<string, number> = {zéro: 0, zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9}
add('unit', unitWords)
const teenWords: Record<string, number> = {dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16}
add('teen', teenWords)
// Belgian and Swiss French say "septante", "huitante", "octante" and "nonante".
const tensWords: Record<string, number> = {
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90
}
add('tens', tensWords)
add('hundred', {cent: 100, cents: 100})
add('scale', {
  mille: 1e3,
  mil: 1e3,
  millier: 1e3,
  milliers: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e12,
  billions: 1e12,
  billiard: 1e15,
  billiards: 1e15,
  trillion: 1e18,
  trillions: 1e18
})

/**
 * Compound cardinals, by their words joined with hyphens: 17–19
 * ("dix-sept"), 21–71 with "et" ("vingt-et-un", "soixante-et-onze"), and
 * 70–99 ("soixante-dix", "quatre-vingt(s)", "quatre-vingt-dix-neuf").
 * Written with spaces, hyphens or both, they match the same entry.
 */
const compounds = new Map<string, number>()
const unitNames = Object.entries(unitWords).filter(([word, value]) => value > 0 && word !== 'une')
for (const [unit, value] of unitNames.filter(([, value]) => value >= 7)) compounds.set(`dix-${unit}`, 10 + value)
for (const [tens, value] of Object.entries(tensWords)) {
  if (value % 10 !== 0 || tens === 'vingts') continue
  compounds.set(`${tens}-et-un`, value + 1)
  compounds.set(`${tens}-et-une`, value + 1)
}
compounds.set('soixante-et-onze', 71)
for (const [teen, value] of Object.entries(teenWords)) compounds.set(`soixante-${teen}`, 60 + value)
for (const [unit, value] of unitNames.filter(([, value]) => value >= 7)) compounds.set(`soixante-dix-${unit}`, 77 - 7 + value)
compounds.set('quatre-vingt', 80)
compounds.set('quatre-vingts', 80)
for (const [unit, value] of unitNames) compounds.set(`quatre-vingt-${unit}`, 80 + value)
for (const [teen, value] of Object.entries(teenWords)) compounds.set(`quatre-vingt-${teen}`, 80 + value)
for (const [unit, value] of unitNames.filter(([, value]) => value >= 7)) compounds.set(`quatre-vingt-dix-${unit}`, 90 + value)

const ordinals: Record<string, number> = {
  premier: 1,
  première: 1,
  premiere: 1,
  premiers: 1,
  premières: 1,
  second: 2,
  seconde: 2,
  deuxième: 2,
  deuxieme: 2,
  troisième: 3,
  troisieme: 3,
  quatrième: 4,
  quatrieme: 4,
  cinquième: 5,
  cinquieme: 5,
  sixième: 6,
  sixieme: 6,
  septième: 7,
  septieme: 7,
  huitième: 8,
  huitieme: 8,
  neuvième: 9,
  neuvieme: 9,
  dixième: 10,
  dixieme: 10,
  onzième: 11,
  douzième: 12,
  vingtième: 20,
  vingtieme: 20,
  trentième: 30,
  quarantième: 40,
  cinquantième: 50,
  cinquantieme: 50,
  soixantième: 60,
  centième: 100,
  centieme: 100,
  // Only in compounds: "vingt et unième" (21st, 1/21).
  unième: 1,
  unieme: 1
}

/** Fraction denominators ("un tiers", "trois quarts", "un cinquième"); "demi" is a half. */
const denominators: Record<string, number> = {
  demi: 2,
  demie: 2,
  demis: 2,
  tiers: 3,
  quart: 4,
  quarts: 4
}
for (const [word, value] of Object.entries(ordinals)) {
  if (value >= 4 && !/^(?:premi|second)/.test(word)) {
    denominators[word] = value
    denominators[word + 's'] = value
  }
}

const months: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12
}

const qualifiers: Array<[string, QualifierType]> = [
  ['plus de', 'more'],
  ['au-delà de', 'more'],
  ['supérieur à', 'more'],
  ['supérieure à', 'more'],
  ['supérieurs à', 'more'],
  ['supérieures à', 'more'],
  ['au moins', 'atLeast'],
  ['pas moins de', 'atLeast'],
  ['un minimum de', 'atLeast'],
  ['près de', 'almost'],
  ['pres de', 'almost'],
  ['presque', 'almost'],
  ['quasiment', 'almost'],
  ['environ', 'about'],
  ['quelque', 'about'],
  ['quelques', 'about'],
  ['autour de', 'about'],
  ['aux alentours de', 'about'],
  ['approximativement', 'about'],
  ['à peu près', 'about'],
  ['de l \' ordre de', 'about'],
  ['de l ’ ordre de', 'about'],
  ['moins de', 'less'],
  ['inférieur à', 'less'],
  ['inférieure à', 'less'],
  ['inférieurs à', 'less'],
  ['inférieures à', 'less'],
  // Elided words are three tokens: "jusqu", the apostrophe, "à".
  ['jusqu \' à', 'upTo'],
  ['jusqu ’ à', 'upTo'],
  ['au moins de', 'atLeast'],
  ['moins d \'', 'less'],
  ['moins d ’', 'less'],
  ['plus d \'', 'more'],
  ['plus d ’', 'more'],
  ['près d \'', 'almost'],
  ['près d ’', 'almost'],
  ['au plus', 'atMost'],
  ['au maximum', 'atMost'],
  ['pas plus de', 'atMost'],
  ['un maximum de', 'atMost'],
  ['au-dessus de', 'more'],
  ['au dessus de', 'more'],
  ['en dessous de', 'less'],
  ['au-dessous de', 'less'],
  ...comparatives(['supérieur', 'supérieure', 'supérieurs', 'supérieures'], 'more', 'atLeast'),
  ...comparatives(['inférieur', 'inférieure', 'inférieurs', 'inférieures'], 'less', 'atMost'),
  ...comparatives(['plus grand', 'plus grande', 'plus grands', 'plus grandes', 'plus haut', 'plus haute', 'plus élevé', 'plus élevée', 'plus âgé', 'plus âgée'], 'more', 'atLeast', 'que'),
  ...comparatives(['plus petit', 'plus petite', 'plus petits', 'plus petites', 'plus bas', 'plus basse', 'plus faible', 'moins élevé', 'moins élevée'], 'less', 'atMost', 'que'),
  ['égal ou supérieur à', 'atLeast'],
  ['égale ou supérieure à', 'atLeast'],
  ['égal ou inférieur à', 'atMost'],
  ['égale ou inférieure à', 'atMost'],
  ['plus de ou égal à', 'atLeast'],
  ['au moins ou égal à', 'atLeast'],
  ['moins de ou égal à', 'atMost'],
  ['pas plus de', 'atMost'],
  ['pas plus d', 'atMost'],
  ['pas moins d', 'atLeast'],
  ['> =', 'atLeast'],
  ['< =', 'atMost'],
  ['>', 'more'],
  ['>=', 'atLeast'],
  ['≥', 'atLeast'],
  ['<', 'less'],
  ['<=', 'atMost'],
  ['≤', 'atMost'],
  ...verbForms(['dépasse', 'dépassent', 'dépassé', 'dépassait', 'dépassaient', 'dépassera', 'dépasseront'], 'more'),
  ...verbForms(['frôle', 'frôlent', 'frôlé', 'frôlait'], 'almost'),
  ...verbForms(['avoisine', 'avoisinent', 'avoisiné', 'avoisinait'], 'about')
]

/**
 * A comparative and its "or equal" form: "supérieur à" (more), "supérieur
 * ou égal à" and "supérieurs ou égaux à" (at least).
 */
function comparatives(words: string[], strict: QualifierType, orEqual: QualifierType, to = 'à'): Array<[string, QualifierType]> {
  return words.flatMap((word): Array<[string, QualifierType]> => {
    return [[`${word} ${to}`, strict], ...['égal', 'égale', 'égaux', 'égales'].map((equal): [string, QualifierType] => [`${word} ou ${equal} à`, orEqual])]
  })
}

function verbForms(forms: string[], type: QualifierType): Array<[string, QualifierType]> {
  return forms.map((form) => [form, type])
}

const currencyNames: Array<[string, string]> = [
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['dollars américains', 'USD'],
  ['dollars us', 'USD'],
  ['dollars canadiens', 'CAD'],
  ['dollar canadien', 'CAD'],
  ['dollars australiens', 'AUD'],
  ['dollars néo-zélandais', 'NZD'],
  ['dollars de hong kong', 'HKD'],
  ['dollars de singapour', 'SGD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['yen', 'JPY'],
  ['yens', 'JPY'],
  ['yuan', 'CNY'],
  ['yuans', 'CNY'],
  ['renminbi', 'CNY'],
  ['livre', 'GBP'],
  ['livres', 'GBP'],
  ['livres sterling', 'GBP'],
  ['livre sterling', 'GBP'],
  ['francs suisses', 'CHF'],
  ['franc suisse', 'CHF'],
  ['francs cfa', 'XOF'],
  ['franc cfa', 'XOF'],
  ['francs', 'FRF'],
  ['franc', 'FRF'],
  ['wons', 'KRW'],
  ['won', 'KRW'],
  ['roupies', 'INR'],
  ['roupie', 'INR'],
  ['roubles', 'RUB'],
  ['rouble', 'RUB'],
  ['dongs', 'VND'],
  ['dong', 'VND'],
  ['bahts', 'THB'],
  ['baht', 'THB'],
  ['pesos', 'MXN'],
  ['peso', 'MXN'],
  ['réals', 'BRL'],
  ['reais', 'BRL'],
  ['couronnes suédoises', 'SEK'],
  ['couronnes norvégiennes', 'NOK'],
  ['couronnes danoises', 'DKK'],
  ['dirhams', 'MAD'],
  ['dirham', 'MAD'],
  ['dinars', 'TND'],
  ['dinar', 'TND'],
  ['marks', 'DEM'],
  ['mark', 'DEM'],
  ['marks finlandais', 'FIM'],
  ['mark finlandais', 'FIM'],
  ['florins hollandais', 'NLG'],
  ['florins néerlandais', 'NLG'],
  ['florins', 'NLG'],
  ['pesetas', 'ESP'],
  ['lires', 'ITL'],
  ['livres turques', 'TRY'],
  ['bitcoins', 'BTC'],
  ['bitcoin', 'BTC']
]

const y = (offset: number): RelativeDate => ({unit: 'year', offset})
const previousMonth: RelativeDate = {unit: 'month', offset: -1, previous: true}
/** A phrase starting with an elided article, with either apostrophe: "l'année dernière" is four tokens. */
const elided = (words: string[], relative: RelativeDate): RelativePhrase[] => [
  {words: ['l', "'", ...words], relative},
  {words: ['l', '’', ...words], relative}
]
const relative: RelativePhrase[] = [
  {words: ['cette', 'année'], relative: y(0)},
  {words: ['cette', 'annee'], relative: y(0)},
  ...elided(['année', 'en', 'cours'], y(0)),
  ...elided(['année', 'dernière'], y(-1)),
  ...elided(['an', 'dernier'], y(-1)),
  ...elided(['année', 'passée'], y(-1)),
  ...elided(['année', 'précédente'], y(-1)),
  ...elided(['année', 'prochaine'], y(1)),
  ...elided(['an', 'prochain'], y(1)),
  {words: ['le', 'mois', 'dernier'], relative: {unit: 'month', offset: -1}},
  {words: ['ce', 'mois-ci'], relative: {unit: 'month', offset: 0}},
  {words: ['le', 'mois', 'prochain'], relative: {unit: 'month', offset: 1}},
  // "en mai dernier": the most recent May before the document date.
  {words: ['<month>', 'dernier'], relative: previousMonth},
  {words: ['<month>', 'prochain'], relative: {unit: 'month', offset: 1}},
  {words: ['<month>', 'de', 'l', "'", 'année', 'dernière'], relative: {unit: 'month', offset: -1}},
  {words: ['<month>', 'de', 'l', '’', 'année', 'dernière'], relative: {unit: 'month', offset: -1}},
  {words: ['<month>', 'de', 'cette', 'année'], relative: {unit: 'month', offset: 0}}
]

const superlatives: Array<[string, string]> = [
  ['plus grand', 'plus grand'],
  ['plus grande', 'plus grand'],
  ['plus important', 'plus important'],
  ['plus importante', 'plus important'],
  ['principal', 'principal'],
  ['principale', 'principal'],
  ['premier', 'premier'],
  ['plus petit', 'plus petit'],
  ['plus peuplé', 'plus peuplé'],
  ['plus riche', 'plus riche'],
  ['plus actif', 'plus actif'],
  ['plus visité', 'plus visité']
]

const stopwords = new Set(
  (
    'de du des la le les l un une et ou ni que qu en à au aux dans par pour avec sans sur entre jusqu depuis vers selon pendant ' +
    'après contre devant sous se sa son ses leur leurs mon ma mes ce cet cette ces est sont était étaient être été a ont avait ' +
    'avaient il elle ils elles on y comme plus moins très déjà ne pas non si aussi tant chaque autre autres même tout toute ' +
    'tous toutes mais donc car or lorsque quand où dont qui quoi d'
  ).split(' ')
)

const irregular: Record<string, string> = {
  // Nouns that end in "s" in the singular too.
  ...Object.fromEntries('pays prix fois mois cas repas bras corps temps poids succès progrès processus sens'.split(' ').map((word) => [word, word])),
  yeux: 'œil',
  travaux: 'travail',
  millions: 'million',
  milliards: 'milliard'
}

/**
 * French plural folding: "projets" → "projet", "entreprises" →
 * "entreprise", "journaux" → "journal", "prix" stays. Good enough for
 * counted nouns; the registry lists the forms that matter.
 */
function lemma(word: string): string {
  const w = word.toLowerCase()
  if (irregular[w]) return irregular[w]
  if (w.length > 4 && w.endsWith('aux')) return w.slice(0, -3) + 'al'
  if (w.length > 3 && /[^s]s$/.test(w)) return w.slice(0, -1)
  if (w.length > 3 && /[^x]x$/.test(w) && /(?:eau|eu)x$/.test(w)) return w.slice(0, -1)
  return w
}

export const fr: LangData = {
  lang: 'fr',
  decimal: ',',
  cardinals: new Map(Object.entries(cardinals)),
  indefinite: new Set(['un', 'une']),
  joiners: new Set(['et']),
  half: new Set(['demi', 'demie']),
  loneScales: new Set(['mille', 'cent']),
  halfNouns: new Set(['moitié']),
  trailingHalf: phrases([
    ['et demi', 0.5],
    ['et demie', 0.5],
    ['et quart', 0.25]
  ]),
  dozen: new Set(['douzaine', 'douzaines']),
  denominators: new Map(Object.entries(denominators)),
  point: new Set(['virgule']),
  negative: new Set(['moins']),
  over: phrases([['sur', true]]),
  scales: phrases([
    ['mille', 1e3],
    ['mil', 1e3],
    ['milliers', 1e3],
    ['million', 1e6],
    ['millions', 1e6],
    ['milliard', 1e9],
    ['milliards', 1e9],
    ['billion', 1e12],
    ['billions', 1e12],
    ['k', 1e3],
    ['md', 1e9],
    ['mds', 1e9],
    ['mrd', 1e9],
    ['mrds', 1e9],
    ['mln', 1e6]
  ]),
  caseScales: new Map(Object.entries({M: 1e6, K: 1e3, G: 1e9, Md: 1e9, Mds: 1e9})),
  gluedScales: new Map(Object.entries({k: 1e3, K: 1e3, M: 1e6, G: 1e9, Md: 1e9})),
  qualifiers: phrases(qualifiers),
  qualifierArticles: new Set(['les', 'la', 'le', 'l']),
  changeVerbs: new Set(
    (
      'passé passée passe passent passant augmenté augmente augmentent augmentant progressé progresse progressent ' +
      'baissé baisse baissent diminué diminue diminuent chuté chute chutent reculé recule reculent grimpé grimpe grimpent ' +
      'bondi bondit bondissent crû croît croissent'
    ).split(' ')
  ),
  equals: phrases([
    ['égal à', true],
    ['égale à', true],
    ['équivalent à', true],
    ['équivaut à', true],
    ['exactement', true]
  ]),
  postfix: phrases([
    ['ou plus', 'atLeast'],
    ['et plus', 'atLeast'],
    ['au moins', 'atLeast'],
    ['au minimum', 'atLeast'],
    ['ou moins', 'atMost'],
    ['au plus', 'atMost'],
    ['au maximum', 'atMost']
  ]),
  postfixTail: new Set(['que', 'à', 'de']),
  boundJoiners: new Set(['et', 'mais', ',']),
  cents: new Set(['centime', 'centimes', 'cent', 'cents', 'penny', 'pence', 'pesewa', 'pesewas']),
  currencySymbols: new Map(Object.entries({
    $: 'USD',
    US$: 'USD',
    USD$: 'USD',
    C$: 'CAD',
    CA$: 'CAD',
    $CA: 'CAD',
    $CAD: 'CAD',
    A$: 'AUD',
    $AU: 'AUD',
    HK$: 'HKD',
    $HK: 'HKD',
    S$: 'SGD',
    R$: 'BRL',
    '€': 'EUR',
    '£': 'GBP',
    '¥': 'JPY',
    '₩': 'KRW',
    '₹': 'INR',
    '₽': 'RUB',
    '₺': 'TRY',
    '₫': 'VND',
    '₱': 'PHP',
    '₿': 'BTC',
    '元': 'CNY',
    FCFA: 'XOF'
  })),
  signSuffixes: new Map(Object.entries({$c: 'CAD', $ca: 'CAD', $cad: 'CAD', $can: 'CAD', $hk: 'HKD', $us: 'USD', $usd: 'USD', $au: 'AUD', $aud: 'AUD', $nz: 'NZD', $sg: 'SGD'})),
  currencyNames: phrases(currencyNames),
  of: new Set(['de', 'd']),
  percent: phrases([
    ['%', '%'],
    ['pour cent', '%'],
    ['pourcent', '%'],
    ['points de pourcentage', 'pp'],
    ['point de pourcentage', 'pp'],
    ['pp', 'pp'],
    ['points', 'pp']
  ]),
  ordinals: new Map(Object.entries(ordinals)),
  ordinalSuffixes: new Set(['e', 'è', 'ème', 'eme', 'er', 're', 'ère', 'es', 'èmes', 'ers', 'res', 'ᵉ', 'ᵉʳ']),
  superlatives: phrases(superlatives),
  determiners: new Set(['le', 'la', 'les', 'l', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au', 'notre']),
  topWords: new Set(['principal', 'principale']),
  placeWords: new Set(['rang', 'place', 'position']),
  prenominal: new Set(
    'nouveau nouvel nouvelle nouveaux nouvelles grand grande grands grandes petit petite petits petites principaux principales différents différentes divers diverses plusieurs nombreux nombreuses importants importantes derniers dernières premiers premières prochains prochaines moyennes moyens'.split(
      ' '
    )
  ),
  verbCurrencyNames: new Set(),
  labelNouns: new Set(
    'section sections chapitre chapitres article articles page pages point ligne lignes route salle phase étape partie tome volume numéro n° paragraphe clause annexe tableau figure épisode saison loi décret'.split(' ')
  ),
  notRankNouns: new Set(
    (
      'fois jour jours semaine semaines mois an ans année années trimestre trimestres semestre semestres moitié ' +
      'ministre vice-président dame tour tours phase étape édition mandat étage partie parties génération plan terme ' +
      'rang degré cours temps monde main'
    ).split(' ')
  ),
  vagueSuperlatives: new Set(['principal', 'principale']),
  rankedRoles: new Set(
    (
      'partenaire partenaires investisseur investisseurs fournisseur fournisseurs source sources marché marchés destination destinations ' +
      'exportateur exportateurs importateur importateurs acheteur acheteurs client clients créancier créanciers prêteur prêteurs ' +
      'donateur donateurs producteur producteurs consommateur consommateurs contributeur contributeurs actionnaire actionnaires ' +
      'employeur employeurs économie économies'
    ).split(' ')
  ),
  outOf: phrases([
    ['parmi', true],
    ['sur', true],
    ['de', true]
  ]),
  anniversary: new Set(['anniversaire', 'anniversaires']),
  decadeWords: new Map(),
  decadeNouns: new Map([
    ['années', ''],
    ['décennie', '']
  ]),
  possessives: new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos']),
  months: new Map(Object.entries(months)),
  monthCues: new Set(),
  relative,
  ago: {before: new Set(['il y a']), after: new Set(['auparavant'])},
  yearWords: new Set(['an', 'ans', 'année', 'années', 'annee', 'annees']),
  monthWords: new Set(['mois']),
  dayWords: new Set(['jour', 'jours']),
  durationCues: new Set(['pendant', 'depuis', 'durant', 'après']),
  namedAnniversaries: phrases([
    ['noces d\'argent', 25],
    ['noces d\'or', 50],
    ['noces de diamant', 60],
    ['jubilé d\'or', 50]
  ]),
  durations: phrases([
    ['un demi-siècle', 50],
    ['demi-siècle', 50],
    ['un siècle', 100],
    ['une décennie', 10],
    ['deux décennies', 20],
    ['trois décennies', 30],
    ['quatre décennies', 40],
    ['cinq décennies', 50],
    ['un quart de siècle', 25]
  ]),
  ranges: [
    {open: ['entre'], join: ['et']},
    {open: ['de'], join: ['à']},
    {open: ['d'], join: ['à']}
  ],
  rangeJoiners: new Set(['à']),
  stopwords,
  irregular,
  lemma,
  dateJoiners: new Set(),
  gluedQualifiers: ['près', 'environ', 'plus', 'moins', 'presque'],
  gluedPrefixes: ['premier', 'première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'principal', 'principale'],
  gluedExceptions: new Set(['premièrement', 'deuxièmement', 'troisièmement', 'principalement']),
  capitalMonths: false,
  dateOrder: 'day-month',
  currencyOfNeedsScale: true,
  headNounLast: false,
  coordinators: new Set(['et', 'ou']),
  postnominalAdjective: /(?:al|ale|aux|ial|ique|if|ive|ier|ière|aire|ais|aise|ois|oise|ien|ienne|ain|aine|an|ane|ant|ante|ent|ente|el|elle|eur|euse)s?$/,
  // Third-person plural past and present endings that never end a noun: "300 arrivèrent", "cinq grandissaient".
  isVerbForm: (word) => word.length > 5 && /(?:èrent|irent|aient|èrent)$/.test(word),
  oneAfter: new Set(),
  groupPhrases: ['un des', 'une des', 'parmi les'],
  pronounOne: new Set(),
  topWithoutDeterminer: false,
  pluralSuperlativeIsGroup: true,
  gluedMillionM: false,
  numberWords: {
    spacedTens: true,
    joinedTens: true,
    compoundDenominators: true,
    spacedDenominators: false,
    loneHalf: false,
    fractionJoiners: new Set(['et']),
    pointDigits: false,
    pluralDenominators: false,
    strictNumerator: true
  },
  cardinalCompounds: compounds,
  fractionWord
}
