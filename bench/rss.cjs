// Preloaded by bench/scale.ts into the CLI it times: prints the process's peak resident memory on exit.
process.on('exit', () => require('node:fs').writeSync(2, `claimlint-bench maxrss ${process.resourceUsage().maxRSS}\n`))
