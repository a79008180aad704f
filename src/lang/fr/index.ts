/**
 * French: parse-latin, dictionary-fr, the long scale ("milliard" is 10^9 and
 * "billion" 10^12, the same trap as Spanish "billón").
 */
import {ParseLatin} from 'parse-latin'
import type {LangPack} from '../types.js'
import {spell} from './spell.js'
import {fr as words} from './words.js'

export const fr: LangPack<'fr'> = {
  code: 'fr',
  name: 'French',
  franc: 'fra',
  createParser: () => new ParseLatin(),
  words,
  format: {
    locale: 'fr-FR',
    decimal: ',',
    group: '\u202f',
    groupFourDigits: false,
    scales: [
      [1e12, 'billion', 'billions'],
      [1e9, 'milliard', 'milliards'],
      [1e6, 'million', 'millions'],
      [1e3, 'mille', 'mille']
    ],
    composedScales: false,
    scaleSlips: [
      {pattern: /^billions?$/, tooLarge: '`billion` (10^12) where `milliard` (10^9) was meant'},
      {pattern: /^milliards?$/, tooSmall: '`milliard` (10^9) where `billion` (10^12) was meant'}
    ],
    droppedScale: {1000: 'a dropped `mille`', 1000000: 'a dropped `millions`'},
    relativeYears: {[-1]: "l'année dernière", 0: 'cette année', 1: "l'année prochaine"},
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthYear: (month, year) => `${month} ${year}`,
    ordinals: ['premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
    ordinalForms: ['première', 'second', 'seconde'],
    firstWords: ['principal', 'principale'],
    periods: {day: 'par jour', week: 'par semaine', month: 'par mois', year: 'par an'}
  },
  spell,
  rules: {
    happened: 'etabli etablirent etablissent fonde fonderent signe signerent ouvert ouvrirent inaugure inaugurerent normalise normaliserent lance lancerent'.split(' '),
    relativePronouns: ['qui', 'que', 'lorsque', 'quand', 'dont', 'ou'],
    notOnYear: ['depuis', 'jusqu', 'avant', 'apres'],
    yearLead: ['en'],
    populationNouns: ['habitant', 'personne', 'résident'],
    destinations: ['en', 'au', 'aux', 'dans', 'vers', 'a'],
    distributive: ['chaque'],
    periods: {
      day: ['par jour', 'chaque jour', 'quotidiens', 'quotidiennes', 'quotidien', 'quotidienne'],
      week: ['par semaine', 'chaque semaine', 'hebdomadaires', 'hebdomadaire'],
      month: ['par mois', 'chaque mois', 'mensuels', 'mensuelles', 'mensuel', 'mensuelle'],
      year: ['par an', 'par annee', 'chaque annee', 'annuels', 'annuelles', 'annuel', 'annuelle']
    },
    derived: {
      moreThan: ['plus que', 'de plus que', 'superieur a'],
      lessThan: ['moins que', 'de moins que', 'inferieur a'],
      thanArticles: ['le', 'la', 'les', 'en'],
      from: ['depuis', 'contre', 'par rapport a', 'face a'],
      to: ['a', 'pour atteindre', 'jusqu a'],
      rangeFrom: ['de', 'd'],
      rangeTo: ['a'],
      fall: /(?<![\p{L}])(?:baiss(?:é|e|ent|ait|èrent)|recul(?:é|e|ent|ait|èrent)|chut(?:é|e|ent|ait)|diminu(?:é|e|ent|ait|èrent)|repli(?:é|e|ent)|perdu)(?![\p{L}])/u,
      rise: /(?<![\p{L}])(?:augment(?:é|e|ent|ait|èrent)|progress(?:é|e|ent|ait)|cr[uû]|croît|croissent|grimp(?:é|e|ent)|bondi|bondit|hausse)(?![\p{L}])/u,
      perUnit: ['par', 'chaque'],
      perCapita: ['par tete'],
      shareOf: ['de', 'du', 'des'],
      shareDeterminers: ['la', 'le', 'les', 'leur', 'leurs', 'son', 'sa', 'ses', 'un', 'une'],
      shareTotal: ['total de', 'total'],
      total: ['au total', 'un total de', 'en tout', 'total'],
      apposition: ['ou', 'soit']
    },
    conversion: {
      connectors: ['ou', 'soit', 'environ', 'equivalant a', 'c est a dire'],
      equivalence: ['equivaut a', 'equivalent a', 'equivalait a', 'equivalaient a'],
      sharedNames: ['peso', 'pesos'],
      countries: ['mexicain', 'argentin', 'chilien', 'colombien', 'uruguayen', 'philippin', 'cubain', 'dominicain']
    }
  }
}
