/**
 * Reading the value a spreadsheet cell holds the way a Vietnamese officer wrote it: numbers
 * such as `2.609` and `135,8`, money such as `3.300.000 đ` and `3,3 triệu`, dates such as `15/06/2017`,
 * periods such as `Quý I/2019`, and vocabulary members given by their key or their Vietnamese
 * or English label.
 *
 * Every reader returns `Either.right(value)` or `Either.left(reason)`, where the reason is a
 * bilingual text that describes what was expected and never repeats what was found.
 *
 * Rules (also in docs/import-export.md):
 *
 * - **Numbers.** Spaces (also non-breaking and thin spaces) are ignored. With both `.` and `,`,
 *   the one that comes last is the decimal mark and the other groups thousands (`1.234.567,5`
 *   and `1,234,567.5` are both 1234567.5). With several `.` (`1.234.567`) or several `,`
 *   (`1,234,567`) they group thousands. A single `,` is a decimal comma (`135,8` is 135.8,
 *   `2,609` is 2.609). A single `.` followed by exactly three digits, after one to three digits
 *   that do not start with 0, groups thousands (`2.609` is 2609, `135.800` is 135800);
 *   otherwise it is a decimal point (`135.8`, `0.500`, `1234.567`). Number cells of a
 *   spreadsheet are taken as they are.
 * - **Money** is whole VND. A number as above, optionally followed by `nghìn`/`ngàn`/`k`
 *   (× 1,000), `triệu`/`tr` (× 1,000,000) or `tỷ`/`tỉ` (× 1,000,000,000), and by `đồng`, `đ`,
 *   `₫`, `VND` or `VNĐ`; `3,3 triệu` is 3,300,000. A column whose header names a scale in
 *   parentheses or after a comma (`Kinh phí (triệu đồng)`) multiplies the cells that name
 *   neither a scale nor the currency (there `135,8` is 135,800,000 and `3.300.000 đ` stays
 *   3,300,000). The result must be a whole number of đồng.
 * - **Dates** are day first: `15/06/2017`, `15-06-2017`, `15.06.2017`, `5/6/2017`, `ngày 15
 *   tháng 6 năm 2017`, or ISO `2017-06-15`; a time after the date is ignored. Date cells of a
 *   spreadsheet and spreadsheet serial numbers (43631 is 2019-06-15) are read as dates. Years
 *   have four digits. A text such as `06/15/2017`, whose second number cannot be a month, is
 *   refused with a hint rather than read month first.
 *
 * @since 0.1.0
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { Period, Time } from "@pctnxh/core"
import * as Either from "effect/Either"
import { fold, foldKeepingPunctuation } from "./internal/fold.js"


/**
 * A spreadsheet cell that holds an error such as `#N/A` or `#REF!`.
 *
 * @since 0.1.0
 */
export interface SheetError {
  readonly _tag: "SheetError"
  /** The spreadsheet's error code, e.g. `#N/A`. */
  readonly code: string
}

/**
 * The value of one cell as a reader hands it on: text (all of a CSV), a number, a boolean or a
 * date (from a spreadsheet's typed cells), an error cell, or `null` for an empty cell.
 *
 * @since 0.1.0
 */
export type Value = string | number | boolean | Date | SheetError | null

/**
 * A cell's reading: the value, or why it could not be read.
 *
 * @since 0.1.0
 */
export type Read<A> = Either.Either<A, LabelModule.Label>

/**
 * Whether a value is a spreadsheet error cell.
 *
 * @since 0.1.0
 */
export const isSheetError = (u: unknown): u is SheetError =>
  typeof u === "object" && u !== null && (u as SheetError)._tag === "SheetError"

/**
 * Whether a cell is empty: `null`, or text of spaces only.
 *
 * @since 0.1.0
 */
export const isBlank = (value: Value): boolean =>
  value === null || (typeof value === "string" && value.trim() === "")

const R = {
  sheetError: {
    vi: "ô có lỗi của bảng tính (như #N/A, #REF!): hãy sửa công thức hoặc nhập giá trị",
    en: "the cell holds a spreadsheet error (such as #N/A or #REF!): fix the formula or type the value"
  },
  number: {
    vi: "không phải là số; viết theo kiểu Việt Nam như 2.609 hoặc 135,8",
    en: "is not a number; write it the Vietnamese way, such as 2.609 or 135,8"
  },
  grouping: {
    vi: "dấu phân cách hàng nghìn không đúng chỗ; viết như 1.234.567 hoặc 1.234.567,5",
    en: "has thousands separators in the wrong places; write it like 1.234.567 or 1.234.567,5"
  },
  whole: { vi: "phải là số nguyên", en: "must be a whole number" },
  negative: { vi: "không được là số âm", en: "must not be negative" },
  wholeDong: { vi: "phải là số đồng chẵn (không có phần lẻ)", en: "must be a whole number of đồng" },
  money: {
    vi: "không phải là số tiền; viết như 3.300.000, 3.300.000 đ hoặc 3,3 triệu",
    en: "is not an amount of money; write it like 3.300.000, 3.300.000 đ or 3,3 triệu"
  },
  tooLarge: { vi: "quá lớn", en: "is too large" },
  date: {
    vi: "không phải là ngày; viết ngày/tháng/năm như 15/06/2017",
    en: "is not a date; write day/month/year, such as 15/06/2017"
  },
  monthFirst: {
    vi: "có vẻ viết tháng trước ngày; hãy viết ngày/tháng/năm như 15/06/2017",
    en: "looks like month/day/year; write day/month/year, such as 15/06/2017"
  },
  twoDigitYear: { vi: "năm phải viết đủ 4 chữ số", en: "the year must have four digits" },
  notReal: { vi: "không phải là ngày có thật (trong khoảng 1900–2200)", en: "is not a real date (between 1900 and 2200)" },
  year: { vi: "phải là năm có 4 chữ số, như 1995", en: "must be a year of four digits, such as 1995" },
  boolean: { vi: "phải là Có hoặc Không", en: "must be Yes or No" },
  period: {
    vi: "không phải là kỳ báo cáo; viết như 2019, Quý 1/2019, Tháng 3/2019, 6 tháng đầu năm 2019, 2019Q1 hoặc 2016-2020",
    en: "is not a period; write it like 2019, 2019Q1, 2019M03, 2019S1, Quý 1/2019, Tháng 3/2019 or 2016-2020"
  }
} as const

/**
 * The text of a cell, trimmed; `undefined` when it is empty. Numbers are written without
 * grouping, dates as `YYYY-MM-DD`.
 *
 * @since 0.1.0
 */
export const text = (value: Value): string | undefined => {
  if (value === null || isSheetError(value)) return undefined
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  const s = String(value).trim()
  return s === "" ? undefined : s
}

interface Decimal {
  readonly negative: boolean
  readonly int: string
  readonly frac: string
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g

const grouped = (s: string, sep: "." | ","): boolean =>
  (sep === "." ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/).test(s)

const count = (s: string, c: string): number => {
  let n = 0
  for (const ch of s) if (ch === c) n++
  return n
}

/** Reads the digits of a number written with Vietnamese (or unambiguous English) marks. */
const decimal = (input: string): Decimal | LabelModule.Label => {
  let s = input.replace(SPACES, "")
  let negative = false
  if (s.startsWith("-") || s.startsWith("\u2212")) {
    negative = true
    s = s.slice(1)
  } else if (s.startsWith("+")) {
    s = s.slice(1)
  }
  if (!/^[0-9.,]+$/.test(s) || !/\d/.test(s)) return R.number
  const dots = count(s, ".")
  const commas = count(s, ",")
  const split = (at: number): Decimal | LabelModule.Label => {
    const int = s.slice(0, at)
    const frac = s.slice(at + 1)
    if (frac === "" || !/^\d+$/.test(frac)) return R.number
    return { negative, int: int === "" ? "0" : int, frac }
  }
  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf(".")
    const lastComma = s.lastIndexOf(",")
    const mark = lastDot > lastComma ? "." : ","
    const group = mark === "." ? "," : "."
    const at = Math.max(lastDot, lastComma)
    if (count(s, mark) > 1) return R.grouping
    const head = s.slice(0, at)
    if (!grouped(head, group)) return R.grouping
    const r = split(at)
    return typeof (r as Decimal).int === "string" ? { ...(r as Decimal), int: head.replaceAll(group, "") } : r
  }
  if (dots > 1) return grouped(s, ".") ? { negative, int: s.replaceAll(".", ""), frac: "" } : R.grouping
  if (commas > 1) return grouped(s, ",") ? { negative, int: s.replaceAll(",", ""), frac: "" } : R.grouping
  if (commas === 1) return split(s.indexOf(","))
  if (dots === 1) {
    const at = s.indexOf(".")
    const head = s.slice(0, at)
    const tail = s.slice(at + 1)
    if (tail.length === 3 && /^[1-9]\d{0,2}$/.test(head)) return { negative, int: head + tail, frac: "" }
    return split(at)
  }
  return { negative, int: s, frac: "" }
}

const isLabel = (u: unknown): u is LabelModule.Label => typeof u === "object" && u !== null && "vi" in u && "en" in u

const toNumber = (d: Decimal): number => {
  const n = Number(`${d.int}.${d.frac === "" ? "0" : d.frac}`)
  return d.negative && n !== 0 ? -n : n
}

/**
 * Reads a number (see the module's rules).
 *
 * @example
 * ```ts
 * import { SheetValue } from "@pctnxh/io"
 * SheetValue.number("2.609") // Either.right(2609)
 * SheetValue.number("135,8") // Either.right(135.8)
 * SheetValue.number("1.234.567,5") // Either.right(1234567.5)
 * ```
 * @since 0.1.0
 */
export const number = (value: Value): Read<number> => {
  if (isSheetError(value)) return Either.left(R.sheetError)
  if (typeof value === "number") return Number.isFinite(value) ? Either.right(value) : Either.left(R.number)
  if (typeof value !== "string") return Either.left(R.number)
  const d = decimal(value.trim())
  if (isLabel(d)) return Either.left(d)
  const n = toNumber(d)
  // hundreds of digits read as Infinity
  return Number.isFinite(n) ? Either.right(n) : Either.left(R.tooLarge)
}

/**
 * Reads a whole number, refusing fractions and negatives unless `negative` is allowed.
 *
 * @since 0.1.0
 */
export const integer = (value: Value, options?: { readonly negative?: boolean }): Read<number> =>
  Either.flatMap(number(value), (n): Read<number> =>
    !Number.isInteger(n)
      ? Either.left(R.whole)
      : n < 0 && options?.negative !== true
        ? Either.left(R.negative)
        : !Number.isSafeInteger(n)
          ? Either.left(R.tooLarge)
          : Either.right(n)
  )

/**
 * A power of ten that money in a column is written in: 0 for đồng, 3 for nghìn đồng, 6 for
 * triệu đồng, 9 for tỷ đồng.
 *
 * @since 0.1.0
 */
export type Scale = 0 | 3 | 6 | 9

const SCALE_WORDS: ReadonlyArray<readonly [RegExp, Scale]> = [
  [/^(ty|ti)$/, 9],
  [/^(trieu|tr)$/, 6],
  [/^(nghin|ngan|k)$/, 3]
]

/**
 * The scale a header names (`Kinh phí (triệu đồng)` → 6, `Số tiền (nghìn đồng)` → 3), or 0.
 * Only a part in parentheses or after a comma, colon or dash is read.
 *
 * @since 0.1.0
 */
export const scaleOfHeader = (header: string): Scale => {
  const parts: Array<string> = []
  for (const m of header.matchAll(/\(([^)]*)\)/g)) parts.push(m[1] ?? "")
  const tail = /[,:\u2013\u2014-]\s*([^,:\u2013\u2014-]+)$/.exec(header.replace(/\([^)]*\)/g, ""))
  if (tail !== null) parts.push(tail[1] ?? "")
  for (const part of parts) {
    const f = fold(part)
    if (/\b(ty|ti) dong\b/.test(f)) return 9
    if (/\b(trieu|tr) dong\b|^trieu$|^tr$/.test(f)) return 6
    if (/\b(nghin|ngan) dong\b|\b1 ?000 ?(dong|d)\b/.test(f)) return 3
  }
  return 0
}

const shift = (d: Decimal, scale: number): Read<number> => {
  const frac = d.frac.replace(/0+$/, "")
  if (frac.length > scale) return Either.left(R.wholeDong)
  const digits = (d.int + frac.padEnd(scale, "0")).replace(/^0+(?=\d)/, "")
  const n = Number(digits)
  if (!Number.isSafeInteger(n)) return Either.left(R.tooLarge)
  if (d.negative && n !== 0) return Either.left(R.negative)
  return Either.right(n)
}

/**
 * Reads an amount of whole VND (see the module's rules). `scale` is the column's scale, used
 * when the cell names none.
 *
 * @example
 * ```ts
 * import { SheetValue } from "@pctnxh/io"
 * SheetValue.money("3.300.000") // Either.right(3300000)
 * SheetValue.money("135,8 triệu đồng") // Either.right(135800000)
 * SheetValue.money("135,8", 6) // Either.right(135800000)
 * ```
 * @since 0.1.0
 */
export const money = (value: Value, scale: Scale = 0): Read<number> => {
  if (isSheetError(value)) return Either.left(R.sheetError)
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return Either.left(R.money)
    // a number cell: shift through its decimal text so that 135.8 × 10^6 stays exact
    const s = String(Math.abs(value))
    if (/e/i.test(s)) return Number.isSafeInteger(value * 10 ** scale) ? Either.right(value * 10 ** scale) : Either.left(R.tooLarge)
    const [int = "0", frac = ""] = s.split(".")
    return shift({ negative: value < 0, int, frac }, scale)
  }
  if (typeof value !== "string") return Either.left(R.money)
  const f = foldKeepingPunctuation(value.trim())
  const m = /^(?:vnd\s*)?([-+\u2212]?[\d.,\s\u00a0\u2009\u202f]*\d[\d.,\s\u00a0\u2009\u202f]*?)\s*([a-z]+)?\.?\s*(dong|d|vnd|₫)?$/.exec(f)
  if (m === null) return Either.left(R.money)
  // a cell that names đồng (`3.300.000 đ`) or a scale (`3,3 triệu`) is not scaled by its column
  let own: Scale | undefined = m[3] === undefined && !/^vnd/.test(f) ? undefined : 0
  const word = m[2]
  if (word !== undefined) {
    if (word === "dong" || word === "d" || word === "vnd") {
      own = 0
    } else {
      const found = SCALE_WORDS.find(([re]) => re.test(word))
      if (found === undefined) return Either.left(R.money)
      own = found[1]
    }
  }
  const d = decimal(m[1] ?? "")
  if (isLabel(d)) return Either.left(d === R.number ? R.money : d)
  return shift(d, own ?? scale)
}

const pad2 = (n: number): string => String(n).padStart(2, "0")
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`

const real = (y: number, m: number, d: number): Read<string> => {
  const s = iso(y, m, d)
  return Time.isIsoDate(s) ? Either.right(s) : Either.left(R.notReal)
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/**
 * The date of a spreadsheet serial number in the 1900 date system (43631 → `2019-06-15`); the
 * time of day is dropped.
 *
 * @since 0.1.0
 */
export const fromSerial = (serial: number): string =>
  new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10)

/**
 * Reads a date to `YYYY-MM-DD` (see the module's rules).
 *
 * @example
 * ```ts
 * import { SheetValue } from "@pctnxh/io"
 * SheetValue.date("15/06/2017") // Either.right("2017-06-15")
 * SheetValue.date("2017-06-15") // Either.right("2017-06-15")
 * SheetValue.date("06/15/2017") // Either.left(… "write day/month/year" …)
 * ```
 * @since 0.1.0
 */
export const date = (value: Value): Read<string> => {
  if (isSheetError(value)) return Either.left(R.sheetError)
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return Either.left(R.date)
    // spreadsheet readers give a date cell as midnight UTC of that day
    return real(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value >= 2958466) return Either.left(R.date)
    const s = fromSerial(value)
    return Time.isIsoDate(s) ? Either.right(s) : Either.left(R.notReal)
  }
  if (typeof value !== "string") return Either.left(R.date)
  const s = value.trim().replace(/(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i, "")
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)
  if (m !== null) return real(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/.exec(s)
  if (m === null) {
    const words = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{2,4})$/.exec(fold(s))
    if (words === null) return Either.left(R.date)
    m = words
  }
  const day = Number(m[1])
  const month = Number(m[2])
  const year = m[3] ?? ""
  if (year.length !== 4) return Either.left(R.twoDigitYear)
  if (month > 12 && day <= 12) return Either.left(R.monthFirst)
  return real(Number(year), month, day)
}

/**
 * Reads a year of four digits between 1900 and 2100.
 *
 * @since 0.1.0
 */
export const year = (value: Value): Read<number> => {
  if (value instanceof Date) return Either.left(R.year)
  const n = typeof value === "string" ? (/^\s*\d{4}\s*$/.test(value) ? Number(value) : Number.NaN) : value
  return typeof n === "number" && Number.isInteger(n) && n >= 1900 && n <= 2100 ? Either.right(n) : Either.left(R.year)
}

const YES = new Set(["co", "x", "yes", "y", "true", "1", "dung", "phai"])
const NO = new Set(["khong", "no", "n", "false", "0", "sai"])

/**
 * Reads yes or no: `Có`/`Không`, `x` for yes, `Yes`/`No`, `true`/`false`, `1`/`0`.
 *
 * @since 0.1.0
 */
export const boolean = (value: Value): Read<boolean> => {
  if (typeof value === "boolean") return Either.right(value)
  if (typeof value === "number") return value === 1 ? Either.right(true) : value === 0 ? Either.right(false) : Either.left(R.boolean)
  if (typeof value !== "string") return Either.left(R.boolean)
  const f = fold(value)
  if (value.trim() === "\u2713" || value.trim() === "\u2714") return Either.right(true)
  return YES.has(f) ? Either.right(true) : NO.has(f) ? Either.right(false) : Either.left(R.boolean)
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

const vietnamesePeriod = (f: string): string | undefined => {
  let m = /^(?:nam )?(\d{4})$/.exec(f)
  if (m !== null) return m[1]
  m = /^(?:quy|q) (i|ii|iii|iv|[1-4])(?: nam)? (\d{4})$/.exec(f) ?? /^q([1-4]) (\d{4})$/.exec(f)
  if (m !== null) return `${m[2]}Q${ROMAN[m[1] ?? ""] ?? m[1]}`
  m = /^(\d{4}) q([1-4])$/.exec(f)
  if (m !== null) return `${m[1]}Q${m[2]}`
  m = /^(?:thang )?(\d{1,2})(?: nam)? (\d{4})$/.exec(f)
  if (m !== null) return `${m[2]}M${pad2(Number(m[1]))}`
  m = /^6 thang (dau|cuoi)(?: nam)? (\d{4})$/.exec(f) ?? /^(?:nua|ban) (dau|cuoi) nam (\d{4})$/.exec(f)
  if (m !== null) return `${m[2]}S${m[1] === "dau" ? 1 : 2}`
  m = /^(?:giai doan )?(\d{4}) (\d{4})$/.exec(f)
  if (m !== null) return `${m[1]}/${m[2]}`
  return undefined
}

/**
 * Reads a period to its canonical id: DHIS2 ids (`2019`, `2019Q1`, `2019S1`, `2019M03`,
 * `201903`, `2016/2020`) or the Vietnamese ways of writing them (`Năm 2019`, `Quý I/2019`,
 * `Quý 1 năm 2019`, `Tháng 3/2019`, `03/2019`, `6 tháng đầu năm 2019`, `2016-2020`).
 *
 * @example
 * ```ts
 * import { SheetValue } from "@pctnxh/io"
 * SheetValue.period("Quý I/2019") // Either.right("2019Q1")
 * SheetValue.period("6 tháng đầu năm 2019") // Either.right("2019S1")
 * ```
 * @since 0.1.0
 */
export const period = (value: Value): Read<string> => {
  if (isSheetError(value)) return Either.left(R.sheetError)
  if (typeof value === "number") return period(String(value))
  if (typeof value !== "string") return Either.left(R.period)
  const s = value.trim()
  const direct = Period.parse(s)
  if (Either.isRight(direct)) return Either.right(direct.right.id)
  const guess = vietnamesePeriod(fold(s))
  if (guess === undefined) return Either.left(R.period)
  const again = Period.parse(guess)
  return Either.isRight(again) ? Either.right(again.right.id) : Either.left(R.period)
}
