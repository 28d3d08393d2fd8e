/**
 * `@pctnxh/client/sqlite` — a client on an embedded SQLite file (better-sqlite3): the default
 * for Node tools. Needs `better-sqlite3@^12` and `kysely@^0.28` installed beside
 * `@pctnxh/client`.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { sqlite } from "@pctnxh/client/sqlite"
 * const client = await Client.open(sqlite("pctnxh.db"), { keyring })
 * ```
 * @packageDocumentation
 */
import type { SqliteStore } from "@pctnxh/store-sql/sqlite"
import type { Connector } from "./Connector.js"
import { loadDriver } from "./Connector.js"

/**
 * A SQLite file (`":memory:"` for a store that lives as long as the client).
 *
 * @since 0.1.0
 */
export const sqlite = (filename = "pctnxh.db", options: Omit<SqliteStore.Options, "geography"> = {}): Connector => ({
  store: "sqlite",
  layer: async (common) => {
    const { SqliteStore } = await loadDriver("sqlite", ["better-sqlite3", "kysely"], () => import("@pctnxh/store-sql/sqlite"))
    return SqliteStore.layer(filename, { ...options, ...common })
  }
})
