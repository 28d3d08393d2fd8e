/**
 * `@pctnxh/client/mysql` — a client on a MySQL or MariaDB database (`mysql2`). Needs
 * `mysql2@^3` and `kysely@^0.28` installed beside `@pctnxh/client`.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { mysql } from "@pctnxh/client/mysql"
 * const client = await Client.open(mysql("mysql://pctnxh@db.example/pctnxh"), { keyring })
 * ```
 * @packageDocumentation
 */
import type { MysqlStore } from "@pctnxh/store-sql/mysql"
import type { Connector } from "./Connector.js"
import { loadDriver } from "./Connector.js"

/**
 * A MySQL or MariaDB database by URL (`mysql://` or `mariadb://`).
 *
 * @since 0.1.0
 */
export const mysql = (url: string, options: Omit<MysqlStore.Options, "geography"> = {}): Connector => ({
  store: "mysql",
  layer: async (common) => {
    const { MysqlStore } = await loadDriver("mysql", ["mysql2", "kysely"], () => import("@pctnxh/store-sql/mysql"))
    return MysqlStore.layer(url.replace(/^mariadb:/i, "mysql:"), { ...options, ...common })
  }
})
