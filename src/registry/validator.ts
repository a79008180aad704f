/**
 * The JSON Schema validator of `claims.yaml` (`schema.json`), compiled at
 * build time. Ajv compiles a schema into a function when asked; for the
 * registry schema that was 76 ms of every run, more than linting a short
 * file. `npm run build` (scripts/validator.mjs) writes Ajv's standalone
 * code of the same validator, with the same options, to
 * dist/registry-validator.cjs, tagged with the hash of the schema it was
 * made from; a run loads it when the hash is this schema's, and compiles
 * the schema as before otherwise (no build, or a schema edited since).
 */
import {createHash} from 'node:crypto'
import {createRequire} from 'node:module'
import {builtFile} from '../built.js'
import {Ajv, type ValidateFunction} from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'
import registrySchema from './schema.json' with {type: 'json'}

/** Ajv's options for the registry: every error, with the data it concerns (`verbose`), for messages at places. */
function compiler(source: boolean): Ajv {
  // `validateSchema: false`: the schema is ours and fixed (test/registry/load.test.ts checks it against the
  // JSON Schema meta-schema); checking it at every start compiled the meta-schema, 60 ms of a 0.6 s run.
  return new Ajv({allErrors: true, strict: false, verbose: true, validateSchema: false, code: {source}})
}

/** The hash a precompiled validator must carry: of the schema as loaded. */
function schemaHash(): string {
  return createHash('sha1').update(JSON.stringify(registrySchema)).digest('hex')
}

/** The standalone (CommonJS) code of the registry validator, for the build. */
export function validatorCode(): string {
  const ajv = compiler(true)
  return `${standalone.default(ajv, ajv.compile(registrySchema))}\nmodule.exports.schemaHash = ${JSON.stringify(schemaHash())};\n`
}

let validator: ValidateFunction | undefined

/** The registry validator: the precompiled one when it was made from this schema, else compiled now. */
export function registryValidator(): ValidateFunction {
  if (validator) return validator
  const file = builtFile('registry-validator.cjs')
  const compiled = file ? (createRequire(import.meta.url)(file) as ValidateFunction & {schemaHash?: string}) : undefined
  validator = compiled?.schemaHash === schemaHash() ? compiled : compiler(false).compile(registrySchema)
  return validator
}
