/** Spanish words of the claim grammar. `billón` is 10^12; `mil millones` is 10^9. */
import type {LangData} from './data.js'

const units: Record<string, number> = {
  cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiuna: 21, veintiún: 21, veintiun: 21, veintidós: 22,
  veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  setenta: 70, ochenta: 80, noventa: 90
}

const hundreds: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900
}

const ordinals: Record<string, number> = {
  primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4,
  cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6, séptimo: 7, séptima: 7, septimo: 7, octavo: 8, octava: 8,
  noveno: 9, novena: 9, décimo: 10, décima: 10, decimo: 10, vigésimo: 20, trigésimo: 30, cuadragésimo: 40,
  quincuagésimo: 50, quincuagesimo: 50, sexagésimo: 60, septuagésimo: 70, octogésimo: 80, nonagésimo: 90,
  centésimo: 100
}

export const es: LangData = {
  units,
  hundreds,
  hundredMultiplies: false,
  joiners: ['y'],
  thousand: ['mil'],
  scales: {
    mil: 1e3, 'mil millones': 1e9, millardo: 1e9, millardos: 1e9, millón: 1e6, millones: 1e6, millon: 1e6,
    mill: 1e6, 'mill.': 1e6, billón: 1e12, billones: 1e12, billon: 1e12, 'billón de billones': 1e24, trillón: 1e18,
    trillones: 1e18, 'mil billones': 1e15, bn: 1e9, m: 1e6, mm: 1e6
  },
  fractions: {medio: 0.5, media: 0.5, mitad: 0.5, tercio: 1 / 3, tercios: 1 / 3, cuarto: 0.25, cuartos: 0.25},
  articles: ['un', 'una'],
  dozen: ['docena', 'docenas'],
  qualifiers: {
    'más de': 'more', 'superior a': 'more', 'superiores a': 'more', 'por encima de': 'more', 'mayor de': 'more',
    'mayor que': 'more', 'más que': 'more', 'al menos': 'atLeast', 'como mínimo': 'atLeast', 'por lo menos': 'atLeast',
    'no menos de': 'atLeast', casi: 'almost', 'cerca de': 'almost', rozó: 'almost', rozan: 'almost', roza: 'almost',
    unos: 'about', unas: 'about', 'alrededor de': 'about', aproximadamente: 'about', 'en torno a': 'about',
    'del orden de': 'about', aprox: 'about', 'aprox.': 'about', 'menos de': 'less', 'inferior a': 'less',
    'inferiores a': 'less', 'por debajo de': 'less', hasta: 'upTo', 'como máximo': 'atMost', 'como maximo': 'atMost',
    'no más de': 'atMost'
  },
  gluableQualifiers: ['casi', 'unos', 'unas', 'hasta', 'aproximadamente'],
  ranges: [['entre', 'y'], ['de', 'a'], ['desde', 'hasta']],
  currencyWords: {
    dólares: 'USD', dolares: 'USD', dólar: 'USD', dolar: 'USD', 'dólares estadounidenses': 'USD', usd: 'USD',
    euros: 'EUR', euro: 'EUR', eur: 'EUR', yenes: 'JPY', yen: 'JPY', jpy: 'JPY', libras: 'GBP',
    'libras esterlinas': 'GBP', gbp: 'GBP', yuanes: 'CNY', yuan: 'CNY', cny: 'CNY', wones: 'KRW', won: 'KRW',
    dongs: 'VND', dong: 'VND', vnd: 'VND', 'pesos mexicanos': 'MXN', mxn: 'MXN', 'pesos argentinos': 'ARS', ars: 'ARS',
    'pesos chilenos': 'CLP', clp: 'CLP', 'pesos colombianos': 'COP', cop: 'COP', 'francos suizos': 'CHF', chf: 'CHF',
    rupias: 'INR', inr: 'INR', soles: 'PEN', pen: 'PEN', reales: 'BRL', brl: 'BRL'
  },
  linkers: ['de'],
  percentWords: ['por ciento', 'por cien'],
  pointWords: ['puntos porcentuales', 'punto porcentual', 'puntos'],
  ordinals,
  ordinalSuffixes: ['º', 'ª', 'er', 'o', 'a', '.º', '.ª'],
  superlatives: ['mayor', 'principal', 'primer', 'más grande', 'más importante', 'mayores'],
  placeWords: ['lugar', 'puesto', 'posición', 'plaza'],
  outOfWords: ['entre', 'de'],
  anniversary: ['aniversario'],
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
    octubre: 10, noviembre: 11, diciembre: 12
  },
  relativeYears: {
    'este año': 0, 'el año pasado': -1, 'año pasado': -1, 'el pasado año': -1, 'el próximo año': 1, 'el año próximo': 1,
    'el año que viene': 1, 'el año anterior': -1, 'el año siguiente': 1, 'próximo año': 1, 'este mismo año': 0,
    'el presente año': 0, 'el corriente año': 0
  },
  yearsAgo: {before: 'hace', after: 'años'},
  monthBefore: {'el pasado': -1, pasado: -1, 'el próximo': 1, próximo: 1},
  monthAfter: {pasado: -1, 'del año pasado': -1, 'de este año': 0, 'del próximo año': 1, 'de este': 0, próximo: 1},
  yearCues: ['en', 'desde', 'hasta', 'año', 'de', 'del', 'durante', 'antes', 'después', 'para'],
  notCounts: ['de los', 'de las', 'de sus', 'de nuestros', 'de nuestras', 'de ellos', 'de ellas', 'a uno', 'por uno', 'u otro', 'y otro', 'o otro'],
  stopwords: new Set(
    ('el la los las un una unos unas de del al a ante bajo con contra desde durante en entre hacia hasta mediante ' +
      'para por según sin sobre tras y e o u ni que como cuando donde quien cuyo cuya este esta estos estas ese esa ' +
      'esos esas aquel aquella lo le les se su sus mi mis tu tus nuestro nuestra es son fue fueron ser está están ' +
      'ha han había habían más menos muy ya también pero sino aunque si no cada todo toda todos todas otro otra otros ' +
      'otras mismo misma tiene tienen tenía llega llegan alcanza alcanzó suma sumó').split(' ')
  ),
  durationWords: {año: 'year', años: 'year', mes: 'month', meses: 'month', semana: 'week', semanas: 'week', día: 'day', días: 'day', década: 'decade', décadas: 'decade', siglo: 'century', siglos: 'century', hora: 'hour', horas: 'hour'}
}
