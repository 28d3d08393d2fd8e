/** Tables for the disclosure-control tests: synthetic figures shaped like the programme's. */
import * as Layer from "effect/Layer"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Disclosure from "../src/Disclosure.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"

/** HiGHS and an empty ledger. */
export const services = Layer.merge(AttackerCheck.layer, ReleaseLedger.layerMemory)

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
