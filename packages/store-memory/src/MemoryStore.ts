/**
 * An in-memory store: the reference implementation of the Store port and of the aggregate
 * algebra. Use it in tests, demos, and small tools that keep their data elsewhere between
 * runs; every other adapter is checked against it by `@pctnxh/store-testkit`.
 *
 * @since 0.1.0
 */
import type { Geography } from "@pctnxh/core"
import { CoreError, Entity, Evaluation, Registry, Store } from "@pctnxh/core"
import { CurrentGeography } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"

/**
 * Options of the memory store.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The geography used to roll units up; Vietnam's shipped units by default. */
  readonly geography?: Geography.Geography
  /** The registry of sources and indexed fields; the shipped one by default. */
  readonly registry?: Registry.Registry
}


type Tables = Map<Entity.Kind, Map<string, { readonly record: unknown; readonly encoded: string }>>

const clone = (tables: Tables): Tables => new Map([...tables].map(([kind, table]) => [kind, new Map(table)]))

/**
 * Makes a memory store service.
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}): Effect.Effect<Store.Service> =>
  Effect.gen(function* () {
    const geography = options.geography ?? (yield* CurrentGeography)
    const registry = options.registry ?? Registry.registry
    let tables: Tables = new Map()
    const table = (kind: Entity.Kind) => {
      let t = tables.get(kind)
      if (t === undefined) {
        t = new Map()
        tables.set(kind, t)
      }
      return t
    }
    const lock = yield* Effect.makeSemaphore(1)
    const inTransaction = FiberRef.unsafeMake(false)
    const exclusive = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      Effect.flatMap(FiberRef.get(inTransaction), (inside) => (inside ? effect : lock.withPermits(1)(effect)))

    const records = <K extends Entity.Kind>(kind: K): Iterable<Entity.Of<K>> => {
      const t = tables.get(kind)
      return t === undefined ? [] : [...t.values()].map((row) => row.record as Entity.Of<K>)
    }
    const lookup = (kind: Entity.Kind, id: string, field: string): string | null => {
      const row = tables.get(kind)?.get(id)
      const value = row === undefined ? null : Registry.read(registry, kind, field, row.record)
      return value === null ? null : String(value)
    }

    const service: Store.Service = {
      put: (kind, batch) =>
        exclusive(
          Effect.suspend(() => {
            const encoded = Registry.encodeBatch(registry, kind, batch, `put ${kind}`)
            if (Either.isLeft(encoded)) return Effect.fail(encoded.left)
            const t = table(kind)
            let inserted = 0
            let updated = 0
            let unchanged = 0
            // each row against what is there when it comes, earlier rows of the batch included:
            // an id repeated in a batch is new once, then updated or unchanged
            for (const row of encoded.right) {
              const existing = t.get(row.id)
              if (existing === undefined) inserted++
              else if (existing.encoded === row.data) unchanged++
              else updated++
              t.set(row.id, { record: row.record, encoded: row.data })
            }
            return Effect.succeed({ inserted, updated, unchanged })
          })
        ),
      get: (kind, id) => Effect.sync(() => Option.fromNullable(tables.get(kind)?.get(id)?.record as never)),
      list: (kind, listOptions) =>
        Stream.suspend(() => {
          const ids = [...(tables.get(kind)?.keys() ?? [])].sort()
          const size = Math.max(1, listOptions?.batchSize ?? 1000)
          return Stream.fromIterable(ids).pipe(
            Stream.grouped(size),
            Stream.mapConcatChunk((chunk) =>
              Chunk.filterMap(chunk, (id) => Option.fromNullable(tables.get(kind)?.get(id)?.record as never))
            )
          )
        }),
      find: (kind, where, findOptions) =>
        Effect.suspend(() => {
          const indexed = Registry.indexedFields(registry, kind)
          const conditions = Object.entries(where as Readonly<Record<string, Registry.Value | ReadonlyArray<Registry.Value>>>).filter(
            ([, value]) => value !== undefined
          )
          for (const [field] of conditions) {
            if (!indexed.includes(field)) return Effect.fail(new CoreError.NotIndexed({ kind, field, indexed }))
          }
          const matches = (record: unknown) =>
            conditions.every(([field, wanted]) => {
              const value = Registry.read(registry, kind, field, record)
              return Array.isArray(wanted) ? wanted.includes(value) : value === wanted
            })
          const found = [...(tables.get(kind)?.entries() ?? [])]
            .filter(([, row]) => matches(row.record))
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([, row]) => row.record as never)
          if (findOptions?.order === "descending") found.reverse()
          return Effect.succeed(findOptions?.limit === undefined ? found : found.slice(0, Math.max(0, findOptions.limit)))
        }),
      count: (kind) => Effect.sync(() => tables.get(kind)?.size ?? 0),
      erasePerson: (personId) =>
        exclusive(
          Effect.sync(() => {
            const surrogate = `erased:${globalThis.crypto.randomUUID()}`
            const swap = (id: string) => (id === personId ? surrogate : id)
            let person = false
            let consents = 0
            let unlinked = 0
            for (const kind of Registry.personKinds(registry)) {
              const onErase = Registry.personRefs(registry, kind)?.onErase
              const t = tables.get(kind)
              if (t === undefined || onErase === "keep") continue
              const encode = Entity.encode(kind)
              for (const [id, row] of t) {
                if (!Registry.personsIn(registry, kind, row.record).includes(personId)) continue
                if (onErase === "delete") {
                  t.delete(id)
                  if (kind === "person") person = true
                  else consents++
                } else {
                  const next = Registry.replacePersons(registry, kind, row.record as never, swap)
                  if (next !== undefined) {
                    t.set(id, { record: next, encoded: JSON.stringify(encode(next)) })
                    unlinked++
                  }
                }
              }
            }
            return { person, consents, unlinked }
          })
        ),
      transaction: (effect) =>
        Effect.flatMap(FiberRef.get(inTransaction), (inside) =>
          inside
            ? // a savepoint: a failure undoes this part's writes only
              Effect.suspend(() => {
                const saved = clone(tables)
                return Effect.onExit(effect, (exit) =>
                  Effect.sync(() => {
                    if (exit._tag === "Failure") tables = saved
                  })
                )
              })
            : lock.withPermits(1)(
                Effect.suspend(() => {
                  const saved = clone(tables)
                  return Effect.locally(effect, inTransaction, true).pipe(
                    Effect.onExit((exit) =>
                      Effect.sync(() => {
                        if (exit._tag === "Failure") tables = saved
                      })
                    )
                  )
                })
              )
        ),
      aggregate: (query) =>
        Effect.suspend(() => {
          const result = Evaluation.evaluate(query, { registry, geography, records, lookup })
          return Either.isRight(result) ? Effect.succeed(result.right) : Effect.fail(result.left)
        }),
      // each query evaluated on its own: there is no scan to share
      aggregateMany: (queries, options) =>
        Effect.forEach(queries, (query) => service.aggregate(query), { concurrency: Math.max(1, options?.concurrency ?? 1) })
    }
    return service
  })

/**
 * A layer providing a fresh memory store.
 *
 * @example
 * ```ts
 * import { MemoryStore } from "@pctnxh/store-memory"
 * const StoreLive = MemoryStore.layer()
 * ```
 * @since 0.1.0
 */
export const layer = (options: Options = {}): Layer.Layer<Store.Store> => Layer.effect(Store.Store, make(options))
