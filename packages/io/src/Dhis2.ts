/**
 * Sending a report to DHIS2: a `dataValueSet` JSON document for the `/api/dataValueSets`
 * endpoint, and ADX (the IHE Aggregate Data Exchange XML that DHIS2 imports at
 * `/api/dataValueSets` with `Content-Type: application/adx+xml`), through a mapping the user
 * supplies from our indicators, units and breakdowns to DHIS2 codes (or uids).
 *
 * **Mapping.** `dataElements` maps an indicator code to a data element; `orgUnits` maps a unit
 * id (`31@pre2025`) to an organisation unit, and `"*"` to the one that receives the report's
 * total column; `categoryOptionCombos` maps a breakdown, written `sex=female` (attributes
 * sorted, joined by `;`), to a category option combo for the JSON document — the total needs
 * none (DHIS2's default combo); `categories` maps a breakdown attribute to an ADX category and
 * each value to an option code, for ADX. `dataSet` is sent when given (ADX requires it);
 * `attributeOptionCombo` is sent in the JSON document only.
 *
 * **What is sent.** Every cell with a value whose indicator, unit, breakdown and period are
 * mapped; values as plain decimal strings (`2609`, `9.2`). Cells without a value are not sent.
 * A cell suppressed by disclosure control is not sent (`suppressed: "omit"`, the default); with
 * `suppressed: "comment"` the JSON document sends it with an empty value and a comment naming
 * the reason, which makes DHIS2 delete a number sent for that cell earlier (ADX always omits
 * it). A cell the mapping does not cover fails the export with an {@link IoError.ExportError}
 * listing everything missing, or is skipped and counted with `unmapped: "skip"`.
 *
 * **Periods.** DHIS2 period ids in the JSON document: `2019`, `2019S1`, `2019Q1`, `201903`,
 * `20190315`; ranges and programme phases have none (they count as unmapped). DHIS2 periods
 * are calendar periods, so a report under the administrative calendar (Decree 09/2019, a year
 * from 15 December) is refused unless `administrativeCalendar: "asPlain"` says to send its
 * periods under their calendar ids. ADX writes each period as its first day and a duration
 * (`2019-01-01/P1Y`, `2019-01-01/P3M`, `2016-01-01/P5Y`) under the report's own calendar, so
 * an administrative year is `2018-12-15/P1Y`.
 *
 * @example
 * ```ts
 * import { Dhis2 } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 *
 * const mapping: Dhis2.Mapping = {
 *   dataSet: "PCTNXH_QUARTERLY",
 *   dataElements: { INSPECTION_VISITS: "INSP_VISITS", INSPECTION_VIOLATIONS: "INSP_VIOL" },
 *   orgUnits: { "22@pre2025": "VN_QN", "*": "VN" }
 * }
 * const result = Either.getOrThrow(Dhis2.dataValueSet(report, mapping))
 * // POST JSON.stringify(result.document) to /api/dataValueSets
 * ```
 * @since 0.1.0
 */
import { Period } from "@pctnxh/core"
import type { Report } from "@pctnxh/indicators"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { ExportError } from "./IoError.js"
import type { Cell } from "./internal/layout.js"
import { breakdownKey, isSuppressed, safeCells } from "./internal/layout.js"

// ---------------------------------------------------------------------------------------------
// The documented formats
// ---------------------------------------------------------------------------------------------

const DHIS2_PERIOD = /^(\d{4}|\d{4}S[12]|\d{4}Q[1-4]|\d{4}(0[1-9]|1[0-2])|\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))$/

/**
 * A DHIS2 period id of the kinds this export writes: `2019`, `2019S1`, `2019Q1`, `201903`,
 * `20190315`.
 *
 * @since 0.1.0
 */
export const PeriodId = Schema.String.pipe(Schema.pattern(DHIS2_PERIOD)).annotations({ identifier: "Dhis2PeriodId" })

const Id = Schema.String.pipe(Schema.minLength(1))

/**
 * One data value of a dataValueSet, as DHIS2 documents it: the value is a string.
 *
 * @since 0.1.0
 */
export const DataValue = Schema.Struct({
  dataElement: Id,
  period: PeriodId,
  orgUnit: Id,
  categoryOptionCombo: Schema.optional(Id),
  attributeOptionCombo: Schema.optional(Id),
  value: Schema.String,
  comment: Schema.optional(Schema.String)
}).annotations({ identifier: "Dhis2DataValue" })
/** @since 0.1.0 */
export type DataValue = typeof DataValue.Type

/**
 * A DHIS2 dataValueSet document.
 *
 * @since 0.1.0
 */
export const DataValueSet = Schema.Struct({
  dataSet: Schema.optional(Id),
  completeDate: Schema.optional(Schema.String.pipe(Schema.pattern(/^\d{4}-\d{2}-\d{2}$/))),
  period: Schema.optional(PeriodId),
  orgUnit: Schema.optional(Id),
  attributeOptionCombo: Schema.optional(Id),
  dataValues: Schema.Array(DataValue)
}).annotations({ identifier: "Dhis2DataValueSet" })
/** @since 0.1.0 */
export type DataValueSet = typeof DataValueSet.Type

/**
 * The ADX namespace.
 *
 * @since 0.1.0
 */
export const ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"

// ---------------------------------------------------------------------------------------------
// The mapping
// ---------------------------------------------------------------------------------------------

const Code = Schema.NonEmptyTrimmedString

/**
 * A mapping from a report's codes to DHIS2's (see the module). Plain JSON, so it can live in a
 * configuration file.
 *
 * @since 0.1.0
 */
export const Mapping = Schema.Struct({
  dataSet: Schema.optional(Code),
  attributeOptionCombo: Schema.optional(Code),
  /** Indicator code → data element. */
  dataElements: Schema.Record({ key: Schema.String, value: Code }),
  /** Unit id → organisation unit; `"*"` → the organisation unit of the report's total. */
  orgUnits: Schema.Record({ key: Schema.String, value: Code }),
  /** Breakdown (`sex=female`, `population=sex_worker;sex=female`) → category option combo. */
  categoryOptionCombos: Schema.optional(Schema.Record({ key: Schema.String, value: Code })),
  /** Breakdown attribute → ADX category and the option code of each value. */
  categories: Schema.optional(
    Schema.Record({
      key: Schema.String,
      value: Schema.Struct({ category: Code, options: Schema.Record({ key: Schema.String, value: Code }) })
    })
  )
}).annotations({ identifier: "Dhis2Mapping" })
/** @since 0.1.0 */
export type Mapping = typeof Mapping.Type

/**
 * Options of the exports.
 *
 * @since 0.1.0
 */
export interface Options {
  /** `fail` (default): a cell the mapping does not cover fails the export; `skip`: it is counted and left out. */
  readonly unmapped?: "fail" | "skip" | undefined
  /** JSON only — `omit` (default) or `comment` (see the module). */
  readonly suppressed?: "omit" | "comment" | undefined
  /** `refuse` (default) a report under the administrative calendar, or send its periods `asPlain`. */
  readonly administrativeCalendar?: "refuse" | "asPlain" | undefined
  /** The date the data set was completed, `YYYY-MM-DD` (JSON only). */
  readonly completeDate?: string | undefined
  /** When the ADX document was made (an ISO timestamp; now by default). */
  readonly exported?: string | undefined
}

/**
 * What an export made, and what it left out.
 *
 * @since 0.1.0
 */
export interface Result<A> {
  readonly document: A
  /** Data values written. */
  readonly sent: number
  /** Cells left out: suppressed, without a value, or not covered by the mapping (with `skip`). */
  readonly omitted: { readonly suppressed: number; readonly noValue: number; readonly unmapped: number }
  /** What the mapping did not cover: `indicator CODE`, `unit ID`, `breakdown KEY`, `period ID`. */
  readonly unmapped: ReadonlyArray<string>
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/**
 * The DHIS2 period id of a report period: `2019M03` → `201903`; `undefined` for a range or a
 * phase, which DHIS2 has no id for.
 *
 * @example
 * ```ts
 * import { Dhis2 } from "@pctnxh/io"
 * Dhis2.period("2019M03") // "201903"
 * Dhis2.period("2019Q1") // "2019Q1"
 * ```
 * @since 0.1.0
 */
export const period = (id: string): string | undefined => {
  const p = Period.parse(id)
  if (Either.isLeft(p)) return undefined
  const v = p.right
  switch (v.kind) {
    case "year":
    case "half":
    case "quarter":
    case "day":
      return v.id
    case "month":
      return v.id.replace("M", "")
    default:
      return undefined
  }
}

const durationOf = (p: Period.Period): string | undefined => {
  switch (p.kind) {
    case "year":
      return "P1Y"
    case "half":
      return "P6M"
    case "quarter":
      return "P3M"
    case "month":
      return "P1M"
    case "day":
      return "P1D"
    case "range": {
      const unit = Period.unitOf(p)
      if (unit === "day") return undefined
      const n = Period.split(p, unit).length
      return unit === "year" ? `P${n}Y` : unit === "half" ? `P${6 * n}M` : unit === "quarter" ? `P${3 * n}M` : `P${n}M`
    }
    default:
      return undefined
  }
}

/**
 * The ADX period of a report period under a calendar: its first day and its duration.
 *
 * @example
 * ```ts
 * import { Dhis2 } from "@pctnxh/io"
 * Dhis2.adxPeriod("2019", "plain") // "2019-01-01/P1Y"
 * Dhis2.adxPeriod("2019", "administrative") // "2018-12-15/P1Y"
 * Dhis2.adxPeriod("2016/2020", "plain") // "2016-01-01/P5Y"
 * ```
 * @since 0.1.0
 */
export const adxPeriod = (id: string, calendar: "plain" | "administrative"): string | undefined => {
  const p = Period.parse(id)
  if (Either.isLeft(p)) return undefined
  if (p.right.kind === "phase") return undefined
  const duration = durationOf(p.right)
  return duration === undefined ? undefined : `${Period.startDate(p.right, calendar)}/${duration}`
}

// ---------------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------------

/** A plain decimal string: no exponent, no grouping, at most 12 significant digits. */
const decimal = (n: number): string => {
  const s = String(Number(n.toPrecision(12)))
  if (!/e/i.test(s)) return s
  return n.toFixed(Math.max(0, 12 - Math.floor(Math.log10(Math.abs(n))) - 1)).replace(/\.?0+$/, "")
}

interface Resolved {
  readonly cell: Cell
  readonly dataElement: string
  readonly orgUnit: string
  readonly period: string
  readonly breakdown: string
}

const NOT_COVERED = {
  vi: "ánh xạ DHIS2 không có mã cho",
  en: "the DHIS2 mapping has no code for"
}

const resolveAll = (
  report: Report.Report,
  mapping: Mapping,
  options: Options,
  target: "DHIS2" | "ADX",
  periodOf: (id: string) => string | undefined,
  breakdownOf: (breakdown: Readonly<Record<string, string | null>>, key: string) => string | undefined | null
): Either.Either<{ readonly resolved: ReadonlyArray<Resolved>; readonly omitted: Result<unknown>["omitted"]; readonly unmapped: ReadonlyArray<string> }, ExportError> => {
  const missing = new Set<string>()
  const resolved: Array<Resolved> = []
  let suppressed = 0
  let noValue = 0
  let skipped = 0
  const totalUnit = mapping.orgUnits["*"] ?? (report.scope.id === null ? undefined : mapping.orgUnits[report.scope.id])
  for (const cell of safeCells(report)) {
    if (isSuppressed(cell)) {
      if (options.suppressed !== "comment" || target === "ADX") {
        suppressed++
        continue
      }
    } else if (cell.value === null) {
      noValue++
      continue
    }
    const gaps: Array<string> = []
    const dataElement = mapping.dataElements[cell.indicator]
    if (dataElement === undefined) gaps.push(`indicator ${cell.indicator}`)
    const orgUnit =
      cell.adminUnit === undefined ? totalUnit : cell.adminUnit === null ? undefined : mapping.orgUnits[cell.adminUnit]
    if (orgUnit === undefined) gaps.push(`unit ${cell.adminUnit === undefined ? "*" : (cell.adminUnit ?? "(none)")}`)
    const p = periodOf(cell.period)
    if (p === undefined) gaps.push(`period ${cell.period}`)
    const key = breakdownKey(cell.disaggregation)
    const b = breakdownOf(cell.disaggregation, key)
    if (b === null) gaps.push(`breakdown ${key}`)
    if (gaps.length > 0) {
      for (const g of gaps) missing.add(g)
      skipped++
      continue
    }
    resolved.push({ cell, dataElement: dataElement!, orgUnit: orgUnit!, period: p!, breakdown: b ?? "" })
  }
  const unmapped = [...missing].sort()
  if (unmapped.length > 0 && options.unmapped !== "skip") {
    return Either.left(new ExportError({ target, reason: NOT_COVERED, missing: unmapped }))
  }
  return Either.right({ resolved, omitted: { suppressed, noValue, unmapped: skipped }, unmapped })
}

const ADMINISTRATIVE = {
  vi: "báo cáo theo kỳ báo cáo hành chính (Nghị định 09/2019) không khớp với kỳ của DHIS2; dùng lịch thường, xuất ADX, hoặc chọn administrativeCalendar: \"asPlain\"",
  en: "a report under the administrative calendar (Decree 09/2019) does not match DHIS2's periods; use the plain calendar, export ADX, or set administrativeCalendar: \"asPlain\""
}

/**
 * The report as a DHIS2 dataValueSet (see the module for what is sent).
 *
 * @since 0.1.0
 */
export const dataValueSet = (
  report: Report.Report,
  mapping: Mapping,
  options: Options = {}
): Either.Either<Result<DataValueSet>, ExportError> => {
  if (report.calendar === "administrative" && options.administrativeCalendar !== "asPlain") {
    return Either.left(new ExportError({ target: "DHIS2", reason: ADMINISTRATIVE }))
  }
  const combos = mapping.categoryOptionCombos ?? {}
  return Either.map(
    resolveAll(report, mapping, options, "DHIS2", period, (_, key) => (key === "" ? undefined : (combos[key] ?? null))),
    ({ resolved, omitted, unmapped }) => {
      const dataValues: Array<DataValue> = resolved.map((r) => {
        const suppressed = isSuppressed(r.cell)
        return {
          dataElement: r.dataElement,
          period: r.period,
          orgUnit: r.orgUnit,
          ...(r.breakdown === "" ? {} : { categoryOptionCombo: r.breakdown }),
          ...(mapping.attributeOptionCombo === undefined ? {} : { attributeOptionCombo: mapping.attributeOptionCombo }),
          value: suppressed || r.cell.value === null ? "" : decimal(r.cell.value),
          ...(suppressed ? { comment: `suppressed: ${r.cell.disclosure?.reason ?? "disclosure control"}` } : {})
        }
      })
      const document: DataValueSet = {
        ...(mapping.dataSet === undefined ? {} : { dataSet: mapping.dataSet }),
        ...(options.completeDate === undefined ? {} : { completeDate: options.completeDate }),
        ...(mapping.attributeOptionCombo === undefined ? {} : { attributeOptionCombo: mapping.attributeOptionCombo }),
        dataValues
      }
      return { document, sent: dataValues.length, omitted, unmapped }
    }
  )
}

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const RESERVED = new Set(["dataElement", "value", "period", "orgUnit", "dataSet", "completeDate"])

const NO_DATASET = { vi: "ADX cần mã bộ dữ liệu (dataSet) trong ánh xạ", en: "ADX needs a data set (dataSet) in the mapping" }
const BAD_CATEGORY = {
  vi: "mã danh mục (category) phải là tên thuộc tính XML hợp lệ và khác các thuộc tính của ADX",
  en: "a category code must be a valid XML attribute name and not one of ADX's own attributes"
}

/**
 * The report as an ADX document (see the module for what is sent): one `group` per
 * organisation unit and period, one `dataValue` per cell, breakdowns as category attributes.
 *
 * @since 0.1.0
 */
export const adx = (report: Report.Report, mapping: Mapping, options: Options = {}): Either.Either<Result<string>, ExportError> => {
  const dataSet = mapping.dataSet
  if (dataSet === undefined) return Either.left(new ExportError({ target: "ADX", reason: NO_DATASET }))
  const categories = mapping.categories ?? {}
  const bad = Object.values(categories)
    .map((c) => c.category)
    .filter((c) => !XML_NAME.test(c) || RESERVED.has(c))
  if (bad.length > 0) return Either.left(new ExportError({ target: "ADX", reason: BAD_CATEGORY, missing: bad }))
  const attributesOf = (breakdown: Readonly<Record<string, string | null>>): string | null => {
    const parts: Array<string> = []
    for (const attribute of Object.keys(breakdown).sort()) {
      const value = breakdown[attribute] ?? null
      const category = categories[attribute]
      const option = value === null ? undefined : category?.options[value]
      if (category === undefined || option === undefined) return null
      parts.push(`${category.category}="${escape(option)}"`)
    }
    return parts.join(" ")
  }
  return Either.map(
    resolveAll(report, mapping, options, "ADX", (id) => adxPeriod(id, report.calendar), (b) => attributesOf(b)),
    ({ resolved, omitted, unmapped }) => {
      const groups = new Map<string, Array<Resolved>>()
      for (const r of resolved) {
        const key = `${r.orgUnit}\u0000${r.period}`
        const list = groups.get(key) ?? []
        list.push(r)
        groups.set(key, list)
      }
      const exported = options.exported ?? new Date().toISOString()
      const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<adx xmlns="${ADX_NAMESPACE}" exported="${escape(exported)}">`]
      for (const list of groups.values()) {
        const first = list[0]!
        lines.push(`  <group dataSet="${escape(dataSet)}" orgUnit="${escape(first.orgUnit)}" period="${escape(first.period)}">`)
        for (const r of list) {
          const attrs = r.breakdown === "" ? "" : ` ${r.breakdown}`
          lines.push(`    <dataValue dataElement="${escape(r.dataElement)}"${attrs} value="${decimal(r.cell.value ?? 0)}"/>`)
        }
        lines.push("  </group>")
      }
      lines.push("</adx>")
      return { document: `${lines.join("\n")}\n`, sent: resolved.length, omitted, unmapped }
    }
  )
}
