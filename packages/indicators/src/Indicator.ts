/**
 * An indicator is data: a code, a Vietnamese and English name and definition, a unit, whether
 * it adds up across sub-periods, the disaggregations it can be broken down by, and a formula.
 * Standard indicators are in the {@link Catalogue}; users make their own with {@link make} (typed)
 * or read them from JSON with {@link decode}.
 *
 * @example
 * ```ts
 * import { Catalogue, Formula, Indicator } from "@pctnxh/indicators"
 *
 * // persons without permanent residence who received a loan
 * const LOANS_TO_MIGRANTS = Indicator.make({
 *   code: "LOANS_TO_MIGRANTS",
 *   theme: "services",
 *   name: { vi: "Số người không có hộ khẩu thường trú được vay vốn", en: "Persons without permanent residence given a loan" },
 *   definition: { vi: "…", en: "…" },
 *   formula: Formula.persons({ where: { service: ["loan"], residence: ["temporary", "none"] } })
 * })
 * LOANS_TO_MIGRANTS.unit // "persons"
 * LOANS_TO_MIGRANTS.additive // false
 * ```
 * @since 0.1.0
 */
import { AggregateQuery, CoreError, Label } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as Formula from "./Formula.js"
import { InvalidFormula } from "./IndicatorError.js"
import { Unit } from "./Unit.js"

/**
 * The themes the catalogue is organised in.
 *
 * @since 0.1.0
 */
export const Theme = Label.vocabulary("IndicatorTheme", {
  services: { vi: "Dịch vụ hỗ trợ", en: "Support services" },
  groups: { vi: "Nhóm tự lực, nhóm đồng đẳng, câu lạc bộ", en: "Self-help groups, peer groups and clubs" },
  activities: { vi: "Tập huấn, truyền thông, hội thảo, đối thoại", en: "Training, communication, workshops and dialogues" },
  inspections: { vi: "Kiểm tra cơ sở kinh doanh dịch vụ", en: "Inspection of service establishments" },
  police: { vi: "Đấu tranh, xử lý của công an", en: "Police enforcement" },
  finance: { vi: "Kinh phí", en: "Budget and spending" },
  planning: { vi: "Kế hoạch, chỉ tiêu và tổ chức thực hiện", en: "Plans, targets and organisation" },
  survey: { vi: "Điều tra hành vi", en: "Behavioural surveys" }
})
/** @since 0.1.0 */
export type Theme = typeof Theme.Type

/**
 * A bound the programme sets for an indicator (inspection coverage of at least 20% a year):
 * cells of periods of `periodKind` outside it are flagged and reported by validation.
 *
 * @since 0.1.0
 */
export const Benchmark = Schema.Struct({
  atLeast: Schema.optional(Schema.Number),
  atMost: Schema.optional(Schema.Number),
  /** Only periods of this kind are compared (a yearly bound is not applied to a quarter). */
  periodKind: Schema.optional(Schema.Literal("year", "half", "quarter", "month")),
  /** Where the bound comes from. */
  basis: CoreError.Text
})
/** @since 0.1.0 */
export type Benchmark = typeof Benchmark.Type

/**
 * An indicator code: upper-case letters, digits and `_`, starting with a letter.
 *
 * @since 0.1.0
 */
export const Code = Schema.String.pipe(
  Schema.pattern(/^[A-Z][A-Z0-9_]{0,63}$/, {
    message: () => "an indicator code is upper-case letters, digits and _, starting with a letter (e.g. PERSONS_REACHED)"
  })
)

/**
 * The schema of an indicator: plain data that reads and writes JSON.
 *
 * @since 0.1.0
 */
export const Indicator = Schema.Struct({
  code: Code,
  name: CoreError.Text,
  definition: CoreError.Text,
  theme: Theme,
  unit: Unit,
  /** Whether values of sub-periods (and of parts) add up to the whole. */
  additive: Schema.Boolean,
  formula: Formula.Formula,
  /** The attributes (or reported disaggregation keys) the indicator can be broken down by. */
  disaggregations: Schema.Array(Schema.NonEmptyTrimmedString),
  /** Decimals shown when the value is printed. */
  decimals: Schema.Int.pipe(Schema.between(0, 6)),
  benchmark: Schema.optional(Benchmark),
  /** Where the source reports give such a figure. */
  figures: Schema.optional(CoreError.Text),
  /**
   * For an amount of money: why it is published as it is (budgets and spending of a public
   * programme are public by law). Without it an amount is protected: released only when it has
   * enough contributors and none of them dominates it.
   */
  publicAmount: Schema.optional(CoreError.Text),
  /**
   * For a protected amount: whose contributions it adds up (the fined establishments, the
   * persons given a loan). By default: establishments for inspections, persons for service
   * events, models for activities, spending and budgets, reporting units for reported values.
   */
  contributors: Schema.optional(AggregateQuery.DistinctField)
}).annotations({ identifier: "Indicator" })

/**
 * An indicator, with its unit and additivity in its type.
 *
 * @since 0.1.0
 */
export interface Indicator<U extends Unit = Unit, A extends boolean = boolean>
  extends Omit<typeof Indicator.Type, "unit" | "additive"> {
  readonly unit: U
  readonly additive: A
}

/**
 * The plain JSON form of an indicator.
 *
 * @since 0.1.0
 */
export type Encoded = typeof Indicator.Encoded

const defaultDecimals = (unit: Unit): number => (unit === "percent" ? 1 : unit === "ratio" ? 2 : 0)

/**
 * What {@link make} takes.
 *
 * @since 0.1.0
 */
export interface Options<U extends Unit, A extends boolean> {
  readonly code: string
  readonly name: Label.Label
  readonly definition: Label.Label
  readonly theme: Theme
  readonly formula: Formula.Expr<U, A>
  /** The disaggregations offered; by default every one the formula supports. */
  readonly disaggregations?: ReadonlyArray<string>
  readonly decimals?: number
  readonly benchmark?: Benchmark
  readonly figures?: Label.Label
  /** For an amount: why it is public (see {@link Indicator}). */
  readonly publicAmount?: Label.Label
  /** For a protected amount: whose contributions it adds up (see {@link Indicator}). */
  readonly contributors?: AggregateQuery.DistinctField
}

/**
 * Makes an indicator from a typed formula: the unit and additivity come from the formula.
 *
 * @throws InvalidFormula when a disaggregation asked for is not one the formula supports, or the
 * code is not a valid code.
 * @since 0.1.0
 */
export const make = <U extends Unit, A extends boolean>(options: Options<U, A>): Indicator<U, A> => {
  const supported = options.formula.by
  const wanted = options.disaggregations ?? supported ?? []
  if (supported !== null) {
    const bad = wanted.find((d) => !supported.includes(d))
    if (bad !== undefined) {
      throw new InvalidFormula({
        indicator: options.code,
        path: "disaggregations",
        reason: {
          vi: `không thể phân tổ theo "${bad}": công thức chỉ phân tổ được theo ${supported.join(", ") || "không thuộc tính nào"}`,
          en: `cannot be broken down by "${bad}": the formula supports ${supported.join(", ") || "no disaggregation"}`
        }
      })
    }
  }
  Schema.decodeSync(Code)(options.code)
  return {
    code: options.code,
    name: options.name,
    definition: options.definition,
    theme: options.theme,
    unit: options.formula.unit,
    additive: options.formula.additive,
    formula: options.formula.formula,
    disaggregations: [...wanted],
    decimals: options.decimals ?? defaultDecimals(options.formula.unit),
    ...(options.benchmark === undefined ? {} : { benchmark: options.benchmark }),
    ...(options.figures === undefined ? {} : { figures: options.figures }),
    ...(options.publicAmount === undefined ? {} : { publicAmount: options.publicAmount }),
    ...(options.contributors === undefined ? {} : { contributors: options.contributors })
  }
}

/**
 * Reads an indicator's shape from untrusted JSON. The result is not yet checked against a
 * catalogue: add it with `Catalogue.make` or `Catalogue.extend`, which check its formula, unit,
 * additivity and disaggregations.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<Indicator, InvalidFormula> =>
  Either.mapLeft(Schema.decodeUnknownEither(Indicator)(input, { errors: "all", onExcessProperty: "error" }), (error) => {
    const code =
      typeof input === "object" && input !== null && "code" in input && typeof input.code === "string" ? input.code : undefined
    const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
    const where = (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? "(gốc)" : path.map(String).join("."))
    const whereEn = (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? "(root)" : path.map(String).join("."))
    return new InvalidFormula({
      ...(code === undefined ? {} : { indicator: code }),
      path: "",
      reason: {
        vi: `định nghĩa chỉ số không đúng cấu trúc tại ${issues.map((i) => where(i.path)).join("; ")}`,
        en: `the indicator definition is malformed: ${issues.map((i) => `${whereEn(i.path)}: ${i.message}`).join("; ")}`
      }
    })
  })

/**
 * Encodes an indicator to plain JSON.
 *
 * @since 0.1.0
 */
export const encode = (indicator: Indicator): Encoded => Schema.encodeSync(Indicator)(indicator)

/**
 * The name of an indicator with its code, for tables: `Lượt tiếp cận (CONTACTS)`.
 *
 * @since 0.1.0
 */
export const title = (indicator: Pick<Indicator, "code" | "name">, lang: Label.Lang): string =>
  `${indicator.name[lang]} (${indicator.code})`
