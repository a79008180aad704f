#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm install` through the
// `prepare` script). Exit codes: 0 clean, 1 findings at error level or files
// that could not be linted, 2 usage, configuration or unexpected error.
import('../dist/src/cli.js').then(
  ({runProcess}) => runProcess(process.argv.slice(2)),
  (error) => {
    process.stderr.write(`claimlint: cannot load the compiled CLI (run \`npm run build\`): ${String(error?.message ?? error).split('\n', 1)[0]}\n`)
    process.exitCode = 2
  }
).catch((error) => {
  process.stderr.write(`claimlint: Unexpected error: ${String(error?.message ?? error).split('\n', 1)[0]}\n`)
  if (process.argv.includes('--debug')) process.stderr.write(String(error?.stack ?? error) + '\n')
  process.exitCode = 2
})
