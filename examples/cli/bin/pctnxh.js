#!/usr/bin/env node
// Runs the pctnxh CLI from its TypeScript sources, resolving the workspace packages to their
// sources too (the `@pctnxh/source` export condition), so no build step is needed.
import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))
const tsx = require.resolve("tsx")
const result = spawnSync(
  process.execPath,
  ["--conditions=@pctnxh/source", "--import", tsx, main, ...process.argv.slice(2)],
  { stdio: "inherit" }
)
process.exit(result.status ?? 1)
