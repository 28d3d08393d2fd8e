/**
 * Faults: the database going away in the middle of an import (PostgreSQL's backend terminated,
 * MariaDB's connection killed), a SQLite file or folder that cannot be written, a full
 * database — each fails with a typed error in plain words, leaves whole batches only, and the
 * next run resumes to exactly a clean import. And a file with a NUL byte has the same outcome
 * on every database.
 */
import { execFileSync } from "node:child_process"
import { CoreError, Store } from "@pctnxh/core"
import { Import, ImportReport, IoError, Source } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, Exit } from "effect"
import { type Kysely, sql } from "kysely"
import { expect, it } from "vitest"
import { eventsCsv, writeEvents } from "./files.js"
import { forEach, importHere, MYSQL_URL, type Name, PG_URL, type Place, place, state, storedIds, table } from "./databases.js"

const ROWS = 1_000
const BATCH = 100

/** Imports a CSV into a place through a Kysely instance of the test's choosing; the exit. */
const importWith = (db: Kysely<any>, p: Place, csv: string, onBatch: (batches: number) => void = () => undefined, commitRows?: number) =>
  Effect.runPromiseExit(
    Effect.flatMap(SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema }), (store) =>
      Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), batchSize: BATCH, commitRows, today: "2026-01-01", onProgress: (x) => onBatch(x.committed) }).pipe(
        Effect.provideService(Store.Store, store)
      )
    )
  )

const aborted = (exit: Exit.Exit<unknown, unknown>): IoError.ImportAborted | CoreError.StoreError => {
  expect(Exit.isFailure(exit)).toBe(true)
  const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
  expect(error instanceof IoError.ImportAborted || error instanceof CoreError.StoreError, String(error)).toBe(true)
  return error as IoError.ImportAborted | CoreError.StoreError
}

/** The clean import every faulty one must end equal to, once re-run. */
const cleanState = async (name: Name) => {
  const clean = await place(name)
  try {
    expect((await importHere(clean, writeEvents(clean.dir, "events.csv", 0, ROWS), BATCH)).inserted).toBe(ROWS)
    return await state(clean)
  } finally {
    await clean.close()
  }
}

const expectResumes = async (p: Place, csv: string, storedBefore: number, clean: Awaited<ReturnType<typeof cleanState>>) => {
  const again = await importHere(p, csv, BATCH)
  expect([again.inserted, again.unchanged, again.updated]).toEqual([ROWS - storedBefore, storedBefore, 0])
  expect(await state(p)).toEqual(clean)
}

const wait = async (find: () => Promise<number | undefined>): Promise<number> => {
  for (let i = 0; i < 600; i++) {
    const found = await find()
    if (found !== undefined) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error("the import never waited on the held row")
}

await forEach("The database goes away mid-import", ["postgres", "mysql"], (name) => {
  it("a connection cut inside a batch is a connection error naming the batch's row; whole batches stay; the next run resumes", { timeout: 180_000 }, async () => {
    const clean = await cleanState(name)
    const p = await place(name)
    const appName = `pctnxh-fault-${process.pid}-${Date.now()}`
    const db = name === "postgres" ? PostgresStore.kysely(`${PG_URL}${PG_URL.includes("?") ? "&" : "?"}application_name=${appName}`, { max: 2 }) : MysqlStore.kysely(MYSQL_URL, { max: 2 })
    try {
      const csv = writeEvents(p.dir, "events.csv", 0, ROWS)
      await Effect.runPromise(SqlStore.make({ db: p.db, dialect: name, schema: p.schema }))
      // another session holds a row of the third batch, uncommitted: the import's insert waits on it
      await p.db.connection().execute(async (holder) => {
        await sql`begin`.execute(holder)
        await sql`insert into ${table(p, "pctnxh_service_event")} (id, data, model_id, unit_id, date, service, channel, sex, age_band, residence, population)
          values ('ev-0000250', '{}', 'x', 'x', '2019-01-01', 'x', 'x', 'x', 'x', 'x', 'x')`.execute(holder)
        let secondBatch!: () => void
        const stored = new Promise<void>((resolve) => (secondBatch = resolve))
        // two batches per commit: the first two are committed together, the third waits in the next transaction
        const running = importWith(db, p, csv, (batches) => batches === 2 && secondBatch(), 2 * BATCH)
        await stored
        // then the import's connection is cut, as a server restart or a network failure would
        const victim = await wait(async () => {
          if (name === "postgres") {
            const r = await sql<{ pid: number }>`select pid from pg_stat_activity where application_name = ${appName} and wait_event_type = 'Lock'`.execute(holder)
            return r.rows[0]?.pid
          }
          const r = await sql<{ id: number }>`select id from information_schema.processlist
            where id <> connection_id() and info like ${`%\`${p.schema}\`.\`pctnxh_service_event\`%`}`.execute(holder)
          return r.rows[0]?.id
        })
        if (name === "postgres") await sql`select pg_terminate_backend(${victim})`.execute(holder)
        else await sql`kill ${sql.raw(String(Number(victim)))}`.execute(holder)
        const error = aborted(await running)
        await sql`rollback`.execute(holder)
        expect(error).toBeInstanceOf(IoError.ImportAborted)
        const importError = error as IoError.ImportAborted
        expect(importError.cause).toMatchObject({ problem: "connection" })
        expect(importError.row).toBe(202)
        expect(importError.message).toContain("the database cannot be reached, or the connection was lost")
        expect(importError.message).toContain("2 batches (200 records, up to row 201) were stored before; the batch in progress was rolled back")
        expect(importError.report.batches.map((b) => b.status)).toEqual(["stored", "stored", "rolledBack"])
      })
      expect((await storedIds(p)).length).toBe(200)
      await expectResumes(p, csv, 200, clean)
    } finally {
      await db.destroy()
      await p.close()
    }
  })
})

const chattr = (flag: "+i" | "-i", paths: ReadonlyArray<string>) => execFileSync("chattr", [flag, ...paths])

await forEach("A SQLite database that cannot be written", ["sqlite"], () => {
  for (const [what, folder, words, problem] of [
    ["a read-only file", false, /the database cannot be written: its file, its folder or the account is read-only/, "readOnly"],
    ["a read-only file in a read-only folder", true, /the database file cannot be opened: its folder does not exist, or the file or its folder may not be read or written/, "connection"]
  ] as const) {
    it(`${what} gives an error in plain words; nothing changes; the next run resumes`, { timeout: 120_000 }, async () => {
      const clean = await cleanState("sqlite")
      const p = await place("sqlite")
      const csv = writeEvents(p.dir, "events.csv", 0, ROWS)
      expect((await importHere(p, writeEvents(p.dir, "first.csv", 0, 300), BATCH)).inserted).toBe(300)
      await p.db.destroy()
      // as a copy on read-only media, or a folder the officer may not write to: even root cannot write
      const locked = [`${p.dir}/store.db`, ...(folder ? [p.dir] : [])]
      chattr("+i", locked)
      try {
        const exit = await Effect.runPromiseExit(
          Effect.provide(
            Effect.flatMap(Store.Store, (store) =>
              Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), batchSize: BATCH, today: "2026-01-01" }).pipe(
                Effect.provideService(Store.Store, store)
              )
            ),
            SqliteStore.layer(p.target)
          )
        )
        const error = aborted(exit)
        const store = error instanceof IoError.ImportAborted ? (error.cause as CoreError.StoreError) : error
        expect(store.problem).toBe(problem)
        expect(error.message).toMatch(words)
        expect(error.message).not.toMatch(/refused/)
      } finally {
        chattr("-i", locked.reverse())
      }
      const db = SqliteStore.kysely(p.target)
      const reopened = { ...p, db }
      try {
        expect((await storedIds(reopened)).length).toBe(300)
        await expectResumes(reopened, csv, 300, clean)
      } finally {
        await db.destroy()
        await p.close().catch(() => undefined)
      }
    })
  }

  it("a full database gives a full-disk error in plain words, whole batches stay, and the next run resumes", { timeout: 120_000 }, async () => {
    const clean = await cleanState("sqlite")
    const p = await place("sqlite")
    try {
      const csv = writeEvents(p.dir, "events.csv", 0, ROWS)
      await Effect.runPromise(SqlStore.make({ db: p.db, dialect: "sqlite" }))
      const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(p.db)).rows[0]!.page_count)
      // the disk fills up a few batches in
      const db = SqliteStore.kysely(p.target)
      await sql.raw(`pragma max_page_count = ${pages + 40}`).execute(db)
      const error = aborted(await importWith(db, p, csv))
      await db.destroy()
      expect(error).toBeInstanceOf(IoError.ImportAborted)
      expect((error as IoError.ImportAborted).cause).toMatchObject({ problem: "full" })
      expect(error.message).toContain("the disk or the database is full")
      const stored = (await storedIds(p)).length
      expect(stored % BATCH).toBe(0)
      expect(stored).toBeLessThan(ROWS)
      await expectResumes(p, csv, stored, clean)
    } finally {
      await p.close()
    }
  })
})

await forEach("A NUL byte in a file", ["sqlite", "postgres", "mysql"], (name) => {
  it("has the same outcome on every database: its row is rejected naming the column, the others are stored", async () => {
    const p = await place(name)
    const db = name === "sqlite" ? SqliteStore.kysely(p.target) : name === "postgres" ? PostgresStore.kysely(PG_URL) : MysqlStore.kysely(MYSQL_URL)
    try {
      const text = eventsCsv(0, 5).replace("HP-2", "HP\u00002")
      const exit = await Effect.runPromiseExit(
        Effect.flatMap(SqlStore.make({ db, dialect: name, schema: p.schema === "" ? undefined : p.schema }), (store) =>
          Import.run({ kind: "serviceEvent", source: Source.make("nul.csv", new TextEncoder().encode(text)), today: "2026-01-01" }).pipe(
            Effect.provideService(Store.Store, store)
          )
        )
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      const report = (exit as Exit.Success<ImportReport.ImportReport, never>).value
      expect([report.inserted, report.rejected]).toEqual([4, 1])
      expect(report.rejections).toEqual([
        {
          file: "nul.csv",
          row: 3,
          problems: [
            {
              column: { index: 3, letter: "D", header: "Mã mô hình" },
              field: "modelId",
              reason: expect.objectContaining({ en: "contains a NUL character (U+0000), which databases do not store alike; remove it" })
            }
          ]
        }
      ])
      expect(ImportReport.explainRow(report.rejections[0]!, "en")).not.toContain("\u0000")
      expect(await storedIds(p)).toEqual(["ev-0000000", "ev-0000002", "ev-0000003", "ev-0000004"])
    } finally {
      await db.destroy()
      await p.close()
    }
  })
})
