/**
 * The typed errors of `@pctnxh/io`.
 *
 * A file-level problem — a file that cannot be read, a sheet that is not there, a required
 * column that is missing — is an error that names the file and what is wrong, in Vietnamese
 * and English. Problems with single rows are not errors: they are listed in the
 * {@link ImportReport.ImportReport}. No error carries a value read from a cell.
 *
 * @since 0.1.0
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { CoreError } from "@pctnxh/core"
import * as Schema from "effect/Schema"
import { ImportReport } from "./ImportReport.js"


type Lang = LabelModule.Lang

const Text = CoreError.Text

const fileLabel = (file: string, sheet: string | undefined, lang: Lang): string =>
  sheet === undefined
    ? lang === "vi"
      ? `Tệp "${file}"`
      : `File "${file}"`
    : lang === "vi"
      ? `Tệp "${file}", trang "${sheet}"`
      : `File "${file}", sheet "${sheet}"`

/**
 * A file that cannot be read: not CSV or XLSX, damaged, not UTF-8 text, an old `.xls`
 * workbook, a quote left open. `row` is the row (as the spreadsheet numbers it) where reading
 * stopped, when known. The reader's own error is kept as `cause` and never printed.
 *
 * @since 0.1.0
 */
export class UnreadableFile extends Schema.TaggedError<UnreadableFile>("@pctnxh/io/UnreadableFile")("UnreadableFile", {
  file: Schema.String,
  format: Schema.optional(Schema.String),
  row: Schema.optional(Schema.Int),
  reason: Text,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language, naming the file and row. */
  explain(lang: Lang): string {
    const where = this.row === undefined ? "" : lang === "vi" ? `, dòng ${this.row}` : `, row ${this.row}`
    return `${fileLabel(this.file, undefined, lang)}${where}: ${this.reason[lang]}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A workbook without the sheet asked for. `available` lists the sheets it has.
 *
 * @since 0.1.0
 */
export class SheetNotFound extends Schema.TaggedError<SheetNotFound>("@pctnxh/io/SheetNotFound")("SheetNotFound", {
  file: Schema.String,
  sheet: Schema.String,
  available: Schema.Array(Schema.String)
}) {
  /** The reason in one language, with the sheets there are. */
  explain(lang: Lang): string {
    const list = this.available.map((s) => `"${s}"`).join(", ")
    return lang === "vi"
      ? `Tệp "${this.file}" không có trang "${this.sheet}"; các trang có: ${list}`
      : `File "${this.file}" has no sheet "${this.sheet}"; its sheets are: ${list}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A required column the header row does not have.
 *
 * @since 0.1.0
 */
export const MissingColumn = Schema.Struct({
  field: Schema.String,
  label: Text,
  /** The headers that would have been accepted. */
  headers: Schema.Array(Schema.String)
})
/** @since 0.1.0 */
export type MissingColumn = typeof MissingColumn.Type

/**
 * A file whose header row lacks required columns. `headerRow` is the row read as the header.
 *
 * @since 0.1.0
 */
export class MissingColumns extends Schema.TaggedError<MissingColumns>("@pctnxh/io/MissingColumns")("MissingColumns", {
  file: Schema.String,
  sheet: Schema.optional(Schema.String),
  entity: Schema.String,
  headerRow: Schema.Int,
  columns: Schema.Array(MissingColumn)
}) {
  /** One line per missing column, with the headers that would do. */
  explain(lang: Lang): string {
    const head =
      lang === "vi"
        ? `${fileLabel(this.file, this.sheet, lang)}: dòng tiêu đề (dòng ${this.headerRow}) thiếu cột bắt buộc:`
        : `${fileLabel(this.file, this.sheet, lang)}: the header row (row ${this.headerRow}) lacks required columns:`
    return [
      head,
      ...this.columns.map((c) =>
        lang === "vi"
          ? `- ${c.label.vi} (trường ${c.field}); tiêu đề được chấp nhận: ${c.headers.map((h) => `"${h}"`).join(", ")}`
          : `- ${c.label.en} (field ${c.field}); accepted headers: ${c.headers.map((h) => `"${h}"`).join(", ")}`
      )
    ].join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Two columns that name the same field equally well (two columns headed "Ngày").
 *
 * @since 0.1.0
 */
export class DuplicateColumns extends Schema.TaggedError<DuplicateColumns>("@pctnxh/io/DuplicateColumns")(
  "DuplicateColumns",
  {
    file: Schema.String,
    sheet: Schema.optional(Schema.String),
    field: Schema.String,
    /** The columns, as letters with their headers: `C "Ngày"`. */
    columns: Schema.Array(Schema.String)
  }
) {
  /** The reason in one language, naming the columns. */
  explain(lang: Lang): string {
    return lang === "vi"
      ? `${fileLabel(this.file, this.sheet, lang)}: nhiều cột cùng ứng với trường ${this.field}: ${this.columns.join(", ")}; hãy đổi tên hoặc xoá bớt`
      : `${fileLabel(this.file, this.sheet, lang)}: several columns name the field ${this.field}: ${this.columns.join(", ")}; rename or remove all but one`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A file with parts of a unique identifier code (UIC) — names, a mother's name, a date of
 * birth — and no pseudonymiser to turn them into a pseudonym. Such columns are never stored,
 * so the file is refused rather than imported without its people.
 *
 * @since 0.1.0
 */
export class PseudonymiserRequired extends Schema.TaggedError<PseudonymiserRequired>("@pctnxh/io/PseudonymiserRequired")(
  "PseudonymiserRequired",
  {
    file: Schema.String,
    sheet: Schema.optional(Schema.String),
    /** The UIC columns found, as letters with their headers. */
    columns: Schema.Array(Schema.String)
  }
) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    return lang === "vi"
      ? `${fileLabel(this.file, this.sheet, lang)}: có cột thông tin nhận diện (${this.columns.join(", ")}) nhưng không có cách tạo mã giả danh; các cột này không bao giờ được lưu — hãy cấu hình bộ tạo mã giả danh hoặc xoá các cột này`
      : `${fileLabel(this.file, this.sheet, lang)}: has identifying columns (${this.columns.join(", ")}) but no pseudonymiser; such columns are never stored — configure a pseudonymiser or remove them`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A row whose UIC parts could not be made into a pseudonym: a pseudonymiser fails with this (or
 * any error with a bilingual `reason`) to have the row rejected with that reason. The reason
 * names what is missing, never a part's value.
 *
 * @since 0.1.0
 */
export class PseudonymFailed extends Schema.TaggedError<PseudonymFailed>("@pctnxh/io/PseudonymFailed")("PseudonymFailed", {
  reason: Text
}) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    return this.reason[lang]
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A user mapping that names a field or a value the kind does not have.
 *
 * @since 0.1.0
 */
export class InvalidMapping extends Schema.TaggedError<InvalidMapping>("@pctnxh/io/InvalidMapping")("InvalidMapping", {
  kind: Schema.String,
  field: Schema.String,
  reason: Text
}) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    return lang === "vi"
      ? `Ánh xạ cột cho ${this.kind}, trường "${this.field}": ${this.reason.vi}`
      : `Column mapping for ${this.kind}, field "${this.field}": ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An import that stopped part-way: the file became unreadable after its header, or the store
 * failed. The batch in progress was rolled back (or never written); `report` says which batches
 * landed before (with `atomic: "file"`, none did).
 *
 * @since 0.1.0
 */
export class ImportAborted extends Schema.TaggedError<ImportAborted>("@pctnxh/io/ImportAborted")("ImportAborted", {
  file: Schema.String,
  row: Schema.optional(Schema.Int),
  reason: Text,
  report: ImportReport,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason and what landed before it, in one language. */
  explain(lang: Lang): string {
    const where = this.row === undefined ? "" : lang === "vi" ? ` tại dòng ${this.row}` : ` at row ${this.row}`
    const landed = this.report.batches.filter((b) => b.status === "stored")
    const records = landed.reduce((n, b) => n + b.records, 0)
    const after =
      landed.length === 0
        ? lang === "vi"
          ? "Không có bản ghi nào được lưu."
          : "Nothing was stored."
        : lang === "vi"
          ? `${landed.length} lô (${records} bản ghi, đến dòng ${landed[landed.length - 1]?.lastRow}) đã được lưu trước đó; lô đang ghi đã được huỷ.`
          : `${landed.length} batches (${records} records, up to row ${landed[landed.length - 1]?.lastRow}) were stored before; the batch in progress was rolled back.`
    return lang === "vi"
      ? `Nhập tệp "${this.file}" bị dừng${where}: ${this.reason.vi}. ${after}`
      : `Import of "${this.file}" stopped${where}: ${this.reason.en}. ${after}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An export that cannot be made as asked: a DHIS2 mapping without a code for an indicator,
 * unit or disaggregation in the table, or a table with no rows.
 *
 * @since 0.1.0
 */
export class ExportError extends Schema.TaggedError<ExportError>("@pctnxh/io/ExportError")("ExportError", {
  target: Schema.String,
  reason: Text,
  /** What is missing, e.g. the indicator codes or unit ids without a mapping. */
  missing: Schema.optional(Schema.Array(Schema.String)),
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language, listing what is missing. */
  explain(lang: Lang): string {
    const list = this.missing === undefined || this.missing.length === 0 ? "" : `: ${this.missing.join(", ")}`
    return lang === "vi" ? `Xuất ${this.target}: ${this.reason.vi}${list}` : `Export to ${this.target}: ${this.reason.en}${list}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Any error a file import can fail with before it starts storing.
 *
 * @since 0.1.0
 */
export type FileError = UnreadableFile | SheetNotFound | MissingColumns | DuplicateColumns | PseudonymiserRequired
