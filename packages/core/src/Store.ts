/**
 * The Store port: where records live and where aggregates are counted.
 *
 * A store is an Effect service. Adapters (`@pctnxh/store-memory`, `@pctnxh/store-sql`, or a
 * third party's) provide it as a `Layer`; `@pctnxh/store-testkit` checks that an adapter honours
 * every rule below.
 *
 * Rules every adapter keeps:
 * - `put` is an idempotent upsert by id, all or nothing per call: putting the same records
 *   twice changes nothing the second time.
 * - `aggregate` answers an {@link AggregateQuery.AggregateQuery} with exactly the rows the
 *   reference (memory) store gives, counting in the database where there is one.
 * - `find` reads by indexed fields only, and answers as filtering every record would.
 * - `erasePerson` removes the person's record and consents and cuts the link between their
 *   records and their pseudonym, while every aggregate computed before stays the same.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import type * as Option from "effect/Option"
import type * as Stream from "effect/Stream"
import type * as AggregateQuery from "./AggregateQuery.js"
import type { InvalidQuery, NotIndexed, StoreError } from "./CoreError.js"
import type * as Entity from "./Entity.js"
import type { PersonId } from "./Ids.js"
import type * as Registry from "./Registry.js"

/**
 * What a `put` did.
 *
 * @since 0.1.0
 */
export interface PutSummary {
  /** Records that were new. */
  readonly inserted: number
  /** Records that existed with other values and were replaced. */
  readonly updated: number
  /** Records that existed with the same values. */
  readonly unchanged: number
}

/**
 * What an erasure did. It carries counts only: nothing that could re-link the records.
 *
 * @since 0.1.0
 */
export interface ErasureSummary {
  /** Whether a person record was removed. */
  readonly person: boolean
  readonly consents: number
  /** Records (events, activity attendances, group memberships) whose link was cut. */
  readonly unlinked: number
}

/**
 * Options of `list`.
 *
 * @since 0.1.0
 */
export interface ListOptions {
  /** How many records are read from the backend at a time (memory stays bounded by it). */
  readonly batchSize?: number
}

/**
 * Options of `find`.
 *
 * @since 0.1.0
 */
export interface FindOptions {
  /** Records in ascending id order (the default) or descending. */
  readonly order?: "ascending" | "descending"
  /** At most this many records. */
  readonly limit?: number
}

/**
 * The store service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { AggregateQuery, Store } from "@pctnxh/core"
 *
 * const contacts = Effect.flatMap(Store.Store, (store) =>
 *   store.aggregate(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count }))
 * )
 * ```
 * @since 0.1.0
 */
export class Store extends Context.Tag("@pctnxh/core/Store")<
  Store,
  {
    /** Inserts or replaces records by id, all or nothing. */
    readonly put: <K extends Entity.Kind>(
      kind: K,
      records: ReadonlyArray<Entity.Of<K>>
    ) => Effect.Effect<PutSummary, StoreError>
    /** Reads one record by id. */
    readonly get: <K extends Entity.Kind>(kind: K, id: string) => Effect.Effect<Option.Option<Entity.Of<K>>, StoreError>
    /** Streams every record of a kind, in id order, with bounded memory. */
    readonly list: <K extends Entity.Kind>(kind: K, options?: ListOptions) => Stream.Stream<Entity.Of<K>, StoreError>
    /**
     * Reads the records of a kind whose indexed fields have the given values (`null`: empty;
     * an array: any of them), in id order, through the index: never by reading the whole
     * table. The fields it can ask for are those leading an index of the kind in the
     * registry (`Registry.indexedFields`); any other fails with `NotIndexed`. With no field
     * given it reads the first (or last) records of the kind.
     *
     * @example
     * ```ts
     * store.find("consent", { personId })                 // a person's consents
     * store.find("incident", { notifiedAt: null })        // incidents not yet notified
     * store.find("auditEntry", {}, { order: "descending", limit: 1 }) // the last entry
     * ```
     */
    readonly find: <K extends Entity.Kind>(
      kind: K,
      where: Registry.Where<K>,
      options?: FindOptions
    ) => Effect.Effect<ReadonlyArray<Entity.Of<K>>, StoreError | NotIndexed>
    /** Counts the records of a kind. */
    readonly count: (kind: Entity.Kind) => Effect.Effect<number, StoreError>
    /** Erases a person (see the module's rules). */
    readonly erasePerson: (id: PersonId) => Effect.Effect<ErasureSummary, StoreError>
    /**
     * Runs an effect in a transaction: every write inside it lands, or none does.
     */
    readonly transaction: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E | StoreError, R>
    /** Answers an aggregate query. */
    readonly aggregate: (
      query: AggregateQuery.AggregateQuery
    ) => Effect.Effect<ReadonlyArray<AggregateQuery.Row>, StoreError | InvalidQuery>
  }
>() {}

/**
 * The shape of the store service, for adapter authors.
 *
 * @since 0.1.0
 */
export type Service = Context.Tag.Service<Store>
