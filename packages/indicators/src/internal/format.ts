import type { Label } from "@pctnxh/core"
import type { Unit } from "../Unit.js"

const formatters = new Map<string, Intl.NumberFormat>()

const formatter = (lang: Label.Lang, decimals: number): Intl.NumberFormat => {
  const key = `${lang}:${decimals}`
  let f = formatters.get(key)
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 })
    formatters.set(key, f)
  }
  return f
}

/** A number the way an officer writes it: `135.800.000` in Vietnamese, `135,800,000` in English. */
export const number = (value: number, lang: Label.Lang, decimals = 2): string => formatter(lang, decimals).format(value)

/** A value with its unit: `9,2%`, `3.312.195 đồng`, `640 lượt`. */
export const withUnit = (value: number | null, unit: Unit, decimals: number, lang: Label.Lang, unitLabel: Label.Label): string => {
  if (value === null) return lang === "vi" ? "không có số liệu" : "no value"
  const n = number(value, lang, decimals)
  if (unit === "percent") return `${n}%`
  if (unit === "ratio") return n
  return `${n} ${unitLabel[lang]}`
}
