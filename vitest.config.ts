import { availableParallelism } from "node:os"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: {
    conditions: ["@pctnxh/source"]
  },
  ssr: {
    resolve: { conditions: ["@pctnxh/source"] }
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts", "reliability/test/**/*.test.ts"],
    // at least two files at a time: much of a test's time is spent waiting on a database or
    // the browser, and each file keeps its own schemas, databases and temporary directories
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
