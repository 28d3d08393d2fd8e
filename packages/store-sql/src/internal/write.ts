/**
 * Writing a batch of records inside a transaction: read what is stored under their ids, count
 * what is new, changed and unchanged, upsert only the new and changed ones in batches, and keep
 * the lookup tables (recorded units, periods, person links) in step.
 */
import type { Entity, Store } from "@pctnxh/core"
import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import { linksPersons, periodsOfYear, periodTable, personLinkTable, project, table, unitTable, type Value } from "./tables.js"

/** A record ready to write: its id, encoded JSON and column values. */
export interface Prepared {
  readonly id: string
  readonly data: string
  readonly record: unknown
}

/** What the store already knows is in the lookup tables (filled once a transaction commits). */
export interface Known {
  readonly units: Set<string>
  readonly years: Set<number>
}

/** What a write added to the lookup tables, to remember once its transaction commits. */
export interface Added {
  readonly units: ReadonlyArray<string>
  readonly years: ReadonlyArray<number>
}

const MAX_PARAMETERS = 20_000

const chunks = <A>(items: ReadonlyArray<A>, size: number): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Inserts rows, leaving those whose key exists alone. */
const insertMissing = async (
  db: Kysely<any>,
  dialect: Dialect,
  name: string,
  key: ReadonlyArray<string>,
  rows: ReadonlyArray<Record<string, Value>>
) => {
  if (rows.length === 0) return
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length))
  for (const chunk of chunks(rows, Math.min(size, 1000))) {
    await dialect.insertMissing(db.insertInto(name).values(chunk as Array<Record<string, Value>>), key).execute()
  }
}

/** Ensures the period table holds every period of the years the dates may fall in. */
const ensurePeriods = async (db: Kysely<any>, dialect: Dialect, names: Names, years: ReadonlyArray<number>) => {
  if (years.length === 0) return
  const rows = years.flatMap(periodsOfYear)
  await insertMissing(db, dialect, names.name(periodTable.name), periodTable.primaryKey, rows)
}

/**
 * Writes a batch; `db` is a transaction. Returns the summary and what the lookup tables gained.
 */
export const write = async (
  db: Kysely<any>,
  dialect: Dialect,
  names: Names,
  known: Known,
  kind: Entity.Kind,
  batch: ReadonlyArray<Prepared>
): Promise<{ readonly summary: Store.PutSummary; readonly added: Added }> => {
  const nothing = { summary: { inserted: 0, updated: 0, unchanged: 0 }, added: { units: [], years: [] } }
  if (batch.length === 0) return nothing
  const t = table(kind)
  const name = names.name(t.name)
  const ids = [...new Set(batch.map((r) => r.id))]
  const stored = new Map<string, string>()
  for (const chunk of chunks(ids, 500)) {
    const rows = await db.selectFrom(name).select(["id", "data"]).where("id", "in", chunk as Array<string>).execute()
    for (const row of rows) stored.set(String(row.id), String(row.data))
  }
  let inserted = 0
  let updated = 0
  let unchanged = 0
  for (const row of batch) {
    const existing = stored.get(row.id)
    if (existing === undefined) inserted++
    else if (existing === row.data) unchanged++
    else updated++
  }
  // the last record with an id wins, as in the memory store
  const last = new Map<string, Prepared>()
  for (const row of batch) last.set(row.id, row)
  const changed = [...last.values()]
    .filter((row) => stored.get(row.id) !== row.data)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (changed.length === 0) return { ...nothing, summary: { inserted, updated, unchanged } }

  const projections = changed.map((row) => ({ row, projection: project(kind, row.record as never) }))
  const columns = t.columns.map((c) => c.name)
  const values = projections.map(({ projection, row }) => {
    const out: Record<string, Value> = { id: row.id, data: row.data }
    for (const c of columns) if (c !== "id" && c !== "data") out[c] = projection.columns[c] ?? null
    return out
  })
  const size = Math.min(1000, Math.max(1, Math.floor(MAX_PARAMETERS / columns.length)))
  for (const chunk of chunks(values, size)) {
    await dialect
      .upsert(
        db.insertInto(name).values(chunk as Array<Record<string, Value>>),
        ["id"],
        columns.filter((c) => c !== "id")
      )
      .execute()
  }

  if (linksPersons(kind)) {
    const linkName = names.name(personLinkTable.name)
    for (const chunk of chunks(changed.map((r) => r.id), 500)) {
      await db
        .deleteFrom(linkName)
        .where("kind", "=", kind)
        .where("record_id", "in", chunk as Array<string>)
        .execute()
    }
    const links = projections.flatMap(({ projection, row }) =>
      [...new Set(projection.persons ?? [])].map((person) => ({ kind, record_id: row.id, person_id: person }))
    )
    await insertMissing(db, dialect, linkName, personLinkTable.primaryKey, links)
  }

  // sorted, so concurrent writers lock lookup rows in the same order
  const units = [...new Set(projections.flatMap(({ projection }) => (projection.unitId === undefined ? [] : [projection.unitId])))]
    .filter((u) => !known.units.has(u))
    .sort()
  await insertMissing(db, dialect, names.name(unitTable.name), unitTable.primaryKey, units.map((unit_id) => ({ unit_id })))

  // a date of year y falls in year y, or y + 1 under the administrative calendar
  const years = new Set<number>()
  for (const { projection } of projections) {
    for (const date of projection.dates ?? []) {
      const y = Number(date.slice(0, 4))
      for (const year of [y, y + 1]) if (year >= 1 && year <= 9999 && !known.years.has(year)) years.add(year)
    }
  }
  const newYears = [...years].sort((a, b) => a - b)
  await ensurePeriods(db, dialect, names, newYears)
  return { summary: { inserted, updated, unchanged }, added: { units, years: newYears } }
}
