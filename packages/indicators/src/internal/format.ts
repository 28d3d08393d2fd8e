import type { Label } from "@pctnxh/core"
import type { Unit } from "../Unit.js"

/** A formatter and the texts it made last: a report writes the same numbers many times. */
interface Formatter {
  readonly format: Intl.NumberFormat
  readonly made: Map<number, string>
}

const formatters = new Map<string, Formatter>()

/** How many texts a formatter keeps before it starts again. */
const KEPT = 10_000

const formatter = (lang: Label.Lang, decimals: number): Formatter => {
  const key = `${lang}:${decimals}`
  let f = formatters.get(key)
  if (f === undefined) {
    f = {
      format: new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 }),
      made: new Map()
    }
    formatters.set(key, f)
  }
  return f
}

/** A number the way an officer writes it: `135.800.000` in Vietnamese, `135,800,000` in English. */
export const number = (value: number, lang: Label.Lang, decimals = 2): string => {
  const f = formatter(lang, decimals)
  // a map holds -0 and 0 as one key, and they are written apart
  if (Object.is(value, -0)) return f.format.format(value)
  let text = f.made.get(value)
  if (text === undefined) {
    if (f.made.size >= KEPT) f.made.clear()
    text = f.format.format(value)
    f.made.set(value, text)
  }
  return text
}

/** A value with its unit: `9,2%`, `3.312.195 đồng`, `640 lượt`. */
export const withUnit = (value: number | null, unit: Unit, decimals: number, lang: Label.Lang, unitLabel: Label.Label): string => {
  if (value === null) return lang === "vi" ? "không có số liệu" : "no value"
  const n = number(value, lang, decimals)
  if (unit === "percent") return `${n}%`
  if (unit === "ratio") return n
  return `${n} ${unitLabel[lang]}`
}
