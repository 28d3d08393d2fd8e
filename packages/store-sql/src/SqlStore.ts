/**
 * The Store port over SQL: one implementation on Kysely for SQLite, PostgreSQL, PGlite and
 * MySQL/MariaDB. Records are upserted in batches (re-importing the same records writes nothing),
 * `list` reads a page of ids at a time, transactions carry their connection to every store call
 * made inside them, and every aggregate query is one SQL statement — a `GROUP BY` — so the
 * counting happens in the database; `aggregateMany` answers the queries that count over the same
 * rows (same source, dimensions and filters but for attribute and period ones) with one
 * statement between them.
 *
 * Give it a `Kysely` instance and its dialect; or use the one-line helpers of the driver entries
 * (`@pctnxh/store-sql/sqlite`, `/postgres`, `/pglite`, `/mysql`), which this entry does not
 * import, so a browser bundle never pulls a server driver.
 *
 * @since 0.1.0
 */
import type { AdminUnit, Geography, Ids } from "@pctnxh/core"
import { AggregateQuery, CoreError, Entity, Registry, Store } from "@pctnxh/core"
import { CurrentGeography } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as FiberRef from "effect/FiberRef"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Kysely } from "kysely"
import { sql } from "kysely"
import { compile, compileMany, contributionColumn, keyColumn, matchedColumn, outsideRecorded, pairs, recordedDates, shareKey, valueColumn } from "./internal/aggregate.js"
import { copiers } from "./internal/copy.js"
import { dialects, type Name, toNumber } from "./internal/dialect.js"
import { attempt, retryWhileBusy, storeError, undecodable } from "./internal/errors.js"
import { names as makeNames } from "./internal/names.js"
import * as Summary from "./internal/summary.js"
import { counting, fill, filledAt, fingerprint, makeFilled, type Pair } from "./internal/rollup.js"
import { changeTable, layout as makeLayout, personLinkTable, rollupTable, snake, type Value } from "./internal/tables.js"
import { type Added, chunks, isSource, type Prepared, Statements, write } from "./internal/write.js"
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
  /**
   * How long, in milliseconds, a write waits for other writers before failing with a
   * `StoreError` whose `problem` is `"busy"` (default 30,000). A transaction that meets another
   * writer — SQLite's write lock, a deadlock, a record another writer inserted at the same
   * moment — is rolled back and run again until then: its effect must be safe to run twice.
   */
  readonly busyTimeout?: number | undefined
  /** The registry of sources and indexed fields; the shipped one by default. */
  readonly registry?: Registry.Registry | undefined
  /**
   * Whether the store keeps a summary of each aggregate query it answers outside a transaction
   * (default `true`): the query's rows, stored in the database and brought up to date after
   * writes from the records the writes touched, so a report asked again after an import of a
   * few thousand records reads its rows instead of counting every record again. Writers log
   * what they change while a summary counts their kind, whatever this option says. See the guide
   * `docs/store-sql.md`.
   */
  readonly summaries?: boolean | undefined
  /** The migration records to run; `Migrations.all()` by default (a registry of your own needs its own). */
  readonly migrations?: ReadonlyArray<readonly [string, Migrations.Migration]> | undefined
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
  /** Rows inserted or updated per table. */
  readonly written: Map<string, number>
  /** How many savepoints enclose this one (0 for the transaction itself). */
  readonly depth: number
}

/** The fewest rows written to a table since its last analysis that make it due for another. */
const ANALYZE_AFTER = 10_000

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
    const geography = options.geography ?? (yield* CurrentGeography)
    const registry = options.registry ?? Registry.registry
    const layout = makeLayout(registry)
    const names = makeNames(options.schema)
    const busyTimeout = Math.max(0, options.busyTimeout ?? 30_000)
    if (options.dialect === "sqlite") yield* attempt(dialect, "open", () => dialect.prepare(db))
    if (options.migrate !== false) {
      yield* Migrations.run({ db, dialect: options.dialect, schema: options.schema, migrations: options.migrations, busyTimeout })
    }

    const known = { units: new Set<string>(), years: new Set<number>() }
    const statements = new Statements()
    // the driver's COPY for new records, when the Kysely instance was made with one
    const copy = copiers.get(db)
    const current = FiberRef.unsafeMake<Tx | undefined>(undefined)
    // the roll-up pairs filled outside transactions, so a report checks its units with one count
    const filled = makeFilled()

    /** Runs database work on the current transaction's connection, or the store's. */
    const use = <A>(operation: string, work: (db: Kysely<any>) => Promise<A>): Effect.Effect<A, CoreError.StoreError> =>
      Effect.flatMap(FiberRef.get(current), (tx) => attempt(dialect, operation, () => work(tx?.db ?? db)))

    /** A connection of the pool held until `release`, for a transaction's statements. */
    const pin = (): Promise<{ readonly conn: Kysely<any>; readonly release: () => Promise<void> }> =>
      new Promise((resolve, reject) => {
        let free!: () => void
        const held = new Promise<void>((r) => (free = r))
        let pinned = false
        const done: Promise<void> = db.connection().execute(async (conn) => {
          pinned = true
          resolve({
            conn,
            release: async () => {
              free()
              await done.catch(() => undefined)
            }
          })
          await held
        })
        done.catch((error) => {
          if (!pinned) reject(error)
        })
      })

    /** One attempt at a transaction: begin on a pinned connection, run, commit or roll back. */
    const once = <A, E, R>(operation: string, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | CoreError.StoreError, R> =>
      Effect.uninterruptibleMask((restore) =>
        Effect.flatMap(
          attempt(dialect, operation, async () => {
            const pinned = await pin()
            try {
              await dialect.begin(pinned.conn)
            } catch (error) {
              await pinned.release()
              throw error
            }
            return pinned
          }),
          ({ conn, release }) => {
            const tx: Tx = { db: conn, committed: [], written: new Map(), depth: 0 }
            const rollback = Effect.promise(async () => {
              await sql`rollback`.execute(conn).catch(() => undefined)
              await release()
            })
            return Effect.flatMap(
              Effect.exit(restore(Effect.locally(effect, current, tx))),
              (exit): Effect.Effect<A, E | CoreError.StoreError, R> =>
                Exit.isSuccess(exit)
                  ? attempt(dialect, operation, () => sql`commit`.execute(conn)).pipe(
                      Effect.tapError(() => rollback),
                      Effect.zipLeft(Effect.promise(release)),
                      Effect.map(() => {
                        for (const added of tx.committed) {
                          for (const u of added.units) known.units.add(u)
                          for (const y of added.years) known.years.add(y)
                        }
                        return exit.value
                      }),
                      Effect.tap(() => analyzeGrown(tx.written))
                    )
                  : Effect.zipRight(rollback, exit)
            )
          }
        )
      )

    // The planner's statistics: a table written to since they were gathered is planned as if it
    // were as small as it was (a freshly imported table as nearly empty), and a report's joins
    // go to nested loops. Where the dialect gathers them on demand, a table is analyzed after a
    // transaction that brings the rows written since its last analysis to 10,000 and to as many
    // as it had then: a few times over a large import, never on every small write. The analysis
    // runs beside the writes that follow (it takes no lock that stops them), one at a time per
    // table; a failed one is tried again after the next write.
    const statistics = new Map<string, { pending: number; analyzed: number }>()
    const analyzing = new Set<string>()
    const analyzed = (table: string): Effect.Effect<void, CoreError.StoreError> =>
      dialect.analyze === undefined ? Effect.void : Effect.asVoid(use(`analyze ${table}`, (d) => dialect.analyze!(table).execute(d)))
    const analyze = (table: string): Effect.Effect<void> => Effect.ignore(analyzed(table))
    /** Analyzes a table grown by `rows` rows, beside what follows; a failure leaves the rows due. */
    const analyzeBeside = (table: string, rows: number): Effect.Effect<void> =>
      analyzed(table).pipe(
        // on a connection of its own, never a transaction's
        Effect.locally(current, undefined),
        Effect.tapError(() =>
          Effect.sync(() => {
            const s = statistics.get(table)
            if (s !== undefined) {
              s.pending += rows
              s.analyzed -= rows
            }
          })
        ),
        Effect.ignore,
        Effect.ensuring(Effect.sync(() => analyzing.delete(table)))
      )
    const analyzeGrown = (written: ReadonlyMap<string, number>): Effect.Effect<void> => {
      if (dialect.analyze === undefined) return Effect.void
      const due: Array<readonly [string, number]> = []
      for (const [table, rows] of written) {
        const s = statistics.get(table) ?? { pending: 0, analyzed: 0 }
        s.pending += rows
        if (s.pending >= Math.max(ANALYZE_AFTER, s.analyzed) && !analyzing.has(table)) {
          due.push([table, s.pending])
          s.analyzed += s.pending
          s.pending = 0
          analyzing.add(table)
        }
        statistics.set(table, s)
      }
      return due.length === 0 ? Effect.void : Effect.asVoid(Effect.forkDaemon(Effect.forEach(due, ([table, rows]) => analyzeBeside(table, rows), { discard: true })))
    }

    const retrying = <A, E, R>(operation: string, effect: Effect.Effect<A, E, R>) => retryWhileBusy(operation, busyTimeout, effect)

    /** Runs an effect in a transaction, or in the current one; `operation` names its failures. */
    const inTransaction =
      (operation: string) =>
      <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | CoreError.StoreError, R> =>
        Effect.flatMap(FiberRef.get(current), (outer) => (outer !== undefined ? effect : retrying(operation, once(operation, effect))))

    /**
     * Runs an effect inside the current transaction under a savepoint: its failure undoes its
     * own writes only, and the transaction goes on if the failure is caught. What it wrote
     * joins the transaction's bookkeeping once it succeeds. Savepoints are a stack on the
     * transaction's one connection, named by their depth: nested transactions of one
     * transaction run one after another, never side by side.
     */
    const savepoint = <A, E, R>(outer: Tx, effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | CoreError.StoreError, R> =>
      Effect.uninterruptibleMask((restore) => {
        const name = `pctnxh_savepoint_${outer.depth + 1}`
        const inner: Tx = { db: outer.db, committed: [], written: new Map(), depth: outer.depth + 1 }
        return Effect.zipRight(
          attempt(dialect, "transaction", () => sql`savepoint ${sql.raw(name)}`.execute(outer.db)),
          Effect.flatMap(Effect.exit(restore(Effect.locally(effect, current, inner))), (exit): Effect.Effect<A, E | CoreError.StoreError, R> => {
            if (Exit.isSuccess(exit))
              return attempt(dialect, "transaction", () => sql`release savepoint ${sql.raw(name)}`.execute(outer.db)).pipe(
                Effect.map(() => {
                  outer.committed.push(...inner.committed)
                  for (const [table, rows] of inner.written) outer.written.set(table, (outer.written.get(table) ?? 0) + rows)
                  return exit.value
                })
              )
            // a savepoint the database has already undone with its transaction (a deadlock on
            // MySQL) cannot be rolled back to: the transaction's own commit then fails
            return Effect.zipRight(
              Effect.promise(async () => {
                await sql`rollback to savepoint ${sql.raw(name)}`.execute(outer.db).catch(() => undefined)
                await sql`release savepoint ${sql.raw(name)}`.execute(outer.db).catch(() => undefined)
              }),
              exit
            )
          })
        )
      })

    /** The store's `transaction`: a transaction of its own, or a savepoint inside the current one. */
    const transaction = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | CoreError.StoreError, R> =>
      Effect.flatMap(FiberRef.get(current), (outer) => (outer !== undefined ? savepoint(outer, effect) : retrying("transaction", once("transaction", effect))))

    /** Writes records inside the current transaction (the caller opened one). */
    const writeIn = (operation: string, kind: Entity.Kind, batch: ReadonlyArray<Prepared>, options: { readonly logged?: boolean } = {}) =>
      Effect.flatMap(FiberRef.get(current), (tx) =>
        tx === undefined
          ? Effect.dieMessage(`@pctnxh/store-sql: ${operation} wrote outside a transaction`)
          : Effect.map(
              attempt(dialect, operation, () => write(tx.db, dialect, names, layout, known, statements, kind, batch, { ...options, copy }), (column) =>
                fieldOf(kind, column)
              ),
              ({ added, summary }) => {
                tx.committed.push(added)
                const table = tableOf(kind)
                tx.written.set(table, (tx.written.get(table) ?? 0) + summary.inserted + summary.updated)
                return summary
              }
            )
      )

    /** The registry's name of a kind's column, for errors. */
    const fieldOf = (kind: Entity.Kind, column: string): string => {
      const fields = Object.keys((registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {})
      return fields.find((f) => snake(f) === column) ?? column
    }

    const prepare = <K extends Entity.Kind>(operation: string, kind: K, records: ReadonlyArray<Entity.Of<K>>) =>
      Either.match(Registry.encodeBatch(registry, kind, records, operation), {
        onLeft: Effect.fail,
        onRight: (encoded): Effect.Effect<ReadonlyArray<Prepared>, CoreError.StoreError> => Effect.succeed(encoded)
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

    const tableOf = (kind: Entity.Kind) => names.name(layout.table(kind).name)

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
      find: (kind, where, findOptions) => {
        const operation = `find ${kind}`
        const indexed = Registry.indexedFields(registry, kind)
        const conditions = Object.entries(where as Readonly<Record<string, Value | ReadonlyArray<Value> | undefined>>).flatMap(
          ([field, value]) => (value === undefined ? [] : [[field, value] as const])
        )
        const refused = conditions.find(([field]) => !indexed.includes(field))
        if (refused !== undefined) return Effect.fail(new CoreError.NotIndexed({ kind, field: refused[0], indexed }))
        const descending = findOptions?.order === "descending"
        const limit = findOptions?.limit === undefined ? undefined : Math.max(0, Math.floor(findOptions.limit))
        // one statement per 500 values of a list, merged in id order
        const lists = conditions.filter(([, v]) => Array.isArray(v)) as Array<readonly [string, ReadonlyArray<Value>]>
        const longest = lists.reduce<readonly [string, ReadonlyArray<Value>] | undefined>((a, b) => (a === undefined || b[1].length > a[1].length ? b : a), undefined)
        const parts: Array<ReadonlyArray<Value> | undefined> = []
        if (longest === undefined || longest[1].length <= 500) parts.push(undefined)
        else for (let i = 0; i < longest[1].length; i += 500) parts.push(longest[1].slice(i, i + 500))
        return Effect.flatMap(
          use(operation, async (d) => {
            const rows: Array<{ id: unknown; data: unknown }> = []
            for (const part of parts) {
              let q = d.selectFrom(tableOf(kind)).select(["id", "data"])
              for (const [field, value] of conditions) {
                const column = snake(field)
                const values = part !== undefined && field === longest![0] ? part : value
                if (Array.isArray(values)) {
                  const present = values.filter((v): v is string | number => v !== null)
                  const orNull = values.length > present.length
                  q =
                    values.length === 0
                      ? q.where(sql<boolean>`1 = 0`)
                      : q.where((eb) =>
                          eb.or([...(present.length > 0 ? [eb(column, "in", present)] : []), ...(orNull ? [eb(column, "is", null)] : [])])
                        )
                } else {
                  q = values === null ? q.where(column, "is", null) : q.where(column, "=", values as string | number)
                }
              }
              q = q.orderBy("id", descending ? "desc" : "asc")
              if (limit !== undefined) q = q.limit(limit)
              rows.push(...(await q.execute()))
            }
            if (parts.length > 1) rows.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0) * (descending ? -1 : 1))
            return limit === undefined ? rows : rows.slice(0, limit)
          }),
          (rows) => Effect.forEach(rows, (row) => decodeRow(operation, kind, row.data))
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
      aggregate: (query) => aggregate(query),
      aggregateMany: (queries, manyOptions) => aggregateMany(queries, manyOptions)
    }

    const erase = (personId: Ids.PersonId) =>
      Effect.gen(function* () {
        const operation = "erasePerson"
        const surrogate = `erased:${globalThis.crypto.randomUUID()}`
        const swap = (id: string) => (id === personId ? surrogate : id)
        const links = yield* use(operation, (d) =>
          d
            .selectFrom(names.name(personLinkTable.name))
            .select(["kind", "record_id"])
            .where("person_id", "=", personId)
            .orderBy("kind")
            .orderBy("record_id")
            .execute()
        )
        let person = false
        let consents = 0
        let unlinked = 0
        for (const kind of Registry.personKinds(registry)) {
          const refs = Registry.personRefs(registry, kind)!
          if (refs.onErase === "keep") continue
          const columns = (registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {}
          const inColumns = refs.fields.filter((f) => f === "id" || Object.hasOwn(columns, f)).map(snake)
          const linked = [...new Set(links.filter((l) => l.kind === kind).map((l) => String(l.record_id)))]
          if (inColumns.length === 0 && linked.length === 0) continue
          const rows = yield* use(operation, async (d) => {
            const found: Array<{ id: unknown; data: unknown }> = []
            if (inColumns.length > 0) {
              found.push(
                ...(await d
                  .selectFrom(tableOf(kind))
                  .select(["id", "data"])
                  .where((eb) => eb.or(inColumns.map((c) => eb(c, "=", personId))))
                  .orderBy("id")
                  .execute())
              )
            }
            for (const chunk of chunks(linked, 500)) {
              found.push(...(await d.selectFrom(tableOf(kind)).select(["id", "data"]).where("id", "in", chunk).orderBy("id").execute()))
            }
            return found
          })
          const ids = [...new Set(rows.map((row) => String(row.id)))]
          if (ids.length === 0) continue
          if (refs.onErase === "delete") {
            const deleted = yield* use(operation, async (d) => {
              let n = 0
              for (const chunk of chunks(ids, 500)) n += Number((await d.deleteFrom(tableOf(kind)).where("id", "in", chunk).executeTakeFirst()).numDeletedRows)
              return n
            })
            if (kind === "person") person = deleted > 0
            else consents += deleted
            continue
          }
          const seen = new Set<string>()
          const rewritten: Array<Entity.Of<typeof kind>> = []
          for (const row of rows) {
            if (seen.has(String(row.id))) continue
            seen.add(String(row.id))
            const record = yield* decodeRow(operation, kind, row.data)
            const next = Registry.replacePersons(registry, kind, record, swap)
            if (next !== undefined) rewritten.push(next)
          }
          // a new pseudonym in place of the old changes no aggregate: nothing to log for the summaries
          if (rewritten.length > 0) yield* writeIn(operation, kind, yield* prepare(operation, kind, rewritten), { logged: false })
          unlinked += rewritten.length
        }
        // the summaries name contributors: the pseudonym leaves them, as it leaves the records
        yield* use(operation, (d) => Summary.scrub(d, dialect, names, personId, surrogate))
        // the change log keeps records as they were before a write: the pseudonym leaves it too
        for (const kind of Registry.personKinds(registry)) {
          if (!isSource(registry, kind)) continue
          const logged = yield* use(operation, (d) =>
            d
              .selectFrom(names.name(changeTable.name))
              .select(["generation", "record_id", "previous"])
              .where("kind", "=", kind)
              .where("previous", "like", `%${personId}%`)
              .execute()
          )
          for (const row of logged) {
            const record = yield* decodeRow(operation, kind, row.previous)
            const next = Registry.replacePersons(registry, kind, record, swap)
            if (next === undefined) continue
            const [rewritten] = yield* prepare(operation, kind, [next])
            yield* use(operation, (d) =>
              d
                .updateTable(names.name(changeTable.name))
                .set({ previous: rewritten!.data })
                .where("kind", "=", kind)
                .where("generation", "=", row.generation)
                .where("record_id", "=", row.record_id)
                .execute()
            )
          }
        }
        const summary: Store.ErasureSummary = { person, consents, unlinked }
        return summary
      })

    const aggregate = (query: AggregateQuery.AggregateQuery) =>
      Effect.gen(function* () {
        const checked = yield* AggregateQuery.check(query, registry)
        const withinLevels = yield* withinLevelsOf(query)
        const operation = `aggregate ${query.source}`
        const needed = pairs(query, withinLevels)
        if (options.summaries !== false && Summary.partitionOf(registry, query) !== undefined && (yield* FiberRef.get(current)) === undefined) {
          return fromSummary(query, yield* summarised({ query, checked, withinLevels, needed, operation }))
        }
        const key = needed.length > 0 || query.groupBy.some((d) => d._tag === "unit") ? fingerprint(geography) : ""
        const rows = yield* countedOver(
          query,
          operation,
          (recorded) => rowsOf(operation, compile({ registry, checked, dialect, names, geography: key, withinLevels, recorded }), needed, withinLevels.size > 0),
          asRows
        )
        return ordered(
          query,
          rows.map((row) => {
            const values = keyValues(query, row)
            if (query.measure._tag !== "contributions") return { values, value: toNumber(row.value) }
            const largest: Array<number> = []
            for (let i = 1; i <= query.measure.top; i++) {
              const c = row[contributionColumn(i)]
              if (c !== null && c !== undefined) largest.push(toNumber(c))
            }
            return { values, value: toNumber(row.value), contributions: { contributors: toNumber(row.contributors), largest } }
          })
        )
      })

    /** The key values of a statement's row, in the order of the query's dimensions. */
    const keyValues = (query: AggregateQuery.AggregateQuery, row: Record<string, unknown>): Array<string | null> =>
      query.groupBy.map((_, i) => {
        const v = row[keyColumn(i)]
        return v === null || v === undefined ? null : String(v)
      })

    /** A query's rows from their key values, in the order of their keys. */
    const ordered = (
      query: AggregateQuery.AggregateQuery,
      rows: ReadonlyArray<{ readonly values: ReadonlyArray<string | null>; readonly value: number; readonly contributions?: AggregateQuery.Contributions }>
    ): ReadonlyArray<AggregateQuery.Row> => {
      const dimensionNames = query.groupBy.map(AggregateQuery.dimensionKey)
      return rows
        .map((r) => {
          const key = Object.fromEntries(dimensionNames.map((n, i) => [n, r.values[i]!]))
          const row: AggregateQuery.Row = r.contributions === undefined ? { key, value: r.value } : { key, value: r.value, contributions: r.contributions }
          return { sort: JSON.stringify(r.values), row }
        })
        .sort((a, b) => compareKeys(a.sort, b.sort))
        .map((r) => r.row)
    }

    // the rows of summaries read last, by key, so an unchanged summary is parsed once
    const remembered = new Map<string, { readonly generation: number; readonly rows: Summary.Rows }>()

    /**
     * A summary's rows when nothing was logged since it was made (read without a lock, parsed
     * once per generation), and whether there is one at all.
     */
    const freshSummary = (operation: string, key: string, identity: string) =>
      Effect.gen(function* () {
        const probed = yield* use(operation, (d) => Summary.probe(d, names, key))
        const exists = probed !== undefined && probed.identity === identity
        if (!exists || probed.stale) return { exists, rows: undefined }
        const known = remembered.get(key)
        if (known !== undefined && known.generation === probed.generation) return { exists, rows: known.rows }
        const rows = yield* use(operation, (d) => Summary.rowsAt(d, names, key, probed.generation))
        if (rows !== undefined) remembered.set(key, { generation: probed.generation, rows })
        return { exists, rows }
      })

    /**
     * {@link freshSummary} of several summaries: their states checked with one statement, and
     * the rows not remembered read with one more.
     */
    const freshSummaries = (operation: string, wanted: ReadonlyArray<{ readonly key: string; readonly identity: string }>) =>
      Effect.gen(function* () {
        const out = new Map<string, { readonly exists: boolean; readonly rows: Summary.Rows | undefined }>()
        if (wanted.length === 0) return out
        const probed = yield* use(operation, (d) => Summary.probeMany(d, names, wanted.map((w) => w.key)))
        const unread: Array<{ readonly key: string; readonly generation: number }> = []
        for (const { identity, key } of wanted) {
          const p = probed.get(key)
          const exists = p !== undefined && p.identity === identity
          if (!exists || p.stale) {
            out.set(key, { exists, rows: undefined })
            continue
          }
          const known = remembered.get(key)
          if (known !== undefined && known.generation === p.generation) out.set(key, { exists, rows: known.rows })
          else unread.push({ key, generation: p.generation })
        }
        if (unread.length > 0) {
          const read = yield* use(operation, (d) => Summary.rowsAtMany(d, names, unread))
          for (const { generation, key } of unread) {
            const rows = read.get(key)
            if (rows !== undefined) remembered.set(key, { generation, rows })
            out.set(key, { exists: true, rows })
          }
        }
        return out
      })

    /** The rows of a query from a summary's. */
    const fromSummary = (query: AggregateQuery.AggregateQuery, rows: Summary.Rows): ReadonlyArray<AggregateQuery.Row> => {
      const measure = query.measure
      return ordered(
        query,
        rows.map(([values, value, _, contributors]) =>
          measure._tag !== "contributions"
            ? { values, value }
            : contributors !== undefined && !Array.isArray(contributors)
              ? { values, value, contributions: Summary.rankedContributions(contributors as Summary.Ranked, measure.top) }
              : { values, ...Summary.contributionsOf((contributors as ReadonlyArray<Summary.Contributor> | undefined) ?? [], measure.top) }
        )
      )
    }

    /**
     * Queries of one `shareKey` class with no summary yet: counted with one statement, as
     * `aggregateMany` counts them, and their summaries made from it, under the summaries' lock.
     */
    const summarisedShared = (members: ReadonlyArray<AggregateQuery.Checked>) =>
      Effect.gen(function* () {
        const query = members[0]!.query
        const withinLevels = yield* withinLevelsOf(query)
        const operation = `aggregate ${query.source}`
        const needed = pairs(query, withinLevels)
        const kind = registry.sources[query.source]!.kind
        let added = false
        const answer = yield* inTransaction(operation)(
          Effect.gen(function* () {
            const state = yield* use(operation, (d) => Summary.lock(d, dialect, names))
            if (needed.length > 0) added = yield* use(operation, (d) => fill(d, dialect, names, geography, needed, makeFilled()))
            const { counted, matched } = yield* countedOver(
              query,
              operation,
              (recorded) => {
                const { matched, statement } = compileMany({ registry, dialect, names, geography: fingerprint(geography), withinLevels, members, recorded })
                return Effect.map(use(operation, async (d) => (await statement.execute(d)).rows), (counted) => ({ counted, matched }))
              },
              (c) => c.counted
            )
            const kept = members.map((m, i): Summary.Stored => {
              const identity = Summary.identity(registry, m.query, fingerprint(geography))
              const rows = counted.flatMap((row) => {
                const n = toNumber(row[matched(i)])
                if (n === 0) return []
                return [[keyValues(m.query, row), toNumber(row[valueColumn(i)]), n] as const]
              })
              return { key: Summary.keyOf(identity), kind, generation: 0, identity, rows }
            })
            const generation = yield* use(operation, (d) => Summary.store(d, dialect, names, state, kept, []))
            return { kept, generation }
          })
        )
        for (const s of answer.kept) remembered.set(s.key, { generation: answer.generation, rows: s.rows })
        if (added) yield* analyze(names.name(rollupTable.name))
        return answer.kept.map((s, i) => fromSummary(members[i]!.query, s.rows))
      })

    /**
     * A query's rows from its summary: read as they are when nothing was logged since it was
     * made; else, under the summaries' lock, every summary of the source's kind brought up to
     * date from the changes (or, for this one, counted in full when it has none or too many
     * changes), and all stored at a new generation.
     */
    const summarised = (input: {
      readonly query: AggregateQuery.AggregateQuery
      readonly checked: AggregateQuery.Checked
      readonly withinLevels: ReadonlyMap<AggregateQuery.Filter, AdminUnit.AdminLevel>
      readonly needed: ReadonlyArray<Pair>
      readonly operation: string
    }) =>
      Effect.gen(function* () {
        const { checked, needed, operation, query, withinLevels } = input
        const identity = Summary.identity(registry, query, fingerprint(geography))
        const key = Summary.keyOf(identity)
        const fresh = yield* freshSummary(operation, key, identity)
        if (fresh.rows !== undefined) return fresh.rows
        const kind = registry.sources[query.source]!.kind
        let added = false
        const answer = yield* inTransaction(operation)(
          Effect.gen(function* () {
            const state = yield* use(operation, (d) => Summary.lock(d, dialect, names))
            const mine = yield* use(operation, (d) => Summary.read(d, names, key, identity))
            // brought up to date by another query meanwhile: nothing to write
            if (mine !== undefined && !(yield* use(operation, (d) => Summary.changedSince(d, names, mine.kind, mine.generation)))) {
              return { rows: mine.rows, kept: [mine], generation: mine.generation }
            }
            const refreshed =
              mine === undefined ? { kept: [] as ReadonlyArray<Summary.Stored>, dropped: [] as ReadonlyArray<string> } : yield* use(operation, (d) => Summary.refresh({ db: d, dialect, names, registry, geography }, kind))
            let rows = refreshed.kept.find((s) => s.key === key)?.rows
            if (rows === undefined) {
              if (needed.length > 0) added = yield* use(operation, (d) => fill(d, dialect, names, geography, needed, makeFilled()))
              const ranked = query.measure._tag === "contributions" && Summary.ranks(query) ? Summary.rankedLength(query.measure.top) : undefined
              const counted = yield* countedOver(
                query,
                operation,
                (recorded) => {
                  const statement = compile({
                    registry,
                    checked,
                    dialect,
                    names,
                    geography: fingerprint(geography),
                    withinLevels,
                    recorded,
                    matched: true,
                    ...(ranked === undefined ? {} : { ranked })
                  })
                  return use(operation, async (d) => (await statement.execute(d)).rows)
                },
                asRows
              )
              const keyOf = (row: Record<string, unknown>) => keyValues(query, row)
              if (query.measure._tag !== "contributions") {
                rows = counted.map((row) => [keyOf(row), toNumber(row.value), toNumber(row[matchedColumn])])
              } else if (ranked !== undefined) {
                // by person: each group's largest sums, no pseudonym
                rows = counted.map((row) => {
                  const persons = toNumber(row.pctnxh_persons)
                  const largest: Array<number> = []
                  for (let i = 1; i <= Math.min(ranked, persons); i++) largest.push(toNumber(row[contributionColumn(i)]))
                  const group: Summary.Ranked = {
                    persons,
                    nonZero: toNumber(row.pctnxh_nonzero),
                    largest,
                    bound: persons > largest.length ? largest[largest.length - 1]! : null,
                    none: [toNumber(row.pctnxh_none_amount), toNumber(row.pctnxh_none_matched)]
                  }
                  return [keyOf(row), toNumber(row.value), toNumber(row[matchedColumn]), group]
                })
              } else {
                // one row per group and contributor
                const groups = new Map<string, { values: ReadonlyArray<string | null>; matched: number; contributors: Array<Summary.Contributor> }>()
                for (const row of counted) {
                  const values = keyOf(row)
                  const id = JSON.stringify(values)
                  let g = groups.get(id)
                  if (g === undefined) groups.set(id, (g = { values, matched: 0, contributors: [] }))
                  const n = toNumber(row[matchedColumn])
                  g.matched += n
                  g.contributors.push([row.pctnxh_by === null || row.pctnxh_by === undefined ? null : String(row.pctnxh_by), toNumber(row.pctnxh_amount), n])
                }
                const top = query.measure.top
                rows = [...groups.values()].map((g) => [g.values, Summary.contributionsOf(g.contributors, top).value, g.matched, g.contributors])
              }
            }
            const kept = [...refreshed.kept.filter((s) => s.key !== key), { key, kind, generation: 0, identity, rows }]
            const generation = yield* use(operation, (d) => Summary.store(d, dialect, names, state, kept, refreshed.dropped))
            return { rows, kept, generation }
          })
        )
        // remembered once committed
        for (const s of answer.kept) remembered.set(s.key, { generation: answer.generation, rows: s.rows })
        // roll-ups filled for the first time are analyzed, as a grown table is
        if (added) yield* analyze(names.name(rollupTable.name))
        return answer.rows
      })

    /**
     * What `count(recorded)` gives, its statement written for the first and last recorded dates
     * of a query's source where it can use them (see `recordedDates`): counted again without
     * them when one of its rows (`rowsIn`) has a record outside them, written since they were
     * read.
     */
    const countedOver = <A, E, R>(
      query: AggregateQuery.AggregateQuery,
      operation: string,
      count: (recorded: { readonly first: string; readonly last: string } | undefined) => Effect.Effect<A, E, R>,
      rowsIn: (counted: A) => ReadonlyArray<Record<string, unknown>>
    ) =>
      Effect.gen(function* () {
        const statement = recordedDates({ registry, dialect, names, query })
        if (statement === undefined) return yield* count(undefined)
        const row = (yield* use(operation, async (d) => (await statement.execute(d)).rows))[0]
        const recorded = typeof row?.first === "string" && typeof row.last === "string" ? { first: row.first, last: row.last } : undefined
        const counted = yield* count(recorded)
        return recorded !== undefined && outsideRecorded(rowsIn(counted)) ? yield* count(undefined) : counted
      })

    /** The rows themselves, for {@link countedOver}. */
    const asRows = (rows: ReadonlyArray<Record<string, unknown>>) => rows

    /** The level of the unit each `within` filter of a query names, or why the query is refused. */
    const withinLevelsOf = (query: AggregateQuery.AggregateQuery) =>
      Effect.gen(function* () {
        const levels = new Map<AggregateQuery.Filter, AdminUnit.AdminLevel>()
        for (const filter of query.filters) {
          if (filter._tag !== "within") continue
          const target = geography.get(filter.unitId)
          if (Option.isNone(target)) {
            return yield* Effect.fail(
              invalid(query.source, `the unit ${filter.unitId} is not known`, `không có đơn vị hành chính ${filter.unitId}`)
            )
          }
          levels.set(filter, target.value.level)
        }
        return levels as ReadonlyMap<AggregateQuery.Filter, AdminUnit.AdminLevel>
      })

    /**
     * The rows of an aggregate statement over units that roll up by `needed`, with a `within`
     * filter or not, the roll-ups checked and filled as they need.
     */
    const rowsOf = (operation: string, statement: ReturnType<typeof compile>, needed: ReturnType<typeof pairs>, within: boolean) =>
      Effect.gen(function* () {
        // filling roll-ups writes: it waits for other writers like any write
        // what a transaction fills may be rolled back: it is not remembered
        const outside = (yield* FiberRef.get(current)) === undefined
        const remembered = outside ? filled : makeFilled()
        // roll-ups filled for the first time are analyzed, as a grown table is
        const fillNeeded = Effect.tap(retrying(operation, use(operation, (d) => fill(d, dialect, names, geography, needed, remembered))), (added) =>
          added ? analyze(names.name(rollupTable.name)) : Effect.void
        )
        const at = needed.length > 0 && outside ? filledAt(filled, geography, needed) : undefined
        if (at === undefined) {
          if (needed.length > 0) yield* fillNeeded
          return yield* use(operation, async (d) => (await statement.execute(d)).rows)
        }
        // the roll-ups were complete at `at` units: the statement counts the units it sees, and
        // only when it saw more are they rolled up and the statement rerun. Without a row there
        // is no count, but a unit dimension is a left join: no row means no record matched,
        // whatever the roll-ups; only a `within` filter could have lost rows to a missing one
        const seen = yield* use(operation, async (d) => (await counting(statement, names).execute(d)).rows)
        if (seen.length === 0 ? !within : seen.every((r) => Number(r.pctnxh_units) === at)) return seen
        yield* fillNeeded
        return yield* use(operation, async (d) => (await statement.execute(d)).rows)
      })

    /**
     * Answers queries of one `shareKey` class with one statement (conditional aggregation),
     * each with the rows `aggregate` gives it.
     */
    const aggregateShared = (members: ReadonlyArray<AggregateQuery.Checked>) =>
      Effect.gen(function* () {
        const query = members[0]!.query
        const withinLevels = yield* withinLevelsOf(query)
        const operation = `aggregate ${query.source}`
        const needed = pairs(query, withinLevels)
        const key = needed.length > 0 || query.groupBy.some((d) => d._tag === "unit") ? fingerprint(geography) : ""
        const { matched, rows } = yield* countedOver(
          query,
          operation,
          (recorded) => {
            const { matched, statement } = compileMany({ registry, dialect, names, geography: key, withinLevels, members, recorded })
            return Effect.map(rowsOf(operation, statement, needed, withinLevels.size > 0), (rows) => ({ rows, matched }))
          },
          (c) => c.rows
        )
        const dimensionNames = query.groupBy.map(AggregateQuery.dimensionKey)
        const keyed = rows.map((row) => {
          const values = keyValues(query, row)
          return { row, sort: JSON.stringify(values), key: Object.fromEntries(dimensionNames.map((n, i) => [n, values[i]!])) }
        })
        keyed.sort((a, b) => compareKeys(a.sort, b.sort))
        return members.map((_, i): ReadonlyArray<AggregateQuery.Row> =>
          keyed.flatMap(({ key, row }) => (toNumber(row[matched(i)]) === 0 ? [] : [{ key, value: toNumber(row[valueColumn(i)]) }]))
        )
      })

    /** The most queries one shared statement answers (two columns each, at most). */
    const MAX_SHARED = 200

    const aggregateMany = (queries: ReadonlyArray<AggregateQuery.AggregateQuery>, manyOptions: Store.AggregateManyOptions | undefined) =>
      Effect.gen(function* () {
        // every query checked first: one refused fails the call before any statement runs
        const checked: Array<AggregateQuery.Checked> = []
        for (const query of queries) {
          checked.push(yield* AggregateQuery.check(query, registry))
          yield* withinLevelsOf(query)
        }
        const results: Array<ReadonlyArray<AggregateQuery.Row>> = new Array(queries.length)
        const concurrency = Math.max(1, manyOptions?.concurrency ?? 1)
        // with summaries: fresh ones read; stale ones through `aggregate` (the first of a kind
        // brings every summary of that kind up to date, the others then read theirs); queries
        // with none are counted in shared statements below and their summaries made from them
        let counted = queries.map((_, i) => i)
        let summarising = false
        if (options.summaries !== false && (yield* FiberRef.get(current)) === undefined) {
          summarising = true
          const stale: Array<number> = []
          counted = []
          const kept: Array<{ readonly i: number; readonly key: string; readonly identity: string }> = []
          for (const [i, query] of queries.entries()) {
            if (Summary.partitionOf(registry, query) === undefined) {
              counted.push(i)
              continue
            }
            const identity = Summary.identity(registry, query, fingerprint(geography))
            kept.push({ i, key: Summary.keyOf(identity), identity })
          }
          // every summary asked for checked at once
          const sources = [...new Set(kept.map(({ i }) => queries[i]!.source))]
          const fresh = yield* freshSummaries(`aggregate ${sources.join(", ")}`, kept)
          for (const { i, key } of kept) {
            const found = fresh.get(key)!
            if (found.rows !== undefined) results[i] = fromSummary(queries[i]!, found.rows)
            else if (found.exists) stale.push(i)
            else counted.push(i)
          }
          counted.sort((a, b) => a - b)
          // the first stale query of a kind brings every summary of its kind up to date: after
          // each, the stale ones left are checked again at once, and read if up to date now
          const keptOf = new Map(kept.map((k) => [k.i, k]))
          let pending = stale
          while (pending.length > 0) {
            const [first, ...rest] = pending
            results[first!] = yield* aggregate(queries[first!]!)
            if (rest.length === 0) break
            const again = yield* freshSummaries(`aggregate ${sources.join(", ")}`, rest.map((i) => keptOf.get(i)!))
            pending = []
            for (const i of rest) {
              const rows = again.get(keptOf.get(i)!.key)!.rows
              if (rows !== undefined) results[i] = fromSummary(queries[i]!, rows)
              else pending.push(i)
            }
          }
        }
        const classes = new Map<string, Array<number>>()
        const alone: Array<number> = []
        for (const i of counted) {
          const key = shareKey(registry, queries[i]!)
          if (key === undefined) {
            alone.push(i)
            continue
          }
          // summarised queries and the others are counted apart: the first make summaries
          const tagged = `${summarising && Summary.partitionOf(registry, queries[i]!) !== undefined ? "s" : "c"}|${key}`
          const members = classes.get(tagged)
          if (members === undefined) classes.set(tagged, [i])
          else members.push(i)
        }
        const jobs: Array<Effect.Effect<void, CoreError.StoreError | CoreError.InvalidQuery>> = []
        for (const [tagged, members] of classes) {
          for (let start = 0; start < members.length; start += MAX_SHARED) {
            const part = members.slice(start, start + MAX_SHARED)
            if (part.length === 1) alone.push(part[0]!)
            else {
              const shared = tagged.startsWith("s|") ? summarisedShared : aggregateShared
              jobs.push(Effect.map(shared(part.map((i) => checked[i]!)), (answers) => answers.forEach((rows, j) => (results[part[j]!] = rows))))
            }
          }
        }
        for (const i of alone) jobs.push(Effect.map(aggregate(queries[i]!), (rows) => void (results[i] = rows)))
        yield* Effect.all(jobs, { concurrency, discard: true })
        return results as ReadonlyArray<ReadonlyArray<AggregateQuery.Row>>
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
