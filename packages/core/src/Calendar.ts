/**
 * Reporting calendars and ISO dates.
 *
 * Dates in the domain are ISO strings `YYYY-MM-DD` (see `Time.IsoDate`); the functions here accept
 * any year `0000`–`9999` of the proleptic Gregorian calendar.
 * All date arithmetic is done on integers — the number of days since 1970-01-01 — never on a
 * `Date` in a local time zone, so a date means the same day on every machine.
 *
 * Two calendars group dates into periods:
 *
 * - `plain`: the calendar year, quarters and months as printed on a wall calendar.
 * - `administrative`: the data cut-off of periodic reports of state administrative bodies set by
 *   Decree 09/2019/NĐ-CP, art. 12 — every period runs from the 15th of the month before its first
 *   month to the 14th of its last month (the year 2020 is 2019-12-15 … 2020-12-14).
 *
 * The periods themselves, and how a calendar maps them to dates, live in `Period`.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import { InvalidPeriod } from "./CoreError.js"
import { type Label, vocabulary } from "./Label.js"

/**
 * The calendar that decides which dates a period covers.
 *
 * - `plain`: calendar year; 2020Q1 is 2020-01-01 … 2020-03-31.
 * - `administrative`: Decree 09/2019/NĐ-CP art. 12 cut-off; 2020Q1 is 2019-12-15 … 2020-03-14.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.Calendar.label("administrative").en // "Administrative reporting calendar (Decree 09/2019)"
 * ```
 * @since 0.1.0
 */
export const Calendar = vocabulary("Calendar", {
  plain: { vi: "Lịch thường", en: "Calendar year" },
  administrative: {
    vi: "Kỳ báo cáo hành chính (Nghị định 09/2019)",
    en: "Administrative reporting calendar (Decree 09/2019)"
  }
})

/**
 * @since 0.1.0
 */
export type Calendar = typeof Calendar.Type

/**
 * The day of the month on which an administrative period starts; it ends on the day before
 * (the 14th) of its last month. Decree 09/2019/NĐ-CP art. 12.
 *
 * @since 0.1.0
 */
export const ADMINISTRATIVE_CUTOFF_DAY = 15

/**
 * Whether a year is a leap year in the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.isLeapYear(2020) // true
 * Calendar.isLeapYear(2100) // false
 * ```
 * @since 0.1.0
 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/**
 * The number of days in a month (`month` 1–12).
 *
 * @since 0.1.0
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : (MONTH_DAYS[month - 1] ?? Number.NaN)

const MONTH_VI = (month: number): string => `tháng ${month}`
const MONTH_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
] as const

/**
 * The English name of a month (`month` 1–12).
 *
 * @since 0.1.0
 */
export const monthName = (month: number): string => MONTH_EN[month - 1] ?? String(month)

/**
 * Why a year, month and day do not name a date, or `undefined` when they do.
 *
 * Years run from 0 to 9999.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.invalidDateReason(2021, 2, 29)?.en
 * // "29 February 2021 does not exist: 2021 is not a leap year, so February has 28 days"
 * ```
 * @since 0.1.0
 */
export const invalidDateReason = (year: number, month: number, day: number): Label | undefined => {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    return {
      vi: `năm ${year} nằm ngoài khoảng được hỗ trợ (0000 đến 9999)`,
      en: `year ${year} is outside the supported years 0000 to 9999`
    }
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return {
      vi: `tháng ${month} không tồn tại; tháng chạy từ 01 đến 12`,
      en: `month ${month} does not exist; months run from 01 to 12`
    }
  }
  const last = daysInMonth(year, month)
  if (!Number.isInteger(day) || day < 1 || day > last) {
    if (month === 2 && day === 29) {
      return {
        vi: `ngày 29/2/${year} không tồn tại: năm ${year} không phải năm nhuận nên tháng 2 chỉ có 28 ngày`,
        en: `29 February ${year} does not exist: ${year} is not a leap year, so February has 28 days`
      }
    }
    return day === 0
      ? { vi: "ngày 00 không tồn tại; ngày bắt đầu từ 01", en: "day 00 does not exist; days start at 01" }
      : {
          vi: `ngày ${day} không tồn tại: ${MONTH_VI(month)}/${year} chỉ có ${last} ngày`,
          en: `day ${day} does not exist: ${monthName(month)} ${year} has ${last} days`
        }
  }
  return undefined
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1000000
}

/**
 * Reads an ISO date `YYYY-MM-DD` as the integer `YYYYMMDD`, or `-1` when the string is not a
 * valid date. Allocates nothing, so it suits hot paths such as computing the period of every row.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.ymd("2020-03-15") // 20200315
 * Calendar.ymd("2021-02-29") // -1
 * ```
 * @since 0.1.0
 */
export const ymd = (date: string): number => {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3)
  const m = digit(date, 5) * 10 + digit(date, 6)
  const d = digit(date, 8) * 10 + digit(date, 9)
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1
  return y * 10000 + m * 100 + d
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/**
 * Formats a year, month and day as an ISO date. The parts are not checked.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.formatDate(2020, 3, 5) // "2020-03-05"
 * ```
 * @since 0.1.0
 */
export const formatDate = (year: number, month: number, day: number): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`

/**
 * Why a string is not a valid ISO date, or `undefined` when it is.
 *
 * @since 0.1.0
 */
export const dateReason = (date: string): Label | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return {
      vi: "không phải ngày dạng YYYY-MM-DD (ví dụ 2020-03-15)",
      en: "not a date of the form YYYY-MM-DD (for example 2020-03-15)"
    }
  }
  return invalidDateReason(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/**
 * Checks an ISO date string, with a bilingual reason when it is not a date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.validateDate("2021-02-29") // Either.left(InvalidPeriod { input: "2021-02-29", reason: … })
 * ```
 * @since 0.1.0
 */
export const validateDate = (date: string): Either.Either<string, InvalidPeriod> => {
  const reason = dateReason(date)
  return reason === undefined ? Either.right(date) : Either.left(new InvalidPeriod({ input: date, reason }))
}

/**
 * The day number of a year, month and day: days since 1970-01-01 (negative before). The parts
 * are not checked.
 *
 * @since 0.1.0
 */
export const dayNumberOf = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const notADate: Label = { vi: "không phải ngày hợp lệ", en: "not a valid date" }

/**
 * The day number of an ISO date: days since 1970-01-01.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.toDayNumber("1970-01-02") // 1
 * ```
 * @throws InvalidPeriod when the string is not a valid ISO date.
 * @since 0.1.0
 */
export const toDayNumber = (date: string): number => {
  const n = ymd(date)
  if (n < 0) throw new InvalidPeriod({ input: date, reason: dateReason(date) ?? notADate })
  return dayNumberOf(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100)
}

/**
 * The ISO date of a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.fromDayNumber(18336) // "2020-03-15"
 * ```
 * @throws InvalidPeriod when the day falls outside years 0000–9999.
 * @since 0.1.0
 */
export const fromDayNumber = (n: number): string => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  if (!Number.isInteger(n) || year < 0 || year > 9999) {
    throw new InvalidPeriod({
      input: String(n),
      reason: {
        vi: "ngày nằm ngoài khoảng được hỗ trợ (năm 0000 đến 9999)",
        en: "the day falls outside the supported years 0000 to 9999"
      }
    })
  }
  return formatDate(year, month, day)
}

/**
 * Adds a number of days (negative to go back) to an ISO date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.addDays("2020-02-28", 1) // "2020-02-29"
 * Calendar.addDays("2021-02-28", 1) // "2021-03-01"
 * ```
 * @throws InvalidPeriod when the date is not valid or the result leaves years 0000–9999.
 * @since 0.1.0
 */
export const addDays = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days)

/**
 * The number of days from one ISO date to another (`to - from`; 0 for the same day).
 *
 * @example
 * ```ts
 * import { Calendar } from "@pctnxh/core"
 * Calendar.daysBetween("2019-12-15", "2020-12-14") // 365
 * ```
 * @throws InvalidPeriod when either date is not valid.
 * @since 0.1.0
 */
export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from)
