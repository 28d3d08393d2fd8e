/**
 * `client.records`: the records of a store — decode and store, read, list, count — and
 * aggregate queries over them.
 *
 * @example
 * ```ts
 * await client.records.put("serviceEvent", rowsFromAForm) // decoded and checked first, all or nothing
 * const event = await client.records.get("serviceEvent", "e-1")
 * for await (const visit of client.records.list("inspectionVisit", { batchSize: 500 })) {
 *   // bounded memory, whatever the table size
 * }
 * const persons = await client.records.aggregate({
 *   source: "serviceEvent",
 *   measure: { _tag: "distinct", field: "personId" },
 *   filters: [{ _tag: "period", period: "2019", calendar: "administrative" }],
 *   groupBy: [{ _tag: "attribute", name: "sex" }]
 * })
 * // a report's queries in one call: answered together, in order
 * const [contacts, persons] = await client.records.aggregateMany([
 *   { source: "serviceEvent", measure: { _tag: "count" }, filters: [], groupBy: [] },
 *   { source: "serviceEvent", measure: { _tag: "distinct", field: "personId" }, filters: [], groupBy: [] }
 * ])
 * ```
 * @since 0.1.0
 */
import type { AggregateQuery, Entity, Store } from "@pctnxh/core"

/**
 * The record operations of a client.
 *
 * @since 0.1.0
 */
export interface Records {
  /**
   * Decodes untrusted records of a kind (plain objects from JSON, a form, a parser) and stores
   * them, all or nothing. Rejects with `InvalidBatch` — every bad record named by index and
   * field, never by value — before anything is written.
   */
  readonly put: <K extends Entity.Kind>(kind: K, records: ReadonlyArray<unknown>) => Promise<Store.PutSummary>
  /** Reads a record by id, or `undefined`. */
  readonly get: <K extends Entity.Kind>(kind: K, id: string) => Promise<Entity.Of<K> | undefined>
  /** Iterates over every record of a kind with bounded memory. */
  readonly list: <K extends Entity.Kind>(kind: K, options?: Store.ListOptions) => AsyncIterable<Entity.Of<K>>
  /** Counts the records of a kind. */
  readonly count: (kind: Entity.Kind) => Promise<number>
  /**
   * Answers an aggregate query, given as an `AggregateQuery` or its plain JSON form (which is
   * checked; a malformed query rejects with `InvalidQuery`). Queries by administrative unit
   * load the geography first.
   */
  readonly aggregate: (query: AggregateQuery.AggregateQuery | unknown) => Promise<ReadonlyArray<AggregateQuery.Row>>
  /**
   * Answers several aggregate queries at once: the i-th answer is what `aggregate` gives the
   * i-th query. A SQL store answers queries that share a source, dimensions and filters with
   * one statement, and reads those it keeps summaries of from them. A malformed query rejects
   * with `InvalidQuery`, naming its position, before any is answered.
   */
  readonly aggregateMany: (
    queries: ReadonlyArray<AggregateQuery.AggregateQuery | unknown>
  ) => Promise<ReadonlyArray<ReadonlyArray<AggregateQuery.Row>>>
}
