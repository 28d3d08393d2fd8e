import type { AggregateQuery as Q } from "@pctnxh/core"
import { AggregateQuery, CoreError, Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Records } from "../Records.js"
import type { Runner } from "./runner.js"

export const fromEither = <A, E>(either: Either.Either<A, E>): Effect.Effect<A, E> =>
  Either.match(either, { onLeft: Effect.fail, onRight: Effect.succeed })

const decodeQuery = (input: unknown): Effect.Effect<Q.AggregateQuery, CoreError.InvalidQuery> =>
  input instanceof AggregateQuery.AggregateQuery ? Effect.succeed(input) : fromEither(AggregateQuery.decode(input))

/** Decodes untrusted records and stores them, all or nothing. */
export const putDecoded = <K extends Entity.Kind>(kind: K, records: ReadonlyArray<unknown>) =>
  Effect.flatMap(fromEither(Entity.decodeAll(kind)(records)), (decoded) =>
    Effect.flatMap(Store.Store, (store) => store.put(kind, decoded))
  )

const usesUnits = (query: Q.AggregateQuery): boolean =>
  query.groupBy.some((d) => d._tag === "unit") || query.filters.some((f) => f._tag === "within")

export const records = (runner: Runner): Records => ({
  put: (kind, rows) => runner.run(putDecoded(kind, rows)),
  get: (kind, id) => runner.run(Effect.map(Effect.flatMap(Store.Store, (store) => store.get(kind, id)), Option.getOrUndefined)),
  list: (kind, options) => ({
    [Symbol.asyncIterator]: () => {
      const iterable = Stream.toAsyncIterableEffect(Stream.unwrap(Effect.map(Store.Store, (s) => s.list(kind, options))))
      let iterator: AsyncIterator<Entity.Of<typeof kind>> | undefined
      return {
        next: async () => {
          iterator ??= (await runner.run(iterable))[Symbol.asyncIterator]()
          return iterator.next()
        },
        return: async () => {
          await iterator?.return?.()
          return { done: true, value: undefined }
        }
      }
    }
  }),
  count: (kind) => runner.run(Effect.flatMap(Store.Store, (store) => store.count(kind))),
  aggregate: async (input) => {
    const query = await runner.run(decodeQuery(input))
    if (usesUnits(query)) await runner.geography()
    return runner.run(Effect.flatMap(Store.Store, (store) => store.aggregate(query)))
  },
  aggregateMany: async (inputs) => {
    const queries = await runner.run(
      Effect.forEach(inputs, (input, i) =>
        Effect.mapError(
          decodeQuery(input),
          (error) =>
            new CoreError.InvalidQuery({
              source: error.source,
              reason: { vi: `truy vấn thứ ${i + 1}: ${error.reason.vi}`, en: `query ${i + 1}: ${error.reason.en}` }
            })
        )
      )
    )
    if (queries.some(usesUnits)) await runner.geography()
    return runner.run(Effect.flatMap(Store.Store, (store) => store.aggregateMany(queries)))
  }
})
