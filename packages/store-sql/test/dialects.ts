/**
 * The databases the store's tests run on: one list drives every test file. Filter it with
 * `PCTNXH_DIALECTS=sqlite,pglite`. SQLite and PGlite always run; PostgreSQL and MariaDB run
 * against the servers at `PCTNXH_PG_URL` and `PCTNXH_MYSQL_URL` (the local services by default).
 * A server that cannot be reached fails the run in CI (`CI=true`) and is skipped with a notice
 * elsewhere.
 */
import { PGlite } from "@electric-sql/pglite"
import { type CoreError, Store } from "@pctnxh/core"
import { SqlStore } from "@pctnxh/store-sql"
import { PgliteStore } from "@pctnxh/store-sql/pglite"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Effect, Layer } from "effect"
import { Kysely, type LogEvent, MysqlDialect, PostgresDialect, SqliteDialect, sql } from "kysely"
import { createConnection, createPool } from "mysql2"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"

/** The URL of the PostgreSQL server the tests use. */
export const PG_URL = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
/** The URL of the MySQL/MariaDB server the tests use. */
export const MYSQL_URL = process.env.PCTNXH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test"

/** A database connection the tests open themselves, with the store's schema in it. */
export interface Connection {
  readonly db: Kysely<any>
  /** The schema (PostgreSQL) or database (MariaDB) made for this connection, if any. */
  readonly schema: string | undefined
  /** The SQLite file, when it is one. */
  readonly file?: string
  /** Drops what was made and closes what was opened. */
  readonly close: () => Promise<void>
}

/** One database of the matrix. */
export interface TestDialect {
  readonly name: "sqlite" | "pglite" | "postgres" | "mysql"
  readonly dialect: SqlStore.Dialect
  /** Whether the database answers: `undefined`, or why not. */
  readonly unavailable: () => Promise<string | undefined>
  /**
   * A fresh, empty place for a store (a new SQLite file in memory, a new schema or database)
   * with a Kysely instance over it; `log` sees every statement run.
   */
  readonly connect: (log?: (event: LogEvent) => void) => Promise<Connection>
  /** Like `connect`, in a place a second connection can open too (a file for SQLite). */
  readonly connectShared: () => Promise<Connection>
  /** A second Kysely instance on the same place, as another process would open it. */
  readonly reconnect: (connection: Connection) => Promise<Connection>
  /** How many random datasets the conformance suite compares with the memory store. */
  readonly datasets: number
}

/** The number of random datasets, or `PCTNXH_DATASETS` to compare on more. */
const datasets = (standard: number) => {
  const asked = Number(process.env.PCTNXH_DATASETS)
  return Number.isInteger(asked) && asked > 0 ? asked : standard
}

let counter = 0
const freshName = () => `pctnxh_t${process.pid}_${Date.now().toString(36)}_${counter++}`

let sharedPglite: Promise<PGlite> | undefined
const pglite = () => (sharedPglite ??= PGlite.create())

const onClose: Array<() => Promise<void>> = []

/** Closes what the dialects opened for the whole run (the PGlite instance). */
export const closeShared = async (): Promise<void> => {
  for (const close of onClose.splice(0)) await close()
}

const reachable = async (check: () => Promise<void>): Promise<string | undefined> => {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 5000))])
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const withLog = (log: ((event: LogEvent) => void) | undefined) => (log === undefined ? {} : { log })

/** A place made by a schema or database dropped afterwards. */
const schemaPlace = async (
  open: (log?: (event: LogEvent) => void) => Kysely<any>,
  drop: (name: string) => ReturnType<typeof sql>,
  log?: (event: LogEvent) => void
): Promise<Connection> => {
  const db = open(log)
  const schema = freshName()
  return {
    db,
    schema,
    close: async () => {
      await drop(schema).execute(db)
      await db.destroy()
    }
  }
}

export const all: ReadonlyArray<TestDialect> = [
  {
    name: "sqlite",
    dialect: "sqlite",
    unavailable: () => Promise.resolve(undefined),
    connect: async (log) => {
      const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(":memory:") }), ...withLog(log) })
      return { db, schema: undefined, close: () => db.destroy() }
    },
    connectShared: async () => {
      const dir = mkdtempSync(join(tmpdir(), "pctnxh-"))
      const file = join(dir, "store.db")
      const db = SqliteStore.kysely(file)
      return { db, schema: undefined, file, close: async () => {
        await db.destroy()
        rmSync(dir, { recursive: true, force: true })
      } }
    },
    reconnect: async (connection) => {
      if (connection.file === undefined) throw new Error("an SQLite database in memory has one connection")
      const db = SqliteStore.kysely(connection.file)
      return { db, schema: undefined, close: () => db.destroy() }
    },
    datasets: datasets(20)
  },
  {
    name: "pglite",
    dialect: "postgres",
    unavailable: () => Promise.resolve(undefined),
    connect: async (log) => {
      const instance = await pglite()
      if (!onClose.some((c) => c === closePglite)) onClose.push(closePglite)
      return schemaPlace(
        (l) => new Kysely<any>({ dialect: PgliteStore.dialect(instance), ...withLog(l) }),
        (name) => sql`drop schema if exists ${sql.id(name)} cascade`,
        log
      )
    },
    connectShared: () => byName("pglite").connect(),
    reconnect: async (connection) => {
      const instance = await pglite()
      return { db: new Kysely<any>({ dialect: PgliteStore.dialect(instance) }), schema: connection.schema, close: () => Promise.resolve() }
    },
    datasets: datasets(20)
  },
  {
    name: "postgres",
    dialect: "postgres",
    unavailable: () =>
      reachable(async () => {
        const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 4000 })
        await client.connect()
        await client.query("select 1")
        await client.end()
      }),
    connect: (log) =>
      schemaPlace(
        (l) => new Kysely<any>({ dialect: new PostgresDialect({ pool: quietPool() }), ...withLog(l) }),
        (name) => sql`drop schema if exists ${sql.id(name)} cascade`,
        log
      ),
    connectShared: () => byName("postgres").connect(),
    reconnect: async (connection) => {
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: quietPool() }) })
      return { db, schema: connection.schema, close: () => db.destroy() }
    },
    datasets: datasets(20)
  },
  {
    name: "mysql",
    dialect: "mysql",
    unavailable: () =>
      reachable(
        () =>
          new Promise<void>((resolve, reject) => {
            const c = createConnection({ uri: MYSQL_URL, connectTimeout: 4000 })
            c.query("select 1", (error) => {
              c.end()
              if (error) reject(error)
              else resolve()
            })
            c.on("error", reject)
          })
      ),
    connect: (log) =>
      schemaPlace(
        (l) => new Kysely<any>({ dialect: new MysqlDialect({ pool: createPool({ uri: MYSQL_URL, connectionLimit: 4 }) }), ...withLog(l) }),
        (name) => sql`drop database if exists ${sql.id(name)}`,
        log
      ),
    connectShared: () => byName("mysql").connect(),
    reconnect: async (connection) => {
      const db = new Kysely<any>({ dialect: new MysqlDialect({ pool: createPool({ uri: MYSQL_URL, connectionLimit: 4 }) }) })
      return { db, schema: connection.schema, close: () => db.destroy() }
    },
    datasets: datasets(20)
  }
]

function byName(name: TestDialect["name"]): TestDialect {
  return all.find((d) => d.name === name)!
}

function quietPool() {
  const pool = new pg.Pool({ connectionString: PG_URL, max: 4 })
  pool.on("error", () => undefined)
  return pool
}

async function closePglite() {
  const instance = sharedPglite
  sharedPglite = undefined
  if (instance !== undefined) await (await instance).close()
}

/**
 * A layer that gives a fresh, empty store each time it is built, and drops it when released.
 */
export const fresh = (dialect: TestDialect, options: SqlStore.StoreOptions = {}): Layer.Layer<Store.Store, CoreError.StoreError> =>
  Layer.scoped(
    Store.Store,
    Effect.flatMap(
      Effect.acquireRelease(Effect.promise(() => dialect.connect()), (c) => Effect.promise(() => c.close())),
      (c) => SqlStore.make({ ...options, db: c.db, dialect: dialect.dialect, schema: c.schema })
    )
  )

/** The dialects this run asks for (`PCTNXH_DIALECTS`), each with whether it can run. */
export const matrix = async (): Promise<ReadonlyArray<{ readonly dialect: TestDialect; readonly unavailable: string | undefined }>> => {
  const wanted = (process.env.PCTNXH_DIALECTS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
  const chosen = wanted.length === 0 ? all : all.filter((d) => wanted.includes(d.name))
  return Promise.all(chosen.map(async (dialect) => ({ dialect, unavailable: await dialect.unavailable() })))
}

/**
 * Registers tests for every dialect of the run: in CI an unreachable database fails, elsewhere
 * it is skipped with a notice.
 */
export const forEachDialect = async (title: string, register: (dialect: TestDialect) => void): Promise<void> => {
  for (const { dialect, unavailable } of await matrix()) {
    if (unavailable === undefined) {
      describe(`${title} on ${dialect.name}`, () => register(dialect))
    } else if (process.env.CI === "true") {
      describe(`${title} on ${dialect.name}`, () => {
        it(`${dialect.name} is reachable`, () => {
          throw new Error(`${dialect.name} cannot be reached: ${unavailable}`)
        })
      })
    } else {
      console.warn(`\n⚠ ${title}: ${dialect.name} skipped, the database cannot be reached (${unavailable}). In CI this fails.\n`)
      describe.skip(`${title} on ${dialect.name}`, () => register(dialect))
    }
  }
}
