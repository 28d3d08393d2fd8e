/**
 * The typed errors of `@pctnxh/core`.
 *
 * Every error is data: a `Schema.TaggedError` that carries what a person needs to act on it,
 * with a bilingual `reason` an officer can read. No error ever carries a personal value.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type { Lang } from "./Label.js"

/**
 * A bilingual text as a schema, for error payloads.
 *
 * @since 0.1.0
 */
export const Text = Schema.Struct({ vi: Schema.String, en: Schema.String })

/**
 * An error that can explain itself in Vietnamese or English.
 *
 * @since 0.1.0
 */
export interface Explained {
  readonly explain: (lang: Lang) => string
}

/**
 * A period id or period range that could not be read, or a date outside what a calendar covers.
 *
 * @since 0.1.0
 */
export class InvalidPeriod extends Schema.TaggedError<InvalidPeriod>("@pctnxh/core/InvalidPeriod")(
  "InvalidPeriod",
  { input: Schema.String, reason: Text }
) {
  /** The reason in one language, naming the input. */
  explain(lang: Lang): string {
    return lang === "vi" ? `Kỳ báo cáo "${this.input}": ${this.reason.vi}` : `Period "${this.input}": ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An administrative unit code that is not known, or not valid at the date asked for.
 *
 * @since 0.1.0
 */
export class UnknownAdminUnit extends Schema.TaggedError<UnknownAdminUnit>("@pctnxh/core/UnknownAdminUnit")(
  "UnknownAdminUnit",
  { code: Schema.String, asOf: Schema.optional(Schema.String), reason: Text }
) {
  /** The reason in one language, naming the code and date. */
  explain(lang: Lang): string {
    const when = this.asOf === undefined ? "" : lang === "vi" ? ` (ngày ${this.asOf})` : ` (as of ${this.asOf})`
    return lang === "vi"
      ? `Đơn vị hành chính "${this.code}"${when}: ${this.reason.vi}`
      : `Administrative unit "${this.code}"${when}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}
