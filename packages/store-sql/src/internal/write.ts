/**
 * Writing a batch of records inside a transaction, correct under concurrency: lock what is
 * stored under the batch's ids (`SELECT … FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` already holds
 * the file's write lock), count what is new, changed and unchanged against it, insert the new
 * records with a plain `INSERT` — which meets a record another writer inserted meanwhile as a
 * key conflict, and the transaction is run again — replace the changed ones, and keep the lookup
 * tables (recorded units, periods, person links) in step. Each record is counted once, by the
 * writer that stored it.
 */
import type { Entity, Store } from "@pctnxh/core"
import type { Compilable, Kysely, SelectQueryBuilder } from "kysely"
import { CompiledQuery, sql } from "kysely"
import type { Copier } from "./copy.js"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import { chunks } from "./chunks.js"
import { logChanges } from "./summary.js"
import { type Layout, linksPersons, periodsOfYear, periodTable, personLinkTable, unitTable, type Value } from "./tables.js"

/** A record ready to write: its id, encoded JSON and the record. */
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

/**
 * Another writer stored a record of this batch after it was read: the transaction must be run
 * again (it then finds the record and counts it as updated or unchanged).
 */
export class WriteConflict extends Error {
  constructor(override readonly cause: unknown) {
    super("another writer stored a record of this batch at the same time")
  }
}

/**
 * A statement of a batch failed because of one record: its position in the batch, and the
 * column the database named, if it named one.
 */
export class RecordFailed extends Error {
  constructor(
    readonly record: number,
    readonly column: string | undefined,
    override readonly cause: unknown
  ) {
    super("a record of the batch was refused")
  }
}

const MAX_PARAMETERS = 20_000

/** The most ids read in one statement where the dialect binds them as one array. */
const READ_AT_ONCE = 10_000

/**
 * The SQL text of statements the store runs again and again with other values — the
 * multi-row `INSERT` of a full batch, the read of its ids — by shape (what the statement does,
 * its table, how many rows): Kysely builds and compiles each shape once, and later batches of
 * the same shape run its text with their own values. Holds a few shapes, the least recently
 * used one leaving first, so odd-sized batches do not make it grow.
 */
export class Statements {
  private readonly texts = new Map<string, string>()
  constructor(private readonly limit = 16) {}
  get(key: string): string | undefined {
    const text = this.texts.get(key)
    if (text !== undefined) {
      this.texts.delete(key)
      this.texts.set(key, text)
    }
    return text
  }
  set(key: string, text: string): void {
    this.texts.delete(key)
    if (this.texts.size >= this.limit) this.texts.delete(this.texts.keys().next().value!)
    this.texts.set(key, text)
  }
}

/**
 * Runs a statement of a shape with its parameters, in the order Kysely gives them: the text
 * of the shape when it is known, else the statement `build` makes, whose text is kept for the
 * shape only if its parameters are exactly those given (so a text is never run with values in
 * another order).
 */
const runShaped = async <R>(
  db: Kysely<any>,
  statements: Statements,
  key: string,
  parameters: ReadonlyArray<unknown>,
  build: () => Compilable<R>
): Promise<ReadonlyArray<R>> => {
  const text = statements.get(key)
  if (text !== undefined) return (await db.executeQuery<R>(CompiledQuery.raw(text, parameters as Array<unknown>))).rows
  const compiled = build().compile()
  const same = compiled.parameters.length === parameters.length && compiled.parameters.every((p, i) => p === parameters[i])
  if (same) statements.set(key, compiled.sql)
  return (await db.executeQuery(compiled)).rows
}

/** The values of rows, row by row in the order of `columns`. */
const flatten = (rows: ReadonlyArray<Record<string, Value>>, columns: ReadonlyArray<string>): Array<Value> => {
  const out: Array<Value> = new Array(rows.length * columns.length)
  let i = 0
  for (const row of rows) for (const c of columns) out[i++] = row[c] ?? null
  return out
}

export { chunks }

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

const sourceKinds = new WeakMap<Layout["registry"], ReadonlySet<string>>()

/** Whether aggregate queries count records of a kind (its changes are logged for summaries). */
export const isSource = (registry: Layout["registry"], kind: Entity.Kind): boolean => {
  let kinds = sourceKinds.get(registry)
  if (kinds === undefined) sourceKinds.set(registry, (kinds = new Set(Object.values(registry.sources).map((s) => s.kind))))
  return kinds.has(kind)
}

/**
 * The savepoint of a chunk: one name for every chunk, each released or rolled back before the
 * next is set, so the statements are the same text each time (SQLite keeps them prepared).
 */
const SAVEPOINT = sql.id("pctnxh_chunk")

/**
 * Rolls back to a savepoint after `error`. When the database has ended the transaction itself
 * (SQLite does on a full disk when a statement cannot be undone alone), there is no savepoint
 * left, and `error` is the one to report.
 */
const rollBackTo = async (db: Kysely<any>, name: ReturnType<typeof sql.id>, error: unknown): Promise<void> => {
  try {
    await sql`rollback to savepoint ${name}`.execute(db)
  } catch {
    throw error
  }
}

/**
 * Runs the statements of a batch, one chunk each, under a savepoint. When one fails for a
 * reason other than a conflict or a lost connection, the chunk is run again one row at a time,
 * each under its own savepoint, to find the record the database refused.
 */
const located = async (
  db: Kysely<any>,
  dialect: Dialect,
  rows: ReadonlyArray<{ readonly index: number; readonly values: Record<string, Value> }>,
  statement: (rows: ReadonlyArray<Record<string, Value>>) => Promise<unknown>
): Promise<void> => {
  const size = Math.min(1000, Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]?.values ?? { id: 0 }).length)))
  for (const chunk of chunks(rows, size)) {
    const name = SAVEPOINT
    await sql`savepoint ${name}`.execute(db)
    try {
      await statement(chunk.map((r) => r.values))
      await sql`release savepoint ${name}`.execute(db)
    } catch (error) {
      const kind = dialect.classify(error)
      if (kind === "connection" || kind === "busy" || dialect.conflictOnKey(error, "id")) throw error
      await rollBackTo(db, name, error)
      for (const row of chunk) {
        try {
          await statement([row.values])
        } catch (one) {
          if (dialect.conflictOnKey(one, "id")) throw one
          throw new RecordFailed(row.index, dialect.column(one), one)
        }
      }
      // it fails only with others: blame the statement, not a record
      throw error
    }
  }
}

/** The fewest new records of a batch written by the driver's copier, where it has one. */
const COPY_FROM = 100

/**
 * Writes a batch's new records with the driver's copier (`COPY` on PostgreSQL, a prepared
 * single-row `INSERT` on SQLite) under a savepoint. `false` when there is no copier, too few
 * records, or the copier failed for a reason other than a key conflict, a lost
 * connection or a busy database: the savepoint is then rolled back, and the caller inserts the
 * records, which names a refused one. A key conflict (another writer stored one of the ids
 * since they were read) is thrown, as an `INSERT` throws it.
 */
const copied = async (
  db: Kysely<any>,
  dialect: Dialect,
  copy: Copier | undefined,
  table: string,
  columns: ReadonlyArray<string>,
  rows: ReadonlyArray<{ readonly values: Record<string, Value> }>
): Promise<boolean> => {
  if (copy === undefined || rows.length < COPY_FROM) return false
  await sql`savepoint ${SAVEPOINT}`.execute(db)
  try {
    const done = await copy(db, table, columns, rows.map((r) => r.values))
    await sql`release savepoint ${SAVEPOINT}`.execute(db)
    return done
  } catch (error) {
    const kind = dialect.classify(error)
    if (kind === "connection" || kind === "busy" || dialect.conflictOnKey(error, "id")) throw error
    await rollBackTo(db, SAVEPOINT, error)
    return false
  }
}

/**
 * Writes a batch; `db` is a transaction, `statements` the store's texts of statements by shape. Returns the summary and what the lookup tables gained.
 * The changes are logged for the maintained summaries unless `logged` is `false` (a write that
 * changes no aggregate: an erasure's new pseudonyms). `copy` is the copier of the store's
 * driver, if it has one, for the batch's new records.
 */
export const write = async (
  db: Kysely<any>,
  dialect: Dialect,
  names: Names,
  layout: Layout,
  known: Known,
  statements: Statements,
  kind: Entity.Kind,
  batch: ReadonlyArray<Prepared>,
  options: { readonly logged?: boolean; readonly copy?: Copier | undefined } = {}
): Promise<{ readonly summary: Store.PutSummary; readonly added: Added }> => {
  const nothing = { summary: { inserted: 0, updated: 0, unchanged: 0 }, added: { units: [], years: [] } }
  if (batch.length === 0) return nothing
  const t = layout.table(kind)
  const name = names.name(t.name)
  const locking = <Q extends SelectQueryBuilder<any, any, any>>(read: Q): Q => (dialect.lockRows ? (read.forUpdate() as Q) : read)
  // sorted, so concurrent writers lock and insert rows in the same order
  const ids = [...new Set(batch.map((r) => r.id))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const stored = new Map<string, string>()
  const anyOf = dialect.anyOf
  for (const chunk of chunks(ids, anyOf === undefined ? 500 : READ_AT_ONCE)) {
    const rows = await (anyOf === undefined
      ? runShaped<{ id: unknown; data: unknown }>(db, statements, `read\u0000${name}\u0000${chunk.length}`, chunk, () =>
          locking(db.selectFrom(name).select(["id", "data"]).where("id", "in", chunk as Array<string>).orderBy("id"))
        )
      : runShaped<{ id: unknown; data: unknown }>(db, statements, `read\u0000${name}\u0000any`, [chunk], () =>
          locking(db.selectFrom(name).select(["id", "data"]).where("id", "=", anyOf(chunk)).orderBy("id"))
        ))
    for (const row of rows) stored.set(String(row.id), String(row.data))
  }
  let inserted = 0
  let updated = 0
  let unchanged = 0
  // each row against what is there when it comes: what is stored, or an earlier row of the
  // batch with its id (an id repeated in a batch is new once, then updated or unchanged)
  const current = new Map(stored)
  for (const row of batch) {
    const existing = current.get(row.id)
    if (existing === undefined) inserted++
    else if (existing === row.data) unchanged++
    else updated++
    current.set(row.id, row.data)
  }
  // the last record with an id wins, as in the memory store
  const last = new Map<string, { readonly index: number; readonly row: Prepared }>()
  batch.forEach((row, index) => last.set(row.id, { index, row }))
  const changed = [...last.values()]
    .filter(({ row }) => stored.get(row.id) !== row.data)
    .sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0))
  if (changed.length === 0) return { ...nothing, summary: { inserted, updated, unchanged } }
  if (options.logged !== false && isSource(layout.registry, kind)) {
    await logChanges(db, dialect, names, kind, changed.map(({ row }) => ({ id: row.id, previous: stored.get(row.id) ?? null })))
  }

  const projections = changed.map(({ index, row }) => ({ index, row, projection: layout.project(kind, row.record) }))
  const columns = t.columns.map((c) => c.name)
  const values = projections.map(({ index, projection, row }) => {
    const out: Record<string, Value> = { id: row.id, data: row.data }
    for (const c of columns) if (c !== "id" && c !== "data") out[c] = projection.columns[c] ?? null
    return { index, isNew: !stored.has(row.id), values: out }
  })
  const fresh = values.filter((v) => v.isNew)
  try {
    if (!(await copied(db, dialect, options.copy, name, columns, fresh))) {
      await located(db, dialect, fresh, (rows) =>
        runShaped(db, statements, `insert\u0000${name}\u0000${rows.length}`, flatten(rows, columns), () =>
          db.insertInto(name).values(rows as Array<Record<string, Value>>)
        )
      )
    }
  } catch (error) {
    throw dialect.conflictOnKey(error, "id") ? new WriteConflict(error) : error
  }
  await located(db, dialect, values.filter((v) => !v.isNew), (rows) =>
    runShaped(db, statements, `upsert\u0000${name}\u0000${rows.length}`, flatten(rows, columns), () =>
      dialect.upsert(db.insertInto(name).values(rows as Array<Record<string, Value>>), ["id"], columns.filter((c) => c !== "id"))
    )
  )

  if (linksPersons(layout.registry, kind)) {
    const linkName = names.name(personLinkTable.name)
    for (const chunk of chunks(changed.map(({ row }) => row.id), 500)) {
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
