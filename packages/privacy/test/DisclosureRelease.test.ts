import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Audience from "../src/Audience.js"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Audit from "../src/Audit.js"
import * as Disclosure from "../src/Disclosure.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"
import { cellOf, complement, oneWay, primary, services, suppressedCells, twoWay } from "./DisclosureFixtures.js"

const policy = Disclosure.defaultPolicy
const communes = ["quat-lam", "thinh-long", "giao-phong"] as const

// Persons referred for HIV testing in three communes of Giao Thủy, 2019, by commune, and by
// commune and sex. The commune totals of the second table are the cells of the first.
const byCommune = (): Disclosure.Table =>
  oneWay({
    id: "by-commune",
    measure: "referred_hiv_testing",
    dimension: Disclosure.categories("commune", communes),
    values: { "quat-lam": 3, "thinh-long": 9, "giao-phong": 30, total: 42 }
  })

const withMarks = (table: Disclosure.Table, marks: Readonly<Record<string, Disclosure.Mark>>): Disclosure.Table => ({
  ...table,
  cells: table.cells.map((c) => {
    const mark = marks[Object.keys(c.key).sort().map((k) => c.key[k]).join("/")]
    return mark === undefined ? c : { ...c, mark }
  })
})

const byCommuneAndSex = twoWay({
  id: "by-commune-and-sex",
  measure: "referred_hiv_testing",
  rows: ["commune", communes],
  cols: ["sex", ["female", "male"]],
  values: [
    [3, 0],
    [5, 4],
    [20, 10]
  ]
})

describe("Linked tables", () => {
  // Each table was protected on its own: the first hid Thịnh Long, the second Giao Phong.
  const first = withMarks(byCommune(), { "quat-lam": primary, "thinh-long": complement })
  const second = withMarks(byCommuneAndSex, {
    "quat-lam/female": primary,
    "quat-lam/total": primary,
    "thinh-long/male": primary,
    "thinh-long/female": complement,
    "giao-phong/female": complement,
    "giao-phong/male": complement,
    "giao-phong/total": complement
  })

  it.effect("two tables each safe alone reveal Quất Lâm's 3 persons together", () =>
    Effect.gen(function* () {
      expect((yield* AttackerCheck.check([first], { policy })).safe).toBe(true)
      expect((yield* AttackerCheck.check([second], { policy })).safe).toBe(true)
      const together = yield* AttackerCheck.check([first, second], { policy })
      expect(together.safe).toBe(false)
      // 42 − 30 (Giao Phong, published in the first) − 9 (Thịnh Long, published in the second)
      const quatLam = together.intervals.find((i) => i.key.commune === "quat-lam" && i.key.sex === "total")!
      expect([quatLam.lower, quatLam.upper]).toEqual([3, 3])
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("protected together, they are safe and hide the same cells", () =>
    Effect.gen(function* () {
      const fixed = yield* Disclosure.protect([first, second], { policy })
      expect(fixed.assessment?.safe).toBe(true)
      const fromScratch = yield* Disclosure.protect([byCommune(), byCommuneAndSex], { policy })
      expect(fromScratch.assessment?.safe).toBe(true)
      for (const result of [fixed, fromScratch]) {
        const [one, two] = result.tables
        for (const commune of [...communes, "total"]) {
          expect(cellOf(one!, { commune }).mark.status).toBe(cellOf(two!, { commune, sex: "total" }).mark.status)
        }
      }
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("released one after the other to the same audience, the second is fixed by the ledger", () =>
    Effect.gen(function* () {
      const one = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [byCommune()] })
      expect(suppressedCells(one.tables[0]!)).toEqual(["quat-lam", "thinh-long"])
      const two = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [byCommuneAndSex] })
      expect(two.assessment?.safe).toBe(true)
      // what was hidden before stays hidden, with the same mark
      expect(cellOf(two.tables[0]!, { commune: "thinh-long", sex: "total" }).mark).toEqual(complement)
      expect(cellOf(two.tables[0]!, { commune: "quat-lam", sex: "total" }).mark).toEqual(primary)
      // and the cell published before is not hidden now
      expect(cellOf(two.tables[0]!, { commune: "giao-phong", sex: "total" }).value).toBe(30)
    }).pipe(Effect.provide(services))
  )
})

// Contacts of women by outreach workers in Giao Thủy: monthly releases, then the quarter.
const period = Disclosure.periods("period", ["2019M01", "2019M02", "2019M03", "2019Q1"])
const commune = Disclosure.categories("commune", communes, "giao-thuy")
const month = (id: string, values: readonly [number, number, number]): Disclosure.Table => ({
  id: `outreach-${id}`,
  measure: "outreach_women",
  kind: "frequency",
  dimensions: [commune, period],
  cells: [
    ...communes.map((c, i) => ({ key: { commune: c, period: id }, value: values[i]! })),
    { key: { commune: "giao-thuy", period: id }, value: values[0] + values[1] + values[2] }
  ]
})
const january = month("2019M01", [2, 7, 30])
const february = month("2019M02", [6, 8, 25])
const march = month("2019M03", [5, 9, 27])
const quarter = month("2019Q1", [13, 24, 82])

describe("Releases over time", () => {
  it.effect("January hides Quất Lâm's 2 women; the first quarter would give them away by differencing, so it hides more", () =>
    Effect.gen(function* () {
      const jan = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [january] })
      expect(suppressedCells(jan.tables[0]!)).toEqual(["quat-lam/2019M01", "thinh-long/2019M01"])
      yield* Disclosure.releaseTables({ audience: Audience.national, tables: [february] })
      yield* Disclosure.releaseTables({ audience: Audience.national, tables: [march] })
      const q1 = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [quarter] })
      // 13 − 6 − 5 = 2 unless the quarter hides Quất Lâm, and Thịnh Long with it
      expect(suppressedCells(q1.tables[0]!)).toEqual(["quat-lam/2019Q1", "thinh-long/2019Q1"])
      expect(cellOf(q1.tables[0]!, { commune: "quat-lam", period: "2019Q1" }).mark).toEqual(complement)
      const january2 = q1.assessment!.intervals.find((i) => i.key.period === "2019M01" && i.key.commune === "quat-lam")!
      expect(january2.table).toMatch(/^ledger:/)
      expect([january2.lower, january2.upper, january2.safe]).toEqual([1, 4, true])
      const ledger = yield* ReleaseLedger.published("national", ["outreach_women"])
      expect(ledger.length).toBe(4)
      // a release is plain JSON, for any storage
      const json = JSON.parse(JSON.stringify(Schema.encodeSync(ReleaseLedger.Release)(q1.release)))
      expect(Schema.decodeUnknownSync(ReleaseLedger.Release)(json)).toEqual(q1.release)
    }).pipe(Effect.provide(services))
  )

  it.effect("the ledger kept in the Store remembers January for a quarter released later, by another process", () =>
    Effect.gen(function* () {
      // each release goes through a ledger built afresh on the same store, as separate CLI runs would
      const release = (table: Disclosure.Table) =>
        Disclosure.releaseTables({ audience: Audience.national, tables: [table] }).pipe(
          Effect.provide(Layer.merge(ReleaseLedger.layerStore, Audit.layer))
        )
      yield* release(january)
      yield* release(february)
      yield* release(march)
      const q1 = yield* release(quarter)
      expect(suppressedCells(q1.tables[0]!)).toEqual(["quat-lam/2019Q1", "thinh-long/2019Q1"])
      const store = yield* Store.Store
      expect(yield* store.count("disclosureRelease")).toBe(4)
    }).pipe(Effect.provide(AttackerCheck.layer), Effect.provide(MemoryStore.layer()))
  )

  it.effect("without the ledger the quarter alone looks harmless", () =>
    Effect.gen(function* () {
      const q1 = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [quarter] })
      expect(suppressedCells(q1.tables[0]!)).toEqual([])
    }).pipe(Effect.provide(services))
  )

  it.effect("a quarter, then February and March: March hides enough for January, released safely later", () =>
    Effect.gen(function* () {
      for (const t of [quarter, february]) yield* Disclosure.releaseTables({ audience: Audience.national, tables: [t] })
      // 13 − 6 − 5 = 2 is January's Quất Lâm, which no table shows yet
      const mar = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [march] })
      expect(suppressedCells(mar.tables[0]!).length).toBeGreaterThan(0)
      const jan = yield* Disclosure.releaseTables({ audience: Audience.national, tables: [january] })
      expect(cellOf(jan.tables[0]!, { commune: "quat-lam", period: "2019M01" }).mark).toEqual(primary)
    }).pipe(Effect.provide(services))
  )

  it.effect("a late January release that an earlier table already gives away is refused, naming it", () =>
    Effect.gen(function* () {
      // Thịnh Long, Giao Phong and the district in January, without Quất Lâm: 39 − 7 − 30 = 2
      const twoCommunes: Disclosure.Table = { ...january, id: "outreach-two-communes", cells: january.cells.filter((c) => c.key.commune !== "quat-lam") }
      yield* Disclosure.releaseTables({ audience: Audience.national, tables: [twoCommunes], label: { vi: "Hai xã", en: "Two communes" } })
      const late = yield* Effect.either(Disclosure.releaseTables({ audience: Audience.national, tables: [january] }))
      if (Either.isLeft(late)) expect(late.left.explain("en")).toContain("\"Two communes\"")
      if (Either.isLeft(late)) expect(late.left.explain("en")).toContain("Release a coarser table")
      expect(Either.isLeft(late)).toBe(true)
      if (Either.isLeft(late)) {
        expect(late.left._tag).toBe("UnsafeRelease")
        expect(late.left.explain("en")).toContain("cell (commune=quat-lam, period=2019M01)")
        expect(late.left.explain("vi")).toContain("Không thể công bố cho \"national\" an toàn")
      }
      // another audience has seen nothing, so it may have January
      const province = yield* Disclosure.releaseTables({ audience: Audience.province, tables: [january] })
      expect(cellOf(province.tables[0]!, { commune: "quat-lam", period: "2019M01" }).mark.display).toBe("<3")
    }).pipe(Effect.provide(services))
  )

  it.effect("a figure revised after release is not released again silently", () =>
    Effect.gen(function* () {
      yield* Disclosure.releaseTables({ audience: Audience.national, tables: [february] })
      const revised = month("2019M02", [7, 8, 25])
      const again = yield* Effect.either(Disclosure.releaseTables({ audience: Audience.national, tables: [revised] }))
      expect(Either.isLeft(again) && again.left._tag).toBe("InconsistentFigures")
    }).pipe(Effect.provide(services))
  )
})
