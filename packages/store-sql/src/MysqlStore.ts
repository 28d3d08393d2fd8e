/**
 * The SQL store on MySQL or MariaDB through `mysql2`.
 *
 * @example
 * ```ts
 * import { MysqlStore } from "@pctnxh/store-sql/mysql"
 * const StoreLive = MysqlStore.layer("mysql://pctnxh@db.example/pctnxh")
 * ```
 * @since 0.1.0
 */
import type { CoreError, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type * as Layer from "effect/Layer"
import { Kysely, MysqlDialect } from "kysely"
import { createPool } from "mysql2"
import * as SqlStore from "./SqlStore.js"

/**
 * Options of the MySQL/MariaDB store.
 *
 * @since 0.1.0
 */
export interface Options extends SqlStore.StoreOptions {
  /** The most connections the pool opens (10). */
  readonly max?: number | undefined
}

/**
 * A Kysely instance over a pool of connections to a MySQL or MariaDB URL.
 *
 * @since 0.1.0
 */
export const kysely = (url: string, options: Pick<Options, "max"> = {}): Kysely<any> =>
  new Kysely<any>({
    dialect: new MysqlDialect({ pool: createPool({ uri: url, connectionLimit: options.max ?? 10, charset: "utf8mb4" }) })
  })

/**
 * A layer providing the store on a MySQL or MariaDB database; the pool is closed when the
 * layer is released.
 *
 * @since 0.1.0
 */
export const layer = (url: string, options: Options = {}): Layer.Layer<Store.Store, CoreError.StoreError> =>
  SqlStore.layerScoped(
    Effect.try({ try: () => kysely(url, options), catch: SqlStore.driverError("mysql", "connect") }),
    "mysql",
    options
  )
