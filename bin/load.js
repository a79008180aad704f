// Loads the bundled CLI, dist/claimlint.cjs (scripts/bundle.mjs), with the
// V8 code cache that `npm run build` made of it, dist/claimlint.codecache
// (scripts/code-cache.mjs).
//
// Why: compiling the 2.7 MB bundle, and then each function a run calls for
// the first time, took about 60 ms of the 0.4 s a one-line file costs. A
// code cache holds V8's compiled code for the functions a lint of the
// examples called, so a run starts from it. Node 22 has this built in
// (module.enableCompileCache); on Node 20 a script compiled through `vm`
// with `cachedData` is the way. V8 refuses a cache made by another V8 or
// under other flags (then the bundle is compiled as usual and `--debug`
// says so), so the flags are set here, for runs and the build alike.
import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
export const bundleFile = path.join(dist, 'claimlint.cjs')
export const codeCacheFile = path.join(dist, 'claimlint.codecache')

// V8 lets the old generation grow to about four times what survives a full
// collection before collecting again; a run of many files keeps little of
// each, so that slack was most of its peak memory (825 articles: 510 MB
// peak for about 110 MB live). A 20% growth step keeps the peak near what is
// live at the same speed (docs/performance.md).
v8.setFlagsFromString('--heap-growing-percent=20')

/**
 * The CLI module's exports (`main`, `runProcess`…), the compiled script
 * (for `createCachedData`), and whether V8 refused the code cache
 * (undefined when there was none).
 */
export function loadCli() {
  // The build writes the bundle as ASCII (non-ASCII characters escaped), which Node reads without decoding UTF-8.
  const source = fs.readFileSync(bundleFile, 'latin1')
  let cachedData
  try {
    cachedData = fs.readFileSync(codeCacheFile)
  } catch {
    // No cache (a build without step five): compile as usual.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, claimlintImport) {${source}\n})`, {filename: bundleFile, cachedData})
  const module = {exports: {}}
  // The script imports plugins through this module's `import` (see src/import-file.ts).
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dist, (url) => import(url))
  return {cli: module.exports, script, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected}
}
