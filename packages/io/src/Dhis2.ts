/**
 * Sending a report to DHIS2 in a form it accepts as it is: a `dataValueSet` JSON document or
 * CSV file, or ADX (the IHE Aggregate Data Exchange XML), all for `POST /api/dataValueSets`,
 * through a {@link Mapping} from our indicators, units, breakdowns and periods to the DHIS2
 * instance's data elements, organisation units, category option combos and periods.
 *
 * **Id schemes.** The ids of each kind in the mapping are either all DHIS2 UIDs (11
 * characters, a letter then letters and digits) or all codes; the kind's scheme is found from
 * them, or declared in `idSchemes`. A mapping mixing both is refused. The JSON document
 * carries its schemes (`dataElementIdScheme`, `orgUnitIdScheme`, `categoryOptionComboIdScheme`,
 * `dataSetIdScheme`, `attributeOptionComboIdScheme`, and `idScheme` when they agree), so a plain
 * POST is read as intended; for ADX and CSV they travel as URL parameters, given in
 * {@link Result.post}.
 *
 * **Periods.** Every period written is one DHIS2 files under the same dates: our year,
 * half-year, quarter, month and day have DHIS2 periods of the same name (`2019`, `2019S1`,
 * `2019Q1`, `201903`, `20190315`) with the same dates under the plain calendar. A report under
 * the administrative calendar of Decree 09/2019 (a year from 15 December) has none — every
 * DHIS2 period starts on the first of a month — and is refused with a
 * {@link IoError.Dhis2CalendarMismatch}, unless the mapping declares how the instance files it:
 * `periods.administrative: "sameId"` (the instance takes each administrative period under the
 * DHIS2 period of the same name, a convention its users must know), or `periods.ids` (our
 * period id → a DHIS2 period id, for any period, a range or a programme phase). ADX writes the
 * DHIS2 period's own first day and duration (`2019-01-01/P1Y`), never the administrative
 * dates, which DHIS2 would refuse (`2018-12-15/P1Y`) or file under the previous quarter
 * (`2018-12-15/P3M`). With `periodType`, values in periods of another type are left out.
 *
 * **Totals and breakdowns.** DHIS2 keeps a data element's values under the category option
 * combos of its category combo; a value under the default combo beside them is refused. So
 * the total of an indicator is sent with the default combo only when none of its breakdowns
 * are sent and the mapping does not give the data element category option combos of its own;
 * otherwise it is sent to the data element named in `total` (a separate "total" data element),
 * or left out and counted in `omitted.totals` (DHIS2 adds the parts up itself). When the parts
 * sent do not add up to a left-out total of an additive indicator, a warning says so.
 *
 * **Value types.** A data element given with its `valueType` (`INTEGER_ZERO_OR_POSITIVE`,
 * `PERCENTAGE`, `NUMBER`…) has every value checked by DHIS2's rules before anything is
 * written: a percentage above 100, a negative count, a fraction for an integer type or an
 * integer beyond DHIS2's range fails the export with {@link IoError.Dhis2InvalidValues}
 * naming each cell (or is left out with `invalidValues: "skip"`). Without a value type, counts
 * that are negative or fractional are listed in `warnings`.
 *
 * **Suppressed cells** are not sent (`suppressed: "omit"`, the default); with
 * `suppressed: "comment"` the JSON and CSV send them with an empty value and a comment naming
 * the reason, which clears a number sent for that cell earlier (ADX always omits them).
 * Cells without a value are not sent. A cell the mapping does not cover fails the export with
 * an {@link IoError.ExportError} listing everything missing, or is skipped and counted with
 * `unmapped: "skip"`.
 *
 * The exports read only the report's calendar, scope, indicators and cells.
 *
 * @example
 * ```ts
 * import { Dhis2 } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 *
 * const mapping: Dhis2.Mapping = {
 *   dataSet: "PCTNXH_ANNUAL",
 *   dataElements: { INSPECTION_VISITS: { id: "INSP_VISITS", valueType: "INTEGER_ZERO_OR_POSITIVE" } },
 *   orgUnits: { "22@pre2025": "VN_QN", "*": "VN_QN" }
 * }
 * const released = yield* Disclosure.release(report, Audience.national) // only a released report is sent
 * const result = Either.getOrThrow(Dhis2.dataValueSet(released, mapping))
 * // POST JSON.stringify(result.document) to result.post.path with result.post.contentType
 * ```
 * @since 0.1.0
 */
import { Period } from "@pctnxh/core"
import type { Report } from "@pctnxh/indicators"
import type { Disclosure } from "@pctnxh/privacy"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Dhis2Period from "./Dhis2Period.js"
import type { InvalidValue, MisfiledPeriod } from "./IoError.js"
import { Dhis2CalendarMismatch, Dhis2InvalidValues, Dhis2MappingError, ExportError } from "./IoError.js"
import type { Cell } from "./internal/layout.js"
import { breakdownKey, isSuppressed, releasedReport } from "./internal/layout.js"

// ---------------------------------------------------------------------------------------------
// The documented formats
// ---------------------------------------------------------------------------------------------

/**
 * A DHIS2 period id of any type DHIS2 parses (`2019`, `2019Q1`, `201903`, `2019April`…).
 *
 * @since 0.1.0
 */
export const PeriodId = Schema.String.pipe(
  Schema.filter((s) => Either.isRight(Dhis2Period.parse(s)) || "not a DHIS2 period id")
).annotations({ identifier: "Dhis2PeriodId" })

const Id = Schema.String.pipe(Schema.minLength(1))

/**
 * DHIS2's identifier schemes for the objects a data value names: its UID or its code.
 *
 * @since 0.1.0
 */
export const IdScheme = Schema.Literal("UID", "CODE")
/** @since 0.1.0 */
export type IdScheme = typeof IdScheme.Type

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
 * A DHIS2 dataValueSet document, with the id schemes its ids are written in.
 *
 * @since 0.1.0
 */
export const DataValueSet = Schema.Struct({
  dataSet: Schema.optional(Id),
  completeDate: Schema.optional(Schema.String.pipe(Schema.pattern(/^\d{4}-\d{2}-\d{2}$/))),
  period: Schema.optional(PeriodId),
  orgUnit: Schema.optional(Id),
  attributeOptionCombo: Schema.optional(Id),
  idScheme: Schema.optional(IdScheme),
  dataElementIdScheme: Schema.optional(IdScheme),
  orgUnitIdScheme: Schema.optional(IdScheme),
  categoryOptionComboIdScheme: Schema.optional(IdScheme),
  attributeOptionComboIdScheme: Schema.optional(IdScheme),
  dataSetIdScheme: Schema.optional(IdScheme),
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

/**
 * The header of a dataValueSet CSV file, as DHIS2 writes and reads it.
 *
 * @since 0.1.0
 */
export const CSV_HEADER = [
  "dataelement",
  "period",
  "orgunit",
  "categoryoptioncombo",
  "attributeoptioncombo",
  "value",
  "storedby",
  "lastupdated",
  "comment",
  "followup",
  "deleted"
] as const

/**
 * The UID and code of DHIS2's default category option combo (the same in every instance).
 *
 * @since 0.1.0
 */
export const DEFAULT_COMBO = { uid: "HllvX50cXC0", code: "default" } as const

/**
 * Whether a text has the shape of a DHIS2 UID: 11 characters, a letter then letters and digits.
 *
 * @since 0.1.0
 */
export const isUid = (id: string): boolean => /^[A-Za-z][A-Za-z0-9]{10}$/.test(id)

// ---------------------------------------------------------------------------------------------
// The mapping
// ---------------------------------------------------------------------------------------------

const Code = Schema.NonEmptyTrimmedString

/**
 * DHIS2's value types that hold numbers, with the rule DHIS2 checks.
 *
 * @since 0.1.0
 */
export const numericValueTypes = [
  "NUMBER",
  "INTEGER",
  "INTEGER_POSITIVE",
  "INTEGER_NEGATIVE",
  "INTEGER_ZERO_OR_POSITIVE",
  "PERCENTAGE",
  "UNIT_INTERVAL"
] as const

/**
 * A data element of the mapping: its id, or its id with what the instance says about it — its
 * `valueType`, the category option combos of its own category combo by breakdown (which take
 * precedence over the mapping's), and a separate data element for its `total`.
 *
 * @since 0.1.0
 */
export const DataElementTarget = Schema.Union(
  Code,
  Schema.Struct({
    id: Code,
    valueType: Schema.optional(Schema.String),
    categoryOptionCombos: Schema.optional(Schema.Record({ key: Schema.String, value: Code })),
    total: Schema.optional(Code)
  })
)
/** @since 0.1.0 */
export type DataElementTarget = typeof DataElementTarget.Type

/**
 * A mapping from a report's codes to a DHIS2 instance's (see the module). Plain JSON, so it
 * can live in a file; `pctnxh dhis2 mapping` builds one from the instance's metadata.
 *
 * @since 0.1.0
 */
export const Mapping = Schema.Struct({
  dataSet: Schema.optional(Code),
  /** The data set's period type; values in periods of another type are left out. */
  periodType: Schema.optional(Schema.Literal(...Dhis2Period.periodTypes)),
  attributeOptionCombo: Schema.optional(Code),
  /** Declared id schemes, by kind; found from the ids when absent. */
  idSchemes: Schema.optional(
    Schema.Struct({
      dataElement: Schema.optional(IdScheme),
      orgUnit: Schema.optional(IdScheme),
      categoryOptionCombo: Schema.optional(IdScheme),
      dataSet: Schema.optional(IdScheme),
      category: Schema.optional(IdScheme),
      categoryOption: Schema.optional(IdScheme)
    })
  ),
  /** Indicator code → data element. */
  dataElements: Schema.Record({ key: Schema.String, value: DataElementTarget }),
  /** Unit id → organisation unit; `"*"` → the organisation unit of the report's total. */
  orgUnits: Schema.Record({ key: Schema.String, value: Code }),
  /** Breakdown (`sex=female`, `population=sex_worker;sex=female`) → category option combo. */
  categoryOptionCombos: Schema.optional(Schema.Record({ key: Schema.String, value: Code })),
  /** Breakdown attribute → ADX category and the option of each value. */
  categories: Schema.optional(
    Schema.Record({
      key: Schema.String,
      value: Schema.Struct({ category: Code, options: Schema.Record({ key: Schema.String, value: Code }) })
    })
  ),
  /** How periods are filed (see the module). */
  periods: Schema.optional(
    Schema.Struct({
      administrative: Schema.optional(Schema.Literal("refuse", "sameId")),
      ids: Schema.optional(Schema.Record({ key: Schema.String, value: Code }))
    })
  )
}).annotations({ identifier: "Dhis2Mapping" })
/** @since 0.1.0 */
export type Mapping = typeof Mapping.Type

/**
 * The id schemes of a mapping, by kind; a kind the mapping has no ids of is absent.
 *
 * @since 0.1.0
 */
export interface Schemes {
  readonly dataElement?: IdScheme | undefined
  readonly orgUnit?: IdScheme | undefined
  readonly categoryOptionCombo?: IdScheme | undefined
  readonly dataSet?: IdScheme | undefined
  readonly category?: IdScheme | undefined
  readonly categoryOption?: IdScheme | undefined
}

const targetOf = (t: DataElementTarget): { id: string; valueType?: string | undefined; categoryOptionCombos?: Readonly<Record<string, string>> | undefined; total?: string | undefined } =>
  typeof t === "string" ? { id: t } : t

/**
 * The ids of each kind a mapping holds.
 *
 * @since 0.1.0
 */
export const idsOf = (mapping: Mapping): { readonly [K in keyof Schemes]-?: ReadonlyArray<string> } => {
  const targets = Object.values(mapping.dataElements).map(targetOf)
  return {
    dataElement: targets.flatMap((t) => (t.total === undefined ? [t.id] : [t.id, t.total])),
    orgUnit: Object.values(mapping.orgUnits),
    categoryOptionCombo: [
      ...Object.values(mapping.categoryOptionCombos ?? {}),
      ...targets.flatMap((t) => Object.values(t.categoryOptionCombos ?? {})),
      ...(mapping.attributeOptionCombo === undefined ? [] : [mapping.attributeOptionCombo])
    ].filter((id) => id !== DEFAULT_COMBO.code && id !== DEFAULT_COMBO.uid),
    dataSet: mapping.dataSet === undefined ? [] : [mapping.dataSet],
    category: Object.values(mapping.categories ?? {}).map((c) => c.category),
    categoryOption: Object.values(mapping.categories ?? {}).flatMap((c) => Object.values(c.options))
  }
}

const FIELD: Record<keyof Schemes, string> = {
  dataElement: "dataElements",
  orgUnit: "orgUnits",
  categoryOptionCombo: "categoryOptionCombos",
  dataSet: "dataSet",
  category: "categories",
  categoryOption: "categories.options"
}

/**
 * The id scheme of each kind of a mapping: the declared one, else UID when every id of the
 * kind has a UID's shape and CODE when none has. Fails with a
 * {@link IoError.Dhis2MappingError} when one kind mixes both, or when ids declared UIDs are not.
 *
 * @since 0.1.0
 */
export const schemesOf = (mapping: Mapping): Either.Either<Schemes, Dhis2MappingError> => {
  const ids = idsOf(mapping)
  const out: Record<string, IdScheme> = {}
  for (const kind of Object.keys(ids) as Array<keyof Schemes>) {
    const list = [...new Set(ids[kind])]
    const declared = mapping.idSchemes?.[kind]
    const uids = list.filter(isUid)
    const codes = list.filter((id) => !isUid(id))
    if (declared === "UID" && codes.length > 0) {
      return Either.left(
        new Dhis2MappingError({
          field: FIELD[kind],
          reason: { vi: "khai báo dùng UID nhưng có mã không phải UID (UID gồm 11 ký tự, bắt đầu bằng chữ cái)", en: "declared as UIDs, but some ids are not UIDs (a UID is 11 letters and digits, starting with a letter)" },
          examples: codes.slice(0, 3)
        })
      )
    }
    if (declared !== undefined) {
      out[kind] = declared
      continue
    }
    if (list.length === 0) continue
    if (uids.length > 0 && codes.length > 0) {
      return Either.left(
        new Dhis2MappingError({
          field: FIELD[kind],
          reason: {
            vi: `trộn UID (${uids.slice(0, 3).join(", ")}) với mã (${codes.slice(0, 3).join(", ")}); DHIS2 đọc mọi mã cùng loại theo một cách: dùng toàn UID hoặc toàn mã, hoặc khai báo idSchemes`,
            en: `mixes UIDs (${uids.slice(0, 3).join(", ")}) with codes (${codes.slice(0, 3).join(", ")}); DHIS2 reads every id of a kind one way: use UIDs only or codes only, or declare idSchemes`
          }
        })
      )
    }
    out[kind] = uids.length > 0 ? "UID" : "CODE"
  }
  return Either.right(out as Schemes)
}

// ---------------------------------------------------------------------------------------------
// Options and results
// ---------------------------------------------------------------------------------------------

/**
 * Options of the exports.
 *
 * @since 0.1.0
 */
export interface Options {
  /** `fail` (default): a cell the mapping does not cover fails the export; `skip`: it is counted and left out. */
  readonly unmapped?: "fail" | "skip" | undefined
  /** JSON and CSV — `omit` (default) or `comment` (see the module). */
  readonly suppressed?: "omit" | "comment" | undefined
  /** `fail` (default): a value breaking its data element's value type fails the export; `skip`: it is left out and listed. */
  readonly invalidValues?: "fail" | "skip" | undefined
  /** The date the data set was completed, `YYYY-MM-DD` (JSON only). */
  readonly completeDate?: string | undefined
  /** When the ADX document was made (an ISO timestamp; now by default). */
  readonly exported?: string | undefined
}

/**
 * What the exports read of a report.
 *
 * @since 0.1.0
 */
export type Input = Pick<Report.Report, "calendar" | "scope" | "indicators" | "cells">

/**
 * A cell named for people: its indicator, period, unit (`*` for the total) and breakdown key.
 *
 * @since 0.1.0
 */
export interface CellRef {
  readonly indicator: string
  readonly period: string
  readonly unit: string
  readonly breakdown: string
}

/**
 * Something the export did that a person should know, about one cell.
 *
 * @since 0.1.0
 */
export interface Warning {
  readonly cell: CellRef
  readonly reason: { readonly vi: string; readonly en: string }
}

/**
 * How one of the report's periods is filed in DHIS2: the DHIS2 period, its dates, and whether
 * the mapping declared it (its dates then differ from the report's).
 *
 * @since 0.1.0
 */
export interface FiledPeriod {
  readonly period: string
  /** The report's dates for the period, under its calendar. */
  readonly start: string
  readonly end: string
  readonly dhis2: Dhis2Period.Dhis2Period
  readonly declared: boolean
}

/**
 * How to post what an export made: the path, the content type and the URL parameters (the id
 * schemes, which ADX and CSV cannot carry in the file).
 *
 * @since 0.1.0
 */
export interface Post {
  readonly path: "/api/dataValueSets"
  readonly contentType: string
  readonly params: Readonly<Record<string, string>>
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
  /** Cells left out: suppressed, without a value, not covered by the mapping (with `skip`), totals beside their breakdowns, values breaking their type (with `skip`). */
  readonly omitted: {
    readonly suppressed: number
    readonly noValue: number
    readonly unmapped: number
    readonly totals: number
    readonly invalid: number
  }
  /** What the mapping did not cover: `indicator CODE`, `unit ID`, `breakdown KEY`, `period ID`. */
  readonly unmapped: ReadonlyArray<string>
  /** Values left out with `invalidValues: "skip"`. */
  readonly invalid: ReadonlyArray<InvalidValue>
  readonly warnings: ReadonlyArray<Warning>
  readonly periods: ReadonlyArray<FiledPeriod>
  readonly schemes: Schemes
  readonly post: Post
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/** A plain decimal string: no exponent, no grouping, at most 12 significant digits. */
const decimal = (n: number): string => {
  const s = String(Number(n.toPrecision(12)))
  if (!/e/i.test(s)) return s
  return n.toFixed(Math.max(0, 12 - Math.floor(Math.log10(Math.abs(n))) - 1)).replace(/\.?0+$/, "")
}

const INT_MAX = 2_147_483_647
const INT_MIN = -2_147_483_648
const NUMERIC = /^(-?0|-?[1-9]\d*)(\.\d+)?$/
const COUNTS = new Set([
  "contacts",
  "persons",
  "visits",
  "establishments",
  "rounds",
  "sessions",
  "activities",
  "groups",
  "items",
  "cases",
  "models",
  "adminUnits",
  "records",
  "count"
])

const t = (vi: string, en: string) => ({ vi, en })

/**
 * Why a value breaks a DHIS2 value type (DHIS2's own rules), or `undefined` when it does not.
 * The reason never repeats the value.
 *
 * @example
 * ```ts
 * import { Dhis2 } from "@pctnxh/io"
 * Dhis2.valueTypeProblem(120, "PERCENTAGE")?.en // "outside 0 to 100, the range of a percentage"
 * Dhis2.valueTypeProblem(12, "INTEGER_ZERO_OR_POSITIVE") // undefined
 * ```
 * @since 0.1.0
 */
export const valueTypeProblem = (value: number, valueType: string): { readonly vi: string; readonly en: string } | undefined => {
  const s = decimal(value)
  const integer = () =>
    !Number.isInteger(value)
      ? t("không phải số nguyên", "not a whole number")
      : value > INT_MAX || value < INT_MIN
        ? t("vượt quá giới hạn số nguyên của DHIS2 (±2.147.483.647); dùng kiểu NUMBER", "beyond DHIS2's integer range (±2,147,483,647); use the NUMBER type")
        : undefined
  switch (valueType) {
    case "NUMBER":
      return NUMERIC.test(s) && s.length < 250 ? undefined : t("không phải số thập phân DHIS2 đọc được", "not a decimal number DHIS2 reads")
    case "INTEGER":
      return integer()
    case "INTEGER_POSITIVE":
      return integer() ?? (value <= 0 ? t("bằng 0 hoặc âm, kiểu này cần số nguyên dương", "zero or negative, this type needs a positive whole number") : undefined)
    case "INTEGER_ZERO_OR_POSITIVE":
      return integer() ?? (value < 0 ? t("là số âm, kiểu này cần số nguyên không âm", "negative, this type needs zero or a positive whole number") : undefined)
    case "INTEGER_NEGATIVE":
      return integer() ?? (value >= 0 ? t("không âm, kiểu này cần số nguyên âm", "not negative, this type needs a negative whole number") : undefined)
    case "PERCENTAGE":
      return value < 0 || value > 100 ? t("nằm ngoài 0 đến 100, phạm vi của tỷ lệ phần trăm", "outside 0 to 100, the range of a percentage") : undefined
    case "UNIT_INTERVAL":
      return value < 0 || value > 1 ? t("nằm ngoài 0 đến 1", "outside 0 to 1") : undefined
    case "TEXT":
    case "LONG_TEXT":
      return undefined
    default:
      return t(`phần tử dữ liệu có kiểu ${valueType}, không chứa được số`, `the data element's type ${valueType} does not hold numbers`)
  }
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/**
 * One data value an export writes.
 *
 * @since 0.1.0
 */
export interface Planned {
  readonly cell: CellRef
  readonly dataElement: string
  readonly orgUnit: string
  readonly period: Dhis2Period.Dhis2Period
  /** The category option combo; absent for the default combo. */
  readonly categoryOptionCombo?: string | undefined
  /** The breakdown, for ADX categories. */
  readonly breakdown: Readonly<Record<string, string | null>>
  /** The value as DHIS2 reads it; empty for a suppressed cell sent with a comment. */
  readonly value: string
  readonly comment?: string | undefined
}

/**
 * The data values an export writes and what it leaves out — what {@link dataValueSet},
 * {@link dataValueSetCsv} and {@link adx} share.
 *
 * @since 0.1.0
 */
export interface Plan extends Omit<Result<ReadonlyArray<Planned>>, "document" | "post"> {
  readonly values: ReadonlyArray<Planned>
}

const refOf = (cell: Cell): CellRef => ({
  indicator: cell.indicator,
  period: cell.period,
  unit: cell.adminUnit === undefined ? "*" : (cell.adminUnit ?? ""),
  breakdown: breakdownKey(cell.disaggregation)
})

/** The DHIS2 period each of the report's periods is filed under, or why it cannot be. */
const filing = (
  report: Input,
  mapping: Mapping
): Either.Either<ReadonlyMap<string, FiledPeriod | undefined>, Dhis2CalendarMismatch | Dhis2MappingError> => {
  const out = new Map<string, FiledPeriod | undefined>()
  const misfiled: Array<MisfiledPeriod> = []
  const declared = mapping.periods?.ids ?? {}
  for (const [ours, theirs] of Object.entries(declared)) {
    if (Either.isLeft(Dhis2Period.parse(theirs))) {
      return Either.left(
        new Dhis2MappingError({
          field: `periods.ids.${ours}`,
          reason: { vi: "không phải mã kỳ DHIS2", en: "not a DHIS2 period id" },
          examples: [theirs]
        })
      )
    }
  }
  for (const id of new Set(report.cells.map((c) => c.period))) {
    const explicit = declared[id]
    if (explicit !== undefined) {
      const p = Period.parse(id)
      const dates = Either.isRight(p) ? Period.dateRange(p.right, report.calendar) : { start: "", end: "" }
      out.set(id, { period: id, ...dates, dhis2: Either.getOrThrow(Dhis2Period.parse(explicit)), declared: true })
      continue
    }
    const same = Dhis2Period.fromPeriodId(id)
    const parsed = Period.parse(id)
    if (same === undefined || Either.isLeft(parsed)) {
      out.set(id, undefined)
      continue
    }
    const ours = Period.dateRange(parsed.right, report.calendar)
    if (ours.start === same.start && ours.end === same.end) {
      out.set(id, { period: id, ...ours, dhis2: same, declared: false })
    } else if (report.calendar === "administrative" && mapping.periods?.administrative === "sameId") {
      out.set(id, { period: id, ...ours, dhis2: same, declared: true })
    } else {
      misfiled.push({ period: id, start: ours.start, end: ours.end, dhis2: same.id, dhis2Start: same.start, dhis2End: same.end })
    }
  }
  if (misfiled.length > 0) {
    return Either.left(new Dhis2CalendarMismatch({ target: "DHIS2", calendar: report.calendar, periods: misfiled }))
  }
  return Either.right(out)
}

const NOT_COVERED = { vi: "ánh xạ DHIS2 không có mã cho", en: "the DHIS2 mapping has no code for" }

const NOT_ADDITIVE = t(
  "tổng không được gửi, và DHIS2 không cộng các phần thành tổng này được (tỷ lệ, số người không trùng); hãy khai báo phần tử dữ liệu \"total\" riêng cho nó",
  "the total is not sent, and DHIS2 cannot add the parts up to it (a rate, or distinct persons); map a separate \"total\" data element for it"
)

const PARTS_DIFFER = (slice: string) =>
  t(
    `tổng không được gửi (DHIS2 tự cộng các phần), nhưng các phần theo ${slice} được gửi không cộng lại bằng tổng (có phần bị ẩn, trống hoặc chưa có mã)`,
    `the total is not sent (DHIS2 adds the parts up), but the parts by ${slice} that are sent do not add up to it (some are suppressed, empty or unmapped)`
  )

/**
 * Resolves every cell of a report through a mapping: the data values an export writes, and
 * everything it leaves out (see the module for the rules).
 *
 * @since 0.1.0
 */
export const plan = (
  report: Input,
  mapping: Mapping,
  options: Options & { readonly target?: "DHIS2" | "ADX" | "CSV" } = {}
): Either.Either<Plan, ExportError | Dhis2MappingError | Dhis2CalendarMismatch | Dhis2InvalidValues> =>
  Either.gen(function* () {
    const target = options.target ?? "DHIS2"
    const schemes = yield* schemesOf(mapping)
    const periods = yield* Either.mapLeft(filing(report, mapping), (e) =>
      e instanceof Dhis2CalendarMismatch ? new Dhis2CalendarMismatch({ ...e, target }) : e
    )
    const units = new Map(report.indicators.map((i) => [i.code, i]))
    const globalCombos = mapping.categoryOptionCombos ?? {}
    const totalUnit = mapping.orgUnits["*"] ?? (report.scope.id === null ? undefined : mapping.orgUnits[report.scope.id])
    const withComments = options.suppressed === "comment" && target !== "ADX"
    const missing = new Set<string>()
    let suppressed = 0
    let noValue = 0
    let skipped = 0
    interface Candidate {
      readonly cell: Cell
      readonly ref: CellRef
      readonly target: ReturnType<typeof targetOf>
      readonly orgUnit: string
      readonly period: Dhis2Period.Dhis2Period
      readonly combo: string | undefined
    }
    const candidates: Array<Candidate> = []
    for (const cell of report.cells) {
      const hidden = isSuppressed(cell)
      if (hidden && !withComments) {
        suppressed++
        continue
      }
      if (!hidden && cell.value === null) {
        noValue++
        continue
      }
      const gaps: Array<string> = []
      const de = mapping.dataElements[cell.indicator]
      if (de === undefined) gaps.push(`indicator ${cell.indicator}`)
      const dt = de === undefined ? undefined : targetOf(de)
      const orgUnit = cell.adminUnit === undefined ? totalUnit : cell.adminUnit === null ? undefined : mapping.orgUnits[cell.adminUnit]
      if (orgUnit === undefined) gaps.push(`unit ${cell.adminUnit === undefined ? "*" : (cell.adminUnit ?? "(none)")}`)
      const filed = periods.get(cell.period)
      if (filed === undefined) gaps.push(`period ${cell.period}`)
      else if (mapping.periodType !== undefined && filed.dhis2.type !== mapping.periodType) {
        gaps.push(`period ${cell.period} (${filed.dhis2.type}, ${mapping.periodType})`)
      } else if (target === "ADX" && Dhis2Period.toAdx(filed.dhis2) === undefined) gaps.push(`period ${cell.period} (ADX)`)
      const key = breakdownKey(cell.disaggregation)
      let combo: string | undefined
      if (key !== "") {
        if (target === "ADX") {
          const categories = mapping.categories ?? {}
          const ok = Object.entries(cell.disaggregation).every(([a, v]) => v !== null && categories[a]?.options[v] !== undefined)
          if (!ok) gaps.push(`breakdown ${key}`)
        } else {
          combo = dt?.categoryOptionCombos?.[key] ?? globalCombos[key]
          if (combo === undefined) gaps.push(`breakdown ${key}`)
        }
      }
      if (gaps.length > 0) {
        for (const g of gaps) missing.add(g)
        skipped++
        continue
      }
      candidates.push({ cell, ref: refOf(cell), target: dt!, orgUnit: orgUnit!, period: filed!.dhis2, combo })
    }
    const unmapped = [...missing].sort()
    if (unmapped.length > 0 && options.unmapped !== "skip") {
      return yield* Either.left(new ExportError({ target, reason: NOT_COVERED, missing: unmapped }))
    }

    // a data element with breakdowns in DHIS2 has no default-combo total
    const disaggregated = new Set<string>()
    for (const c of candidates) if (breakdownKey(c.cell.disaggregation) !== "") disaggregated.add(c.target.id)
    for (const de of Object.values(mapping.dataElements).map(targetOf)) {
      if (de.categoryOptionCombos !== undefined && Object.keys(de.categoryOptionCombos).length > 0) disaggregated.add(de.id)
    }
    const warnings: Array<Warning> = []
    const invalid: Array<InvalidValue> = []
    const values: Array<Planned> = []
    let totals = 0
    const partsOf = new Map<string, Map<string, { sum: number; complete: boolean }>>()
    for (const c of candidates) {
      const key = breakdownKey(c.cell.disaggregation)
      if (key === "") continue
      const group = `${c.cell.indicator}\u0000${c.cell.period}\u0000${c.ref.unit}`
      const slice = Object.keys(c.cell.disaggregation).sort().join(" × ")
      const slices = partsOf.get(group) ?? new Map<string, { sum: number; complete: boolean }>()
      const s = slices.get(slice) ?? { sum: 0, complete: true }
      if (isSuppressed(c.cell) || c.cell.value === null) s.complete = false
      else s.sum += c.cell.value
      slices.set(slice, s)
      partsOf.set(group, slices)
    }
    for (const c of candidates) {
      const key = breakdownKey(c.cell.disaggregation)
      let dataElement = c.target.id
      if (key === "" && disaggregated.has(c.target.id)) {
        if (c.target.total === undefined) {
          totals++
          const indicator = units.get(c.cell.indicator)
          const slices = partsOf.get(`${c.cell.indicator}\u0000${c.cell.period}\u0000${c.ref.unit}`)
          if (indicator !== undefined && !indicator.additive && c.cell.value !== null) {
            warnings.push({ cell: c.ref, reason: NOT_ADDITIVE })
          } else if (indicator?.additive === true && c.cell.value !== null && !isSuppressed(c.cell) && slices !== undefined) {
            for (const [slice, s] of slices) {
              if (!s.complete || Math.abs(s.sum - c.cell.value) > 1e-9 * Math.max(1, Math.abs(c.cell.value))) {
                warnings.push({ cell: c.ref, reason: PARTS_DIFFER(slice) })
              }
            }
          }
          continue
        }
        dataElement = c.target.total
      }
      const hidden = isSuppressed(c.cell)
      const value = hidden || c.cell.value === null ? null : c.cell.value
      if (value !== null) {
        const declared = c.target.valueType
        if (declared !== undefined) {
          const problem = valueTypeProblem(value, declared)
          if (problem !== undefined) {
            invalid.push({ ...c.ref, dataElement, valueType: declared, reason: problem })
            continue
          }
        } else if (COUNTS.has(units.get(c.cell.indicator)?.unit ?? "")) {
          const problem = valueTypeProblem(value, "INTEGER_ZERO_OR_POSITIVE")
          if (problem !== undefined) {
            warnings.push({ cell: c.ref, reason: t(`là số đếm nhưng ${problem.vi}`, `is a count but ${problem.en}`) })
          }
        }
      }
      values.push({
        cell: c.ref,
        dataElement,
        orgUnit: c.orgUnit,
        period: c.period,
        ...(dataElement === c.target.id && c.combo !== undefined ? { categoryOptionCombo: c.combo } : {}),
        breakdown: dataElement === c.target.id ? c.cell.disaggregation : {},
        value: value === null ? "" : decimal(value),
        ...(hidden ? { comment: `suppressed: ${c.cell.disclosure?.reason ?? "disclosure control"}` } : {})
      })
    }
    if (invalid.length > 0 && options.invalidValues !== "skip") {
      return yield* Either.left(new Dhis2InvalidValues({ target, values: invalid }))
    }
    const filed = [...periods.values()].filter((p): p is FiledPeriod => p !== undefined)
    return {
      values,
      sent: values.length,
      omitted: { suppressed, noValue, unmapped: skipped, totals, invalid: invalid.length },
      unmapped,
      invalid,
      warnings,
      periods: filed,
      schemes
    }
  })

const params = (schemes: Schemes, adx: boolean): Record<string, string> => {
  const out: Record<string, string> = {}
  if (schemes.dataElement !== undefined) out.dataElementIdScheme = schemes.dataElement
  if (schemes.orgUnit !== undefined) out.orgUnitIdScheme = schemes.orgUnit
  if (schemes.categoryOptionCombo !== undefined) {
    out.categoryOptionComboIdScheme = schemes.categoryOptionCombo
    out.attributeOptionComboIdScheme = schemes.categoryOptionCombo
  }
  if (schemes.dataSet !== undefined) out.dataSetIdScheme = schemes.dataSet
  if (adx) {
    if (schemes.category !== undefined) out.categoryIdScheme = schemes.category
    if (schemes.categoryOption !== undefined) out.categoryOptionIdScheme = schemes.categoryOption
  }
  const all = new Set(Object.values(out))
  if (all.size === 1) out.idScheme = [...all][0]!
  return out
}

const resultOf = <A>(p: Plan, document: A, contentType: string, adx: boolean): Result<A> => ({
  document,
  sent: p.sent,
  omitted: p.omitted,
  unmapped: p.unmapped,
  invalid: p.invalid,
  warnings: p.warnings,
  periods: p.periods,
  schemes: p.schemes,
  post: { path: "/api/dataValueSets", contentType, params: params(p.schemes, adx) }
})

/**
 * Any error a DHIS2 export can fail with.
 *
 * @since 0.1.0
 */
export type Dhis2ExportError = ExportError | Dhis2MappingError | Dhis2CalendarMismatch | Dhis2InvalidValues

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/**
 * The report as a DHIS2 dataValueSet document (see the module for what is sent), carrying its
 * id schemes.
 *
 * @since 0.1.0
 */
export const dataValueSet = (
  released: Disclosure.Released<Report.Report>,
  mapping: Mapping,
  options: Options = {}
): Either.Either<Result<DataValueSet>, Dhis2ExportError> =>
  Either.map(plan(releasedReport(released), mapping, { ...options, target: "DHIS2" }), (p) => {
    const schemes = params(p.schemes, false)
    const document: DataValueSet = {
      ...(mapping.dataSet === undefined ? {} : { dataSet: mapping.dataSet }),
      ...(options.completeDate === undefined ? {} : { completeDate: options.completeDate }),
      ...(mapping.attributeOptionCombo === undefined ? {} : { attributeOptionCombo: mapping.attributeOptionCombo }),
      ...(schemes as Partial<Record<"idScheme" | "dataElementIdScheme", IdScheme>>),
      dataValues: p.values.map((v) => ({
        dataElement: v.dataElement,
        period: v.period.id,
        orgUnit: v.orgUnit,
        ...(v.categoryOptionCombo === undefined ? {} : { categoryOptionCombo: v.categoryOptionCombo }),
        ...(mapping.attributeOptionCombo === undefined ? {} : { attributeOptionCombo: mapping.attributeOptionCombo }),
        value: v.value,
        ...(v.comment === undefined ? {} : { comment: v.comment })
      }))
    }
    return resultOf(p, document, "application/json", false)
  })

const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)

/**
 * The report as a dataValueSet CSV file, with the header DHIS2 writes (`dataelement,period,
 * orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,
 * followup,deleted`). CSV carries no id schemes: post it with the parameters in `post.params`.
 *
 * @since 0.1.0
 */
export const dataValueSetCsv = (
  released: Disclosure.Released<Report.Report>,
  mapping: Mapping,
  options: Options = {}
): Either.Either<Result<string>, Dhis2ExportError> =>
  Either.map(plan(releasedReport(released), mapping, { ...options, target: "CSV" }), (p) => {
    const lines = [CSV_HEADER.join(",")]
    for (const v of p.values) {
      lines.push(
        [v.dataElement, v.period.id, v.orgUnit, v.categoryOptionCombo ?? "", mapping.attributeOptionCombo ?? "", v.value, "", "", v.comment ?? "", "", "false"]
          .map(csvField)
          .join(",")
      )
    }
    return resultOf(p, `${lines.join("\r\n")}\r\n`, "application/csv", false)
  })

const escape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/
const RESERVED = new Set(["dataElement", "value", "period", "orgUnit", "dataSet", "completeDate", "comment", "followup", "deleted", "categoryOptionCombo", "attributeOptionCombo"])
const TOKEN = (s: string) => s === s.trim() && !/\s\s|[\t\r\n]/.test(s)

const NO_DATASET = { vi: "ADX cần mã bộ dữ liệu (dataSet) trong ánh xạ", en: "ADX needs a data set (dataSet) in the mapping" }
const BAD_CATEGORY = {
  vi: "mã danh mục (category) phải là tên thuộc tính XML hợp lệ và khác các thuộc tính của ADX",
  en: "a category code must be a valid XML attribute name and not one of ADX's own attributes"
}
const NOT_TOKEN = { vi: "ADX chỉ nhận mã không có khoảng trắng ở đầu, cuối hay hai khoảng trắng liền nhau", en: "ADX takes ids without leading, trailing or doubled spaces" }
const EMPTY_ADX = { vi: "không có giá trị nào để gửi; một tệp ADX phải có ít nhất một nhóm", en: "there is no value to send; an ADX document needs at least one group" }

/**
 * The report as an ADX document (see the module for what is sent): one `group` per
 * organisation unit and period, one `dataValue` per value, breakdowns as category attributes
 * from `categories`. Post it with `Content-Type: application/adx+xml` and the parameters in
 * `post.params`.
 *
 * @since 0.1.0
 */
export const adx = (released: Disclosure.Released<Report.Report>, mapping: Mapping, options: Options = {}): Either.Either<Result<string>, Dhis2ExportError> => {
  const report = releasedReport(released)
  const dataSet = mapping.dataSet
  if (dataSet === undefined) return Either.left(new ExportError({ target: "ADX", reason: NO_DATASET }))
  const categories = mapping.categories ?? {}
  const bad = Object.values(categories)
    .map((c) => c.category)
    .filter((c) => !XML_NAME.test(c) || RESERVED.has(c))
  if (bad.length > 0) return Either.left(new ExportError({ target: "ADX", reason: BAD_CATEGORY, missing: bad }))
  const ids = idsOf(mapping)
  const untokened = [...ids.dataElement, ...ids.orgUnit, ...ids.dataSet, ...ids.categoryOption].filter((s) => !TOKEN(s))
  if (untokened.length > 0) return Either.left(new ExportError({ target: "ADX", reason: NOT_TOKEN, missing: untokened.map((s) => JSON.stringify(s)) }))
  return Either.flatMap(plan(report, mapping, { ...options, suppressed: "omit", target: "ADX" }), (p) => {
    if (p.values.length === 0) return Either.left(new ExportError({ target: "ADX", reason: EMPTY_ADX }))
    const groups = new Map<string, Array<Planned>>()
    for (const v of p.values) {
      const key = `${v.orgUnit}\u0000${v.period.id}`
      const list = groups.get(key) ?? []
      list.push(v)
      groups.set(key, list)
    }
    const exported = options.exported ?? new Date().toISOString()
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<adx xmlns="${ADX_NAMESPACE}" exported="${escape(exported)}">`]
    for (const list of groups.values()) {
      const first = list[0]!
      const aoc = mapping.attributeOptionCombo === undefined ? "" : ` attributeOptionCombo="${escape(mapping.attributeOptionCombo)}"`
      lines.push(`  <group dataSet="${escape(dataSet)}" orgUnit="${escape(first.orgUnit)}" period="${Dhis2Period.toAdx(first.period)!}"${aoc}>`)
      for (const v of list) {
        const attrs = Object.keys(v.breakdown)
          .sort()
          .map((a) => {
            const c = categories[a]!
            return ` ${c.category}="${escape(c.options[v.breakdown[a]!]!)}"`
          })
          .join("")
        lines.push(`    <dataValue dataElement="${escape(v.dataElement)}"${attrs} value="${v.value}"/>`)
      }
      lines.push("  </group>")
    }
    lines.push("</adx>")
    return Either.right(resultOf(p, `${lines.join("\n")}\n`, "application/adx+xml", true))
  })
}
