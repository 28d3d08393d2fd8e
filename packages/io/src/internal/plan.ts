/**
 * From a header row to a plan of columns, and from a data row to a candidate record with its
 * problems.
 */
import type { Geography, Label as LabelModule } from "@pctnxh/core"
import { Period, Time } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as SheetValue from "../SheetValue.js"
import type { Row } from "../Csv.js"
import type { Column, Problem } from "../ImportReport.js"
import { DuplicateColumns, MissingColumns } from "../IoError.js"
import type { Field, FieldType, Mapping } from "../Mapping.js"
import { accepted, defaults as defaultMappings, isUic, match, normalise } from "../Mapping.js"
import { letter } from "./columns.js"
import { fold } from "./fold.js"

type Label = LabelModule.Label

/** A column the plan reads, with the field it fills. */
export interface PlanColumn extends Column {
  readonly field: Field
  readonly scale: SheetValue.Scale
}

export interface Plan {
  readonly mapping: Mapping
  readonly headerRow: number
  readonly columns: ReadonlyArray<PlanColumn>
  readonly byField: ReadonlyMap<string, PlanColumn>
  readonly ignored: ReadonlyArray<Column>
  readonly uic: ReadonlyArray<PlanColumn>
  /** Values for fields whose column is absent or whose cell is empty. */
  readonly defaults: ReadonlyMap<string, SheetValue.Value>
  /** The mapping's fields in order, each with its column and what reading it needs. */
  readonly reads: ReadonlyArray<FieldRead>
  /** Whether the mapping has a birth-year field (filled from a UIC birth date when empty). */
  readonly mapsBirthYear: boolean
}

/** A field of the mapping as a row is read: its column, and the readings of its cells so far. */
export interface FieldRead {
  readonly field: Field
  readonly column: PlanColumn | undefined
  /** The UIC part the field holds (`code`, `ownName`, …), or `undefined` when it holds none. */
  readonly uic: string | undefined
  /**
   * The readings of the cell texts met so far, for types whose reading depends on the text
   * alone (members, dates, amounts, numbers, years, yes/no, periods); `undefined` for the others.
   */
  readonly seen: Map<string, SheetValue.Read<unknown>> | undefined
}

/** Types whose reading of a cell depends on its text (and the column's scale) alone. */
const TEXT_ONLY: ReadonlySet<FieldType["_tag"]> = new Set(["member", "date", "money", "integer", "number", "year", "boolean", "period"])

/** How many readings of one field are kept before they are forgotten. */
const SEEN = 1_024

const headerText = (value: SheetValue.Value): string => SheetValue.text(value) ?? ""

/** How many distinct fields a row's cells name (to find the header row). */
export const headerScore = (mapping: Mapping, row: Row): number => {
  const fields = new Set<string>()
  for (const cell of row.cells) {
    const m = match(mapping, headerText(cell))
    if (m !== undefined) fields.add(m.field.name)
  }
  return fields.size
}

export const isBlankRow = (row: Row): boolean => row.cells.every(SheetValue.isBlank)

const TOTAL = new Set(["tong", "tong cong", "cong", "tong so", "total", "grand total", "sum"])

/** A row of totals under the data (`Tổng cộng`, `Cộng`, `Total` in its first filled cell). */
export const isTotalRow = (row: Row): boolean => {
  const first = row.cells.find((c) => !SheetValue.isBlank(c))
  // folding keeps ASCII digits, and no word of a total has one: most rows are not folded
  return typeof first === "string" && !/[0-9]/.test(first) && TOTAL.has(fold(first))
}

export interface PlanInput {
  readonly file: string
  readonly sheet: string | undefined
  readonly mapping: Mapping
  readonly header: Row
  readonly defaults: ReadonlyMap<string, SheetValue.Value>
}

/** Titles of columns an import does not read, which the report may repeat. */
const COMMON_TITLES = ["STT", "TT", "Số TT", "Số thứ tự", "No.", "No", "#", "Ghi chú", "Chú thích", "Note", "Notes", "Remarks", "Điện thoại", "Số điện thoại", "Phone", "Địa chỉ", "Address", "Email"]

let knownTitles: ReadonlySet<string> | undefined

/**
 * Whether a header that names no field is a title the library knows (a field's header of any
 * kind, or a common title such as `STT` or `Ghi chú`). Only such headers are repeated in the
 * report: a header row may hold data (a line break lost between the header and the first row, a
 * file without a header), and the report never repeats a value of the file.
 */
const isKnownTitle = (text: string): boolean => {
  knownTitles ??= new Set(
    [...COMMON_TITLES, ...Object.values(defaultMappings).flatMap((m) => m.fields.flatMap((f) => f.headers))].map((h) => normalise(h))
  )
  return knownTitles.has(normalise(text))
}

/** Builds the plan, or the file-level error that stops the import. */
export const plan = (input: PlanInput): Either.Either<Plan, MissingColumns | DuplicateColumns> => {
  const { mapping, header } = input
  const candidates = new Map<string, Array<{ column: Column; rank: number; field: Field }>>()
  const ignored: Array<Column> = []
  header.cells.forEach((cell, index) => {
    const text = headerText(cell)
    if (text === "") return
    const column: Column = { index, letter: letter(index), header: text }
    const m = match(mapping, text)
    if (m === undefined) {
      ignored.push(isKnownTitle(text) ? column : { ...column, header: "" })
      return
    }
    const list = candidates.get(m.field.name) ?? []
    list.push({ column, rank: m.rank, field: m.field })
    candidates.set(m.field.name, list)
  })
  const columns: Array<PlanColumn> = []
  for (const [name, list] of candidates) {
    const best = Math.min(...list.map((c) => c.rank))
    const top = list.filter((c) => c.rank === best)
    if (top.length > 1) {
      return Either.left(
        new DuplicateColumns({
          file: input.file,
          ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
          field: name,
          columns: top.map((c) => `${c.column.letter} "${c.column.header}"`)
        })
      )
    }
    const chosen = top[0]!
    columns.push({ ...chosen.column, field: chosen.field, scale: chosen.field.type._tag === "money" ? SheetValue.scaleOfHeader(chosen.column.header) : 0 })
    for (const other of list) if (other !== chosen) ignored.push(other.column)
  }
  columns.sort((a, b) => a.index - b.index)
  ignored.sort((a, b) => a.index - b.index)
  const byField = new Map(columns.map((c) => [c.field.name, c]))
  const missing = mapping.fields.filter((f) => f.required && !byField.has(f.name) && !input.defaults.has(f.name))
  if (missing.length > 0) {
    return Either.left(
      new MissingColumns({
        file: input.file,
        ...(input.sheet === undefined ? {} : { sheet: input.sheet }),
        entity: mapping.kind,
        headerRow: header.number,
        columns: missing.map((f) => ({ field: f.name, label: f.label, headers: [...f.headers] }))
      })
    )
  }
  return Either.right({
    mapping,
    headerRow: header.number,
    columns,
    byField,
    ignored,
    uic: columns.filter((c) => isUic(c.field)),
    defaults: input.defaults,
    reads: mapping.fields.map((field) => ({
      field,
      column: byField.get(field.name),
      uic: isUic(field) ? field.name.slice("uic.".length) : undefined,
      seen: TEXT_ONLY.has(field.type._tag) ? new Map() : undefined
    })),
    mapsBirthYear: mapping.fields.some((f) => f.name === "birthYear")
  })
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const R = {
  member: (type: Extract<FieldType, { _tag: "member" }>): Label => {
    const vi = type.vocabulary.members.map((m) => type.vocabulary.labels[m]?.vi ?? m).join(", ")
    const en = type.vocabulary.members.map((m) => type.vocabulary.labels[m]?.en ?? m).join(", ")
    return {
      vi: `không phải là giá trị được chấp nhận; hãy dùng một trong: ${vi}`,
      en: `is not an accepted value; use one of: ${en}`
    }
  },
  unitId: { vi: "không có đơn vị hành chính với mã định danh này", en: "there is no administrative unit with this id" },
  unitCode: {
    vi: "không phải là mã đơn vị hành chính có hiệu lực vào ngày của dòng (mã 2, 3 hoặc 5 chữ số, hoặc dạng 308@pre2025)",
    en: "is not an administrative unit code in force on the row's date (a code of 2, 3 or 5 digits, or an id such as 308@pre2025)"
  },
  unitName: {
    vi: "không tìm thấy đơn vị hành chính có tên này vào ngày của dòng; hãy ghi mã đơn vị",
    en: "no administrative unit has this name on the row's date; write the unit's code"
  },
  unitAmbiguous: {
    vi: "có nhiều đơn vị hành chính cùng tên này; hãy ghi mã đơn vị",
    en: "several administrative units have this name; write the unit's code"
  },
  disaggregation: {
    vi: "phân tổ phải viết dạng khoá=giá trị; khoá=giá trị, như sex=female; ageBand=20-24",
    en: "write the disaggregation as key=value; key=value, such as sex=female; ageBand=20-24"
  }
} as const

const TYPE_PREFIXES = ["thanh pho ", "thi tran ", "dac khu ", "thi xa ", "phuong ", "huyen ", "quan ", "tinh ", "xa "]
const bareName = (folded: string): string => {
  for (const p of TYPE_PREFIXES) if (folded.startsWith(p)) return folded.slice(p.length)
  return folded
}

const lower = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim()
const TYPE_PREFIXES_VI = ["thành phố ", "thị trấn ", "đặc khu ", "thị xã ", "phường ", "huyện ", "quận ", "tỉnh ", "xã "]
const bareLower = (name: string): string => {
  for (const p of TYPE_PREFIXES_VI) if (name.startsWith(p)) return name.slice(p.length)
  return name
}

const padCode = (digits: string): string => (digits.length === 1 ? `0${digits}` : digits.length === 4 ? `0${digits}` : digits)

/** Reads a unit cell: an id, a code (alone, before a name, or in parentheses after it), or a name. */
export const unit = (geography: Geography.Geography, value: SheetValue.Value, asOf: string): SheetValue.Read<string> => {
  if (SheetValue.isSheetError(value)) return SheetValue.number(value) as unknown as SheetValue.Read<string>
  const t = typeof value === "number" && Number.isInteger(value) && value >= 0 ? padCode(String(value)) : SheetValue.text(value)
  if (t === undefined) return Either.left(R.unitCode)
  if (/^\d{2,5}@[0-9A-Za-z][0-9A-Za-z._-]*$/.test(t)) {
    return Option.isSome(geography.get(t)) ? Either.right(t) : Either.left(R.unitId)
  }
  const code =
    /^(\d{1,5})$/.exec(t)?.[1] ?? /^(\d{2,5})\s*[-–:.]\s*\S/.exec(t)?.[1] ?? /\((\d{2,5})\)\s*$/.exec(t)?.[1]
  if (code !== undefined) {
    const found = geography.byCode(padCode(code), asOf)
    return Either.isRight(found) ? Either.right(found.right.id) : Either.left(R.unitCode)
  }
  const folded = fold(t)
  const found = geography.search(t, { asOf, limit: 50 })
  // the name as written, diacritics included ("Hải Phòng" is not "Hải Phong"), then folded
  const strict = lower(t)
  const exact = found.filter((u) => lower(u.name) === strict || bareLower(lower(u.name)) === strict)
  if (exact.length === 1) return Either.right(exact[0]!.id)
  const loose = found.filter((u) => {
    const name = fold(u.name)
    return name === folded || bareName(name) === folded
  })
  if (loose.length === 1) return Either.right(loose[0]!.id)
  return Either.left(exact.length + loose.length === 0 ? R.unitName : R.unitAmbiguous)
}

const DIMENSIONS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["sex", ["sex", "gioi tinh", "gioi"]],
  ["ageBand", ["ageband", "age band", "nhom tuoi", "do tuoi"]],
  ["residence", ["residence", "cu tru"]],
  ["population", ["population", "doi tuong"]]
]

const dimensionOf = (key: string): string => {
  const f = fold(key)
  for (const [name, names] of DIMENSIONS) if (names.includes(f)) return name
  return key.trim()
}

/**
 * A bounded memo for cell readings: officers' files repeat the same few labels, dates and unit
 * codes, so most cells are read once. Cleared when full, so memory stays bounded.
 */
export class Memo<A> {
  private readonly map = new Map<string, A>()
  constructor(private readonly limit = 1_024) {}
  get(key: string, make: () => A): A {
    const hit = this.map.get(key)
    if (hit !== undefined) return hit
    const value = make()
    if (this.map.size >= this.limit) this.map.clear()
    this.map.set(key, value)
    return value
  }
}

/** The context a row is read in. */
export interface RowContext {
  readonly geography: Geography.Geography
  readonly unitsAsOf: string | undefined
  readonly today: string
  /** Member types of the dimensions a disaggregation cell may name. */
  readonly dimensionTypes: ReadonlyMap<string, Extract<FieldType, { _tag: "member" }>>
  /** Memos of member, date and unit readings. */
  readonly memo: {
    readonly member: Memo<SheetValue.Read<string>>
    readonly date: Memo<SheetValue.Read<string>>
    readonly unit: Memo<SheetValue.Read<string>>
  }
}

/** A fresh context's memos. */
export const memos = (): RowContext["memo"] => ({ member: new Memo(), date: new Memo(), unit: new Memo() })

/** A data row read against a plan: the candidate record, its UIC parts, and its problems. */
export interface Candidate {
  readonly record: Record<string, unknown>
  readonly uic: Record<string, string>
  readonly problems: Array<Problem>
}

const set = (target: Record<string, unknown>, path: string, value: unknown): void => {
  if (!path.includes(".")) {
    target[path] = value
    return
  }
  const parts = path.split(".")
  let at = target
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!
    const next = at[key]
    if (typeof next !== "object" || next === null) at[key] = {}
    at = at[key] as Record<string, unknown>
  }
  at[parts[parts.length - 1]!] = value
}

const memberIds = new WeakMap<FieldType, string>()
let nextMemberId = 0
const memberId = (type: FieldType): string => {
  let id = memberIds.get(type)
  if (id === undefined) {
    id = String(nextMemberId++)
    memberIds.set(type, id)
  }
  return id
}

const memberOf = (
  type: Extract<FieldType, { _tag: "member" }>,
  value: SheetValue.Value,
  memo: Memo<SheetValue.Read<string>>
): SheetValue.Read<string> => {
  if (SheetValue.isSheetError(value)) return SheetValue.number(value) as unknown as SheetValue.Read<string>
  const t = SheetValue.text(value)
  if (t === undefined) return Either.left(R.member(type))
  return memo.get(`${memberId(type)}\u0000${t}`, () => {
    const found = accepted(type).get(fold(t))
    return found === undefined ? Either.left(R.member(type)) : Either.right(found)
  })
}

const readValue = (
  type: FieldType,
  value: SheetValue.Value,
  scale: SheetValue.Scale,
  context: RowContext
): SheetValue.Read<unknown> => {
  switch (type._tag) {
    case "text": {
      if (SheetValue.isSheetError(value)) return SheetValue.number(value)
      return Either.right(SheetValue.text(value))
    }
    case "integer":
      return SheetValue.integer(value)
    case "number":
      return SheetValue.number(value)
    case "money":
      return SheetValue.money(value, scale)
    case "date":
      return typeof value === "string" ? context.memo.date.get(value, () => SheetValue.date(value)) : SheetValue.date(value)
    case "year":
      return SheetValue.year(value)
    case "boolean":
      return SheetValue.boolean(value)
    case "period":
      return SheetValue.period(value)
    case "list": {
      if (SheetValue.isSheetError(value)) return SheetValue.number(value)
      const t = SheetValue.text(value) ?? ""
      return Either.right(
        t
          .split(/[;,\n]+/)
          .map((s) => s.trim())
          .filter((s) => s !== "")
      )
    }
    case "disaggregation": {
      if (SheetValue.isSheetError(value)) return SheetValue.number(value)
      const t = SheetValue.text(value) ?? ""
      const out: Record<string, string> = {}
      for (const part of t.split(/[;\n]+/)) {
        if (part.trim() === "") continue
        const eq = part.indexOf("=")
        if (eq <= 0) return Either.left(R.disaggregation)
        const key = dimensionOf(part.slice(0, eq))
        const raw = part.slice(eq + 1).trim()
        if (key === "" || raw === "") return Either.left(R.disaggregation)
        const typeOf = context.dimensionTypes.get(key)
        if (typeOf === undefined) out[key] = raw
        else {
          const m = memberOf(typeOf, raw, context.memo.member)
          if (Either.isLeft(m)) return m
          out[key] = m.right
        }
      }
      return Either.right(out)
    }
    case "member":
      return memberOf(type, value, context.memo.member)
    case "unit":
      // resolved in a second pass, once the row's date is known
      return Either.right(value)
  }
}

const OUT_OF_RANGE = {
  vi: "nằm ngoài khoảng thời gian có danh mục đơn vị hành chính (1900–2200)",
  en: "lies outside the years the list of administrative units covers (1900–2200)"
}

const yearStart = (year: unknown): string | undefined =>
  typeof year === "number" && Number.isInteger(year) ? `${year}-01-01` : undefined

const periodStart = (id: unknown): string | undefined => {
  if (typeof id !== "string") return undefined
  const p = Period.parse(id)
  return Either.isRight(p) ? Period.startDate(p.right, "plain") : undefined
}

/** Where a problem of a row is: the column read (if one was) and the field. */
const where = (column: PlanColumn | undefined, field: Field): Pick<Problem, "column" | "field"> => ({
  ...(column === undefined ? {} : { column: { index: column.index, letter: column.letter, header: column.header } }),
  field: field.name
})

/** Reads a data row against the plan. */
export const candidate = (plan: Plan, row: Row, context: RowContext): Candidate => {
  const record: Record<string, unknown> = {}
  const uic: Record<string, string> = {}
  const problems: Array<Problem> = []
  const units: Array<{ field: Field; value: SheetValue.Value; column: PlanColumn | undefined }> = []
  // the value of the field that dates the row's units, the only value read again
  const own = plan.mapping.unitDate
  let ownValue: unknown = undefined
  for (const r of plan.reads) {
    const { field, column } = r
    let value: SheetValue.Value = column === undefined ? null : (row.cells[column.index] ?? null)
    let from = column
    if (SheetValue.isBlank(value)) {
      const fallback = plan.defaults.get(field.name)
      if (fallback === undefined) continue
      value = fallback
      from = undefined
    }
    if (field.type._tag === "unit") {
      units.push({ field, value, column: from })
      continue
    }
    let read: SheetValue.Read<unknown> | undefined
    // a cell of the column itself: its text read before gives the same reading
    const seen = from === column && typeof value === "string" ? r.seen : undefined
    if (seen !== undefined) read = seen.get(value as string)
    if (read === undefined) {
      read = readValue(field.type, value, from?.scale ?? 0, context)
      if (seen !== undefined) {
        if (seen.size >= SEEN) seen.clear()
        seen.set(value as string, read)
      }
    }
    if (Either.isLeft(read)) {
      problems.push({ ...where(from, field), reason: read.left })
      continue
    }
    if (read.right === undefined) continue
    if (field.name === own?.field) ownValue = read.right
    if (r.uic !== undefined) {
      const v = read.right
      uic[r.uic] = typeof v === "string" ? v : String(v)
    } else if (field.type._tag === "disaggregation") {
      const current = (record.disaggregation ?? {}) as Record<string, unknown>
      record.disaggregation = { ...(read.right as Record<string, string>), ...current }
    } else {
      set(record, field.name, read.right)
    }
  }
  if (units.length > 0) {
    const rowDate =
      own === undefined
        ? undefined
        : own.from === "date"
          ? (ownValue as string | undefined)
          : own.from === "year"
            ? yearStart(ownValue)
            : periodStart(ownValue)
    // a period or year the geography does not cover (before 1900, after 2200) is the row's date problem
    if (own !== undefined && rowDate !== undefined && !Time.isIsoDate(rowDate) && context.unitsAsOf === undefined) {
      const field = plan.mapping.fields.find((f) => f.name === own.field)
      if (field !== undefined) problems.push({ ...where(plan.byField.get(own.field), field), reason: OUT_OF_RANGE })
    }
    const asOf = context.unitsAsOf ?? (rowDate !== undefined && Time.isIsoDate(rowDate) ? rowDate : undefined) ?? context.today
    // a row whose own date cannot be read cannot have its codes resolved: only the date is blamed
    const dateUnreadable = own !== undefined && context.unitsAsOf === undefined && problems.some((p) => p.field === own.field)
    for (const u of units) {
      if (dateUnreadable) {
        // the row is rejected for its date; a well-formed stand-in keeps the unit from being
        // reported as missing
        set(record, u.field.name, "00@unresolved")
        continue
      }
      const key = u.value instanceof Date || SheetValue.isSheetError(u.value) ? undefined : `${String(u.value)}\u0000${asOf}`
      const read =
        key === undefined
          ? unit(context.geography, u.value, asOf)
          : context.memo.unit.get(key, () => unit(context.geography, u.value, asOf))
      if (Either.isLeft(read)) problems.push({ ...where(u.column, u.field), reason: read.left })
      else set(record, u.field.name, read.right)
    }
  }
  if (plan.mapping.kind === "aggregateValue" && record.disaggregation === undefined) record.disaggregation = {}
  problems.sort((a, b) => (a.column?.index ?? Number.MAX_SAFE_INTEGER) - (b.column?.index ?? Number.MAX_SAFE_INTEGER))
  return { record, uic, problems }
}

/** The column that holds a field named in a decoding issue (`referral.outcome`, `attendeeIds[2]`). */
export const columnOfIssue = (plan: Plan, field: string): PlanColumn | undefined => {
  const bare = field.replace(/\[\d+\]/g, "")
  const direct = plan.byField.get(bare)
  if (direct !== undefined) return direct
  return plan.columns.find((c) => c.field.name.startsWith(`${bare}.`) || bare.startsWith(`${c.field.name}.`))
}
