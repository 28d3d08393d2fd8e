/**
 * The Promise door: every ability of a store as async functions, for applications that do not
 * use Effect. Failures reject with the same typed errors the Effect API fails with
 * (`InvalidBatch`, `InvalidQuery`, `StoreError`…), so `error._tag` tells them apart.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 *
 * const client = Client.memory()
 * await client.put("serviceEvent", rowsFromMyForm) // decoded and checked first
 * const rows = await client.aggregate({
 *   source: "serviceEvent",
 *   measure: { _tag: "distinct", field: "personId" },
 *   filters: [{ _tag: "period", period: "2019", calendar: "administrative" }],
 *   groupBy: []
 * })
 * await client.dispose()
 * ```
 * @since 0.1.0
 */
import type { AggregateQuery as Q, CoreError } from "@pctnxh/core"
import { AggregateQuery, Entity, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import type * as Layer from "effect/Layer"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Runtime from "effect/Runtime"
import * as Stream from "effect/Stream"

/**
 * The client.
 *
 * @since 0.1.0
 */
export interface Client {
  /**
   * Decodes untrusted records of a kind and stores them, all or nothing. Rejects with
   * `InvalidBatch` (listing every bad record by index and field) before anything is written.
   */
  readonly put: <K extends Entity.Kind>(kind: K, records: ReadonlyArray<unknown>) => Promise<Store.PutSummary>
  /** Reads a record, or `undefined`. */
  readonly get: <K extends Entity.Kind>(kind: K, id: string) => Promise<Entity.Of<K> | undefined>
  /** Iterates over every record of a kind with bounded memory. */
  readonly list: <K extends Entity.Kind>(kind: K, options?: Store.ListOptions) => AsyncIterable<Entity.Of<K>>
  /** Counts the records of a kind. */
  readonly count: (kind: Entity.Kind) => Promise<number>
  /** Erases a person: see `Store` in `@pctnxh/core`. */
  readonly erasePerson: (personId: string) => Promise<Store.ErasureSummary>
  /**
   * Answers an aggregate query, given as an `AggregateQuery` or its plain JSON form (which is
   * checked; a malformed query rejects with `InvalidQuery`).
   */
  readonly aggregate: (query: Q.AggregateQuery | unknown) => Promise<ReadonlyArray<Q.Row>>
  /**
   * Runs `work` in a transaction: every write made through the client it receives lands, or
   * none does if `work` throws or rejects.
   */
  readonly transaction: <A>(work: (tx: Client) => Promise<A>) => Promise<A>
  /** Releases the store (closes connections). */
  readonly dispose: () => Promise<void>
}

const rejectWith = <A, E>(exit: Exit.Exit<A, E>): A => {
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  throw Option.isSome(failure) ? failure.value : Cause.squash(exit.cause)
}

const decodeQuery = (input: unknown): Effect.Effect<Q.AggregateQuery, CoreError.InvalidQuery> =>
  input instanceof AggregateQuery.AggregateQuery
    ? Effect.succeed(input)
    : Either.match(AggregateQuery.decode(input), { onLeft: Effect.fail, onRight: Effect.succeed })

const build = (run: <A, E>(effect: Effect.Effect<A, E, Store.Store>) => Promise<A>, dispose: () => Promise<void>): Client => {
  const client: Client = {
    put: (kind, records) =>
      run(
        Effect.flatMap(
          Either.match(Entity.decodeAll(kind)(records), { onLeft: Effect.fail, onRight: Effect.succeed }),
          (decoded) => Effect.flatMap(Store.Store, (store) => store.put(kind, decoded))
        )
      ),
    get: (kind, id) => run(Effect.map(Effect.flatMap(Store.Store, (store) => store.get(kind, id)), Option.getOrUndefined)),
    list: (kind, options) => ({
      [Symbol.asyncIterator]: () => {
        const iterable = Stream.toAsyncIterableEffect(Stream.unwrap(Effect.map(Store.Store, (s) => s.list(kind, options))))
        let iterator: AsyncIterator<Entity.Of<typeof kind>> | undefined
        return {
          next: async () => {
            iterator ??= (await run(iterable))[Symbol.asyncIterator]()
            return iterator.next()
          },
          return: async () => {
            await iterator?.return?.()
            return { done: true, value: undefined }
          }
        }
      }
    }),
    count: (kind) => run(Effect.flatMap(Store.Store, (store) => store.count(kind))),
    erasePerson: (personId) => run(Effect.flatMap(Store.Store, (store) => store.erasePerson(personId as never))),
    aggregate: (query) =>
      run(Effect.flatMap(decodeQuery(query), (q) => Effect.flatMap(Store.Store, (store) => store.aggregate(q)))),
    transaction: (work) =>
      run(
        Effect.flatMap(Store.Store, (store) =>
          store.transaction(
            Effect.flatMap(Effect.runtime<Store.Store>(), (runtime) => {
              const inner = build(
                (effect) => Runtime.runPromiseExit(runtime)(effect).then(rejectWith),
                () => Promise.resolve()
              )
              return Effect.tryPromise({ try: () => work(inner), catch: (error) => error })
            })
          )
        )
      ),
    dispose
  }
  return client
}

/**
 * A client over any store layer.
 *
 * @example
 * ```ts
 * import { Client } from "@pctnxh/client"
 * import { MemoryStore } from "@pctnxh/store-memory"
 * import { vietnam } from "@pctnxh/core/geography/vietnam"
 * const client = Client.make(MemoryStore.layer({ geography: vietnam }))
 * ```
 * @since 0.1.0
 */
export const make = (layer: Layer.Layer<Store.Store, unknown>): Client => {
  const runtime = ManagedRuntime.make(layer)
  return build((effect) => runtime.runPromiseExit(effect).then(rejectWith), () => runtime.dispose())
}

/**
 * A client over a fresh in-memory store.
 *
 * @since 0.1.0
 */
export const memory = (options?: MemoryStore.Options): Client => make(MemoryStore.layer(options))
