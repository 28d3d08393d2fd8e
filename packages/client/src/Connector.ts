/**
 * A connector says which store a client opens: `memory()` here, and one per database in its
 * own entry point — `sqlite()` from `@pctnxh/client/sqlite`, `postgres()` from
 * `@pctnxh/client/postgres`, `pglite()` from `@pctnxh/client/pglite`, `mysql()` from
 * `@pctnxh/client/mysql` — so that an app (a browser bundle above all) only ever loads the
 * driver it uses. A connector loads its driver when the client is opened; a driver that is not
 * installed rejects `Client.open` with `DriverMissing`, which names the package and the command
 * that installs it.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { sqlite } from "@pctnxh/client/sqlite"
 * const client = await Client.open(sqlite("pctnxh.db"), { keyring })
 * ```
 * @since 0.1.0
 */
import type { CoreError, Geography, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import type * as Layer from "effect/Layer"
import { DriverMissing } from "./ClientError.js"

/**
 * What every store takes from the client: the geography units roll up in.
 *
 * @since 0.1.0
 */
export interface Common {
  readonly geography?: Geography.Geography | undefined
}

/**
 * How to open a store.
 *
 * @since 0.1.0
 */
export interface Connector {
  /** `memory`, `sqlite`, `postgres`, `pglite`, `mysql`, or an integrator's own. */
  readonly store: string
  /** Loads the driver and makes the store's layer; rejects with `DriverMissing`. */
  readonly layer: (common: Common) => Promise<Layer.Layer<Store.Store, CoreError.StoreError>>
}

/**
 * A fresh in-memory store: for tests, demos and small offline tools.
 *
 * @since 0.1.0
 */
export const memory = (): Connector => ({
  store: "memory",
  layer: async (common) => MemoryStore.layer(common.geography === undefined ? {} : { geography: common.geography })
})

/**
 * A store over any layer providing the `Store` port: an integrator's own adapter.
 *
 * @since 0.1.0
 */
export const fromLayer = (layer: Layer.Layer<Store.Store, CoreError.StoreError>, store = "custom"): Connector => ({
  store,
  layer: async () => layer
})

const installs: Readonly<Record<string, string>> = {
  "better-sqlite3": "npm install better-sqlite3@^12",
  pg: "npm install pg@^8",
  mysql2: "npm install mysql2@^3",
  "@electric-sql/pglite": "npm install @electric-sql/pglite@^0.5",
  kysely: "npm install kysely@^0.28"
}

const missingName = (error: unknown): string | undefined => {
  const message = error instanceof Error ? error.message : String(error)
  const m = /Cannot find (?:package|module) '([^']+)'/.exec(message) ?? /Failed to resolve module specifier "([^"]+)"/.exec(message)
  if (m === null) return undefined
  const spec = m[1]!
  // a path inside a package (…/node_modules/pg/lib/index.js) or a subpath names its package
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(spec)
  if (inModules !== null) return inModules[1]
  return spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]
}

/**
 * Loads a driver module, turning "not installed" and "built for another Node version" into
 * `DriverMissing`. `packages` are the packages the driver needs, its own first.
 *
 * @since 0.1.0
 */
export const loadDriver = async <A>(store: string, packages: readonly [string, ...Array<string>], load: () => Promise<A>): Promise<A> => {
  try {
    return await load()
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause)
    const name = missingName(cause)
    const missing = name !== undefined && packages.includes(name) ? name : name !== undefined && name in installs ? name : undefined
    if (missing !== undefined) {
      throw new DriverMissing({
        store,
        package: missing,
        install: installs[missing] ?? `npm install ${missing}`,
        reason: { vi: "gói này chưa được cài", en: "it is not installed" },
        cause
      })
    }
    if (/NODE_MODULE_VERSION|bindings file|invalid ELF header|was compiled against a different Node\.js version/i.test(message)) {
      throw new DriverMissing({
        store,
        package: packages[0],
        install: `npm rebuild ${packages[0]}`,
        reason: {
          vi: "phần biên dịch sẵn của gói được dựng cho một phiên bản Node khác",
          en: "its native part was built for another version of Node"
        },
        cause
      })
    }
    throw cause
  }
}
