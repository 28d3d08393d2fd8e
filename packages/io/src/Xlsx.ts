/**
 * Reading XLSX workbooks row by row with exceljs's streaming `WorkbookReader`: the workbook is
 * unzipped as it arrives and the chosen sheet's rows come out as an Effect `Stream`, so memory
 * does not grow with the number of rows. (The workbook's table of shared strings is held in
 * memory, as the format requires; where a workbook stores it after its sheets, exceljs parks the
 * sheets in temporary files first.)
 *
 * Typed cells are handed on typed: numbers as numbers, date cells as `Date`, formulas as their
 * cached result, rich text as its text, error cells as {@link Cell.SheetError}. Row numbers are
 * the sheet's own. Old `.xls` (Excel 97–2003) workbooks are refused with a hint to save them as
 * `.xlsx`.
 *
 * @since 0.1.0
 */
import ExcelJS from "exceljs"
import * as Stream from "effect/Stream"
import { Readable } from "stream"
import type * as Cell from "./Cell.js"
import type { Bytes, Row } from "./Csv.js"
import { SheetNotFound, UnreadableFile } from "./IoError.js"
import { chunks } from "./internal/bytes.js"
import { fold } from "./internal/fold.js"
import { grouped } from "./internal/groups.js"

/**
 * Options of {@link rows}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The file's name, for errors. */
  readonly file: string
  /** The sheet: its name, or its position among the tabs from 1. The first tab by default. */
  readonly sheet?: string | number | undefined
}

/**
 * The rows of a sheet, with the sheet's name.
 *
 * @since 0.1.0
 */
export interface SheetRows {
  /** The name of the sheet read (known once its first row has been read). */
  readonly sheet: () => string | undefined
  readonly rows: Stream.Stream<Row, UnreadableFile | SheetNotFound>
}

/**
 * The value of an exceljs cell as a {@link Cell.Value}.
 *
 * @since 0.1.0
 */
export const cellValue = (v: unknown): Cell.Value => {
  if (v === null || v === undefined) return null
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v
  if (v instanceof Date) return v
  if (typeof v === "object") {
    const o = v as Record<string, unknown>
    if ("error" in o) return { _tag: "SheetError", code: String(o.error) }
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: unknown }>).map((r) => String(r.text ?? "")).join("")
    if ("formula" in o || "sharedFormula" in o) return "result" in o ? cellValue(o.result) : null
    if ("text" in o) return cellValue(o.text)
    if ("hyperlink" in o) return String(o.hyperlink)
  }
  return null
}

interface SheetModel {
  readonly name: string
}

const NOT_XLSX = {
  vi: "không phải là sổ tính XLSX hoặc đã bị hỏng",
  en: "is not an XLSX workbook, or it is damaged"
}

const pick = (
  wanted: string | number | undefined,
  name: string | undefined,
  position: number
): boolean => {
  if (wanted === undefined) return position === 0
  if (typeof wanted === "number") return position === wanted - 1
  return name !== undefined && (name === wanted || fold(name) === fold(wanted))
}

/**
 * The rows of one sheet of an XLSX workbook, streamed.
 *
 * @example
 * ```ts
 * import { Xlsx } from "@pctnxh/io"
 * import { Stream } from "effect"
 * import { createReadStream } from "node:fs"
 *
 * const { rows } = Xlsx.rows(createReadStream("kiem-tra-2019.xlsx"), { file: "kiem-tra-2019.xlsx", sheet: "Lượt kiểm tra" })
 * Stream.runForEach(rows, (row) => …)
 * ```
 * @since 0.1.0
 */
export const rows = (bytes: Bytes, options: Options): SheetRows => {
  let sheetName: string | undefined
  async function* read(): AsyncGenerator<Row> {
    const input = Readable.from(chunks(bytes), { objectMode: false })
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore"
    })
    const names: Array<string> = []
    let found = false
    try {
      let emitted = 0
      for await (const worksheet of reader) {
        const name = (worksheet as unknown as { name?: string }).name
        const sheets = ((reader as unknown as { model?: { sheets?: Array<SheetModel> } }).model?.sheets ?? []) as Array<SheetModel>
        const tab = name === undefined ? -1 : sheets.findIndex((s) => s.name === name)
        const position = tab >= 0 ? tab : emitted
        emitted++
        if (name !== undefined) names.push(name)
        if (!pick(options.sheet, name, position)) {
          // a sheet passed over is still read to its end: exceljs may have spooled it to a
          // temporary file, which it deletes as soon as it moves on, while an unread sheet would
          // only then try to open it
          for await (const _ of worksheet) void _
          continue
        }
        found = true
        sheetName = name
        for await (const row of worksheet) {
          const values = row.values as ReadonlyArray<unknown>
          const cells: Array<Cell.Value> = []
          for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]))
          yield { number: row.number, cells }
        }
        break
      }
    } catch (error) {
      if (error instanceof UnreadableFile) throw error
      throw new UnreadableFile({ file: options.file, format: "xlsx", reason: NOT_XLSX, cause: error })
    } finally {
      input.destroy()
    }
    if (!found) {
      throw new SheetNotFound({
        file: options.file,
        sheet: options.sheet === undefined ? "1" : String(options.sheet),
        available: names
      })
    }
  }
  return {
    sheet: () => sheetName,
    rows: Stream.fromAsyncIterable(grouped(read, 256), (error) =>
      error instanceof UnreadableFile || error instanceof SheetNotFound
        ? error
        : new UnreadableFile({ file: options.file, format: "xlsx", reason: NOT_XLSX, cause: error })
    ).pipe(Stream.mapConcat((rows) => rows))
  }
}
