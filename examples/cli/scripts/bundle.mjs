// Bundles the CLI and the workspace packages it uses (from their TypeScript sources) into one
// ES module, dist/pctnxh.mjs, so that a command starts in about a second instead of compiling
// hundreds of modules on the fly. Third-party packages stay imports. dist/inputs.json lists the
// source files and their modification times: bin/pctnxh.js runs the bundle only while none has
// changed since.
import { statSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const result = await build({
  entryPoints: [join(root, "src/main.ts")],
  outfile: join(root, "dist/pctnxh.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@pctnxh/source"],
  // native modules and the solver (its WebAssembly sits beside its module) stay imports
  external: ["better-sqlite3", "pg-native", "highs", "tsx", "tsx/*"],
  banner: { js: 'import { createRequire as __pctnxhRequire } from "node:module"; const require = __pctnxhRequire(import.meta.url);' },
  metafile: true,
  logLevel: "warning"
})
const inputs = {}
for (const file of Object.keys(result.metafile.inputs)) {
  if (file.includes("node_modules")) continue
  const path = resolve(process.cwd(), file)
  inputs[path] = statSync(path).mtimeMs
}
writeFileSync(join(root, "dist/inputs.json"), JSON.stringify(inputs))
console.log(`dist/pctnxh.mjs: ${Object.keys(inputs).length} source files`)
