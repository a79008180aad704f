#!/usr/bin/env node
// Entry point: runs the compiled CLI, bundled into one module by
// `npm run build` (run by `npm install` through the `prepare` script; see
// scripts/bundle.mjs). Exit codes: 0 clean, 1 findings at error level or files
// that could not be linted, 2 usage, configuration or unexpected error.
import v8 from 'node:v8'

// V8 lets the old generation grow to about four times what survives a full
// collection before collecting again; a run of many files keeps little of
// each, so that slack was most of its peak memory (825 articles: 510 MB
// peak for about 110 MB live). A 20% growth step keeps the peak near what is
// live at the same speed (docs/performance.md).
v8.setFlagsFromString('--heap-growing-percent=20')
import('../dist/claimlint.mjs').then(
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
