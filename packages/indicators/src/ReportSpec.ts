/**
 * What a report asks for — indicators × periods (under a calendar) × administrative units × 
 * disaggregations — as a plain value a command line or a JSON body can carry.
 *
 * @example
 * ```ts
 * import { ReportSpec } from "@pctnxh/indicators"
 *
 * // Quảng Ninh's inspections of reporting year 2019, by district as the map stood then
 * const spec = ReportSpec.make({
 *   indicators: ["INSPECTION_VISITS", "INSPECTION_VIOLATIONS", "VIOLATION_RATE", "AVERAGE_FINE"],
 *   periods: ["2019"],
 *   calendar: "administrative",
 *   adminUnits: { level: "district", asOf: "2019-12-14", within: "22@pre2025" },
 *   disaggregations: [["establishmentType"]]
 * })
 * ```
 * @since 0.1.0
 */
import { AdminUnit, Calendar, CoreError, Label, Time } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { Indicator } from "./Indicator.js"
import { InvalidSpec } from "./IndicatorError.js"

/**
 * What a cell uses where both recorded events and reported aggregate values exist for it:
 *
 * - `preferEvents`: the events, when there is at least one record for the cell; else the
 *   reported value;
 * - `preferAggregates`: the reported value, when there is one; else the events;
 * - `sum`: both added — only right when the two sources are known not to overlap (events
 *   recorded for some models or places, reports for others): declare it only then.
 *
 * @since 0.1.0
 */
export const Precedence = Label.vocabulary("Precedence", {
  preferEvents: { vi: "Ưu tiên số liệu ghi nhận theo từng lượt", en: "Prefer recorded events" },
  preferAggregates: { vi: "Ưu tiên số liệu tổng hợp được báo cáo", en: "Prefer reported aggregate values" },
  sum: { vi: "Cộng hai nguồn (hai nguồn không trùng nhau)", en: "Add both (the sources do not overlap)" }
})
/** @since 0.1.0 */
export type Precedence = typeof Precedence.Type

/**
 * Where a report's cells sit on the map: grouped by the units of `level` as the map stood on
 * `asOf` (old units roll up through the crosswalk: a date after 1 July 2025 maps 2019's
 * districts onto today's provinces), optionally only those within one unit. Without `level`
 * the report has one column: everything within `within`, or the whole country.
 *
 * @since 0.1.0
 */
export const AdminUnits = Schema.Struct({
  level: Schema.optional(Schema.Literal("province", "district", "commune")),
  asOf: Time.IsoDate,
  within: Schema.optional(AdminUnit.AdminUnitId)
})
/** @since 0.1.0 */
export type AdminUnits = typeof AdminUnits.Type

/**
 * A report specification. `disaggregations` lists breakdowns: each is one attribute (`["sex"]`)
 * or several crossed (`["population", "service"]`); every breakdown comes with its total.
 * `asOf` is the date targets are pro-rated to (today when absent). `programme` picks the
 * version of package rules (the one in force at the end of the last period when absent).
 * `define` adds indicators of one's own, written as JSON.
 *
 * @since 0.1.0
 */
export class ReportSpec extends Schema.Class<ReportSpec>("ReportSpec")({
  title: Schema.optional(CoreError.Text),
  indicators: Schema.NonEmptyArray(Schema.NonEmptyTrimmedString),
  periods: Schema.NonEmptyArray(Schema.NonEmptyTrimmedString),
  calendar: Calendar.Calendar,
  adminUnits: Schema.optional(AdminUnits),
  disaggregations: Schema.optionalWith(Schema.Array(Schema.NonEmptyArray(Schema.NonEmptyTrimmedString)), { default: () => [] }),
  precedence: Schema.optionalWith(Precedence, { default: () => "preferEvents" as const }),
  /** A precedence rule for particular indicators, by code. */
  precedenceFor: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Precedence }), { default: () => ({}) }),
  asOf: Schema.optional(Time.IsoDate),
  programme: Schema.optional(Schema.NonEmptyTrimmedString),
  define: Schema.optionalWith(Schema.Array(Indicator), { default: () => [] })
}) {}

/**
 * The plain JSON form of a specification.
 *
 * @since 0.1.0
 */
export type Encoded = typeof ReportSpec.Encoded

/**
 * Makes a specification from plain values (dates and unit ids as strings).
 *
 * @throws ParseError when a value is not valid; use {@link decode} for untrusted input.
 * @since 0.1.0
 */
export const make = (input: Encoded): ReportSpec => Schema.decodeSync(ReportSpec)(input)

/**
 * Decodes a specification from untrusted input (a JSON body, a saved report), naming each
 * wrong field.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<ReportSpec, InvalidSpec> =>
  Either.mapLeft(Schema.decodeUnknownEither(ReportSpec)(input, { errors: "all", onExcessProperty: "error" }), (error) => {
    const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
    const field = issues[0]?.path.map(String).join(".") ?? ""
    return new InvalidSpec({
      field,
      reason: {
        vi: `không đúng cấu trúc tại ${issues.map((i) => i.path.map(String).join(".") || "(gốc)").join("; ")}`,
        en: issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`).join("; ")
      }
    })
  })

/**
 * Encodes a specification to plain JSON.
 *
 * @since 0.1.0
 */
export const encode = (spec: ReportSpec): Encoded => Schema.encodeSync(ReportSpec)(spec)
