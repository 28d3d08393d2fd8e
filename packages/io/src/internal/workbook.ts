/**
 * The parts of an XLSX workbook, read from their XML: relationships, the workbook (its sheets and
 * date system), the styles (which cell formats are dates), the shared strings, and a sheet's
 * rows.
 *
 * @internal
 */
import type * as SheetValue from "../SheetValue.js"
import type { Handler } from "./xml.js"
import { unescapeOoxml } from "./xml.js"

/** A problem with a part's content that XML alone does not show. */
export class PartError extends Error {
  constructor(
    readonly problem: "damaged" | "tooLong",
    message: string
  ) {
    super(message)
    this.name = "PartError"
  }
}

/** Excel's limits: columns A…XFD, and no cell longer than this (Excel's own limit is 32,767). */
export const MAX_COLUMNS = 16_384
export const MAX_TEXT = 1_000_000

// ---------------------------------------------------------------------------------------------
// Part names and relationships
// ---------------------------------------------------------------------------------------------

/** A part name as compared: no leading slash, forward slashes, lower case (part names ignore case). */
export const partKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase()

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export const relsOf = (part: string): string => {
  const slash = part.lastIndexOf("/")
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

const resolve = (from: string, target: string): string => {
  const base = target.startsWith("/") ? [] : from.split("/").slice(0, -1)
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue
    if (segment === "..") base.pop()
    else base.push(segment)
  }
  return partKey(base.join("/"))
}

/** A relationship: its id, the last word of its type (`worksheet`, `sharedStrings`…) and its target part. */
export interface Relationship {
  readonly id: string
  readonly type: string
  readonly target: string
}

/** Reads a relationships part; `source` is the part they belong to (`""` for the package). */
export const relationships = (source: string, into: Array<Relationship>): Handler => ({
  open(name, a) {
    if (name !== "Relationship" || a.TargetMode === "External") return
    const id = a.Id
    const type = a.Type
    const target = a.Target
    if (id === undefined || type === undefined || target === undefined) return
    into.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: resolve(source, target) })
  },
  close() {},
  text() {}
})

// ---------------------------------------------------------------------------------------------
// Workbook
// ---------------------------------------------------------------------------------------------

/** A sheet tab: its name, whether hidden, and its relationship id. */
export interface Tab {
  readonly name: string
  readonly hidden: boolean
  readonly rel: string
}

/** What the workbook part says. */
export interface Book {
  readonly tabs: Array<Tab>
  date1904: boolean
}

const truthy = (v: string | undefined): boolean => v === "1" || v === "true" || v === "on"

/** Reads the workbook part. */
export const book = (into: Book): Handler => ({
  open(name, a) {
    if (name === "workbookPr") {
      into.date1904 = truthy(a.date1904)
    } else if (name === "sheet") {
      let rel: string | undefined
      for (const key in a) if (key.endsWith(":id")) rel = a[key]
      if (a.name === undefined || rel === undefined) return
      into.tabs.push({ name: a.name, hidden: a.state === "hidden" || a.state === "veryHidden", rel })
    }
  },
  close() {},
  text() {}
})

// ---------------------------------------------------------------------------------------------
// Styles: which cell formats show dates
// ---------------------------------------------------------------------------------------------

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/**
 * Whether a number format code shows a date or a time: its first section has a date or time
 * token (`d`, `m`, `y`, `h`, `s`, `e`, `g`, `b`) outside quotes, escapes, fills and brackets
 * (`[h]:mm` elapsed time is a duration, not a date; `[Red]`, `[$-42A]` are colours and locales).
 */
export const isDateFormat = (code: string): boolean => {
  const section = code.split(";")[0] ?? ""
  let plain = ""
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string
    if (ch === '"') {
      const close = section.indexOf('"', i + 1)
      i = close < 0 ? section.length : close
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++
    } else if (ch === "[") {
      const close = section.indexOf("]", i + 1)
      const inside = section.slice(i + 1, close < 0 ? section.length : close).toLowerCase()
      if (/^(h+|m+|s+)$/.test(inside)) return false
      i = close < 0 ? section.length : close
    } else {
      plain += ch
    }
  }
  const lower = plain.toLowerCase()
  if (lower.includes("general")) return false
  return /[dmyhsegb]/.test(lower.replace(/am\/pm|a\/p/g, "h"))
}

/** For each cell format (the `s` of a cell), whether it shows a date. */
export const styles = (into: Array<boolean>): Handler => {
  const custom = new Map<number, string>()
  let inCellXfs = false
  return {
    open(name, a) {
      if (name === "numFmt") {
        const id = Number(a.numFmtId)
        if (Number.isInteger(id) && a.formatCode !== undefined) custom.set(id, a.formatCode)
      } else if (name === "cellXfs") {
        inCellXfs = true
      } else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0)
        const code = custom.get(id)
        into.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id))
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false
    },
    text() {}
  }
}

// ---------------------------------------------------------------------------------------------
// Text runs: shared strings and inline strings
// ---------------------------------------------------------------------------------------------

/**
 * Collects the text of a string item (`si` or `is`): its `t`, or the `t` of each rich-text run
 * `r`, joined; phonetic runs (`rPh`) are not part of the text. The text of `t` is kept as written,
 * with its spaces (whether or not it says `xml:space="preserve"`).
 */
class Runs {
  private parts: Array<string> = []
  private current: Array<string> = []
  private length = 0
  private inT = false
  private phonetic = 0

  open(name: string): void {
    if (name === "t") this.inT = this.phonetic === 0
    else if (name === "rPh") this.phonetic++
  }

  close(name: string): void {
    if (name === "t") {
      this.inT = false
      this.endT()
    } else if (name === "rPh") {
      this.phonetic--
    }
  }

  text(text: string): void {
    if (!this.inT) return
    this.length += text.length
    if (this.length > MAX_TEXT) throw new PartError("tooLong", "a text is too long")
    this.current.push(text)
  }

  take(): string {
    this.endT()
    const joined = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join("")
    this.parts = []
    this.length = 0
    this.inT = false
    this.phonetic = 0
    return joined
  }

  /** The escapes of OOXML are undone in each `t` on its own, as they were written. */
  private endT(): void {
    if (this.current.length === 0) return
    this.parts.push(unescapeOoxml(this.current.length === 1 ? (this.current[0] as string) : this.current.join("")))
    this.current = []
  }
}

/** Reads the shared strings part. */
export const sharedStrings = (into: Array<string>): Handler => {
  const runs = new Runs()
  let inSi = false
  return {
    open(name) {
      if (name === "si") inSi = true
      else if (inSi) runs.open(name)
    },
    close(name) {
      if (name === "si") {
        inSi = false
        into.push(runs.take())
      } else if (inSi) {
        runs.close(name)
      }
    },
    text(text) {
      if (inSi) runs.text(text)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A sheet's rows
// ---------------------------------------------------------------------------------------------

/** One row as read: its number and its cells (`null` where a column has no value). */
export interface SheetRow {
  readonly number: number
  readonly cells: ReadonlyArray<SheetValue.Value>
}

/** What reading a sheet needs to know about the rest of the workbook. */
export interface Context {
  readonly shared: ReadonlyArray<string> | undefined
  readonly dateStyles: ReadonlyArray<boolean>
  readonly date1904: boolean
}

const DAY = 86_400_000
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)

/**
 * The instant of a date serial: in the 1900 date system, days since 30 December 1899, with
 * serials before 61 moved by a day for the 29 February 1900 that Excel counts and that did not
 * exist (1 is 1 January 1900); in the 1904 system, days since 1 January 1904.
 */
export const serialToDate = (serial: number, date1904: boolean): Date => {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY))
  const shifted = serial < 61 && serial >= 1 ? serial + 1 : serial
  return new Date(EPOCH_1900 + Math.round(shifted * DAY))
}

/** The column (from 0) of a cell reference such as `AB12`, or -1 if it has no letters. */
const columnOf = (ref: string): number => {
  let n = 0
  let i = 0
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i)
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64)
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96)
    else if (c !== 36) break
    if (n > MAX_COLUMNS) return MAX_COLUMNS
  }
  return n - 1
}

const rowOf = (ref: string): number => {
  const m = /(\d+)$/.exec(ref)
  return m === null ? Number.NaN : Number(m[1])
}

/**
 * Reads a sheet's `sheetData`, calling `emit` with each row as its end tag is read.
 * `current()` is the number of the row being read, for errors.
 */
export const sheet = (context: Context, emit: (row: SheetRow) => void): Handler & { current(): number } => {
  let inData = false
  let rowNumber = 0
  // a row without its number takes the number of its first cell's reference, else the next
  let numberPending = false
  let cells: Array<SheetValue.Value> = []
  let column = -1
  // the cell being read
  let type = "n"
  let style = 0
  let value: Array<string> = []
  let valueLength = 0
  let inValue = false
  let inInline = false
  let hadInline = false
  let hasValue = false
  const runs = new Runs()

  const finish = (): SheetValue.Value => {
    const raw = value.length === 1 ? (value[0] as string) : value.join("")
    switch (type) {
      case "s": {
        if (!hasValue || raw.trim() === "") return null
        const index = Number(raw)
        const text = context.shared?.[index]
        if (text === undefined || !Number.isInteger(index)) throw new PartError("damaged", "a cell refers to a missing shared string")
        return text
      }
      case "inlineStr":
        return hadInline ? runs.take() : hasValue ? unescapeOoxml(raw) : null
      case "str":
        return hasValue ? unescapeOoxml(raw) : null
      case "b":
        return hasValue ? raw.trim() === "1" || raw.trim().toLowerCase() === "true" : null
      case "e":
        return hasValue ? { _tag: "SheetError", code: raw.trim() } : null
      case "d": {
        if (!hasValue || raw.trim() === "") return null
        const text = raw.trim()
        const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`)
        return Number.isNaN(date.getTime()) ? raw : date
      }
      default: {
        if (!hasValue || raw.trim() === "") return null
        const n = Number(raw)
        if (!Number.isFinite(n)) return raw
        return context.dateStyles[style] === true ? serialToDate(n, context.date1904) : n
      }
    }
  }

  return {
    current: () => (numberPending ? rowNumber + 1 : rowNumber),
    open(name, a) {
      if (!inData) {
        if (name === "sheetData") inData = true
        return
      }
      switch (name) {
        case "row": {
          const r = a.r === undefined ? Number.NaN : Number(a.r)
          numberPending = !(Number.isInteger(r) && r > 0)
          if (!numberPending) rowNumber = r
          cells = []
          column = -1
          return
        }
        case "c": {
          const ref = a.r
          const at = ref === undefined ? -1 : columnOf(ref)
          column = at >= 0 ? at : column + 1
          if (column >= MAX_COLUMNS) throw new PartError("damaged", "a cell lies beyond the last column")
          if (numberPending) {
            const r = ref === undefined ? Number.NaN : rowOf(ref)
            rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1
            numberPending = false
          }
          type = a.t ?? "n"
          style = a.s === undefined ? 0 : Number(a.s)
          value = []
          valueLength = 0
          inValue = false
          inInline = false
          hadInline = false
          hasValue = false
          return
        }
        case "v":
          inValue = true
          hasValue = true
          return
        case "is":
          inInline = true
          hadInline = true
          return
        default:
          if (inInline) runs.open(name)
      }
    },
    close(name) {
      if (!inData) return
      switch (name) {
        case "sheetData":
          inData = false
          return
        case "v":
          inValue = false
          return
        case "is":
          inInline = false
          return
        case "c": {
          const v = finish()
          while (cells.length < column) cells.push(null)
          cells[column] = v
          return
        }
        case "row": {
          if (numberPending) {
            rowNumber++
            numberPending = false
          }
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
          emit({ number: rowNumber, cells })
          cells = []
          return
        }
        default:
          if (inInline) runs.close(name)
      }
    },
    text(text) {
      if (inValue) {
        valueLength += text.length
        if (valueLength > MAX_TEXT) throw new PartError("tooLong", "a cell is too long")
        value.push(text)
      } else if (inInline) {
        runs.text(text)
      }
    }
  }
}
