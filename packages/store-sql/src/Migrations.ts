/**
 * The schema of the SQL store as code: migration records, run forward only, each recorded in
 * `pctnxh_migrations` when it has run. Being code, not files, they run anywhere the store runs —
 * in a browser on PGlite too.
 *
 * {@link run} is safe to call twice and from two processes at once: it takes a lock first
 * (`pg_advisory_lock` on PostgreSQL and PGlite, `GET_LOCK` on MySQL/MariaDB; on SQLite every
 * migration runs in `BEGIN IMMEDIATE`, which holds the file's write lock), then runs only the
 * records not yet recorded.
 *
 * A stored kind that no record gives a table (a kind another package adds to
 * `Entity.schemas`) gets one from a record made for it, `kind_<kind>`, with the id and the
 * encoded record only: it can be put, read, listed, counted, and nothing more is needed.
 *
 * @since 0.1.0
 */
import type { CoreError } from "@pctnxh/core"
import { Entity } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type { Kysely } from "kysely"
import { sql } from "kysely"
import { dialects, type Facts, type Name } from "./internal/dialect.js"
import { storeError } from "./internal/errors.js"
import { indexName, names } from "./internal/names.js"
import * as Tables from "./internal/tables.js"

/**
 * A table for {@link Context.createTable}: its columns, primary key and indexes.
 *
 * @since 0.1.0
 */
export type Table = Tables.Table

/**
 * What a migration record receives.
 *
 * @since 0.1.0
 */
export interface Context {
  /**
   * The connection the migration runs on; on SQLite and PostgreSQL it is inside the
   * migration's own transaction, so a failed migration leaves nothing behind (MySQL commits
   * each DDL statement by itself).
   */
  readonly db: Kysely<any>
  /** The dialect, for the rare statement that differs. */
  readonly dialect: Name
  /** A table's name in the store's schema, for the query builder (`schema.table` or `table`). */
  readonly table: (name: string) => string
  /** Creates a table with its primary key and indexes, unless it exists. */
  readonly createTable: (table: Table) => Promise<void>
  /** Creates an index on columns of a table, unless it exists. */
  readonly createIndex: (table: string, columns: ReadonlyArray<string>) => Promise<void>
}

/**
 * A migration record: forward only.
 *
 * @since 0.1.0
 */
export type Migration = (context: Context) => Promise<void>

const ER_DUP_KEYNAME = 1061

const context = (db: Kysely<any>, dialect: Name, schema: string | undefined, facts: Facts): Context => {
  const d = dialects[dialect]
  const n = names(schema)
  const createIndex = async (table: string, columns: ReadonlyArray<string>) => {
    const builder = db.schema
      .createIndex(indexName(table, columns, d.maxIdentifier))
      .on(n.name(table))
      .columns(columns as Array<string>)
    if (d.indexIfNotExists) {
      await builder.ifNotExists().execute()
      return
    }
    try {
      await builder.execute()
    } catch (error) {
      if ((error as { errno?: unknown }).errno !== ER_DUP_KEYNAME) throw error
    }
  }
  const createTable = async (table: Table) => {
    let builder = db.schema.createTable(n.name(table.name)).ifNotExists()
    for (const column of table.columns) {
      builder = builder.addColumn(column.name, d.type(column.type), (c) => (column.nullable === true ? c : c.notNull()))
    }
    builder = builder.addPrimaryKeyConstraint(indexName(table.name, [], d.maxIdentifier, "pkey"), table.primaryKey as Array<never>)
    await d.table(builder, facts).execute()
    for (const index of table.indexes) await createIndex(table.name, index)
  }
  return { db, dialect, table: n.name, createTable, createIndex }
}

/**
 * The migration records of the store, by name; they run in name order.
 *
 * - `0001_tables`: the lookup tables (periods, units, unit roll-ups, person links) and one
 *   table per stored kind, with the columns aggregates filter, group and sum on, indexes on
 *   them and on the person pseudonym, money as `BIGINT`.
 *
 * @since 0.1.0
 */
export const migrations: Readonly<Record<string, Migration>> = {
  "0001_tables": async (ctx) => {
    for (const table of Tables.lookupTables) await ctx.createTable(table)
    for (const kind of Object.keys(Tables.layouts)) await ctx.createTable(Tables.table(kind))
  }
}

/**
 * The record that gives a kind without a layout of its own its table: the id and the encoded
 * record.
 *
 * @since 0.1.0
 */
export const forKind = (kind: string): Migration => (ctx) => ctx.createTable(Tables.table(kind))

/**
 * Every record to run, in order: {@link migrations} by name, then `kind_<kind>` for every kind
 * of `Entity.kinds` that has no layout in them.
 *
 * @since 0.1.0
 */
export const all = (): ReadonlyArray<readonly [string, Migration]> => [
  ...Object.keys(migrations)
    .sort()
    .map((name) => [name, migrations[name]!] as const),
  ...Entity.kinds.filter((kind) => !Object.hasOwn(Tables.layouts, kind)).map((kind) => [`kind_${kind}`, forKind(kind)] as const)
]

/**
 * Options of {@link run}.
 *
 * @since 0.1.0
 */
export interface RunOptions {
  readonly db: Kysely<any>
  readonly dialect: Name
  /** The PostgreSQL schema or MySQL database of the store (created if missing). */
  readonly schema?: string | undefined
  /** The records to run; {@link all} by default. */
  readonly migrations?: ReadonlyArray<readonly [string, Migration]>
}

const tolerate = async (work: Promise<unknown>, dialect: Name): Promise<void> => {
  try {
    await work
  } catch (error) {
    // two processes creating the same schema or table at once: the other one won
    if (dialects[dialect].classify(error) !== "constraint" && !/already exists/i.test(String((error as Error).message))) throw error
  }
}

/**
 * Runs the records not yet recorded, each in its own transaction where the database allows,
 * and returns the names of those it ran.
 *
 * @example
 * ```ts
 * import { Migrations } from "@pctnxh/store-sql"
 * // in a deploy step, before the application starts with `migrate: false`
 * const applied = Migrations.run({ db, dialect: "postgres" })
 * ```
 * @since 0.1.0
 */
export const run = (options: RunOptions): Effect.Effect<ReadonlyArray<string>, CoreError.StoreError> => {
  const d = dialects[options.dialect]
  const list = options.migrations ?? all()
  const n = names(options.schema)
  const lockName = `migrations:${options.schema ?? ""}`
  return Effect.tryPromise({
    try: () =>
      options.db.connection().execute(async (conn) => {
        await d.lock(conn, lockName)
        try {
          const create = options.schema === undefined ? undefined : d.createSchema(options.schema)
          if (create !== undefined) {
            // an existing schema needs no right to create one
            const found = await sql`select 1 as found from information_schema.schemata where schema_name = ${options.schema}`.execute(conn)
            if (found.rows.length === 0) await tolerate(create.execute(conn), options.dialect)
          }
          const facts = await d.facts(conn)
          const ctx = context(conn, options.dialect, options.schema, facts)
          await tolerate(ctx.createTable(Tables.migrationsTable), options.dialect)
          const recorded = async () =>
            new Set(
              (await conn.selectFrom(n.name(Tables.migrationsTable.name)).select("name").execute()).map((r) => String(r.name))
            )
          const done = await recorded()
          const applied: Array<string> = []
          for (const [name, up] of list) {
            if (done.has(name)) continue
            if (d.beginMigration !== undefined) await d.beginMigration.execute(conn)
            try {
              // under SQLite's write lock, another process may have run it since we looked
              if (d.beginMigration === undefined || !(await recorded()).has(name)) {
                await up(ctx)
                await conn
                  .insertInto(n.name(Tables.migrationsTable.name))
                  .values({ name, applied_at: new Date().toISOString() })
                  .execute()
                applied.push(name)
              }
              if (d.beginMigration !== undefined) await sql`commit`.execute(conn)
            } catch (error) {
              if (d.beginMigration !== undefined) await sql`rollback`.execute(conn).catch(() => undefined)
              throw error
            }
          }
          return applied
        } finally {
          await d.unlock(conn, lockName).catch(() => undefined)
        }
      }),
    catch: storeError(d, "migrate")
  })
}
