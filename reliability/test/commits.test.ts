/**
 * Commits: an import stores its batches under savepoints of one transaction and commits them
 * together every `commitRows` records. Another connection sees whole commits only: never a
 * batch of a transaction that has not committed yet.
 */
import { Store } from "@pctnxh/core"
import { Import } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect } from "effect"
import { sql } from "kysely"
import { expect, it } from "vitest"
import { writeEvents } from "./files.js"
import { forEach, type Place, place, table } from "./databases.js"

/** What another connection counts each time the import hands the store a batch, and the import's report. */
const importSeeing = async (p: Place, csv: string, commitRows: number | undefined) => {
  const db = p.name === "sqlite" ? SqliteStore.kysely(p.target) : p.name === "postgres" ? PostgresStore.kysely(p.target, { max: 2 }) : MysqlStore.kysely(p.target, { max: 2 })
  const seen: Array<number> = []
  const counted = Effect.promise(async () => {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${table(p, "pctnxh_service_event")}`.execute(p.db)
    seen.push(Number(row.rows[0]!.n))
  })
  try {
    const report = await Effect.runPromise(
      Effect.flatMap(SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema }), (store) =>
        Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), batchSize: 100, commitRows, today: "2026-01-01" }).pipe(
          Effect.provideService(Store.Store, Store.Store.of({ ...store, put: (kind, records) => Effect.zipRight(counted, store.put(kind, records)) }))
        )
      )
    )
    return { seen, report }
  } finally {
    await db.destroy()
  }
}

await forEach("Commits", ["sqlite", "postgres", "mysql"], (name) => {
  it("batches are committed together every commitRows records; another connection sees whole commits only", { timeout: 120_000 }, async () => {
    const p = await place(name)
    try {
      const csv = writeEvents(p.dir, "events.csv", 0, 1_000)
      const together = await importSeeing(p, csv, 300)
      // three batches of 100 per commit: the rows of the transaction under way are not seen
      expect(together.seen).toEqual([0, 0, 0, 300, 300, 300, 600, 600, 600, 900])
      expect(together.report.inserted).toBe(1_000)
      expect(together.report.batches.map((b) => [b.index, b.records, b.status])).toEqual(
        Array.from({ length: 10 }, (_, i) => [i, 100, "stored"])
      )
      // again, each batch committed on its own: nothing new, and every batch seen as it lands
      const alone = await importSeeing(p, writeEvents(p.dir, "more.csv", 1_000, 1_500), 100)
      expect(alone.seen).toEqual([1_000, 1_100, 1_200, 1_300, 1_400])
      expect(alone.report.inserted).toBe(500)
    } finally {
      await p.close()
    }
  })
})
