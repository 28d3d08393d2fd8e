/**
 * Money: integer Vietnamese đồng.
 *
 * Amounts are whole VND, never floating point: `135,8 triệu đồng` is `135_800_000`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A non-negative whole amount of Vietnamese đồng.
 *
 * @since 0.1.0
 */
export const Vnd = Schema.Int.pipe(
  Schema.nonNegative(),
  Schema.lessThanOrEqualTo(Number.MAX_SAFE_INTEGER),
  Schema.brand("VND")
).annotations({ identifier: "VND", description: "a whole, non-negative amount of Vietnamese đồng" })

/** @since 0.1.0 */
export type Vnd = typeof Vnd.Type

/**
 * Makes a {@link Vnd} amount, throwing on a fractional or negative number.
 *
 * @example
 * ```ts
 * import { Money } from "@pctnxh/core"
 * Money.vnd(135_800_000)
 * ```
 * @since 0.1.0
 */
export const vnd = (amount: number): Vnd => Schema.decodeSync(Vnd)(amount)

/**
 * Formats an amount the Vietnamese way: `135.800.000 ₫`.
 *
 * @since 0.1.0
 */
export const format = (amount: number, lang: "vi" | "en" = "vi"): string =>
  lang === "vi"
    ? `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`
    : `VND ${new Intl.NumberFormat("en-US").format(amount)}`
