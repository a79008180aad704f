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
    }
  }
}
