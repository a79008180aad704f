#!/usr/bin/env node
// Entry point: runs the compiled CLI, bundled into one script by
// `npm run build` (run by `npm install` through the `prepare` script; see
// scripts/bundle.mjs and ./load.js). Exit codes: 0 clean, 1 findings at
// error level or files that could not be linted, 2 usage, configuration or
// unexpected error.
const debug = process.argv.includes('--debug')
let loaded
try {
  const {loadCli} = await import('./load.js')
  loaded = loadCli()
} catch (error) {
  process.stderr.write(`claimlint: cannot load the compiled CLI (run \`npm run build\`): ${String(error?.message ?? error).split('\n', 1)[0]}\n`)
  if (debug) process.stderr.write(String(error?.stack ?? error) + '\n')
  process.exitCode = 2
}
if (loaded) {
  if (debug && loaded.cacheRejected) process.stderr.write('claimlint: V8 refused the code cache dist/claimlint.codecache (made by another Node or under other flags); compiled the CLI afresh\n')
  try {
    await loaded.cli.runProcess(process.argv.slice(2))
  } catch (error) {
    process.stderr.write(`claimlint: Unexpected error: ${String(error?.message ?? error).split('\n', 1)[0]}\n`)
    if (debug) process.stderr.write(String(error?.stack ?? error) + '\n')
    process.exitCode = 2
  }
}
