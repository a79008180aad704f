/**
 * Spanish word data for the claim grammar. "billón" is 10^12 and "mil
 * millones" 10^9 (the long scale); "dólares" means USD unless the text names
 * another dollar. Accents are listed both ways where news copy drops them.
 */
import type {QualifierType, RelativeDate} from '../../types.js'
import type {Cardinal, LangData, RelativePhrase} from '../../extract/lexicon.js'
import {phrases} from '../../extract/lexicon.js'
import {fractionWord} from './fractions.js'

const cardinals: Record<string, Cardinal> = {}
const add = (role: Cardinal['role'], entries: Record<string, number>) => {
  for (const [word, value] of Object.entries(entries)) cardinals[word] = {value, role}
}

add('unit', {cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9})
add('teen', {
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veintiuno: 21,
  veintiuna: 21,
  veintiún: 21,
  veintiun: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29
})
add('tens', {veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90})
add('hundreds', {
  cien: 100,
  ciento: 100,
  cientos: 100,
  doscientos: 200,
  doscientas: 200,
  trescientos: 300,
  trescientas: 300,
  cuatrocientos: 400,
  cuatrocientas: 400,
  quinientos: 500,
  quinientas: 500,
  seiscientos: 600,
  seiscientas: 600,
  setecientos: 700,
  setecientas: 700,
  ochocientos: 800,
  ochocientas: 800,
  novecientos: 900,
  novecientas: 900
})
add('scale', {
  mil: 1e3,
  miles: 1e3,
  millón: 1e6,
  millon: 1e6,
  millones: 1e6,
  millardo: 1e9,
  millardos: 1e9,
  billón: 1e12,
  billon: 1e12,
  billones: 1e12,
  trillón: 1e18,
  trillon: 1e18,
  trillones: 1e18
})

const ordinals: Record<string, number> = {
  primer: 1,
  primero: 1,
  primera: 1,
  primeros: 1,
  primeras: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  sexta: 6,
  séptimo: 7,
  séptima: 7,
  septimo: 7,
  septima: 7,
  octavo: 8,
  octava: 8,
  noveno: 9,
  novena: 9,
  décimo: 10,
  décima: 10,
  decimo: 10,
  decima: 10,
  undécimo: 11,
  undécima: 11,
  duodécimo: 12,
  duodécima: 12,
  vigésimo: 20,
  vigésima: 20,
  trigésimo: 30,
  trigésima: 30,
  cuadragésimo: 40,
  cuadragésima: 40,
  quincuagésimo: 50,
  quincuagésima: 50,
  sexagésimo: 60,
  sexagésima: 60,
  septuagésimo: 70,
  septuagésima: 70,
  octogésimo: 80,
  octogésima: 80,
  nonagésimo: 90,
  nonagésima: 90,
  centésimo: 100,
  centésima: 100
}

/** Fraction denominators ("un tercio", "dos quintos", "tres cuartos"). "medio" is handled as a half. */
const denominators: Record<string, number> = {
  medio: 2,
  media: 2,
  medios: 2,
  tercio: 3,
  tercios: 3,
  cuarto: 4,
  cuartos: 4,
  quinto: 5,
  quintos: 5,
  sexto: 6,
  sextos: 6,
  séptimo: 7,
  séptimos: 7,
  septimo: 7,
  septimos: 7,
  octavo: 8,
  octavos: 8,
  noveno: 9,
  novenos: 9,
  décimo: 10,
  décimos: 10,
  decimo: 10,
  decimos: 10,
  onceavo: 11,
  onceavos: 11,
  doceavo: 12,
  doceavos: 12,
  veinteavo: 20,
  veinteavos: 20,
  centésimo: 100,
  centésimos: 100,
  centesimo: 100,
  centesimos: 100,
  milésimo: 1000,
  milésimos: 1000,
  milesimo: 1000,
  milesimos: 1000,
  millonésimo: 1e6,
  millonésimos: 1e6,
  quinta: 5,
  quintas: 5,
  sexta: 6,
  sextas: 6,
  séptima: 7,
  séptimas: 7,
  octava: 8,
  octavas: 8,
  novena: 9,
  novenas: 9,
  décima: 10,
  décimas: 10,
  decima: 10,
  decimas: 10,
  centésima: 100,
  centésimas: 100,
  milésima: 1000,
  milésimas: 1000,
  millonésima: 1e6,
  millonésimas: 1e6
}

const months: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12
}

const qualifiers: Array<[string, QualifierType]> = [
  ['más de', 'more'],
  ['mas de', 'more'],
  ['más del', 'more'],
  ['superior a', 'more'],
  ['superiores a', 'more'],
  ['por encima de', 'more'],
  ['por encima del', 'more'],
  ['mayor a', 'more'],
  ['mayor de', 'more'],
  ['mayores a', 'more'],
  ['en exceso de', 'more'],
  ['al menos', 'atLeast'],
  ['por lo menos', 'atLeast'],
  ['como mínimo', 'atLeast'],
  ['como minimo', 'atLeast'],
  ['no menos de', 'atLeast'],
  ['un mínimo de', 'atLeast'],
  ['casi', 'almost'],
  ['cerca de', 'almost'],
  ['cerca del', 'almost'],
  ['rozando', 'almost'],
  ['prácticamente', 'almost'],
  ['alrededor de', 'about'],
  ['alrededor del', 'about'],
  ['unos', 'about'],
  ['unas', 'about'],
  ['aproximadamente', 'about'],
  ['aprox', 'about'],
  ['en torno a', 'about'],
  ['en torno al', 'about'],
  ['del orden de', 'about'],
  ['algo más de', 'more'],
  ['mayor que', 'more'],
  ['mayores que', 'more'],
  ['mayores de', 'more'],
  ['más alto que', 'more'],
  ['más alta que', 'more'],
  ['más altos que', 'more'],
  ['más altas que', 'more'],
  ['más grande que', 'more'],
  ['>', 'more'],
  ['mayor o igual a', 'atLeast'],
  ['mayor o igual que', 'atLeast'],
  ['mayores o iguales a', 'atLeast'],
  ['mayores o iguales que', 'atLeast'],
  ['igual o mayor que', 'atLeast'],
  ['igual o mayor a', 'atLeast'],
  ['igual a o mayor que', 'atLeast'],
  ['igual o superior a', 'atLeast'],
  ['superior o igual a', 'atLeast'],
  ['>=', 'atLeast'],
  ['> =', 'atLeast'],
  ['≥', 'atLeast'],
  ['menor que', 'less'],
  ['menores que', 'less'],
  ['menor a', 'less'],
  ['menores a', 'less'],
  ['menor de', 'less'],
  ['menores de', 'less'],
  ['más bajo que', 'less'],
  ['más baja que', 'less'],
  ['más bajos que', 'less'],
  ['más bajas que', 'less'],
  ['<', 'less'],
  ['menor o igual a', 'atMost'],
  ['menor o igual que', 'atMost'],
  ['menores o iguales a', 'atMost'],
  ['menores o iguales que', 'atMost'],
  ['igual o menor que', 'atMost'],
  ['igual o menor a', 'atMost'],
  ['igual a o menor que', 'atMost'],
  ['igual o inferior a', 'atMost'],
  ['inferior o igual a', 'atMost'],
  ['inferiores o iguales a', 'atMost'],
  ['<=', 'atMost'],
  ['< =', 'atMost'],
  ['≤', 'atMost'],
  ['menos de', 'less'],
  ['menos del', 'less'],
  ['inferior a', 'less'],
  ['inferiores a', 'less'],
  ['por debajo de', 'less'],
  ['por debajo del', 'less'],
  ['hasta', 'upTo'],
  ['como máximo', 'atMost'],
  ['como maximo', 'atMost'],
  ['no más de', 'atMost'],
  ['un máximo de', 'atMost'],
  // Hedging verbs of news copy, in the persons and tenses a report uses.
  ...verbForms(['rozó', 'rozaron', 'roza', 'rozan', 'rozaba', 'rozaban', 'rozará', 'rozarán'], 'almost'),
  ...verbForms(['rondó', 'rondaron', 'ronda', 'rondan', 'rondaba', 'rondaban', 'rondando', 'rondará', 'rondarán'], 'about'),
  ...verbForms(['superó', 'superaron', 'supera', 'superan', 'superaba', 'superaban', 'superando', 'superará', 'superarán'], 'more'),
  ...verbForms(['rebasó', 'rebasaron', 'rebasa', 'rebasan', 'rebasaba', 'rebasaban', 'rebasando', 'rebasará', 'rebasarán'], 'more'),
  ...verbForms(['sobrepasó', 'sobrepasaron', 'sobrepasa', 'sobrepasan', 'sobrepasando'], 'more')
]

/** Each verb form with one qualifier type. */
function verbForms(forms: string[], type: QualifierType): Array<[string, QualifierType]> {
  return forms.map((form) => [form, type])
}

const currencyNames: Array<[string, string]> = [
  ['dólar', 'USD'],
  ['dólares', 'USD'],
  ['dolar', 'USD'],
  ['dolares', 'USD'],
  ['dólares estadounidenses', 'USD'],
  ['dólares americanos', 'USD'],
  ['dólares de estados unidos', 'USD'],
  ['dólares de ee.uu.', 'USD'],
  ['dólares canadienses', 'CAD'],
  ['dólares australianos', 'AUD'],
  ['dólares neozelandeses', 'NZD'],
  ['dólares de hong kong', 'HKD'],
  ['dólares de singapur', 'SGD'],
  ['dólares taiwaneses', 'TWD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['yen', 'JPY'],
  ['yenes', 'JPY'],
  ['yuan', 'CNY'],
  ['yuanes', 'CNY'],
  ['rmb', 'CNY'],
  ['marcos finlandeses', 'FIM'],
  ['renminbi', 'CNY'],
  ['libra', 'GBP'],
  ['libras', 'GBP'],
  ['libras esterlinas', 'GBP'],
  ['libra esterlina', 'GBP'],
  ['francos suizos', 'CHF'],
  ['franco suizo', 'CHF'],
  ['francos', 'FRF'],
  ['franco', 'FRF'],
  ['wones', 'KRW'],
  ['won', 'KRW'],
  ['rupias', 'INR'],
  ['rupia', 'INR'],
  ['rublos', 'RUB'],
  ['rublo', 'RUB'],
  ['dongs', 'VND'],
  ['dong', 'VND'],
  ['bahts', 'THB'],
  ['baht', 'THB'],
  ['ringgits', 'MYR'],
  ['ringgit', 'MYR'],
  ['rupias indonesias', 'IDR'],
  ['pesos mexicanos', 'MXN'],
  ['pesos argentinos', 'ARS'],
  ['pesos chilenos', 'CLP'],
  ['pesos colombianos', 'COP'],
  ['pesos uruguayos', 'UYU'],
  ['pesos filipinos', 'PHP'],
  ['pesos dominicanos', 'DOP'],
  ['pesos', 'MXN'],
  ['peso', 'MXN'],
  ['reales', 'BRL'],
  ['real', 'BRL'],
  ['soles', 'PEN'],
  ['colones', 'CRC'],
  ['colón', 'CRC'],
  ['colones costarricenses', 'CRC'],
  ['quetzales', 'GTQ'],
  ['quetzal', 'GTQ'],
  ['lempiras', 'HNL'],
  ['córdobas', 'NIO'],
  ['guaraníes', 'PYG'],
  ['bolivianos', 'BOB'],
  ['bolívares', 'VES'],
  ['rand', 'ZAR'],
  ['liras', 'TRY'],
  ['lira', 'TRY'],
  ['coronas suecas', 'SEK'],
  ['coronas noruegas', 'NOK'],
  ['coronas danesas', 'DKK'],
  ['dírhams', 'AED'],
  ['dirhams', 'AED'],
  ['riyales', 'SAR'],
  ['florines', 'NLG'],
  ['florines neerlandeses', 'NLG'],
  ['florines holandeses', 'NLG'],
  ['marcos', 'DEM'],
  ['marcos alemanes', 'DEM'],
  ['pesetas', 'ESP'],
  ['peseta', 'ESP'],
  ['liras italianas', 'ITL'],
  ['bitcoins', 'BTC'],
  ['bitcoin', 'BTC']
]

const y = (offset: number): RelativeDate => ({unit: 'year', offset})
const previousMonth: RelativeDate = {unit: 'month', offset: -1, previous: true}
const relative: RelativePhrase[] = [
  {words: ['este', 'año'], relative: y(0)},
  {words: ['el', 'presente', 'año'], relative: y(0)},
  {words: ['el', 'año', 'en', 'curso'], relative: y(0)},
  {words: ['el', 'año', 'pasado'], relative: y(-1)},
  {words: ['el', 'pasado', 'año'], relative: y(-1)},
  {words: ['año', 'pasado'], relative: y(-1)},
  {words: ['el', 'año', 'anterior'], relative: y(-1)},
  {words: ['el', 'próximo', 'año'], relative: y(1)},
  {words: ['el', 'proximo', 'año'], relative: y(1)},
  {words: ['el', 'año', 'próximo'], relative: y(1)},
  {words: ['el', 'año', 'que', 'viene'], relative: y(1)},
  {words: ['el', 'año', 'entrante'], relative: y(1)},
  {words: ['el', 'mes', 'pasado'], relative: {unit: 'month', offset: -1}},
  {words: ['este', 'mes'], relative: {unit: 'month', offset: 0}},
  {words: ['el', 'próximo', 'mes'], relative: {unit: 'month', offset: 1}},
  // "el pasado mayo", "mayo pasado": the most recent May before the document date (see RelativeDate.previous).
  {words: ['el', 'pasado', '<month>'], relative: previousMonth},
  {words: ['el', '<month>', 'pasado'], relative: previousMonth},
  {words: ['<month>', 'pasado'], relative: previousMonth},
  {words: ['el', 'pasado', 'mes', 'de', '<month>'], relative: previousMonth},
  {words: ['el', 'próximo', '<month>'], relative: {unit: 'month', offset: 1}},
  {words: ['<month>', 'próximo'], relative: {unit: 'month', offset: 1}},
  // "mayo del año pasado": a named month of a year offset.
  {words: ['<month>', 'del', 'año', 'pasado'], relative: {unit: 'month', offset: -1}},
  {words: ['<month>', 'de', 'este', 'año'], relative: {unit: 'month', offset: 0}},
  {words: ['<month>', 'del', 'presente', 'año'], relative: {unit: 'month', offset: 0}},
  {words: ['<month>', 'del', 'año', 'próximo'], relative: {unit: 'month', offset: 1}},
  {words: ['<month>', 'del', 'próximo', 'año'], relative: {unit: 'month', offset: 1}},
  {words: ['<month>', 'del', 'año', 'que', 'viene'], relative: {unit: 'month', offset: 1}}
]

const superlatives: Array<[string, string]> = [
  ['mayor', 'mayor'],
  ['mayores', 'mayor'],
  ['más grande', 'más grande'],
  ['más importante', 'más importante'],
  ['principal', 'principal'],
  ['principales', 'principal'],
  ['menor', 'menor'],
  ['más pequeño', 'más pequeño'],
  ['más alto', 'más alto'],
  ['más bajo', 'más bajo'],
  ['más poblado', 'más poblado'],
  ['más rico', 'más rico'],
  ['más activo', 'más activo'],
  ['más visitado', 'más visitado']
]

const stopwords = new Set(
  (
    'de del la el los las lo un una unos unas y e o u ni que en a al por para con sin sobre entre hasta desde hacia ' +
    'según durante tras contra ante bajo se su sus mi mis tu tus nuestro nuestra es son fue fueron era eran ser sido ' +
    'está están estaba ha han había habían hay como más menos muy ya no sí si también tan tanto este esta estos ' +
    'estas ese esa esos esas aquel aquella cada otro otra otros otras mismo misma le les me te nos cuyo cuya donde ' +
    'cuando cual cuales quien quienes todo toda todos todas pero sino aunque mientras porque pues e'
  ).split(' ')
)

const irregular: Record<string, string> = {
  millones: 'millón',
  países: 'país',
  paises: 'país',
  veces: 'vez',
  meses: 'mes',
  personas: 'persona'
}

/**
 * Spanish plural folding: "proyectos" → "proyecto", "inversores" →
 * "inversor", "visitantes" → "visitante", "relaciones" → "relación",
 * "luces" → "luz". Good enough for
 * counted nouns; the registry lists the forms that matter.
 */
function lemma(word: string): string {
  const w = word.toLowerCase()
  if (irregular[w]) return irregular[w]
  if (w.length > 5 && w.endsWith('iones')) return w.slice(0, -5) + 'ión'
  if (w.length > 4 && w.endsWith('ces')) return w.slice(0, -3) + 'z'
  // Consonant + "es" only after a consonant a Spanish word may end in: "inversores", "ciudades", "países".
  if (w.length > 4 && /[lnrdsjyx]es$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && /[aeiouáéíóú]s$/.test(w)) return w.slice(0, -1)
  return w
}

export const es: LangData = {
  lang: 'es',
  decimal: ',',
  cardinals: new Map(Object.entries(cardinals)),
  indefinite: new Set(['un', 'una']),
  joiners: new Set(['y']),
  half: new Set(['medio', 'media']),
  loneScales: new Set(['mil', 'millón', 'millon', 'billón', 'billon', 'millardo']),
  halfNouns: new Set(['mitad']),
  trailingHalf: phrases([
    ['y medio', 0.5],
    ['y media', 0.5],
    ['y cuarto', 0.25]
  ]),
  dozen: new Set(['docena', 'docenas', 'dz', 'dzs', 'doz', 'dozs']),
  denominators: new Map(Object.entries(denominators)),
  point: new Set(['coma']),
  negative: new Set(['menos', 'negativo']),
  over: phrases([['sobre', true]]),
  scales: phrases([
    ['mil', 1e3],
    ['miles', 1e3],
    ['millón', 1e6],
    ['millon', 1e6],
    ['millones', 1e6],
    ['mil millones', 1e9],
    ['millardo', 1e9],
    ['millardos', 1e9],
    ['billón', 1e12],
    ['billon', 1e12],
    ['billones', 1e12],
    ['mil billones', 1e15],
    ['trillón', 1e18],
    ['trillones', 1e18],
    ['k', 1e3],
    ['mm', 1e6],
    ['mdd', 1e6],
    ['bn', 1e9],
    ['mln', 1e6],
    ['mill', 1e6],
    ['mills', 1e6]
  ]),
  caseScales: new Map(Object.entries({M: 1e6, MM: 1e6, K: 1e3, G: 1e9})),
  gluedScales: new Map(Object.entries({k: 1e3, K: 1e3, M: 1e6, MM: 1e6, G: 1e9, bn: 1e9})),
  qualifiers: phrases(qualifiers),
  qualifierArticles: new Set(['los', 'las', 'el', 'la']),
  changeVerbs: new Set(
    (
      'pasó pasaron pasa pasan pasando subió subieron sube suben creció crecieron crece crecen aumentó aumentaron aumenta aumentan ' +
      'cayó cayeron cae caen bajó bajaron baja bajan disminuyó disminuyeron saltó saltaron descendió descendieron elevó elevaron ' +
      'ascendió escaló escalaron retrocedió retrocedieron varió evolucionó evolucionaron se redujo redujeron contrajo creciendo cayendo subiendo'
    ).split(' ')
  ),
  equals: phrases([
    ['igual a', true],
    ['iguales a', true],
    ['equivale a', true],
    ['equivalen a', true],
    ['equivalente a', true],
    ['exactamente', true]
  ]),
  postfix: phrases([
    ['o más', 'atLeast'],
    ['o mas', 'atLeast'],
    ['y más', 'atLeast'],
    ['o mayor', 'atLeast'],
    ['o superior', 'atLeast'],
    ['por lo menos', 'atLeast'],
    ['al menos', 'atLeast'],
    ['como mínimo', 'atLeast'],
    ['como minimo', 'atLeast'],
    ['o menos', 'atMost'],
    ['o menor', 'atMost'],
    ['o inferior', 'atMost'],
    ['como máximo', 'atMost'],
    ['como maximo', 'atMost'],
    ['o igual', 'orEqual'],
    ['o igual a', 'orEqual'],
    ['o igual que', 'orEqual']
  ]),
  postfixTail: new Set(['que', 'a', 'de']),
  boundJoiners: new Set(['y', 'e', 'pero', ',']),
  cents: new Set(['centavo', 'centavos', 'céntimo', 'céntimos', 'centimo', 'centimos']),
  currencySymbols: new Map(Object.entries({
    $: 'USD',
    US$: 'USD',
    'U$S': 'USD',
    'U$D': 'USD',
    u$d: 'USD',
    u$s: 'USD',
    USD$: 'USD',
    C$: 'CAD',
    A$: 'AUD',
    NZ$: 'NZD',
    HK$: 'HKD',
    S$: 'SGD',
    R$: 'BRL',
    MX$: 'MXN',
    'MXN$': 'MXN',
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
    '₡': 'CRC',
    '₾': 'GEL',
    '₭': 'LAK',
    '₲': 'PYG',
    '₮': 'MNT'
  })),
  currencyNames: phrases(currencyNames),
  of: new Set(['de']),
  percent: phrases([
    ['%', '%'],
    ['por ciento', '%'],
    ['por cien', '%'],
    ['puntos porcentuales', 'pp'],
    ['punto porcentual', 'pp'],
    ['pp', 'pp'],
    ['p.p.', 'pp']
  ]),
  ordinals: new Map(Object.entries(ordinals)),
  ordinalSuffixes: new Set(['º', 'ª', '°', 'o', 'a', 'er', 'ero', 'era', 'do', 'da', 'to', 'ta', 'mo', 'ma', 'vo', 'va', 'no', 'na', 'os', 'as']),
  superlatives: phrases(superlatives),
  determiners: new Set(['el', 'la', 'los', 'las', 'su', 'sus', 'del', 'al', 'nuestro', 'nuestra']),
  topWords: new Set(['principal']),
  placeWords: new Set(['lugar', 'puesto', 'posición', 'posicion', 'plaza']),
  prenominal: new Set(
    'nuevo nueva nuevos nuevas gran grandes pequeño pequeña pequeños pequeñas mediano mediana medianos medianas principales distintos distintas diferentes diversos diversas varios varias numerosos numerosas importantes últimos últimas primeros primeras próximos próximas'.split(' ')
  ),
  verbCurrencyNames: new Set(),
  labelNouns: new Set(
    'sección secciones capítulo capítulos artículo artículos página páginas punto línea líneas ruta sala fase etapa parte tomo volumen número núm nº párrafo cláusula anexo apéndice tabla figura cuadro episodio temporada versículo resolución decreto ley'.split(' ')
  ),
  notRankNouns: new Set(
    (
      'vez veces día dia días semana semanas mes meses año años trimestre trimestres semestre semestres mitad ' +
      'ministro ministra vicepresidente vicepresidenta dama ronda rondas fase etapa edición edicion mandato ' +
      'piso planta parte partes generación generacion plano término termino lugar grado curso tiempo ' +
      'mundo mundista mano'
    ).split(' ')
  ),
  vagueSuperlatives: new Set(['principal']),
  rankedRoles: new Set(
    (
      'socio socios socia socias inversor inversores inversora inversionista inversionistas proveedor proveedores proveedora ' +
      'fuente fuentes mercado mercados destino destinos exportador exportadores importador importadores comprador compradores ' +
      'cliente clientes acreedor acreedores prestamista prestamistas donante donantes productor productores consumidor consumidores ' +
      'contribuyente contribuyentes accionista accionistas empleador empleadores receptor receptores economía economías'
    ).split(' ')
  ),
  outOf: phrases([
    ['entre', true],
    ['de', true],
    ['de un total de', true],
    ['sobre', true]
  ]),
  anniversary: new Set(['aniversario', 'aniversarios', 'cumpleaños']),
  decadeWords: new Map(),
  decadeNouns: new Map([
    ['años', ''],
    ['década', 'de'],
    ['decada', 'de']
  ]),
  possessives: new Set(['su', 'sus', 'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros', 'nuestras']),
  months: new Map(Object.entries(months)),
  monthCues: new Set(),
  relative,
  ago: {before: new Set(['hace']), after: new Set(['atrás', 'antes'])},
  yearWords: new Set(['año', 'años', 'ano', 'anos']),
  monthWords: new Set(['mes', 'meses']),
  dayWords: new Set(['día', 'días', 'dia', 'dias']),
  durationCues: new Set(['durante', 'desde', 'hace', 'tras', 'por']),
  namedAnniversaries: phrases([
    ['bodas de plata', 25],
    ['bodas de rubí', 40],
    ['bodas de oro', 50],
    ['bodas de diamante', 60]
  ]),
  durations: phrases([
    ['medio siglo', 50],
    ['un siglo', 100],
    ['una década', 10],
    ['una decada', 10],
    ['media década', 5],
    ['dos décadas', 20],
    ['tres décadas', 30],
    ['cuatro décadas', 40],
    ['cinco décadas', 50],
    ['un cuarto de siglo', 25]
  ]),
  ranges: [
    {open: ['entre'], join: ['y']},
    {open: ['de'], join: ['a', 'hasta']},
    {open: ['desde'], join: ['hasta', 'a']}
  ],
  rangeJoiners: new Set(),
  stopwords,
  irregular,
  lemma,
  dateJoiners: new Set(['de', 'del']),
  gluedQualifiers: ['casi', 'unos', 'unas', 'más', 'cerca', 'alrededor', 'aproximadamente', 'menos', 'hasta'],
  gluedPrefixes: [
    'primer',
    'primera',
    'segundo',
    'segunda',
    'tercer',
    'tercera',
    'cuarto',
    'cuarta',
    'quinto',
    'quinta',
    'sexto',
    'séptimo',
    'octavo',
    'noveno',
    'décimo',
    'mayor',
    'principal',
    'medio',
    'media'
  ],
  gluedExceptions: new Set(
    (
      'mayordomo mayordoma mayorista mayoristas mayormente mayorazgo mayoral mediodía mediocre mediocridad ' +
      'mediometraje medioambiente medioambiental medioambientales mediocampista mediocampo mediosol ' +
      'primeramente segundones terceras terceros terceridad cuartos cuartel cuarteles cuarteto quintas quintal ' +
      'principalmente tercermundista tercermundistas cuartofinalista cuartofinalistas primeriza primerizo'
    ).split(' ')
  ),
  capitalMonths: false,
  dateOrder: 'day-month',
  currencyOfNeedsScale: true,
  headNounLast: false,
  coordinators: new Set(['y', 'e', 'o']),
  postnominalAdjective: /(?:al|ar|ico|ica|ivo|iva|ero|era|ista|ano|ana|ense|és|esa|ario|aria|ente|ante|ial|il)$/,
  // Third-person plural preterite and imperfect endings: "300 llegaron", "cinco crecieron".
  // Past and imperfect forms ("llegaron", "crecían"), and the future ("serán", "llegarán"), which no noun ends with.
  isVerbForm: (word) => (word.length > 5 && /(?:aron|ieron|yeron|aban|ían)$/.test(word)) || (word.length >= 5 && /[aei]rán$/.test(word)),
  oneAfter: new Set(),
  groupPhrases: ['uno de los', 'uno de las', 'una de las', 'uno de sus', 'una de sus', 'entre los', 'entre las'],
  pronounOne: new Set(['uno']),
  topWithoutDeterminer: false,
  pluralSuperlativeIsGroup: true,
  gluedMillionM: false,
  numberWords: {
    spacedTens: false,
    joinedTens: true,
    compoundDenominators: false,
    spacedDenominators: false,
    loneHalf: false,
    fractionJoiners: new Set(['con']),
    decimalJoiner: 'con',
    pointDigits: false,
    pluralDenominators: true,
    strictNumerator: true
  },
  fractionWord
}
