/**
 * `import()` of a module by its file URL: how the CLI and the language
 * server load a configuration's plugins.
 *
 * The CLI runs as one script that bin/load.js compiles with V8's code cache,
 * and on Node 20 an `import()` in such a script fails once its code comes
 * from the cache ("A dynamic import callback was not specified"; Node's way
 * around it, `vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER`, is the one that
 * fails, and warns that it is experimental). So bin/load.js hands the script
 * its own `import` as `claimlintImport`. Elsewhere (the library's modules,
 * the tests) that name is not defined and the module imports by itself.
 */
declare const claimlintImport: ((url: string) => Promise<unknown>) | undefined

export function importFile(url: string): Promise<unknown> {
  return typeof claimlintImport === 'function' ? claimlintImport(url) : import(url)
}
