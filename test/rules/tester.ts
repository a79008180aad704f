/**
 * The RuleTester every rule test file uses: vitest's `describe`/`it`, the
 * rule-test registry (test/fixtures/rules/claims.yaml) unless a case names
 * its own.
 */
import {describe, it} from 'vitest'
import {RuleTester} from '../../src/rule-kit/tester.js'
import {fixtureRegistry} from './helpers.js'

export const ruleTester = new RuleTester({describe, it, registry: {file: fixtureRegistry}})
