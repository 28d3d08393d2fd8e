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
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
