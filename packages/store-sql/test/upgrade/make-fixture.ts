/**
 * Writes the upgrade fixture of a release: the same synthetic records stored by this release's
 * store on SQLite (a file), PostgreSQL and MariaDB (SQL dumps), and the answers this release
 * gives over them, so that every later release can upgrade the databases and check that nothing
 * was lost and no report changed.
 *
 * Run it once per release whose schema later releases must upgrade from, with the services up:
 *
 * ```sh
 * node --conditions=@pctnxh/source --import tsx packages/store-sql/test/upgrade/make-fixture.ts \
 *   packages/store-sql/test/upgrade/<name>
 * ```
 *
 * It needs `pg_dump` and `mariadb-dump` (or `mysqldump`) on the PATH. The records are
 * synthetic (the testkit's fixtures, scenarios and a seeded random dataset): no real person.
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { AggregateQuery, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { Migrations, SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, type Layer, Schema } from "effect"
import { sql } from "kysely"
import { contents, FIXTURE_SCHEMA, fixtureQueries, fixtureRecords, normalise } from "./records.js"

const out = resolve(process.argv[2] ?? "")
if (process.argv[2] === undefined) throw new Error("usage: make-fixture.ts <directory>")
const PG_URL = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const MYSQL_URL = process.env.PCTNXH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test"


const answers = Effect.gen(function* () {
  const store = yield* Store.Store
  return yield* Effect.forEach(fixtureQueries(vietnam), (query) => Effect.map(store.aggregate(query), normalise))
})

const fill = Effect.gen(function* () {
  const store = yield* Store.Store
  for (const { kind, records } of fixtureRecords(vietnam)) yield* store.put(kind, records)
  return { ...(yield* contents), answers: yield* answers }
})

const run = <A, E>(effect: Effect.Effect<A, E, Store.Store>, layer: Layer.Layer<Store.Store, unknown>) =>
  Effect.runPromise(Effect.provide(effect, layer) as Effect.Effect<A, unknown>)

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const reference = await run(fill, MemoryStore.layer())
const same = (what: string, got: unknown) => {
  if (JSON.stringify(got) !== JSON.stringify(reference)) throw new Error(`${what} does not give the memory store's answers`)
}

// SQLite: one file, written back from its write-ahead log
const file = join(out, "store.db")
{
  const db = SqliteStore.kysely(file)
  try {
    same("SQLite", await run(fill, SqlStore.layer({ db, dialect: "sqlite" })))
    await sql`pragma wal_checkpoint(truncate)`.execute(db)
    await sql`pragma journal_mode = delete`.execute(db)
    await sql`vacuum`.execute(db)
  } finally {
    await db.destroy()
  }
}

// PostgreSQL: a dump of one schema, as INSERT statements (loadable through any client, PGlite too)
{
  const db = PostgresStore.kysely(PG_URL)
  try {
    await sql`drop schema if exists ${sql.id(FIXTURE_SCHEMA)} cascade`.execute(db)
    same("PostgreSQL", await run(fill, SqlStore.layer({ db, dialect: "postgres", schema: FIXTURE_SCHEMA })))
    const dump = execFileSync(
      "pg_dump",
      ["--dbname", PG_URL, "--schema", FIXTURE_SCHEMA, "--inserts", "--no-owner", "--no-privileges", "--no-comments"],
      { encoding: "utf8", maxBuffer: 1 << 28 }
    )
    // psql's \\restrict lines are no SQL: the dump is loaded through a driver
    writeFileSync(join(out, "postgres.sql"), dump.replace(/^\\(un)?restrict .*$/gm, ""))
    await sql`drop schema ${sql.id(FIXTURE_SCHEMA)} cascade`.execute(db)
  } finally {
    await db.destroy()
  }
}

// MariaDB: a dump of one database, without CREATE DATABASE, loaded into a fresh one
{
  const db = MysqlStore.kysely(MYSQL_URL)
  try {
    await sql`drop database if exists ${sql.id(FIXTURE_SCHEMA)}`.execute(db)
    same("MariaDB", await run(fill, SqlStore.layer({ db, dialect: "mysql", schema: FIXTURE_SCHEMA })))
    const url = new URL(MYSQL_URL)
    const dump = execFileSync(
      "mariadb-dump",
      [
        "--host", url.hostname, "--port", url.port || "3306", "--user", decodeURIComponent(url.username || "root"),
        ...(url.password === "" ? [] : [`--password=${decodeURIComponent(url.password)}`]),
        "--skip-dump-date", "--skip-comments", "--skip-extended-insert", "--single-transaction", FIXTURE_SCHEMA
      ],
      { encoding: "utf8", maxBuffer: 1 << 28 }
    )
    writeFileSync(join(out, "mariadb.sql"), dump)
    await sql`drop database ${sql.id(FIXTURE_SCHEMA)}`.execute(db)
  } finally {
    await db.destroy()
  }
}

const expected = {
  migrations: Migrations.all().map(([name]) => name),
  counts: reference.counts,
  digest: reference.digest,
  queries: fixtureQueries(vietnam).map((query, i) => ({
    query: Schema.encodeSync(AggregateQuery.AggregateQuery)(query),
    rows: reference.answers[i]
  }))
}
writeFileSync(join(out, "expected.json"), `${JSON.stringify(expected, null, 1)}\n`)
console.log(`wrote ${out}: ${Object.values(reference.counts).reduce((a, b) => a + b, 0)} records, ${expected.queries.length} queries`)
