/**
 * `claimlint/reporters`: the report formats, for programs that lint with the
 * API and print as the command line does. Each reporter takes the vfiles of a
 * run and returns the text to print.
 */
export {reporters, getReporter} from './report/index.js'
export type {Reporter, ReporterOptions} from './report/index.js'
export {reportPretty} from './report/pretty.js'
export {reportJson, toJsonReport, jsonFormatVersion} from './report/json.js'
export type {JsonReport, JsonMessage, JsonPoint} from './report/json.js'
