/**
 * Reading CSV files row by row, in constant memory: bytes are decoded and parsed as they arrive
 * and rows come out as an Effect `Stream`. Nothing here needs Node: it runs the same in a browser
 * (pass `file.stream()`).
 *
 * The text must be UTF-8 (Excel's "CSV UTF-8"; a byte-order mark is dropped) or UTF-16 with a
 * byte-order mark (Excel's "Unicode Text"); anything else — Windows-1258, Latin-1, UTF-16 without
 * a mark — is refused with the row where it stops being UTF-8, never guessed at. The delimiter is
 * found from the first lines — `,`, `;` or a tab — unless given. Cells follow RFC 4180: a cell
 * that begins with `"` may hold delimiters, line breaks and `""`; a `"` inside a cell that does
 * not begin with one is kept as written (as Excel reads it); text after a closing quote is an
 * error. Records end with `\r\n`, `\n` or `\r`. Row numbers count every record from 1, blank
 * lines included, as a spreadsheet shows the file. A record longer than 1,000,000 characters (an
 * unclosed quote, or a file that is not text) stops the reading with an
 * {@link IoError.UnreadableFile} rather than filling memory.
 *
 * @since 0.1.0
 */
import * as Stream from "effect/Stream"
import type * as SheetValue from "./SheetValue.js"
import { UnreadableFile } from "./IoError.js"
import type * as bytes from "./internal/bytes.js"
import { chunks } from "./internal/bytes.js"
import * as Parser from "./internal/csv.js"
import { unreadable } from "./internal/unreadable.js"

/**
 * Bytes in any accepted form: a `Uint8Array` or `ArrayBuffer`, an async iterable of chunks (a
 * Node stream), a web `ReadableStream` (a browser `File`'s `stream()`), or an Effect `Stream`.
 *
 * @since 0.1.0
 */
export type Bytes = bytes.Bytes

/**
 * One row of a file: its number as a spreadsheet shows it (from 1) and its cells.
 *
 * @since 0.1.0
 */
export interface Row {
  readonly number: number
  readonly cells: ReadonlyArray<SheetValue.Value>
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

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

/** The bytes at the end of a chunk that begin a UTF-8 character the chunk does not finish. */
const unfinished = (chunk: Uint8Array): Uint8Array => {
  for (let back = 1; back <= Math.min(3, chunk.length); back++) {
    const b = chunk[chunk.length - back] as number
    if ((b & 0xc0) === 0x80) continue
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return needs > back ? chunk.subarray(chunk.length - back) : chunk.subarray(chunk.length)
  }
  return chunk.subarray(chunk.length)
}

/** The encoding of a file from its first bytes: a byte-order mark, or UTF-16 by its zero bytes, or UTF-8. */
const encodingOf = (head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | "utf-16?" => {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le"
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be"
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8"
  // text of Latin letters in UTF-16 without a mark: every other byte is zero
  const n = Math.min(head.length, 512) & ~1
  if (n >= 4) {
    let even = 0
    let odd = 0
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) even++
      if (head[i + 1] === 0) odd++
    }
    const half = n / 2
    if ((odd >= half * 0.4 && even <= half * 0.1) || (even >= half * 0.4 && odd <= half * 0.1)) return "utf-16?"
  }
  return "utf-8"
}

const HEAD_BYTES = 512
const HEAD_LINES = 20
const HEAD_CHARS = 65_536

async function* read(bytes: Bytes, options: Options): AsyncGenerator<ReadonlyArray<Row>> {
  const source = chunks(bytes)[Symbol.asyncIterator]()
  let number = 0
  let out: Array<Array<string>> = []
  const rowsOf = (records: Array<Array<string>>): Array<Row> => records.map((cells) => ({ number: ++number, cells }))
  const fail = (problem: "notUtf8" | "quote" | "tooLong" | "unreadable" | "empty", cause?: unknown) =>
    unreadable(options.file, problem, {
      format: "csv",
      ...(problem === "empty" ? {} : { row: number + out.length + 1 }),
      cause
    })
  try {
    // the first bytes decide the encoding
    let head: Uint8Array = new Uint8Array(0)
    let ended = false
    while (head.length < HEAD_BYTES) {
      let next: IteratorResult<Uint8Array>
      try {
        next = await source.next()
      } catch (cause) {
        throw fail("unreadable", cause)
      }
      if (next.done === true) {
        ended = true
        break
      }
      head = concat(head, next.value)
    }
    if (head.length === 0) throw fail("empty")
    const encoding = encodingOf(head)
    if (encoding === "utf-16?") throw fail("notUtf8")
    const decoder = new TextDecoder(encoding, { fatal: true })
    let parser: Parser.Parser | undefined
    // the text read before the delimiter is known, and its line breaks
    let pending = ""
    let breaks = 0
    let tail: Uint8Array = new Uint8Array(0)
    const start = (final: boolean) => {
      if (parser !== undefined) return
      if (!final && breaks < HEAD_LINES && pending.length < HEAD_CHARS) return
      const lines = pending.split("\n", HEAD_LINES)
      const delimiter = options.delimiter ?? sniffDelimiter(lines.join("\n"))
      parser = new Parser.Parser(delimiter, MAX_RECORD)
      const text = pending
      pending = ""
      parser.feed(text, out)
    }
    const take = (text: string) => {
      if (parser === undefined) {
        pending += text
        for (let at = text.indexOf("\n"); at >= 0 && breaks < HEAD_LINES; at = text.indexOf("\n", at + 1)) breaks++
        start(false)
      } else {
        parser.feed(text, out)
      }
    }
    const decode = (chunk: Uint8Array) => {
      let text: string
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch (cause) {
        // read up to the first byte that is not UTF-8, so the error names its row
        if (encoding === "utf-8") {
          const lenient = new TextDecoder("utf-8").decode(concat(tail, chunk))
          try {
            take(lenient.slice(0, lenient.indexOf("\uFFFD")))
            start(true)
          } catch {
            // the row of the bytes is what matters
          }
        }
        throw fail("notUtf8", cause)
      }
      if (encoding === "utf-8") tail = unfinished(chunk.length >= 3 ? chunk : concat(tail, chunk))
      take(text)
    }
    decode(head)
    if (out.length > 0) {
      yield rowsOf(out)
      out = []
    }
    while (!ended) {
      let next: IteratorResult<Uint8Array>
      try {
        next = await source.next()
      } catch (cause) {
        throw fail("unreadable", cause)
      }
      if (next.done === true) break
      decode(next.value)
      if (out.length > 0) {
        yield rowsOf(out)
        out = []
      }
    }
    let rest: string
    try {
      rest = decoder.decode()
    } catch (cause) {
      throw fail("notUtf8", cause)
    }
    take(rest)
    start(true)
    parser!.end(out)
    if (out.length > 0) yield rowsOf(out)
  } catch (error) {
    // the rows read before the problem are handed on before it
    const problem = error instanceof Parser.CsvError ? fail(error.problem, error) : error
    if (out.length > 0) {
      const done = rowsOf(out)
      out = []
      yield done
    }
    throw problem instanceof UnreadableFile ? problem : fail("unreadable", problem)
  } finally {
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
    { [Symbol.asyncIterator]: () => read(bytes, options) },
    (error) => (error instanceof UnreadableFile ? error : unreadable(options.file, "unreadable", { format: "csv", cause: error }))
  ).pipe(Stream.mapConcat((rows) => rows))
