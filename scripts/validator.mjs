/**
 * `npm run build` step three: the registry schema's validator as Ajv's
 * standalone code, dist/registry-validator.cjs, which src/registry/validator.ts
 * loads instead of compiling the schema at each start (see there).
 * Runs on the compiled modules of step one (dist/src).
 */
import {writeFileSync} from 'node:fs'
import {validatorCode} from '../dist/src/registry/validator.js'

writeFileSync(new URL('../dist/registry-validator.cjs', import.meta.url), validatorCode())
