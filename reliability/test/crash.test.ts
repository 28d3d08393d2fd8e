/**
 * Crash consistency: an import process killed with SIGKILL at a random point — while it starts
 * and migrates, between commits, in the middle of a transaction of three batches — leaves whole
 * commits of whole batches and nothing else, and running the import again ends with exactly the rows and checksums of a
 * clean import: no duplicate, nothing lost.
 *
 * `PCTNXH_CRASH_TRIALS` kills per database (2 in CI, 100 in the full run).
 */
import { sql } from "kysely"
import { expect, it } from "vitest"
import { writeEvents } from "./files.js"
import { forEach, full, importArgs, importHere, place, run, state, storedIds, table } from "./databases.js"

const ROWS = 2_000
const BATCH = 100
/** Three batches per commit: a kill lands between commits, or inside a transaction before, between or after its batches. */
const COMMIT = 3 * BATCH
const trials = Number(process.env.PCTNXH_CRASH_TRIALS ?? (full ? 100 : 2))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const expectedIds = (n: number) => Array.from({ length: n }, (_, i) => `ev-${String(i).padStart(7, "0")}`)

await forEach("Crash", ["sqlite", "postgres"], (name) => {
  it(`an import killed with SIGKILL at ${trials} random points leaves whole batches; the re-run ends as a clean import`, { timeout: 60_000 + trials * 90_000 }, async () => {
    const clean = await place(name)
    try {
      const csv = writeEvents(clean.dir, "events.csv", 0, ROWS)
      const report = await importHere(clean, csv, BATCH)
      expect(report.inserted).toBe(ROWS)
      const cleanState = await state(clean)
      const cleanRows = new Map(
        (await sql<{ id: string; data: string }>`select id, data from ${table(clean, "pctnxh_service_event")}`.execute(clean.db)).rows.map((r) => [
          r.id,
          r.data
        ])
      )
      const landed: Array<number> = []
      for (let trial = 0; trial < trials; trial++) {
        const p = await place(name)
        try {
          const file = writeEvents(p.dir, "events.csv", 0, ROWS)
          const importer = run(importArgs(p, file, BATCH, undefined, COMMIT))
          // a tenth of the kills while the process starts and migrates; the rest after a random
          // commit, a random moment later — between commits or inside a transaction
          if (trial % 10 === 9) {
            await pause(Math.random() * 3_000)
          } else {
            const after = COMMIT / BATCH * Math.floor(Math.random() * Math.ceil(ROWS / COMMIT))
            await importer.when(after === 0 ? /^ready$/ : new RegExp(`^batch ${after}$`)).catch(() => undefined)
            await pause(Math.random() * 150)
          }
          importer.kill("SIGKILL")
          const killed = await importer.done
          // what is stored is the first whole commits of the file, each row as a clean import writes
          // it (killed before its migrations made the table: nothing is stored)
          const ids = await storedIds(p).catch(() => [] as Array<string>)
          expect(ids.length % COMMIT === 0 || ids.length === ROWS, `trial ${trial}: ${ids.length} rows`).toBe(true)
          expect(ids, `trial ${trial}`).toEqual(expectedIds(ids.length))
          if (ids.length > 0) {
            const rows = await sql<{ id: string; data: string }>`select id, data from ${table(p, "pctnxh_service_event")}`.execute(p.db)
            for (const row of rows.rows) expect(row.data, `trial ${trial} ${row.id}`).toBe(cleanRows.get(row.id))
          }
          landed.push(killed.signal === "SIGKILL" ? ids.length / BATCH : -1)
          // running it again finishes the work: exactly a clean import
          const again = await importHere(p, file, BATCH)
          expect([again.inserted, again.unchanged, again.updated], `trial ${trial}`).toEqual([ROWS - ids.length, ids.length, 0])
          expect(await state(p), `trial ${trial}`).toEqual(cleanState)
        } finally {
          await p.close()
        }
      }
      const died = landed.filter((n) => n >= 0)
      console.log(
        `crash ${name}: ${trials} trials, ${died.length} killed before finishing; batches stored when killed: ${JSON.stringify(
          Object.fromEntries([...new Set(died)].sort((a, b) => a - b).map((n) => [n, died.filter((d) => d === n).length]))
        )}; every re-run equal to a clean import`
      )
    } finally {
      await clean.close()
    }
  })
})
