/** Building period values and numbering the periods of one unit consecutively. */
import { dayNumberOf, fromDayNumber, ymd } from "../../Calendar.js"
import { InvalidPeriod } from "../../CoreError.js"
import type { Label } from "../../Label.js"
import type { Day, Half, Month, PeriodId, Quarter, Range, Unit, UnitPeriod, Year } from "../../Period.js"
import { R } from "./reasons.js"

export const invalid = (input: string, reason: Label): InvalidPeriod => new InvalidPeriod({ input, reason })

/** Programme phase codes start with a letter, so they never clash with period ids. */
export const PHASE_CODE = /^[A-Za-z][A-Za-z0-9_-]*$/

export const p2 = (n: number): string => (n < 10 ? `0${n}` : String(n))
export const p4 = (n: number): string => String(n).padStart(4, "0")
export const asId = (s: string): PeriodId => s as PeriodId

export const mkDay = (year: number, month: number, day: number): Day => ({
  kind: "day",
  id: asId(`${p4(year)}${p2(month)}${p2(day)}`),
  year,
  month,
  day
})
export const mkMonth = (year: number, month: number): Month => ({ kind: "month", id: asId(`${p4(year)}M${p2(month)}`), year, month })
export const mkQuarter = (year: number, quarter: number): Quarter => ({
  kind: "quarter",
  id: asId(`${p4(year)}Q${quarter}`),
  year,
  quarter
})
export const mkHalf = (year: number, half: number): Half => ({ kind: "half", id: asId(`${p4(year)}S${half}`), year, half })
export const mkYear = (year: number): Year => ({ kind: "year", id: asId(p4(year)), year })
export const mkRange = (from: UnitPeriod, to: UnitPeriod): Range => ({
  kind: "range",
  id: asId(`${from.id}/${to.id}`),
  unit: from.kind,
  from,
  to
})

export const yearOk = (year: number): boolean => Number.isInteger(year) && year >= 1 && year <= 9999

export const checked = <P extends UnitPeriod>(p: P, reason: Label | undefined): P => {
  if (reason !== undefined) throw invalid(p.id, reason)
  if (!yearOk(p.year)) throw invalid(p.id, R.yearRange(p.year))
  return p
}

export const inRange = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi

/** An integer that numbers the periods of one unit consecutively. */
export const indexOf = (p: UnitPeriod): number => {
  switch (p.kind) {
    case "day":
      return dayNumberOf(p.year, p.month, p.day)
    case "month":
      return p.year * 12 + p.month - 1
    case "quarter":
      return p.year * 4 + p.quarter - 1
    case "half":
      return p.year * 2 + p.half - 1
    case "year":
      return p.year
  }
}

export const atIndex = (unit: Unit, i: number): UnitPeriod => {
  let p: UnitPeriod
  switch (unit) {
    case "day": {
      const n = ymd(fromDayNumber(i))
      p = mkDay(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)
      break
    }
    case "month":
      p = mkMonth(Math.floor(i / 12), (((i % 12) + 12) % 12) + 1)
      break
    case "quarter":
      p = mkQuarter(Math.floor(i / 4), (((i % 4) + 4) % 4) + 1)
      break
    case "half":
      p = mkHalf(Math.floor(i / 2), (((i % 2) + 2) % 2) + 1)
      break
    case "year":
      p = mkYear(i)
      break
  }
  return checked(p, undefined)
}
