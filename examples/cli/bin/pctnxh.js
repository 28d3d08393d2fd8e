#!/usr/bin/env node
// Runs the pctnxh CLI from its TypeScript sources in this process: tsx compiles them on the fly
// and the workspace packages resolve to their sources too (the `@pctnxh/source` export
// condition), so no build step is needed — and a signal sent to this process reaches the CLI.
import { register } from "node:module"
import { register as registerTsx } from "tsx/esm/api"

register("./source-condition.js", import.meta.url)
registerTsx()
await import("../src/main.ts")
