/** Tables for the disclosure-control tests: synthetic figures shaped like the programme's. */
import type { CoreError, ReportTable } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Layer from "effect/Layer"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Audit from "../src/Audit.js"
import * as Disclosure from "../src/Disclosure.js"
import type * as DisclosureError from "../src/DisclosureError.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"

/** HiGHS, an empty ledger and an audit log over an empty memory store. */
export const services: Layer.Layer<
  AttackerCheck.Solver | ReleaseLedger.ReleaseLedger | Audit.Audit,
  DisclosureError.SolverFailed | CoreError.StoreError
> = Layer.mergeAll(
  AttackerCheck.layer,
  ReleaseLedger.layerMemory,
  Audit.layer.pipe(Layer.provide(MemoryStore.layer()))
)

/** A figure of a report table. */
export const figure = (measure: string, unit: string, additive: boolean, why?: string): ReportTable.Figure => ({
  measure,
  unit,
  additive,
  ...(why === undefined ? {} : { public: { vi: why, en: why } })
})

/** An indicator of a report table whose cells are one figure. */
export const valueIndicator = (code: string, unit: string, additive: boolean, why?: string): ReportTable.TableIndicator => ({
  code,
  unit,
  additive,
  formula: { vi: `công thức ${code}`, en: `formula of ${code}` },
  figures: { _tag: "value", value: figure(code, unit, additive, why) }
})

/** An indicator of a report table whose cells are a ratio of two figures. */
export const ratioIndicator = (
  code: string,
  unit: string,
  numerator: ReportTable.Figure,
  denominator: ReportTable.Figure,
  factor: number
): ReportTable.TableIndicator => ({
  code,
  unit,
  additive: false,
  formula: { vi: `công thức ${code}`, en: `formula of ${code}` },
  figures: { _tag: "ratio", numerator, denominator, factor }
})

/** A cell of a report table, its explanation quoting its figures as a report's does. */
export const reportCell = (
  indicator: string,
  where: { readonly period?: string; readonly adminUnit?: string | null; readonly disaggregation?: Readonly<Record<string, string | null>> },
  value: number | null,
  options: { readonly ratio?: readonly [number, number]; readonly unit?: string; readonly contributions?: ReportTable.Contributions } = {}
): ReportTable.ReportCell => {
  const numerator = options.ratio === undefined ? value : options.ratio[0]
  const denominator = options.ratio === undefined ? null : options.ratio[1]
  const numbers = options.ratio === undefined ? `${value}` : `${options.ratio[0]} ÷ ${options.ratio[1]} = ${value}`
  return {
    indicator,
    period: where.period ?? "2019",
    ...(where.adminUnit === undefined ? {} : { adminUnit: where.adminUnit }),
    disaggregation: { ...where.disaggregation },
    value,
    numerator,
    denominator,
    unit: options.unit ?? "persons",
    source: "events",
    flags: [],
    explanation: { vi: `${indicator} = ${numbers}`, en: `${indicator} = ${numbers}` },
    ...(options.contributions === undefined ? {} : { contributions: options.contributions })
  }
}

/** The communes of Giao Thủy district (Nam Định) on a map of 2019, as a report table's units. */
export const giaoThuy = (level?: "commune"): ReportTable.Units => ({
  asOf: "2019-12-31",
  ...(level === undefined ? {} : { level }),
  parents: {
    "quat-lam@x": "giao-thuy@x",
    "thinh-long@x": "giao-thuy@x",
    "giao-phong@x": "giao-thuy@x",
    "giao-thuy@x": "nam-dinh@x",
    "nam-dinh@x": null,
    "hai-phong@x": null
  }
})

/** A report table. */
export const reportTable = (
  indicators: ReadonlyArray<ReportTable.TableIndicator>,
  cells: ReadonlyArray<ReportTable.ReportCell>,
  units: ReportTable.Units = { asOf: "2019-12-31", parents: {} },
  validation: ReadonlyArray<ReportTable.ValidationResult> = []
): ReportTable.ReportTable => ({ calendar: "plain", indicators, units, cells, validation })

/** A frequency table of `rows × cols` with row, column and grand totals named `total`. */
export const twoWay = (options: {
  readonly id: string
  readonly measure: string
  readonly rows: readonly [string, ReadonlyArray<string>]
  readonly cols: readonly [string, ReadonlyArray<string>]
  readonly values: ReadonlyArray<ReadonlyArray<number>>
  readonly marks?: Readonly<Record<string, Disclosure.Mark>>
}): Disclosure.Table => {
  const [rowName, rows] = options.rows
  const [colName, cols] = options.cols
  const at = (i: number, j: number) => options.values[i]![j]!
  const cells: Array<Disclosure.Cell> = []
  const push = (r: string, c: string, value: number) => {
    const mark = options.marks?.[`${r}/${c}`]
    cells.push({ key: { [rowName]: r, [colName]: c }, value, ...(mark === undefined ? {} : { mark }) })
  }
  rows.forEach((r, i) => cols.forEach((c, j) => push(r, c, at(i, j))))
  rows.forEach((r, i) => push(r, "total", cols.reduce((s, _, j) => s + at(i, j), 0)))
  cols.forEach((c, j) => push("total", c, rows.reduce((s, _, i) => s + at(i, j), 0)))
  push("total", "total", options.values.flat().reduce((s, x) => s + x, 0))
  return {
    id: options.id,
    measure: options.measure,
    kind: "frequency",
    dimensions: [Disclosure.categories(rowName, rows), Disclosure.categories(colName, cols)],
    cells
  }
}

/** A one-way frequency table with its total. */
export const oneWay = (options: {
  readonly id: string
  readonly measure: string
  readonly dimension: Disclosure.Dimension
  readonly values: Readonly<Record<string, number>>
  readonly fixed?: Readonly<Record<string, string>>
}): Disclosure.Table => ({
  id: options.id,
  measure: options.measure,
  kind: "frequency",
  dimensions: [options.dimension],
  cells: Object.entries(options.values).map(([member, value]) => ({
    key: { ...options.fixed, [options.dimension.name]: member },
    value
  }))
})

export const primary: Disclosure.Mark = { status: "suppressed", reason: "primary-frequency", display: "<5" }
export const complement: Disclosure.Mark = { status: "suppressed", reason: "secondary", display: "x" }

/** The cell of a released table with this key. */
export const cellOf = (table: Disclosure.PublishedTable, key: Readonly<Record<string, string>>): Disclosure.PublishedCell => {
  const found = table.cells.find((c) => Object.keys(key).every((k) => c.key[k] === key[k]) && Object.keys(c.key).length === Object.keys(key).length)
  if (found === undefined) throw new Error(`no cell ${JSON.stringify(key)}`)
  return found
}

/** The keys of the suppressed cells of a released table, as `member/member`. */
export const suppressedCells = (table: Disclosure.PublishedTable): Array<string> =>
  table.cells
    .filter((c) => c.mark.status === "suppressed")
    .map((c) => Object.keys(c.key).sort().map((k) => c.key[k]).join("/"))
    .sort()
