import { defineConfig, type Options } from "tsup"

/**
 * The build every package shares: ESM JavaScript by tsup; declarations are emitted file by
 * file by `tsc -p tsconfig.build.json`, which keeps `export * as X` namespaces intact.
 */
export const config = (entry: Options["entry"] = ["src/index.ts"]) =>
  defineConfig({ entry, format: ["esm"], dts: false, clean: true, sourcemap: true })
