#!/usr/bin/env node
// Runs the pctnxh CLI in this process, so that a signal sent to it reaches the CLI.
//
// After `pnpm build`, dist/pctnxh.mjs holds the CLI and the workspace packages in one module and
// starts in about a second; it is used while none of the source files it was built from has
// changed since (dist/inputs.json lists them). Otherwise — or with PCTNXH_FROM_SOURCE=1 — tsx
// compiles the TypeScript sources on the fly and the workspace packages resolve to their
// sources too (the `@pctnxh/source` export condition): no build step is needed, only time.
import { existsSync, readFileSync, statSync } from "node:fs"
import { register } from "node:module"

const bundle = new URL("../dist/pctnxh.mjs", import.meta.url)
const inputs = new URL("../dist/inputs.json", import.meta.url)

const bundleIsFresh = () => {
  if (process.env.PCTNXH_FROM_SOURCE === "1" || !existsSync(bundle) || !existsSync(inputs)) return false
  try {
    const built = JSON.parse(readFileSync(inputs, "utf8"))
    for (const [file, mtime] of Object.entries(built)) {
      if (!existsSync(file) || statSync(file).mtimeMs !== mtime) return false
    }
    return true
  } catch {
    return false
  }
}

if (bundleIsFresh()) {
  await import(bundle.href)
} else {
  const { register: registerTsx } = await import("tsx/esm/api")
  register("./source-condition.js", import.meta.url)
  registerTsx()
  await import("../src/main.ts")
}
