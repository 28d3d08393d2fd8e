/**
 * The browser build of `@pctnxh/core/geography/vietnam` (chosen by the `browser` export
 * condition): the same exports, but the 600 KB table is a separate chunk fetched by `load()`
 * the first time it is needed instead of being part of the first download.
 *
 * A lookup before `load()` has resolved throws (a programming error, not a data error): call
 * `await load()` first, as `@pctnxh/client` does before every operation that needs units.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type { Current, Dataset, Geography } from "../Geography.js"
import { suspend } from "../Geography.js"
import { decode } from "../internal/geography/compact.js"
import * as ids from "../internal/geography/vietnamIds.js"

let decoded: Dataset | undefined
let loading: Promise<Geography> | undefined

/**
 * The shipped dataset of Vietnam; throws until {@link load} has resolved.
 *
 * @since 0.1.0
 */
export const dataset = (): Dataset => {
  if (decoded === undefined) {
    throw new Error(
      "The geography of Vietnam is loaded on demand in browsers: await load() from " +
        "@pctnxh/core/geography/vietnam before the first lookup (@pctnxh/client does this for you)."
    )
  }
  return decoded
}

/**
 * The geography of Vietnam over the shipped dataset; usable once {@link load} has resolved.
 *
 * @since 0.1.0
 */
export const vietnam: Geography = suspend(dataset)

/**
 * The geography in use: the one stores, imports, reports and the synthetic data read when their
 * options name none — Vietnam's shipped units unless a program provides another
 * (`Effect.provideService(CurrentGeography, geography)`), so that they cannot disagree.
 *
 * @since 0.1.0
 */
export const CurrentGeography: Context.Reference<Current, Geography> = Context.Reference<Current>()("@pctnxh/core/Geography/Current", {
  defaultValue: () => vietnam
})

/**
 * Fetches and decodes the table (once), then resolves with {@link vietnam}.
 *
 * @since 0.1.0
 */
export const load = (): Promise<Geography> =>
  (loading ??= import("../data/vietnam.js").then(
    (m) => {
      decoded ??= decode(m.text)
      return vietnam
    },
    (error: unknown) => {
      loading = undefined
      throw error
    }
  ))

/** @since 0.1.0 */
export const BEFORE_2025: "pre2025" = ids.BEFORE_2025
/** @since 0.1.0 */
export const FROM_2025: "2025" = ids.FROM_2025
/** @since 0.1.0 */
export const REFORM_DATE: "2025-07-01" = ids.REFORM_DATE
