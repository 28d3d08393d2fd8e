/**
 * Exporting a report of `@pctnxh/indicators` to the files officers and analysts use: an XLSX
 * workbook laid out as a Vietnamese report table, a CSV of one row per cell, and JSON.
 *
 * **The workbook** has three sheets (Vietnamese by default, English with `lang: "en"`):
 *
 * 1. *Báo cáo* — the table: one row per indicator, with a row per breakdown under it
 *    (`Giới tính: Nữ`), its unit (`lượt`, `người`, `đồng`, `%`); one column per period and
 *    administrative unit, the report's total last. Numbers are number cells formatted
 *    `#,##0` (one or two decimals for rates), so a Vietnamese Excel shows `2.609` and
 *    `9,2%`. A cell suppressed by disclosure control shows its mark (`x`, `<5`) on a grey fill
 *    with a note saying why; a cell without a value shows `-`; flagged cells carry a note.
 * 2. *Giải thích* — every indicator with its unit, definition and formula; the periods with
 *    their dates; the meaning of every mark; how many cells were suppressed and why; the
 *    validation rules and their failures.
 * 3. *Dữ liệu* — one row per cell with its codes, for analysts.
 *
 * **Only released reports are written.** Every export takes a `Released` report — the output of
 * the release door of `@pctnxh/privacy`, which has already dropped the figures of suppressed
 * cells, rewritten every text that would carry one, and recorded the release — and nothing
 * else: an unreleased report does not type-check, and is refused at run time.
 *
 * @example
 * ```ts
 * import { Export } from "@pctnxh/io"
 * import { NodeFile } from "@pctnxh/io/node"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const released = yield* Disclosure.release(report, Audience.province)
 *   const bytes = yield* Export.xlsx(released)
 *   yield* NodeFile.write("bao-cao-2019.xlsx", bytes)
 * })
 * ```
 * @since 0.1.0
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { Calendar, ReportTable } from "@pctnxh/core"
import { Cell as CellModule, Report } from "@pctnxh/indicators"
import type { Disclosure } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import ExcelJS from "exceljs"
import { ExportError } from "./IoError.js"
import { letter } from "./internal/columns.js"
import type { AReport, Cell } from "./internal/layout.js"
import { breakdownKey, breakdownLabel, display, isSuppressed, reasonLabel, releasedReport, suppressedText, unitLabel } from "./internal/layout.js"

type Lang = LabelModule.Lang
type Label = LabelModule.Label

/**
 * Options of the exports.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The language of headers and labels: Vietnamese by default. */
  readonly lang?: Lang | undefined
  /** A title for the table; the report's own title, else a generic one, by default. */
  readonly title?: string | undefined
}

const W = {
  report: { vi: "Báo cáo", en: "Report" },
  notes: { vi: "Giải thích", en: "Notes" },
  data: { vi: "Dữ liệu", en: "Data" },
  defaultTitle: { vi: "BÁO CÁO CHỈ SỐ", en: "INDICATOR REPORT" },
  no: { vi: "STT", en: "No." },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  unit: { vi: "Đơn vị tính", en: "Unit" },
  unknownPlace: { vi: "Không xác định địa bàn", en: "No unit at this level" },
  calendar: { vi: "Lịch báo cáo", en: "Calendar" },
  scope: { vi: "Phạm vi", en: "Scope" },
  code: { vi: "Mã", en: "Code" },
  definition: { vi: "Định nghĩa", en: "Definition" },
  formula: { vi: "Cách tính", en: "Formula" },
  periods: { vi: "Kỳ báo cáo", en: "Periods" },
  period: { vi: "Kỳ", en: "Period" },
  periodName: { vi: "Tên kỳ", en: "Name" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  marks: { vi: "Ký hiệu", en: "Marks" },
  meaning: { vi: "Ý nghĩa", en: "Meaning" },
  noValue: {
    vi: "Không có số liệu, hoặc không tính được (mẫu số bằng 0 hoặc không có)",
    en: "No value, or it cannot be computed (the denominator is zero or missing)"
  },
  suppressed: {
    vi: "Ô bị ẩn để bảo vệ danh tính người được hỗ trợ (kiểm soát công bố); không suy ra được từ các ô khác",
    en: "Suppressed to protect the identity of the people served (disclosure control); it cannot be worked out from other cells"
  },
  notedMark: { vi: "Ô có tam giác đỏ ở góc", en: "Cell with a red corner" },
  noted: { vi: "Ô có ghi chú: cảnh báo về số liệu hoặc lý do ẩn (di chuột vào ô để xem)", en: "The cell has a note: a warning about the figure or why it is hidden (hover to read it)" },
  disclosure: { vi: "Kiểm soát công bố", en: "Disclosure control" },
  reason: { vi: "Lý do", en: "Reason" },
  cells: { vi: "Số ô", en: "Cells" },
  noneSuppressed: { vi: "Không có ô nào bị ẩn.", en: "No cell is suppressed." },
  validation: { vi: "Kiểm tra tính nhất quán", en: "Consistency checks" },
  rule: { vi: "Quy tắc", en: "Rule" },
  severity: { vi: "Mức độ", en: "Severity" },
  checked: { vi: "Số phép kiểm tra", en: "Checked" },
  failures: { vi: "Số lỗi", en: "Failures" },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  ok: { vi: "Đạt", en: "Passed" }
} as const satisfies Record<string, Label>

// ---------------------------------------------------------------------------------------------
// The table layout
// ---------------------------------------------------------------------------------------------

interface Column {
  readonly period: AReport["periods"][number]
  /** The unit's id; `undefined` for the total column. */
  readonly adminUnit: string | null | undefined
  readonly name: string
}

interface Row {
  readonly indicator: AReport["indicators"][number]
  readonly breakdown: Readonly<Record<string, string | null>>
  /** The breakdown's key: `""` for the total. */
  readonly key: string
}

const shortPeriod = (name: string): string => name.replace(/\s*\(.*\)\s*$/, "")

const columnsOf = (report: AReport, lang: Lang): ReadonlyArray<Column> => {
  const out: Array<Column> = []
  for (const period of report.periods) {
    for (const u of report.adminUnits) out.push({ period, adminUnit: u.id, name: u.id === null ? W.unknownPlace[lang] : u.name[lang] })
    out.push({ period, adminUnit: undefined, name: report.scope.name[lang] })
  }
  return out
}

const rowsOf = (report: AReport, cells: ReadonlyArray<Cell>): ReadonlyArray<Row> => {
  const byIndicator = new Map<string, Map<string, Readonly<Record<string, string | null>>>>()
  for (const c of cells) {
    const m = byIndicator.get(c.indicator) ?? new Map()
    m.set(breakdownKey(c.disaggregation), c.disaggregation)
    byIndicator.set(c.indicator, m)
  }
  const order = (attribute: string, value: string | null): number => {
    if (value === null) return Number.MAX_SAFE_INTEGER
    const members = Object.keys(report.labels[attribute] ?? {})
    const i = members.indexOf(value)
    return i < 0 ? members.length : i
  }
  const compare = (a: Readonly<Record<string, string | null>>, b: Readonly<Record<string, string | null>>): number => {
    const ka = Object.keys(a).sort()
    const kb = Object.keys(b).sort()
    if (ka.length !== kb.length) return ka.length - kb.length
    const ja = ka.join(",")
    const jb = kb.join(",")
    if (ja !== jb) return ja < jb ? -1 : 1
    for (const k of ka) {
      const d = order(k, a[k] ?? null) - order(k, b[k] ?? null)
      if (d !== 0) return d
      const va = a[k] ?? ""
      const vb = b[k] ?? ""
      if (va !== vb) return va < vb ? -1 : 1
    }
    return 0
  }
  const rows: Array<Row> = []
  for (const indicator of report.indicators) {
    const breakdowns = [...(byIndicator.get(indicator.code)?.values() ?? [])].sort(compare)
    if (breakdowns.length === 0) breakdowns.push({})
    for (const breakdown of breakdowns) rows.push({ indicator, breakdown, key: breakdownKey(breakdown) })
  }
  return rows
}

const numberFormat = (unit: Cell["unit"], decimals: number): string => {
  const d = decimals > 0 ? `.${"0".repeat(decimals)}` : ""
  return unit === "percent" ? `#,##0${d}"%"` : `#,##0${d}`
}

const titleOf = (report: AReport, options: Options, lang: Lang): string =>
  options.title ?? report.spec.title?.[lang] ?? W.defaultTitle[lang]

// ---------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------

const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } } as const
const HEAD = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const
const THIN = { style: "thin", color: { argb: "FF999999" } } as const
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN } as const

const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31)

const flagNote = (cell: Cell, lang: Lang, flags: (flag: string) => string): string | undefined => {
  const parts: Array<string> = []
  if (isSuppressed(cell)) parts.push(`${W.suppressed[lang]}. ${reasonLabel(cell.disclosure?.reason ?? "", lang)}`)
  else if (cell.disclosure?.status === "perturbed") parts.push(reasonLabel(cell.disclosure.reason ?? "cell-key", lang))
  for (const f of cell.flags) parts.push(flags(f))
  return parts.length === 0 ? undefined : parts.join("\n")
}

const reportSheet = (workbook: ExcelJS.Workbook, report: AReport, cells: ReadonlyArray<Cell>, options: Options, lang: Lang) => {
  const columns = columnsOf(report, lang)
  const rows = rowsOf(report, cells)
  const FIRST = 4 // data columns start at D
  const HEADER = 4 // header rows 4 and 5
  const ws = workbook.addWorksheet(sheetName(W.report[lang]), {
    views: [{ state: "frozen", xSplit: FIRST - 1, ySplit: HEADER + 1 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  })
  const last = FIRST + columns.length - 1
  ws.getCell(1, 1).value = titleOf(report, options, lang)
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  ws.mergeCells(1, 1, 1, Math.max(last, 3))
  ws.getCell(1, 1).alignment = { horizontal: "center" }
  const calendar = Calendar.Calendar.label(report.calendar)[lang]
  ws.getCell(2, 1).value = `${W.calendar[lang]}: ${calendar}. ${W.scope[lang]}: ${report.scope.name[lang]}.`
  ws.mergeCells(2, 1, 2, Math.max(last, 3))
  ws.getCell(2, 1).alignment = { horizontal: "center" }
  ws.getCell(2, 1).font = { italic: true }

  const head = (r: number, c: number, text: string) => {
    const cell = ws.getCell(r, c)
    cell.value = text
    cell.font = { bold: true }
    cell.fill = HEAD
    cell.border = BOX
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true }
  }
  for (const [i, text] of [W.no[lang], W.indicator[lang], W.unit[lang]].entries()) {
    head(HEADER, i + 1, text)
    head(HEADER + 1, i + 1, text)
    ws.mergeCells(HEADER, i + 1, HEADER + 1, i + 1)
  }
  const perPeriod = report.adminUnits.length + 1
  report.periods.forEach((p, i) => {
    const from = FIRST + i * perPeriod
    for (let c = from; c < from + perPeriod; c++) head(HEADER, c, shortPeriod(p.name[lang]))
    if (perPeriod > 1) ws.mergeCells(HEADER, from, HEADER, from + perPeriod - 1)
  })
  columns.forEach((col, i) => head(HEADER + 1, FIRST + i, col.name))

  const flags = (f: string) => flagLabel(f, lang)
  let r = HEADER + 2
  let number = 0
  for (const row of rows) {
    const total = row.key === ""
    if (total) number++
    const no = ws.getCell(r, 1)
    no.value = total ? number : null
    no.alignment = { horizontal: "center", vertical: "top" }
    const name = ws.getCell(r, 2)
    name.value = total ? row.indicator.name[lang] : `   ${breakdownLabel(report, row.breakdown, lang)}`
    name.font = total ? { bold: true } : { italic: true }
    name.alignment = { wrapText: true, vertical: "top" }
    ws.getCell(r, 3).value = unitLabel(row.indicator.unit, lang)
    ws.getCell(r, 3).alignment = { horizontal: "center", vertical: "top" }
    for (let c = 1; c <= 3; c++) ws.getCell(r, c).border = BOX
    columns.forEach((col, i) => {
      const cell = ws.getCell(r, FIRST + i)
      cell.border = BOX
      const found = ReportTable.get(report, { indicator: row.indicator.code, period: col.period.id, adminUnit: col.adminUnit, disaggregation: row.breakdown })
      if (found === undefined || (found.value === null && !isSuppressed(found))) {
        cell.value = "-"
        cell.alignment = { horizontal: "center" }
      } else if (isSuppressed(found)) {
        cell.value = suppressedText(found)
        cell.fill = GREY
        cell.alignment = { horizontal: "center" }
      } else {
        cell.value = found.value
        cell.numFmt = numberFormat(found.unit, row.indicator.decimals)
      }
      const note = found === undefined ? undefined : flagNote(found, lang, flags)
      if (note !== undefined) cell.note = note
    })
    r++
  }
  ws.getColumn(1).width = 6
  ws.getColumn(2).width = 48
  ws.getColumn(3).width = 14
  for (let c = FIRST; c <= last; c++) ws.getColumn(c).width = 16
}

const flagLabel = (flag: string, lang: Lang): string => (CellModule.Flag.is(flag) ? CellModule.Flag.label(flag)[lang] : flag)

const notesSheet = (workbook: ExcelJS.Workbook, report: AReport, cells: ReadonlyArray<Cell>, options: Options, lang: Lang) => {
  const ws = workbook.addWorksheet(sheetName(W.notes[lang]))
  let r = 1
  const line = (values: ReadonlyArray<string | number>, style?: "title" | "head") => {
    values.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1)
      cell.value = v
      cell.alignment = { wrapText: true, vertical: "top" }
      if (style === "title") cell.font = { bold: true, size: 12 }
      if (style === "head") {
        cell.font = { bold: true }
        cell.fill = HEAD
        cell.border = BOX
      }
    })
    r++
  }
  line([titleOf(report, options, lang)], "title")
  line([`${W.calendar[lang]}: ${Calendar.Calendar.label(report.calendar)[lang]}`])
  line([`${W.scope[lang]}: ${report.scope.name[lang]}`])
  r++
  line([W.indicator[lang]], "title")
  line([W.code[lang], W.indicator[lang], W.unit[lang], W.definition[lang], W.formula[lang]], "head")
  for (const i of report.indicators) line([i.code, i.name[lang], unitLabel(i.unit, lang), i.definition[lang], i.formula[lang]])
  r++
  line([W.periods[lang]], "title")
  line([W.period[lang], W.periodName[lang], W.from[lang], W.to[lang]], "head")
  for (const p of report.periods) line([p.id, p.name[lang], p.start, p.end])
  r++
  line([W.marks[lang]], "title")
  line([W.marks[lang], W.meaning[lang]], "head")
  const marks = [...new Set(cells.filter(isSuppressed).map(suppressedText))]
  for (const m of marks.length === 0 ? ["x"] : marks) line([m, W.suppressed[lang]])
  line(["-", W.noValue[lang]])
  line([W.notedMark[lang], W.noted[lang]])
  r++
  line([W.disclosure[lang]], "title")
  const reasons = new Map<string, number>()
  for (const c of cells) {
    if (c.disclosure !== undefined && c.disclosure.status !== "published") {
      const k = c.disclosure.reason ?? c.disclosure.status
      reasons.set(k, (reasons.get(k) ?? 0) + 1)
    }
  }
  if (reasons.size === 0) line([W.noneSuppressed[lang]])
  else {
    line([W.reason[lang], W.cells[lang]], "head")
    for (const [k, n] of reasons) line([reasonLabel(k, lang), n])
  }
  r++
  line([W.validation[lang]], "title")
  const validation = report.validation
  if (validation.length > 0) {
    line([W.rule[lang], W.severity[lang], W.checked[lang], W.failures[lang]], "head")
    for (const v of validation) {
      line([v.name[lang], v.failures.length === 0 ? W.ok[lang] : W[v.severity][lang], v.checked, v.failures.length])
      for (const f of v.failures.slice(0, 50)) line(["", `${f.period}: ${f.explanation[lang]}`])
    }
  }
  ws.getColumn(1).width = 28
  ws.getColumn(2).width = 48
  ws.getColumn(3).width = 14
  ws.getColumn(4).width = 60
  ws.getColumn(5).width = 60
}

const dataHeaders = (lang: Lang): ReadonlyArray<string> =>
  lang === "vi"
    ? ["Mã chỉ tiêu", "Chỉ tiêu", "Kỳ", "Mã đơn vị", "Đơn vị", "Phân tổ", "Tên phân tổ", "Giá trị", "Tử số", "Mẫu số", "Đơn vị tính", "Nguồn số liệu", "Cảnh báo", "Công bố", "Hiển thị"]
    : ["Indicator code", "Indicator", "Period", "Unit code", "Unit", "Breakdown", "Breakdown name", "Value", "Numerator", "Denominator", "Unit of measure", "Source", "Flags", "Disclosure", "Shown as"]

const STATUS: Readonly<Record<string, Label>> = {
  published: { vi: "Công bố", en: "Published" },
  suppressed: { vi: "Bị ẩn", en: "Suppressed" },
  perturbed: { vi: "Làm nhiễu nhẹ", en: "Perturbed" }
}

const dataRows = (report: AReport, cells: ReadonlyArray<Cell>, lang: Lang): Array<Array<string | number | null>> => {
  const names = new Map(report.indicators.map((i) => [i.code, i]))
  const units = new Map(report.adminUnits.map((u) => [u.id, u.name[lang]]))
  return cells.map((c) => {
    const info = names.get(c.indicator)
    const status = c.disclosure?.status ?? "published"
    return [
      c.indicator,
      info?.name[lang] ?? c.indicator,
      c.period,
      c.adminUnit === undefined ? "" : (c.adminUnit ?? ""),
      c.adminUnit === undefined ? report.scope.name[lang] : c.adminUnit === null ? W.unknownPlace[lang] : (units.get(c.adminUnit) ?? c.adminUnit),
      breakdownKey(c.disaggregation),
      breakdownLabel(report, c.disaggregation, lang),
      c.value,
      c.numerator,
      c.denominator,
      unitLabel(c.unit, lang),
      c.source,
      c.flags.join(";"),
      STATUS[status]?.[lang] ?? status,
      display(c, info?.decimals ?? 0, lang)
    ]
  })
}

const dataSheet = (workbook: ExcelJS.Workbook, report: AReport, cells: ReadonlyArray<Cell>, lang: Lang) => {
  const ws = workbook.addWorksheet(sheetName(W.data[lang]), { views: [{ state: "frozen", ySplit: 1 }] })
  ws.addRow([...dataHeaders(lang)])
  ws.getRow(1).font = { bold: true }
  for (const row of dataRows(report, cells, lang)) ws.addRow(row)
  ws.autoFilter = { from: "A1", to: `${letter(dataHeaders(lang).length - 1)}1` }
  dataHeaders(lang).forEach((_, i) => (ws.getColumn(i + 1).width = i === 1 || i === 6 ? 36 : 14))
}

/**
 * A released report as an XLSX workbook (see the module for its layout). Only a report that
 * went through the release door (`Disclosure.release` of `@pctnxh/privacy`) is accepted.
 *
 * @since 0.1.0
 */
export const xlsx = (released: Disclosure.Released<Report.Report>, options: Options = {}): Effect.Effect<Uint8Array, ExportError> =>
  Effect.tryPromise({
    try: async () => {
      const lang = options.lang ?? "vi"
      const report = releasedReport(released)
      const cells = report.cells
      const workbook = new ExcelJS.Workbook()
      workbook.creator = "@pctnxh/io"
      reportSheet(workbook, report, cells, options, lang)
      notesSheet(workbook, report, cells, options, lang)
      dataSheet(workbook, report, cells, lang)
      const buffer = await workbook.xlsx.writeBuffer()
      return new Uint8Array(buffer as ArrayBuffer)
    },
    catch: (cause) =>
      new ExportError({ target: "XLSX", reason: { vi: "không tạo được sổ tính", en: "the workbook could not be made" }, cause })
  })

/**
 * Options of {@link csv}.
 *
 * @since 0.1.0
 */
export interface CsvOptions extends Options {
  /** `,` by default; `;` by default when `numbers` is `vi`. */
  readonly delimiter?: "," | ";" | "\t" | undefined
  /** Start with a byte-order mark, so that Excel reads the text as UTF-8 (true by default). */
  readonly bom?: boolean | undefined
  /**
   * `plain` (default): `9.2`, `135800000` — for programs. `vi`: `9,2`, `135800000` — for a
   * Vietnamese Excel, which reads `9.2` as ninety-two.
   */
  readonly numbers?: "plain" | "vi" | undefined
}

/** A CSV field, quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
const csvField = (value: string, delimiter: string): string =>
  value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/**
 * A released report as CSV: a header row, then one row per cell with its indicator, period,
 * unit, breakdown (codes and names), value, numerator, denominator, unit of measure, source,
 * flags, disclosure status and what it is shown as. Suppressed cells have empty numbers. Only a
 * report that went through the release door is accepted.
 *
 * @since 0.1.0
 */
export const csv = (released: Disclosure.Released<Report.Report>, options: CsvOptions = {}): string => {
  const lang = options.lang ?? "vi"
  const vi = options.numbers === "vi"
  const delimiter = options.delimiter ?? (vi ? ";" : ",")
  const report = releasedReport(released)
  const cells = report.cells
  const rows = dataRows(report, cells, lang).map((row) =>
    row.map((v) => (v === null ? "" : typeof v === "number" ? (vi ? String(v).replace(".", ",") : String(v)) : v))
  )
  const text = [[...dataHeaders(lang)], ...rows].map((row) => row.map((v) => csvField(v, delimiter)).join(delimiter)).join("\r\n") + "\r\n"
  return options.bom === false ? text : `\uFEFF${text}`
}

/**
 * A released report as JSON: the report's own encoding (`Report.encode`) as the release door
 * left it, with `release` (its id, audience and instant) and `audit` (the audit chain's head
 * after the release, to publish with it), indented by `space` (2 by default). Decoding it gives
 * back a report, never a released one: to export it again it goes through the door again.
 *
 * @since 0.1.0
 */
export const json = (released: Disclosure.Released<Report.Report>, options: { readonly space?: number } = {}): string => {
  const report = releasedReport(released)
  return JSON.stringify({ ...Report.encode(report), release: released.release, audit: released.audit }, null, options.space ?? 2)
}
