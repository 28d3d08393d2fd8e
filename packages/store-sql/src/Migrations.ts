/**
 * The schema of the SQL store as code: migration records, run forward only, in order, each
 * recorded in `pctnxh_migrations` when it has run. Being code, not files, they run anywhere the
 * store runs — in a browser on PGlite too.
 *
 * **Frozen.** A record never changes once released: it is written out literally (tables,
 * columns, indexes), never generated from the registry or the layout the store uses today, so
 * a database made by any release gets exactly what every other database got. A change to the
 * schema — a field added to the registry, a new stored kind — is a new record at the end of
 * {@link migrations}; a test replays the records on every database and checks that they make
 * the layout the store derives from the registry, table by table, column by column.
 *
 * {@link run} is safe to call twice and from two processes at once: it takes a lock first
 * (`pg_advisory_lock` on PostgreSQL and PGlite, `GET_LOCK` on MySQL/MariaDB; on SQLite every
 * migration runs in `BEGIN IMMEDIATE`, which holds the file's write lock), then runs only the
 * records not yet recorded.
 *
 * @since 0.1.0
 */
import { type CoreError, Registry } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type { Kysely } from "kysely"
import { sql } from "kysely"
import { dialects, type Facts, type Name } from "./internal/dialect.js"
import { retryWhileBusy, storeError } from "./internal/errors.js"
import { indexName, names } from "./internal/names.js"
import * as Frozen from "./internal/migrations.js"
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
  /**
   * Adds a column to a table, unless it exists. A column added to a table that may hold rows
   * is nullable: fill it with {@link Context.fill}.
   */
  readonly addColumn: (table: string, column: { readonly name: string; readonly type: Tables.Column["type"] }) => Promise<void>
  /**
   * Sets columns of every row of a kind's table from its stored record (`data`, parsed from
   * JSON), a page at a time. The function is part of the frozen record: it reads the JSON as
   * that release wrote it.
   */
  readonly fill: (table: string, compute: (data: any) => Readonly<Record<string, string | number | null>>) => Promise<void>
}

/**
 * A migration record: forward only.
 *
 * @since 0.1.0
 */
export type Migration = (context: Context) => Promise<void>

const ER_DUP_KEYNAME = 1061
const ER_DUP_FIELDNAME = 1060
const FILL_PAGE = 500

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
  const addColumn = async (table: string, column: { readonly name: string; readonly type: Tables.Column["type"] }) => {
    try {
      await db.schema.alterTable(n.name(table)).addColumn(column.name, d.type(column.type)).execute()
    } catch (error) {
      // MySQL commits DDL by itself: a migration run again after a crash finds the column
      if ((error as { errno?: unknown }).errno !== ER_DUP_FIELDNAME) throw error
    }
  }
  const fill = async (table: string, compute: (data: any) => Readonly<Record<string, string | number | null>>) => {
    let after: string | undefined
    for (;;) {
      let page = db.selectFrom(n.name(table)).select(["id", "data"]).orderBy("id").limit(FILL_PAGE)
      if (after !== undefined) page = page.where("id", ">", after)
      const rows = await page.execute()
      for (const row of rows) {
        await db
          .updateTable(n.name(table))
          .set({ ...compute(JSON.parse(String(row.data))) })
          .where("id", "=", row.id)
          .execute()
      }
      if (rows.length < FILL_PAGE) return
      after = String(rows[rows.length - 1]!.id)
    }
  }
  return { db, dialect, table: n.name, createTable, createIndex, addColumn, fill }
}

/**
 * Every migration record of the store, in the order they run. Append, never edit.
 *
 * - `0001_tables`: the lookup tables (periods, units, unit roll-ups, person links) and one
 *   table per stored kind of the first release, with the columns aggregates filter, group and
 *   sum on, indexes on them and on the person pseudonym, money as `BIGINT`;
 * - `kind_vaultEntry`, `kind_auditEntry`, `kind_incident`, `kind_disclosureRelease`: the
 *   tables of the kinds privacy keeps (the id and the encoded record);
 * - `0002_find_keys`: the fields `Store.find` asks for that had no column — a vault entry's
 *   person, an incident's notification time — added, filled from the stored records, indexed;
 * - `0003_disclosure_budget`: a release's audience as a column of the release ledger (added,
 *   filled, indexed, so the ledger reads one audience's releases by `Store.find`), and the
 *   table of privacy spends (`pctnxh_privacy_spend`, indexed by audience);
 * - `0004_summaries`: the tables of the maintained summaries — their state (one row, made
 *   here), the summaries and the change log writers keep while summaries are kept.
 *
 * @since 0.1.0
 */
export const migrations: ReadonlyArray<readonly [string, Migration]> = Frozen.migrations

/**
 * Every record to run, in order: {@link migrations}.
 *
 * @since 0.1.0
 */
export const all = (): ReadonlyArray<readonly [string, Migration]> => migrations

/**
 * The tables the store expects — every column and index — derived from a registry (the
 * shipped one by default). The {@link migrations} must make exactly these: the package's tests
 * replay them on every database and compare. With a registry of your own (a field added to a
 * kind), append a record that makes the difference.
 *
 * @since 0.1.0
 */
export const layout = (registry: Registry.Registry = Registry.registry): ReadonlyArray<Table> => Tables.layout(registry).tables

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
  readonly migrations?: ReadonlyArray<readonly [string, Migration]> | undefined
  /** How long, in milliseconds, to wait for other writers (SQLite's write lock) before failing (30,000). */
  readonly busyTimeout?: number | undefined
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
  return retryWhileBusy("migrate", Math.max(0, options.busyTimeout ?? 30_000), Effect.tryPromise({
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
  }))
}
