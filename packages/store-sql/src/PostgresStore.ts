/**
 * The SQL store on PostgreSQL through `pg`: the path when an agency outgrows one machine. The
 * store uses only what distributed PostgreSQL (Citus) also accepts.
 *
 * @example
 * ```ts
 * import { PostgresStore } from "@pctnxh/store-sql/postgres"
 * const StoreLive = PostgresStore.layer("postgres://pctnxh@db.example/pctnxh")
 * ```
 * @since 0.1.0
 */
import type { CoreError, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { Kysely, PostgresDialect, sql } from "kysely"
import { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { type Copier, copiers, copyLines, quoted, quotedTable } from "./internal/copy.js"
import * as SqlStore from "./SqlStore.js"

/**
 * Options of the PostgreSQL store.
 *
 * @since 0.1.0
 */
export interface Options extends SqlStore.StoreOptions {
  /** The most connections the pool opens (10). */
  readonly max?: number | undefined
}

/**
 * A pool of connections to a PostgreSQL URL that never throws a dropped connection at the
 * process: an idle connection the server drops leaves the pool, and a query on a connection
 * that is lost fails with the driver's error (which the store turns into a `StoreError`).
 * Without these listeners `pg` raises such errors as uncaught exceptions.
 *
 * @since 0.1.0
 */
export const pool = (url: string, options: Pick<Options, "max"> = {}): pg.Pool => {
  const p = new pg.Pool({ connectionString: url, max: options.max ?? 10 })
  p.on("error", () => undefined)
  p.on("connect", (client) => void client.on("error", () => undefined))
  return p
}

/**
 * `COPY … FROM STDIN` on the pool's clients: the client of a transaction's connection is found
 * by its server process id (`pg_backend_pid()`), which `pg` learns when it connects. A
 * connection whose client is not found (behind a pooler that hands out other process ids) is
 * left to the store's `INSERT`s.
 */
const copier = (p: pg.Pool): Copier => {
  const clients = new Map<number, pg.PoolClient>()
  const pid = (client: pg.PoolClient) => (client as unknown as { readonly processID?: number | null }).processID
  p.on("connect", (client) => {
    const id = pid(client)
    if (typeof id === "number") clients.set(id, client)
  })
  p.on("remove", (client) => {
    const id = pid(client)
    if (typeof id === "number" && clients.get(id) === client) clients.delete(id)
  })
  return async (db, table, columns, rows) => {
    const found = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)
    const client = clients.get(Number(found.rows[0]?.pid))
    if (client === undefined) return false
    const stream = client.query(copyFrom(`copy ${quotedTable(table)} (${columns.map(quoted).join(", ")}) from stdin`))
    await pipeline(Readable.from(copyLines(rows, columns)), stream)
    return true
  }
}

/**
 * A Kysely instance over a {@link pool}. A store made on it writes the new records of a batch
 * with `COPY … FROM STDIN` (other Kysely instances insert them with multi-row `INSERT`s).
 *
 * @since 0.1.0
 */
export const kysely = (url: string, options: Pick<Options, "max"> = {}): Kysely<any> => {
  const p = pool(url, options)
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: p }) })
  copiers.set(db, copier(p))
  return db
}

/**
 * A layer providing the store on a PostgreSQL database; the pool is closed when the layer is
 * released.
 *
 * @since 0.1.0
 */
export const layer = (url: string, options: Options = {}): Layer.Layer<Store.Store, CoreError.StoreError> =>
  SqlStore.layerScoped(
    Effect.try({ try: () => kysely(url, options), catch: SqlStore.driverError("postgres", "connect") }),
    "postgres",
    options
  )
