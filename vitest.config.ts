import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous limits: several tests run the CLI over the examples and the corpus (loading three
    // spelling dictionaries) on shared 2-core machines. They guard against hangs, not speed.
    testTimeout: 60000,
    hookTimeout: 60000
  }
})
