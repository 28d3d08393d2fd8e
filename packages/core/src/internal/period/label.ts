/** The names of periods for people, in Vietnamese and English. */
import { monthName } from "../../Calendar.js"
import type { Lang } from "../../Label.js"
import type { Period, UnitPeriod } from "../../Period.js"

/** A unit period in running text: lower case where the language allows. */
const phrase = (p: UnitPeriod, lang: Lang): string => {
  if (lang === "vi") {
    switch (p.kind) {
      case "day":
        return `ngày ${p.day}/${p.month}/${p.year}`
      case "month":
        return `tháng ${p.month}/${p.year}`
      case "quarter":
        return `quý ${p.quarter}/${p.year}`
      case "half":
        return `6 tháng ${p.half === 1 ? "đầu" : "cuối"} năm ${p.year}`
      case "year":
        return `năm ${p.year}`
    }
  }
  switch (p.kind) {
    case "day":
      return `${p.day} ${monthName(p.month)} ${p.year}`
    case "month":
      return `${monthName(p.month)} ${p.year}`
    case "quarter":
      return `Q${p.quarter} ${p.year}`
    case "half":
      return `${p.half === 1 ? "first" : "second"} half of ${p.year}`
    case "year":
      return `year ${p.year}`
  }
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** The name of a period; see `Period.label`. */
export const label = (period: Period, lang: Lang): string => {
  switch (period.kind) {
    case "phase":
      return period.name[lang]
    case "range":
      if (period.unit === "year") {
        return `${lang === "vi" ? "Giai đoạn " : ""}${period.from.year}–${period.to.year}`
      }
      return lang === "vi"
        ? `Từ ${phrase(period.from, lang)} đến ${phrase(period.to, lang)}`
        : `From ${phrase(period.from, lang)} to ${phrase(period.to, lang)}`
    default:
      return capitalize(phrase(period, lang))
  }
}

/** A name followed by its first and last day (each as YYYYMMDD); see `Period.labelWithDates`. */
export const withDates = (name: string, start: number, end: number, lang: Lang): string => {
  const show = (n: number): string => {
    const y = Math.floor(n / 10000)
    const m = Math.floor(n / 100) % 100
    const d = n % 100
    return lang === "vi" ? `${d}/${m}/${y}` : `${d} ${monthName(m)} ${y}`
  }
  return lang === "vi" ? `${name} (từ ${show(start)} đến ${show(end)})` : `${name} (${show(start)} to ${show(end)})`
}
