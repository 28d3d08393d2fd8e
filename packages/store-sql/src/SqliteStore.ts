/**
 * The SQL store on SQLite through better-sqlite3: the embedded default for Node. One file is the
 * whole database; `":memory:"` gives a store that lives as long as the layer.
 *
 * @example
 * ```ts
 * import { SqliteStore } from "@pctnxh/store-sql/sqlite"
 * const StoreLive = SqliteStore.layer("pctnxh.db")
 * ```
 * @since 0.1.0
 */
import type { CoreError, Store } from "@pctnxh/core"
import Database from "better-sqlite3"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from "kysely"
import { type Copier, copiers, quoted, quotedTable } from "./internal/copy.js"
import * as SqlStore from "./SqlStore.js"

/**
 * Options of the SQLite store.
 *
 * @since 0.1.0
 */
export interface Options extends Omit<SqlStore.StoreOptions, "schema"> {
  /** How long a statement waits for another process's write lock, in milliseconds (5000). */
  readonly timeout?: number | undefined
}

/** How many statements that change rows a connection keeps prepared. */
const KEPT = 8

/**
 * The database as Kysely sees it, keeping the last few statements that change rows prepared:
 * the store runs the same multi-row upsert for every full batch of changed records, and SQLite
 * need not parse it each time. Statements that read are prepared anew each time (a reading
 * statement can be in the middle of a stream), as Kysely does.
 */
const keepingWrites = (database: Database.Database): SqliteDatabase => {
  const kept = new Map<string, SqliteStatement>()
  return {
    close: () => database.close(),
    prepare: (text) => {
      const hit = kept.get(text)
      if (hit !== undefined) return hit
      const statement = database.prepare(text)
      if (!statement.reader) {
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value!)
        kept.set(text, statement)
      }
      return statement
    }
  }
}

/** How many single-row `INSERT`s of new records a connection keeps prepared (one per table and columns). */
const INSERTS_KEPT = 8

/**
 * The new records of a batch inserted one row at a time through a prepared single-row `INSERT`,
 * on the connection the store's transaction holds (better-sqlite3 has one). SQLite runs a
 * prepared single-row statement once per record faster than a multi-row `INSERT` of the same
 * records: it compiles no compound `VALUES` and binds fifteen values a call, not fifteen
 * thousand.
 */
const inserter = (database: Database.Database): Copier => {
  const kept = new Map<string, Database.Statement>()
  const statement = (table: string, columns: ReadonlyArray<string>): Database.Statement => {
    const key = `${table}\u0000${columns.join("\u0000")}`
    const hit = kept.get(key)
    if (hit !== undefined) return hit
    const made = database.prepare(`insert into ${quotedTable(table)} (${columns.map(quoted).join(", ")}) values (${columns.map(() => "?").join(", ")})`)
    if (kept.size >= INSERTS_KEPT) kept.delete(kept.keys().next().value!)
    kept.set(key, made)
    return made
  }
  return async (_db, table, columns, rows) => {
    const insert = statement(table, columns)
    const values = new Array(columns.length)
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!] ?? null
      insert.run(values)
    }
    return true
  }
}

/** The size of the write-ahead log, in pages, at which it is copied into the database. */
const CHECKPOINT_PAGES = 40_000

/** The size, in bytes, the write-ahead log's file is cut back to once it has been copied. */
const LOG_KEPT_BYTES = 32 * 1024 * 1024

/**
 * A Kysely instance over a SQLite file, in write-ahead-log mode so readers do not wait for a
 * writer. A store made on it writes the new records of a batch through a prepared single-row
 * `INSERT` run once per record (a store on another Kysely instance inserts them with multi-row
 * `INSERT`s).
 *
 * @since 0.1.0
 */
export const kysely = (filename: string, options: Pick<Options, "timeout"> = {}): Kysely<any> => {
  const database = new Database(filename, { timeout: options.timeout ?? 5000 })
  if (filename !== ":memory:" && filename !== "") {
    database.pragma("journal_mode = WAL")
    // the log is copied into the database when it reaches this many pages (160 MB rather than
    // SQLite's 4 MB): the batches of a large import each touch thousands of pages of the indexes
    // on ids and persons, the same pages batch after batch, and each copy writes a page once
    // however many batches touched it since the last
    database.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`)
    // the file is cut back once copied, so a large write leaves no 160 MB file behind
    database.pragma(`journal_size_limit = ${LOG_KEPT_BYTES}`)
  }
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: keepingWrites(database) }) })
  copiers.set(db, inserter(database))
  return db
}

/**
 * A layer providing the store on a SQLite file, opened when the layer is built and closed when
 * it is released.
 *
 * @since 0.1.0
 */
export const layer = (filename = "pctnxh.db", options: Options = {}): Layer.Layer<Store.Store, CoreError.StoreError> =>
  SqlStore.layerScoped(
    Effect.try({ try: () => kysely(filename, options), catch: SqlStore.driverError("sqlite", "open") }),
    "sqlite",
    options
  )
