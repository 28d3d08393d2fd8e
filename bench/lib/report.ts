/**
 * The report case on a SQL store: the report's cells asked of the store (`aggregate`) against
 * hand-written SQL over the same table, on the database the library's import filled (SQLite,
 * PostgreSQL) or on an in-memory PGlite it fills first.
 */
import { Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { PGlite, type PGliteInterface } from "@electric-sql/pglite"
import { Import, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Key } from "@pctnxh/privacy"
import { PgliteStore } from "@pctnxh/store-sql/pglite"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import Database from "better-sqlite3"
import { Effect, type Layer } from "effect"
import pg from "pg"
import { cellsFigure, type Figure, time } from "./measure.js"
import { SECRET } from "./secret.js"
import { cells, floorCell, floorSql, keyCount, libraryCell, periodCase, provinceCase } from "./queries.js"

export const TABLE = "pctnxh_service_event"

export type Run = (sql: string) => Promise<Array<Record<string, unknown>>>

/**
 * The hand-written statements of the report's cells, written (outside the clock) for the units
 * and dates the table holds, as a person writing them would know them. On SQLite (`dialect`),
 * each reads the table straight through (`not indexed`): they read every record, and SQLite
 * would otherwise read them in the order of an index a `group by` follows, fetching each row.
 */
export const written = async (run: Run, table: string, dialect: "sqlite" | "postgres"): Promise<Array<readonly [string, number, string]>> => {
  const units = (await run(`select distinct unit_id from ${table}`)).map((r) => String(r.unit_id))
  const [range] = await run(`select min(date) as first, max(date) as last from ${table}`)
  const province = provinceCase(vietnam, units)
  const periods = new Map<string, string>()
  const period = (grain: "quarter" | "year") => {
    let p = periods.get(grain)
    if (p === undefined) periods.set(grain, (p = periodCase(grain, String(range!.first), String(range!.last))))
    return p
  }
  const source = dialect === "sqlite" ? `${table} not indexed` : table
  return cells.map((c) => [c.name, keyCount(c), floorSql(c, source, province, period)] as const)
}

/** Every cell of the report by hand: what the store's statements must equal. */
export const byHand = async (run: Run, statements: ReadonlyArray<readonly [string, number, string]>): Promise<Array<string>> => {
  const out: Array<string> = []
  for (const [name, keys, statement] of statements) for (const row of await run(statement)) out.push(`${name}: ${floorCell(row, keys)}`)
  return out
}

export const byStore = Effect.gen(function* () {
  const store = yield* Store.Store
  const out: Array<string> = []
  for (const c of cells) for (const row of yield* store.aggregate(c.query)) out.push(`${c.name}: ${libraryCell(row)}`)
  return out
})

const timeStore = (layer: Layer.Layer<Store.Store, unknown>, repeat: number) =>
  Effect.runPromise(
    Effect.flatMap(Effect.runtime<Store.Store>(), (runtime) =>
      Effect.promise(() => time(repeat, () => Effect.runPromise(Effect.provide(byStore, runtime))))
    ).pipe(Effect.scoped, Effect.provide(layer))
  )

const figure = (name: string, library: { ms: number; value: Array<string> }, floor: { ms: number; value: Array<string> }): Figure =>
  cellsFigure(name, cells.length, library, floor)

/**
 * The report on PGlite (in memory): the CSV imported by the library first (not timed), then the
 * store's statements against the hand-written ones on the same instance.
 */
export const reportPglite = async (csv: string, repeat: number): Promise<Figure> => {
  const pg = await PGlite.create()
  // a layer each time: releasing one ends its Kysely instance (not the PGlite instance)
  const layer = (options: { readonly summaries?: boolean } = {}) => PgliteStore.layer(pg as unknown as PGliteInterface, options)
  await Effect.runPromise(
    Effect.gen(function* () {
      const ring = yield* Key.load({ keys: [{ id: "bench", secret: SECRET }] })
      return yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), pseudonymise: Pseudonymise.withKeyring(ring), batchSize: 5_000 })
    }).pipe(Effect.provide(layer()))
  )
  // counting every record each run, as the floor does
  const library = await timeStore(layer({ summaries: false }), repeat)
  const run: Run = async (s) => (await pg.query<Record<string, unknown>>(s)).rows
  const statements = await written(run, TABLE, "postgres")
  const floor = await time(repeat, () => byHand(run, statements))
  await pg.close()
  return figure("report pglite", library, floor)
}

/** Runs `f` with a plain connection to the store `database` (a SQLite file or a PostgreSQL schema) and its event table's name. */
export const withDatabase = async <A>(
  dialect: "sqlite" | "postgres",
  database: string,
  pgUrl: string,
  f: (run: Run, table: string) => Promise<A>
): Promise<A> => {
  if (dialect === "sqlite") {
    const db = new Database(database, { readonly: true })
    try {
      return await f(async (s) => db.prepare(s).all() as Array<Record<string, unknown>>, TABLE)
    } finally {
      db.close()
    }
  }
  const client = new pg.Client(pgUrl)
  await client.connect()
  try {
    return await f(async (s) => (await client.query(s)).rows, `"${database}".${TABLE}`)
  } finally {
    await client.end()
  }
}

/** Times the hand-written statements on the store `database` (a SQLite file or a PostgreSQL schema). */
export const floorOf = (dialect: "sqlite" | "postgres", database: string, repeat: number, pgUrl: string): Promise<{ ms: number; value: Array<string> }> =>
  withDatabase(dialect, database, pgUrl, async (run, table) => {
    const statements = await written(run, table, dialect)
    return time(repeat, () => byHand(run, statements))
  })

/**
 * Times the report on the store `database` (a SQLite file or a PostgreSQL schema), the store
 * keeping no summaries: each run counts every record, as the floor does (with summaries, every
 * run after the first would read them).
 */
export const report = async (dialect: "sqlite" | "postgres", database: string, repeat: number, pgUrl: string): Promise<Figure> => {
  const layer =
    dialect === "sqlite" ? SqliteStore.layer(database, { summaries: false }) : PostgresStore.layer(pgUrl, { schema: database, max: 2, summaries: false })
  const library = await timeStore(layer, repeat)
  return figure(`report ${dialect}`, library, await floorOf(dialect, database, repeat, pgUrl))
}
