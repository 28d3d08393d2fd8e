/**
 * DHIS2's periods: the ISO ids of its period types (`2019`, `2019Q1`, `201903`, `2019April`,
 * `2020NovQ1`…) with the dates each covers, and the `<date>/<duration>` form ADX carries
 * (`2019-01-01/P1Y`), read the way DHIS2 reads them.
 *
 * **Every DHIS2 period starts on the first of a month** (or on a weekday, for weeks). An ADX
 * period is read by its duration and its first day: `P3M` is always a calendar quarter, `P1Y`
 * a calendar year when it starts in January and a financial year when it starts in February,
 * April, July, August, September, October or November, `P6M` a half-year starting in January
 * or July, April or October, November or May, `P7D` a week by the weekday it starts on. DHIS2
 * then files the value under the period of that type that *contains* the first day: it does
 * not check that the day is the period's first. So `2018-12-15/P3M` is filed under 2018Q4, and
 * `2018-12-15/P1Y` is refused (no yearly type starts in December). {@link fromAdx} reports both
 * the period DHIS2 files a value under and whether the first day matches it.
 *
 * The administrative reporting calendar of Decree 09/2019 (a year from 15 December, a quarter
 * from the 15th of the month before it) therefore has no DHIS2 period type: see the `Dhis2`
 * module for how a report under it is exported.
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 *
 * Either.getOrThrow(Dhis2Period.parse("2020NovQ1")) // { type: "QuarterlyNov", id: "2020NovQ1", start: "2019-11-01", end: "2020-01-31" }
 * Either.getOrThrow(Dhis2Period.fromAdx("2018-12-15/P3M")).period.id // "2018Q4"
 * ```
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import { Calendar, Period } from "@pctnxh/core"
import * as Either from "effect/Either"

/**
 * DHIS2's period types, by the names its metadata uses (`dataSet.periodType`).
 *
 * @since 0.1.0
 */
export const periodTypes = [
  "Daily",
  "Weekly",
  "WeeklyWednesday",
  "WeeklyThursday",
  "WeeklyFriday",
  "WeeklySaturday",
  "WeeklySunday",
  "BiWeekly",
  "Monthly",
  "BiMonthly",
  "Quarterly",
  "QuarterlyNov",
  "SixMonthly",
  "SixMonthlyApril",
  "SixMonthlyNov",
  "Yearly",
  "FinancialFeb",
  "FinancialApril",
  "FinancialJuly",
  "FinancialAug",
  "FinancialSep",
  "FinancialOct",
  "FinancialNov"
] as const

/**
 * A DHIS2 period type.
 *
 * @since 0.1.0
 */
export type PeriodType = (typeof periodTypes)[number]

/**
 * A DHIS2 period: its type, its ISO id as DHIS2 writes it, and its first and last day.
 *
 * @since 0.1.0
 */
export interface Dhis2Period {
  readonly type: PeriodType
  readonly id: string
  readonly start: string
  readonly end: string
}

const text = (vi: string, en: string): Label.Label => ({ vi, en })

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

const iso = (y: number, m: number, d: number): string => Calendar.formatDate(y, m, d)
const dayNumber = (y: number, m: number, d: number): number => Calendar.dayNumberOf(y, m, d)
const fromDay = (n: number): string => Calendar.fromDayNumber(n)
/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7
const lastOfMonth = (y: number, m: number): string => iso(y, m, Calendar.daysInMonth(y, m))

/** The first and last day of `months` months from the first of (y, m); m may run past 12. */
const months = (y: number, m: number, count: number): { start: string; end: string } => {
  const y0 = y + Math.floor((m - 1) / 12)
  const m0 = ((((m - 1) % 12) + 12) % 12) + 1
  const last = m0 + count - 1
  const y1 = y0 + Math.floor((last - 1) / 12)
  const m1 = ((((last - 1) % 12) + 12) % 12) + 1
  return { start: iso(y0, m0, 1), end: lastOfMonth(y1, m1) }
}

const WEEK_START: Record<string, number> = {
  Weekly: 0,
  BiWeekly: 0,
  WeeklyWednesday: 2,
  WeeklyThursday: 3,
  WeeklyFriday: 4,
  WeeklySaturday: 5,
  WeeklySunday: 6
}
const WEEK_INFIX: Record<string, string> = {
  Weekly: "W",
  WeeklyWednesday: "WedW",
  WeeklyThursday: "ThuW",
  WeeklyFriday: "FriW",
  WeeklySaturday: "SatW",
  WeeklySunday: "SunW"
}

/** The first day of week 1 of a week-based year: the week (from `first`) that holds 4 January. */
const week1 = (year: number, first: number): number => {
  const jan4 = dayNumber(year, 1, 4)
  return jan4 - ((weekday(jan4) - first + 7) % 7)
}

/** The week (from weekday `first`) containing a day: its week-based year and number. */
const weekOf = (n: number, first: number): { year: number; week: number; start: number } => {
  const start = n - ((weekday(n) - first + 7) % 7)
  const year = Number(fromDay(start + 3).slice(0, 4))
  return { year, week: Math.floor((start - week1(year, first)) / 7) + 1, start }
}

const weeksIn = (year: number, first: number): number => (week1(year + 1, first) - week1(year, first)) / 7

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

const FINANCIAL: ReadonlyArray<readonly [PeriodType, string, number]> = [
  ["FinancialFeb", "Feb", 2],
  ["FinancialApril", "April", 4],
  ["FinancialJuly", "July", 7],
  ["FinancialAug", "Aug", 8],
  ["FinancialSep", "Sep", 9],
  ["FinancialOct", "Oct", 10],
  ["FinancialNov", "Nov", 11]
]

const make = (type: PeriodType, id: string, range: { start: string; end: string }): Dhis2Period => ({ type, id, ...range })

const pad2 = (n: number): string => String(n).padStart(2, "0")

/** The week period of a type, week-based year and number; undefined when the week does not exist. */
const weekPeriod = (type: PeriodType, year: number, week: number): Dhis2Period | undefined => {
  const first = WEEK_START[type] ?? 0
  if (type === "BiWeekly") {
    const w = 2 * week - 1
    if (week < 1 || w > weeksIn(year, 0)) return undefined
    const start = week1(year, 0) + 7 * (w - 1)
    return make(type, `${year}BiW${week}`, { start: fromDay(start), end: fromDay(start + 13) })
  }
  if (week < 1 || week > weeksIn(year, first)) return undefined
  const start = week1(year, first) + 7 * (week - 1)
  return make(type, `${year}${WEEK_INFIX[type]}${week}`, { start: fromDay(start), end: fromDay(start + 6) })
}

const NOT_A_PERIOD = text(
  "không phải mã kỳ của DHIS2 (ví dụ 2019, 2019S1, 2019Q1, 201903, 20190315, 2019W10, 2019April, 2020NovQ1)",
  "not a DHIS2 period id (for example 2019, 2019S1, 2019Q1, 201903, 20190315, 2019W10, 2019April, 2020NovQ1)"
)
const NO_SUCH = (what: Label.Label): Label.Label => text(`${what.vi} không tồn tại`, `${what.en} does not exist`)

/**
 * Reads a DHIS2 period id — the forms DHIS2's own parser accepts — into its type and dates.
 * `2019-03` and `2019-03-15` are read as `201903` and `20190315`.
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 * Either.getOrThrow(Dhis2Period.parse("2019April")) // { type: "FinancialApril", id: "2019April", start: "2019-04-01", end: "2020-03-31" }
 * Either.isLeft(Dhis2Period.parse("2019Q5")) // true
 * ```
 * @since 0.1.0
 */
export const parse = (input: string): Either.Either<Dhis2Period, Label.Label> => {
  const m = /^(\d{4})(.*)$/.exec(input)
  if (m === null) return Either.left(NOT_A_PERIOD)
  const year = Number(m[1])
  const rest = m[2]!
  const ok = (p: Dhis2Period | undefined, what: Label.Label) => (p === undefined ? Either.left(NO_SUCH(what)) : Either.right(p))
  if (rest === "") return Either.right(make("Yearly", input, months(year, 1, 12)))
  let g: RegExpExecArray | null
  if ((g = /^-?(\d{2})(?:-?(\d{2}))?$/.exec(rest)) !== null) {
    const month = Number(g[1])
    if (month < 1 || month > 12) return Either.left(NO_SUCH(text(`tháng ${g[1]}`, `month ${g[1]}`)))
    const dashed = rest.startsWith("-")
    if (g[2] === undefined) {
      if (dashed !== (rest.length === 3)) return Either.left(NOT_A_PERIOD)
      return Either.right(make("Monthly", `${year}${pad2(month)}`, months(year, month, 1)))
    }
    const day = Number(g[2])
    if ((dashed && !/^-\d{2}-\d{2}$/.test(rest)) || (!dashed && !/^\d{4}$/.test(rest))) return Either.left(NOT_A_PERIOD)
    const invalid = Calendar.invalidDateReason(year, month, day)
    if (invalid !== undefined) return Either.left(invalid)
    const date = iso(year, month, day)
    return Either.right(make("Daily", `${year}${pad2(month)}${pad2(day)}`, { start: date, end: date }))
  }
  if ((g = /^(\d{2})B$/.exec(rest)) !== null) {
    const n = Number(g[1])
    return n >= 1 && n <= 6
      ? Either.right(make("BiMonthly", input, months(year, 2 * n - 1, 2)))
      : Either.left(NO_SUCH(text(`kỳ hai tháng ${g[1]}`, `bi-month ${g[1]}`)))
  }
  if ((g = /^(Nov)?Q([1-4])$/.exec(rest)) !== null) {
    const q = Number(g[2])
    return g[1] === undefined
      ? Either.right(make("Quarterly", input, months(year, 3 * q - 2, 3)))
      : Either.right(make("QuarterlyNov", input, months(year, 3 * q - 4, 3)))
  }
  if ((g = /^(April|Nov)?S([12])$/.exec(rest)) !== null) {
    const s = Number(g[2])
    if (g[1] === undefined) return Either.right(make("SixMonthly", input, months(year, s === 1 ? 1 : 7, 6)))
    if (g[1] === "April") return Either.right(make("SixMonthlyApril", input, months(year, s === 1 ? 4 : 10, 6)))
    return Either.right(make("SixMonthlyNov", input, months(year, s === 1 ? -1 : 5, 6)))
  }
  for (const [type, suffix, month] of FINANCIAL) {
    if (rest === suffix) return Either.right(make(type, input, months(type === "FinancialNov" ? year - 1 : year, month, 12)))
  }
  if ((g = /^(W|WedW|ThuW|FriW|SatW|SunW|BiW)([1-9]\d?)$/.exec(rest)) !== null) {
    const type = (g[1] === "BiW" ? "BiWeekly" : Object.keys(WEEK_INFIX).find((k) => WEEK_INFIX[k] === g![1])) as PeriodType
    return ok(weekPeriod(type, year, Number(g[2])), text(`tuần ${g[2]} của năm ${year}`, `week ${g[2]} of ${year}`))
  }
  if (/^[QS]\d/.test(rest)) return Either.left(NO_SUCH(text(`kỳ ${rest}`, `period ${rest}`)))
  return Either.left(NOT_A_PERIOD)
}

/**
 * The period of a type that contains a date, as DHIS2 makes it (`PeriodType.createPeriod`).
 *
 * @since 0.1.0
 */
export const containing = (type: PeriodType, date: string): Dhis2Period => {
  const n = Calendar.toDayNumber(date)
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  const id = (s: string) => Either.getOrThrow(parse(s))
  switch (type) {
    case "Daily":
      return id(date.replace(/-/g, ""))
    case "Monthly":
      return id(`${y}${pad2(m)}`)
    case "BiMonthly":
      return id(`${y}${pad2(Math.ceil(m / 2))}B`)
    case "Quarterly":
      return id(`${y}Q${Math.ceil(m / 3)}`)
    case "QuarterlyNov": {
      // quarters from November: Nov–Jan is Q1 of the year the January is in
      const shifted = m >= 11 ? m - 10 : m + 2
      return id(`${m >= 11 ? y + 1 : y}NovQ${Math.ceil(shifted / 3)}`)
    }
    case "SixMonthly":
      return id(`${y}S${m <= 6 ? 1 : 2}`)
    case "SixMonthlyApril":
      return m >= 4 && m <= 9 ? id(`${y}AprilS1`) : id(`${m <= 3 ? y - 1 : y}AprilS2`)
    case "SixMonthlyNov":
      return m >= 5 && m <= 10 ? id(`${y}NovS2`) : id(`${m >= 11 ? y + 1 : y}NovS1`)
    case "Yearly":
      return id(String(y))
    case "BiWeekly": {
      const w = weekOf(n, 0)
      return weekPeriod("BiWeekly", w.year, Math.floor((w.week - 1) / 2) + 1)!
    }
    case "Weekly":
    case "WeeklyWednesday":
    case "WeeklyThursday":
    case "WeeklyFriday":
    case "WeeklySaturday":
    case "WeeklySunday": {
      const w = weekOf(n, WEEK_START[type]!)
      return weekPeriod(type, w.year, w.week)!
    }
    default: {
      const [, suffix, base] = FINANCIAL.find(([t]) => t === type)!
      const startYear = m >= base ? y : y - 1
      return id(`${type === "FinancialNov" ? startYear + 1 : startYear}${suffix}`)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ADX
// ---------------------------------------------------------------------------------------------

/**
 * How DHIS2 reads an ADX period: the period it files the value under, and whether the ADX
 * first day is that period's first day (`exact`); when it is not, DHIS2 silently files the
 * value under a period other than the one written.
 *
 * @since 0.1.0
 */
export interface AdxReading {
  readonly period: Dhis2Period
  readonly exact: boolean
}

const ADX_FORM = text(
  "không phải kỳ ADX dạng <ngày đầu>/<độ dài> mà DHIS2 đọc được (P1D, P7D, P14D, P1M, P2M, P3M, P6M, P1Y), ví dụ 2019-01-01/P1Y",
  "not an ADX period of the form <first day>/<duration> that DHIS2 reads (P1D, P7D, P14D, P1M, P2M, P3M, P6M, P1Y), for example 2019-01-01/P1Y"
)

const MONTH_VI = (m: number) => `tháng ${m}`

/**
 * Reads an ADX period (`2019-01-01/P1Y`) by DHIS2's rules (see the module).
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 * Either.getOrThrow(Dhis2Period.fromAdx("2019-04-01/P3M")) // { period: { type: "Quarterly", id: "2019Q2", … }, exact: true }
 * Either.getOrThrow(Dhis2Period.fromAdx("2018-12-15/P3M")) // { period: { id: "2018Q4", … }, exact: false }
 * Either.isLeft(Dhis2Period.fromAdx("2018-12-15/P1Y")) // true: no yearly type starts in December
 * ```
 * @since 0.1.0
 */
export const fromAdx = (input: string): Either.Either<AdxReading, Label.Label> => {
  const parts = input.split("/")
  if (parts.length !== 2) return Either.left(ADX_FORM)
  const [date, duration] = parts as [string, string]
  if (Calendar.ymd(date) < 0) return Either.left(ADX_FORM)
  const n = Calendar.toDayNumber(date)
  const month = Number(date.slice(5, 7))
  let type: PeriodType | undefined
  switch (duration) {
    case "P1D":
      type = "Daily"
      break
    case "P7D":
      type = (["Weekly", undefined, "WeeklyWednesday", "WeeklyThursday", "WeeklyFriday", "WeeklySaturday", "WeeklySunday"] as const)[weekday(n)]
      if (type === undefined) return Either.left(text("tuần bắt đầu vào thứ Ba không có trong DHIS2", "DHIS2 has no week starting on a Tuesday"))
      break
    case "P14D":
      type = "BiWeekly"
      break
    case "P1M":
      type = "Monthly"
      break
    case "P2M":
      type = "BiMonthly"
      break
    case "P3M":
      type = "Quarterly"
      break
    case "P6M":
      type = month === 1 || month === 7 ? "SixMonthly" : month === 4 || month === 10 ? "SixMonthlyApril" : month === 11 || month === 5 ? "SixMonthlyNov" : undefined
      if (type === undefined) {
        return Either.left(
          text(`DHIS2 không có kỳ 6 tháng bắt đầu vào ${MONTH_VI(month)}`, `DHIS2 has no six-monthly period starting in ${Calendar.monthName(month)}`)
        )
      }
      break
    case "P1Y":
      type = month === 1 ? "Yearly" : FINANCIAL.find(([, , base]) => base === month)?.[0]
      if (type === undefined) {
        return Either.left(text(`DHIS2 không có kỳ năm bắt đầu vào ${MONTH_VI(month)}`, `DHIS2 has no yearly period starting in ${Calendar.monthName(month)}`))
      }
      break
    default:
      return Either.left(ADX_FORM)
  }
  const period = containing(type, date)
  return Either.right({ period, exact: period.start === date })
}

/**
 * The ADX form of a DHIS2 period — its first day and its type's duration — when DHIS2 reads
 * that form back as the same period; `undefined` otherwise (a `QuarterlyNov` quarter written
 * `2019-11-01/P3M` would be read as the calendar quarter 2019Q4).
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 * Dhis2Period.toAdx(Either.getOrThrow(Dhis2Period.parse("2019Q2"))) // "2019-04-01/P3M"
 * Dhis2Period.toAdx(Either.getOrThrow(Dhis2Period.parse("2020NovQ1"))) // undefined
 * ```
 * @since 0.1.0
 */
export const toAdx = (period: Dhis2Period): string | undefined => {
  const duration =
    period.type === "Daily"
      ? "P1D"
      : period.type === "BiWeekly"
        ? "P14D"
        : period.type.startsWith("Weekly")
          ? "P7D"
          : period.type === "Monthly"
            ? "P1M"
            : period.type === "BiMonthly"
              ? "P2M"
              : period.type.startsWith("Quarterly")
                ? "P3M"
                : period.type.startsWith("SixMonthly")
                  ? "P6M"
                  : "P1Y"
  const candidate = `${period.start}/${duration}`
  const read = fromAdx(candidate)
  return Either.isRight(read) && read.right.exact && read.right.period.id === period.id ? candidate : undefined
}

// ---------------------------------------------------------------------------------------------
// Our periods
// ---------------------------------------------------------------------------------------------

/**
 * The DHIS2 period with the same name as one of our periods: a year, half-year, quarter,
 * month or day (`2019M03` → `201903`). Its dates are those of our period under the plain
 * calendar. `undefined` for a range or a programme phase, which DHIS2 has no period for.
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * Dhis2Period.fromPeriodId("2019M03")?.id // "201903"
 * Dhis2Period.fromPeriodId("2016/2020") // undefined
 * ```
 * @since 0.1.0
 */
export const fromPeriodId = (id: string): Dhis2Period | undefined => {
  const parsed = Period.parse(id)
  if (Either.isLeft(parsed)) return undefined
  const p = parsed.right
  switch (p.kind) {
    case "year":
    case "half":
    case "quarter":
    case "day":
      return Either.getOrUndefined(parse(p.id))
    case "month":
      return Either.getOrUndefined(parse(p.id.replace("M", "")))
    default:
      return undefined
  }
}

/**
 * Our period id of a DHIS2 period of a type our periods have (yearly, six-monthly, quarterly,
 * monthly, daily): `201903` → `2019M03`; `undefined` for the other types.
 *
 * @example
 * ```ts
 * import { Dhis2Period } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 * Dhis2Period.toPeriodId(Either.getOrThrow(Dhis2Period.parse("201903"))) // "2019M03"
 * ```
 * @since 0.1.0
 */
export const toPeriodId = (period: Dhis2Period): Period.PeriodId | undefined => {
  const year = period.id.slice(0, 4)
  switch (period.type) {
    case "Yearly":
    case "Quarterly":
    case "SixMonthly":
    case "Daily":
      return Either.getOrUndefined(Either.map(Period.parse(period.id), (p) => p.id))
    case "Monthly":
      return Either.getOrUndefined(Either.map(Period.parse(`${year}M${period.id.slice(4)}`), (p) => p.id))
    default:
      return undefined
  }
}
