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
 * the store runs the same multi-row `INSERT` for every full batch, and SQLite need not parse
 * it each time. Statements that read are prepared anew each time (a reading statement can be
 * in the middle of a stream), as Kysely does.
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

/** The size of the write-ahead log, in pages, at which it is copied into the database. */
const CHECKPOINT_PAGES = 10_000

/**
 * A Kysely instance over a SQLite file, in write-ahead-log mode so readers do not wait for a
 * writer.
 *
 * @since 0.1.0
 */
export const kysely = (filename: string, options: Pick<Options, "timeout"> = {}): Kysely<any> => {
  const database = new Database(filename, { timeout: options.timeout ?? 5000 })
  if (filename !== ":memory:" && filename !== "") {
    database.pragma("journal_mode = WAL")
    // the log is copied into the database when it reaches this many pages (40 MB rather than
    // SQLite's 4 MB): a large write copies each page it touches once, not once per transaction
    database.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`)
  }
  return new Kysely<any>({ dialect: new SqliteDialect({ database: keepingWrites(database) }) })
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
