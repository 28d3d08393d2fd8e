import { type Calendar, Period } from "@pctnxh/core"
import * as Formula from "../Formula.js"
import type * as Indicator from "../Indicator.js"

/** Whether a period reaches into more than one reporting year under a calendar. */
export const spansYears = (period: Period.Period, calendar: Calendar.Calendar): boolean => {
  const range = Period.dateRange(period, calendar)
  return Period.containingId(range.start, "year", calendar) !== Period.containingId(range.end, "year", calendar)
}

/**
 * Whether an indicator counts new persons (directly or through the indicators it refers to):
 * new persons add up across the sub-periods of one reporting year only, since a person is new
 * again each year.
 */
export const countsNewPersons = (indicator: Indicator.Indicator, get: (code: string) => Indicator.Indicator | undefined): boolean => {
  const seen = new Set<string>()
  const visit = (f: Formula.Formula): boolean => {
    if (f._tag === "newPersons") return true
    if (f._tag === "indicator") {
      if (seen.has(f.code)) return false
      seen.add(f.code)
      const ref = get(f.code)
      return ref !== undefined && visit(ref.formula)
    }
    return Formula.children(f).some(visit)
  }
  return visit(indicator.formula)
}
