/**
 * The SQLite store through better-sqlite3 writes a batch's new records with a prepared
 * single-row `INSERT` run once per record: what it stores is what the multi-row `INSERT`s
 * store, a refused record is still named and nothing of its batch stays, and two stores on one
 * file count each record once.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CoreError, Entity } from "@pctnxh/core"
import { SqlStore } from "@pctnxh/store-sql"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import Database from "better-sqlite3"
import { Effect, Exit } from "effect"
import { Kysely, SqliteDialect, sql } from "kysely"
import { afterAll, describe, expect, it } from "vitest"
import { events, newAndChanged, spy } from "./copied.js"

const dir = mkdtempSync(join(tmpdir(), "pctnxh-insert-"))
const opened: Array<Kysely<any>> = []
let counter = 0

afterAll(async () => {
  for (const db of opened) await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * A Kysely instance on a fresh file (or `file`): `SqliteStore.kysely` (with its inserter) or a
 * plain one. Two stores of one process on one file wait for each other's lock without letting
 * the other go on (better-sqlite3 waits synchronously), so a statement waits only briefly and
 * the store's retries do the rest.
 */
const place = (withInserter: boolean, file = join(dir, `store-${counter++}.db`)) => {
  const db = withInserter ? SqliteStore.kysely(file, { timeout: 20 }) : new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) })
  opened.push(db)
  return { db, file }
}

const store = (db: Kysely<any>) => Effect.runPromise(SqlStore.make({ db, dialect: "sqlite" }))
const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

const rows = async (db: Kysely<any>) => (await sql`select * from pctnxh_service_event order by id`.execute(db)).rows

describe("SQLite store: new records through a prepared single-row INSERT", () => {
  it("stores what multi-row INSERTs store, awkward texts, nulls and large amounts included; a second put writes nothing", async () => {
    const inserting = place(true)
    const plain = place(false)
    const calls = spy(inserting.db)
    const batch = events(1_200)
    const a = await store(inserting.db)
    const b = await store(plain.db)
    expect(await run(a.put("serviceEvent", batch))).toEqual({ inserted: 1_200, updated: 0, unchanged: 0 })
    expect(await run(b.put("serviceEvent", batch))).toEqual({ inserted: 1_200, updated: 0, unchanged: 0 })
    expect(calls).toEqual([1_200])
    const stored = await rows(inserting.db)
    expect(stored).toHaveLength(1_200)
    expect(stored).toEqual(await rows(plain.db))
    for (const e of batch.filter((_, i) => i % 50 === 0)) expect(await run(a.get("serviceEvent", e.id))).toMatchObject({ value: e })
    // again: nothing new, so nothing inserted
    expect(await run(a.put("serviceEvent", batch))).toEqual({ inserted: 0, updated: 0, unchanged: 1_200 })
    expect(calls).toEqual([1_200])
  })

  it("a batch with new and changed records inserts the new ones and updates the others", async () => {
    const { db } = place(true)
    const calls = spy(db)
    await newAndChanged(await store(db), calls)
  })

  it("a record the database refuses is named by its position in the batch, and nothing of the batch stays", async () => {
    const { db } = place(true)
    const calls = spy(db)
    const s = await store(db)
    await sql`create trigger no_model_x before insert on pctnxh_service_event when new.model_id = 'model-x'
      begin select raise(abort, 'CHECK constraint failed: no_model_x'); end`.execute(db)
    await run(s.put("serviceEvent", events(150, "kept")))
    const batch = events(400).map((e, i) => (i === 237 ? new Entity.schemas.serviceEvent({ ...e, modelId: "model-x" as typeof e.modelId }) : e))
    const exit = await Effect.runPromiseExit(s.transaction(s.put("serviceEvent", batch)))
    const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
    expect(error).toBeInstanceOf(CoreError.StoreError)
    expect(error).toMatchObject({ operation: "put serviceEvent", record: 237 })
    expect(calls).toEqual([150, 400])
    // the batch before stays whole, nothing of this one
    expect(await run(s.count("serviceEvent"))).toBe(150)
    // without the refused record, the rest goes in
    expect((await run(s.put("serviceEvent", batch.filter((_, i) => i !== 237)))).inserted).toBe(399)
    expect(await run(s.count("serviceEvent"))).toBe(549)
  })

  it("a database that fills up part-way through a batch fails as full, and nothing of the batch stays", async () => {
    const { db } = place(true)
    const calls = spy(db)
    const s = await store(db)
    await run(s.put("serviceEvent", events(150, "kept")))
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!.page_count)
    await sql.raw(`pragma max_page_count = ${pages + 5}`).execute(db)
    const exit = await Effect.runPromiseExit(s.transaction(s.put("serviceEvent", events(3_000))))
    const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
    expect(error).toBeInstanceOf(CoreError.StoreError)
    expect(error).toMatchObject({ operation: "put serviceEvent", problem: "full" })
    expect(calls).toEqual([150, 3_000])
    expect(await run(s.count("serviceEvent"))).toBe(150)
  })

  it("two stores on one file that put overlapping batches at once store every record once and count it new once", async () => {
    const first = place(true)
    const second = place(true, first.file)
    const stores = [await store(first.db), await store(second.db)]
    const all = events(1_200)
    const summaries = await Promise.all(stores.map((s, k) => run(s.transaction(s.put("serviceEvent", all.slice(k * 400, k * 400 + 800))))))
    expect(summaries.reduce((n, x) => n + x.inserted, 0)).toBe(1_200)
    expect(summaries.reduce((n, x) => n + x.inserted + x.unchanged + x.updated, 0)).toBe(1_600)
    expect(await rows(first.db)).toHaveLength(1_200)
  })
})
