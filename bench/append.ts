/**
 * `pnpm --filter @pctnxh-examples/bench run bench:append <setup|run> <sqlite|postgres> <database> [batches] [events]`:
 * the standard report after an append, many times over one store, to compare two versions of
 * the code on the same data.
 *
 * - `setup` fills `database` (a SQLite file, removed first, or a PostgreSQL schema on
 *   `PCTNXH_PG_URL`, dropped first) as the `append-*` cases leave it: `events` (100k by
 *   default; `1M`, `250k` or a number) events of the seed `bench` imported with `Import.run`,
 *   the standard report (which makes the summaries), 1,000 events of the seed `bench-append`
 *   imported, the standard report again.
 * - `run` imports `batches` (6 by default) batches of about 1,000 events of the seeds `append-1`,
 *   `append-2`, … in turn and times the standard report after each (it brings the summaries up
 *   to date), then again with nothing changed. A SQLite file is copied first and the copy used;
 *   a PostgreSQL schema is changed in place (copy it beforehand, e.g. with `pg_dump`, and run on
 *   the copy). Prints each time, the medians without the first batch (the process still warms
 *   up), and a digest of each report: two versions of the code run on copies of one store give
 *   the same digests batch by batch when their reports are equal.
 *
 * The CSV files are written once in the system's temporary directory.
 */
import { createHash } from "node:crypto"
import { copyFileSync, existsSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Store } from "@pctnxh/core"
import { Report } from "@pctnxh/indicators"
import { Import, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Key } from "@pctnxh/privacy"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, type Layer } from "effect"
import pg from "pg"
import { writeCsv } from "./lib/data.js"
import { SECRET } from "./lib/secret.js"
import { spec } from "./lib/standard.js"

const [mode, dialect, database, batchesArg, eventsArg] = process.argv.slice(2)
if ((mode !== "setup" && mode !== "run") || (dialect !== "sqlite" && dialect !== "postgres") || database === undefined) {
  throw new Error("usage: append.ts <setup|run> <sqlite|postgres> <database> [batches]")
}
const batches = Number(batchesArg ?? 6)
const events = (() => {
  const m = /^(\d+)([kM]?)$/.exec(eventsArg ?? "100k")
  if (m === null) throw new Error(`events: a number, or one with k or M after it, not "${eventsArg}"`)
  return Number(m[1]) * (m[2] === "k" ? 1_000 : m[2] === "M" ? 1_000_000 : 1)
})()
const pgUrl = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const csv = (name: string) => join(tmpdir(), `pctnxh-append-${name}.csv`)

const layerOf = (target: string): Layer.Layer<Store.Store, unknown> =>
  dialect === "sqlite" ? SqliteStore.layer(target) : PostgresStore.layer(pgUrl, { schema: target, max: 2 })

const digest = (report: Report.Report) => createHash("sha256").update(JSON.stringify(Report.encode(report))).digest("hex").slice(0, 16)

const append = (file: string) =>
  Effect.gen(function* () {
    const ring = yield* Key.load({ keys: [{ id: "bench", secret: SECRET }] })
    return yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(file), pseudonymise: Pseudonymise.withKeyring(ring) })
  })

const timed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const start = performance.now()
    const value = yield* effect
    return [value, performance.now() - start] as const
  })

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const setup = Effect.gen(function* () {
  yield* append(csv(`events-${events}`))
  yield* Report.run(spec)
  yield* append(csv("bench-append"))
  console.log(`set up: ${digest(yield* Report.run(spec))}`)
})

const run = Effect.gen(function* () {
  // the first report reads every summary once, as a running process has
  yield* Report.run(spec)
  const after: Array<number> = []
  const again: Array<number> = []
  for (let i = 1; i <= batches; i++) {
    yield* append(csv(`append-${i}`))
    const [first, ms] = yield* timed(Report.run(spec))
    const [second, msAgain] = yield* timed(Report.run(spec))
    console.log(`batch ${i}: after the append ${ms.toFixed(1)} ms, nothing changed ${msAgain.toFixed(1)} ms, ${digest(first)} ${digest(second)}`)
    if (i > 1) {
      after.push(ms)
      again.push(msAgain)
    }
  }
  if (after.length > 0) console.log(`medians: after the append ${median(after)!.toFixed(1)} ms, nothing changed ${median(again)!.toFixed(1)} ms`)
})

const main = async () => {
  if (mode === "setup" && !existsSync(csv(`events-${events}`))) await writeCsv(csv(`events-${events}`), events)
  if (!existsSync(csv("bench-append"))) await writeCsv(csv("bench-append"), 1_000, "bench-append")
  for (let i = 1; i <= batches; i++) if (!existsSync(csv(`append-${i}`))) await writeCsv(csv(`append-${i}`), 1_000, `append-${i}`)
  let target = database
  if (mode === "setup" && dialect === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true })
  if (mode === "setup" && dialect === "postgres") {
    // a schema set up before keeps the rows a run appended: start from none
    const client = new pg.Client(pgUrl)
    await client.connect()
    await client.query(`drop schema if exists "${database.replace(/"/g, '""')}" cascade`)
    await client.end()
  }
  if (mode === "run" && dialect === "sqlite") {
    target = `${database}.run.db`
    for (const suffix of ["", "-wal", "-shm"]) rmSync(target + suffix, { force: true })
    copyFileSync(database, target)
  }
  await Effect.runPromise(Effect.scoped(Effect.provide(mode === "setup" ? setup : run, layerOf(target))))
  if (target !== database) for (const suffix of ["", "-wal", "-shm"]) rmSync(target + suffix, { force: true })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
