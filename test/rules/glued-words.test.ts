import rule from '../../rules/glued-words.js'
import {ruleTester} from './tester.js'

const registryWithBrands =
  'version: 1\nentities:\n  - id: ml\n    names: {es: [mercadolibre, MercadoLibre]}\nclaims:\n  - id: ventas\n    kind: quantity\n    about: [ml]\n    terms: {es: [tiendaunión]}\n    value: 1\n'
const brands = 'Los vendedores de mercadolibre y de tiendaunión crecen.'
const twoGlued = 'Un socio deseguridad y un mayorproveedor de ayuda.'

ruleTester.run(rule, {
  valid: [
    // Seen on French manual pages: a word broken at a line end, and English identifiers in French prose.
    {name: 'a word broken with a hyphen at a line end (fr)', text: 'Le programme lit tous les fi‐\n      chiers de configuration et les construc-\n      tions de la liste.', language: 'fr'},
    {name: 'an English compound in Spanish prose is an identifier, though Spanish splits it otherwise (es)', text: 'La orden basename muestra el nombre del fichero sin la carpeta.', language: 'es'},
    {name: 'English words run together in French prose are an identifier (fr)', text: 'Utilisez buildpackage et setlocale pour construire le paquet.', language: 'fr'},
    {name: 'correct Spanish compounds', text: 'Las relaciones socioculturales y afroamericanas, la cooperación bilateral y la ciberseguridad avanzan.'},
    {name: 'correct English compounds', text: 'The newsroom ran a nationwide survey on longstanding partnerships and people-to-people exchanges.'},
    {name: 'names, acronyms, numbers and URLs', text: 'Vo Thi Anh Xuan visitó Hiroshima con la ASEAN; ver https://example.org/informe_anual y #VietnamJapon en 2023.'},
    {name: 'glued numbers, which the extractor reads', text: 'Este año celebran el 50aniversario de las relaciones.'},
    {
      name: 'correct English with compounds, names, acronyms, British spellings and addresses',
      filename: 'doc.en.txt',
      text: 'The newsroom ran a nationwide survey of chipmakers, and NATO envoys met Pham Minh Chinh at the centre; see https://example.org/annual_report or write to desk@example.com.'
    },
    {name: 'the registry’s entity names and terms as known words', text: brands, registry: registryWithBrands},
    // Seen on Spanish manual pages: a placeholder the document writes again and again is its own term.
    {name: 'a form the document writes three times (es)', text: 'La orden acepta nombreusuario como primer argumento.\n\nSi se omite nombreusuario, se usa el del proceso.\n\nEl nombreusuario no distingue mayúsculas.'},
    // Issue 12 §5: a company name opening a sentence, a lower-cased name.
    {name: 'a company name opening a sentence, and a name in lower case (en)', filename: 'doc.en.txt', text: 'Brightwater opened a new office in Lima this year.\n\nShares of bellsouth rose after the merger talks.'},
    // Seen in a package's README: a project named in a link's text as its address spells it.
    {name: 'a name spelt as in a link’s address', filename: 'doc.en.md', text: 'Compare with the [themis benchmark](https://example.org/playlyfe/themis/results.html) first.'}
  ],
  invalid: [
    {
      name: 'a glue the document writes twice (es)',
      text: 'Japón es el mayorproveedor de la región.\n\nJapón es el mayorproveedor de la región.',
      errors: [
        {messageId: 'glued', line: 1, column: 13, endLine: 1, endColumn: 27, message: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'},
        {messageId: 'glued', line: 3, column: 13, endLine: 3, endColumn: 27, message: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'}
      ]
    },
    {
      name: 'words run together (fr)',
      text: 'Ce fut une coopérationexemplaire entre les deuxpays, selon le ministère.',
      errors: [
        {messageId: 'glued', line: 1, column: 12, endLine: 1, endColumn: 33, severity: 'warning', message: 'Unexpected glued words `coopérationexemplaire`, expected `coopération exemplaire`', source: 'coopérationexemplaire', suggestions: ['coopération exemplaire']},
        {messageId: 'glued', line: 1, column: 44, endLine: 1, endColumn: 52, severity: 'warning', message: 'Unexpected glued words `deuxpays`, expected `deux pays`', source: 'deuxpays', suggestions: ['deux pays']}
      ]
    },
    {
      name: 'places by line and column in a longer document',
      text: 'Japón y Vietnam celebran medio siglo de relaciones.\n\nLas NacionesUnidas destacaron el papel deambos países.\n',
      errors: [
        {messageId: 'glued', line: 3, column: 5, endLine: 3, endColumn: 19, severity: 'warning', message: 'Unexpected glued words `NacionesUnidas`, expected `Naciones Unidas`', source: 'NacionesUnidas', suggestions: ['Naciones Unidas']},
        {messageId: 'glued', line: 3, column: 40, endLine: 3, endColumn: 47, severity: 'warning', message: 'Unexpected glued words `deambos`, expected `de ambos`', source: 'deambos', suggestions: ['de ambos']}
      ]
    },
    {
      name: 'glued Spanish words with their splits at exact places',
      text: 'Japón es el mayorproveedor de asistencia, un socio deseguridad y tiene proyectos válidoscon capital japonés.',
      errors: [
        {messageId: 'glued', message: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`', actual: 'mayorproveedor', source: 'mayorproveedor', suggestions: ['mayor proveedor']},
        {messageId: 'glued', message: 'Unexpected glued words `deseguridad`, expected `de seguridad`', actual: 'deseguridad', source: 'deseguridad', suggestions: ['de seguridad']},
        {messageId: 'glued', message: 'Unexpected glued words `válidoscon`, expected `válidos con`', actual: 'válidoscon', source: 'válidoscon', suggestions: ['válidos con']}
      ]
    },
    {
      name: 'a function word glued to a name (es)',
      text: 'Los países que invierten enVietnam crecen.',
      errors: [{messageId: 'glued', line: 1, column: 26, endLine: 1, endColumn: 35, severity: 'warning', message: 'Unexpected glued words `enVietnam`, expected `en Vietnam`'}]
    },
    {
      name: 'English glued words',
      filename: 'doc.en.txt',
      text: 'Theyear marked half a century ofdiplomatic ties.',
      errors: [
        {messageId: 'glued', line: 1, column: 1, endLine: 1, endColumn: 8, severity: 'warning', message: 'Unexpected glued words `Theyear`, expected `The year`'},
        {messageId: 'glued', line: 1, column: 31, endLine: 1, endColumn: 43, severity: 'warning', message: 'Unexpected glued words `ofdiplomatic`, expected `of diplomatic`'}
      ]
    },
    {
      name: 'brand names glued words without a registry that knows them',
      text: brands,
      registry: null,
      errors: [{messageId: 'glued', actual: 'mercadolibre'}, {messageId: 'glued', actual: 'tiendaunión'}]
    },
    {
      name: 'the ignore option, matched without regard to case',
      text: twoGlued,
      options: {ignore: ['Deseguridad']},
      errors: [{messageId: 'glued', line: 1, column: 27, endLine: 1, endColumn: 41, severity: 'warning', message: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'}]
    },
    {
      name: 'the minLength option',
      text: twoGlued,
      options: {minLength: 12},
      errors: [{messageId: 'glued', line: 1, column: 27, endLine: 1, endColumn: 41, severity: 'warning', message: 'Unexpected glued words `mayorproveedor`, expected `mayor proveedor`'}]
    }
  ]
})
