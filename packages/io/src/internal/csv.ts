/**
 * A streaming CSV parser over decoded text: feed it text in pieces of any size, it hands on each
 * record as it ends.
 *
 * Rules: cells are separated by the delimiter and records by `\r\n`, `\n` or a lone `\r`. A cell
 * that begins with `"` is quoted: it runs to the next lone `"` and may hold delimiters, line
 * breaks and `""` for a quote; after its closing quote comes a delimiter, a line break or the end.
 * A `"` inside a cell that did not begin with one is an ordinary character (as Excel reads it).
 * An empty line is a record of one empty cell. A record longer than `max` characters is refused
 * (an unclosed quote would otherwise swallow the rest of the file).
 *
 * @internal
 */

/**
 * A cell's text as a string of its own. A cell cut from the decoded text is, in V8, a view of
 * the whole chunk (64 KB) when it is 13 characters or longer; a record keeping such a cell (a
 * unit id, a code) would keep its chunk alive for as long as the record lives. Copying it costs
 * one short string.
 */
const own = (cell: string): string => (cell.length < 13 ? cell : (" " + cell).slice(1))

/** What is wrong with the text. */
export type CsvProblem = "quote" | "tooLong"

/** A problem with the text, at the record being read. */

export class CsvError extends Error {
  constructor(
    readonly problem: CsvProblem,
    message: string
  ) {
    super(message)
    this.name = "CsvError"
  }
}

const QUOTE = 34
const CR = 13
const LF = 10

/** At the start of a cell. */
const CELL_START = 0
/** In an unquoted cell. */
const PLAIN = 1
/** In a quoted cell. */
const QUOTED = 2
/** Just after a quote inside a quoted cell: a second quote, or the cell's end. */
const QUOTE_IN_QUOTED = 3
/** Just after a `\r` that ended a record: a `\n` that belongs to it is skipped. */
const AFTER_CR = 4

export class Parser {
  private state: number = CELL_START
  private cells: Array<string> = []
  private cell = ""
  private length = 0
  private readonly delimiter: number

  constructor(
    delimiter: string,
    private readonly max: number
  ) {
    this.delimiter = delimiter.charCodeAt(0)
  }

  /** Parses a piece of text, pushing every record it ends onto `out`. */
  feed(text: string, out: Array<Array<string>>): void {
    const d = this.delimiter
    const n = text.length
    let i = 0
    while (i < n) {
      switch (this.state) {
        case AFTER_CR: {
          this.state = CELL_START
          if (text.charCodeAt(i) === LF) i++
          break
        }
        case CELL_START: {
          const c = text.charCodeAt(i)
          if (c === QUOTE) {
            this.state = QUOTED
            this.grow(1)
            i++
          } else {
            this.state = PLAIN
          }
          break
        }
        case PLAIN: {
          let j = i
          let c = 0
          while (j < n) {
            c = text.charCodeAt(j)
            if (c === d || c === LF || c === CR) break
            j++
          }
          this.grow(j - i)
          this.cell += j === i ? "" : text.slice(i, j)
          if (j === n) return
          this.grow(1)
          if (c === d) {
            this.endCell()
            this.state = CELL_START
          } else {
            this.endRecord(out)
            this.state = c === CR ? AFTER_CR : CELL_START
          }
          i = j + 1
          break
        }
        case QUOTED: {
          const j = text.indexOf('"', i)
          const end = j < 0 ? n : j
          this.grow(end - i)
          this.cell += end === i ? "" : text.slice(i, end)
          if (j < 0) return
          this.grow(1)
          this.state = QUOTE_IN_QUOTED
          i = j + 1
          break
        }
        case QUOTE_IN_QUOTED: {
          const c = text.charCodeAt(i)
          if (c === QUOTE) {
            this.grow(1)
            this.cell += '"'
            this.state = QUOTED
            i++
          } else if (c === d) {
            this.grow(1)
            this.endCell()
            this.state = CELL_START
            i++
          } else if (c === LF || c === CR) {
            this.endRecord(out)
            this.state = c === CR ? AFTER_CR : CELL_START
            i++
          } else {
            throw new CsvError("quote", "text after a closing quote")
          }
          break
        }
      }
    }
  }

  /** Ends the text: a record still open is handed on, a quote still open is an error. */
  end(out: Array<Array<string>>): void {
    if (this.state === QUOTED) throw new CsvError("quote", "a quote is never closed")
    if (this.state === PLAIN || this.state === QUOTE_IN_QUOTED || this.cells.length > 0) this.endRecord(out)
    this.state = CELL_START
  }

  private grow(k: number): void {
    this.length += k
    if (this.length > this.max) {
      throw new CsvError(this.state === QUOTED ? "quote" : "tooLong", "a record is too long")
    }
  }

  private endCell(): void {
    this.cells.push(own(this.cell))
    this.cell = ""
  }

  private endRecord(out: Array<Array<string>>): void {
    this.cells.push(own(this.cell))
    out.push(this.cells)
    this.cells = []
    this.cell = ""
    this.length = 0
  }
}
