/**
 * The report's cells: the aggregate queries the benchmark asks of every store, and the floor's
 * hand-written SQL computing the same cells.
 */
import { AggregateQuery, Period } from "@pctnxh/core"
import type { Geography } from "@pctnxh/core"

/** Units are rolled up to their province as it was at this date. */
export const AS_OF = "2020-12-31"

/** A query and how the floor computes it. */
export interface Cells {
  readonly name: string
  readonly query: AggregateQuery.AggregateQuery
  /** The floor's measure in SQL. */
  readonly measure: string
  /** The floor's period grain, if the cells are by period (administrative calendar). */
  readonly grain?: "quarter" | "year"
  /** Whether the cells are by province. */
  readonly byProvince: boolean
  /** The floor's attribute column, if the cells are by one. */
  readonly column?: string
}

export const cells: ReadonlyArray<Cells> = [
  {
    name: "contacts by province and administrative quarter",
    query: AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.count,
      groupBy: [AggregateQuery.byUnit("province", AS_OF), AggregateQuery.byPeriod("quarter", "administrative")]
    }),
    measure: "count(*)",
    grain: "quarter",
    byProvince: true
  },
  {
    name: "persons by province and administrative year",
    query: AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      groupBy: [AggregateQuery.byUnit("province", AS_OF), AggregateQuery.byPeriod("year", "administrative")]
    }),
    measure: "count(distinct person_id)",
    grain: "year",
    byProvince: true
  },
  {
    name: "cost by service",
    query: AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.sum("cost"), groupBy: [AggregateQuery.by("service")] }),
    measure: "coalesce(sum(cost), 0)",
    byProvince: false,
    column: "service"
  }
]

/** A library row as `key=value`, keys in the query's order. */
export const libraryCell = (row: AggregateQuery.Row): string => `${Object.values(row.key).map(String).join("|")}=${row.value}`

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`

const addDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The floor's expression of a date's period: a `CASE` over the periods' last days between the
 * first and the last date stored.
 */
export const periodCase = (grain: "quarter" | "year", first: string, last: string): string => {
  const ends: Array<[string, string]> = []
  let current = Period.containingId(first, grain, "administrative") as string
  for (let d = first; d <= last; d = addDay(d)) {
    const id = Period.containingId(d, grain, "administrative") as string
    if (id !== current) {
      ends.push([d, current])
      current = id
    }
  }
  if (ends.length === 0) return quote(current)
  return `case ${ends.map(([next, id]) => `when date < ${quote(next)} then ${quote(id)}`).join(" ")} else ${quote(current)} end`
}

/** The floor's expression of a unit's province: a `CASE` over the units stored. */
export const provinceCase = (geography: Geography.Geography, units: ReadonlyArray<string>): string => {
  const whens = units.flatMap((u) => {
    const p = geography.resolveAt(u, "province", AS_OF)
    return p._tag === "Some" ? [`when ${quote(u)} then ${quote(p.value.id)}`] : []
  })
  return whens.length === 0 ? "null" : `case unit_id ${whens.join(" ")} end`
}

/** The floor's statement for cells, given the table and the expressions. */
export const floorSql = (c: Cells, table: string, province: string, period: (grain: "quarter" | "year") => string): string => {
  const keys = [...(c.byProvince ? [province] : []), ...(c.grain === undefined ? [] : [period(c.grain)]), ...(c.column === undefined ? [] : [c.column])]
  const select = keys.map((k, i) => `${k} as k${i}`).join(", ")
  return `select ${select}, ${c.measure} as v from ${table} group by ${keys.map((_, i) => `k${i}`).join(", ")}`
}

/** A floor row as `key=value`. */
export const floorCell = (row: Record<string, unknown>, keys: number): string =>
  `${Array.from({ length: keys }, (_, i) => (row[`k${i}`] === null ? "null" : String(row[`k${i}`]))).join("|")}=${Number(row.v)}`

/** How many keys a query's cells have. */
export const keyCount = (c: Cells): number => c.query.groupBy.length
