/**
 * A file to import: its name (for the report and errors), its bytes in any form — a buffer, a
 * Node stream, a browser `File`'s `stream()`, an Effect `Stream` — and its format. Unless given,
 * the format is read from the first bytes — a ZIP archive is an XLSX workbook whatever its name,
 * an old `.xls` workbook (or a password-protected one) is refused with a hint, and so is a web
 * page saved as `.xls` — and otherwise taken from the name (`.csv`, `.tsv`, `.txt` are CSV).
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
import type { SheetNotFound, UnreadableFile } from "./IoError.js"
import { chunks } from "./internal/bytes.js"
import { unreadable } from "./internal/unreadable.js"
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

/** What the first bytes of a file say it is. */
const sniff = (head: Uint8Array): Format | "xls" | "web" | undefined => {
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "xls"
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05 || head[2] === 0x07)) return "xlsx"
  // a web page or an XML spreadsheet (Excel 2003), often saved with an Excel name
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++
  if (head[i] === 0x3c) {
    const start = new TextDecoder("utf-8").decode(head.subarray(i, i + 64)).toLowerCase()
    if (/^<(!doctype html|html|\?xml|table|meta)/.test(start)) return "web"
  }
  return undefined
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
    const file = source.name
    let bytes: Bytes = source.bytes
    let format: Format | undefined = source.format
    if (format === undefined) {
      // the first bytes tell a workbook from text whatever the name says
      const iterator = chunks(source.bytes)[Symbol.asyncIterator]()
      let head = new Uint8Array(0)
      const seen: Array<Uint8Array> = []
      let ended = false
      while (head.length < 64) {
        const next = yield* Effect.tryPromise({
          try: () => iterator.next(),
          catch: (cause) => unreadable(file, "unreadable", { cause })
        })
        if (next.done === true) {
          ended = true
          break
        }
        seen.push(next.value)
        const joined = new Uint8Array(head.length + next.value.length)
        joined.set(head)
        joined.set(next.value, head.length)
        head = joined
      }
      const byName = formatOfName(file)
      const byContent = sniff(head)
      const stop = Effect.promise(async () => {
        await iterator.return?.()
      })
      if (head.length === 0) {
        yield* stop
        return yield* unreadable(file, "empty", byName === undefined || byName === "xls" ? {} : { format: byName })
      }
      if (byContent === "xls") {
        yield* stop
        return yield* unreadable(file, "oldXls", { format: "xls" })
      }
      if (byContent === "web" && (byName === "xls" || byName === "xlsx")) {
        yield* stop
        return yield* unreadable(file, "webPage", { format: byName })
      }
      if (byName === "xls" && byContent !== "xlsx") {
        yield* stop
        return yield* unreadable(file, "oldXls", { format: "xls" })
      }
      format = byContent === "xlsx" ? "xlsx" : byName === "xls" ? "xlsx" : (byName ?? "csv")
      bytes = (async function* () {
        yield* seen
        if (ended) return
        while (true) {
          const next = await iterator.next()
          if (next.done === true) return
          yield next.value
        }
      })()
    }
    if (format === "csv") {
      return { format, sheet: () => undefined, rows: Csv.rows(bytes, { file, delimiter: options.delimiter }) }
    }
    const sheet = Xlsx.rows(bytes, { file, sheet: options.sheet })
    return { format, sheet: sheet.sheet, rows: sheet.rows }
  })
