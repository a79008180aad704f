/** Spanish: parse-latin, dictionary-es, the long scale ("billón" is 10^12, "mil millones" 10^9). */
import {ParseLatin} from 'parse-latin'
import type {LangPack} from '../types.js'
import {spell} from './spell.js'
import {es as words} from './words.js'

export const es: LangPack<'es'> = {
  code: 'es',
  name: 'Spanish',
  franc: 'spa',
  createParser: () => new ParseLatin(),
  words,
  format: {
    locale: 'es-ES',
    decimal: ',',
    group: '.',
    groupFourDigits: false,
    scales: [
      [1e12, 'billón', 'billones'],
      [1e9, 'mil millones', 'mil millones'],
      [1e6, 'millón', 'millones'],
      [1e3, 'mil', 'mil']
    ],
    composedScales: true,
    scaleSlips: [
      {pattern: /^bill[oó]n/, tooLarge: '`billón` (10^12) where `mil millones` (10^9) was meant'},
      {pattern: /^(?:bn)$/, tooSmall: '`billion` (10^9) where `billón` (10^12) was meant'}
    ],
    droppedScale: {1000: 'a dropped `mil`', 1000000: 'a dropped `millones`'},
    relativeYears: {[-1]: 'el año pasado', 0: 'este año', 1: 'el próximo año'},
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    monthYear: (month, year) => `${month} de ${year}`,
    ordinals: ['primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo'],
    ordinalForms: ['tercero', 'primero', 'tercera', 'segunda', 'cuarta', 'primera'],
    firstWords: ['principal', 'primordial'],
    periods: {day: 'al día', week: 'a la semana', month: 'al mes', year: 'al año'}
  },
  spell,
  rules: {
    happened: 'establecieron establecio establecen fundaron fundo firmaron firmo inauguraron inauguro normalizaron normalizo iniciaron inicio abrieron abrio entro'.split(' '),
    relativePronouns: ['que', 'cuando', 'cuyo', 'cuya', 'donde'],
    notOnYear: ['desde', 'hasta', 'antes', 'despues', 'tras'],
    yearLead: ['en', 'el ano'],
    populationNouns: ['habitante', 'persona', 'residente'],
    destinations: ['en', 'hacia', 'a'],
    distributive: ['cada'],
    periods: {
      day: ['al dia', 'por dia', 'cada dia', 'diarios', 'diarias', 'diario', 'diaria'],
      week: ['a la semana', 'por semana', 'cada semana', 'semanales', 'semanal'],
      month: ['al mes', 'por mes', 'cada mes', 'mensuales', 'mensual'],
      year: ['al ano', 'por ano', 'cada ano', 'anuales', 'anual']
    },
    derived: {
      moreThan: ['mas que', 'mayor que', 'superior a'],
      lessThan: ['menos que', 'menor que', 'inferior a'],
      thanArticles: ['los', 'las', 'el', 'la', 'en'],
      from: ['desde', 'frente a', 'respecto a'],
      to: ['hasta', 'a', 'alcanzando', 'hasta los', 'a los'],
      rangeFrom: ['de', 'desde'],
      rangeTo: ['a', 'hasta'],
      fall: /(?<![\p{L}])(?:cay(?:ó|eron|endo)|caen?|bajó|bajaron|bajan?|disminuy(?:ó|eron|e|en)|descend(?:ió|ieron)|desciende|retroced(?:ió|ieron)|se (?:redujo|redujeron|contrajo|contrajeron))(?![\p{L}])/u,
      rise: /(?<![\p{L}])(?:creci(?:ó|eron|endo)|crecer[áa]n?|crecen?|sub(?:ió|ieron|irá|irán|e|en)|aument(?:ó|aron|ará|arán|a|an)|se (?:elevó|elevaron|incrementó|incrementaron|disparó|dispararon))(?![\p{L}])/u,
      perUnit: ['por', 'cada'],
      perCapita: ['per capita'],
      shareOf: ['de', 'del'],
      shareDeterminers: ['los', 'las', 'el', 'la', 'su', 'sus', 'un'],
      shareTotal: ['total de', 'total'],
      total: ['un total de', 'en total', 'suman', 'sumaron', 'suma', 'en conjunto', 'total'],
      apposition: ['o', 'o sea', 'es decir']
    },
    conversion: {
      connectors: ['o', 'equivalente a', 'es decir', 'unos', 'alrededor de'],
      equivalence: ['equivale a', 'equivalen a', 'equivalia a', 'equivalian a'],
      sharedNames: ['peso', 'pesos'],
      countries: ['mexican', 'argentin', 'chilen', 'colombian', 'uruguay', 'filipin', 'cuban', 'dominican']
    }
  }
}
