/**
 * Dates and instants as the domain writes them.
 *
 * A date is an ISO calendar date `YYYY-MM-DD` (the day a contact happened, as the officer
 * wrote it, with no time zone); an instant is an ISO timestamp in UTC.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ymd } from "./Calendar.js"
import { problem } from "./internal/issues.js"

/**
 * Whether a string is a real calendar date in `YYYY-MM-DD` form between 1900 and 2200
 * (2021-02-29 is not).
 *
 * @since 0.1.0
 */
export const isIsoDate = (s: string): boolean => {
  const n = ymd(s)
  return n >= 19000101 && n <= 22001231
}

/**
 * A calendar date `YYYY-MM-DD` between 1900 and 2200.
 *
 * @since 0.1.0
 */
export const IsoDate = Schema.String.pipe(
  Schema.filter(isIsoDate, problem({ vi: "phải là ngày có thật, viết dạng YYYY-MM-DD", en: "must be a real date written YYYY-MM-DD" })),
  Schema.brand("IsoDate")
).annotations({ identifier: "IsoDate", description: "a date written YYYY-MM-DD" })

/** @since 0.1.0 */
export type IsoDate = typeof IsoDate.Type

/**
 * Makes an {@link IsoDate}, throwing when the string is not a real date.
 *
 * @since 0.1.0
 */
export const date = (s: string): IsoDate => Schema.decodeSync(IsoDate)(s)

/**
 * A UTC instant written as an ISO timestamp (`2026-01-05T08:30:00Z`).
 *
 * @since 0.1.0
 */
export const Instant = Schema.String.pipe(
  Schema.filter(
    (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/.test(s) && !Number.isNaN(Date.parse(s)),
    problem({ vi: "phải là thời điểm UTC, ví dụ 2026-01-05T08:30:00Z", en: "must be a UTC timestamp such as 2026-01-05T08:30:00Z" })
  ),
  Schema.brand("Instant")
).annotations({ identifier: "Instant", description: "a UTC timestamp" })

/** @since 0.1.0 */
export type Instant = typeof Instant.Type
