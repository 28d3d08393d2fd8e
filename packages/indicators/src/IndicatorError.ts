/**
 * The typed errors of `@pctnxh/indicators`.
 *
 * Every error is data: a `Schema.TaggedError` carrying what a person needs to act on it, with a
 * reason in Vietnamese and English. None of them ever carries a record's values.
 *
 * @since 0.1.0
 */
import { CoreError, type Label } from "@pctnxh/core"
import * as Schema from "effect/Schema"

const at = (path: string, lang: Label.Lang): string =>
  path === "" ? "" : lang === "vi" ? ` (tại ${path})` : ` (at ${path})`

/**
 * A formula that adds or compares quantities of different units — contacts (lượt) with persons
 * (người), VND with sessions.
 *
 * @since 0.1.0
 */
export class UnitMismatch extends Schema.TaggedError<UnitMismatch>("@pctnxh/indicators/UnitMismatch")("UnitMismatch", {
  /** The indicator whose formula it is, when known. */
  indicator: Schema.optional(Schema.String),
  /** Where in the formula, e.g. `add.terms[1]`. */
  path: Schema.String,
  reason: CoreError.Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const who = this.indicator === undefined ? "" : lang === "vi" ? `Chỉ số ${this.indicator}: ` : `Indicator ${this.indicator}: `
    return `${who}${this.reason[lang]}${at(this.path, lang)}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An attempt to add up quantities that do not add up: distinct persons of several sub-periods
 * (a person reached in Q1 and Q3 would count twice), of several measures, or ratios.
 *
 * @since 0.1.0
 */
export class NotAdditive extends Schema.TaggedError<NotAdditive>("@pctnxh/indicators/NotAdditive")("NotAdditive", {
  /** The indicators concerned, when known. */
  indicators: Schema.Array(Schema.String),
  /** Where in a formula, or the operation (`Rollup.sumPeriods`). */
  path: Schema.String,
  reason: CoreError.Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const who =
      this.indicators.length === 0
        ? ""
        : lang === "vi"
          ? `Chỉ số ${this.indicators.join(", ")}: `
          : `Indicator${this.indicators.length > 1 ? "s" : ""} ${this.indicators.join(", ")}: `
    return `${who}${this.reason[lang]}${at(this.path, lang)}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A formula or indicator definition that cannot be used: a wrong shape (from JSON), an
 * attribute its source does not have, an unknown package rule, a reference cycle.
 *
 * @since 0.1.0
 */
export class InvalidFormula extends Schema.TaggedError<InvalidFormula>("@pctnxh/indicators/InvalidFormula")("InvalidFormula", {
  indicator: Schema.optional(Schema.String),
  path: Schema.String,
  reason: CoreError.Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const who = this.indicator === undefined ? "" : lang === "vi" ? `Chỉ số ${this.indicator}: ` : `Indicator ${this.indicator}: `
    return `${who}${this.reason[lang]}${at(this.path, lang)}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An indicator code that is not in the catalogue.
 *
 * @since 0.1.0
 */
export class UnknownIndicator extends Schema.TaggedError<UnknownIndicator>("@pctnxh/indicators/UnknownIndicator")(
  "UnknownIndicator",
  { code: Schema.String, suggestions: Schema.Array(Schema.String) }
) {
  /** The reason in one language, with the closest codes. */
  explain(lang: Label.Lang): string {
    const hint =
      this.suggestions.length === 0
        ? ""
        : lang === "vi"
          ? `; có phải là: ${this.suggestions.join(", ")}?`
          : `; did you mean ${this.suggestions.join(", ")}?`
    return lang === "vi"
      ? `Không có chỉ số "${this.code}" trong danh mục${hint}`
      : `There is no indicator "${this.code}" in the catalogue${hint}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A report specification that cannot be run: a wrong shape, an unknown period, a disaggregation
 * the indicators do not have.
 *
 * @since 0.1.0
 */
export class InvalidSpec extends Schema.TaggedError<InvalidSpec>("@pctnxh/indicators/InvalidSpec")("InvalidSpec", {
  /** The field of the specification, e.g. `periods[2]`. */
  field: Schema.String,
  reason: CoreError.Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const where = this.field === "" ? "" : lang === "vi" ? ` (trường "${this.field}")` : ` (field "${this.field}")`
    return lang === "vi"
      ? `Yêu cầu báo cáo không hợp lệ${where}: ${this.reason.vi}`
      : `Invalid report specification${where}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Any error of this package.
 *
 * @since 0.1.0
 */
export type IndicatorError = UnitMismatch | NotAdditive | InvalidFormula | UnknownIndicator | InvalidSpec
