/**
 * What the CLI shows a person: progress (a bar on a terminal, plain lines otherwise), tables in
 * Vietnamese or English, and one clear line for an error.
 */
import type { Label } from "@pctnxh/core"
import * as Effect from "effect/Effect"

/** The language of everything printed. */
export type Lang = Label.Lang

const interactive = (): boolean => process.stderr.isTTY === true && process.env.CI !== "true"

/** A progress reporter for long work. */
export interface Progress {
  readonly update: (done: number) => Effect.Effect<void>
  readonly finish: (summary: string) => Effect.Effect<void>
}

/** A count written the way the language writes it: `5.000` in Vietnamese, `5,000` in English. */
export const count = (n: number, lang: Lang): string => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US").format(n)

/**
 * Reports progress on stderr: a redrawn bar on a terminal, a plain line every 10 % (or every
 * `step` items when the total is unknown) elsewhere, so logs stay readable. Numbers are written
 * in `lang`'s way.
 */
export const progress = (label: string, total: number | undefined, lang: Lang, step = 10_000): Progress => {
  let last = -1
  const n = (x: number) => count(x, lang)
  const tty = interactive()
  const update = (done: number) =>
    Effect.sync(() => {
      if (tty) {
        const width = 30
        const share = total === undefined || total === 0 ? 0 : Math.min(1, done / total)
        const bar = total === undefined ? "" : `[${"#".repeat(Math.round(share * width)).padEnd(width, ".")}] `
        process.stderr.write(`\r${label} ${bar}${n(done)}${total === undefined ? "" : `/${n(total)}`}`)
        return
      }
      const mark = total === undefined || total === 0 ? Math.floor(done / step) : Math.floor((done / total) * 10)
      if (mark > last) {
        last = mark
        process.stderr.write(`${label}: ${n(done)}${total === undefined ? "" : ` / ${n(total)}`}\n`)
      }
    })
  const finish = (summary: string) =>
    Effect.sync(() => {
      if (tty) process.stderr.write("\r\u001b[2K")
      process.stderr.write(`${label}: ${summary}\n`)
    })
  return { update, finish }
}

/** Pads a cell to a display width (Vietnamese letters are one column each once composed). */
const width = (s: string) => [...s.normalize("NFC")].length
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)))
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s

/**
 * Renders a table: the first column left-aligned, the others right-aligned (numbers).
 */
export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))))
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join("  ")
  const rule = widths.map((w) => "─".repeat(w)).join("  ")
  return [line(header), rule, ...rows.map(line)].join("\n")
}
