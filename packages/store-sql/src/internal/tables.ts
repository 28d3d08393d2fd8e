/**
 * The tables of the store: one per stored kind (`pctnxh_<kind in snake case>`), each holding the
 * id, the full encoded record as JSON text (`data`, read back by `get` and `list`) and a column
 * per field the registry gives the kind (what aggregates filter, group and sum on, what `find`
 * asks for); plus the lookup tables the aggregates join (periods, units rolled up as of a date,
 * person links).
 *
 * The layout is derived from the registry. Migrations are frozen records that never read it: a
 * test replays them and checks that they make exactly this layout.
 */
import { Calendar, Entity, Period, Registry } from "@pctnxh/core"
import * as Either from "effect/Either"
import type { ColumnType } from "./dialect.js"

/** A column of a table. */
export interface Column {
  readonly name: string
  readonly type: ColumnType
  readonly nullable?: boolean
}

/** A table: its columns, primary key and indexes. */
export interface Table {
  readonly name: string
  readonly columns: ReadonlyArray<Column>
  readonly primaryKey: ReadonlyArray<string>
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
}

/** The value of a column: text, a number, or NULL. */
export type Value = string | number | null

/** The table of a kind: `pctnxh_` and the kind in snake case (`serviceEvent` → `pctnxh_service_event`). */
export const tableName = (kind: string): string => `pctnxh_${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`

/** The migrations applied, by name. */
export const migrationsTable: Table = {
  name: "pctnxh_migrations",
  columns: [
    { name: "name", type: "id" },
    { name: "applied_at", type: "code" }
  ],
  primaryKey: ["name"],
  indexes: []
}

/** The calendars, for the per-calendar period columns of aggregate values and budgets. */
export const calendars: ReadonlyArray<Calendar.Calendar> = Calendar.Calendar.members

/** The period grains a query groups by. */
export const grains = ["year", "half", "quarter", "month"] as const

/** Every period of the grains under each calendar, with its first and last date. */
export const periodTable: Table = {
  name: "pctnxh_period",
  columns: [
    { name: "calendar", type: "code" },
    { name: "grain", type: "code" },
    { name: "id", type: "code" },
    { name: "start_date", type: "code" },
    { name: "end_date", type: "code" }
  ],
  primaryKey: ["calendar", "grain", "id"],
  indexes: [["calendar", "grain", "start_date"]]
}

/** Every unit id records sit in, so roll-ups know what to resolve. */
export const unitTable: Table = {
  name: "pctnxh_unit",
  columns: [{ name: "unit_id", type: "id" }],
  primaryKey: ["unit_id"],
  indexes: []
}

/**
 * The unit each recorded unit rolls up to at a level as of a date, under a geography (by its
 * fingerprint); `ancestor_id` is NULL where it has none.
 */
export const rollupTable: Table = {
  name: "pctnxh_unit_rollup",
  columns: [
    { name: "geography", type: "code" },
    { name: "level", type: "code" },
    { name: "as_of", type: "code" },
    { name: "unit_id", type: "id" },
    { name: "ancestor_id", type: "id", nullable: true }
  ],
  primaryKey: ["geography", "level", "as_of", "unit_id"],
  indexes: [["geography", "level", "as_of", "ancestor_id"]]
}

/** Persons listed inside records (activity attendees, group core members), for erasure. */
export const personLinkTable: Table = {
  name: "pctnxh_person_link",
  columns: [
    { name: "kind", type: "code" },
    { name: "record_id", type: "id" },
    { name: "person_id", type: "id" }
  ],
  primaryKey: ["kind", "record_id", "person_id"],
  indexes: [["person_id"]]
}

/**
 * The state of the maintained summaries (one row, `id` = `state`): the generation each change
 * is logged under, and whether any summary is kept (`active` = 1), without which writers log
 * nothing.
 */
export const summaryStateTable: Table = {
  name: "pctnxh_summary_state",
  columns: [
    { name: "id", type: "code" },
    { name: "generation", type: "integer" },
    { name: "active", type: "integer" }
  ],
  primaryKey: ["id"],
  indexes: []
}

/**
 * The maintained summaries: the rows of an aggregate query (`query`, as JSON) as they were at a
 * generation (`result`), each with the number of records behind it, keyed (`summary_key`) by a hash of the query, the
 * geography and the source's fields.
 */
export const summaryTable: Table = {
  name: "pctnxh_summary",
  columns: [
    { name: "summary_key", type: "code" },
    { name: "kind", type: "code" },
    { name: "generation", type: "integer" },
    { name: "query", type: "text" },
    { name: "result", type: "text" }
  ],
  primaryKey: ["summary_key"],
  indexes: [["kind", "generation"]]
}

/**
 * The records written while summaries are kept: for each kind, generation and id, the record's
 * encoded JSON before the first write of that generation (`previous`; `NULL`: it did not exist).
 */
export const changeTable: Table = {
  name: "pctnxh_change",
  columns: [
    { name: "kind", type: "code" },
    { name: "generation", type: "integer" },
    { name: "record_id", type: "id" },
    { name: "previous", type: "text", nullable: true }
  ],
  primaryKey: ["kind", "generation", "record_id"],
  indexes: []
}

/** The tables of the maintained summaries, in the order migration `0004_summaries` creates them. */
export const summaryTables: ReadonlyArray<Table> = [summaryStateTable, summaryTable, changeTable]

/** The lookup tables, in the order migration `0001_tables` creates them. */
export const lookupTables: ReadonlyArray<Table> = [periodTable, unitTable, rollupTable, personLinkTable]

/** A field or source name as a column name: `participantContacts` → `participant_contacts`. */
export const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** The per-calendar first and last day of a period, for records that carry a period or a year. */
export const spanColumns: ReadonlyArray<Column> = calendars.flatMap((c) => [
  { name: `start_${c}`, type: "code", nullable: true } as const,
  { name: `end_${c}`, type: "code", nullable: true } as const
])

/** The columns of a reported value's disaggregation: canonical JSON of it and of its keys. */
export const disaggregationColumns: ReadonlyArray<Column> = [
  { name: "disaggregation", type: "text" },
  { name: "disaggregation_keys", type: "text" }
]

/** What a record writes besides its id and data. */
export interface Projection {
  /** The values of the kind's own columns. */
  readonly columns: Readonly<Record<string, Value>>
  /** The unit it sits in, for the unit roll-ups. */
  readonly unitId?: string
  /** Dates whose periods must be in the period table (the record's date, its period's starts). */
  readonly dates?: ReadonlyArray<string>
  /** Persons listed inside it. */
  readonly persons?: ReadonlyArray<string>
}

const sortedKeys = (record: Readonly<Record<string, string>>): Array<string> =>
  Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** A disaggregation as text that is equal for equal disaggregations, whatever their key order. */
export const canonicalDisaggregation = (record: Readonly<Record<string, string>>): string =>
  JSON.stringify(Object.fromEntries(sortedKeys(record).map((k) => [k, record[k]])))

/** The set of keys of a disaggregation as text. */
export const canonicalKeys = (keys: Iterable<string>): string =>
  JSON.stringify([...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

/** The first and last date of a period id under each calendar, or NULLs where it does not parse. */
const span = (periodId: string): { columns: Record<string, Value>; dates: Array<string> } => {
  const parsed = Period.parse(periodId)
  const columns: Record<string, Value> = {}
  const dates: Array<string> = []
  for (const calendar of calendars) {
    if (Either.isRight(parsed)) {
      const range = Period.dateRange(parsed.right, calendar)
      columns[`start_${calendar}`] = range.start
      columns[`end_${calendar}`] = range.end
      dates.push(range.start)
    } else {
      columns[`start_${calendar}`] = null
      columns[`end_${calendar}`] = null
    }
  }
  return { columns, dates }
}

/**
 * The persons a record of a kind names outside its columns (an activity's attendees, a group's
 * core members, and whatever a source of the kind lists), kept as rows of the person link table
 * so that erasure finds them and counts of listed persons run in the database; `undefined` when
 * records of the kind need no links.
 */
export const personLinks = (registry: Registry.Registry, kind: Entity.Kind): ((record: unknown) => ReadonlyArray<string>) | undefined => {
  const refs = Registry.personRefs(registry, kind)
  const columns = (registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {}
  const linked = refs !== undefined && refs.onErase !== "keep" && refs.fields.some((f) => f !== "id" && !Object.hasOwn(columns, f))
  const listing = sourcesOf(registry, kind).flatMap((s) => (s.listedPersons === undefined ? [] : [s.listedPersons as (record: unknown) => ReadonlyArray<string>]))
  if (!linked && listing.length === 0) return undefined
  return (record) => [...new Set([...(linked ? Registry.personsIn(registry, kind, record) : []), ...listing.flatMap((list) => list(record))])]
}

/** Whether records of a kind list persons inside them. */
export const linksPersons = (registry: Registry.Registry, kind: Entity.Kind): boolean => personLinks(registry, kind) !== undefined

/** The tables and projections of a registry: what the store writes, derived from it. */
export interface Layout {
  readonly registry: Registry.Registry
  /** The table of a kind: `id`, `data`, a column per field of the kind, and what its source needs. */
  readonly table: (kind: Entity.Kind) => Table
  /** What a record of a kind writes besides id and data. */
  readonly project: (kind: Entity.Kind, record: unknown) => Projection
  /** Every table the store uses, as the migrations must have made them. */
  readonly tables: ReadonlyArray<Table>
}

const sourcesOf = (registry: Registry.Registry, kind: Entity.Kind) =>
  Object.values(registry.sources).filter((s) => s.kind === kind)

/** The layout of a registry. */
export const layout = (registry: Registry.Registry): Layout => {
  const tables = new Map<Entity.Kind, Table>()
  const projectors = new Map<Entity.Kind, (record: unknown) => Projection>()
  const table = (kind: Entity.Kind): Table => {
    let t = tables.get(kind)
    if (t === undefined) {
      const spec = registry.kinds[kind] as Registry.KindSpec<unknown> | undefined
      const sources = sourcesOf(registry, kind)
      const fields = Object.entries(spec?.fields ?? {}).map(
        ([name, f]): Column => ({ name: snake(name), type: f.type, ...(f.optional ? { nullable: true } : {}) })
      )
      t = {
        name: tableName(kind),
        columns: [
          { name: "id", type: "id" },
          { name: "data", type: "text" },
          ...fields,
          ...(sources.some((s) => s.disaggregation !== undefined) ? disaggregationColumns : []),
          ...(sources.some((s) => s.time._tag === "period" || s.time._tag === "year") ? spanColumns : [])
        ],
        primaryKey: ["id"],
        indexes: (spec?.indexes ?? []).map((index) => index.map(snake))
      }
      tables.set(kind, t)
    }
    return t
  }
  const projector = (kind: Entity.Kind) => {
    let p = projectors.get(kind)
    if (p === undefined) {
      // each field with its column's name, worked out once
      const fields = Object.entries((registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {}).map(
        ([name, f]) => [snake(name), f] as const
      )
      const source = sourcesOf(registry, kind)[0]
      const persons = personLinks(registry, kind)
      const read = (field: string, record: unknown) => Registry.read(registry, kind, field, record)
      p = (record) => {
        const columns: Record<string, Value> = {}
        for (const [column, f] of fields) columns[column] = f.read(record) ?? null
        if (source === undefined) return { columns, ...(persons === undefined ? {} : { persons: persons(record) }) }
        let dates: ReadonlyArray<string> = []
        const time = source.time
        if (time._tag === "date") {
          const date = read(time.field, record)
          dates = date === null ? [] : [String(date)]
        } else if (time._tag === "period" || time._tag === "year") {
          const s = span(String(read(time.field, record)))
          Object.assign(columns, s.columns)
          dates = s.dates
        }
        if (source.disaggregation !== undefined) {
          const d = source.disaggregation(record as never)
          columns.disaggregation = canonicalDisaggregation(d)
          columns.disaggregation_keys = canonicalKeys(Object.keys(d))
        }
        return {
          columns,
          unitId: String(read(source.unit, record)),
          dates,
          ...(persons === undefined ? {} : { persons: persons(record) })
        }
      }
      projectors.set(kind, p)
    }
    return p
  }
  return {
    registry,
    table,
    project: (kind, record) => projector(kind)(record),
    tables: [migrationsTable, ...lookupTables, ...Entity.kinds.map(table), ...summaryTables]
  }
}

/** The periods of every grain and calendar of one year, as rows of the period table. */
export const periodsOfYear = (year: number): Array<Record<string, Value>> => {
  const periods: Array<Period.UnitPeriod> = [
    Period.year(year),
    ...[1, 2].map((h) => Period.half(year, h)),
    ...[1, 2, 3, 4].map((q) => Period.quarter(year, q)),
    ...Array.from({ length: 12 }, (_, i) => Period.month(year, i + 1))
  ]
  return calendars.flatMap((calendar) =>
    periods.map((p) => {
      const range = Period.dateRange(p, calendar)
      return { calendar, grain: p.kind, id: p.id, start_date: range.start, end_date: range.end }
    })
  )
}
