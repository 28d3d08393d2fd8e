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
 * What is wrong with a file that cannot be read, as a code a program can act on (the `reason`
 * says it in words):
 *
 * - `empty`: the file has no bytes;
 * - `noRows`: it has bytes but no rows (a sheet or text with nothing in it);
 * - `truncated`: it ends part-way, as a download or copy cut off;
 * - `damaged`: its content is broken (a workbook part that is not XML, a checksum that does not match);
 * - `notXlsx`: it is named or sniffed as a workbook but is not a ZIP archive;
 * - `notWorkbook`: a ZIP archive that is not an Excel workbook;
 * - `oldXls`: an Excel 97–2003 workbook;
 * - `encrypted`: a workbook protected by a password;
 * - `webPage`: an HTML page or an XML spreadsheet saved with an Excel name;
 * - `unsupported`: a workbook stored in a way this reader does not know;
 * - `notTable`: the sheet asked for is a chart, not cells;
 * - `notUtf8`: a CSV file in another encoding (Windows-1258, UTF-16 without a byte-order mark…);
 * - `quote`: a CSV quote opened and never closed, or misplaced;
 * - `tooLong`: a cell or line longer than any real one (1,000,000 characters);
 * - `unreadable`: the bytes could not be read at all (the source failed).
 *
 * @since 0.1.0
 */
export const UnreadableProblem = Schema.Literal(
  "empty",
  "noRows",
  "truncated",
  "damaged",
  "notXlsx",
  "notWorkbook",
  "oldXls",
  "encrypted",
  "webPage",
  "unsupported",
  "notTable",
  "notUtf8",
  "quote",
  "tooLong",
  "unreadable"
)
/** @since 0.1.0 */
export type UnreadableProblem = typeof UnreadableProblem.Type

/**
 * A file that cannot be read: not CSV or XLSX, damaged, cut off, not UTF-8 text, an old `.xls`
 * workbook, a quote left open. `problem` says which (see {@link UnreadableProblem}); `row` is
 * the row (as the spreadsheet numbers it) where reading stopped and `sheet` the sheet, when
 * known. The reader's own error is kept as `cause` and never printed.
 *
 * @since 0.1.0
 */
export class UnreadableFile extends Schema.TaggedError<UnreadableFile>("@pctnxh/io/UnreadableFile")("UnreadableFile", {
  file: Schema.String,
  format: Schema.optional(Schema.String),
  sheet: Schema.optional(Schema.String),
  row: Schema.optional(Schema.Int),
  problem: Schema.optional(UnreadableProblem),
  reason: Text,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language, naming the file, sheet and row. */
  explain(lang: Lang): string {
    const where = this.row === undefined ? "" : lang === "vi" ? `, dòng ${this.row}` : `, row ${this.row}`
    return `${fileLabel(this.file, this.sheet, lang)}${where}: ${this.reason[lang]}`
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
  reason: Text,
  /** The mapping file, when the mapping was read from one. */
  file: Schema.optional(Schema.String)
}) {
  /** The reason in one language. */
  explain(lang: Lang): string {
    const file = this.file === undefined ? "" : lang === "vi" ? `Tệp "${this.file}": ` : `File "${this.file}": `
    const field = this.field === "" ? "" : lang === "vi" ? `, trường "${this.field}"` : `, field "${this.field}"`
    return lang === "vi"
      ? `${file}Ánh xạ cột cho ${this.kind}${field}: ${this.reason.vi}`
      : `${file}Column mapping for ${this.kind}${field}: ${this.reason.en}`
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
  /** The record's field the store blamed, when it named one. */
  field: Schema.optional(Schema.String),
  reason: Text,
  report: ImportReport,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason and what landed before it, in one language. */
  explain(lang: Lang): string {
    const field = this.field === undefined ? "" : lang === "vi" ? `, trường "${this.field}"` : `, field "${this.field}"`
    const where = this.row === undefined ? "" : lang === "vi" ? ` tại dòng ${this.row}${field}` : ` at row ${this.row}${field}`
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

/**
 * A DHIS2 mapping that cannot be used as it is: ids of one kind written partly as UIDs and
 * partly as codes, a period it declares that DHIS2 has no such id for, a category name that
 * ADX cannot carry. `field` names the part of the mapping (`dataElements`, `periods.ids.2019`),
 * `examples` a few of the ids concerned (metadata ids, never data).
 *
 * @since 0.1.0
 */
export class Dhis2MappingError extends Schema.TaggedError<Dhis2MappingError>("@pctnxh/io/Dhis2MappingError")("Dhis2MappingError", {
  field: Schema.String,
  reason: Text,
  examples: Schema.optional(Schema.Array(Schema.String))
}) {
  /** The reason in one language, naming the part of the mapping. */
  explain(lang: Lang): string {
    const list = this.examples === undefined || this.examples.length === 0 ? "" : ` (${this.examples.join(", ")})`
    return lang === "vi"
      ? `Ánh xạ DHIS2, mục "${this.field}": ${this.reason.vi}${list}`
      : `DHIS2 mapping, "${this.field}": ${this.reason.en}${list}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * One period of a report that DHIS2 would file under other dates: the report's period and
 * its dates, and the DHIS2 period of the same name with its dates.
 *
 * @since 0.1.0
 */
export const MisfiledPeriod = Schema.Struct({
  period: Schema.String,
  start: Schema.String,
  end: Schema.String,
  dhis2: Schema.String,
  dhis2Start: Schema.String,
  dhis2End: Schema.String
})
/** @since 0.1.0 */
export type MisfiledPeriod = typeof MisfiledPeriod.Type

const day = (iso: string, lang: Lang): string => {
  const [y, m, d] = iso.split("-")
  return lang === "vi" ? `${Number(d)}/${Number(m)}/${y}` : iso
}

/**
 * A report whose periods DHIS2 would file under other dates — a report under the
 * administrative reporting calendar of Decree 09/2019, whose year runs from 15 December and
 * whose quarters start on the 15th, while every DHIS2 period starts on the first of a month.
 * Nothing is written. The explanation names the two calendars and the ways out: report under
 * the plain calendar, or declare in the mapping how the DHIS2 instance files these periods.
 *
 * @since 0.1.0
 */
export class Dhis2CalendarMismatch extends Schema.TaggedError<Dhis2CalendarMismatch>("@pctnxh/io/Dhis2CalendarMismatch")(
  "Dhis2CalendarMismatch",
  {
    target: Schema.String,
    calendar: Schema.String,
    periods: Schema.Array(MisfiledPeriod)
  }
) {
  /** The two calendars, the periods concerned and the options, in one language. */
  explain(lang: Lang): string {
    const shown = this.periods.slice(0, 4)
    if (lang === "vi") {
      const list = shown
        .map((p) => `kỳ ${p.period} của báo cáo là ${day(p.start, lang)}–${day(p.end, lang)}, còn kỳ ${p.dhis2} của DHIS2 là ${day(p.dhis2Start, lang)}–${day(p.dhis2End, lang)}`)
        .join("; ")
      return [
        `Xuất ${this.target}: không ghi tệp, vì DHIS2 sẽ xếp số liệu vào kỳ khác với kỳ của báo cáo.`,
        `Báo cáo theo kỳ báo cáo hành chính (Nghị định 09/2019: năm từ 15/12 năm trước đến 14/12, quý từ ngày 15 tháng trước quý đến ngày 14 tháng cuối quý); mọi kỳ của DHIS2 bắt đầu từ ngày 1 của tháng (lịch thường): ${list}${this.periods.length > shown.length ? "; …" : ""}.`,
        `Cách xử lý: (1) lập báo cáo theo lịch thường (--calendar plain) rồi xuất; hoặc (2) nếu hệ thống DHIS2 nhận báo cáo theo kỳ hành chính dưới mã kỳ cùng tên, khai báo trong tệp ánh xạ "periods": { "administrative": "sameId" }; hoặc (3) khai báo mã kỳ DHIS2 cho từng kỳ trong "periods": { "ids": { "2019": "2019" } }.`
      ].join(" ")
    }
    const list = shown
      .map((p) => `the report's ${p.period} is ${p.start} to ${p.end}, DHIS2's ${p.dhis2} is ${p.dhis2Start} to ${p.dhis2End}`)
      .join("; ")
    return [
      `Export to ${this.target}: nothing written, because DHIS2 would file the values under other dates than the report's.`,
      `The report is under the administrative reporting calendar (Decree 09/2019: a year from 15 December to 14 December, a quarter from the 15th of the month before it to the 14th of its last month); every DHIS2 period starts on the first of a month (the plain calendar): ${list}${this.periods.length > shown.length ? "; …" : ""}.`,
      `Options: (1) compute the report under the plain calendar (--calendar plain) and export that; or (2) if the DHIS2 instance takes administrative-calendar reports under the period of the same name, declare it in the mapping: "periods": { "administrative": "sameId" }; or (3) declare the DHIS2 period of each period: "periods": { "ids": { "2019": "2019" } }.`
    ].join(" ")
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A value that breaks the value type of its DHIS2 data element, named by its cell.
 *
 * @since 0.1.0
 */
export const InvalidValue = Schema.Struct({
  indicator: Schema.String,
  period: Schema.String,
  /** The unit id, or `*` for the report's total. */
  unit: Schema.String,
  /** The breakdown key (`sex=female`), empty for the total. */
  breakdown: Schema.String,
  dataElement: Schema.String,
  valueType: Schema.String,
  reason: Text
})
/** @since 0.1.0 */
export type InvalidValue = typeof InvalidValue.Type

/**
 * Values that DHIS2 would refuse for the value type of their data element (a percentage above
 * 100, a negative count, a fraction for an integer type, a number above DHIS2's integer
 * range). Each is named by its cell and the rule it breaks, never by the value.
 *
 * @since 0.1.0
 */
export class Dhis2InvalidValues extends Schema.TaggedError<Dhis2InvalidValues>("@pctnxh/io/Dhis2InvalidValues")("Dhis2InvalidValues", {
  target: Schema.String,
  values: Schema.Array(InvalidValue)
}) {
  /** One line per value (at most 20), in one language. */
  explain(lang: Lang): string {
    const lines = this.values.slice(0, 20).map((v) => {
      const where = `${v.indicator} ${v.period} ${v.unit}${v.breakdown === "" ? "" : ` ${v.breakdown}`}`
      return lang === "vi"
        ? `- ${where} → ${v.dataElement} (${v.valueType}): ${v.reason.vi}`
        : `- ${where} → ${v.dataElement} (${v.valueType}): ${v.reason.en}`
    })
    const more = this.values.length > 20 ? [lang === "vi" ? `… và ${this.values.length - 20} giá trị khác` : `… and ${this.values.length - 20} more`] : []
    const head =
      lang === "vi"
        ? `Xuất ${this.target}: ${this.values.length} giá trị trái với kiểu giá trị của phần tử dữ liệu DHIS2, nên DHIS2 sẽ từ chối; không ghi tệp (hoặc dùng invalidValues: "skip" để bỏ qua chúng):`
        : `Export to ${this.target}: ${this.values.length} values break the value type of their DHIS2 data element and DHIS2 would refuse them; nothing written (or use invalidValues: "skip" to leave them out):`
    return [head, ...lines, ...more].join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}
