/**
 * `@pctnxh/client/pglite` — a client on PGlite, PostgreSQL compiled to WebAssembly: in a
 * browser persisted to IndexedDB (`"idb://pctnxh"`), in Node in a directory, or in memory.
 * Needs `@electric-sql/pglite@^0.5` and `kysely@^0.28` installed beside `@pctnxh/client`.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { pglite } from "@pctnxh/client/pglite"
 * const client = await Client.open(pglite("idb://pctnxh"), { keyring }) // survives a reload, works offline
 * ```
 * @packageDocumentation
 */
import type { PGliteInterface } from "@electric-sql/pglite"
import type { PgliteStore } from "@pctnxh/store-sql/pglite"
import type { Connector } from "./Connector.js"
import { loadDriver } from "./Connector.js"

/**
 * A PGlite database: a data directory (`idb://NAME` in a browser, a path in Node,
 * `memory://` by default), opened when the client opens and closed when it is disposed; or a
 * PGlite instance of the application's own, left open.
 *
 * @since 0.1.0
 */
export const pglite = (
  database: PGliteInterface | string = "memory://",
  options: Omit<PgliteStore.Options, "geography"> = {}
): Connector => ({
  store: "pglite",
  layer: async (common) => {
    const { PgliteStore } = await loadDriver("pglite", ["@electric-sql/pglite", "kysely"], async () => {
      const mod = await import("@pctnxh/store-sql/pglite")
      // the store loads PGlite itself when opening a directory: check it is there now
      if (typeof database === "string") await import("@electric-sql/pglite")
      return mod
    })
    return PgliteStore.layer(database, { ...options, ...common })
  }
})
