/**
 * Attack: one dimension grouped two ways. A province's four communes are published by district,
 * with Quất Lâm's 2 hidden and its neighbour hidden beside it; a donor then gets the same
 * communes grouped into large and small sites. Large sites minus the other large commune is
 * Quất Lâm. The door takes the second grouping as a hierarchy of the same dimension and
 * protects both together; the same grouping under another dimension name is refused.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as AttackerCheck from "../../src/AttackerCheck.js"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import * as ReleaseLedger from "../../src/ReleaseLedger.js"
import { services } from "../DisclosureFixtures.js"
import { bounds, type Equation, type Known } from "./attacker.js"

// Quất Lâm 2, Thịnh Long 9 (district A); Giao Phong 12, Bạch Long 15 (district B)
const values: Record<string, number> = { "quat-lam": 2, "thinh-long": 9, "giao-phong": 12, "bach-long": 15 }
const byDistrict = { "quat-lam": "district-a", "thinh-long": "district-a", "giao-phong": "district-b", "bach-long": "district-b" }
const bySite = { "quat-lam": "large", "giao-phong": "large", "thinh-long": "small", "bach-long": "small" }
const sum = (members: ReadonlyArray<string>) => members.reduce((s, m) => s + values[m]!, 0)
const under = (parents: Record<string, string>, total: string) => Object.keys(parents).filter((m) => parents[m] === total)

const districts = Disclosure.dimension("unit", { ...byDistrict, "district-a": "province", "district-b": "province" })
const sites = Disclosure.dimension("unit", { ...bySite, large: "province", small: "province" })
const both = Disclosure.grouping(districts, "site-size", { ...bySite, large: "province", small: "province" })

const byDistrictTable = (dimension: Disclosure.Dimension): Disclosure.Table => ({
  id: "contacts-by-district",
  measure: "outreach_women",
  kind: "frequency",
  dimensions: [dimension],
  cells: [
    ...Object.keys(values).map((c) => ({ key: { unit: c }, value: values[c]! })),
    { key: { unit: "district-a" }, value: sum(under(byDistrict, "district-a")) },
    { key: { unit: "district-b" }, value: sum(under(byDistrict, "district-b")) },
    { key: { unit: "province" }, value: sum(Object.keys(values)) }
  ]
})

const bySiteTable = (dimension: Disclosure.Dimension, name = "unit"): Disclosure.Table => ({
  id: "contacts-by-site-size",
  measure: "outreach_women",
  kind: "frequency",
  dimensions: [{ ...dimension, name }],
  cells: [
    { key: { [name]: "large" }, value: sum(under(bySite, "large")) },
    { key: { [name]: "small" }, value: sum(under(bySite, "small")) },
    { key: { [name]: "province" }, value: sum(Object.keys(values)) }
  ]
})

/** Published figures exactly, `<n` as 1…n−1, any other hidden figure as ≥ 0. */
const read = (tables: ReadonlyArray<Disclosure.PublishedTable>): Record<string, Known> => {
  const known: Record<string, Known> = {}
  for (const t of tables) {
    for (const c of t.cells) {
      const name = Object.values(c.key)[0]!
      const k: Known =
        c.value !== undefined && c.mark.status === "published"
          ? { lower: c.value, upper: c.value }
          : c.mark.display?.startsWith("<")
            ? { lower: 1, upper: Number(c.mark.display.slice(1)) - 1 }
            : { lower: 0, upper: Infinity }
      const before = known[name]
      known[name] = before === undefined ? k : { lower: Math.max(before.lower, k.lower), upper: Math.min(before.upper, k.upper) }
    }
  }
  return known
}

/** Both groupings, as the attacker writes them down. */
const equations: ReadonlyArray<Equation> = [
  { total: "district-a", parts: under(byDistrict, "district-a") },
  { total: "district-b", parts: under(byDistrict, "district-b") },
  { total: "province", parts: ["district-a", "district-b"] },
  { total: "large", parts: under(bySite, "large") },
  { total: "small", parts: under(bySite, "small") },
  { total: "province", parts: ["large", "small"] }
]

const release = (tables: ReadonlyArray<Disclosure.Table>) =>
  Effect.map(Disclosure.releaseTables({ audience: Audience.national, tables }), (r) => r.tables)

describe("one dimension grouped two ways", () => {
  it.effect("naive: the grouping checked alone is published in full, and large sites minus Giao Phong tell the 2", () =>
    Effect.gen(function* () {
      const first = yield* release([byDistrictTable(districts)])
      const quatLam = first[0]!.cells.find((c) => c.key.unit === "quat-lam")!
      expect(quatLam.mark.status).toBe("suppressed")
      expect(bounds(read(first), equations, "quat-lam").upper).toBeGreaterThanOrEqual(4)
      const alone = yield* release([bySiteTable(sites)]).pipe(Effect.provide(services))
      expect(alone[0]!.cells.every((c) => c.mark.status === "published")).toBe(true)
      expect(bounds(read([...first, ...alone]), equations, "quat-lam")).toEqual({ lower: 2, upper: 2 })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours, across releases: the grouping released later hides its large and small sites", () =>
    Effect.gen(function* () {
      const first = yield* release([byDistrictTable(districts)])
      const second = yield* release([bySiteTable(both)])
      const derived = bounds(read([...first, ...second]), equations, "quat-lam")
      expect(derived.lower <= 2 && 2 <= derived.upper).toBe(true)
      expect(derived.upper - derived.lower).toBeGreaterThanOrEqual(3)
      expect(second[0]!.cells.find((c) => c.key.unit === "large")!.mark.status).toBe("suppressed")
    }).pipe(Effect.provide(services))
  )

  it.effect("ours, in one release: both groupings are protected together", () =>
    Effect.gen(function* () {
      const shown = yield* release([byDistrictTable(both), bySiteTable(both)])
      const derived = bounds(read(shown), equations, "quat-lam")
      expect(derived.lower <= 2 && 2 <= derived.upper).toBe(true)
      expect(derived.upper - derived.lower).toBeGreaterThanOrEqual(3)
    }).pipe(Effect.provide(services))
  )

  it.effect("the same grouping under another dimension name is refused, naming both dimensions", () =>
    Effect.gen(function* () {
      yield* release([byDistrictTable(districts)])
      const refused = yield* Effect.flip(release([bySiteTable(sites, "site")]))
      expect(refused._tag).toBe("InvalidTable")
      expect(refused.message).toContain(`"site"`)
      expect(refused.message).toContain(`"unit"`)
      expect(refused.message).toContain("Disclosure.grouping")
    }).pipe(Effect.provide(services))
  )

  it.effect("a member given two parents in one hierarchy is still refused, pointing at Disclosure.grouping", () =>
    Effect.gen(function* () {
      yield* release([byDistrictTable(districts)])
      const refused = yield* Effect.flip(release([bySiteTable(sites)]))
      expect(refused._tag).toBe("InvalidTable")
      expect(refused.message).toContain("two parents")
      expect(refused.message).toContain("Disclosure.grouping")
    }).pipe(Effect.provide(services))
  )

  it.effect("a table with both groupings must add up along each of them", () =>
    Effect.gen(function* () {
      const table = byDistrictTable(both)
      const wrong: Disclosure.Table = {
        ...table,
        cells: [...table.cells, { key: { unit: "large" }, value: 99 }, { key: { unit: "small" }, value: sum(under(bySite, "small")) }]
      }
      const refused = yield* Effect.flip(release([wrong]))
      expect(refused._tag).toBe("InvalidTable")
      expect(refused.message).toContain("sum of its parts")
    }).pipe(Effect.provide(services))
  )
})

describe("a check past its time limit", () => {
  it.effect("fails closed: the release is refused with the size of the check, and the ledger is unchanged", () =>
    Effect.gen(function* () {
      const refused = yield* Effect.flip(release([byDistrictTable(both), bySiteTable(both)]).pipe(Effect.provideService(AttackerCheck.TimeLimit, 0)))
      expect(refused._tag).toBe("CheckTooLong")
      if (refused._tag !== "CheckTooLong") return
      expect(refused.cells).toBeGreaterThan(0)
      expect(refused.message).toContain("province")
      const ledger = yield* ReleaseLedger.ReleaseLedger
      expect(yield* ledger.published(Audience.national.id, ["outreach_women"])).toEqual([])
      // with the default limit the same release goes through
      yield* release([byDistrictTable(both), bySiteTable(both)])
      expect((yield* ledger.published(Audience.national.id, ["outreach_women"])).length).toBe(1)
    }).pipe(Effect.provide(services))
  )
})

describe("a table by commune and a table by province and sex, each listing every unit and value with records", () => {
  const units = Disclosure.dimension("unit", { c1: "p1", c2: "p1", p1: "country", p2: "country", p3: "country" })
  const provinces = Disclosure.dimension("unit", { p1: "country", p2: "country", p3: "country" })
  const sex = Disclosure.dimension("sex", { female: "*", male: "*" })
  const byCommune: Disclosure.Table = {
    id: "by-commune",
    measure: "contacts",
    kind: "frequency",
    dimensions: [units],
    closed: ["unit"],
    cells: [
      { key: { unit: "c1" }, value: 30 },
      { key: { unit: "c2" }, value: 25 },
      { key: { unit: "p1" }, value: 55 }
    ]
  }
  const cells = { p1: [55, 40, 15], p2: [50, 30, 20], country: [105, 70, 35] } as const
  const byProvinceAndSex: Disclosure.Table = {
    id: "by-province-and-sex",
    measure: "contacts",
    kind: "frequency",
    dimensions: [provinces, sex],
    closed: ["unit", "sex"],
    cells: Object.entries(cells).flatMap(([unit, [all, female, male]]) => [
      { key: { unit, sex: "*" }, value: all },
      { key: { unit, sex: "female" }, value: female },
      { key: { unit, sex: "male" }, value: male }
    ])
  }

  it.effect("the second says nothing of a commune's total: both are released, in either order", () =>
    Effect.gen(function* () {
      for (const order of [[byCommune, byProvinceAndSex], [byProvinceAndSex, byCommune]]) {
        const ledger = yield* ReleaseLedger.makeMemory
        for (const t of order) {
          const released = yield* release([t]).pipe(Effect.provideService(ReleaseLedger.ReleaseLedger, ledger))
          expect(released[0]!.cells.every((c) => c.mark.status === "published")).toBe(true)
        }
      }
    }).pipe(Effect.provide(services))
  )

  it.effect("a province neither lists had no records: a later table that gives it some is refused", () =>
    Effect.gen(function* () {
      yield* release([byProvinceAndSex])
      const later: Disclosure.Table = {
        id: "by-province",
        measure: "contacts",
        kind: "frequency",
        dimensions: [provinces],
        cells: [
          { key: { unit: "p1" }, value: 55 },
          { key: { unit: "p2" }, value: 50 },
          { key: { unit: "p3" }, value: 40 },
          { key: { unit: "country" }, value: 145 }
        ]
      }
      const refused = yield* Effect.flip(release([later]))
      expect(refused._tag).toBe("InconsistentFigures")
    }).pipe(Effect.provide(services))
  )
})
