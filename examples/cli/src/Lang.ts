/**
 * The language of the whole run — help, tables, messages and errors — decided once, before the
 * command tree is built: `--lang vi|en` (or `--lang=vi|en`) on the command line, else the
 * `PCTNXH_LANG` environment variable, else Vietnamese.
 */
import type { Label } from "@pctnxh/core"

/** A language the CLI speaks. */
export type Lang = Label.Lang

/** The language asked for by arguments and environment (Vietnamese unless English is asked for). */
export const chosen = (argv: ReadonlyArray<string> = process.argv, env: NodeJS.ProcessEnv = process.env): Lang => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === "--lang") return argv[i + 1] === "en" ? "en" : "vi"
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length) === "en" ? "en" : "vi"
  }
  return env.PCTNXH_LANG === "en" ? "en" : "vi"
}

/** The language of this run. */
export const current: Lang = chosen()

/** The text for this run's language. */
export const t = (text: { readonly vi: string; readonly en: string }): string => text[current]
