/**
 * Reporting periods: DHIS2-style ids, their dates under the two calendars, and period arithmetic.
 *
 * A period is named by an id — `2020` (year), `2020S1` (half-year), `2020Q1` (quarter),
 * `2020M03` (month; `202003` is read too), `20200315` (day) or a range of periods of one kind
 * such as `2016/2020` or `2020Q1/2020Q3` — or by the code of a declared programme {@link Phase}.
 *
 * The id says which period; a {@link Calendar} says which dates it covers. Under the plain
 * calendar `2020Q1` is 2020-01-01 … 2020-03-31; under the administrative calendar of Decree
 * 09/2019/NĐ-CP it is 2019-12-15 … 2020-03-14. The same data can be reported under either.
 *
 * Periods are plain readonly data; two periods are the same when their ids are equal.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import type * as Equivalence_ from "effect/Equivalence"
import type * as Order_ from "effect/Order"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import {
  ADMINISTRATIVE_CUTOFF_DAY,
  type Calendar,
  dateReason,
  dayNumberOf,
  daysInMonth,
  formatDate,
  fromDayNumber,
  invalidDateReason,
  monthName,
  toDayNumber,
  ymd
} from "./Calendar.js"
import { InvalidPeriod } from "./CoreError.js"
import { type Label, type Lang, vocabulary } from "./Label.js"
import * as labels from "./internal/period/label.js"
import {
  asId,
  atIndex,
  checked,
  indexOf,
  inRange,
  invalid,
  mkDay,
  mkHalf,
  mkMonth,
  mkQuarter,
  mkRange,
  mkYear,
  p2,
  p4,
  PHASE_CODE,
  yearOk
} from "./internal/period/make.js"
import { idProblem, isReason, read } from "./internal/period/read.js"
import { R } from "./internal/period/reasons.js"

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

const unitLabels = {
  day: { vi: "Ngày", en: "Day" },
  month: { vi: "Tháng", en: "Month" },
  quarter: { vi: "Quý", en: "Quarter" },
  half: { vi: "6 tháng", en: "Half-year" },
  year: { vi: "Năm", en: "Year" }
} as const

/**
 * The kind of a period: one of the {@link Unit}s, a `range` of periods of one unit, or a
 * programme `phase`.
 *
 * @since 0.1.0
 */
export const PeriodKind = vocabulary("PeriodKind", {
  ...unitLabels,
  range: { vi: "Nhiều kỳ liên tiếp", en: "Range of periods" },
  phase: { vi: "Giai đoạn chương trình", en: "Programme phase" }
})

/**
 * @since 0.1.0
 */
export type PeriodKind = typeof PeriodKind.Type

/**
 * The units of time a calendar divides into: a date falls in exactly one period of each unit.
 * From finest to coarsest: `day`, `month`, `quarter`, `half`, `year`.
 *
 * @since 0.1.0
 */
export const Unit = vocabulary("PeriodUnit", unitLabels)

/**
 * @since 0.1.0
 */
export type Unit = typeof Unit.Type

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/**
 * The canonical id of a period: `2020`, `2020S1`, `2020Q1`, `2020M03`, `20200315`, a range of
 * those such as `2016/2020`, or a programme phase code (a letter, then letters, digits, `-`, `_`).
 * The non-canonical month form `202003` is not a `PeriodId` (parse it, then take its `id`).
 *
 * @since 0.1.0
 */
export const PeriodId = Schema.String.pipe(
  Schema.filter((s) => idProblem(s) ?? true),
  Schema.brand("PeriodId"),
  Schema.annotations({
    identifier: "PeriodId",
    description: "A canonical period id such as 2020, 2020S1, 2020Q1, 2020M03, 20200315 or 2016/2020"
  })
)

/**
 * @since 0.1.0
 */
export type PeriodId = typeof PeriodId.Type

/**
 * A day, `20200315`.
 *
 * @since 0.1.0
 */
export interface Day {
  readonly kind: "day"
  readonly id: PeriodId
  readonly year: number
  /** 1–12 */
  readonly month: number
  /** 1–31 */
  readonly day: number
}

/**
 * A month, `2020M03`.
 *
 * @since 0.1.0
 */
export interface Month {
  readonly kind: "month"
  readonly id: PeriodId
  readonly year: number
  /** 1–12 */
  readonly month: number
}

/**
 * A quarter, `2020Q1`.
 *
 * @since 0.1.0
 */
export interface Quarter {
  readonly kind: "quarter"
  readonly id: PeriodId
  readonly year: number
  /** 1–4 */
  readonly quarter: number
}

/**
 * A half-year, `2020S1` (first half) or `2020S2` (second half).
 *
 * @since 0.1.0
 */
export interface Half {
  readonly kind: "half"
  readonly id: PeriodId
  readonly year: number
  /** 1–2 */
  readonly half: number
}

/**
 * A year, `2020`.
 *
 * @since 0.1.0
 */
export interface Year {
  readonly kind: "year"
  readonly id: PeriodId
  readonly year: number
}

/**
 * A period of one {@link Unit}.
 *
 * @since 0.1.0
 */
export type UnitPeriod = Day | Month | Quarter | Half | Year

/**
 * The period type of a unit: `UnitOf<"quarter">` is {@link Quarter}.
 *
 * @since 0.1.0
 */
export type UnitOf<K extends Unit> = Extract<UnitPeriod, { readonly kind: K }>

/**
 * Consecutive periods of one unit, from `from` to `to` inclusive: `2016/2020`, `2020Q1/2020Q3`.
 *
 * @since 0.1.0
 */
export interface Range {
  readonly kind: "range"
  readonly id: PeriodId
  /** The unit of both ends. */
  readonly unit: Unit
  readonly from: UnitPeriod
  readonly to: UnitPeriod
}

/**
 * A named programme phase: a span of periods with its own code and label, such as the
 * programme on prostitution prevention 2021–2025. Declare phases with {@link phase} and pass
 * them to {@link parse} to read their codes.
 *
 * @since 0.1.0
 */
export interface Phase {
  readonly kind: "phase"
  /** The phase code, such as `MD2125`. */
  readonly id: PeriodId
  readonly name: Label
  /** The periods the phase covers. */
  readonly span: UnitPeriod | Range
}

/**
 * A reporting period.
 *
 * @since 0.1.0
 */
export type Period = UnitPeriod | Range | Phase

/**
 * The first and last date of a period under a calendar, both inclusive, as ISO dates.
 *
 * @since 0.1.0
 */
export interface DateRange {
  readonly start: string
  readonly end: string
}

/**
 * The day period of a date given as year, month (1–12) and day.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.day(2020, 3, 15).id // "20200315"
 * ```
 * @throws InvalidPeriod when the day does not exist (2021-02-29) or the year is outside 1–9999.
 * @since 0.1.0
 */
export const day = (year: number, month: number, day: number): Day =>
  checked(mkDay(year, month, day), invalidDateReason(year, month, day))

/**
 * A month (1–12).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.month(2020, 3).id // "2020M03"
 * ```
 * @throws InvalidPeriod when the month or year is out of range.
 * @since 0.1.0
 */
export const month = (year: number, month: number): Month =>
  checked(mkMonth(year, month), inRange(month, 1, 12) ? undefined : R.month(String(month)))

/**
 * A quarter (1–4).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.quarter(2020, 1).id // "2020Q1"
 * ```
 * @throws InvalidPeriod when the quarter or year is out of range.
 * @since 0.1.0
 */
export const quarter = (year: number, quarter: number): Quarter =>
  checked(mkQuarter(year, quarter), inRange(quarter, 1, 4) ? undefined : R.quarter(String(quarter)))

/**
 * A half-year (1 for January–June, 2 for July–December in the plain calendar).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.half(2020, 2).id // "2020S2"
 * ```
 * @throws InvalidPeriod when the half or year is out of range.
 * @since 0.1.0
 */
export const half = (year: number, half: number): Half =>
  checked(mkHalf(year, half), inRange(half, 1, 2) ? undefined : R.half(String(half)))

/**
 * A year (1–9999).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.year(2020).id // "2020"
 * ```
 * @throws InvalidPeriod when the year is outside 1–9999.
 * @since 0.1.0
 */
export const year = (year: number): Year => checked(mkYear(year), undefined)

/**
 * The range of periods from `from` to `to` inclusive; both ends must be of one unit and in order.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.range(Period.year(2016), Period.year(2020)).id // "2016/2020"
 * ```
 * @throws InvalidPeriod when the ends are of different units or `to` comes before `from`.
 * @since 0.1.0
 */
export const range = (from: UnitPeriod, to: UnitPeriod): Range => {
  const id = `${from.id}/${to.id}`
  if (from.kind !== to.kind) throw invalid(id, R.mixed(from, to))
  if (indexOf(to) < indexOf(from)) throw invalid(id, R.order(from.id, to.id))
  return mkRange(from, to)
}

/**
 * Declares a programme phase: a code, a bilingual name and the periods it spans.
 *
 * Phase codes start with a letter, so they never clash with period ids.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * const MD2125 = Period.phase({
 *   id: "MD2125",
 *   name: {
 *     vi: "Chương trình phòng, chống mại dâm giai đoạn 2021–2025",
 *     en: "Prostitution prevention programme 2021–2025"
 *   },
 *   span: "2021/2025"
 * })
 * Period.dateRange(MD2125, "plain") // { start: "2021-01-01", end: "2025-12-31" }
 * Period.parse("MD2125", { phases: [MD2125] }) // Either.right(MD2125)
 * ```
 * @throws InvalidPeriod when the code is malformed or the span is not a period id.
 * @since 0.1.0
 */
export const phase = (options: {
  readonly id: string
  readonly name: Label
  readonly span: UnitPeriod | Range | string
}): Phase => {
  if (!PHASE_CODE.test(options.id)) throw invalid(options.id, R.phaseCode)
  let span: Period | Label
  if (typeof options.span === "string") {
    span = read(options.span, undefined)
    if (isReason(span)) throw invalid(options.span, span)
  } else {
    span = options.span
  }
  if (span.kind === "phase") throw invalid(options.id, R.phaseInRange)
  return { kind: "phase", id: asId(options.id), name: options.name, span }
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link parse}.
 *
 * @since 0.1.0
 */
export interface ParseOptions {
  /** Programme phases whose codes are read as periods. */
  readonly phases?: Iterable<Phase> | undefined
}

/**
 * Reads a period id, with a precise bilingual reason when it cannot be read.
 *
 * Accepts `2020`, `2020S1`, `2020Q1`, `2020M03`, `202003`, `20200315`, a range of one unit such
 * as `2016/2020` or `2020Q1/2020Q3`, and the codes of the phases given in `options`.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.parse("202003") // Either.right({ kind: "month", id: "2020M03", year: 2020, month: 3 })
 * Period.parse("2020Q5") // Either.left(InvalidPeriod) — "quarter 5 does not exist; quarters run from 1 to 4"
 * ```
 * @since 0.1.0
 */
export const parse = (input: string, options?: ParseOptions): Either.Either<Period, InvalidPeriod> => {
  const p = read(input, options?.phases)
  return isReason(p) ? Either.left(invalid(input, p)) : Either.right(p)
}

/**
 * Reads a period id that is known to be valid, such as a constant in code.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * const Q1 = Period.unsafeParse("2020Q1")
 * ```
 * @throws InvalidPeriod when the id cannot be read.
 * @since 0.1.0
 */
export const unsafeParse = (input: string, options?: ParseOptions): Period => {
  const p = read(input, options?.phases)
  if (isReason(p)) throw invalid(input, p)
  return p
}

/**
 * The canonical id of a period (`202003` reads as, and formats to, `2020M03`).
 *
 * @since 0.1.0
 */
export const format = (period: Period): PeriodId => period.id

/**
 * Whether a value is a {@link Period}.
 *
 * @since 0.1.0
 */
export const isPeriod = (u: unknown): u is Period =>
  typeof u === "object" &&
  u !== null &&
  "kind" in u &&
  PeriodKind.is(u.kind) &&
  "id" in u &&
  typeof u.id === "string"

/**
 * Whether a period is a single {@link Unit} period (not a range or a phase).
 *
 * @since 0.1.0
 */
export const isUnitPeriod = (period: Period): period is UnitPeriod => period.kind !== "range" && period.kind !== "phase"

const PeriodValue = Schema.declare(isPeriod, {
  identifier: "Period",
  description: "A reporting period"
})

/**
 * A schema between a period id and a {@link Period}, reading the codes of the given phases.
 * Decoding fails with the bilingual reason of {@link parse} as the issue message; encoding gives
 * the canonical id.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * import { Schema } from "effect"
 * const Report = Schema.Struct({ period: Period.periodFromString({ phases: [MD2125] }) })
 * ```
 * @since 0.1.0
 */
export const periodFromString = (options?: ParseOptions) =>
  Schema.transformOrFail(Schema.String, PeriodValue, {
    strict: true,
    decode: (s, _, ast) =>
      Either.match(parse(s, options), {
        onLeft: (e) => ParseResult.fail(new ParseResult.Type(ast, s, `${e.explain("en")} / ${e.explain("vi")}`)),
        onRight: (p) => ParseResult.succeed(p)
      }),
    encode: (p) => ParseResult.succeed(p.id)
  }).annotations({ identifier: "PeriodFromString" })

/**
 * A schema between a period id and a {@link Period} (no programme phases; see
 * {@link periodFromString}).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Period.PeriodFromString)("2020Q1").kind // "quarter"
 * Schema.decodeUnknownSync(Period.PeriodFromString)("2020Q5")
 * // throws: Period "2020Q5": quarter 5 does not exist; quarters run from 1 to 4 / Kỳ báo cáo "2020Q5": …
 * ```
 * @since 0.1.0
 */
export const PeriodFromString = periodFromString()

// ---------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------

const RANK: Record<Unit, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4 }
const MONTHS: Record<Exclude<Unit, "day">, number> = { month: 1, quarter: 3, half: 6, year: 12 }

/** The month index (year * 12 + month - 1) of the first month of a period of months. */
const firstMonth = (p: Exclude<UnitPeriod, Day>): number => {
  switch (p.kind) {
    case "month":
      return p.year * 12 + p.month - 1
    case "quarter":
      return p.year * 12 + (p.quarter - 1) * 3
    case "half":
      return p.year * 12 + (p.half - 1) * 6
    case "year":
      return p.year * 12
  }
}

const lastMonth = (p: Exclude<UnitPeriod, Day>): number => firstMonth(p) + MONTHS[p.kind] - 1

const fromMonthIndex = (unit: Exclude<Unit, "day">, i: number): UnitPeriod => {
  const y = Math.floor(i / 12)
  const m0 = i - y * 12
  switch (unit) {
    case "month":
      return mkMonth(y, m0 + 1)
    case "quarter":
      return mkQuarter(y, Math.floor(m0 / 3) + 1)
    case "half":
      return mkHalf(y, Math.floor(m0 / 6) + 1)
    case "year":
      return mkYear(y)
  }
}

const firstUnit = (p: Period): UnitPeriod =>
  p.kind === "range" ? p.from : p.kind === "phase" ? firstUnit(p.span) : p
const lastUnit = (p: Period): UnitPeriod => (p.kind === "range" ? p.to : p.kind === "phase" ? lastUnit(p.span) : p)

/**
 * The unit a period is made of: its own kind, the unit of a range, or that of a phase's span.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.unitOf(Period.unsafeParse("2020Q1/2020Q3")) // "quarter"
 * ```
 * @since 0.1.0
 */
export const unitOf = (period: Period): Unit =>
  period.kind === "range" ? period.unit : period.kind === "phase" ? unitOf(period.span) : period.kind

// ---------------------------------------------------------------------------------------------
// Calendars
// ---------------------------------------------------------------------------------------------

/** The first day of a unit period as YYYYMMDD. */
const startYmd = (p: UnitPeriod, calendar: Calendar): number => {
  if (p.kind === "day") return p.year * 10000 + p.month * 100 + p.day
  const fm = calendar === "plain" ? firstMonth(p) : firstMonth(p) - 1
  const y = Math.floor(fm / 12)
  return y * 10000 + (fm - y * 12 + 1) * 100 + (calendar === "plain" ? 1 : ADMINISTRATIVE_CUTOFF_DAY)
}

/** The last day of a unit period as YYYYMMDD. */
const endYmd = (p: UnitPeriod, calendar: Calendar): number => {
  if (p.kind === "day") return p.year * 10000 + p.month * 100 + p.day
  const lm = lastMonth(p)
  const y = Math.floor(lm / 12)
  const m = lm - y * 12 + 1
  return y * 10000 + m * 100 + (calendar === "plain" ? daysInMonth(y, m) : ADMINISTRATIVE_CUTOFF_DAY - 1)
}

const ymdIso = (n: number): string => formatDate(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)
const ymdDay = (n: number): number => dayNumberOf(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)

const dateOrThrow = (date: string): number => {
  const n = ymd(date)
  if (n < 0) throw invalid(date, dateReason(date) ?? R.notPeriod)
  return n
}

/**
 * The first and last date (inclusive) a period covers under a calendar.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * const q1 = Period.unsafeParse("2020Q1")
 * Period.dateRange(q1, "plain") // { start: "2020-01-01", end: "2020-03-31" }
 * Period.dateRange(q1, "administrative") // { start: "2019-12-15", end: "2020-03-14" }
 * ```
 * @since 0.1.0
 */
export const dateRange = (period: Period, calendar: Calendar): DateRange => ({
  start: ymdIso(startYmd(firstUnit(period), calendar)),
  end: ymdIso(endYmd(lastUnit(period), calendar))
})

/**
 * The first date (inclusive) of a period under a calendar.
 *
 * @since 0.1.0
 */
export const startDate = (period: Period, calendar: Calendar): string =>
  ymdIso(startYmd(firstUnit(period), calendar))

/**
 * The last date (inclusive) of a period under a calendar.
 *
 * @since 0.1.0
 */
export const endDate = (period: Period, calendar: Calendar): string => ymdIso(endYmd(lastUnit(period), calendar))

/**
 * The number of days a period covers under a calendar.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.dayCount(Period.year(2020), "administrative") // 366 (2019-12-15 … 2020-12-14)
 * ```
 * @since 0.1.0
 */
export const dayCount = (period: Period, calendar: Calendar): number =>
  ymdDay(endYmd(lastUnit(period), calendar)) - ymdDay(startYmd(firstUnit(period), calendar)) + 1

/**
 * Whether a period covers an ISO date under a calendar.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * const y2020 = Period.year(2020)
 * Period.contains(y2020, "2019-12-15", "administrative") // true
 * Period.contains(y2020, "2019-12-15", "plain") // false
 * ```
 * @throws InvalidPeriod when the date is not a valid ISO date.
 * @since 0.1.0
 */
export const contains = (period: Period, date: string, calendar: Calendar): boolean => {
  const n = dateOrThrow(date)
  return startYmd(firstUnit(period), calendar) <= n && n <= endYmd(lastUnit(period), calendar)
}

/** Year and month of the unit period holding a date: shifts to the next month from the 15th. */
const calendarMonth = (date: string, unit: Unit, calendar: Calendar): number => {
  const n = dateOrThrow(date)
  let y = Math.floor(n / 10000)
  let m = Math.floor(n / 100) % 100
  if (unit !== "day" && calendar === "administrative" && n % 100 >= ADMINISTRATIVE_CUTOFF_DAY) {
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
  if (!yearOk(y)) {
    throw invalid(date, {
      vi: `ngày này thuộc năm ${y} của lịch ${calendar === "plain" ? "thường" : "hành chính"}, ngoài khoảng 0001 đến 9999 mà mã kỳ biểu diễn được`,
      en: `the date falls in year ${y} of the ${calendar} calendar, outside the years 0001 to 9999 that period ids can name`
    })
  }
  return y * 100 + m
}

/**
 * The period of a unit that an ISO date falls in under a calendar.
 *
 * Under the administrative calendar a date from the 15th on belongs to the next month's period:
 * 2019-12-15 is in 2020M01, 2020Q1, 2020S1 and 2020.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.containing("2019-12-15", "year", "administrative").id // "2020"
 * Period.containing("2019-12-15", "year", "plain").id // "2019"
 * Period.containing("2020-03-15", "quarter", "administrative").id // "2020Q2"
 * ```
 * @throws InvalidPeriod when the date is not a valid ISO date, or falls outside years 1–9999.
 * @since 0.1.0
 */
export const containing = <K extends Unit>(date: string, unit: K, calendar: Calendar): UnitOf<K> => {
  const ym = calendarMonth(date, unit, calendar)
  const y = Math.floor(ym / 100)
  const m = ym % 100
  switch (unit) {
    case "day":
      return mkDay(y, m, Number(date.slice(8, 10))) as UnitOf<K>
    case "month":
      return mkMonth(y, m) as UnitOf<K>
    case "quarter":
      return mkQuarter(y, Math.floor((m + 2) / 3)) as UnitOf<K>
    case "half":
      return mkHalf(y, m <= 6 ? 1 : 2) as UnitOf<K>
    default:
      return mkYear(y) as UnitOf<K>
  }
}

/**
 * The id of the period of a unit that an ISO date falls in under a calendar — the same as
 * `containing(date, unit, calendar).id` without building the period. Meant for hot paths, such
 * as a store grouping rows by period.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.containingId("2020-06-15", "half", "administrative") // "2020S2"
 * ```
 * @throws InvalidPeriod when the date is not a valid ISO date, or falls outside years 1–9999.
 * @since 0.1.0
 */
export const containingId = (date: string, unit: Unit, calendar: Calendar): PeriodId => {
  const ym = calendarMonth(date, unit, calendar)
  const y = Math.floor(ym / 100)
  const m = ym % 100
  const ys = p4(y)
  switch (unit) {
    case "day":
      return asId(`${ys}${p2(m)}${date.slice(8, 10)}`)
    case "month":
      return asId(`${ys}M${p2(m)}`)
    case "quarter":
      return asId(`${ys}Q${Math.floor((m + 2) / 3)}`)
    case "half":
      return asId(`${ys}S${m <= 6 ? 1 : 2}`)
    case "year":
      return asId(ys)
  }
}

/**
 * The share of a period's days that have elapsed by a date (that day included) under a
 * calendar: 0 before the period, 1 from its last day on. Used to pro-rate a yearly target.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.elapsedShare(Period.year(2020), "2020-01-01", "plain") // 1 / 366
 * Period.elapsedShare(Period.year(2020), "2020-06-14", "administrative") // 183 / 366
 * ```
 * @throws InvalidPeriod when the date is not a valid ISO date.
 * @since 0.1.0
 */
export const elapsedShare = (period: Period, asOf: string, calendar: Calendar): number => {
  const t = toDayNumber(asOf)
  const s = ymdDay(startYmd(firstUnit(period), calendar))
  const e = ymdDay(endYmd(lastUnit(period), calendar))
  if (t < s) return 0
  if (t >= e) return 1
  return (t - s + 1) / (e - s + 1)
}

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

/**
 * Splits a period into the consecutive periods of a unit no longer than its own. Months,
 * quarters, half-years and years nest the same way in both calendars, so only a split into days
 * needs a calendar.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.split(Period.year(2020), "quarter").map((q) => q.id) // ["2020Q1", "2020Q2", "2020Q3", "2020Q4"]
 * Period.split(Period.unsafeParse("2016/2020"), "year").length // 5
 * Period.split(Period.month(2020, 3), "day", "administrative")[0]?.id // "20200215"
 * ```
 * @throws InvalidPeriod when the unit is longer than the period's own unit (a month into years).
 * @since 0.1.0
 */
export function split<K extends Exclude<Unit, "day">>(period: Period, unit: K): ReadonlyArray<UnitOf<K>>
export function split<K extends Unit>(period: Period, unit: K, calendar: Calendar): ReadonlyArray<UnitOf<K>>
export function split(period: Period, unit: Unit, calendar?: Calendar): ReadonlyArray<UnitPeriod> {
  const own = unitOf(period)
  if (RANK[unit] > RANK[own]) throw invalid(period.id, R.splitCoarser(own, unit))
  const first = firstUnit(period)
  const last = lastUnit(period)
  const out: Array<UnitPeriod> = []
  if (unit === "day") {
    if (calendar === undefined && own !== "day") throw invalid(period.id, R.splitDays)
    const cal = calendar ?? "plain"
    const from = ymdDay(startYmd(first, cal))
    const to = ymdDay(endYmd(last, cal))
    for (let i = from; i <= to; i++) out.push(atIndex("day", i))
    return out
  }
  const from = firstMonth(first as Exclude<UnitPeriod, Day>)
  const to = lastMonth(last as Exclude<UnitPeriod, Day>)
  for (let i = from; i <= to; i += MONTHS[unit]) out.push(fromMonthIndex(unit, i))
  return out
}

/**
 * Moves a period by a number of periods of its unit (negative to go back).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.shift(Period.quarter(2020, 1), -4).id // "2019Q1" (same quarter a year earlier)
 * ```
 * @throws InvalidPeriod when the result falls outside years 1–9999.
 * @since 0.1.0
 */
export const shift = <P extends UnitPeriod>(period: P, n: number): P =>
  atIndex(period.kind, indexOf(period) + n) as P

const step = <P extends UnitPeriod | Range>(period: P, direction: 1 | -1): P => {
  if (period.kind !== "range") return shift(period as UnitPeriod, direction) as P
  const length = indexOf(period.to) - indexOf(period.from) + 1
  return mkRange(shift(period.from, direction * length), shift(period.to, direction * length)) as P
}

/**
 * The period right after: the next period of the unit, or for a range the adjacent range of the
 * same length (`2016/2020` → `2021/2025`).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.next(Period.quarter(2020, 4)).id // "2021Q1"
 * ```
 * @throws InvalidPeriod when the result falls outside years 1–9999.
 * @since 0.1.0
 */
export const next = <P extends UnitPeriod | Range>(period: P): P => step(period, 1)

/**
 * The period right before: the previous period of the unit, or for a range the adjacent range
 * of the same length (`2016/2020` → `2011/2015`).
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.previous(Period.month(2020, 1)).id // "2019M12"
 * ```
 * @throws InvalidPeriod when the result falls outside years 1–9999.
 * @since 0.1.0
 */
export const previous = <P extends UnitPeriod | Range>(period: P): P => step(period, -1)

/**
 * The periods from one to another of the same unit, both included; empty when `to` comes before
 * `from`.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.sequence(Period.month(2020, 11), Period.month(2021, 2)).map((m) => m.id)
 * // ["2020M11", "2020M12", "2021M01", "2021M02"]
 * ```
 * @throws InvalidPeriod when the two periods are of different units.
 * @since 0.1.0
 */
export const sequence = <P extends UnitPeriod>(from: P, to: P): ReadonlyArray<P> => {
  if (from.kind !== to.kind) throw invalid(`${from.id}/${to.id}`, R.mixed(from, to))
  const a = indexOf(from)
  const b = indexOf(to)
  const out: Array<P> = []
  for (let i = a; i <= b; i++) out.push(atIndex(from.kind, i) as P)
  return out
}

/**
 * The periods of a unit that cover the dates from `start` to `end` (inclusive) under a calendar:
 * the rows of a period table a store can join on.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.covering("2019-12-15", "2020-03-14", "quarter", "administrative").map((q) => q.id) // ["2020Q1"]
 * Period.covering("2019-12-15", "2020-03-14", "quarter", "plain").map((q) => q.id) // ["2019Q4", "2020Q1"]
 * ```
 * @throws InvalidPeriod when a date is not valid or falls outside years 1–9999.
 * @since 0.1.0
 */
export const covering = <K extends Unit>(
  start: string,
  end: string,
  unit: K,
  calendar: Calendar
): ReadonlyArray<UnitOf<K>> => sequence(containing(start, unit, calendar), containing(end, unit, calendar))

// ---------------------------------------------------------------------------------------------
// Order
// ---------------------------------------------------------------------------------------------

const KIND_RANK: Record<PeriodKind, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4, range: 5, phase: 6 }

/**
 * Orders periods by their first day, then their last day, in the plain calendar; periods covering
 * the same days are ordered by kind, then id. Periods of one unit are in the same order in both
 * calendars.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * ["2020Q2", "2019", "2020Q1"].map(Period.unsafeParse).sort(Period.compare).map(Period.format)
 * // ["2019", "2020Q1", "2020Q2"]
 * ```
 * @since 0.1.0
 */
export const compare = (a: Period, b: Period): -1 | 0 | 1 => {
  const as = startYmd(firstUnit(a), "plain")
  const bs = startYmd(firstUnit(b), "plain")
  if (as !== bs) return as < bs ? -1 : 1
  const ae = endYmd(lastUnit(a), "plain")
  const be = endYmd(lastUnit(b), "plain")
  if (ae !== be) return ae < be ? -1 : 1
  if (a.kind !== b.kind) return KIND_RANK[a.kind] < KIND_RANK[b.kind] ? -1 : 1
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1
}

/**
 * {@link compare} as an `effect/Order`.
 *
 * @since 0.1.0
 */
export const Order: Order_.Order<Period> = compare

/**
 * Whether two periods are the same period (their canonical ids are equal).
 *
 * @since 0.1.0
 */
export const equals = (a: Period, b: Period): boolean => a.id === b.id

/**
 * {@link equals} as an `effect/Equivalence`.
 *
 * @since 0.1.0
 */
export const Equivalence: Equivalence_.Equivalence<Period> = equals

// ---------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------

/**
 * The name of a period for people, in Vietnamese or English.
 *
 * | id          | vi                           | en                        |
 * | ----------- | ---------------------------- | ------------------------- |
 * | `2020`      | Năm 2020                     | Year 2020                 |
 * | `2020S1`    | 6 tháng đầu năm 2020         | First half of 2020        |
 * | `2020Q1`    | Quý 1/2020                   | Q1 2020                   |
 * | `2020M03`   | Tháng 3/2020                 | March 2020                |
 * | `20200315`  | Ngày 15/3/2020               | 15 March 2020             |
 * | `2016/2020` | Giai đoạn 2016–2020          | 2016–2020                 |
 * | `2020Q1/2020Q3` | Từ quý 1/2020 đến quý 3/2020 | From Q1 2020 to Q3 2020 |
 *
 * A phase is named by its own name. The label does not depend on the calendar; see
 * {@link labelWithDates}.
 *
 * @since 0.1.0
 */
export const label = (period: Period, lang: Lang): string => labels.label(period, lang)

/**
 * The name of a period followed by its dates under a calendar, for report headings where the
 * cut-off matters.
 *
 * @example
 * ```ts
 * import { Period } from "@pctnxh/core"
 * Period.labelWithDates(Period.quarter(2020, 1), "administrative", "vi")
 * // "Quý 1/2020 (từ 15/12/2019 đến 14/3/2020)"
 * Period.labelWithDates(Period.quarter(2020, 1), "administrative", "en")
 * // "Q1 2020 (15 December 2019 to 14 March 2020)"
 * ```
 * @since 0.1.0
 */
export const labelWithDates = (period: Period, calendar: Calendar, lang: Lang): string => {
  const name = label(period, lang)
  if (period.kind === "day") return name
  return labels.withDates(name, startYmd(firstUnit(period), calendar), endYmd(lastUnit(period), calendar), lang)
}
