/**
 * A file to import: its name (for the report and errors), its bytes in any form — a buffer, a
 * Node stream, a browser `File`'s `stream()`, an Effect `Stream` — and its format, which is
 * taken from the name (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.xlsm`) or else from the first bytes.
 *
 * @example
 * ```ts
 * import { Source } from "@pctnxh/io"
 *
 * // in a browser
 * const source = Source.make(file.name, file.stream())
 * ```
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Csv from "./Csv.js"
import type { SheetNotFound } from "./IoError.js"
import { UnreadableFile } from "./IoError.js"
import { chunks } from "./internal/bytes.js"
import * as Xlsx from "./Xlsx.js"

/**
 * Bytes in any accepted form (see {@link Csv.Bytes}).
 *
 * @since 0.1.0
 */
export type Bytes = Csv.Bytes

/**
 * A file format the import reads.
 *
 * @since 0.1.0
 */
export type Format = "csv" | "xlsx"

/**
 * A file to import.
 *
 * @since 0.1.0
 */
export interface Source {
  /** The file's name as the officer knows it, e.g. `tiep-can-2019.xlsx`. */
  readonly name: string
  readonly bytes: Bytes
  /** The format; from the name or the first bytes when omitted. */
  readonly format?: Format | undefined
}

/**
 * Makes a source.
 *
 * @since 0.1.0
 */
export const make = (name: string, bytes: Bytes, format?: Format): Source =>
  format === undefined ? { name, bytes } : { name, bytes, format }

/**
 * The format a file name suggests: `csv`, `xlsx`, `xls` (refused) or `undefined`.
 *
 * @since 0.1.0
 */
export const formatOfName = (name: string): Format | "xls" | undefined => {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  switch (ext) {
    case "csv":
    case "tsv":
    case "txt":
      return "csv"
    case "xlsx":
    case "xlsm":
      return "xlsx"
    case "xls":
      return "xls"
    default:
      return undefined
  }
}

const OLD_XLS = {
  vi: "là sổ tính Excel 97–2003 (.xls); hãy mở bằng Excel và lưu thành .xlsx",
  en: "is an Excel 97–2003 workbook (.xls); open it in Excel and save it as .xlsx"
}

/**
 * An opened source: its format, the rows of the sheet read, and that sheet's name once known
 * (XLSX only).
 *
 * @since 0.1.0
 */
export interface Opened {
  readonly format: Format
  readonly sheet: () => string | undefined
  readonly rows: Stream.Stream<Csv.Row, UnreadableFile | SheetNotFound>
}

/**
 * Options of {@link open}.
 *
 * @since 0.1.0
 */
export interface OpenOptions {
  /** For XLSX: the sheet's name, or its position among the tabs from 1; the first by default. */
  readonly sheet?: string | number | undefined
  /** For CSV: the delimiter; found from the first line by default. */
  readonly delimiter?: Csv.Delimiter | undefined
}

/**
 * Opens a source: decides its format (reading the first bytes if the name does not tell) and
 * streams the rows of its sheet.
 *
 * @since 0.1.0
 */
export const open = (source: Source, options: OpenOptions = {}): Effect.Effect<Opened, UnreadableFile> =>
  Effect.gen(function* () {
    const byName = source.format ?? formatOfName(source.name)
    if (byName === "xls") return yield* new UnreadableFile({ file: source.name, format: "xls", reason: OLD_XLS })
    let bytes: Bytes = source.bytes
    let format: Format | undefined = byName
    if (format === undefined) {
      const iterator = chunks(source.bytes)[Symbol.asyncIterator]()
      const first = yield* Effect.tryPromise({
        try: () => iterator.next(),
        catch: (cause) =>
          new UnreadableFile({ file: source.name, reason: { vi: "không đọc được tệp", en: "the file could not be read" }, cause })
      })
      const head = first.done === true ? new Uint8Array() : first.value
      if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
        yield* Effect.promise(async () => iterator.return?.())
        return yield* new UnreadableFile({ file: source.name, format: "xls", reason: OLD_XLS })
      }
      format = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04 ? "xlsx" : "csv"
      bytes = (async function* () {
        if (first.done !== true) yield head
        while (true) {
          const next = await iterator.next()
          if (next.done === true) return
          yield next.value
        }
      })()
    }
    if (format === "csv") {
      return { format, sheet: () => undefined, rows: Csv.rows(bytes, { file: source.name, delimiter: options.delimiter }) }
    }
    const sheet = Xlsx.rows(bytes, { file: source.name, sheet: options.sheet })
    return { format, sheet: sheet.sheet, rows: sheet.rows }
  })
