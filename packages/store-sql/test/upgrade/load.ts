/**
 * Opens an upgrade fixture on a database of the test matrix: a copy of the SQLite file, or the
 * PostgreSQL / MariaDB dump loaded into a fresh schema or database.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { sql } from "kysely"
import type { Connection, TestDialect } from "../dialects.js"
import { FIXTURE_SCHEMA } from "./records.js"

/** The statements of a dump (one per line-ending `;`), without those that only set the session up. */
const statements = (dump: string, schema: string): Array<string> =>
  dump
    .replaceAll(FIXTURE_SCHEMA, schema)
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/--[^\n]*|\/\*M![^*]*\*\//g, "").trim() !== "")
    // the dump empties the search path of the session it runs in; a shared session must keep it
    .filter((s) => !s.includes("set_config('search_path'"))

/** The fixture in `dir` on a fresh place of a database. */
export const loadFixture = async (dialect: TestDialect, dir: string): Promise<Connection> => {
  if (dialect.name === "sqlite") {
    const tmp = mkdtempSync(join(tmpdir(), "pctnxh-upgrade-"))
    const file = join(tmp, "store.db")
    copyFileSync(join(dir, "store.db"), file)
    const db = SqliteStore.kysely(file)
    return {
      db,
      schema: undefined,
      file,
      close: async () => {
        await db.destroy()
        rmSync(tmp, { recursive: true, force: true })
      }
    }
  }
  const place = await dialect.connect()
  const schema = place.schema!
  const dump = readFileSync(join(dir, dialect.name === "mysql" ? "mariadb.sql" : "postgres.sql"), "utf8")
  await place.db.connection().execute(async (conn) => {
    if (dialect.name === "mysql") {
      await sql`create database ${sql.id(schema)} character set utf8mb4`.execute(conn)
      await sql`use ${sql.id(schema)}`.execute(conn)
    }
    for (const statement of statements(dump, schema)) await sql.raw(statement).execute(conn)
  })
  return place
}
