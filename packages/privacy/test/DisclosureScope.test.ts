import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Effect from "effect/Effect"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Disclosure from "../src/Disclosure.js"

/**
 * A report of one province sits in a country of many: the country total and the other provinces
 * are in the unit hierarchy but nowhere in the report. They tell an attacker nothing, so a
 * report of one province is protected exactly as if the other provinces did not exist, and the
 * work does not grow with their number.
 */

interface Shape {
  readonly districts: ReadonlyArray<number>
  readonly services: number
  readonly seed: ReadonlyArray<number>
  readonly siblings: number
}

const shape: fc.Arbitrary<Shape> = fc.record({
  districts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }),
  services: fc.integer({ min: 2, max: 3 }),
  seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 23, maxLength: 23 }),
  siblings: fc.integer({ min: 1, max: 62 })
})

/** Persons by unit and service in the four quarters and the year of one province ("p"). */
const table = (s: Shape, inCountry: boolean): Disclosure.Table => {
  const parents: Record<string, string> = {}
  const communes: Array<string> = []
  s.districts.forEach((n, d) => {
    parents[`d${d}`] = "p"
    for (let c = 0; c < n; c++) {
      parents[`d${d}c${c}`] = `d${d}`
      communes.push(`d${d}c${c}`)
    }
  })
  if (inCountry) {
    parents.p = "country"
    for (let i = 0; i < s.siblings; i++) parents[`other${i}`] = "country"
  }
  const kinds = Array.from({ length: s.services }, (_, k) => `s${k}`)
  const quarters = ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
  // persons seen in each quarter of each commune and service; the year counts a person seen in
  // two quarters once: at least the largest quarter, at most their sum
  const periods = [...quarters, "2024"]
  const value = new Map<string, number>()
  let k = 0
  for (const c of communes) {
    for (const x of kinds) {
      const byQuarter = quarters.map(() => s.seed[k++ % s.seed.length]!)
      byQuarter.forEach((v, i) => value.set(`${c}|${x}|${quarters[i]}`, v))
      const sum = byQuarter.reduce((a, b) => a + b, 0)
      value.set(`${c}|${x}|2024`, Math.min(sum, Math.max(...byQuarter) + 1))
    }
  }
  const units = [...communes, ...s.districts.map((_, d) => `d${d}`), "p"]
  const leavesOf = (u: string) => (communes.includes(u) ? [u] : communes.filter((c) => c.startsWith(u === "p" ? "d" : u)))
  const cells: Array<Disclosure.Cell> = []
  for (const u of units) {
    for (const x of [...kinds, "total"]) {
      const xs = x === "total" ? kinds : [x]
      for (const q of periods) {
        let v = 0
        for (const c of leavesOf(u)) for (const y of xs) v += value.get(`${c}|${y}|${q}`)!
        cells.push({ key: { unit: u, service: x, period: q }, value: v })
      }
    }
  }
  return {
    id: "persons",
    measure: "persons",
    kind: "frequency",
    dimensions: [
      Disclosure.dimension("unit", parents),
      Disclosure.categories("service", kinds),
      Disclosure.periods("period", periods, "distinct")
    ],
    cells
  }
}

const marks = (t: Disclosure.PublishedTable) => t.cells.map((c) => `${c.key.unit}/${c.key.service}/${c.key.period}:${c.mark.status}:${c.mark.display ?? ""}`)

describe("Protection of one province's report", () => {
  it.effect("is the same whether or not the other provinces of the country are declared", () =>
    Effect.gen(function* () {
      const { highs } = yield* AttackerCheck.Solver
      const solver = AttackerCheck.Solver.of({ highs })
      const run = <A, E>(e: Effect.Effect<A, E, AttackerCheck.Solver>) => Effect.runPromise(e.pipe(Effect.provideService(AttackerCheck.Solver, solver)))
      let suppressed = 0
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(shape, async (s) => {
            const alone = await run(Disclosure.protect([table(s, false)], { policy: Disclosure.defaultPolicy }))
            const inCountry = await run(Disclosure.protect([table(s, true)], { policy: Disclosure.defaultPolicy }))
            expect(marks(inCountry.tables[0]!)).toEqual(marks(alone.tables[0]!))
            // and the attacker who writes down the whole country learns no more than the one who does not
            const whole = await run(AttackerCheck.check([{ ...table(s, true), cells: table(s, true).cells.map((c, i) => ({ ...c, mark: inCountry.tables[0]!.cells[i]!.mark })) }], { policy: Disclosure.defaultPolicy }))
            const part = await run(AttackerCheck.check([{ ...table(s, false), cells: table(s, false).cells.map((c, i) => ({ ...c, mark: alone.tables[0]!.cells[i]!.mark })) }], { policy: Disclosure.defaultPolicy }))
            expect(whole.intervals.map((i) => [i.lower, i.upper])).toEqual(part.intervals.map((i) => [i.lower, i.upper]))
            expect(whole.safe).toBe(true)
            suppressed += inCountry.tables[0]!.cells.filter((c) => c.mark.status === "suppressed").length
          }),
          { numRuns: 15, seed: 2_025 }
        )
      )
      expect(suppressed).toBeGreaterThan(15)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )
})
