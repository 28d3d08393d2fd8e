/**
 * The PostgreSQL store through `pg` writes a batch's new records with `COPY … FROM STDIN`:
 * what it stores is what the multi-row `INSERT`s store, a refused record is still named, and
 * writers that meet on the same ids still count each record once.
 */
import { CoreError, Entity, type Store } from "@pctnxh/core"
import { SqlStore } from "@pctnxh/store-sql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { Effect, Exit } from "effect"
import { Kysely, PostgresDialect, sql } from "kysely"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { events, newAndChanged, spy } from "./copied.js"
import { PG_URL } from "./dialects.js"

const reachable = await (async () => {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 4000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    if (process.env.CI === "true") throw new Error(`PostgreSQL is not reachable at ${PG_URL}`)
    return false
  }
})()

const opened: Array<{ readonly db: Kysely<any>; readonly schema: string }> = []
let counter = 0

/** A fresh schema, and a Kysely instance on it: `PostgresStore.kysely` (with COPY) or a plain one. */
const place = (withCopy: boolean, schema = `pctnxh_copy${process.pid}_${Date.now().toString(36)}_${counter++}`) => {
  const db = withCopy ? PostgresStore.kysely(PG_URL, { max: 3 }) : new Kysely<any>({ dialect: new PostgresDialect({ pool: PostgresStore.pool(PG_URL, { max: 3 }) }) })
  opened.push({ db, schema })
  return { db, schema }
}

afterAll(async () => {
  for (const { db, schema } of opened) {
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db).catch(() => undefined)
    await db.destroy()
  }
})

const store = (db: Kysely<any>, schema: string) => Effect.runPromise(SqlStore.make({ db, dialect: "postgres", schema }))
const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

const rows = async (db: Kysely<any>, schema: string) =>
  (await sql`select * from ${sql.id(schema, "pctnxh_service_event")} order by id`.execute(db)).rows

describe.skipIf(!reachable)("PostgreSQL store: COPY of new records", () => {
  it("stores what multi-row INSERTs store, awkward texts and nulls included; a second put writes nothing", async () => {
    const copying = place(true)
    const inserting = place(false)
    const calls = spy(copying.db)
    const batch = events(1_200)
    const a = await store(copying.db, copying.schema)
    const b = await store(inserting.db, inserting.schema)
    expect(await run(a.put("serviceEvent", batch))).toEqual({ inserted: 1_200, updated: 0, unchanged: 0 })
    expect(await run(b.put("serviceEvent", batch))).toEqual({ inserted: 1_200, updated: 0, unchanged: 0 })
    expect(calls).toEqual([1_200])
    expect(await rows(copying.db, copying.schema)).toEqual(await rows(inserting.db, inserting.schema))
    for (const e of batch.filter((_, i) => i % 50 === 0)) expect(await run(a.get("serviceEvent", e.id))).toMatchObject({ value: e })
    // again: nothing new, so nothing copied
    expect(await run(a.put("serviceEvent", batch))).toEqual({ inserted: 0, updated: 0, unchanged: 1_200 })
    expect(calls).toEqual([1_200])
  })

  it("a batch with new and changed records copies the new ones and updates the others", async () => {
    const { db, schema } = place(true)
    const calls = spy(db)
    await newAndChanged(await store(db, schema), calls)
  })

  it("a record the database refuses is named by its position in the batch, and nothing of the batch stays", async () => {
    const { db, schema } = place(true)
    const calls = spy(db)
    const s = await store(db, schema)
    await sql`alter table ${sql.id(schema, "pctnxh_service_event")} add constraint no_model_x check (model_id <> 'model-x')`.execute(db)
    const batch = events(400).map((e, i) => (i === 237 ? new Entity.schemas.serviceEvent({ ...e, modelId: "model-x" as typeof e.modelId }) : e))
    const exit = await Effect.runPromiseExit(s.put("serviceEvent", batch))
    const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
    expect(error).toBeInstanceOf(CoreError.StoreError)
    expect(error).toMatchObject({ operation: "put serviceEvent", record: 237, reason: { en: expect.stringContaining("constraint") } })
    expect(calls).toEqual([400])
    expect(await run(s.count("serviceEvent"))).toBe(0)
    // without the refused record, the rest is copied
    expect((await run(s.put("serviceEvent", batch.filter((_, i) => i !== 237)))).inserted).toBe(399)
  })

  it("writers that put overlapping batches at once store every record once and count it new once", async () => {
    const { db, schema } = place(true)
    const writers = [db, place(true, schema).db, place(true, schema).db]
    const calls = writers.map(spy)
    const stores: Array<Store.Service> = []
    for (const w of writers) stores.push(await store(w, schema))
    // each writer puts 600 records, 300 of which the next writer puts too
    const all = events(1_200)
    const summaries = await Promise.all(
      stores.map((s, k) => run(s.transaction(s.put("serviceEvent", all.slice(k * 300, k * 300 + 600)))))
    )
    expect(summaries.reduce((n, x) => n + x.inserted, 0)).toBe(1_200)
    expect(summaries.reduce((n, x) => n + x.inserted + x.unchanged + x.updated, 0)).toBe(1_800)
    expect(await run(stores[0]!.count("serviceEvent"))).toBe(1_200)
    // a writer whose COPY met another's record ran its transaction again and copied what was still new
    summaries.forEach((summary, k) => {
      if (summary.inserted > 0) expect(calls[k]!.at(-1)).toBe(summary.inserted)
    })
    expect(await rows(db, schema)).toHaveLength(1_200)
  })
})
