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
import { Kysely, PostgresDialect } from "kysely"
import pg from "pg"
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
 * A Kysely instance over a {@link pool}.
 *
 * @since 0.1.0
 */
export const kysely = (url: string, options: Pick<Options, "max"> = {}): Kysely<any> =>
  new Kysely<any>({ dialect: new PostgresDialect({ pool: pool(url, options) }) })

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
