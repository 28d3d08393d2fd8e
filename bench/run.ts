/**
 * Benchmarks: each case is timed against a floor measured in the same run on the same data —
 * the least work that could produce the same answer — and reported as a ratio, so results
 * compare across machines. Run with `pnpm bench` (optionally `BENCH_EVENTS=1000000`).
 */
import { AggregateQuery, Period, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { Synth } from "@pctnxh/synth"
import { Effect, Stream } from "effect"

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5)

const time = async (f: () => unknown | Promise<unknown>): Promise<number> => {
  const samples: Array<number> = []
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now()
    await f()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

const heapMb = () => process.memoryUsage().heapUsed / 1_048_576

const main = Effect.gen(function* () {
  const store = yield* Store.Store
  const events: Array<{ personId: string | undefined; date: string }> = []
  const before = heapMb()
  const loadStart = performance.now()
  yield* Stream.runForEachChunk(Synth.stream({ seed: "bench", events: EVENTS }, 5_000), (chunk) =>
    Effect.forEach(
      Synth.byKind(chunk),
      ([kind, records]) => {
        if (kind === "serviceEvent") {
          for (const r of records as ReadonlyArray<{ personId?: string; date: string }>) events.push({ personId: r.personId, date: r.date })
        }
        return store.put(kind, records as never)
      },
      { discard: true }
    )
  )
  const loadMs = performance.now() - loadStart
  const rows: Array<[string, number, number]> = []

  // distinct persons by administrative quarter
  const query = AggregateQuery.make({
    source: "serviceEvent",
    measure: AggregateQuery.distinctPersons,
    groupBy: [AggregateQuery.byPeriod("quarter", "administrative")]
  })
  const floor = yield* Effect.promise(() =>
    time(() => {
      const groups = new Map<string, Set<string>>()
      for (const e of events) {
        if (e.personId === undefined) continue
        const q = Period.containingId(e.date, "quarter", "administrative")
        let s = groups.get(q)
        if (s === undefined) groups.set(q, (s = new Set()))
        s.add(e.personId)
      }
      return groups.size
    })
  )
  const measured = yield* Effect.promise(() => time(() => Effect.runPromise(store.aggregate(query))))
  rows.push(["memory: distinct persons by admin quarter", measured, floor])

  console.log(`events: ${events.length.toLocaleString("en")}; load ${loadMs.toFixed(0)} ms; heap +${(heapMb() - before).toFixed(0)} MB`)
  console.log("case".padEnd(52), "median ms".padStart(10), "floor ms".padStart(10), "ratio".padStart(8))
  for (const [name, ms, base] of rows) {
    console.log(name.padEnd(52), ms.toFixed(1).padStart(10), base.toFixed(1).padStart(10), (ms / base).toFixed(2).padStart(8))
  }
})

Effect.runPromise(Effect.provide(main, MemoryStore.layer()))
