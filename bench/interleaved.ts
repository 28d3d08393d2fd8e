/**
 * `pnpm --filter @pctnxh-examples/bench run bench:interleaved [sqlite|postgres] [events] [rounds] [cases]`:
 * the standard report (its store keeping no summaries, so each run counts every record, as the
 * floor does) with its queries in one `aggregateMany` call, the same report with a store
 * that answers them one by one with `aggregate`, and the standard report's floor, timed in turn
 * (the order rotating each round) on one store, so that a load that moves during the run moves
 * the three alike. Prints each time and the medians.
 *
 * The store is filled once with `put` (not timed): a SQLite file in the system's temporary
 * directory, or the PostgreSQL schema `<PCTNXH_BENCH_SCHEMA>_interleaved_<events>` on
 * `PCTNXH_PG_URL`. Both are kept for the next run; delete them when done.
 */
import { type Entity, Store } from "@pctnxh/core"
import { Report } from "@pctnxh/indicators"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, type Layer } from "effect"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { events } from "./lib/data.js"
import { withDatabase } from "./lib/report.js"
import { spec } from "./lib/standard.js"
import * as floors from "./lib/standard-floor.js"

const dialect = process.argv[2] === "postgres" ? "postgres" : "sqlite"
const count = Number(process.argv[3] ?? 100_000)
const rounds = Number(process.argv[4] ?? 5)
const pgUrl = process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"
const database =
  dialect === "sqlite" ? join(tmpdir(), `pctnxh-interleaved-${count}.db`) : `${process.env.PCTNXH_BENCH_SCHEMA ?? "bench"}_interleaved_${count}`
/** The cases to time (all three unless named, e.g. `aggregateMany,floor` at 10M). */
const chosen = (process.argv[5] ?? "aggregateMany,one by one,floor").split(",")
// each report counts every record, as the floor does: no summaries are kept
const layer: Layer.Layer<Store.Store, unknown> =
  dialect === "sqlite" ? SqliteStore.layer(database, { summaries: false }) : PostgresStore.layer(pgUrl, { schema: database, max: 2, summaries: false })

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const elapsed = <A, E>(effect: Effect.Effect<A, E>) =>
  Effect.gen(function* () {
    const start = performance.now()
    yield* effect
    return performance.now() - start
  })

const times = await Effect.runPromise(
  Effect.gen(function* () {
    const store = yield* Store.Store
    if ((yield* store.count("serviceEvent")) === 0) {
      // the events made as they are stored, 5,000 at a time: memory stays bounded at 10M
      let batch: Array<Entity.Of<"serviceEvent">> = []
      for (const event of events(count)) {
        batch.push(event)
        if (batch.length === 5000) {
          yield* store.put("serviceEvent", batch)
          batch = []
        }
      }
      if (batch.length > 0) yield* store.put("serviceEvent", batch)
    }
    const oneByOne: Store.Service = {
      ...store,
      aggregateMany: (queries, options) => Effect.forEach(queries, (q) => store.aggregate(q), { concurrency: options?.concurrency ?? 1 })
    }
    const report = (s: Store.Service) => Effect.provideService(Report.run(spec), Store.Store, s)
    const floor = Effect.promise(() => withDatabase(dialect, database, pgUrl, async (run, table) => floors.byHand(run, await floors.written(run, table, dialect))))
    // the roll-ups filled and the caches warm before the clock
    yield* report(store)
    if (chosen.includes("one by one")) yield* report(oneByOne)
    const cases = (
      [
        ["aggregateMany", report(store)],
        ["one by one", report(oneByOne)],
        ["floor", floor]
      ] as const
    ).filter(([name]) => chosen.includes(name))
    const out: Record<string, Array<number>> = Object.fromEntries(cases.map(([name]) => [name, []]))
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < cases.length; k++) {
        const [name, effect] = cases[(k + r) % cases.length]!
        out[name]!.push(yield* elapsed(effect as Effect.Effect<unknown, unknown>))
      }
    }
    return out
  }).pipe(Effect.scoped, Effect.provide(layer))
)

const floorMs = times.floor === undefined ? Number.NaN : median(times.floor)
for (const [name, ms] of Object.entries(times)) {
  const m = median(ms)
  console.log(
    `${dialect} ${count}: ${name.padEnd(14)} median ${m.toFixed(0).padStart(7)} ms  ratio ${(m / floorMs).toFixed(2)}  runs ${ms.map((x) => x.toFixed(0)).join(", ")}`
  )
}
