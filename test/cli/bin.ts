// The CLI as a process, from the TypeScript sources (tests need no build):
// what bin/claimlint.js runs from dist/.
import {runProcess} from '../../src/cli.js'

await runProcess(process.argv.slice(2))
