/**
 * Attack: differencing periods. Three quarters of 2019 are published in full, commune by
 * commune; the year is released later. Year minus the three quarters is the fourth quarter,
 * which no table shows: Quất Lâm's 2 women of the fourth quarter would be told. The same with a
 * quarter and two of its months. The door finds the cells a release implies with what was
 * published, judges them by the primary rules, and hides what the attacker check asks for; the
 * attacker, with the independent solver, is left with an interval as wide as the rules require.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import { services } from "../DisclosureFixtures.js"
import { bounds, type Equation, type Known } from "./attacker.js"

const communes = ["quat-lam", "thinh-long", "giao-phong"] as const
const commune = Disclosure.categories("commune", communes, "giao-thuy")

const tableOf = (period: Disclosure.Dimension, id: string, values: readonly [number, number, number]): Disclosure.Table => ({
  id: `outreach-women-${id}`,
  measure: "outreach_women",
  kind: "frequency",
  dimensions: [commune, period],
  cells: [
    ...communes.map((c, i) => ({ key: { commune: c, period: id }, value: values[i]! })),
    { key: { commune: "giao-thuy", period: id }, value: values[0] + values[1] + values[2] }
  ]
})

/** What the attacker reads off released tables: published figures exactly, `<n` as 1…n−1, any other hidden figure as ≥ 0. */
const read = (tables: ReadonlyArray<Disclosure.PublishedTable>): Record<string, Known> => {
  const known: Record<string, Known> = {}
  for (const t of tables) {
    for (const c of t.cells) {
      const name = `${c.key.commune}/${c.key.period}`
      if (c.value !== undefined && c.mark.status === "published") known[name] = { lower: c.value, upper: c.value }
      else if (c.mark.display?.startsWith("<")) known[name] = { lower: 1, upper: Number(c.mark.display.slice(1)) - 1 }
      else known[name] = { lower: 0, upper: Infinity }
    }
  }
  return known
}

/** The totals the attacker writes down: a parent period is the sum of its children, the district of its communes. */
const equations = (parent: string, children: ReadonlyArray<string>): Array<Equation> => [
  ...[...communes, "giao-thuy"].map((c) => ({ total: `${c}/${parent}`, parts: children.map((k) => `${c}/${k}`) })),
  ...[parent, ...children].map((p) => ({ total: `giao-thuy/${p}`, parts: communes.map((c) => `${c}/${p}`) }))
]

const release = (tables: ReadonlyArray<Disclosure.Table>) =>
  Effect.forEach(tables, (t) => Effect.map(Disclosure.releaseTables({ audience: Audience.national, tables: [t] }), (r) => r.tables[0]!))

describe("differencing periods", () => {
  const year = Disclosure.periods("period", ["2019Q1", "2019Q2", "2019Q3", "2019Q4", "2019"])
  // Quất Lâm: 9 + 7 + 8 in the first three quarters, 2 in the fourth
  const quarters = [tableOf(year, "2019Q1", [9, 12, 30]), tableOf(year, "2019Q2", [7, 14, 26]), tableOf(year, "2019Q3", [8, 11, 31])]
  const whole = tableOf(year, "2019", [26, 49, 119])
  const yearEquations = equations("2019", ["2019Q1", "2019Q2", "2019Q3", "2019Q4"])

  it.effect("naive: the year checked alone is published in full, and year minus three quarters tells the 2", () =>
    Effect.gen(function* () {
      const shown = yield* release(quarters)
      const alone = yield* release([whole]).pipe(Effect.provide(services))
      const derived = bounds(read([...shown, ...alone]), yearEquations, "quat-lam/2019Q4")
      expect(derived).toEqual({ lower: 2, upper: 2 })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: released after the quarters, the year hides enough that the fourth quarter stays 1 to 4", () =>
    Effect.gen(function* () {
      const shown = yield* release([...quarters, whole])
      expect(shown.slice(0, 3).every((t) => t.cells.every((c) => c.mark.status === "published"))).toBe(true)
      const yearShown = shown[3]!
      // the implied fourth quarter is judged, never shown
      expect(yearShown.cells.map((c) => c.key.period)).toEqual(["2019", "2019", "2019", "2019"])
      expect(yearShown.cells.find((c) => c.key.commune === "quat-lam")!.mark.status).toBe("suppressed")
      const derived = bounds(read(shown), yearEquations, "quat-lam/2019Q4")
      expect(derived.upper - derived.lower).toBeGreaterThanOrEqual(3)
      expect(derived.lower <= 2 && 2 <= derived.upper).toBe(true)
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: a quarter released after two of its months keeps the third month's 3 hidden", () =>
    Effect.gen(function* () {
      const q = Disclosure.periods("period", ["2019M01", "2019M02", "2019M03", "2019Q1"])
      const shown = yield* release([tableOf(q, "2019M01", [6, 7, 30]), tableOf(q, "2019M02", [5, 8, 25]), tableOf(q, "2019Q1", [14, 24, 82])])
      const months = equations("2019Q1", ["2019M01", "2019M02", "2019M03"])
      const derived = bounds(read(shown), months, "quat-lam/2019M03")
      expect(derived.upper - derived.lower).toBeGreaterThanOrEqual(3)
      expect(derived.lower <= 3 && 3 <= derived.upper).toBe(true)
    }).pipe(Effect.provide(services))
  )

  it.effect("the usual order — three months, one of them with a hidden cell, then their quarter — is released, and the hidden month stays hidden", () =>
    Effect.gen(function* () {
      const q = Disclosure.periods("period", ["2019M01", "2019M02", "2019M03", "2019Q1"])
      // January's Quất Lâm 2 is hidden when January is released
      const shown = yield* release([
        tableOf(q, "2019M01", [2, 7, 30]),
        tableOf(q, "2019M02", [6, 8, 25]),
        tableOf(q, "2019M03", [5, 9, 27]),
        tableOf(q, "2019Q1", [13, 24, 82])
      ])
      expect(shown[0]!.cells.find((c) => c.key.commune === "quat-lam")!.mark.status).toBe("suppressed")
      const months = equations("2019Q1", ["2019M01", "2019M02", "2019M03"])
      const derived = bounds(read(shown), months, "quat-lam/2019M01")
      expect(derived.upper - derived.lower).toBeGreaterThanOrEqual(3)
      expect(derived.lower <= 2 && 2 <= derived.upper).toBe(true)
    }).pipe(Effect.provide(services))
  )

  it.effect("a province's months by commune and sex, then their quarter: the quarter is released, not refused", () =>
    Effect.gen(function* () {
      // 40 communes in 5 districts, women and men; about one count in six under 5
      let seed = 40
      const random = () => {
        seed = (seed + 0x6d2b79f5) | 0
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
      }
      const parents: Record<string, string> = {}
      for (let d = 0; d < 5; d++) parents[`district-${d}`] = "province"
      const ids = Array.from({ length: 40 }, (_, c) => `commune-${c}`)
      ids.forEach((id, c) => (parents[id] = `district-${c % 5}`))
      const draw = () => (random() < 0.17 ? Math.floor(random() * 5) : 5 + Math.floor(random() * 40))
      const counts = [0, 1, 2].map(() => ids.map(() => [draw(), draw()] as const))
      const period = Disclosure.periods("period", ["2025M01", "2025M02", "2025M03", "2025Q1"])
      const table = (id: string, months: ReadonlyArray<number>): Disclosure.Table => {
        const byUnit = new Map<string, [number, number]>()
        ids.forEach((commune, i) => {
          const [f, m] = months.reduce(([a, b], k) => [a + counts[k]![i]![0], b + counts[k]![i]![1]], [0, 0])
          for (let u: string | undefined = commune; u !== undefined; u = parents[u]) {
            const v = byUnit.get(u) ?? [0, 0]
            byUnit.set(u, [v[0] + f, v[1] + m])
          }
        })
        return {
          id,
          measure: "contacts",
          kind: "frequency",
          dimensions: [period, Disclosure.dimension("unit", parents), Disclosure.categories("sex", ["female", "male"])],
          cells: [...byUnit].flatMap(([unit, [f, m]]) => [
            { key: { period: id, unit, sex: "female" }, value: f },
            { key: { period: id, unit, sex: "male" }, value: m },
            { key: { period: id, unit, sex: "total" }, value: f + m }
          ])
        }
      }
      const shown = yield* release([table("2025M01", [0]), table("2025M02", [1]), table("2025M03", [2]), table("2025Q1", [0, 1, 2])])
      expect(shown.slice(0, 3).every((t) => t.cells.some((c) => c.mark.status === "suppressed"))).toBe(true)
      expect(shown[3]!.cells.length).toBe(138)
    }).pipe(Effect.provide(services))
  )
})

/**
 * The plain year against the administrative year. Quất Lâm's women were reached only in 2020:
 * 101 of them from 1 January to 14 December, 2 from 15 to 31 December. The plain calendar gives
 * 2019: 0, 2020: 103, 2021: 0; the administrative calendar (from the 15th of the month before)
 * gives 2019: 0, 2020: 101, 2021: 2. The 2 is hidden as `<5`, yet the plain year minus the
 * administrative year is 15–31 December 2020 minus 15–31 December 2019, which the plain 2019
 * says is 0: the 2 again.
 */
describe("the plain year against the administrative year", () => {
  const years = ["2019", "2020", "2021"] as const
  const yearTable = (measure: string, values: readonly [number, number, number]): Disclosure.Table => ({
    id: measure.endsWith("@administrative") ? "women-administrative-years" : "women-years",
    measure,
    kind: "frequency",
    dimensions: [Disclosure.periods("period", years)],
    cells: years.map((y, i) => ({ key: { period: y }, value: values[i]! }))
  })
  const plain = yearTable("outreach_women", [0, 103, 0])
  const administrative = yearTable("outreach_women@administrative", [0, 101, 2])

  /** Half-months: the 1st to the 14th (`a`) and the 15th to the end (`b`) of each month. */
  const half = (year: number, month: number, part: "a" | "b") => `${year}-${String(month).padStart(2, "0")}${part}`
  const months = (year: number) => Array.from({ length: 12 }, (_, i) => i + 1)
  const attackerEquations: ReadonlyArray<Equation> = [
    ...years.map((y) => ({ total: `plain/${y}`, parts: months(+y).flatMap((m) => [half(+y, m, "a"), half(+y, m, "b")]) })),
    ...years.map((y) => ({
      total: `administrative/${y}`,
      parts: months(+y).flatMap((m) => [m === 1 ? half(+y - 1, 12, "b") : half(+y, m - 1, "b"), half(+y, m, "a")])
    }))
  ]
  const readYears = (tables: ReadonlyArray<Disclosure.PublishedTable>): Record<string, Known> => {
    const known: Record<string, Known> = {}
    for (const t of tables) {
      const calendar = t.measure.endsWith("@administrative") ? "administrative" : "plain"
      for (const c of t.cells) {
        known[`${calendar}/${c.key.period}`] =
          c.value !== undefined && c.mark.status === "published"
            ? { lower: c.value, upper: c.value }
            : c.mark.display?.startsWith("<")
              ? { lower: 1, upper: Number(c.mark.display.slice(1)) - 1 }
              : { lower: 0, upper: Infinity }
      }
    }
    return known
  }

  it.effect("naive: the administrative years checked alone hide the 2, and the plain years give it back", () =>
    Effect.gen(function* () {
      const first = yield* release([plain])
      const alone = yield* release([administrative]).pipe(Effect.provide(services))
      expect(alone[0]!.cells.find((c) => c.key.period === "2021")!.mark.display).toBe("<5")
      expect(bounds(readYears([...first, ...alone]), attackerEquations, "administrative/2021")).toEqual({ lower: 2, upper: 2 })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: released after the plain years, the administrative 2020 is hidden too, and the 2 stays anywhere in 1 to 4", () =>
    Effect.gen(function* () {
      const first = yield* release([plain])
      const second = yield* release([administrative])
      const mark = (period: string) => second[0]!.cells.find((c) => c.key.period === period)!.mark
      expect(mark("2021").display).toBe("<5")
      expect(mark("2020")).toMatchObject({ status: "suppressed", reason: "secondary" })
      const derived = bounds(readYears([...first, ...second]), attackerEquations, "administrative/2021")
      expect(derived).toEqual({ lower: 1, upper: 4 })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours, the other way round: the plain years released after the administrative ones hide the plain 2020", () =>
    Effect.gen(function* () {
      const first = yield* release([administrative])
      const second = yield* release([plain])
      expect(second[0]!.cells.find((c) => c.key.period === "2020")!.mark).toMatchObject({ status: "suppressed", reason: "secondary" })
      const derived = bounds(readYears([...first, ...second]), attackerEquations, "administrative/2021")
      expect(derived).toEqual({ lower: 1, upper: 4 })
    }).pipe(Effect.provide(services))
  )
})
