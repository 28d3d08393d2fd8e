/**
 * Reports of `@pctnxh/indicators` as disclosure-control tables, and back. Reports are read by
 * their shape, so this package does not depend on the indicators package.
 */
import * as Either from "effect/Either"
import { InvalidTable } from "../../DisclosureError.js"
import type { Aggregation, Cell, Dimension, Kind, Mark, PublishedTable, Table } from "./model.js"
import { periodParents } from "./periods.js"

/** The mark a report cell carries. */
export interface ReportMark {
  readonly status: "published" | "suppressed" | "perturbed"
  readonly reason?: string | undefined
  readonly display?: string | undefined
}

/** A report cell, as far as disclosure control reads it. */
export interface ReportCell {
  readonly indicator: string
  readonly period: string
  readonly adminUnit?: string | null | undefined
  readonly disaggregation: Readonly<Record<string, string | null>>
  readonly value: number | null
  readonly numerator: number | null
  readonly denominator: number | null
  readonly disclosure?: ReportMark | undefined
}

/** A report, as far as disclosure control reads it. */
export interface ReportLike<C extends ReportCell = ReportCell> {
  readonly indicators: ReadonlyArray<{ readonly code: string; readonly unit: string; readonly additive: boolean }>
  readonly cells: ReadonlyArray<C>
  /**
   * The calendar the report's periods are under. Periods of the administrative calendar are
   * other periods than the plain calendar's of the same id, so their tables are other measures.
   */
  readonly calendar?: string | undefined
}

/** Which part of a report cell a table cell holds. */
export type Part = "value" | "numerator" | "denominator"

/** The tables of a report, and where each report cell went. */
export interface ReportTables {
  readonly tables: ReadonlyArray<Table>
  /** For each report cell, the table cells holding its parts (none for a cell not protected). */
  readonly links: ReadonlyArray<ReadonlyArray<{ readonly table: number; readonly cell: number; readonly part: Part }>>
}

/** Contributors to an amount, for the rules on amounts. */
export interface Contributors {
  /** How many establishments, persons or organisations the amount is the sum of. */
  readonly contributors: number
  /** The largest contributions, largest first (at least two). */
  readonly largest: ReadonlyArray<number>
}

/** Options of `fromReport`. */
export interface FromReportOptions {
  /** Units whose counts are about persons or establishments, and so protected. */
  readonly protectedUnits?: ReadonlyArray<string> | undefined
  /** The contributors to an amount (VND) of a report cell, for the dominance and p% rules. */
  readonly amounts?: ((cell: ReportCell) => Contributors | undefined) | undefined
  /** Indicators whose amounts are public by nature (budgets, norms): not protected. */
  readonly publicAmounts?: ReadonlyArray<string> | undefined
}

/** The units whose counts a report protects by default. */
export const personUnits: ReadonlyArray<string> = ["persons", "contacts", "visits", "establishments", "cases"]

const TOTAL = "total"
const NONE = "(none)"
const memberOf = (v: string | null | undefined): string => (v === undefined ? TOTAL : v === null ? NONE : v)

/** A period dimension over whatever ids a report has: months, quarters, halves and years nest. */
const periodDimension = (ids: ReadonlyArray<string>, aggregation: Aggregation): Dimension => ({
  name: "period",
  parents: periodParents(ids, false),
  aggregation
})

/** Whether every total of a dimension in the data equals the sum of its parts. */
const addsUp = (cells: ReadonlyArray<Cell>, name: string, parents: Readonly<Record<string, string>>): boolean => {
  const byKey = new Map<string, number>()
  const keyOf = (key: Readonly<Record<string, string>>) => JSON.stringify(Object.keys(key).sort().map((k) => [k, key[k]]))
  for (const c of cells) byKey.set(keyOf(c.key), c.value)
  for (const c of cells) {
    const children = Object.keys(parents).filter((m) => parents[m] === c.key[name])
    if (children.length === 0) continue
    let sum = 0
    let complete = true
    for (const child of children) {
      const v = byKey.get(keyOf({ ...c.key, [name]: child }))
      if (v === undefined) {
        complete = false
        break
      }
      sum += v
    }
    if (complete && Math.abs(sum - c.value) > 1e-9 * Math.max(1, sum)) return false
  }
  return true
}

/** Reads a report as tables: one per indicator (two, numerator and denominator, for a ratio). */
export const fromReport = (report: ReportLike, options: FromReportOptions = {}): Either.Either<ReportTables, InvalidTable> => {
  const protectedUnits = new Set(options.protectedUnits ?? personUnits)
  const publicAmounts = new Set(options.publicAmounts ?? [])
  const links: Array<Array<{ table: number; cell: number; part: Part }>> = report.cells.map(() => [])
  const tables: Array<Table> = []
  for (const indicator of report.indicators) {
    const cells = report.cells.map((c, i) => [c, i] as const).filter(([c]) => c.indicator === indicator.code)
    if (cells.length === 0) continue
    const ratio = cells.some(([c]) => c.denominator !== null)
    const parts: ReadonlyArray<Part> = ratio ? ["numerator", "denominator"] : ["value"]
    for (const part of parts) {
      const kind: Kind = part !== "denominator" && indicator.unit === "vnd" ? "magnitude" : "frequency"
      if (kind === "frequency" && !ratio && !protectedUnits.has(indicator.unit)) continue
      if (kind === "magnitude" && publicAmounts.has(indicator.code)) continue
      const attributes = [...new Set(cells.flatMap(([c]) => Object.keys(c.disaggregation)))].sort()
      const tableCells: Array<Cell> = []
      const origin: Array<number> = []
      for (const [c, i] of cells) {
        const value = part === "value" ? c.value : part === "numerator" ? c.numerator : c.denominator
        if (value === null) continue
        const key: Record<string, string> = { period: c.period, unit: memberOf(c.adminUnit) }
        for (const a of attributes) key[a] = memberOf(c.disaggregation[a])
        let cell: Cell = { key, value }
        if (kind === "magnitude") {
          const found = options.amounts?.(c)
          if (found === undefined) {
            return Either.left(
              new InvalidTable({
                table: indicator.code,
                cell: key,
                reason: {
                  vi: "số tiền cần kèm số đơn vị đóng góp và các khoản lớn nhất (tùy chọn amounts), hoặc được khai báo là công khai (publicAmounts)",
                  en: "an amount needs its number of contributors and largest contributions (the amounts option), or to be declared public (publicAmounts)"
                }
              })
            )
          }
          cell = { ...cell, frequency: found.contributors, contributions: found.largest }
        }
        if (c.disclosure !== undefined && c.disclosure.status !== "published") {
          cell = { ...cell, mark: c.disclosure as Mark }
        }
        tableCells.push(cell)
        origin.push(i)
      }
      if (tableCells.length === 0) continue
      const units = [...new Set(tableCells.map((c) => c.key.unit!))].filter((u) => u !== TOTAL)
      const unitParents = Object.fromEntries(units.map((u) => [u, TOTAL]))
      const attributeParents = attributes.map((a) => {
        const members = [...new Set(tableCells.map((c) => c.key[a]!))].filter((m) => m !== TOTAL)
        return [a, Object.fromEntries(members.map((m) => [m, TOTAL]))] as const
      })
      const aggregationOf = (name: string, parents: Readonly<Record<string, string>>): Aggregation =>
        indicator.additive || addsUp(tableCells, name, parents) ? "sum" : "distinct"
      const dimensions: Array<Dimension> = [
        periodDimension([...new Set(tableCells.map((c) => c.key.period!))], indicator.additive ? "sum" : "distinct"),
        { name: "unit", parents: unitParents, aggregation: aggregationOf("unit", unitParents) },
        ...attributeParents.map(([a, parents]) => ({ name: a, parents, aggregation: aggregationOf(a, parents) }))
      ]
      const table = tables.length
      const base = report.calendar === undefined || report.calendar === "plain" ? indicator.code : `${indicator.code}@${report.calendar}`
      tables.push({
        id: parts.length === 1 ? base : `${base}:${part}`,
        measure: parts.length === 1 ? base : `${base}:${part}`,
        kind,
        dimensions,
        cells: tableCells
      })
      origin.forEach((i, cell) => links[i]!.push({ table, cell, part }))
    }
  }
  return Either.right({ tables, links })
}

const priority = (m: Mark): number => (m.status === "suppressed" ? (m.reason === "secondary" ? 1 : 2) : 0)

/** Writes released tables back into a report: marks on every cell, hidden values `null`. */
export const toReport = <C extends ReportCell, R extends ReportLike<C>>(
  report: R,
  read: ReportTables,
  released: ReadonlyArray<PublishedTable>
): R => {
  const cells = report.cells.map((c, i): C => {
    const parts = read.links[i]!.map((l) => ({ part: l.part, cell: released[l.table]!.cells[l.cell]! }))
    if (parts.length === 0) return { ...c, disclosure: c.disclosure ?? { status: "published" } }
    const suppressed = parts.filter((p) => p.cell.mark.status === "suppressed").sort((a, b) => priority(b.cell.mark) - priority(a.cell.mark))
    if (suppressed.length > 0) {
      return { ...c, value: null, numerator: null, denominator: null, disclosure: suppressed[0]!.cell.mark }
    }
    const perturbed = parts.find((p) => p.cell.mark.status === "perturbed")
    if (perturbed === undefined) return { ...c, disclosure: { status: "published" } }
    const shown = (part: Part) => parts.find((p) => p.part === part)?.cell.value
    if (parts.length === 1) {
      const value = shown("value") ?? c.value
      return { ...c, value, numerator: value, disclosure: perturbed.cell.mark }
    }
    const numerator = shown("numerator") ?? c.numerator
    const denominator = shown("denominator") ?? c.denominator
    const factor = c.value !== null && c.numerator ? (c.value * (c.denominator ?? 0)) / c.numerator : undefined
    const value = factor !== undefined && numerator !== null && denominator ? (factor * numerator) / denominator : c.value
    return { ...c, value, numerator, denominator, disclosure: perturbed.cell.mark }
  })
  return { ...report, cells }
}
