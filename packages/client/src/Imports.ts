/**
 * `client.imports`: CSV and XLSX files of service events, activities, establishments,
 * inspection rounds and visits, budgets, expenditures or aggregate values, read row by row
 * (see `Import` in `@pctnxh/io` for the rules: Vietnamese and English headers, numbers and
 * dates as officers write them, unit codes, ids that make re-imports store nothing twice).
 *
 * A file is a browser `File`, `Blob` or `ReadableStream`, bytes, an async iterable of chunks,
 * or — in Node — a path through `file()` of `@pctnxh/client/node`. Columns with the parts of a
 * unique identifier code (`Họ tên mẹ`, `Họ tên bố`, `Mã UIC`…) are turned into pseudonyms with
 * the client's keyring on the way in and never stored. The result is the row report: what was
 * stored, and every rejected row with its row, column and reason (never its values).
 *
 * `@pctnxh/io` is loaded the first time a file is imported, so an app that never imports does
 * not download it.
 *
 * @example
 * ```ts
 * // in a browser, from <input type="file">
 * const report = await client.imports.run(input.files[0], {
 *   kind: "serviceEvent",
 *   defaults: { modelId: "HP-2019" },
 *   onProgress: (p) => (progress.value = p.rows)
 * })
 * report.summary("vi")
 * report.rejections.map((row) => ImportReport.explainRow(row, "vi"))
 * ```
 * @since 0.1.0
 */
import type { Import, ImportReport, Source } from "@pctnxh/io"

/**
 * A file to import.
 *
 * @since 0.1.0
 */
export type Input =
  | Blob
  | ReadableStream<Uint8Array>
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array>
  | Source.Source

/**
 * How to import (see `Import.Options` of `@pctnxh/io`).
 *
 * @since 0.1.0
 */
export interface Options extends Omit<Import.Options, "source" | "pseudonymise" | "geography"> {
  /**
   * The file's name for the report, and for its format (`.csv`, `.xlsx`): a `File`'s own name
   * by default; without one the format is found from the first bytes.
   */
  readonly name?: string | undefined
}

/**
 * The import operations of a client. Both reject before storing anything when the file cannot
 * be read (`UnreadableFile`), lacks a required column (`MissingColumns`) or has UIC columns and
 * the client has no keyring (`PseudonymiserRequired`); `ImportAborted` (whose `report` says
 * which batches landed) when the file becomes unreadable part-way or the store fails.
 *
 * @since 0.1.0
 */
export interface Imports {
  /** Imports a file: valid rows are stored in batches, rejected rows are listed in the report. */
  readonly run: (input: Input, options: Options) => Promise<ImportReport.ImportReport>
  /** Reads and checks a file without storing anything (a preview before an officer confirms). */
  readonly check: (input: Input, options: Options) => Promise<ImportReport.ImportReport>
}
