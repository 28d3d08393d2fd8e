/**
 * The Store port over SQL: one implementation on Kysely for SQLite, PostgreSQL, PGlite and
 * MySQL/MariaDB. Records are upserted in batches (re-importing the same records writes nothing),
 * `list` reads a page of ids at a time, transactions carry their connection to every store call
 * made inside them, and every aggregate query is one SQL statement — a `GROUP BY` — so the
 * counting happens in the database.
 *
 * Give it a `Kysely` instance and its dialect; or use the one-line helpers of the driver entries
 * (`@pctnxh/store-sql/sqlite`, `/postgres`, `/pglite`, `/mysql`), which this entry does not
 * import, so a browser bundle never pulls a server driver.
 *
 * @since 0.1.0
 */
import type { AdminUnit, Geography, Ids } from "@pctnxh/core"
import { AggregateQuery, CoreError, Entity, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Kysely } from "kysely"
import { compile, keyColumn, pairs } from "./internal/aggregate.js"
import { dialects, type Name, toNumber } from "./internal/dialect.js"
import { attempt, storeError, undecodable, unencodable } from "./internal/errors.js"
import { names as makeNames } from "./internal/names.js"
import { fill, fingerprint } from "./internal/rollup.js"
import { personLinkTable, table } from "./internal/tables.js"
import { type Added, type Prepared, write } from "./internal/write.js"
import * as Migrations from "./Migrations.js"

/**
 * The SQL dialects the store speaks. PGlite speaks `postgres`; MariaDB speaks `mysql`.
 *
 * @since 0.1.0
 */
export type Dialect = Name

/**
 * Options every SQL store takes, whatever its driver.
 *
 * @since 0.1.0
 */
export interface StoreOptions {
  /** The geography used to roll units up; Vietnam's shipped units by default. */
  readonly geography?: Geography.Geography | undefined
  /**
   * The PostgreSQL schema or MySQL/MariaDB database that holds the tables (created if missing);
   * the connection's default when omitted. Not available on SQLite.
   */
  readonly schema?: string | undefined
  /** Whether building the store runs the migrations (default `true`). */
  readonly migrate?: boolean | undefined
}

/**
 * Options of {@link make} and {@link layer}.
 *
 * @since 0.1.0
 */
export interface Options extends StoreOptions {
  /** The Kysely instance to run on. The store does not destroy it. */
  readonly db: Kysely<any>
  readonly dialect: Dialect
}

interface Tx {
  readonly db: Kysely<any>
  readonly committed: Array<Added>
}

const invalid = (source: string, en: string, vi: string) => new CoreError.InvalidQuery({ source, reason: { vi, en } })

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Makes a SQL store service over a Kysely instance, running the migrations first unless told
 * not to.
 *
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<Store.Service, CoreError.StoreError> =>
  Effect.gen(function* () {
    const dialect = dialects[options.dialect]
    if (options.schema !== undefined && options.dialect === "sqlite") {
      return yield* Effect.dieMessage("@pctnxh/store-sql: SQLite has no schemas; use another database file")
    }
    const db = options.db
    const geography = options.geography ?? vietnam
    const names = makeNames(options.schema)
    if (options.migrate !== false) {
      yield* Migrations.run({ db, dialect: options.dialect, schema: options.schema })
    }

    const known = { units: new Set<string>(), years: new Set<number>() }
    const current = FiberRef.unsafeMake<Tx | undefined>(undefined)

    /** Runs database work on the current transaction's connection, or the store's. */
    const use = <A>(operation: string, work: (db: Kysely<any>) => Promise<A>): Effect.Effect<A, CoreError.StoreError> =>
      Effect.flatMap(FiberRef.get(current), (tx) => attempt(dialect, operation, () => work(tx?.db ?? db)))

    /** Runs an effect in a transaction, or in the current one; `operation` names its failures. */
    const inTransaction =
      (operation: string) =>
      <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | CoreError.StoreError, R> =>
        Effect.flatMap(FiberRef.get(current), (outer) =>
          outer !== undefined
            ? effect
            : Effect.uninterruptibleMask((restore) =>
                Effect.flatMap(attempt(dialect, operation, () => db.startTransaction().execute()), (trx) => {
                  const tx: Tx = { db: trx, committed: [] }
                  const rollback = Effect.promise(() => trx.rollback().execute().catch(() => undefined))
                  return Effect.flatMap(
                    Effect.exit(restore(Effect.locally(effect, current, tx))),
                    (exit): Effect.Effect<A, E | CoreError.StoreError, R> =>
                      Exit.isSuccess(exit)
                        ? attempt(dialect, operation, () => trx.commit().execute()).pipe(
                            Effect.tapError(() => rollback),
                            Effect.map(() => {
                              for (const added of tx.committed) {
                                for (const u of added.units) known.units.add(u)
                                for (const y of added.years) known.years.add(y)
                              }
                              return exit.value
                            })
                          )
                        : Effect.zipRight(rollback, exit)
                  )
                })
              )
        )
    const transaction = inTransaction("transaction")

    /** Writes records inside the current transaction (the caller opened one). */
    const writeIn = (operation: string, kind: Entity.Kind, batch: ReadonlyArray<Prepared>) =>
      Effect.flatMap(FiberRef.get(current), (tx) =>
        tx === undefined
          ? Effect.dieMessage(`@pctnxh/store-sql: ${operation} wrote outside a transaction`)
          : Effect.map(attempt(dialect, operation, () => write(tx.db, dialect, names, known, kind, batch)), ({ added, summary }) => {
              tx.committed.push(added)
              return summary
            })
      )

    const prepare = <K extends Entity.Kind>(operation: string, kind: K, records: ReadonlyArray<Entity.Of<K>>) =>
      Effect.try({
        try: () => {
          const encode = Entity.encode(kind)
          return records.map((record): Prepared => ({
            id: (record as { readonly id: string }).id,
            data: JSON.stringify(encode(record)),
            record
          }))
        },
        catch: (cause) => unencodable(operation, cause)
      })

    const decodeRow = <K extends Entity.Kind>(operation: string, kind: K, data: unknown) =>
      Effect.suspend(() => {
        let parsed: unknown
        try {
          parsed = JSON.parse(String(data))
        } catch (cause) {
          return Effect.fail(undecodable(operation, cause))
        }
        return Either.match(Entity.decode(kind)(parsed), {
          onLeft: (cause) => Effect.fail(undecodable(operation, cause)),
          onRight: (record) => Effect.succeed(record)
        })
      })

    const tableOf = (kind: Entity.Kind) => names.name(table(kind).name)

    const service: Store.Service = {
      put: (kind, records) => {
        const operation = `put ${kind}`
        return Effect.flatMap(prepare(operation, kind, records), (prepared) =>
          prepared.length === 0
            ? Effect.succeed({ inserted: 0, updated: 0, unchanged: 0 })
            : inTransaction(operation)(writeIn(operation, kind, prepared))
        )
      },
      get: (kind, id) => {
        const operation = `get ${kind}`
        return Effect.flatMap(
          use(operation, (d) => d.selectFrom(tableOf(kind)).select("data").where("id", "=", id).executeTakeFirst()),
          (row) => (row === undefined ? Effect.succeed(Option.none()) : Effect.map(decodeRow(operation, kind, row.data), Option.some))
        )
      },
      list: (kind, listOptions) => {
        const operation = `list ${kind}`
        const size = Math.max(1, Math.floor(listOptions?.batchSize ?? 1000))
        return Stream.paginateChunkEffect(undefined as string | undefined, (after) =>
          Effect.flatMap(
            use(operation, (d) => {
              let q = d.selectFrom(tableOf(kind)).select(["id", "data"]).orderBy("id").limit(size)
              if (after !== undefined) q = q.where("id", ">", after)
              return q.execute()
            }),
            (rows) =>
              Effect.map(
                Effect.forEach(rows, (row) => decodeRow(operation, kind, row.data)),
                (records) =>
                  [
                    Chunk.unsafeFromArray(records as Array<never>),
                    rows.length < size ? Option.none() : Option.some(String(rows[rows.length - 1]!.id))
                  ] as const
              )
          )
        )
      },
      count: (kind) =>
        Effect.map(
          use(`count ${kind}`, (d) =>
            d
              .selectFrom(tableOf(kind))
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirst()
          ),
          (row) => toNumber(row?.n)
        ),
      erasePerson: (personId) => inTransaction("erasePerson")(erase(personId)),
      transaction,
      aggregate: (query) => aggregate(query)
    }

    const erase = (personId: Ids.PersonId) =>
      Effect.gen(function* () {
        const operation = "erasePerson"
        const surrogate = `erased:${globalThis.crypto.randomUUID()}` as Ids.PersonId
        const swap = (ids: ReadonlyArray<Ids.PersonId>) => ids.map((id) => (id === personId ? surrogate : id))
        const deleted = yield* use(operation, async (d) => {
          const person = await d.deleteFrom(tableOf("person")).where("id", "=", personId).executeTakeFirst()
          const consents = await d.deleteFrom(tableOf("consent")).where("person_id", "=", personId).executeTakeFirst()
          return { person: Number(person.numDeletedRows) > 0, consents: Number(consents.numDeletedRows) }
        })
        const events = yield* use(operation, (d) =>
          d.selectFrom(tableOf("serviceEvent")).select("data").where("person_id", "=", personId).orderBy("id").execute()
        )
        const rewritten: Array<Prepared> = []
        for (const row of events) {
          const event = yield* decodeRow(operation, "serviceEvent", row.data)
          rewritten.push(...(yield* prepare(operation, "serviceEvent", [new Entity.schemas.serviceEvent({ ...event, personId: surrogate })])))
        }
        if (rewritten.length > 0) yield* writeIn(operation, "serviceEvent", rewritten)
        const links = yield* use(operation, (d) =>
          d
            .selectFrom(names.name(personLinkTable.name))
            .select(["kind", "record_id"])
            .where("person_id", "=", personId)
            .orderBy("kind")
            .orderBy("record_id")
            .execute()
        )
        const ofKind = (kind: string) => links.filter((l) => l.kind === kind).map((l) => String(l.record_id))
        const load = <K extends "activity" | "group">(kind: K, ids: ReadonlyArray<string>) =>
          ids.length === 0
            ? Effect.succeed([] as Array<Entity.Of<K>>)
            : Effect.flatMap(
                use(operation, (d) => d.selectFrom(tableOf(kind)).select("data").where("id", "in", ids as Array<string>).orderBy("id").execute()),
                (rows) => Effect.forEach(rows, (row) => decodeRow(operation, kind, row.data))
              )
        const activities = (yield* load("activity", ofKind("activity"))).map(
          (a) => new Entity.schemas.activity({ ...a, attendeeIds: swap(a.attendeeIds ?? []) })
        )
        const groups = (yield* load("group", ofKind("group"))).map(
          (g) => new Entity.schemas.group({ ...g, coreMemberIds: swap(g.coreMemberIds) })
        )
        if (activities.length > 0) yield* writeIn(operation, "activity", yield* prepare(operation, "activity", activities))
        if (groups.length > 0) yield* writeIn(operation, "group", yield* prepare(operation, "group", groups))
        const summary: Store.ErasureSummary = {
          person: deleted.person,
          consents: deleted.consents,
          unlinked: rewritten.length + activities.length + groups.length
        }
        return summary
      })

    const aggregate = (query: AggregateQuery.AggregateQuery) =>
      Effect.gen(function* () {
        const checked = yield* AggregateQuery.check(query)
        const withinLevels = new Map<AggregateQuery.Filter, AdminUnit.AdminLevel>()
        for (const filter of query.filters) {
          if (filter._tag !== "within") continue
          const target = geography.get(filter.unitId)
          if (Option.isNone(target)) {
            return yield* Effect.fail(
              invalid(query.source, `the unit ${filter.unitId} is not known`, `không có đơn vị hành chính ${filter.unitId}`)
            )
          }
          withinLevels.set(filter, target.value.level)
        }
        const operation = `aggregate ${query.source}`
        const needed = pairs(query, withinLevels)
        const key = needed.length > 0 || query.groupBy.some((d) => d._tag === "unit") ? fingerprint(geography) : ""
        const statement = yield* Effect.sync(() => compile({ checked, dialect, names, geography: key, withinLevels }))
        const rows = yield* use(operation, async (d) => {
          await fill(d, dialect, names, geography, needed)
          return (await statement.execute(d)).rows
        })
        const dimensionNames = query.groupBy.map(AggregateQuery.dimensionKey)
        const result = rows.map((row) => {
          const values = dimensionNames.map((_, i) => {
            const v = row[keyColumn(i)]
            return v === null || v === undefined ? null : String(v)
          })
          return { values, row: { key: Object.fromEntries(dimensionNames.map((n, i) => [n, values[i]!])), value: toNumber(row.value) } }
        })
        return result
          .map((r) => ({ sort: JSON.stringify(r.values), row: r.row }))
          .sort((a, b) => compareKeys(a.sort, b.sort))
          .map((r): AggregateQuery.Row => r.row)
      })

    return service
  })

/**
 * A layer providing a SQL store over a Kysely instance the caller owns (it is not destroyed
 * when the layer is released).
 *
 * @example
 * ```ts
 * import { SqlStore } from "@pctnxh/store-sql"
 * import { Kysely, PostgresDialect } from "kysely"
 * import pg from "pg"
 *
 * const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL }) }) })
 * const StoreLive = SqlStore.layer({ db, dialect: "postgres" })
 * ```
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<Store.Store, CoreError.StoreError> => Layer.effect(Store.Store, make(options))

/**
 * A layer providing a SQL store over a Kysely instance made when the layer is built and
 * destroyed when it is released: what the driver entries build on.
 *
 * @since 0.1.0
 */
export const layerScoped = (
  acquire: Effect.Effect<Kysely<any>, CoreError.StoreError>,
  dialect: Dialect,
  options: StoreOptions = {}
): Layer.Layer<Store.Store, CoreError.StoreError> =>
  Layer.scoped(
    Store.Store,
    Effect.flatMap(
      Effect.acquireRelease(acquire, (db) => Effect.promise(() => db.destroy().catch(() => undefined))),
      (db) => make({ ...options, db, dialect })
    )
  )

/**
 * Turns a driver error met outside the store (opening a file, connecting) into a `StoreError`
 * naming the operation, for adapter helpers.
 *
 * @since 0.1.0
 */
export const driverError = (dialect: Dialect, operation: string): ((cause: unknown) => CoreError.StoreError) =>
  storeError(dialects[dialect], operation)
