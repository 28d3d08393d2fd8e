/**
 * The databases the reliability tests run on — SQLite files, PostgreSQL schemas and MariaDB
 * databases made fresh for each test — the importer process, and a checksum of everything a
 * store holds. A server that cannot be reached fails the run in CI (`CI=true`) and is skipped
 * with a notice elsewhere.
 */
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Store } from "@pctnxh/core"
import { Import, type ImportReport } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect } from "effect"
import { type Kysely, sql } from "kysely"
import { createConnection } from "mysql2"
import pg from "pg"
import { describe, it } from "vitest"

export const PG_URL = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
export const MYSQL_URL = process.env.PCTNXH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test"

/** Whether this is the full run (`PCTNXH_RELIABILITY=full`): more trials, more writers, bigger files. */
export const full = process.env.PCTNXH_RELIABILITY === "full"

export type Name = "sqlite" | "postgres" | "mysql"

/** A fresh place for a store, as a process would be told where it is. */
export interface Place {
  readonly name: Name
  /** The SQLite file, or the server's URL. */
  readonly target: string
  /** The PostgreSQL schema or MariaDB database (made by the store's migrations), or "" for SQLite. */
  readonly schema: string
  readonly dir: string
  /** A connection of the test's own, to look inside. */
  readonly db: Kysely<any>
  readonly close: () => Promise<void>
}

let counter = 0

/** A fresh place on a database. */
export const place = async (name: Name): Promise<Place> => {
  const dir = mkdtempSync(join(tmpdir(), "pctnxh-reliability-"))
  const schema = name === "sqlite" ? "" : `pctnxh_r${process.pid}_${Date.now().toString(36)}_${counter++}`
  const target = name === "sqlite" ? join(dir, "store.db") : name === "postgres" ? PG_URL : MYSQL_URL
  const db = name === "sqlite" ? SqliteStore.kysely(target) : name === "postgres" ? PostgresStore.kysely(target, { max: 2 }) : MysqlStore.kysely(target, { max: 2 })
  return {
    name,
    target,
    schema,
    dir,
    db,
    close: async () => {
      if (name === "postgres") await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db)
      if (name === "mysql") await sql`drop database if exists ${sql.id(schema)}`.execute(db)
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A table of a place, qualified by its schema. */
export const table = (p: Place, name: string) => (p.schema === "" ? sql.id(name) : sql.id(p.schema, name))

const TABLES: ReadonlyArray<readonly [string, string]> = [
  ["pctnxh_service_event", "id"],
  ["pctnxh_unit", "unit_id"],
  ["pctnxh_period", "calendar, grain, id"],
  ["pctnxh_person_link", "kind, record_id, person_id"],
  ["pctnxh_migrations", "name"]
]

/**
 * Every row a store of service events holds — records with all their columns, recorded units,
 * periods, person links, migrations run (without when) — as a count and a checksum per table.
 */
export const state = async (p: Place): Promise<Record<string, { readonly rows: number; readonly sha256: string }>> => {
  const out: Record<string, { rows: number; sha256: string }> = {}
  for (const [name, key] of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${table(p, name)} order by ${sql.raw(key)}`.execute(p.db)
    const hash = createHash("sha256")
    for (const row of rows.rows) {
      const { applied_at: _, ...rest } = row
      hash.update(JSON.stringify(Object.entries(rest).map(([k, v]) => [k, v === null ? null : typeof v === "bigint" ? String(v) : String(v)])))
      hash.update("\n")
    }
    out[name] = { rows: rows.rows.length, sha256: hash.digest("hex") }
  }
  return out
}

/** The ids of the stored events, in order. */
export const storedIds = async (p: Place): Promise<Array<string>> =>
  (await sql<{ id: string }>`select id from ${table(p, "pctnxh_service_event")} order by id`.execute(p.db)).rows.map((r) => String(r.id))

const importer = fileURLToPath(new URL("./importer.ts", import.meta.url))
const holder = fileURLToPath(new URL("./holder.mjs", import.meta.url))
const root = fileURLToPath(new URL("..", import.meta.url))

/** What an importer process said and how it ended. */
export interface Outcome {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly lines: ReadonlyArray<string>
  /** The last JSON line, if it printed one. */
  readonly result: Record<string, unknown> | undefined
  readonly stderr: string
}

/** A running importer process. */
export interface Running {
  readonly pid: number
  /** The lines printed so far. */
  readonly lines: ReadonlyArray<string>
  /** Lets a process started with `waitForGo` begin its import. */
  readonly go: () => void
  /** Resolves when it has printed a line matching. */
  readonly when: (pattern: RegExp) => Promise<void>
  readonly kill: (signal: NodeJS.Signals) => void
  readonly done: Promise<Outcome>
}

/** Starts the importer process (see `importer.ts`) on a place. */
export const run = (args: ReadonlyArray<string>, options: { readonly waitForGo?: boolean } = {}): Running =>
  start(["--conditions=@pctnxh/source", "--import", "tsx", importer, ...args], options.waitForGo === true)

const releaser = fileURLToPath(new URL("./releaser.ts", import.meta.url))

/** Starts the releaser process (see `releaser.ts`) on a place: `count` releases to the donor audience. */
export const runReleaser = (p: Place, count: number): Running =>
  start(["--conditions=@pctnxh/source", "--import", "tsx", releaser, p.name, p.target, p.schema, String(count)])

/** Starts a process that holds SQLite's write lock on a file for `ms` milliseconds. */
export const hold = (file: string, ms: number): Running => start([holder, file, String(ms)])

const start = (args: ReadonlyArray<string>, waitForGo = false): Running => {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ["pipe", "pipe", "pipe"],
    env: waitForGo ? { ...process.env, PCTNXH_GO: "stdin" } : process.env
  })
  const lines: Array<string> = []
  const waiting: Array<{ pattern: RegExp; resolve: () => void }> = []
  let buffer = ""
  let stderr = ""
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk
    let i: number
    while ((i = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, i)
      buffer = buffer.slice(i + 1)
      lines.push(line)
      for (const w of waiting.filter((w) => w.pattern.test(line))) {
        waiting.splice(waiting.indexOf(w), 1)
        w.resolve()
      }
    }
  })
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (stderr += chunk))
  const done = new Promise<Outcome>((resolve) =>
    child.on("close", (code, signal) => {
      const json = [...lines].reverse().find((l) => l.startsWith("{"))
      resolve({ code, signal, lines, result: json === undefined ? undefined : (JSON.parse(json) as Record<string, unknown>), stderr })
    })
  )
  return {
    pid: child.pid!,
    lines,
    go: () => void child.stdin.write("go\n"),
    when: (pattern) =>
      lines.some((l) => pattern.test(l))
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiting.push({ pattern, resolve })
            void done.then(() => reject(new Error(`the importer ended without printing ${pattern}`)))
          }),
    kill: (signal) => void child.kill(signal),
    done
  }
}

/** The arguments that import a CSV into a place. */
export const importArgs = (p: Place, csv: string, batch: number, busyTimeout?: number, commitRows?: number): Array<string> => [
  p.name,
  p.target,
  p.schema,
  csv,
  String(batch),
  ...(busyTimeout === undefined && commitRows === undefined ? [] : [busyTimeout === undefined ? "" : String(busyTimeout)]),
  ...(commitRows === undefined ? [] : [String(commitRows)])
]

const reachable = async (name: Name): Promise<string | undefined> => {
  if (name === "sqlite") return undefined
  const check =
    name === "postgres"
      ? async () => {
          const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 4000 })
          await client.connect()
          await client.end()
        }
      : () =>
          new Promise<void>((resolve, reject) => {
            const c = createConnection({ uri: MYSQL_URL, connectTimeout: 4000 })
            c.query("select 1", (error) => {
              c.end()
              if (error) reject(error)
              else resolve()
            })
            c.on("error", reject)
          })
  try {
    await check()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Registers tests for each database that answers (failing in CI for one that does not). */
export const forEach = async (title: string, names: ReadonlyArray<Name>, register: (name: Name) => void): Promise<void> => {
  for (const name of names) {
    const unavailable = await reachable(name)
    if (unavailable === undefined) describe(`${title} on ${name}`, () => register(name))
    else if (process.env.CI === "true") {
      describe(`${title} on ${name}`, () => {
        it(`${name} is reachable`, () => {
          throw new Error(`${name} cannot be reached: ${unavailable}`)
        })
      })
    } else {
      console.warn(`\n⚠ ${title}: ${name} skipped, the database cannot be reached (${unavailable}). In CI this fails.\n`)
    }
  }
}

/**
 * Imports a CSV into a place in this process, through the same library calls as the importer
 * process: the clean import the crashed ones are compared with, or a re-run.
 */
export const importHere = async (p: Place, csv: string, batch: number): Promise<ImportReport.ImportReport> => {
  const db = p.name === "sqlite" ? SqliteStore.kysely(p.target) : p.name === "postgres" ? PostgresStore.kysely(p.target, { max: 2 }) : MysqlStore.kysely(p.target, { max: 2 })
  try {
    return await Effect.runPromise(
      Effect.flatMap(SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema }), (store) =>
        Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), batchSize: batch, today: "2026-01-01" }).pipe(
          Effect.provideService(Store.Store, store)
        )
      )
    )
  } finally {
    await db.destroy()
  }
}
