/**
 * Reading XLSX workbooks row by row as their bytes arrive: the archive is unzipped entry by entry
 * (fflate), each part's XML is decoded as a whole stream of text — a Vietnamese letter whose
 * bytes are split between two chunks is read whole — and parsed (saxes), and the chosen sheet's
 * rows come out as an Effect `Stream`. Nothing here needs Node: it runs the same in a browser.
 *
 * **Cells** are handed on typed: text (shared strings with their rich-text runs joined and
 * phonetic guides left out, inline strings, formula text), numbers, booleans, dates — number
 * cells whose format shows a date, in the workbook's 1900 or 1904 date system — formulas as their
 * cached result, and error cells as {@link SheetValue.SheetError}. Row numbers are the sheet's own;
 * empty columns within a row are `null`. Text is kept as written, spaces included.
 *
 * **Memory.** Rows are not held: the sheet's XML is read as it is inflated. What is held is the
 * table of shared strings (the format requires it) and, when the workbook stores its shared
 * strings or styles *after* the sheet (Excel and most writers do), the sheet's compressed bytes
 * until those parts have been read — about a seventh of the sheet's XML, never a temporary file.
 * Parts whose role is not known yet when they arrive (a writer that puts the workbook part last)
 * are held compressed in the same way. Once the sheet has been read, the rest of the file is not.
 *
 * **Bad files** fail with an {@link IoError.UnreadableFile} whose `problem` says what is wrong —
 * `truncated` (a download cut off), `damaged`, `notXlsx`, `notWorkbook`, `encrypted`,
 * `unsupported`, `tooLong` (a cell over 1,000,000 characters) — and never hang: input that ends
 * early is an error at once. Old `.xls` (Excel 97–2003) workbooks are refused by
 * {@link Source.open} with a hint to save them as `.xlsx`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type * as SheetValue from "./SheetValue.js"
import type { Bytes, Row } from "./Csv.js"
import { SheetNotFound, UnreadableFile } from "./IoError.js"
import { chunks } from "./internal/bytes.js"
import { fold } from "./internal/fold.js"
import { unreadable } from "./internal/unreadable.js"
import * as Part from "./internal/workbook.js"
import * as Xml from "./internal/xml.js"
import * as Zip from "./internal/zip.js"

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
  /** The name of the sheet read (known once the workbook's list of sheets has been read). */
  readonly sheet: () => string | undefined
  readonly rows: Stream.Stream<Row, UnreadableFile | SheetNotFound>
}

/**
 * A sheet of a workbook, as {@link sheets} lists it.
 *
 * @since 0.1.0
 */
export interface Sheet {
  readonly name: string
  /** Its position among the tabs, from 1. */
  readonly position: number
  readonly hidden: boolean
  /** `worksheet` for cells; `chartsheet` and others have no rows. */
  readonly kind: string
}

/**
 * The value of an exceljs cell as a {@link SheetValue.Value}, for applications that read workbooks
 * with exceljs themselves (this module no longer does).
 *
 * @since 0.1.0
 */
export const cellValue = (v: unknown): SheetValue.Value => {
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

const pick = (wanted: string | number | undefined, tabs: ReadonlyArray<Part.Tab>): Part.Tab | undefined => {
  if (wanted === undefined) return tabs[0]
  if (typeof wanted === "number") return Number.isInteger(wanted) ? tabs[wanted - 1] : undefined
  return tabs.find((t) => t.name === wanted) ?? tabs.find((t) => fold(t.name) === fold(wanted))
}

/** Limits on what a part may inflate to: the small parts, and any part. */
const SMALL_PART = 64 * 1_048_576

/** Entries that are never parts of the workbook's cells (pictures, embedded files…). */
const MEDIA = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|bin|vml|wdp|jfif|ico|mp[34]|wav|pdf|docx?|pptx?|ole|odttf|fntdata)$/i

interface Kept {
  readonly entry: Zip.Entry
  readonly data: Array<Uint8Array>
}

async function* keptData(kept: Kept): AsyncGenerator<Uint8Array> {
  for (const chunk of kept.data) yield chunk
}

/** What the reading has learnt of the workbook so far. */
class Workbook {
  rootRead = false
  workbookPart: string | undefined
  bookRead = false
  readonly book: Part.Book = { tabs: [], date1904: false }
  relsRead = false
  readonly rels: Array<Part.Relationship> = []
  sharedPart: string | undefined
  sharedRead = false
  readonly shared: Array<string> = []
  stylesPart: string | undefined
  stylesRead = false
  readonly dateStyles: Array<boolean> = []
  target: { readonly tab: Part.Tab; readonly part: string } | undefined

  role(key: string): "root" | "book" | "rels" | "shared" | "styles" | "sheet" | "other" | "unknown" {
    if (key === "_rels/.rels") return this.rootRead ? "other" : "root"
    if (this.workbookPart !== undefined) {
      if (key === this.workbookPart) return this.bookRead ? "other" : "book"
      if (key === Part.relsOf(this.workbookPart)) return this.relsRead ? "other" : "rels"
    }
    if (this.relsRead) {
      if (key === this.sharedPart) return this.sharedRead ? "other" : "shared"
      if (key === this.stylesPart) return this.stylesRead ? "other" : "styles"
      if (this.target !== undefined) return key === this.target.part ? "sheet" : "other"
      if (!this.rels.some((r) => r.target === key)) return "other"
    }
    return "unknown"
  }

  /** Whether the chosen sheet can be read: everything it refers to has been read. */
  get ready(): boolean {
    return (
      this.target !== undefined &&
      (this.sharedPart === undefined || this.sharedRead) &&
      (this.stylesPart === undefined || this.stylesRead)
    )
  }
}

type Wanted = { readonly _tag: "rows"; readonly sheet: string | number | undefined } | { readonly _tag: "sheets" }

/**
 * Reads a workbook: the rows of the wanted sheet as arrays (one per piece of input), or its
 * list of sheets. `found` is told the sheet's name as soon as it is known.
 */
async function* read(bytes: Bytes, file: string, wanted: Wanted, found: (tab: Part.Tab) => void, list: (sheets: Array<Sheet>) => void): AsyncGenerator<ReadonlyArray<Row>> {
  const zip = new Zip.Reader(chunks(bytes))
  const wb = new Workbook()
  const kept = new Map<string, Kept>()
  let sawEntry = false
  let reading: { readonly sheet: string; current(): number } | undefined

  const parse = async (entry: Zip.Entry, data: AsyncIterable<Uint8Array>, handler: Xml.Handler, limit: number) => {
    const xml = new Xml.Reader(handler)
    for await (const chunk of Zip.inflate(entry, data, limit)) xml.write(chunk)
    xml.end()
  }

  /** Reads a part whose role is known (all but the sheet). */
  const learn = async (role: string, key: string, entry: Zip.Entry, data: AsyncIterable<Uint8Array>) => {
    switch (role) {
      case "root": {
        const rels: Array<Part.Relationship> = []
        await parse(entry, data, Part.relationships("", rels), SMALL_PART)
        wb.rootRead = true
        wb.workbookPart = rels.find((r) => r.type === "officeDocument")?.target ?? wb.workbookPart
        return
      }
      case "book":
        await parse(entry, data, Part.book(wb.book), SMALL_PART)
        wb.bookRead = true
        return
      case "rels":
        await parse(entry, data, Part.relationships(wb.workbookPart ?? key, wb.rels), SMALL_PART)
        wb.relsRead = true
        wb.sharedPart = wb.rels.find((r) => r.type === "sharedStrings")?.target
        wb.stylesPart = wb.rels.find((r) => r.type === "styles")?.target
        return
      case "shared":
        await parse(entry, data, Part.sharedStrings(wb.shared), Number.MAX_SAFE_INTEGER)
        wb.sharedRead = true
        return
      case "styles":
        await parse(entry, data, Part.styles(wb.dateStyles), SMALL_PART)
        wb.stylesRead = true
        return
    }
  }

  /** Once the workbook and its relationships are known: the sheet wanted, or the list. */
  const choose = (): boolean => {
    if (!wb.bookRead || !wb.relsRead || wb.target !== undefined) return false
    const tabs = wb.book.tabs
    if (wanted._tag === "sheets") {
      list(
        tabs.map((t, i) => ({
          name: t.name,
          position: i + 1,
          hidden: t.hidden,
          kind: wb.rels.find((r) => r.id === t.rel)?.type ?? "worksheet"
        }))
      )
      return true
    }
    const tab = pick(wanted.sheet, tabs)
    if (tab === undefined) {
      throw new SheetNotFound({
        file,
        sheet: wanted.sheet === undefined ? "1" : String(wanted.sheet),
        available: tabs.map((t) => t.name)
      })
    }
    found(tab)
    const rel = wb.rels.find((r) => r.id === tab.rel)
    if (rel === undefined) throw new Part.PartError("damaged", "a sheet has no part")
    if (rel.type !== "worksheet") throw unreadable(file, "notTable", { format: "xlsx", sheet: tab.name })
    wb.target = { tab, part: rel.target }
    return false
  }

  /** Reads whatever kept parts have become known; true when the list of sheets is all that was wanted and is done. */
  const settle = async (): Promise<boolean> => {
    for (let again = true; again; ) {
      again = false
      for (const [key, k] of kept) {
        const role = wb.role(key)
        if (role === "unknown" || role === "sheet") continue
        kept.delete(key)
        if (role !== "other") {
          await learn(role, key, k.entry, keptData(k))
          again = true
        }
      }
      if (choose()) return true
    }
    return false
  }


  async function* sheetRows(entry: Zip.Entry, data: AsyncIterable<Uint8Array>): AsyncGenerator<ReadonlyArray<Row>> {
    let out: Array<Row> = []
    const handler = Part.sheet(
      { shared: wb.sharedRead ? wb.shared : undefined, dateStyles: wb.dateStyles, date1904: wb.book.date1904 },
      (row) => out.push(row)
    )
    reading = { sheet: wb.target!.tab.name, current: handler.current }
    const xml = new Xml.Reader(handler)
    try {
      for await (const chunk of Zip.inflate(entry, data)) {
        xml.write(chunk)
        if (out.length > 0) {
          yield out
          out = []
        }
      }
      xml.end()
      if (out.length > 0) yield out
    } catch (error) {
      // rows read before a problem are handed on before it
      if (out.length > 0) yield out
      throw error
    }
  }

  try {
    for (;;) {
      const entry = await zip.next()
      if (entry === undefined) break
      sawEntry = true
      const key = Part.partKey(entry.name)
      const role = wb.role(key)
      if (role === "other") continue
      if (role === "sheet" && wb.ready) {
        yield* sheetRows(entry, zip.data())
        reading = undefined
        await zip.finish()
        return
      }
      if (role === "unknown" || role === "sheet") {
        if (role === "unknown" && MEDIA.test(key)) continue
        const data: Array<Uint8Array> = []
        for await (const chunk of zip.data()) data.push(chunk)
        kept.set(key, { entry, data })
        continue
      }
      await learn(role, key, entry, zip.data())
      if (await settle()) return
      if (wb.ready && wb.target !== undefined) {
        const k = kept.get(wb.target.part)
        if (k !== undefined) {
          // the rest of the archive is checked first, so a file cut off hands on no row
          kept.clear()
          await zip.finish()
          yield* sheetRows(k.entry, keptData(k))
          return
        }
      }
    }
    // the whole archive has been read
    if (!sawEntry) throw unreadable(file, "notWorkbook", { format: "xlsx" })
    if (!wb.rootRead && wb.workbookPart === undefined && kept.has("xl/workbook.xml")) {
      wb.rootRead = true
      wb.workbookPart = "xl/workbook.xml"
    }
    if (await settle()) return
    if (!wb.bookRead || !wb.relsRead) throw unreadable(file, "notWorkbook", { format: "xlsx" })
    // parts the workbook refers to and does not have are taken as absent
    if (!wb.sharedRead) wb.sharedPart = undefined
    if (!wb.stylesRead) wb.stylesPart = undefined
    const k = wb.target === undefined ? undefined : kept.get(wb.target.part)
    if (k === undefined) throw new Part.PartError("damaged", "the sheet's part is missing")
    await zip.finish()
    kept.clear()
    yield* sheetRows(k.entry, keptData(k))
  } catch (error) {
    throw toUnreadable(error, file, reading)
  } finally {
    await zip.close()
  }
}

const toUnreadable = (
  error: unknown,
  file: string,
  reading: { readonly sheet: string; current(): number } | undefined
): UnreadableFile | SheetNotFound => {
  if (error instanceof UnreadableFile || error instanceof SheetNotFound) return error
  const row = reading === undefined || reading.current() < 1 ? undefined : reading.current()
  const where = { format: "xlsx", sheet: reading?.sheet, row, cause: error }
  if (error instanceof Zip.ZipError) {
    const problem = error.problem === "notZip" ? "notXlsx" : error.problem
    return unreadable(file, problem, problem === "empty" || problem === "notXlsx" ? { format: "xlsx", cause: error } : where)
  }
  if (error instanceof Xml.XmlError || error instanceof Part.PartError) return unreadable(file, error.problem, where)
  return unreadable(file, "unreadable", where)
}

/**
 * The rows of one sheet of an XLSX workbook, streamed.
 *
 * @example
 * ```ts
 * import { Xlsx } from "@pctnxh/io"
 * import { Stream } from "effect"
 *
 * // in a browser, from an <input type="file">
 * const { rows } = Xlsx.rows(file.stream(), { file: file.name, sheet: "Lượt kiểm tra" })
 * Stream.runForEach(rows, (row) => …)
 * ```
 * @since 0.1.0
 */
export const rows = (bytes: Bytes, options: Options): SheetRows => {
  let sheetName: string | undefined
  const iterable: AsyncIterable<ReadonlyArray<Row>> = {
    [Symbol.asyncIterator]: () =>
      read(
        bytes,
        options.file,
        { _tag: "rows", sheet: options.sheet },
        (tab) => (sheetName = tab.name),
        () => undefined
      )
  }
  return {
    sheet: () => sheetName,
    rows: Stream.fromAsyncIterable(iterable, (error) =>
      error instanceof UnreadableFile || error instanceof SheetNotFound ? error : toUnreadable(error, options.file, undefined)
    ).pipe(Stream.mapConcat((rows) => rows))
  }
}

/**
 * The sheets of a workbook, in tab order, reading no further than its list of sheets (for
 * letting a user choose one).
 *
 * @example
 * ```ts
 * import { Xlsx } from "@pctnxh/io"
 * import { Effect } from "effect"
 *
 * const tabs = await Effect.runPromise(Xlsx.sheets(file.stream(), { file: file.name }))
 * // [{ name: "Hướng dẫn", position: 1, hidden: false, kind: "worksheet" }, { name: "Lượt kiểm tra", position: 2, … }]
 * ```
 * @since 0.1.0
 */
export const sheets = (bytes: Bytes, options: { readonly file: string }): Effect.Effect<ReadonlyArray<Sheet>, UnreadableFile> =>
  Effect.tryPromise({
    try: async () => {
      let listed: Array<Sheet> | undefined
      const reading = read(bytes, options.file, { _tag: "sheets" }, () => undefined, (sheets) => (listed = sheets))
      for await (const _ of reading) void _
      return listed ?? []
    },
    catch: (error) => {
      const e = toUnreadable(error, options.file, undefined)
      return e instanceof UnreadableFile ? e : unreadable(options.file, "damaged", { format: "xlsx", cause: e })
    }
  })
