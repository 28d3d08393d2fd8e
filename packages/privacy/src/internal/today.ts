import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"

/** Vietnam's offset from UTC (no daylight saving). */
const vietnam = 7 * 60 * 60 * 1000

/** Today's date in Vietnam (`YYYY-MM-DD`), from the Clock. */
export const today: Effect.Effect<string> = Effect.map(Clock.currentTimeMillis, (ms) =>
  new Date(ms + vietnam).toISOString().slice(0, 10)
)

/** The current instant (`…Z`), from the Clock. */
export const now: Effect.Effect<string> = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString())
