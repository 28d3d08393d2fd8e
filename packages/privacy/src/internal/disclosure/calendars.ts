/**
 * The plain and the administrative calendar in one attacker system. A report on the
 * administrative calendar (Decree 09/2019: each period runs from the 15th of the month before)
 * is kept under the measure `<code>@administrative`, so that its cells are never taken for the
 * plain calendar's. The two still count the same records: the plain year 2020 is the
 * administrative year 2020 with 15–31 December 2019 taken out and 15–31 December 2020 put in.
 *
 * When a measure's tables (this release's and the ledger's) use both calendars, they are read as
 * one measure: the administrative periods become members `2020@administrative`, … of the same
 * period dimension, and every period of either calendar is the sum of the spans of days between
 * the starts and ends of all of them, so that the attacker check sees what the two calendars say
 * together (a plain year minus an administrative year is 15–31 December of one year minus that of
 * the year before).
 */
import { Calendar, Period } from "@pctnxh/core"
import * as Either from "effect/Either"
import type { Dimension } from "../../DisclosureTable.js"
import type { KnownTable } from "./lattice.js"

/** The suffix of a measure, and of a linked period, on the administrative calendar. */
export const ADMINISTRATIVE = "@administrative"

/** The measure on the plain calendar. */
export const plainMeasure = (measure: string): string =>
  measure.endsWith(ADMINISTRATIVE) ? measure.slice(0, -ADMINISTRATIVE.length) : measure

/** The measures with their other calendar's: what the ledger must return for a release of them. */
export const bothCalendars = (measures: ReadonlyArray<string>): ReadonlyArray<string> => [
  ...new Set(measures.flatMap((m) => [plainMeasure(m), plainMeasure(m) + ADMINISTRATIVE]))
]

const nested = (id: string): Period.UnitPeriod | undefined => {
  const p = Period.parse(id)
  if (Either.isLeft(p)) return undefined
  const k = p.right.kind
  return k === "month" || k === "quarter" || k === "half" || k === "year" ? (p.right as Period.UnitPeriod) : undefined
}

/** The members a dimension of a table names: in its cells, and in its hierarchies. */
const membersOf = (table: KnownTable, d: Dimension): Array<string> => {
  const out: Array<string> = []
  for (const c of table.cells) if (c.key[d.name] !== undefined) out.push(c.key[d.name]!)
  for (const parents of [d.parents ?? {}, ...Object.values(d.hierarchies ?? {})]) {
    for (const [child, parent] of Object.entries(parents)) out.push(child, parent)
  }
  return out
}

const suffixed = (record: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k + ADMINISTRATIVE, v + ADMINISTRATIVE]))

/** The administrative table as members of the plain measure. */
const renamed = (table: KnownTable, periodic: ReadonlySet<string>, measure: string): KnownTable => ({
  ...table,
  measure,
  dimensions: table.dimensions.map((d) =>
    !periodic.has(d.name)
      ? d
      : {
          ...d,
          ...(d.parents === undefined ? {} : { parents: suffixed(d.parents) }),
          ...(d.hierarchies === undefined
            ? {}
            : { hierarchies: Object.fromEntries(Object.entries(d.hierarchies).map(([n, p]) => [n, suffixed(p)])) })
        }
  ),
  cells: table.cells.map((c) => {
    const key: Record<string, string> = { ...c.key }
    for (const name of periodic) if (key[name] !== undefined) key[name] = key[name] + ADMINISTRATIVE
    return { ...c, key }
  })
})

/**
 * The hierarchies that tie the periods of both calendars to the spans of days they are made of:
 * the days between consecutive starts or ends of any period used, so that each period, on either
 * calendar, is the sum of the spans it covers (a plain year and an administrative year share
 * 1 January to 14 December, and each has one span of its own).
 */
const calendarTrees = (plain: ReadonlyArray<string>, administrative: ReadonlyArray<string>): Record<string, Record<string, string>> => {
  const periods: Array<{ readonly calendar: Calendar.Calendar; readonly period: Period.UnitPeriod; readonly start: number; readonly end: number }> = []
  for (const [calendar, ids] of [
    ["plain", plain],
    ["administrative", administrative]
  ] as const) {
    for (const id of ids) {
      const p = nested(id)
      if (p === undefined) continue
      const range = Period.dateRange(p, calendar)
      periods.push({ calendar, period: p, start: Calendar.toDayNumber(range.start), end: Calendar.toDayNumber(range.end) })
    }
  }
  const cuts = [...new Set(periods.flatMap((p) => [p.start, p.end + 1]))].sort((x, y) => x - y)
  const spans = cuts.slice(0, -1).map((start, i) => ({
    start,
    end: cuts[i + 1]! - 1,
    id: `${Calendar.fromDayNumber(start)}..${Calendar.fromDayNumber(cuts[i + 1]! - 1)}`
  }))
  const trees: Record<string, Record<string, string>> = {}
  for (const { calendar, period, start, end } of periods) {
    // a span lies in one period of each calendar and kind: each pair is a hierarchy of its own
    const tree = (trees[`${calendar}:${period.kind}`] ??= {})
    const suffix = calendar === "plain" ? "" : ADMINISTRATIVE
    for (const span of spans) if (span.start >= start && span.end <= end) tree[span.id] = period.id + suffix
  }
  return trees
}

/**
 * The tables with every measure that has tables on both calendars read as one, its period
 * dimensions linked through the spans of days their periods share; tables of other measures as they are.
 */
export const linkCalendars = (tables: ReadonlyArray<KnownTable>): ReadonlyArray<KnownTable> => {
  const calendars = new Map<string, { plain: boolean; administrative: boolean }>()
  for (const t of tables) {
    const base = plainMeasure(t.measure)
    const seen = calendars.get(base) ?? { plain: false, administrative: false }
    if (base === t.measure) seen.plain = true
    else seen.administrative = true
    calendars.set(base, seen)
  }
  const linked = [...calendars].filter(([, c]) => c.plain && c.administrative).map(([base]) => base)
  if (linked.length === 0) return tables
  const out = tables.filter((t) => !linked.includes(plainMeasure(t.measure)))
  for (const base of linked) {
    const group = tables.filter((t) => plainMeasure(t.measure) === base)
    // the dimensions of periods: every member of every table naming them is a period
    const names = new Set(group.flatMap((t) => t.dimensions.map((d) => d.name)))
    const periodic = new Set<string>()
    for (const name of names) {
      const members = group.flatMap((t) => t.dimensions.filter((d) => d.name === name).map((d) => membersOf(t, d))).flat()
      if (members.length > 0 && members.every((m) => nested(m) !== undefined)) periodic.add(name)
    }
    if (periodic.size === 0) {
      out.push(...group)
      continue
    }
    const plainTables = group.filter((t) => t.measure === base)
    const adminTables = group.filter((t) => t.measure !== base)
    const trees = new Map<string, Record<string, Record<string, string>>>()
    for (const name of periodic) {
      const used = (ts: ReadonlyArray<KnownTable>) => ts.flatMap((t) => t.dimensions.filter((d) => d.name === name).flatMap((d) => membersOf(t, d)))
      trees.set(name, calendarTrees([...new Set(used(plainTables))], [...new Set(used(adminTables))]))
    }
    const joined = [...plainTables, ...adminTables.map((t) => renamed(t, periodic, base))]
    // the half-month hierarchies ride on the first table that has the dimension
    const carried = new Set<string>()
    for (const t of joined) {
      out.push({
        ...t,
        dimensions: t.dimensions.map((d) => {
          if (!periodic.has(d.name) || carried.has(d.name)) return d
          carried.add(d.name)
          return { ...d, hierarchies: { ...d.hierarchies, ...trees.get(d.name) } }
        })
      })
    }
  }
  return out
}

/** The cell's measure and key as its own table names them, for a cell of a linked measure. */
export const asNamed = (
  measure: string,
  key: Readonly<Record<string, string>>
): { readonly measure: string; readonly key: Readonly<Record<string, string>> } => {
  let administrative = false
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(key)) {
    if (v.endsWith(ADMINISTRATIVE)) {
      administrative = true
      out[k] = v.slice(0, -ADMINISTRATIVE.length)
    } else out[k] = v
  }
  return administrative ? { measure: measure + ADMINISTRATIVE, key: out } : { measure, key }
}
