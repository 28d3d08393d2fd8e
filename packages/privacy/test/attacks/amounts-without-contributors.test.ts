/**
 * Attack: amounts without contributors. Hạ Long's fines for 2019 add up to 60.8 million VND, of
 * which one karaoke bar paid 50: published as a plain number, the total tells everyone roughly
 * what that bar paid, and the bar fined second (8 million, who knows its own fine) can work out
 * the first to within 6%. The store computes who contributed (a contributions measure, here
 * the memory store's), and the door judges the amount by it.
 */
import { AggregateQuery, Entity, ReportTable, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import { reportCell, reportTable, valueIndicator } from "../DisclosureFixtures.js"
import { bounds, readerKnows } from "./attacker.js"
import { releaseTo } from "./fixtures.js"

const CITIES = ["ha-long@x", "cam-pha@x", "uong-bi@x"] as const
// fines of 2019, by city: Hạ Long's first bar paid 50 M of 60.8 M
const FINES: Readonly<Record<(typeof CITIES)[number], ReadonlyArray<number>>> = {
  "ha-long@x": [50_000_000, 8_000_000, 2_800_000],
  "cam-pha@x": Array.from({ length: 10 }, () => 3_000_000),
  "uong-bi@x": Array.from({ length: 5 }, () => 3_200_000)
}
const UNIT: Readonly<Record<(typeof CITIES)[number], string>> = { "ha-long@x": "193@pre2025", "cam-pha@x": "195@pre2025", "uong-bi@x": "196@pre2025" }

/** Visits with their fines in a store; the contributions of each city's fines, as the store computes them. */
const fromTheStore = Effect.gen(function* () {
  const store = yield* Store.Store
  const visits = CITIES.flatMap((city) =>
    FINES[city].map((fine, i) =>
      Entity.decode("inspectionVisit")({
        id: `${city}-${i}`,
        roundId: "qn-2019",
        establishmentId: `${city}-est-${i}`,
        establishmentType: "karaoke",
        unitId: UNIT[city],
        date: "2019-06-15",
        outcome: "violation",
        fine
      })
    )
  )
  yield* store.put("inspectionVisit", visits.map((v) => (v._tag === "Right" ? v.right : Effect.runSync(Effect.die(v.left)))))
  const rows = yield* store.aggregate(
    AggregateQuery.make({
      source: "inspectionVisit",
      measure: AggregateQuery.contributions("fine", "establishmentId"),
      groupBy: [AggregateQuery.byUnit("district", "2019-12-31")]
    })
  )
  const total = yield* store.aggregate(AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.contributions("fine", "establishmentId") }))
  return { rows, total: total[0]! }
}).pipe(Effect.provide(MemoryStore.layer()))

const finesReport = (contributions: (city: string | undefined) => ReportTable.Contributions, publicWhy?: string) =>
  reportTable(
    [valueIndicator("FINES", "vnd", true, publicWhy)],
    [
      ...CITIES.map((c) => reportCell("FINES", { adminUnit: c }, FINES[c].reduce((a, x) => a + x, 0), { unit: "vnd", contributions: contributions(c) })),
      reportCell("FINES", {}, Object.values(FINES).flat().reduce((a, x) => a + x, 0), { unit: "vnd", contributions: contributions(undefined) })
    ],
    { asOf: "2019-12-31", level: "district", parents: { "ha-long@x": "qn@x", "cam-pha@x": "qn@x", "uong-bi@x": "qn@x", "qn@x": null }, scope: { id: "qn@x", level: "province" } }
  )

describe("amounts without contributors", () => {
  it.effect("the store says who the fines come from: 3 establishments in Hạ Long, the largest 50 M", () =>
    Effect.gen(function* () {
      const { rows, total } = yield* fromTheStore
      const haLong = rows.find((r) => r.key["unit"] === "193@pre2025")!
      expect(haLong).toMatchObject({ value: 60_800_000, contributions: { contributors: 3, largest: [50_000_000, 8_000_000, 2_800_000] } })
      expect(total.contributions?.contributors).toBe(18)
    })
  )

  it.effect("naive: published as a public amount, Hạ Long's total lets the second bar estimate the first to within 6%", () =>
    Effect.gen(function* () {
      const released = yield* releaseTo(finesReport(() => ({ contributors: 0, largest: [] }), "declared public"), Audience.national)
      const haLong = ReportTable.get(released.table, { indicator: "FINES", period: "2019", adminUnit: "ha-long@x" })!
      expect(haLong.value).toBe(60_800_000)
      // the second bar: the first paid at most the total less its own 8 M
      const estimate = haLong.value! - 8_000_000
      expect(Math.abs(estimate - 50_000_000) / 50_000_000).toBeLessThan(0.1)
    })
  )

  it.effect("ours: judged by its contributors, Hạ Long's fines are hidden, and no published figure narrows them below 10%", () =>
    Effect.gen(function* () {
      const { rows, total } = yield* fromTheStore
      const byCity = (city: string | undefined) => {
        const row = city === undefined ? total : rows.find((r) => r.key["unit"] === UNIT[city as keyof typeof UNIT])!
        return row.contributions!
      }
      const released = yield* releaseTo(finesReport(byCity), Audience.national)
      const at = (adminUnit?: string) => ReportTable.get(released.table, { indicator: "FINES", period: "2019", adminUnit })!
      expect(at("ha-long@x")).toMatchObject({ value: null, disclosure: { status: "suppressed", reason: "primary-dominance" } })
      expect(at("ha-long@x").contributions).toBeUndefined()
      // what a reader can work out about Hạ Long from the published figures (GLPK, not the library's solver)
      const known = readerKnows(released.table.cells, (c) => c.adminUnit ?? "*")
      const b = bounds(known, [{ total: "*", parts: [...CITIES] }], "ha-long@x", false)
      expect(b.upper - b.lower).toBeGreaterThanOrEqual(0.1 * 60_800_000)
      // an amount the indicator declares public is published as it is
      const budget = yield* releaseTo(finesReport(() => ({ contributors: 0, largest: [] }), "a public programme's budget"), Audience.national)
      expect(ReportTable.get(budget.table, { indicator: "FINES", period: "2019", adminUnit: "ha-long@x" })?.value).toBe(60_800_000)
    })
  )
})
