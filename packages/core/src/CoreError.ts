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

/**
 * One problem in one field of a record.
 *
 * @since 0.1.0
 */
export const FieldIssue = Schema.Struct({
  /** The field's path, e.g. `referral.outcome` or `attendeeIds[2]`. */
  field: Schema.String,
  problem: Text
})
/** @since 0.1.0 */
export type FieldIssue = typeof FieldIssue.Type

/**
 * A record that did not decode. It names the entity, the record's position in its batch (from
 * 0) and each field with what is wrong, in plain words; it never carries the values.
 *
 * @since 0.1.0
 */
export class InvalidRecord extends Schema.TaggedError<InvalidRecord>("@pctnxh/core/InvalidRecord")("InvalidRecord", {
  entity: Schema.String,
  index: Schema.optional(Schema.Int),
  issues: Schema.Array(FieldIssue)
}) {
  /** One line per field problem, in one language. */
  explain(lang: Lang): string {
    const where =
      this.index === undefined
        ? this.entity
        : lang === "vi"
          ? `${this.entity} số ${this.index + 1}`
          : `${this.entity} #${this.index + 1}`
    return this.issues
      .map((i) => (i.field === "" ? `${where}: ${i.problem[lang]}` : `${where}, ${lang === "vi" ? "trường" : "field"} "${i.field}": ${i.problem[lang]}`))
      .join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A batch in which some records did not decode. `records` lists every invalid record; the
 * valid ones were not stored (a batch is all or nothing).
 *
 * @since 0.1.0
 */
export class InvalidBatch extends Schema.TaggedError<InvalidBatch>("@pctnxh/core/InvalidBatch")("InvalidBatch", {
  entity: Schema.String,
  size: Schema.Int,
  records: Schema.Array(InvalidRecord)
}) {
  /** Every problem, one per line, in one language. */
  explain(lang: Lang): string {
    const head =
      lang === "vi"
        ? `${this.records.length}/${this.size} bản ghi ${this.entity} không hợp lệ:`
        : `${this.records.length} of ${this.size} ${this.entity} records are invalid:`
    return [head, ...this.records.map((r) => r.explain(lang))].join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A query that asks for something its source does not have (a sum of fines over service
 * events, grouping budgets by sex) or names an unknown period.
 *
 * @since 0.1.0
 */
export class InvalidQuery extends Schema.TaggedError<InvalidQuery>("@pctnxh/core/InvalidQuery")("InvalidQuery", {
  source: Schema.String,
  reason: Text
}) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    return lang === "vi" ? `Truy vấn ${this.source}: ${this.reason.vi}` : `Query on ${this.source}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * What kind of failure a {@link StoreError} is, for a program that acts on it:
 *
 * - `connection`: the database cannot be reached, or the connection was lost;
 * - `busy`: other writers held the database for longer than the store waits;
 * - `constraint`: the data violates a constraint of the database;
 * - `invalid`: a record holds a value no store keeps the same way (a NUL character, text
 *   longer than its field allows); `record` and `field` say where;
 * - `readOnly`: the database cannot be written (a read-only file, folder or user);
 * - `full`: the disk or the database is full;
 * - `schema`: the database's tables are not those of this version (a migration is missing);
 * - `other`: anything else the database refused.
 *
 * @since 0.1.0
 */
export const StoreProblem = Schema.Literal("connection", "busy", "constraint", "invalid", "readOnly", "full", "schema", "other")
/** @since 0.1.0 */
export type StoreProblem = typeof StoreProblem.Type

/**
 * A store operation that failed: the database is unreachable, a constraint was violated, a
 * transaction was rolled back. `problem` says what kind of failure it is; `record` (the
 * position in the batch, from 0) and `field` say where, when one record is to blame. The
 * driver's error is kept only as `cause` (it may hold values, so it is never printed by
 * `explain`).
 *
 * @since 0.1.0
 */
export class StoreError extends Schema.TaggedError<StoreError>("@pctnxh/core/StoreError")("StoreError", {
  operation: Schema.String,
  reason: Text,
  problem: Schema.optional(StoreProblem),
  record: Schema.optional(Schema.Int),
  field: Schema.optional(Schema.String),
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language, naming the operation and, where known, the record and field. */
  explain(lang: Lang): string {
    const where = [
      this.operation,
      ...(this.record === undefined ? [] : [lang === "vi" ? `bản ghi số ${this.record + 1}` : `record #${this.record + 1}`]),
      ...(this.field === undefined ? [] : [lang === "vi" ? `trường "${this.field}"` : `field "${this.field}"`])
    ].join(", ")
    return lang === "vi" ? `Lỗi lưu trữ (${where}): ${this.reason.vi}` : `Storage error (${where}): ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A `Store.find` on a field the kind has no index for: the store would have to read the whole
 * table, so it refuses. `indexed` lists the fields it can find by.
 *
 * @since 0.1.0
 */
export class NotIndexed extends Schema.TaggedError<NotIndexed>("@pctnxh/core/NotIndexed")("NotIndexed", {
  kind: Schema.String,
  field: Schema.String,
  indexed: Schema.Array(Schema.String)
}) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    const list = this.indexed.length === 0 ? (lang === "vi" ? "không trường nào" : "none") : this.indexed.map((f) => `"${f}"`).join(", ")
    return lang === "vi"
      ? `Không tìm được ${this.kind} theo "${this.field}": trường này không có chỉ mục (tìm được theo: ${list})`
      : `Cannot find ${this.kind} records by "${this.field}": it is not an indexed field (indexed: ${list})`
  }
  override get message(): string {
    return this.explain("en")
  }
}
