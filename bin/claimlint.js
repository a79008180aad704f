#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm install` through the
// `prepare` script). Exit codes: 0 clean, 1 findings at error level, 2 usage
// or configuration error.
import {main} from '../dist/src/cli.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error)
    process.exitCode = 2
  }
)
