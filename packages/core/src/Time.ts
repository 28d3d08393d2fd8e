/**
 * Dates and instants as the domain writes them.
 *
 * A date is an ISO calendar date `YYYY-MM-DD` (the day a contact happened, as the officer
 * wrote it, with no time zone); an instant is an ISO timestamp in UTC.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
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

/**
 * A fixed offset from UTC: where "today" is reckoned.
 *
 * @since 0.1.0
 */
export interface Zone {
  /** The IANA name, for people. */
  readonly name: string
  /** Minutes ahead of UTC. */
  readonly offsetMinutes: number
}

/**
 * Vietnam's time: UTC+7 all year (no daylight saving time).
 *
 * @since 0.1.0
 */
export const vietnam: Zone = { name: "Asia/Ho_Chi_Minh", offsetMinutes: 7 * 60 }

/**
 * The zone the library reckons "today" in — for imports (rows without a date), reports (units in
 * force today), consents (whether one covers today) — Vietnam's unless provided otherwise. With
 * Effect's `Clock`, it is the one source of "today" everywhere, so a test's `TestClock` moves
 * them all together.
 *
 * @example
 * ```ts
 * import { Time } from "@pctnxh/core"
 * import { Effect } from "effect"
 * const inHanoi = Effect.runSync(Time.today) // "2026-12-06"
 * const inUtc = Effect.runSync(Effect.provideService(Time.today, Time.TimeZone, { name: "UTC", offsetMinutes: 0 }))
 * ```
 * @since 0.1.0
 */
export class TimeZone extends Context.Reference<TimeZone>()("@pctnxh/core/Time/TimeZone", { defaultValue: (): Zone => vietnam }) {}

/**
 * The date (`YYYY-MM-DD`) of an instant in a zone (Vietnam's by default).
 *
 * @since 0.1.0
 */
export const dateAt = (epochMillis: number, zone: Zone = vietnam): string =>
  new Date(epochMillis + zone.offsetMinutes * 60_000).toISOString().slice(0, 10)

/**
 * Today's date (`YYYY-MM-DD`) in the {@link TimeZone}, from Effect's `Clock`.
 *
 * @since 0.1.0
 */
export const today: Effect.Effect<string> = Effect.zipWith(Clock.currentTimeMillis, TimeZone, dateAt)

/**
 * The current instant (`…Z`), from Effect's `Clock`.
 *
 * @since 0.1.0
 */
export const now: Effect.Effect<string> = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString())
