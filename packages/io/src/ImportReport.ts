/**
 * The report of an import: how many rows were read, stored, found unchanged and rejected; every
 * rejected row with its file, row, column and reason; and the batches that landed. It is a plain
 * serialisable value with a bilingual summary, and it never holds a value read from a cell.
 *
 * @example
 * ```ts
 * import { Import } from "@pctnxh/io"
 * // const report = yield* Import.run({ kind: "serviceEvent", source })
 * // console.log(report.summary("vi"))
 * // for (const row of report.rejected) console.log(ImportReport.explainRow(row, "vi"))
 * ```
 * @since 0.1.0
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { CoreError } from "@pctnxh/core"
import * as Schema from "effect/Schema"


type Lang = LabelModule.Lang

/**
 * A column of the file: its position from 0, its letter as a spreadsheet shows it, and its
 * header text.
 *
 * @since 0.1.0
 */
export const Column = Schema.Struct({
  index: Schema.Int,
  letter: Schema.String,
  header: Schema.String
})
/** @since 0.1.0 */
export type Column = typeof Column.Type

/**
 * One problem in a row: where (the column, when the problem belongs to one; the record's field)
 * and why, in Vietnamese and English.
 *
 * @since 0.1.0
 */
export const Problem = Schema.Struct({
  column: Schema.optional(Column),
  field: Schema.optional(Schema.String),
  reason: CoreError.Text
})
/** @since 0.1.0 */
export type Problem = typeof Problem.Type

/**
 * A rejected row: the file (and sheet), the row number as the officer sees it in the sheet (the
 * header is usually row 1, so the first data row is row 2), and every problem found in it.
 *
 * @since 0.1.0
 */
export const RejectedRow = Schema.Struct({
  file: Schema.String,
  sheet: Schema.optional(Schema.String),
  row: Schema.Int,
  /**
   * What `row` counts: a row of a sheet or CSV file (the default), the position of a data
   * value in a JSON document from 1 (`value`), or the line of an XML element (`line`).
   */
  place: Schema.optional(Schema.Literal("row", "value", "line")),
  problems: Schema.Array(Problem)
})
/** @since 0.1.0 */
export type RejectedRow = typeof RejectedRow.Type

/**
 * A batch of valid rows written in one transaction: its rows, how many records it held, what
 * the store did with them, and whether it landed (`stored`) or was rolled back.
 *
 * @since 0.1.0
 */
export const Batch = Schema.Struct({
  index: Schema.Int,
  firstRow: Schema.Int,
  lastRow: Schema.Int,
  records: Schema.Int,
  inserted: Schema.Int,
  updated: Schema.Int,
  unchanged: Schema.Int,
  status: Schema.Literal("stored", "rolledBack")
})
/** @since 0.1.0 */
export type Batch = typeof Batch.Type

/**
 * A column of the file that no field of the mapping claimed; it was not read. Its `header` is
 * repeated only when it is a title the library knows (`STT`, `Ghi chú`, a header of another
 * kind of record); otherwise it is empty, since a header row may hold data.
 *
 * @since 0.1.0
 */
export const IgnoredColumn = Column
/** @since 0.1.0 */
export type IgnoredColumn = Column

const columnName = (c: Column): string => (c.header === "" ? c.letter : `${c.letter} "${c.header}"`)

/**
 * The report of one file's import.
 *
 * - `read`: data rows read (blank rows and total rows not counted; see `skipped`).
 * - `valid`: rows that became records; `rejected`: rows that did not.
 * - `inserted` / `updated` / `unchanged`: what the store did with the valid rows (all zero for
 *   a check without a store). Re-importing the same file gives `unchanged` = `valid`.
 * - `rejections`: the rejected rows, at most the `maxRejections` asked for (`rejected` counts
 *   them all; `rejectionsTruncated` says whether some were left out).
 * - `batches`: the batches written, in order, with their status.
 * - `outcome`: `complete`, or `aborted` when the import stopped part-way (see
 *   {@link IoError.ImportAborted}).
 *
 * @since 0.1.0
 */
export class ImportReport extends Schema.Class<ImportReport>("ImportReport")({
  file: Schema.String,
  sheet: Schema.optional(Schema.String),
  /** `csv` and `xlsx` for spreadsheets; `json` and `adx` for DHIS2 data (see `Dhis2Import`). */
  format: Schema.Literal("csv", "xlsx", "json", "adx"),
  entity: Schema.String,
  headerRow: Schema.Int,
  /** The columns read, each with the field it fills. */
  columns: Schema.Array(Schema.Struct({ ...Column.fields, field: Schema.String })),
  ignoredColumns: Schema.Array(IgnoredColumn),
  read: Schema.Int,
  skipped: Schema.Int,
  valid: Schema.Int,
  rejected: Schema.Int,
  inserted: Schema.Int,
  updated: Schema.Int,
  unchanged: Schema.Int,
  /** Rows whose person was pseudonymised from UIC columns on the way in. */
  pseudonymised: Schema.Int,
  rejections: Schema.Array(RejectedRow),
  rejectionsTruncated: Schema.Boolean,
  batches: Schema.Array(Batch),
  dryRun: Schema.Boolean,
  outcome: Schema.Literal("complete", "aborted")
}) {
  /** Records newly stored or changed by this import. */
  get stored(): number {
    return this.inserted + this.updated
  }

  /**
   * A summary in one language: what was read, stored, unchanged and rejected, and the batches.
   */
  summary(lang: Lang): string {
    const n = (x: number) => new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US").format(x)
    const where = this.sheet === undefined ? `"${this.file}"` : `"${this.file}" (${lang === "vi" ? "trang" : "sheet"} "${this.sheet}")`
    const landed = this.batches.filter((b) => b.status === "stored").length
    const rolledBack = this.batches.length - landed
    if (lang === "vi") {
      const lines = [
        this.format === "json" || this.format === "adx"
          ? `Tệp ${where}, ${this.entity}: đọc ${n(this.read)} giá trị DHIS2 (bỏ qua ${n(this.skipped)} giá trị trống, đã xoá hoặc thuộc cột tổng).`
          : `Tệp ${where}, ${this.entity}: đọc ${n(this.read)} dòng dữ liệu (bỏ qua ${n(this.skipped)} dòng trống hoặc dòng tổng).`,
        this.dryRun
          ? `Kiểm tra, không lưu: ${n(this.valid)} dòng hợp lệ, ${n(this.rejected)} ${this.format === "json" || this.format === "adx" ? "giá trị" : "dòng"} bị từ chối.`
          : `Lưu ${n(this.inserted)} bản ghi mới, cập nhật ${n(this.updated)}, ${n(this.unchanged)} không đổi; ${n(this.rejected)} ${this.format === "json" || this.format === "adx" ? "giá trị" : "dòng"} bị từ chối.`
      ]
      if (this.pseudonymised > 0) lines.push(`${n(this.pseudonymised)} dòng được tạo mã giả danh từ các cột UIC (không lưu các cột này).`)
      if (!this.dryRun) lines.push(`${n(landed)} lô đã lưu${rolledBack > 0 ? `, ${n(rolledBack)} lô bị huỷ` : ""}.`)
      if (this.ignoredColumns.length > 0) lines.push(`Các cột không dùng: ${this.ignoredColumns.map(columnName).join(", ")}.`)
      if (this.outcome === "aborted") lines.push("Quá trình nhập bị dừng giữa chừng.")
      if (this.rejectionsTruncated) lines.push(`Chỉ liệt kê ${n(this.rejections.length)} dòng bị từ chối đầu tiên.`)
      return lines.join("\n")
    }
    const of = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`
    const lines = [
      this.format === "json" || this.format === "adx"
        ? `File ${where}, ${this.entity}: read ${of(this.read, "DHIS2 value", "DHIS2 values")} (skipped ${of(this.skipped, "value that is empty, deleted or the report's total", "values that are empty, deleted or the report's total")}).`
        : `File ${where}, ${this.entity}: read ${of(this.read, "data row", "data rows")} (skipped ${of(this.skipped, "blank or total row", "blank or total rows")}).`,
      this.dryRun
        ? `Checked, not stored: ${of(this.valid, "valid row", "valid rows")}, ${n(this.rejected)} rejected.`
        : `Stored ${of(this.inserted, "new record", "new records")}, updated ${n(this.updated)}, ${n(this.unchanged)} unchanged; rejected ${this.format === "json" || this.format === "adx" ? of(this.rejected, "value", "values") : of(this.rejected, "row", "rows")}.`
    ]
    if (this.pseudonymised > 0) lines.push(`${of(this.pseudonymised, "row was", "rows were")} pseudonymised from UIC columns (those columns are not stored).`)
    if (!this.dryRun) lines.push(`${of(landed, "batch", "batches")} landed${rolledBack > 0 ? `, ${n(rolledBack)} rolled back` : ""}.`)
    if (this.ignoredColumns.length > 0) lines.push(`Columns not used: ${this.ignoredColumns.map(columnName).join(", ")}.`)
    if (this.outcome === "aborted") lines.push("The import stopped part-way.")
    if (this.rejectionsTruncated) lines.push(`Only the first ${n(this.rejections.length)} rejected rows are listed.`)
    return lines.join("\n")
  }

  /** The summary followed by one line per problem of every listed rejected row. */
  explain(lang: Lang): string {
    return [this.summary(lang), ...this.rejections.map((r) => explainRow(r, lang))].join("\n")
  }
}

/**
 * One line per problem of a rejected row, in one language:
 * `data.xlsx, dòng 7, cột C "Ngày" (date): không phải là ngày; …`.
 *
 * @since 0.1.0
 */
export const explainRow = (row: RejectedRow, lang: Lang): string => {
  const file = row.sheet === undefined ? row.file : `${row.file} [${row.sheet}]`
  return row.problems
    .map((p) => {
      const col =
        p.column === undefined
          ? ""
          : lang === "vi"
            ? `, cột ${p.column.letter} "${p.column.header}"`
            : `, column ${p.column.letter} "${p.column.header}"`
      const field = p.field === undefined || p.field === "" ? "" : ` (${p.field})`
      const at =
        row.place === "value"
          ? lang === "vi"
            ? `giá trị thứ ${row.row}`
            : `value #${row.row}`
          : lang === "vi"
            ? `dòng ${row.row}`
            : row.place === "line"
              ? `line ${row.row}`
              : `row ${row.row}`
      return lang === "vi" ? `${file}, ${at}${col}${field}: ${p.reason.vi}` : `${file}, ${at}${col}${field}: ${p.reason.en}`
    })
    .join("\n")
}
