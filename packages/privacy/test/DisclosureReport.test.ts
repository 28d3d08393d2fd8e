import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Audience from "../src/Audience.js"
import * as Disclosure from "../src/Disclosure.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"
import { services } from "./DisclosureFixtures.js"

// A report shaped like @pctnxh/indicators' Report: Giao Thủy 2019, by commune.
const cell = (indicator: string, adminUnit: string | undefined, value: number, ratio?: readonly [number, number]) => ({
  indicator,
  period: "2019",
  ...(adminUnit === undefined ? {} : { adminUnit }),
  disaggregation: {},
  value,
  numerator: ratio === undefined ? value : ratio[0],
  denominator: ratio === undefined ? null : ratio[1],
  unit: "persons",
  source: "events",
  flags: [] as Array<string>,
  explanation: { vi: "", en: "" }
})
const report = {
  indicators: [
    { code: "REFERRED_HIV_TESTING", unit: "persons", additive: false },
    { code: "VIOLATION_RATE", unit: "percent", additive: false },
    { code: "MODEL_BUDGET", unit: "vnd", additive: true }
  ],
  cells: [
    // distinct persons: a person referred in two communes counts once in the total
    cell("REFERRED_HIV_TESTING", "quat-lam", 3),
    cell("REFERRED_HIV_TESTING", "thinh-long", 12),
    cell("REFERRED_HIV_TESTING", "giao-phong", 30),
    cell("REFERRED_HIV_TESTING", undefined, 44),
    cell("VIOLATION_RATE", "quat-lam", 10, [1, 10]),
    cell("VIOLATION_RATE", "thinh-long", 15, [6, 40]),
    cell("VIOLATION_RATE", "giao-phong", 16, [8, 50]),
    cell("VIOLATION_RATE", undefined, 15, [15, 100]),
    cell("MODEL_BUDGET", "quat-lam", 300_000_000),
    cell("MODEL_BUDGET", undefined, 300_000_000)
  ]
}

describe("Reports", () => {
  it.effect("a donor's report is released with every cell marked, without the caller choosing any rule", () =>
    Effect.gen(function* () {
      const { report: forDonor, released } = yield* Disclosure.releaseReport({
        audience: Audience.donor,
        report,
        publicAmounts: ["MODEL_BUDGET"]
      })
      const at = (indicator: string, adminUnit?: string) =>
        forDonor.cells.find((c) => c.indicator === indicator && c.adminUnit === adminUnit)!
      expect(at("REFERRED_HIV_TESTING", "quat-lam")).toMatchObject({ value: null, numerator: null, disclosure: { status: "suppressed", reason: "primary-frequency", display: "<5" } })
      expect(at("REFERRED_HIV_TESTING", "thinh-long")).toMatchObject({ value: null, disclosure: { reason: "secondary", display: "x" } })
      expect(at("REFERRED_HIV_TESTING")).toMatchObject({ value: 44, disclosure: { status: "published" } })
      // 1 violation in 10 visits: the rate goes with its numerator
      expect(at("VIOLATION_RATE", "quat-lam")).toMatchObject({ value: null, numerator: null, denominator: null, disclosure: { display: "<5" } })
      expect(at("VIOLATION_RATE")).toMatchObject({ value: 15, numerator: 15, denominator: 100 })
      expect(at("MODEL_BUDGET", "quat-lam")).toMatchObject({ value: 300_000_000, disclosure: { status: "published" } })
      // everything else the report carries is kept
      expect(at("MODEL_BUDGET").explanation).toEqual({ vi: "", en: "" })
      expect(released.assessment?.safe).toBe(true)
      const ledger = yield* ReleaseLedger.published("donor", ["REFERRED_HIV_TESTING", "VIOLATION_RATE:numerator"])
      expect(ledger.flatMap((h) => h.tables.map((t) => t.id)).sort()).toEqual(["REFERRED_HIV_TESTING", "VIOLATION_RATE:numerator"])
    }).pipe(Effect.provide(services))
  )

  it("reads distinct counts as at most the sum of their parts, and refuses amounts it cannot judge", () => {
    const read = Either.getOrThrow(Disclosure.fromReport(report, { publicAmounts: ["MODEL_BUDGET"] }))
    const referred = read.tables.find((t) => t.id === "REFERRED_HIV_TESTING")!
    expect(referred.dimensions.find((d) => d.name === "unit")?.aggregation).toBe("distinct")
    expect(read.tables.map((t) => t.id)).toEqual(["REFERRED_HIV_TESTING", "VIOLATION_RATE:numerator", "VIOLATION_RATE:denominator"])
    const refused = Disclosure.fromReport(report)
    expect(Either.isLeft(refused) && refused.left.explain("en")).toContain("an amount needs its number of contributors")
  })
})
