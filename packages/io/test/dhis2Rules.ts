/**
 * An independent checker of DHIS2's period rules, written for the tests from DHIS2's own
 * sources (dhis2-core: `Period.Input.of`, `DateUnitPeriodTypeParser`, `AdxPeriod.parse`,
 * `FinancialPeriodType.createPeriod` and the period types), with JavaScript `Date`s in UTC —
 * deliberately not sharing code with `Dhis2Period`, so that a mistake in one shows in the other.
 */

export interface Checked {
  readonly type: string
  readonly iso: string
  readonly start: string
  readonly end: string
}

const day = (d: Date): string => d.toISOString().slice(0, 10)
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d))
const addMonths = (d: Date, n: number): Date => utc(d.getUTCFullYear(), d.getUTCMonth() + 1 + n, d.getUTCDate())
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000)
const span = (type: string, iso: string, start: Date, lengthMonths: number): Checked => ({
  type,
  iso,
  start: day(start),
  end: day(addDays(addMonths(start, lengthMonths), -1))
})
const digits = (s: string, from: number, n: number): number => {
  const part = s.slice(from, from + n)
  if (!new RegExp(`^\\d{${n}}$`).test(part)) throw new Error(`digit expected in ${s} at ${from}`)
  return Number(part)
}

/** ISO week start (Monday = 1 … Sunday = 7) of week `w` of a week-based year, minimal days 4. */
const weekStart = (year: number, w: number, firstDay: number): Date => {
  const jan4 = utc(year, 1, 4)
  const dow = jan4.getUTCDay() === 0 ? 7 : jan4.getUTCDay()
  const back = (dow - firstDay + 7) % 7
  return addDays(jan4, -back + 7 * (w - 1))
}

const WEEKLY: Record<string, [string, number]> = { W: ["Weekly", 1], WedW: ["WeeklyWednesday", 3], ThuW: ["WeeklyThursday", 4], FriW: ["WeeklyFriday", 5], SatW: ["WeeklySaturday", 6], SunW: ["WeeklySunday", 7] }

/**
 * A DHIS2 ISO period id as DHIS2 parses it, or `undefined` when DHIS2 refuses it. Only the
 * compact forms DHIS2 itself writes are accepted here.
 */
export const dhis2Period = (p: string): Checked | undefined => {
  try {
    const len = p.length
    if (len < 4 || len > 11) return undefined
    const year = digits(p, 0, 4)
    if (len === 4) return span("Yearly", p, utc(year, 1, 1), 12)
    const rest = p.slice(4)
    const weekly = /^(W|WedW|ThuW|FriW|SatW|SunW)(\d{1,2})$/.exec(rest)
    if (weekly !== null) {
      const [type, first] = WEEKLY[weekly[1]!]!
      const w = Number(weekly[2])
      if (w < 1) return undefined
      const start = weekStart(year, w, first)
      // the week's Thursday-equivalent (4th day) must lie in the same year
      if (addDays(start, 3).getUTCFullYear() !== year) return undefined
      return { type, iso: p, start: day(start), end: day(addDays(start, 6)) }
    }
    const bi = /^BiW(\d{1,2})$/.exec(rest)
    if (bi !== null) {
      const w = 2 * Number(bi[1]) - 1
      if (w < 1) return undefined
      const start = weekStart(year, w, 1)
      if (addDays(start, 3).getUTCFullYear() !== year) return undefined
      return { type: "BiWeekly", iso: p, start: day(start), end: day(addDays(start, 13)) }
    }
    if (/^\d{2}$/.test(rest)) {
      const m = Number(rest)
      return m >= 1 && m <= 12 ? span("Monthly", p, utc(year, m, 1), 1) : undefined
    }
    if (/^\d{4}$/.test(rest)) {
      const m = Number(rest.slice(0, 2))
      const d = Number(rest.slice(2))
      const date = utc(year, m, d)
      if (m < 1 || m > 12 || date.getUTCMonth() + 1 !== m || date.getUTCDate() !== d) return undefined
      return { type: "Daily", iso: p, start: day(date), end: day(date) }
    }
    const bm = /^(\d{2})B$/.exec(rest)
    if (bm !== null) {
      const n = Number(bm[1])
      return n >= 1 && n <= 6 ? span("BiMonthly", p, utc(year, 2 * n - 1, 1), 2) : undefined
    }
    const q = /^Q(\d)$/.exec(rest)
    if (q !== null) {
      const n = Number(q[1])
      return n >= 1 && n <= 4 ? span("Quarterly", p, utc(year, 3 * (n - 1) + 1, 1), 3) : undefined
    }
    const qn = /^NovQ(\d)$/.exec(rest)
    if (qn !== null) {
      const n = Number(qn[1])
      if (n < 1 || n > 4) return undefined
      let month = 3 * (n - 1) + 1 - 2
      let y = year
      if (month < 0) {
        month += 12
        y -= 1
      }
      return span("QuarterlyNov", p, utc(y, month, 1), 3)
    }
    const s = /^(April|Nov)?S(\d)$/.exec(rest)
    if (s !== null) {
      const n = Number(s[2])
      if (n < 1 || n > 2) return undefined
      if (s[1] === undefined) return span("SixMonthly", p, utc(year, n === 1 ? 1 : 7, 1), 6)
      if (s[1] === "April") return span("SixMonthlyApril", p, utc(year, n === 1 ? 4 : 10, 1), 6)
      return span("SixMonthlyNov", p, utc(n === 1 ? year - 1 : year, n === 1 ? 11 : 5, 1), 6)
    }
    const fin: Record<string, [string, number, number]> = {
      Feb: ["FinancialFeb", 2, 0],
      April: ["FinancialApril", 4, 0],
      July: ["FinancialJuly", 7, 0],
      Aug: ["FinancialAug", 8, 0],
      Sep: ["FinancialSep", 9, 0],
      Oct: ["FinancialOct", 10, 0],
      Nov: ["FinancialNov", 11, -1]
    }
    const f = fin[rest]
    if (f !== undefined) return span(f[0], p, utc(year + f[2], f[1], 1), 12)
    return undefined
  } catch {
    return undefined
  }
}

/** The period type DHIS2 picks for an ADX `<date>/<duration>`, or a reason it refuses it. */
const adxType = (start: Date, duration: string): string | undefined => {
  const month = start.getUTCMonth() + 1
  switch (duration) {
    case "P1D":
      return "Daily"
    case "P7D":
      return ({ 1: "Weekly", 3: "WeeklyWednesday", 4: "WeeklyThursday", 5: "WeeklyFriday", 6: "WeeklySaturday", 0: "WeeklySunday" } as Record<number, string>)[
        start.getUTCDay()
      ]
    case "P14D":
      return "BiWeekly"
    case "P1M":
      return "Monthly"
    case "P2M":
      return "BiMonthly"
    case "P3M":
      return "Quarterly"
    case "P6M":
      return ({ 1: "SixMonthly", 7: "SixMonthly", 4: "SixMonthlyApril", 10: "SixMonthlyApril", 11: "SixMonthlyNov", 5: "SixMonthlyNov" } as Record<number, string>)[month]
    case "P1Y":
      return ({ 1: "Yearly", 2: "FinancialFeb", 4: "FinancialApril", 7: "FinancialJuly", 8: "FinancialAug", 9: "FinancialSep", 10: "FinancialOct", 11: "FinancialNov" } as Record<number, string>)[
        month
      ]
    default:
      return undefined
  }
}

/** Every DHIS2 period of a type around a date (the containing one is among them). */
const cache = new Map<string, ReadonlyArray<Checked>>()
const candidates = (type: string, at: Date): ReadonlyArray<Checked> => {
  const y = at.getUTCFullYear()
  const key = `${type} ${y}`
  const known = cache.get(key)
  if (known !== undefined) return known
  const out: Array<Checked> = []
  for (const year of [y - 1, y, y + 1]) {
    const ids: Array<string> = [String(year)]
    for (let i = 1; i <= 12; i++) ids.push(`${year}${String(i).padStart(2, "0")}`)
    for (let i = 1; i <= 6; i++) ids.push(`${year}0${i}B`)
    for (let i = 1; i <= 4; i++) ids.push(`${year}Q${i}`, `${year}NovQ${i}`)
    for (let i = 1; i <= 2; i++) ids.push(`${year}S${i}`, `${year}AprilS${i}`, `${year}NovS${i}`)
    for (const f of ["Feb", "April", "July", "Aug", "Sep", "Oct", "Nov"]) ids.push(`${year}${f}`)
    for (let w = 1; w <= 53; w++) for (const infix of [...Object.keys(WEEKLY), "BiW"]) ids.push(`${year}${infix}${w}`)
    for (const id of ids) {
      const c = dhis2Period(id)
      if (c !== undefined && c.type === type) out.push(c)
    }
  }
  cache.set(key, out)
  return out
}

/**
 * How DHIS2 reads an ADX period (`AdxPeriod.parse`, then `createPeriod` of the start date):
 * the period it files a value under, and whether the written start is that period's start.
 * `undefined` when DHIS2 refuses the period.
 */
export const adxPeriod = (text: string): { readonly period: Checked; readonly exact: boolean } | undefined => {
  const parts = text.split("/")
  if (parts.length !== 2 || !/^\d{4}-\d{2}-\d{2}$/.test(parts[0]!)) return undefined
  const start = new Date(`${parts[0]}T00:00:00Z`)
  if (Number.isNaN(start.getTime()) || day(start) !== parts[0]) return undefined
  const type = adxType(start, parts[1]!)
  if (type === undefined) return undefined
  const iso = day(start)
  if (type === "Daily") {
    const period = dhis2Period(iso.replace(/-/g, ""))!
    return { period, exact: true }
  }
  const found = candidates(type, start).find((c) => c.start <= iso && iso <= c.end)
  return found === undefined ? undefined : { period: found, exact: found.start === iso }
}
