/**
 * The errors of `@pctnxh/client` itself. Everything else a client rejects with is the typed
 * error of the package that failed (`InvalidBatch`, `StoreError`, `ConsentRequired`,
 * `UnsafeRelease`, `MissingColumns`…): `error._tag` tells them apart, and every one of them can
 * `explain("vi" | "en")` itself.
 *
 * @since 0.1.0
 */
import { CoreError, type Label } from "@pctnxh/core"
import * as Schema from "effect/Schema"

/**
 * A database driver (or Kysely) that a store needs is not installed, or cannot be loaded (a
 * native module built for another Node version). `install` is the command that fixes it.
 *
 * @example
 * ```ts
 * try {
 *   await Client.open(sqlite("pctnxh.db"))
 * } catch (error) {
 *   if (error._tag === "DriverMissing") console.error(error.explain("en"))
 *   // The SQLite store needs the package better-sqlite3, which is not installed: npm install better-sqlite3@^12
 * }
 * ```
 * @since 0.1.0
 */
export class DriverMissing extends Schema.TaggedError<DriverMissing>("@pctnxh/client/DriverMissing")("DriverMissing", {
  /** The store asked for: `sqlite`, `postgres`, `pglite`, `mysql`. */
  store: Schema.String,
  /** The npm package that could not be loaded. */
  package: Schema.String,
  /** The command that installs it. */
  install: Schema.String,
  reason: CoreError.Text,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** What is missing and how to install it, in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Kho ${this.store} cần gói ${this.package}: ${this.reason.vi}. Cài bằng: ${this.install}`
      : `The ${this.store} store needs the package ${this.package}: ${this.reason.en}. Install it: ${this.install}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An export was asked for a report that did not come out of `client.reports.release`: nothing
 * leaves the system without the audience's disclosure control.
 *
 * @since 0.1.0
 */
export class NotReleased extends Schema.TaggedError<NotReleased>("@pctnxh/client/NotReleased")("NotReleased", {}) {
  /** The rule, in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? "Chỉ xuất được báo cáo đã qua kiểm soát công bố (client.reports.release) cho một đối tượng"
      : "Only a report released to an audience (client.reports.release) can be exported"
  }
  override get message(): string {
    return this.explain("en")
  }
}
