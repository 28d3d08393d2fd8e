/**
 * Reading CSV files row by row, in constant memory: bytes go through `csv-parse` as they arrive
 * and rows come out as an Effect `Stream`.
 *
 * The text must be UTF-8 (Excel's "CSV UTF-8"; a byte-order mark is dropped). The delimiter is
 * found from the first lines — `,`, `;` or a tab — unless given. Row numbers count every record
 * from 1, blank lines included, as a spreadsheet shows the file. A quoted cell longer than
 * 1,000,000 characters (an unclosed quote) stops the reading with an {@link IoError.UnreadableFile}
 * rather than filling memory.
 *
 * In a browser, pass `file.stream()`; the `stream` module that `csv-parse` uses must be
 * provided by the bundler (e.g. `vite-plugin-node-polyfills`).
 *
 * @since 0.1.0
 */
import { CsvError, parse } from "csv-parse"
import * as Stream from "effect/Stream"
import type * as Cell from "./Cell.js"
import { UnreadableFile } from "./IoError.js"
import { chunks } from "./internal/bytes.js"
import { grouped } from "./internal/groups.js"

/**
 * Bytes in any accepted form: a `Uint8Array` or `ArrayBuffer`, an async iterable of chunks (a
 * Node stream), a web `ReadableStream` (a browser `File`'s `stream()`), or an Effect `Stream`.
 *
 * @since 0.1.0
 */
export type Bytes =
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>
  | ReadableStream<Uint8Array>
  | Stream.Stream<Uint8Array, unknown>

/**
 * One row of a file: its number as a spreadsheet shows it (from 1) and its cells.
 *
 * @since 0.1.0
 */
export interface Row {
  readonly number: number
  readonly cells: ReadonlyArray<Cell.Value>
}

/**
 * A CSV delimiter.
 *
 * @since 0.1.0
 */
export type Delimiter = "," | ";" | "\t"

/**
 * Options of {@link rows}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The file's name, for errors. */
  readonly file: string
  /** The delimiter; found from the first line when omitted. */
  readonly delimiter?: Delimiter | undefined
}

const MAX_RECORD = 1_000_000

/**
 * The delimiter of a file's first lines: of `,`, `;` and tab, the one that occurs most often
 * outside quotes in a single line (the header is usually the fullest line, and title lines
 * above it have none); `,` on a tie or when none occurs.
 *
 * @since 0.1.0
 */
export const sniffDelimiter = (text: string): Delimiter => {
  const best = { ",": 0, ";": 0, "\t": 0 }
  let quoted = false
  let counts = { ",": 0, ";": 0, "\t": 0 }
  const endLine = () => {
    for (const d of [",", ";", "\t"] as const) best[d] = Math.max(best[d], counts[d])
    counts = { ",": 0, ";": 0, "\t": 0 }
  }
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++
    else if (!quoted && ch === "\n") endLine()
  }
  endLine()
  let pick: Delimiter = ","
  for (const d of [";", "\t"] as const) if (best[d] > best[pick]) pick = d
  return pick
}

const NOT_UTF8 = {
  vi: "không phải là văn bản UTF-8; trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”",
  en: "is not UTF-8 text; in Excel, save it as “CSV UTF-8 (Comma delimited)”"
}

const csvReason = (error: unknown): { vi: string; en: string } => {
  const code = error instanceof CsvError ? error.code : undefined
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
    case "CSV_MAX_RECORD_SIZE":
      return {
        vi: "có dấu ngoặc kép mở mà không đóng, hoặc một ô quá dài",
        en: "a quote is opened and never closed, or a cell is too long"
      }
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return {
        vi: "dấu ngoặc kép đặt sai chỗ trong một ô",
        en: "a quote is misplaced in a cell"
      }
    default:
      return { vi: "không đọc được dạng CSV", en: "cannot be read as CSV" }
  }
}

class Utf8Error extends Error {}

async function* read(bytes: Bytes, options: Options): AsyncGenerator<Row> {
  const source = chunks(bytes)[Symbol.asyncIterator]()
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const check = (chunk: Uint8Array) => {
    try {
      decoder.decode(chunk, { stream: true })
    } catch {
      throw new Utf8Error()
    }
  }
  let parser: ReturnType<typeof parse> | undefined
  let feeding: Promise<void> = Promise.resolve()
  let feedError: unknown
  let number = 0
  try {
    // read the first lines (up to 20, or 64 KiB) to find the delimiter
    const head: Array<Uint8Array> = []
    const headDecoder = new TextDecoder("utf-8")
    let headText = ""
    let done = false
    while (headText.split("\n").length <= 20 && headText.length < 65_536) {
      const next = await source.next()
      if (next.done === true) {
        done = true
        break
      }
      check(next.value)
      head.push(next.value)
      headText += headDecoder.decode(next.value, { stream: true })
    }
    const delimiter =
      options.delimiter ?? sniffDelimiter(headText.replace(/^\uFEFF/, "").split("\n").slice(0, 20).join("\n"))
    const p = parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: MAX_RECORD
    })
    parser = p
    // resolves when the parser wants more, or when it has stopped (then feeding stops too)
    const write = (chunk: Uint8Array) =>
      new Promise<void>((resolve) => {
        if (p.destroyed || p.write(chunk)) return resolve()
        const go = () => {
          p.off("drain", go)
          p.off("close", go)
          resolve()
        }
        p.on("drain", go)
        p.on("close", go)
      })
    feeding = (async () => {
      try {
        for (const chunk of head) await write(chunk)
        if (!done) {
          while (!p.destroyed) {
            const next = await source.next()
            if (next.done === true) break
            check(next.value)
            await write(next.value)
          }
        }
        decoder.decode()
        if (!p.destroyed) p.end()
      } catch (error) {
        feedError = error
        p.destroy(error instanceof Error ? error : new Error("unreadable"))
      }
    })()
    for await (const record of p as AsyncIterable<Array<string>>) {
      number++
      yield { number, cells: record }
    }
    await feeding
    if (feedError !== undefined) throw feedError
  } catch (error) {
    await feeding
    const cause = feedError ?? error
    throw new UnreadableFile({
      file: options.file,
      format: "csv",
      row: number + 1,
      reason:
        cause instanceof Utf8Error
          ? NOT_UTF8
          : cause instanceof CsvError
            ? csvReason(cause)
            : { vi: "không đọc được tệp", en: "the file could not be read" },
      cause
    })
  } finally {
    parser?.destroy()
    await source.return?.()
  }
}

/**
 * The rows of a CSV file, streamed.
 *
 * @example
 * ```ts
 * import { Csv } from "@pctnxh/io"
 * import { Stream } from "effect"
 *
 * const bytes = new TextEncoder().encode("Ngày;Giới tính\n15/06/2017;Nữ\n")
 * Stream.runCollect(Csv.rows(bytes, { file: "so-lieu.csv" }))
 * // [{ number: 1, cells: ["Ngày", "Giới tính"] }, { number: 2, cells: ["15/06/2017", "Nữ"] }]
 * ```
 * @since 0.1.0
 */
export const rows = (bytes: Bytes, options: Options): Stream.Stream<Row, UnreadableFile> =>
  Stream.fromAsyncIterable(
    grouped(() => read(bytes, options), 256),
    (error) =>
      error instanceof UnreadableFile
        ? error
        : new UnreadableFile({
            file: options.file,
            format: "csv",
            reason: { vi: "không đọc được tệp", en: "the file could not be read" },
            cause: error
          })
  ).pipe(Stream.mapConcat((rows) => rows))
