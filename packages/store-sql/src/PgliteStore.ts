/**
 * The SQL store on PGlite: PostgreSQL compiled to WebAssembly, for browsers (IndexedDB) and
 * embedded use. Give it the PGlite instance your application made, or a data directory
 * (`"idb://pctnxh"` in a browser, a path in Node, `"memory://"`) and it makes and closes one.
 *
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite"
 * import { PgliteStore } from "@pctnxh/store-sql/pglite"
 * const StoreLive = PgliteStore.layer(await PGlite.create("idb://pctnxh"))
 * ```
 * @since 0.1.0
 */
import type { PGliteInterface } from "@electric-sql/pglite"
import type { CoreError, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type { Dialect } from "kysely"
import { Kysely } from "kysely"
import * as Pglite from "./internal/pglite.js"
import * as SqlStore from "./SqlStore.js"

/**
 * Options of the PGlite store.
 *
 * @since 0.1.0
 */
export type Options = SqlStore.StoreOptions

/**
 * A Kysely dialect over a PGlite instance. Every Kysely instance over the same PGlite instance
 * takes turns on its one session; destroying Kysely leaves the instance open.
 *
 * @since 0.1.0
 */
export const dialect = (pg: PGliteInterface): Dialect => Pglite.dialect(pg)

/**
 * A Kysely instance over a PGlite instance.
 *
 * @since 0.1.0
 */
export const kysely = (pg: PGliteInterface): Kysely<any> => new Kysely<any>({ dialect: dialect(pg) })

const open = (dataDir: string): Effect.Effect<PGliteInterface, CoreError.StoreError, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const { PGlite } = await import("@electric-sql/pglite")
        return (await PGlite.create(dataDir)) as PGliteInterface
      },
      catch: SqlStore.driverError("postgres", "open")
    }),
    (pg) => Effect.promise(() => pg.close().catch(() => undefined))
  )

/**
 * A layer providing the store on a PGlite instance (left open when the layer is released), or
 * on a PGlite it opens in a data directory and closes when the layer is released.
 *
 * @since 0.1.0
 */
export const layer = (pglite: PGliteInterface | string = "memory://", options: Options = {}): Layer.Layer<Store.Store, CoreError.StoreError> =>
  typeof pglite === "string"
    ? Layer.unwrapScoped(Effect.map(open(pglite), (pg) => SqlStore.layerScoped(Effect.succeed(kysely(pg)), "postgres", options)))
    : SqlStore.layerScoped(Effect.succeed(kysely(pglite)), "postgres", options)
