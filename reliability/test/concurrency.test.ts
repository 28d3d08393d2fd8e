/**
 * Writers at once: several processes importing overlapping files into one database store each
 * record exactly once, report it as new exactly once, and fail with nothing unexplained; a
 * SQLite writer waits for another and, past its bound, fails in plain words with nothing
 * half-written.
 */
import { sql } from "kysely"
import { expect, it } from "vitest"
import { writeEvents } from "./files.js"
import { forEach, full, hold, importArgs, importHere, type Name, place, run, state, storedIds, table } from "./databases.js"

/** Writer k imports events [k·step, k·step + size), every other one in reverse order. */
const plan = (writers: number, step: number, size: number) =>
  Array.from({ length: writers }, (_, k) => ({ from: k * step, to: k * step + size, reversed: k % 2 === 1 }))

/** Every writer is a process of its own: 8 in the full run, 3 in CI (each costs a Node start). */
const writersOf = (_name: Name) => (full ? 8 : 3)

await forEach("Writers at once", ["postgres", "mysql", "sqlite"], (name) => {
  it(`${writersOf(name)} processes import overlapping files at once: every record stored once, counted new once`, { timeout: 600_000 }, async () => {
    const writers = plan(writersOf(name), full ? 1_000 : 150, full ? 4_000 : 400)
    const distinct = writers[writers.length - 1]!.to
    const p = await place(name)
    const reference = await place(name)
    try {
      // the database is empty: every process migrates it at once too
      const files = writers.map((w, k) => writeEvents(p.dir, `writer-${k}.csv`, w.from, w.to, { reversed: w.reversed }))
      // every process opens the store, then all import at the same moment
      const processes = files.map((csv) => run(importArgs(p, csv, 100, 120_000), { waitForGo: true }))
      await Promise.all(processes.map((w) => w.when(/^ready$/)))
      for (const w of processes) w.go()
      const outcomes = await Promise.all(processes.map((w) => w.done))
      for (const [k, o] of outcomes.entries()) {
        expect(o.result, `writer ${k}: ${o.stderr}`).toMatchObject({ ok: true, rejected: 0 })
        const r = o.result as { inserted: number; updated: number; unchanged: number; valid: number }
        expect(r.inserted + r.updated + r.unchanged, `writer ${k}`).toBe(writers[k]!.to - writers[k]!.from)
        expect(r.updated, `writer ${k}`).toBe(0)
      }
      const inserted = outcomes.reduce((n, o) => n + Number(o.result!.inserted), 0)
      expect(inserted).toBe(distinct)
      const ids = await storedIds(p)
      expect(ids.length).toBe(distinct)
      expect(new Set(ids).size).toBe(distinct)
      const migrations = await sql<{ name: string }>`select name from ${table(p, "pctnxh_migrations")}`.execute(p.db)
      expect(new Set(migrations.rows.map((r) => r.name)).size).toBe(migrations.rows.length)
      // exactly what one process importing everything stores
      const all = writeEvents(reference.dir, "all.csv", 0, distinct)
      expect((await importHere(reference, all, 500)).inserted).toBe(distinct)
      expect(await state(p)).toEqual(await state(reference))
    } finally {
      await p.close()
      await reference.close()
    }
  })
})

await forEach("A SQLite writer and another", ["sqlite"], () => {
  it("waits while another process holds the write lock, then writes", { timeout: 120_000 }, async () => {
    const p = await place("sqlite")
    try {
      const csv = writeEvents(p.dir, "events.csv", 0, 300)
      // the store exists before the other writer takes the lock
      expect((await importHere(p, writeEvents(p.dir, "first.csv", 0, 1), 100)).inserted).toBe(1)
      const holder = hold(p.target, 600_000)
      await holder.when(/^ready$/)
      const importer = run(importArgs(p, csv, 100, 60_000))
      await importer.when(/^ready$/)
      // the importer now waits for the lock; the other writer finishes 1.5 s later
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      expect(importer.lines).toEqual(["ready"])
      holder.kill("SIGKILL")
      const outcome = await importer.done
      expect(outcome.result, outcome.stderr).toMatchObject({ ok: true, inserted: 299, unchanged: 1 })
    } finally {
      await p.close()
    }
  })

  it("past its bound fails with a busy error in plain words, nothing half-written, and the next run resumes", { timeout: 120_000 }, async () => {
    const p = await place("sqlite")
    try {
      const csv = writeEvents(p.dir, "events.csv", 0, 300)
      expect((await importHere(p, writeEvents(p.dir, "first.csv", 0, 1), 100)).inserted).toBe(1)
      // the other writer holds the lock until the import has given up
      const holder = hold(p.target, 600_000)
      await holder.when(/^ready$/)
      const outcome = await run(importArgs(p, csv, 100, 1_500)).done
      holder.kill("SIGKILL")
      expect(outcome.code).toBe(2)
      expect(outcome.result).toMatchObject({ ok: false, tag: "ImportAborted", problem: "busy" })
      expect(String(outcome.result!.message)).toMatch(/the database is busy: another program is writing to it and had not finished after 1\.5 seconds/)
      expect(String(outcome.result!.message)).not.toMatch(/refused/)
      await holder.done
      expect(await storedIds(p)).toEqual(["ev-0000000"])
      const again = await importHere(p, csv, 100)
      expect([again.inserted, again.unchanged]).toEqual([299, 1])
    } finally {
      await p.close()
    }
  })
})
