import { describe, expect, it } from "@effect/vitest"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import * as Either from "effect/Either"
import * as Microdata from "../src/Microdata.js"

// Five women of Quất Lâm (Giao Thủy, Nam Định before 2025) born 1995–1999, all HIV-positive.
const quatLam = "14152@pre2025"
const five: Array<Microdata.Row> = [1995, 1996, 1997, 1998, 1999].map((y) => ({
  birthYear: "1995–1999",
  sex: "female",
  commune: quatLam,
  hiv: "positive",
  born: y
}))

describe("k-anonymity and l-diversity", () => {
  it("a group of five women who are all HIV-positive is 5-anonymous but fails l-diversity", () => {
    const risk = Microdata.assess(five, { quasiIdentifiers: ["birthYear", "sex", "commune"], sensitive: ["hiv"], k: 5, l: 2 })
    expect(risk.kAnonymous).toBe(true)
    expect(risk.lDiverse).toBe(false)
    expect(risk.belowL).toBe(5)
    expect(risk.smallestDiversity).toBe(1)
    const mixed = [...five.slice(0, 4), { ...five[4]!, hiv: "negative" }]
    expect(Microdata.assess(mixed, { quasiIdentifiers: ["birthYear", "sex", "commune"], sensitive: ["hiv"], k: 5, l: 2 }).lDiverse).toBe(true)
  })

  it("reports the risk of records that can be singled out", () => {
    const rows = [...five, { birthYear: "1970–1974", sex: "female", commune: quatLam, hiv: "negative" }]
    const risk = Microdata.assess(rows, { quasiIdentifiers: ["birthYear", "sex", "commune"], k: 3 })
    expect(risk).toMatchObject({ records: 6, classes: 2, smallestClass: 1, belowK: 1, maxRisk: 1, kAnonymous: false })
    expect(risk.averageRisk).toBeCloseTo(2 / 6)
  })
})

describe("Generalisation hierarchies", () => {
  it("birth year → 5-year band → 10-year band → *", () => {
    expect(Microdata.birthYear.levels.map((l) => l.generalise("1997"))).toEqual(["1997", "1995–1999", "1990–1999", "*"])
  })

  it("date → month → quarter → year, under the plain or the administrative calendar", () => {
    expect(Microdata.date().levels.map((l) => l.generalise("2019-12-20"))).toEqual(["2019-12-20", "2019M12", "2019Q4", "2019", "*"])
    // the administrative year runs from 15 December
    expect(Microdata.date("administrative").levels[3]!.generalise("2019-12-20")).toBe("2020")
  })

  it("an old commune → the commune it became → its province today, through the 2025 crosswalk", () => {
    const levels = Microdata.geography(vietnam, "2026-01-01").levels.map((l) => l.generalise(quatLam))
    expect(levels[0]).toBe(quatLam)
    expect(levels[1]).toMatch(/@2025$/)
    expect(levels[2]).toBe("37@2025") // Nam Định is part of Ninh Bình since 1 July 2025
    expect(levels[3]).toBe("*")
  })
})

describe("Protecting an extract", () => {
  // 80 synthetic records of women reached in the communes of Giao Thủy, 2019
  const communes = vietnam.children("365@pre2025", "2019-06-01").map((u) => u.id)
  let seed = 20_19
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
  const pick = <A>(xs: ReadonlyArray<A>): A => xs[Math.floor(random() * xs.length)]!
  const rows: Array<Microdata.Row> = Array.from({ length: 80 }, () => ({
    birthYear: 1980 + Math.floor(random() * 22),
    commune: pick(communes.slice(0, 8)),
    firstContact: `2019-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
    hiv: random() < 0.3 ? "positive" : "negative"
  }))
  const options: Microdata.ProtectOptions = {
    quasiIdentifiers: ["birthYear", "commune", "firstContact"],
    sensitive: ["hiv"],
    k: 3,
    l: 2,
    hierarchies: {
      birthYear: Microdata.birthYear,
      commune: Microdata.geography(vietnam, "2026-01-01"),
      firstContact: Microdata.date()
    },
    maxSuppressed: 0.1
  }

  it("generalises and suppresses until every group has 3 records and both HIV statuses, and reports the risk before and after", () => {
    const result = Either.getOrThrow(Microdata.protect(rows, options))
    expect(result.before.kAnonymous).toBe(false)
    expect(result.before.maxRisk).toBe(1)
    expect(result.after.kAnonymous).toBe(true)
    expect(result.after.lDiverse).toBe(true)
    expect(result.after.smallestClass).toBeGreaterThanOrEqual(3)
    expect(result.after.maxRisk).toBeLessThanOrEqual(1 / 3)
    expect(result.suppressed + result.withheld).toBeLessThanOrEqual(8)
    expect(result.rows.length).toBe(80 - result.withheld)
    for (const row of result.rows) {
      expect(String(row.commune)).toMatch(/(@2025|^\*)$/)
      expect(row.hiv === "positive" || row.hiv === "negative").toBe(true)
    }
    expect(Object.keys(result.levels)).toEqual(["birthYear", "commune", "firstContact"])
  })

  it("refuses when even the coarsest extract would need too many records suppressed", () => {
    const r = Microdata.protect(rows, { ...options, k: 100, maxSuppressed: 0.05 })
    expect(Either.isLeft(r) && r.left._tag).toBe("UnprotectableExtract")
    expect(Either.isLeft(r) && r.left.explain("en")).toContain("at least 80 records would have to be suppressed, more than the 4 allowed")
  })
})
