/**
 * Writes docs/indicators.md from the standard catalogue; with `--check`, fails when the file is
 * not what the catalogue renders.
 *
 *   tsx packages/indicators/scripts/indicators-doc.ts [--check]
 */
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Catalogue from "../src/Catalogue.js"

const target = fileURLToPath(new URL("../../../docs/indicators.md", import.meta.url))
const text = Catalogue.markdown(Catalogue.standard)

if (process.argv.includes("--check")) {
  let current = ""
  try {
    current = readFileSync(target, "utf8")
  } catch {
    current = ""
  }
  if (current !== text) {
    console.error("docs/indicators.md is not what the catalogue renders; run: tsx packages/indicators/scripts/indicators-doc.ts")
    process.exit(1)
  }
  console.log("docs/indicators.md is up to date")
} else {
  writeFileSync(target, text)
  console.log(`wrote ${target}`)
}
