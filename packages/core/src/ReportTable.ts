/**
 * The report table: the one contract between the package that computes a report
 * (`@pctnxh/indicators`), the one that releases it (`@pctnxh/privacy`) and the one that writes it
 * to files (`@pctnxh/io`).
 *
 * - **One key.** A cell is found by its indicator, period, administrative unit and breakdown,
 *   written as one string by {@link key} and read back by {@link parseKey} — never through
 *   JSON. The total over units and the total of a breakdown are the same sentinel,
 *   {@link TOTAL} (`*`); a record with no unit at the level, or no value for an attribute, is
 *   {@link NONE} (`~`).
 * - **One mark.** Disclosure control marks every released cell with a {@link Mark}: published,
 *   suppressed (with what is printed instead, `<5` or `x`) or perturbed, and why.
 * - **One cell.** A {@link ReportCell} holds its value, numerator and denominator, unit, source,
 *   flags, explanation, the contributions behind an amount, and its mark.
 * - **Cells by key.** {@link index} builds (once per table) a map from key to cell, so no
 *   consumer scans the cells to find one.
 *
 * What a table carries besides its cells is what a release needs to judge them: for every
 * indicator the figures its cells are made of ({@link Figure}: a value, or a numerator and a
 * denominator) and whether each is public; the administrative units the cells are about, with
 * their parents on the report's date ({@link Units}); and the validation results, whose
 * explanations quote figures.
 *
 * @example
 * ```ts
 * import { ReportTable } from "@pctnxh/core"
 *
 * const k = ReportTable.key({ indicator: "CONTACTS", period: "2019", disaggregation: { sex: "female" } })
 * // "CONTACTS|2019|*|sex=female"
 * ReportTable.parseKey(k) // { indicator: "CONTACTS", period: "2019", adminUnit: undefined, disaggregation: { sex: "female" } }
 * ReportTable.get(report, { indicator: "CONTACTS", period: "2019" }) // the total cell, by key
 * ```
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminLevel } from "./AdminUnit.js"
import { Calendar } from "./Calendar.js"
import { Text } from "./CoreError.js"
import { vocabulary } from "./Label.js"

// ---------------------------------------------------------------------------------------------
// Members and keys
// ---------------------------------------------------------------------------------------------

/**
 * The member of a total: the total over every unit of a report's scope, and the total of a
 * breakdown.
 *
 * @since 0.1.0
 */
export const TOTAL = "*"

/**
 * The member of records with no unit at the report's level on their date, or no value for a
 * breakdown attribute.
 *
 * @since 0.1.0
 */
export const NONE = "~"

/**
 * A unit or breakdown value as a member of a dimension: `undefined` (the total) is
 * {@link TOTAL}, `null` (none) is {@link NONE}; a value that starts with `*`, `~` or `\` is
 * escaped with a leading `\`, so that no value is ever read as a sentinel.
 *
 * @since 0.1.0
 */
export const member = (value: string | null | undefined): string => {
  if (value === undefined) return TOTAL
  if (value === null) return NONE
  const first = value.charCodeAt(0)
  // `*`, `~` and `\`
  return first === 42 || first === 126 || first === 92 ? `\\${value}` : value
}

/**
 * The value a member stands for: the inverse of {@link member}.
 *
 * @since 0.1.0
 */
export const memberValue = (m: string): string | null | undefined =>
  m === TOTAL ? undefined : m === NONE ? null : m.startsWith("\\") ? m.slice(1) : m

const RESERVED = /[%|;=]/
// most texts have nothing to escape: they are returned as they are, without a new string
const escape = (s: string): string =>
  RESERVED.test(s) ? s.replace(/[%|;=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`) : s
const unescape = (s: string): string =>
  s.includes("%") ? s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s

/**
 * A breakdown as text: its attributes sorted, `attribute=member` joined by `;`
 * (`population=sex_worker;sex=female`); `""` for the total. This is also how a breakdown is
 * written in mapping files (DHIS2 category option combos).
 *
 * @since 0.1.0
 */
export const breakdownKey = (d: Readonly<Record<string, string | null>>): string => {
  const keys = Object.keys(d)
  if (keys.length === 0) return ""
  if (keys.length === 1) return `${escape(keys[0]!)}=${escape(member(d[keys[0]!] ?? null))}`
  return keys
    .sort()
    .map((k) => `${escape(k)}=${escape(member(d[k] ?? null))}`)
    .join(";")
}

/**
 * Reads a {@link breakdownKey} back.
 *
 * @since 0.1.0
 */
export const parseBreakdown = (text: string): Record<string, string | null> => {
  const out: Record<string, string | null> = {}
  if (text === "") return out
  for (const pair of text.split(";")) {
    const at = pair.indexOf("=")
    const name = unescape(at < 0 ? pair : pair.slice(0, at))
    const value = memberValue(unescape(at < 0 ? "" : pair.slice(at + 1)))
    out[name] = value === undefined ? null : value
  }
  return out
}

/**
 * Where a cell is: its period, its unit (absent for the total over units, `null` for records
 * with no unit at the level) and its breakdown (absent or `{}` for the total).
 *
 * @since 0.1.0
 */
export interface Coordinates {
  readonly period: string
  readonly adminUnit?: string | null | undefined
  readonly disaggregation?: Readonly<Record<string, string | null>> | undefined
}

/**
 * A cell's place and indicator.
 *
 * @since 0.1.0
 */
export interface Where extends Coordinates {
  readonly indicator: string
}

/**
 * The key of a cell: `INDICATOR|period|unit|breakdown`, unit and breakdown values as members.
 *
 * @since 0.1.0
 */
export type Key = string & { readonly ReportTableKey: unique symbol }

/**
 * The key of coordinates without an indicator: `period|unit|breakdown`.
 *
 * @since 0.1.0
 */
export const coordinates = (where: Coordinates): string =>
  `${escape(where.period)}|${escape(member(where.adminUnit))}|${breakdownKey(where.disaggregation ?? {})}`

/**
 * The key of a cell.
 *
 * @since 0.1.0
 */
export const key = (where: Where): Key => `${escape(where.indicator)}|${coordinates(where)}` as Key

/**
 * Reads coordinates back from {@link coordinates}.
 *
 * @since 0.1.0
 */
export const parseCoordinates = (
  text: string
): { readonly period: string; readonly adminUnit: string | null | undefined; readonly disaggregation: Record<string, string | null> } => {
  const [period = "", unit = TOTAL, breakdown = ""] = text.split("|")
  return { period: unescape(period), adminUnit: memberValue(unescape(unit)), disaggregation: parseBreakdown(breakdown) }
}

/**
 * Reads a cell's place and indicator back from its {@link key}.
 *
 * @since 0.1.0
 */
export const parseKey = (k: Key | string) => {
  const at = k.indexOf("|")
  return { indicator: unescape(k.slice(0, at)), ...parseCoordinates(k.slice(at + 1)) }
}

// ---------------------------------------------------------------------------------------------
// Marks
// ---------------------------------------------------------------------------------------------

/**
 * What disclosure control did to a cell.
 *
 * @since 0.1.0
 */
export const Status = vocabulary("DisclosureStatus", {
  published: { vi: "Công bố", en: "Published" },
  suppressed: { vi: "Ẩn", en: "Suppressed" },
  perturbed: { vi: "Đã làm nhiễu", en: "Perturbed" }
})
/** @since 0.1.0 */
export type Status = typeof Status.Type

/**
 * Why a cell is suppressed or perturbed.
 *
 * @since 0.1.0
 */
export const Reason = vocabulary("DisclosureReason", {
  "primary-frequency": {
    vi: "Quá ít người hoặc đơn vị đóng góp (dưới ngưỡng tối thiểu)",
    en: "Too few persons or contributors (below the minimum frequency)"
  },
  "primary-dominance": {
    vi: "Một vài đơn vị chiếm phần lớn giá trị của ô (quy tắc trội (n,k))",
    en: "A few contributors make up most of the cell (dominance (n,k) rule)"
  },
  "primary-p-percent": {
    vi: "Đơn vị lớn thứ hai có thể ước lượng quá sát phần của đơn vị lớn nhất (quy tắc p%)",
    en: "The second-largest contributor could estimate the largest one too closely (p% rule)"
  },
  secondary: {
    vi: "Ẩn bổ sung để không thể tính ngược một ô đã ẩn từ các tổng",
    en: "Suppressed so that another suppressed cell cannot be recomputed from totals"
  },
  "cell-key": {
    vi: "Đã cộng nhiễu nhất quán theo khóa ô: cùng một ô luôn nhận cùng một mức nhiễu",
    en: "Perturbed with consistent cell-key noise: the same cell always gets the same noise"
  },
  dp: {
    vi: "Đã cộng nhiễu theo quyền riêng tư vi phân",
    en: "Perturbed with differential-privacy noise"
  }
})
/** @since 0.1.0 */
export type Reason = typeof Reason.Type

/**
 * The mark a released cell carries: its status, why, and what is printed instead of the value
 * of a suppressed cell (`<5` for a count under the threshold, `x` otherwise).
 *
 * @example
 * ```ts
 * const mark: ReportTable.Mark = { status: "suppressed", reason: "primary-frequency", display: "<5" }
 * ```
 * @since 0.1.0
 */
export const Mark = Schema.Struct({
  status: Status,
  reason: Schema.optional(Reason),
  /** What is printed instead of the value of a suppressed cell: `<5` or `x`. */
  display: Schema.optional(Schema.String)
}).annotations({ identifier: "DisclosureMark" })
/** @since 0.1.0 */
export type Mark = typeof Mark.Type

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

const NonNegative = Schema.Number.pipe(Schema.finite(), Schema.nonNegative())

/**
 * Who an amount comes from: how many contributors (establishments, persons, reporting units)
 * it is the sum of, and their largest contributions, largest first. It is what the dominance
 * and p% rules judge an amount by, and it is as sensitive as the records: a release never
 * carries it.
 *
 * @since 0.1.0
 */
export const Contributions = Schema.Struct({
  contributors: Schema.NonNegativeInt,
  largest: Schema.Array(NonNegative)
}).annotations({ identifier: "Contributions" })
/** @since 0.1.0 */
export type Contributions = typeof Contributions.Type

/**
 * A breakdown: attribute → value (`null` where a record has none); `{}` is the total.
 *
 * @since 0.1.0
 */
export const Breakdown = Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) })

/**
 * A cell: one indicator for one period, one unit (absent for the total over units; `null` for
 * records with no unit at the level) and one breakdown (`{}` for the total).
 *
 * - `value`, `numerator`, `denominator`: a ratio's numerator and denominator; for other cells
 *   the numerator is the value and the denominator `null`. `null` is "no data", not 0.
 * - `unit`, `source`, `flags`: the unit of measure, where the value came from, warnings.
 * - `explanation`: the formula with the cell's figures, in both languages.
 * - `contributions`: for a protected amount, who it comes from (never released).
 * - `disclosure`: the mark of a released cell. A mark on a cell that has not been released
 *   means nothing: the release door recomputes every mark.
 *
 * @since 0.1.0
 */
export const ReportCell = Schema.Struct({
  indicator: Schema.String,
  period: Schema.String,
  adminUnit: Schema.optional(Schema.NullOr(Schema.String)),
  disaggregation: Breakdown,
  value: Schema.NullOr(Schema.Number),
  numerator: Schema.NullOr(Schema.Number),
  denominator: Schema.NullOr(Schema.Number),
  unit: Schema.String,
  source: Schema.String,
  flags: Schema.Array(Schema.String),
  explanation: Text,
  contributions: Schema.optional(Contributions),
  disclosure: Schema.optional(Mark)
}).annotations({ identifier: "ReportCell" })
/** @since 0.1.0 */
export type ReportCell = typeof ReportCell.Type

/**
 * A figure a cell is made of — its value, or a ratio's numerator or denominator:
 *
 * - `measure`: what it is a value of, so that the same figure in two indicators is one figure
 *   (the numerator of the average fine *is* the total of fines): the code of the indicator it
 *   is, or `CODE:numerator` / `CODE:denominator` for a part of no indicator of its own;
 * - `unit` and `additive`: what it counts, and whether it adds up over sub-periods and parts;
 * - `public`: why it is published as it is (a budget, a cost norm, a target), when it is.
 *   Figures without it are protected when they count people or establishments, or are money.
 *
 * @since 0.1.0
 */
export const Figure = Schema.Struct({
  measure: Schema.NonEmptyTrimmedString,
  unit: Schema.String,
  additive: Schema.Boolean,
  public: Schema.optional(Text)
}).annotations({ identifier: "ReportFigure" })
/** @since 0.1.0 */
export type Figure = typeof Figure.Type

/**
 * The figures of an indicator's cells: a value; a ratio of a numerator to a denominator times a
 * factor (100 for a percentage); or a value derived from several figures in a way that cannot
 * be recomputed from them (a cost per person against a cost norm) — such a cell is hidden when
 * any of its figures is hidden or perturbed.
 *
 * @since 0.1.0
 */
export const Figures = Schema.Union(
  Schema.TaggedStruct("value", { value: Figure }),
  Schema.TaggedStruct("ratio", { numerator: Figure, denominator: Figure, factor: Schema.Number }),
  Schema.TaggedStruct("derived", { figures: Schema.Array(Figure) })
)
/** @since 0.1.0 */
export type Figures = typeof Figures.Type

/**
 * An indicator as a table describes it: its code, unit, whether it adds up, its formula in
 * words (without figures) and the figures of its cells.
 *
 * @since 0.1.0
 */
export const TableIndicator = Schema.Struct({
  code: Schema.String,
  unit: Schema.String,
  additive: Schema.Boolean,
  formula: Text,
  figures: Figures
}).annotations({ identifier: "TableIndicator" })
/** @since 0.1.0 */
export type TableIndicator = typeof TableIndicator.Type

/**
 * The administrative units of a table, on the date of its map (`asOf`): the level it is broken
 * down by (if any), the unit it is within (its total column; absent for the whole country), the
 * parent of every unit it names — its unit columns, its scope, their ancestors, and every
 * child of each ancestor, so that each list of children is complete (`null`: the country) —
 * and, for each of those units, where its records lie on the latest map the geography knows
 * (`regions`): patterns `Q/P/X` of that map's province `Q`, the province `P` a record's own
 * unit lay in on its own map and that map's commune `X`, `*` for any. Two units of two maps
 * whose patterns do not meet share no record: this is what links a table on the map before
 * the 2025 reorganisation to one on today's map, ward by ward.
 *
 * @since 0.1.0
 */
export const Units = Schema.Struct({
  asOf: Schema.String,
  level: Schema.optional(AdminLevel),
  scope: Schema.optional(Schema.Struct({ id: Schema.String, level: AdminLevel })),
  parents: Schema.Record({ key: Schema.String, value: Schema.NullOr(Schema.String) }),
  regions: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }))
}).annotations({ identifier: "ReportUnits" })
/** @since 0.1.0 */
export type Units = typeof Units.Type

/**
 * One validation failure: the indicators and the place it is about, and an explanation that
 * quotes their figures.
 *
 * @since 0.1.0
 */
export const ValidationFailure = Schema.Struct({
  indicators: Schema.Array(Schema.String),
  period: Schema.String,
  adminUnit: Schema.optional(Schema.NullOr(Schema.String)),
  disaggregation: Breakdown,
  explanation: Text
}).annotations({ identifier: "ValidationFailure" })
/** @since 0.1.0 */
export type ValidationFailure = typeof ValidationFailure.Type

/**
 * What one validation rule found in a table.
 *
 * @since 0.1.0
 */
export const ValidationResult = Schema.Struct({
  rule: Schema.String,
  name: Text,
  severity: Schema.Literal("error", "warning"),
  checked: Schema.Int,
  failures: Schema.Array(ValidationFailure)
}).annotations({ identifier: "ValidationResult" })
/** @since 0.1.0 */
export type ValidationResult = typeof ValidationResult.Type

/**
 * A report table: its calendar, indicators, units, cells and validation results.
 * `@pctnxh/indicators`' `Report` is one, with more about itself around it.
 *
 * @since 0.1.0
 */
export const ReportTable = Schema.Struct({
  calendar: Calendar,
  indicators: Schema.Array(TableIndicator),
  units: Units,
  cells: Schema.Array(ReportCell),
  validation: Schema.Array(ValidationResult)
}).annotations({ identifier: "ReportTable" })
/** @since 0.1.0 */
export type ReportTable = typeof ReportTable.Type

// ---------------------------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------------------------

/**
 * The cells of a table by key, and by indicator.
 *
 * @since 0.1.0
 */
export interface Index<C extends ReportCell = ReportCell> {
  readonly get: (where: Where | Key) => C | undefined
  readonly byIndicator: (indicator: string) => ReadonlyArray<C>
  readonly keys: ReadonlyArray<Key>
}

const indexes = new WeakMap<ReadonlyArray<ReportCell>, Index<ReportCell>>()

/**
 * The index of a table's cells, built once per cell array. Two cells with the same key are a
 * programming error (a `TypeError`).
 *
 * @since 0.1.0
 */
export const index = <C extends ReportCell>(table: { readonly cells: ReadonlyArray<C> }): Index<C> => {
  const known = indexes.get(table.cells)
  if (known !== undefined) return known as unknown as Index<C>
  const byKey = new Map<string, C>()
  const byIndicator = new Map<string, Array<C>>()
  const keys: Array<Key> = []
  for (const c of table.cells) {
    const k = key(c)
    if (byKey.has(k)) throw new TypeError(`ReportTable: two cells have the key ${k}`)
    byKey.set(k, c)
    keys.push(k)
    let list = byIndicator.get(c.indicator)
    if (list === undefined) byIndicator.set(c.indicator, (list = []))
    list.push(c)
  }
  const made: Index<C> = {
    get: (where) => byKey.get(typeof where === "string" ? where : key(where)),
    byIndicator: (indicator) => byIndicator.get(indicator) ?? [],
    keys
  }
  indexes.set(table.cells, made as unknown as Index<ReportCell>)
  return made
}

/**
 * The cell of a table at a place (the total where `adminUnit` or `disaggregation` is absent).
 *
 * @since 0.1.0
 */
export const get = <C extends ReportCell>(table: { readonly cells: ReadonlyArray<C> }, where: Where | Key): C | undefined =>
  index(table).get(where)
