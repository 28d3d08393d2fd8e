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
 * - `aggregateMany` answers a list of queries with, for each, exactly the rows `aggregate`
 *   gives it; a store may answer several of them with one statement.
 * - `find` reads by indexed fields only, and answers as filtering every record would.
 * - `erasePerson` removes the person's record and consents and cuts the link between their
 *   records and their pseudonym, while every aggregate computed before stays the same.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import type * as AggregateQuery from "./AggregateQuery.js"
import type { InvalidQuery, InvalidRecord, NotIndexed, StoreError } from "./CoreError.js"
import * as Entity from "./Entity.js"
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
 * Options of `aggregateMany`.
 *
 * @since 0.1.0
 */
export interface AggregateManyOptions {
  /**
   * How many statements (for a store without a database: queries) run at once; 1 by default.
   * A statement may answer several queries.
   */
  readonly concurrency?: number
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
     * Runs an effect in a transaction: every write inside it lands, or none does. Inside
     * another transaction it is a savepoint: its failure, caught, undoes its own writes only,
     * and the outer transaction goes on. The nested transactions of one transaction run one
     * after another, not side by side.
     */
    readonly transaction: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E | StoreError, R>
    /** Answers an aggregate query. */
    readonly aggregate: (
      query: AggregateQuery.AggregateQuery
    ) => Effect.Effect<ReadonlyArray<AggregateQuery.Row>, StoreError | InvalidQuery>
    /**
     * Answers a list of aggregate queries: the i-th list of rows is exactly what `aggregate`
     * gives the i-th query, and one invalid query fails the whole call with its
     * `InvalidQuery`. A SQL store answers the queries that count, sum or count distinct values
     * of the same source by the same dimensions, under the same filters but for attribute and
     * period ones, with one statement: one scan of the table for them all.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { AggregateQuery, Store } from "@pctnxh/core"
     *
     * const byProvince = [AggregateQuery.inPeriod("2019", "administrative")]
     * const groupBy = [AggregateQuery.byUnit("province", "2019-12-31")]
     * // contacts, and persons counselled, by province: one scan of the events on a SQL store
     * const both = Effect.flatMap(Store.Store, (store) =>
     *   store.aggregateMany([
     *     AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: byProvince, groupBy }),
     *     AggregateQuery.make({
     *       source: "serviceEvent",
     *       measure: AggregateQuery.distinctPersons,
     *       filters: [...byProvince, AggregateQuery.where("service", ["counselling"])],
     *       groupBy
     *     })
     *   ])
     * )
     * // Effect<ReadonlyArray<ReadonlyArray<Row>>, StoreError | InvalidQuery, Store>
     * ```
     */
    readonly aggregateMany: (
      queries: ReadonlyArray<AggregateQuery.AggregateQuery>,
      options?: AggregateManyOptions
    ) => Effect.Effect<ReadonlyArray<ReadonlyArray<AggregateQuery.Row>>, StoreError | InvalidQuery>
  }
>() {}

/**
 * The shape of the store service, for adapter authors.
 *
 * @since 0.1.0
 */
export type Service = Context.Tag.Service<Store>

/**
 * A mixed set of records by kind, each record decoded already (`Entity.Of<K>`) or in its plain
 * JSON form (`Entity.Encoded<K>`, or anything read from a file or a request body: it is
 * decoded as untrusted input).
 *
 * @since 0.1.0
 */
export type Records = { readonly [K in Entity.Kind]?: ReadonlyArray<unknown> }

/**
 * What {@link load} did: the summary of the `put` of each kind it was given.
 *
 * @since 0.1.0
 */
export type LoadSummary = { readonly [K in Entity.Kind]?: PutSummary }

/**
 * Decodes and puts a mixed set of records — persons, service events, activities,
 * establishments, inspections, budgets… — in one call: every record is decoded first (a record
 * in its plain JSON form is checked as untrusted input would be; a decoded one is kept as it
 * is), then the kinds are put in dependency order (`Entity.kinds`: what is referenced before
 * what refers to it) inside one transaction, so either every record lands or none does. A
 * record that does not decode fails the whole load with `InvalidRecord`, naming the kind, the
 * record's position in its list and the field, never its value; nothing is written then.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Store } from "@pctnxh/core"
 *
 * const loaded = Store.load({
 *   establishment: [{ id: "est-1", type: "karaoke", unitId: "22@pre2025", atRisk: true, opened: "2015-05-01" }],
 *   inspectionVisit: [
 *     { id: "visit-1", roundId: "round-1", establishmentId: "est-1", establishmentType: "karaoke",
 *       unitId: "22@pre2025", date: "2019-04-02", outcome: "violation", fine: 3_500_000 }
 *   ]
 * })
 * // Effect<LoadSummary, InvalidRecord | StoreError, Store>
 * ```
 * @since 0.1.0
 */
export const load = (records: Records): Effect.Effect<LoadSummary, InvalidRecord | StoreError, Store> =>
  Effect.gen(function* () {
    const decoded: Array<readonly [Entity.Kind, ReadonlyArray<unknown>]> = []
    for (const kind of Entity.kinds) {
      const list = records[kind] as ReadonlyArray<unknown> | undefined
      if (list === undefined) continue
      const is = Schema.is(Entity.schemas[kind] as unknown as Schema.Schema<unknown>)
      const decode = Entity.decode(kind)
      const out: Array<unknown> = []
      for (const [index, record] of list.entries()) {
        if (is(record)) out.push(record)
        else {
          const result = decode(record, index)
          if (Either.isLeft(result)) return yield* Effect.fail(result.left)
          out.push(result.right)
        }
      }
      decoded.push([kind, out])
    }
    const store = yield* Store
    return yield* store.transaction(
      Effect.gen(function* () {
        const summary: { [K in Entity.Kind]?: PutSummary } = {}
        for (const [kind, list] of decoded) summary[kind] = yield* store.put(kind, list as never)
        return summary as LoadSummary
      })
    )
  })
