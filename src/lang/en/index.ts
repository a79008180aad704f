/** English: parse-english, dictionary-en, the long-established short scale ("billion" is 10^9). */
import {ParseEnglish} from 'parse-english'
import type {LangPack} from '../types.js'
import {spell} from './spell.js'
import {en as words} from './words.js'

export const en: LangPack<'en'> = {
  code: 'en',
  name: 'English',
  franc: 'eng',
  createParser: () => new ParseEnglish(),
  words,
  format: {
    locale: 'en-US',
    decimal: '.',
    group: ',',
    groupFourDigits: true,
    scales: [
      [1e12, 'trillion', 'trillion'],
      [1e9, 'billion', 'billion'],
      [1e6, 'million', 'million'],
      [1e3, 'thousand', 'thousand']
    ],
    composedScales: false,
    scaleSlips: [
      {pattern: /^trillion/, tooLarge: '`trillion` where `billion` was meant'},
      {pattern: /^(?:billion|bn)/, tooSmall: '`billion` (10^9) where `billón` (10^12) was meant'}
    ],
    droppedScale: {1000: 'a dropped `thousand`', 1000000: 'a dropped `million`'},
    relativeYears: {[-1]: 'last year', 0: 'this year', 1: 'next year'},
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthYear: (month, year) => `${month} ${year}`,
    ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
    ordinalForms: [],
    firstWords: ['top', 'leading', 'main'],
    periods: {day: 'a day', week: 'a week', month: 'a month', year: 'a year'}
  },
  spell,
  rules: {
    happened: 'established establish establishes founded signed opened normalized normalised inaugurated launched began set entered'.split(' '),
    relativePronouns: ['which', 'that', 'when', 'where'],
    notOnYear: ['since', 'until', 'before', 'after', 'by'],
    yearLead: ['in'],
    populationNouns: ['inhabitant', 'person', 'people', 'resident'],
    destinations: ['in', 'into', 'to'],
    distributive: ['each', 'every'],
    periods: {
      day: ['a day', 'per day', 'each day', 'every day', 'daily', 'per diem'],
      week: ['a week', 'per week', 'each week', 'every week', 'weekly'],
      month: ['a month', 'per month', 'each month', 'every month', 'monthly'],
      year: ['a year', 'per year', 'each year', 'every year', 'annually', 'yearly', 'per annum']
    },
    derived: {
      moreThan: ['more than', 'higher than', 'larger than', 'bigger than', 'greater than'],
      lessThan: ['less than', 'lower than', 'smaller than', 'fewer than'],
      thanArticles: ['the', 'in'],
      from: ['from', 'compared with', 'compared to', 'versus', 'vs.', 'vs'],
      to: ['to', 'reaching'],
      rangeFrom: ['from'],
      rangeTo: ['to'],
      fall: /(?<![\p{L}])(?:fell|falls?|falling|declin(?:e|ed|es|ing)|dropp(?:ed|ing)|drops?|decreas(?:e|ed|es|ing)|shr[ai]nk(?:s|ing)?|lost)(?![\p{L}])/u,
      rise: /(?<![\p{L}])(?:gr[eo]w(?:s|n|ing)?|rose|rises?|rising|risen|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:ed|es|ing))(?![\p{L}])/u,
      perUnit: ['per', 'a', 'each'],
      perCapita: ['per capita'],
      shareOf: ['of'],
      shareDeterminers: ['the', 'its', 'their', 'a'],
      shareTotal: ['total of', 'total'],
      total: ['a total of', 'in total', 'total of', 'totalling', 'totaling', 'combined', 'total'],
      apposition: ['or', 'that is']
    },
    conversion: {
      connectors: ['or', 'equivalent to', 'that is', 'i.e.', 'about', 'some'],
      equivalence: ['is equivalent to', 'are equivalent to', 'was equivalent to', 'were equivalent to', 'is equal to', 'are equal to', 'was equal to', 'were equal to'],
      sharedNames: ['peso', 'pesos'],
      countries: ['mexican', 'argentin', 'chilean', 'colombian', 'uruguayan', 'philippine', 'cuban', 'dominican']
    }
  }
}
