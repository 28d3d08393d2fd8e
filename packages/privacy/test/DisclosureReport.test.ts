import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Audience from "../src/Audience.js"
import * as Audit from "../src/Audit.js"
import * as Disclosure from "../src/Disclosure.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"
import { figure, giaoThuy, ratioIndicator, reportCell, reportTable, services, valueIndicator } from "./DisclosureFixtures.js"

// Giao Thủy 2019, by commune: persons referred for HIV testing (distinct persons), the
// violation rate of inspections (violations over visits) and the model's budget (public).
const units: ReportTable.Units = { ...giaoThuy("commune"), scope: { id: "giao-thuy@x", level: "district" } }
const VIOLATIONS = figure("INSPECTION_VIOLATIONS", "visits", true)
const VISITS = figure("INSPECTION_VISITS", "visits", true)
const report = reportTable(
  [
    valueIndicator("REFERRED_HIV_TESTING", "persons", false),
    ratioIndicator("VIOLATION_RATE", "percent", VIOLATIONS, VISITS, 100),
    valueIndicator("MODEL_BUDGET", "vnd", true, "a public programme's budget")
  ],
  [
    // distinct persons: a person referred in two communes counts once in the total
    reportCell("REFERRED_HIV_TESTING", { adminUnit: "quat-lam@x" }, 3),
    reportCell("REFERRED_HIV_TESTING", { adminUnit: "thinh-long@x" }, 12),
    reportCell("REFERRED_HIV_TESTING", { adminUnit: "giao-phong@x" }, 30),
    reportCell("REFERRED_HIV_TESTING", {}, 44),
    reportCell("VIOLATION_RATE", { adminUnit: "quat-lam@x" }, 10, { ratio: [1, 10], unit: "percent" }),
    reportCell("VIOLATION_RATE", { adminUnit: "thinh-long@x" }, 15, { ratio: [6, 40], unit: "percent" }),
    reportCell("VIOLATION_RATE", { adminUnit: "giao-phong@x" }, 16, { ratio: [8, 50], unit: "percent" }),
    reportCell("VIOLATION_RATE", {}, 15, { ratio: [15, 100], unit: "percent" }),
    reportCell("MODEL_BUDGET", { adminUnit: "quat-lam@x" }, 300_000_000, { unit: "vnd" }),
    reportCell("MODEL_BUDGET", { adminUnit: "thinh-long@x" }, 0, { unit: "vnd" }),
    reportCell("MODEL_BUDGET", { adminUnit: "giao-phong@x" }, 0, { unit: "vnd" }),
    reportCell("MODEL_BUDGET", {}, 300_000_000, { unit: "vnd" })
  ],
  units
)

describe("The release door for reports", () => {
  it.effect("a year reported beside quarters with no data is released: no data is not 0, and the year is not their sum", () =>
    Effect.gen(function* () {
      const cases = valueIndicator("POLICE_CASES", "cases", true, undefined)
      const report = reportTable(
        [{ ...cases, figures: { _tag: "value", value: figure("POLICE_CASES", "persons", true) } }],
        [
          reportCell("POLICE_CASES", { period: "2019" }, 337),
          ...["2019Q1", "2019Q2", "2019Q3", "2019Q4"].map((period) => reportCell("POLICE_CASES", { period }, null))
        ]
      )
      const released = yield* Disclosure.release(report, Audience.national, { actor: "officer-3" })
      expect(released.table.cells.map((c) => [c.period, c.value, c.disclosure?.status])).toEqual([
        ["2019", 337, "published"],
        ["2019Q1", null, "published"],
        ["2019Q2", null, "published"],
        ["2019Q3", null, "published"],
        ["2019Q4", null, "published"]
      ])
    }).pipe(Effect.provide(services))
  )

  it.effect("the national audience's report is released with every cell marked, without the caller choosing any rule", () =>
    Effect.gen(function* () {
      const released = yield* Disclosure.release(report, Audience.national, { actor: "officer-3" })
      expect(Disclosure.isReleased(released)).toBe(true)
      const at = (indicator: string, adminUnit?: string) => ReportTable.get(released.table, { indicator, period: "2019", adminUnit })!
      expect(at("REFERRED_HIV_TESTING", "quat-lam@x")).toMatchObject({ value: null, numerator: null, disclosure: { status: "suppressed", reason: "primary-frequency", display: "<5" } })
      expect(at("REFERRED_HIV_TESTING", "thinh-long@x")).toMatchObject({ value: null, disclosure: { reason: "secondary", display: "x" } })
      expect(at("REFERRED_HIV_TESTING")).toMatchObject({ value: 44, disclosure: { status: "published" } })
      // 1 violation in 10 visits: the rate goes with its numerator, shown as "x" ("<5" would read as "under 5%")
      expect(at("VIOLATION_RATE", "quat-lam@x")).toMatchObject({ value: null, numerator: null, denominator: null, disclosure: { reason: "primary-frequency", display: "x" } })
      expect(at("VIOLATION_RATE")).toMatchObject({ value: 15, numerator: 15, denominator: 100 })
      expect(at("MODEL_BUDGET", "quat-lam@x")).toMatchObject({ value: 300_000_000, disclosure: { status: "published" } })
      // a hidden cell's explanation quotes no figure; a published one keeps its own
      expect(at("REFERRED_HIV_TESTING", "quat-lam@x").explanation.en).not.toMatch(/\d/)
      expect(at("REFERRED_HIV_TESTING").explanation.en).toContain("44")
      expect(released.assessment?.safe).toBe(true)
      const ledger = yield* ReleaseLedger.published("national", ["REFERRED_HIV_TESTING", "INSPECTION_VIOLATIONS"])
      expect(ledger.flatMap((h) => h.tables.map((t) => t.id)).sort()).toEqual(["INSPECTION_VIOLATIONS", "REFERRED_HIV_TESTING"])
      // and the release is in the audit log
      const log = yield* Audit.verify()
      expect(log.length).toBe(1)
      expect(released.audit.sequence).toBe(0)
    }).pipe(Effect.provide(services))
  )

  it("reads each figure once, as the measure of the indicator it is: a ratio's numerator is that indicator's figure", () => {
    const read = Either.getOrThrow(Disclosure.fromReport(report))
    expect(read.tables.map((t) => t.id)).toEqual(["REFERRED_HIV_TESTING", "INSPECTION_VIOLATIONS", "INSPECTION_VISITS"])
    const referred = read.tables[0]!
    // distinct persons that do not add up: the attacker only knows the total is at most the sum
    expect(referred.dimensions.find((d) => d.name === "unit@x")?.aggregation).toBe("distinct")
    expect(referred.dimensions.find((d) => d.name === "period")?.aggregation).toBe("distinct")
    // counts of visits add up
    expect(read.tables[1]!.dimensions.find((d) => d.name === "unit@x")?.aggregation).toBe("sum")
    // the units on the report's map, up to the country; a report lists every unit with records
    expect(referred.dimensions.find((d) => d.name === "unit@x")?.parents).toMatchObject({ "quat-lam@x": "giao-thuy@x", "giao-thuy@x": "nam-dinh@x", "nam-dinh@x": "*" })
    expect(referred.closed).toEqual(["unit@x"])
  })

  it.effect("an amount that is not public needs who it comes from", () =>
    Effect.gen(function* () {
      const fines = reportTable(
        [valueIndicator("FINES", "vnd", true)],
        [reportCell("FINES", {}, 135_800_000, { unit: "vnd" })]
      )
      const refused = yield* Effect.flip(Disclosure.release(fines, Audience.national))
      expect(refused._tag).toBe("InvalidTable")
      expect(refused._tag === "InvalidTable" && refused.explain("en")).toContain("needs its number of contributors")
    }).pipe(Effect.provide(services))
  )
})
