/**
 * Reading DHIS2 data back in: a dataValueSet (JSON, or CSV as DHIS2 exports it) or an ADX
 * document becomes `AggregateValue` records of `@pctnxh/core`, through the same
 * {@link Dhis2.Mapping} as the exports, reversed.
 *
 * Each data value's data element is looked up among the mapping's data elements (a `total`
 * data element gives the indicator's total), its organisation unit among `orgUnits` (values of
 * one mapped only to `"*"`, the report's total, are skipped as a spreadsheet's total rows are:
 * a record needs an administrative unit, and totals are recomputed from the units),
 * its category option combo among the data element's or the mapping's combos (the default
 * combo, or none, is the total), ADX category attributes among `categories`, its period among
 * `periods.ids` or else by name (`201903` → `2019M03`; a financial year or a week has no
 * equivalent), its attribute option combo against the mapping's. A value that does not fit is
 * rejected with its place in the file (the row of a CSV file, the position of a JSON data
 * value, the line of an ADX data value), the field and the reason in Vietnamese and English —
 * never the value or its comment. Empty and deleted values are skipped too: no data is not 0.
 *
 * The file is streamed — JSON data values one by one, CSV rows, ADX elements — and the valid
 * values are stored in batches, each in one transaction, as `Import` does. **Ids are stable**:
 * a record's id is made from its indicator, period, unit and breakdown (DHIS2's own key of a
 * data value), so re-importing a file stores nothing twice and a value changed in DHIS2
 * updates the record. The same data value twice in one file is rejected the second time.
 *
 * @example
 * ```ts
 * import { Dhis2Import, Source } from "@pctnxh/io"
 * import { NodeFile } from "@pctnxh/io/node"
 * import { Effect } from "effect"
 *
 * const report = yield* Dhis2Import.run({ source: NodeFile.source("dhis2-2019.json"), mapping, valueSource: "province_report" })
 * console.log(report.explain("vi"))
 * ```
 * @since 0.1.0
 */
import type { AggregateValue } from "@pctnxh/core"
import { Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import { SaxesParser } from "saxes"
import * as Csv from "./Csv.js"
import * as Dhis2 from "./Dhis2.js"
import * as Dhis2Period from "./Dhis2Period.js"
import type { Problem, RejectedRow } from "./ImportReport.js"
import { ImportReport } from "./ImportReport.js"
import { Dhis2MappingError, ImportAborted, UnreadableFile } from "./IoError.js"
import type * as Source from "./Source.js"
import { chunks } from "./internal/bytes.js"
import { writer } from "./internal/batches.js"
import { canonical, digest, fingerprint, hex128 } from "./internal/identity.js"
import { Occurrences } from "./internal/occurrences.js"
import { JsonProblem, jsonEvents } from "./internal/jsonValues.js"

/**
 * The formats read: dataValueSet JSON, dataValueSet CSV, ADX XML.
 *
 * @since 0.1.0
 */
export type Format = "json" | "csv" | "adx"

/**
 * Progress of an import, reported after each batch is stored and after each commit.
 *
 * @since 0.1.0
 */
export interface Progress {
  /** Data values read so far. */
  readonly values: number
  readonly valid: number
  readonly rejected: number
  /** Batches stored so far, those of the transaction under way included (see `commitRows`). */
  readonly batches: number
  /** Batches committed so far: what another connection sees, and what a killed process keeps. */
  readonly committed: number
}

/**
 * What to read and how.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly source: Source.Source
  /** From the file name (`.json`, `.csv`, `.xml`/`.adx`) when omitted. */
  readonly format?: Format | undefined
  readonly mapping: Dhis2.Mapping
  /** Where the numbers come from (`other` by default). */
  readonly valueSource?: AggregateValue.ValueSource | undefined
  readonly reporterId?: string | undefined
  /** The document the numbers were taken from, stored with every record. */
  readonly reference?: string | undefined
  /** Valid values per batch (500 by default). */
  readonly batchSize?: number | undefined
  /** `batch` (default): each batch is all or nothing; `file`: the whole file is one transaction. */
  readonly atomic?: "batch" | "file" | undefined
  /** In `batch` mode, how many values are committed together (100,000 by default; see `Import.Options.commitRows`). */
  readonly commitRows?: number | undefined
  /** At most this many rejected values are listed (10,000 by default); all are counted. */
  readonly maxRejections?: number | undefined
  readonly onProgress?: ((progress: Progress) => void) | undefined
}

/**
 * Any error a DHIS2 import can fail with.
 *
 * @since 0.1.0
 */
export type Dhis2ImportError = UnreadableFile | Dhis2MappingError | ImportAborted

// ---------------------------------------------------------------------------------------------
// Raw data values
// ---------------------------------------------------------------------------------------------

/** A data value as a file holds it, before the mapping. */
interface Raw {
  readonly at: number
  readonly dataElement?: string | undefined
  readonly period?: string | undefined
  readonly adxPeriod?: string | undefined
  readonly orgUnit?: string | undefined
  readonly categoryOptionCombo?: string | undefined
  readonly categories?: Readonly<Record<string, string>> | undefined
  readonly attributeOptionCombo?: string | undefined
  readonly value?: string | undefined
  readonly deleted?: boolean | undefined
}

type Schemes = Partial<Record<"dataElement" | "orgUnit" | "categoryOptionCombo" | "dataSet", string>>

const t = (vi: string, en: string) => ({ vi, en })
const str = (u: unknown): string | undefined => (typeof u === "string" ? u : typeof u === "number" ? String(u) : undefined)
const bool = (u: unknown): boolean | undefined => (u === true || u === "true" ? true : u === false || u === "false" ? false : undefined)

const JSON_REASONS = {
  syntax: t("không phải JSON hợp lệ hoặc bị cắt ngang", "not valid JSON, or cut short"),
  notObject: t("không phải một dataValueSet của DHIS2 (một đối tượng JSON có dataValues)", "not a DHIS2 dataValueSet (a JSON object with dataValues)"),
  tooLarge: t("có một giá trị quá lớn (trên 4 MB)", "holds a value too large (over 4 MB)"),
  encoding: t("không phải văn bản UTF-8", "not UTF-8 text")
}

const SCHEME_KEYS: ReadonlyArray<readonly [string, keyof Schemes]> = [
  ["dataElementIdScheme", "dataElement"],
  ["orgUnitIdScheme", "orgUnit"],
  ["categoryOptionComboIdScheme", "categoryOptionCombo"],
  ["dataSetIdScheme", "dataSet"]
]

/** The data values of a dataValueSet JSON document; the group-level fields fill the values' gaps. */
const fromJson = (file: string, bytes: Source.Bytes, onSchemes: (s: Schemes) => void): Stream.Stream<Raw, UnreadableFile> =>
  Stream.fromAsyncIterable(
    (async function* () {
      const group: Record<string, unknown> = {}
      const pending: Array<{ index: number; value: Record<string, unknown> }> = []
      let inArray = false
      let afterArray = false
      const raw = (index: number, v: Record<string, unknown>): Raw => {
        const coc = v.categoryOptionCombo
        return {
          at: index,
          dataElement: str(v.dataElement),
          period: str(v.period ?? group.period),
          orgUnit: str(v.orgUnit ?? group.orgUnit),
          categoryOptionCombo: str(coc),
          categories: typeof coc === "object" && coc !== null ? (coc as Record<string, string>) : undefined,
          attributeOptionCombo: str(v.attributeOptionCombo ?? group.attributeOptionCombo),
          value: str(v.value),
          deleted: bool(v.deleted)
        }
      }
      const schemes = (): Schemes => {
        const out: Record<string, string> = {}
        const general = str(group.idScheme)
        for (const [key, kind] of SCHEME_KEYS) {
          const s = str(group[key]) ?? general
          if (s !== undefined) out[kind] = s.toUpperCase()
        }
        return out
      }
      for await (const event of jsonEvents(chunks(bytes), "dataValues")) {
        if (event._tag === "field") {
          group[event.key] = event.value
          if (inArray) afterArray = true
          continue
        }
        if (!inArray) onSchemes(schemes())
        inArray = true
        const v = typeof event.value === "object" && event.value !== null ? (event.value as Record<string, unknown>) : {}
        // group-level fields written after the values (rare): keep values that need them until the end
        if (!afterArray && (v.period === undefined || v.orgUnit === undefined) && (group.period === undefined || group.orgUnit === undefined)) {
          pending.push({ index: event.index, value: v })
          continue
        }
        yield raw(event.index, v)
      }
      if (!inArray) onSchemes(schemes())
      for (const p of pending) yield raw(p.index, p.value)
    })(),
    (error) =>
      new UnreadableFile({
        file,
        format: "json",
        ...(error instanceof JsonProblem && error.index > 0 ? { row: error.index } : {}),
        reason: error instanceof JsonProblem ? JSON_REASONS[error.what] : t("không đọc được tệp", "the file could not be read"),
        cause: error
      })
  )

const CSV_NAMES: Record<string, keyof Raw | "ignored"> = {
  dataelement: "dataElement",
  de: "dataElement",
  period: "period",
  pe: "period",
  orgunit: "orgUnit",
  ou: "orgUnit",
  categoryoptioncombo: "categoryOptionCombo",
  catoptcombo: "categoryOptionCombo",
  coc: "categoryOptionCombo",
  attributeoptioncombo: "attributeOptionCombo",
  attroptcombo: "attributeOptionCombo",
  aoc: "attributeOptionCombo",
  value: "value",
  deleted: "deleted",
  storedby: "ignored",
  lastupdated: "ignored",
  timestamp: "ignored",
  created: "ignored",
  comment: "ignored",
  followup: "ignored"
}
const POSITIONAL: ReadonlyArray<keyof Raw> = ["dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo", "value"]

/** The data values of a dataValueSet CSV file: by its header, or in DHIS2's column order. */
const fromCsv = (file: string, bytes: Source.Bytes): Stream.Stream<Raw, UnreadableFile> => {
  let columns: Array<keyof Raw | "ignored"> | undefined
  return Csv.rows(bytes, { file }).pipe(
    Stream.filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== "")),
    Stream.mapConcat((row) => {
      const cells = row.cells.map((c) => (c === null ? "" : String(c).trim()))
      if (columns === undefined) {
        const named = cells.map((c) => CSV_NAMES[c.toLowerCase().replace(/[^a-z]/g, "")])
        if (named.filter((n) => n !== undefined).length >= 3) {
          columns = named.map((n) => n ?? "ignored")
          return []
        }
        columns = [...POSITIONAL]
      }
      const out: Record<string, unknown> = { at: row.number }
      columns.forEach((name, i) => {
        const cell = cells[i]
        if (name === "ignored" || name === "at" || cell === undefined || cell === "") return
        out[name] = name === "deleted" ? bool(cell.toLowerCase()) : cell
      })
      return [out as unknown as Raw]
    })
  )
}

const ADX_NS = Dhis2.ADX_NAMESPACE
const GROUP_OWN = new Set(["orgUnit", "period", "dataSet", "attributeOptionCombo", "completeDate"])
const VALUE_OWN = new Set(["dataElement", "value", "comment", "followup", "followUp", "deleted", "categoryOptionCombo"])

/** The data values of an ADX document, read as a stream of XML events. */
const fromAdx = (file: string, bytes: Source.Bytes): Stream.Stream<Raw, UnreadableFile> =>
  Stream.fromAsyncIterable(
    (async function* () {
      const parser = new SaxesParser({ xmlns: true, position: true })
      const decoder = new TextDecoder("utf-8", { fatal: true })
      const ready: Array<Raw> = []
      let failure: { line: number; reason: { vi: string; en: string } } | undefined
      let group: Record<string, string> | undefined
      let current: { at: number; attrs: Record<string, string>; annotation?: string } | undefined
      let inAnnotation = false
      let root = false
      const attrs = (tag: { attributes: Record<string, unknown> }): Record<string, string> => {
        const out: Record<string, string> = {}
        for (const a of Object.values(tag.attributes) as Array<{ local: string; uri: string; value: string }>) {
          if (a.uri === "") out[a.local] = a.value
        }
        return out
      }
      parser.on("error", (e) => {
        failure ??= { line: parser.line, reason: t("không phải XML hợp lệ hoặc bị cắt ngang", `not well-formed XML, or cut short (${e.message.split("\n")[0]})`) }
      })
      parser.on("opentag", (tag) => {
        if (!root) {
          root = true
          if (tag.local !== "adx" || tag.uri !== ADX_NS) {
            failure ??= { line: parser.line, reason: t(`không phải tài liệu ADX (phần tử gốc <adx xmlns="${ADX_NS}">)`, `not an ADX document (root element <adx xmlns="${ADX_NS}">)`) }
          }
          return
        }
        if (tag.uri !== ADX_NS) return
        if (tag.local === "group") group = attrs(tag)
        else if (tag.local === "dataValue" && group !== undefined) current = { at: parser.line, attrs: attrs(tag) }
        else if (tag.local === "annotation" && current !== undefined) inAnnotation = true
      })
      parser.on("text", (text) => {
        if (inAnnotation && current !== undefined) current.annotation = (current.annotation ?? "") + text
      })
      parser.on("closetag", (tag) => {
        if (tag.uri !== ADX_NS) return
        if (tag.local === "annotation") inAnnotation = false
        else if (tag.local === "group") group = undefined
        else if (tag.local === "dataValue" && current !== undefined && group !== undefined) {
          const categories: Record<string, string> = {}
          for (const [k, v] of Object.entries(current.attrs)) if (!VALUE_OWN.has(k)) categories[k] = v
          const aocCategories = Object.keys(group).filter((k) => !GROUP_OWN.has(k))
          ready.push({
            at: current.at,
            dataElement: current.attrs.dataElement,
            adxPeriod: group.period,
            orgUnit: group.orgUnit,
            categoryOptionCombo: current.attrs.categoryOptionCombo,
            categories: Object.keys(categories).length === 0 ? undefined : categories,
            attributeOptionCombo: group.attributeOptionCombo ?? (aocCategories.length > 0 ? aocCategories.map((k) => `${k}=${group![k]}`).join(";") : undefined),
            value: current.attrs.value ?? current.annotation?.trim(),
            deleted: bool(current.attrs.deleted)
          })
          current = undefined
        }
      })
      const drain = function* () {
        while (ready.length > 0) yield ready.shift()!
      }
      for await (const chunk of chunks(bytes)) {
        let text: string
        try {
          text = decoder.decode(chunk, { stream: true })
        } catch {
          throw new UnreadableFile({ file, format: "adx", reason: JSON_REASONS.encoding })
        }
        try {
          parser.write(text)
        } catch {
          // reported through the error event
        }
        if (failure !== undefined) throw new UnreadableFile({ file, format: "adx", row: failure.line, reason: failure.reason })
        yield* drain()
      }
      try {
        parser.close()
      } catch {
        // reported through the error event
      }
      if (!root) failure ??= { line: parser.line, reason: t("tệp rỗng", "the file is empty") }
      if (failure !== undefined) throw new UnreadableFile({ file, format: "adx", row: failure.line, reason: failure.reason })
      yield* drain()
    })(),
    (error) =>
      error instanceof UnreadableFile ? error : new UnreadableFile({ file, format: "adx", reason: t("không đọc được tệp", "the file could not be read"), cause: error })
  )

// ---------------------------------------------------------------------------------------------
// The mapping, reversed
// ---------------------------------------------------------------------------------------------

/**
 * A mapping read backwards: from each DHIS2 id to the entry it came from.
 *
 * @since 0.1.0
 */
export interface Reversed {
  readonly dataElements: ReadonlyMap<string, { readonly indicator: string; readonly total: boolean; readonly combos: ReadonlyMap<string, string> }>
  readonly orgUnits: ReadonlyMap<string, string>
  readonly totalOnly: ReadonlySet<string>
  readonly combos: ReadonlyMap<string, string>
  readonly categories: ReadonlyMap<string, { readonly attribute: string; readonly options: ReadonlyMap<string, string> }>
  readonly periods: ReadonlyMap<string, string>
  readonly schemes: Dhis2.Schemes
}

const once = <V>(map: Map<string, V>, key: string, value: V, field: string): Either.Either<void, Dhis2MappingError> => {
  if (map.has(key)) {
    return Either.left(
      new Dhis2MappingError({
        field,
        reason: t("một mã DHIS2 được gán cho hai mục, nên không biết đọc ngược về mục nào", "one DHIS2 id is given to two entries, so it cannot be read back"),
        examples: [key]
      })
    )
  }
  map.set(key, value)
  return Either.void
}

/**
 * The mapping read backwards, checked: every DHIS2 id must lead back to one entry.
 *
 * @since 0.1.0
 */
export const reverse = (mapping: Dhis2.Mapping): Either.Either<Reversed, Dhis2MappingError> =>
  Either.gen(function* () {
    const schemes = yield* Dhis2.schemesOf(mapping)
    const dataElements = new Map<string, { indicator: string; total: boolean; combos: ReadonlyMap<string, string> }>()
    for (const [indicator, target] of Object.entries(mapping.dataElements)) {
      const tg = typeof target === "string" ? { id: target } : target
      const combos = new Map<string, string>()
      for (const [key, coc] of Object.entries(("categoryOptionCombos" in tg ? tg.categoryOptionCombos : undefined) ?? {})) {
        yield* once(combos, coc, key, `dataElements.${indicator}.categoryOptionCombos`)
      }
      yield* once(dataElements, tg.id, { indicator, total: false, combos }, "dataElements")
      if ("total" in tg && tg.total !== undefined) yield* once(dataElements, tg.total, { indicator, total: true, combos: new Map() }, "dataElements")
    }
    const orgUnits = new Map<string, string>()
    for (const [unit, ou] of Object.entries(mapping.orgUnits)) if (unit !== "*") yield* once(orgUnits, ou, unit, "orgUnits")
    const totalOnly = new Set<string>()
    const star = mapping.orgUnits["*"]
    if (star !== undefined && !orgUnits.has(star)) totalOnly.add(star)
    const combos = new Map<string, string>()
    for (const [key, coc] of Object.entries(mapping.categoryOptionCombos ?? {})) yield* once(combos, coc, key, "categoryOptionCombos")
    const categories = new Map<string, { attribute: string; options: ReadonlyMap<string, string> }>()
    for (const [attribute, c] of Object.entries(mapping.categories ?? {})) {
      const options = new Map<string, string>()
      for (const [value, option] of Object.entries(c.options)) yield* once(options, option, value, `categories.${attribute}`)
      yield* once(categories, c.category, { attribute, options }, "categories")
    }
    const periods = new Map<string, string>()
    for (const [ours, theirs] of Object.entries(mapping.periods?.ids ?? {})) {
      const p = Dhis2Period.parse(theirs)
      if (Either.isLeft(p)) return yield* Either.left(new Dhis2MappingError({ field: `periods.ids.${ours}`, reason: t("không phải mã kỳ DHIS2", "not a DHIS2 period id"), examples: [theirs] }))
      yield* once(periods, p.right.id, ours, "periods.ids")
    }
    return { dataElements, orgUnits, totalOnly, combos, categories, periods, schemes }
  })

const isDefaultCombo = (id: string | undefined): boolean => id === undefined || id === "" || id === Dhis2.DEFAULT_COMBO.uid || id === Dhis2.DEFAULT_COMBO.code

const hint = (id: string, scheme: Dhis2.IdScheme | undefined) =>
  scheme === "CODE" && Dhis2.isUid(id)
    ? t(" (tệp có vẻ dùng UID còn ánh xạ dùng mã: hãy xuất từ DHIS2 với idScheme=CODE)", " (the file seems to use UIDs and the mapping codes: export from DHIS2 with idScheme=CODE)")
    : scheme === "UID" && !Dhis2.isUid(id)
      ? t(" (tệp có vẻ dùng mã còn ánh xạ dùng UID)", " (the file seems to use codes and the mapping UIDs)")
      : t("", "")

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

/** A data value through the reversed mapping: the record's fields, or the problems. */
const resolve = (
  raw: Raw,
  r: Reversed,
  mapping: Dhis2.Mapping
): { readonly _tag: "skip" } | { readonly _tag: "problems"; readonly problems: ReadonlyArray<Problem> } | { readonly _tag: "record"; readonly record: Record<string, unknown> } => {
  if (raw.deleted === true || raw.value === undefined || raw.value === "") return { _tag: "skip" }
  // the report's total: recomputed from the units, as a spreadsheet's total row is
  if (raw.orgUnit !== undefined && r.totalOnly.has(raw.orgUnit)) return { _tag: "skip" }
  const problems: Array<Problem> = []
  const problem = (field: string, reason: { vi: string; en: string }) => problems.push({ field, reason })
  const de = raw.dataElement === undefined ? undefined : r.dataElements.get(raw.dataElement)
  if (raw.dataElement === undefined) problem("dataElement", t("thiếu phần tử dữ liệu", "no data element"))
  else if (de === undefined) {
    const h = hint(raw.dataElement, r.schemes.dataElement)
    problem("dataElement", t(`phần tử dữ liệu "${raw.dataElement}" không có trong ánh xạ${h.vi}`, `data element "${raw.dataElement}" is not in the mapping${h.en}`))
  }
  let unitId: string | undefined
  if (raw.orgUnit === undefined) problem("orgUnit", t("thiếu đơn vị tổ chức", "no organisation unit"))
  else {
    unitId = r.orgUnits.get(raw.orgUnit)
    if (unitId === undefined) {
      const h = hint(raw.orgUnit, r.schemes.orgUnit)
      problem("orgUnit", t(`đơn vị tổ chức "${raw.orgUnit}" không có trong ánh xạ${h.vi}`, `organisation unit "${raw.orgUnit}" is not in the mapping${h.en}`))
    }
  }
  let period: string | undefined
  let dhis2: Dhis2Period.Dhis2Period | undefined
  if (raw.adxPeriod !== undefined) {
    const read = Dhis2Period.fromAdx(raw.adxPeriod)
    if (Either.isLeft(read)) problem("period", read.left)
    else if (!read.right.exact) {
      problem(
        "period",
        t(
          `kỳ ADX "${raw.adxPeriod}" không bắt đầu một kỳ của DHIS2; DHIS2 sẽ xếp nó vào kỳ ${read.right.period.id} (${read.right.period.start} – ${read.right.period.end})`,
          `ADX period "${raw.adxPeriod}" does not start a DHIS2 period; DHIS2 would file it under ${read.right.period.id} (${read.right.period.start} to ${read.right.period.end})`
        )
      )
    } else dhis2 = read.right.period
  } else if (raw.period === undefined) problem("period", t("thiếu kỳ", "no period"))
  else {
    const read = Dhis2Period.parse(raw.period)
    if (Either.isLeft(read)) problem("period", t(`"${raw.period}": ${read.left.vi}`, `"${raw.period}": ${read.left.en}`))
    else dhis2 = read.right
  }
  if (dhis2 !== undefined) {
    period = r.periods.get(dhis2.id) ?? Dhis2Period.toPeriodId(dhis2)
    if (period === undefined) {
      problem(
        "period",
        t(
          `kỳ ${dhis2.id} (loại ${dhis2.type}) không có kỳ tương ứng; khai báo trong "periods": { "ids": { "<kỳ của báo cáo>": "${dhis2.id}" } }`,
          `period ${dhis2.id} (type ${dhis2.type}) has no equivalent; declare it in "periods": { "ids": { "<our period>": "${dhis2.id}" } }`
        )
      )
    }
  }
  let disaggregation: Record<string, string> | undefined = {}
  if (de !== undefined) {
    if (raw.categories !== undefined && raw.categoryOptionCombo === undefined) {
      for (const [category, option] of Object.entries(raw.categories)) {
        const c = r.categories.get(category)
        const value = c?.options.get(option)
        if (c === undefined || value === undefined) {
          problem("categoryOptionCombo", t(`danh mục "${category}" với phương án "${option}" không có trong ánh xạ`, `category "${category}" with option "${option}" is not in the mapping`))
          disaggregation = undefined
          break
        }
        disaggregation[c.attribute] = value
      }
    } else if (!isDefaultCombo(raw.categoryOptionCombo)) {
      const key = de.total ? undefined : (de.combos.get(raw.categoryOptionCombo!) ?? r.combos.get(raw.categoryOptionCombo!))
      if (key === undefined) {
        problem(
          "categoryOptionCombo",
          de.total
            ? t(`phần tử dữ liệu tổng "${raw.dataElement}" chỉ nhận nhóm phân tổ mặc định`, `the total data element "${raw.dataElement}" takes only the default combo`)
            : t(`nhóm phân tổ "${raw.categoryOptionCombo}" không có trong ánh xạ`, `category option combo "${raw.categoryOptionCombo}" is not in the mapping`)
        )
        disaggregation = undefined
      } else {
        for (const part of key.split(";")) {
          const [attribute, value] = part.split("=") as [string, string | undefined]
          if (value === undefined || value === "") {
            problem("categoryOptionCombo", t(`phân tổ "${key}" có giá trị "không ghi nhận", không lưu được`, `breakdown "${key}" has a "not recorded" value, which cannot be stored`))
            disaggregation = undefined
            break
          }
          disaggregation[attribute] = value
        }
      }
    }
  }
  const aoc = raw.attributeOptionCombo
  if (!(isDefaultCombo(aoc) && isDefaultCombo(mapping.attributeOptionCombo)) && aoc !== mapping.attributeOptionCombo) {
    problem(
      "attributeOptionCombo",
      t(`nhóm thuộc tính "${aoc ?? "default"}" khác với nhóm trong ánh xạ ("${mapping.attributeOptionCombo ?? "default"}")`, `attribute option combo "${aoc ?? "default"}" is not the mapping's ("${mapping.attributeOptionCombo ?? "default"}")`)
    )
  }
  const value = NUMBER.test(raw.value) ? Number(raw.value) : Number.NaN
  if (!Number.isFinite(value)) problem("value", t("giá trị không phải là số", "the value is not a number"))
  if (problems.length > 0 || de === undefined || disaggregation === undefined) return { _tag: "problems", problems }
  return { _tag: "record", record: { dataElement: de.indicator, period, unitId, disaggregation, value } }
}

// ---------------------------------------------------------------------------------------------
// Importing
// ---------------------------------------------------------------------------------------------

/**
 * The format of a file by its name: `.json`, `.csv`/`.txt`, `.xml`/`.adx`.
 *
 * @since 0.1.0
 */
export const formatOfName = (name: string): Format | undefined => {
  const ext = /\.([A-Za-z0-9+]+)$/.exec(name)?.[1]?.toLowerCase()
  return ext === "json" ? "json" : ext === "csv" || ext === "txt" ? "csv" : ext === "xml" || ext === "adx" ? "adx" : undefined
}

const SCHEME_CONFLICT = (kind: string, file: string, ours: string) =>
  t(`tệp ghi ${kind} theo ${file} còn ánh xạ dùng ${ours}; hãy xuất lại từ DHIS2 với idScheme=${ours} hoặc dùng ánh xạ theo ${file}`, `the file writes ${kind} ids as ${file} and the mapping as ${ours}; export again from DHIS2 with idScheme=${ours}, or use a mapping of ${file}s`)

const importing = (options: Options, store: Store.Service | undefined): Effect.Effect<ImportReport, Dhis2ImportError> =>
  Effect.gen(function* () {
    const file = options.source.name
    const format = options.format ?? formatOfName(file)
    if (format === undefined) {
      return yield* new UnreadableFile({
        file,
        reason: t("không biết định dạng tệp: cần .json (dataValueSet), .csv hoặc .xml (ADX)", "unknown format: expected .json (dataValueSet), .csv or .xml (ADX)")
      })
    }
    const r = yield* reverse(options.mapping)
    let conflict: Dhis2MappingError | undefined
    const onSchemes = (declared: Schemes) => {
      for (const kind of ["dataElement", "orgUnit", "categoryOptionCombo"] as const) {
        const theirs = declared[kind]
        const ours = r.schemes[kind]
        if (theirs !== undefined && ours !== undefined && theirs !== ours) conflict ??= new Dhis2MappingError({ field: "idSchemes", reason: SCHEME_CONFLICT(kind, theirs, ours) })
      }
    }
    const raws = format === "json" ? fromJson(file, options.source.bytes, onSchemes) : format === "csv" ? fromCsv(file, options.source.bytes) : fromAdx(file, options.source.bytes)
    const place = format === "json" ? "value" : format === "adx" ? "line" : "row"
    const batchSize = Math.max(1, options.batchSize ?? 500)
    const maxRejections = Math.max(0, options.maxRejections ?? 10_000)
    const decode = Entity.decode("aggregateValue")
    const seen = new Occurrences()
    const s = { read: 0, skipped: 0, valid: 0, rejected: 0, rejections: [] as Array<RejectedRow>, truncated: false }
    const report = (outcome: "complete" | "aborted") =>
      new ImportReport({
        file,
        format: format === "csv" ? "csv" : format,
        entity: "aggregateValue",
        headerRow: 0,
        columns: [],
        ignoredColumns: [],
        read: s.read,
        skipped: s.skipped,
        valid: s.valid,
        rejected: s.rejected,
        inserted: w.written.inserted,
        updated: w.written.updated,
        unchanged: w.written.unchanged,
        pseudonymised: 0,
        rejections: s.rejections,
        rejectionsTruncated: s.truncated,
        batches: w.written.batches,
        dryRun: store === undefined,
        outcome
      })
    const progress = () => options.onProgress?.({ values: s.read, valid: s.valid, rejected: s.rejected, ...w.counts() })
    const w = writer({ store, kind: "aggregateValue", file, size: batchSize, commitRows: options.commitRows, report, progress })
    const reject = (at: number, problems: ReadonlyArray<Problem>) => {
      s.rejected++
      if (s.rejections.length < maxRejections) s.rejections.push({ file, row: at, place, problems })
      else s.truncated = true
    }
    const one = (raw: Raw): Effect.Effect<void, ImportAborted | Dhis2MappingError> => {
      if (conflict !== undefined) return Effect.fail(conflict)
      const resolved = resolve(raw, r, options.mapping)
      if (resolved._tag === "skip") {
        s.skipped++
        return Effect.void
      }
      s.read++
      if (resolved._tag === "problems") {
        reject(raw.at, resolved.problems)
        return Effect.void
      }
      const { dataElement, period, unitId, disaggregation } = resolved.record
      const d = digest(`aggregateValue\u0000${canonical({ dataElement, period, unitId, disaggregation })}`)
      if (seen.next(fingerprint(d)) > 1) {
        reject(raw.at, [{ reason: t("cùng một giá trị (phần tử dữ liệu, kỳ, đơn vị, phân tổ) đã có ở phía trên trong tệp", "the same data value (data element, period, unit, breakdown) appears earlier in the file") }])
        return Effect.void
      }
      const decoded = decode({
        ...resolved.record,
        id: `d2-${hex128(d)}`,
        source: options.valueSource ?? "other",
        ...(options.reporterId === undefined ? {} : { reporterId: options.reporterId }),
        ...(options.reference === undefined ? {} : { reference: options.reference })
      })
      if (Either.isLeft(decoded)) {
        reject(raw.at, decoded.left.issues.map((i) => ({ field: i.field, reason: i.problem })))
        return Effect.void
      }
      s.valid++
      return w.add(decoded.right, raw.at)
    }
    const body = Stream.runForEach(raws, one).pipe(
      Effect.zipRight(Effect.suspend(() => (conflict !== undefined ? Effect.fail(conflict) : Effect.void))),
      Effect.zipRight(w.flush),
      w.settled,
      Effect.ensuring(Effect.sync(() => seen.close())),
      Effect.catchIf(
        (e): e is UnreadableFile => e instanceof UnreadableFile && (s.read > 0 || w.written.batches.length > 0),
        (e) => Effect.fail(new ImportAborted({ file, ...(e.row === undefined ? {} : { row: e.row }), reason: e.reason, report: report("aborted"), cause: e }))
      )
    )
    yield* options.atomic === "file" ? w.atomically(body) : body
    progress()
    return report("complete")
  })

/**
 * Reads a DHIS2 file into the store: every valid data value becomes an `AggregateValue`,
 * stored in batches (see the module); every rejected value is listed in the report.
 *
 * @since 0.1.0
 */
export const run = (options: Options): Effect.Effect<ImportReport, Dhis2ImportError, Store.Store> =>
  Effect.flatMap(Store.Store, (store) => importing(options, store))

/**
 * Reads and checks a DHIS2 file without storing anything: the same report as {@link run},
 * with `dryRun` set.
 *
 * @since 0.1.0
 */
export const check = (options: Options): Effect.Effect<ImportReport, Dhis2ImportError> => importing(options, undefined)
