/**
 * `@pctnxh/client/postgres` — a client on a PostgreSQL database (`pg`): for an agency that
 * outgrows one machine. Needs `pg@^8` and `kysely@^0.28` installed beside `@pctnxh/client`.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { postgres } from "@pctnxh/client/postgres"
 * const client = await Client.open(postgres("postgres://pctnxh@db.example/pctnxh"), { keyring })
 * ```
 * @packageDocumentation
 */
import type { PostgresStore } from "@pctnxh/store-sql/postgres"
import type { Connector } from "./Connector.js"
import { loadDriver } from "./Connector.js"

/**
 * A PostgreSQL database by URL; `schema` keeps the tables in a schema of their own.
 *
 * @since 0.1.0
 */
export const postgres = (url: string, options: Omit<PostgresStore.Options, "geography"> = {}): Connector => ({
  store: "postgres",
  layer: async (common) => {
    const { PostgresStore } = await loadDriver("postgres", ["pg", "kysely"], () => import("@pctnxh/store-sql/postgres"))
    return PostgresStore.layer(url, { ...options, ...common })
  }
})
