import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Audience from "../src/Audience.js"
import * as Disclosure from "../src/Disclosure.js"
import * as ReleaseLedger from "../src/ReleaseLedger.js"
import { cellOf, complement, primary, services, suppressedCells, twoWay } from "./DisclosureFixtures.js"

// Women reached by the club model in three provinces, 2019, by province and age band.
const reached = twoWay({
  id: "club-reach-2019",
  measure: "women_reached",
  rows: ["province", ["quang-ninh", "hai-phong", "nam-dinh"]],
  cols: ["age", ["15-24", "25-34", "35+"]],
  values: [
    [40, 120, 35],
    [3, 88, 41],
    [27, 64, 2]
  ]
})

describe("Audiences", () => {
  it.effect("a donor's report goes through disclosure control without the caller asking", () =>
    Effect.gen(function* () {
      const released = yield* Disclosure.releaseTables({ audience: Audience.donor, tables: [reached] })
      const table = released.tables[0]!
      expect(cellOf(table, { province: "hai-phong", age: "15-24" }).mark).toEqual(primary)
      expect(cellOf(table, { province: "nam-dinh", age: "35+" }).mark).toEqual(primary)
      expect(table.cells.filter((c) => c.mark.reason === "secondary").every((c) => c.mark.display === "x" && c.value === undefined)).toBe(true)
      expect(suppressedCells(table).length).toBeGreaterThanOrEqual(4)
      expect(released.assessment?.safe).toBe(true)
      expect(released.release.audience).toBe("donor")
      const recorded = yield* ReleaseLedger.published("donor", ["women_reached"])
      expect(recorded.map((h) => h.release)).toEqual([released.release.id])
    }).pipe(Effect.provide(services))
  )

  it.effect("the province sees counts from 3, peer educators see everything", () =>
    Effect.gen(function* () {
      const province = yield* Disclosure.releaseTables({ audience: Audience.province, tables: [reached] })
      expect(cellOf(province.tables[0]!, { province: "hai-phong", age: "15-24" }).value).toBe(3)
      expect(cellOf(province.tables[0]!, { province: "nam-dinh", age: "35+" }).mark.display).toBe("<3")
      const peer = yield* Disclosure.releaseTables({ audience: Audience.peerEducator, tables: [reached] })
      expect(suppressedCells(peer.tables[0]!)).toEqual([])
    }).pipe(Effect.provide(services))
  )

  it.effect("a caller can make protection stricter, never weaker", () =>
    Effect.gen(function* () {
      const weaker = yield* Effect.either(Disclosure.releaseTables({ audience: Audience.donor, tables: [reached], stricter: { threshold: 3 } }))
      expect(Either.isLeft(weaker) && weaker.left._tag).toBe("PolicyBelowFloor")
      expect(Either.isLeft(weaker) && weaker.left.explain("en")).toBe('Cannot weaken the protection of audience "donor" (threshold): must be at least 5')
      expect(Either.isLeft(weaker) && weaker.left.explain("vi")).toBe('Không được giảm mức bảo vệ của đối tượng "donor" (threshold): phải ít nhất là 5')
      const off = yield* Effect.either(Disclosure.releaseTables({ audience: Audience.donor, tables: [reached], stricter: { secondary: false } }))
      expect(Either.isLeft(off) && off.left._tag).toBe("PolicyBelowFloor")
      const strict = yield* Disclosure.releaseTables({ audience: Audience.donor, tables: [reached], stricter: { threshold: 30 } })
      expect(cellOf(strict.tables[0]!, { province: "nam-dinh", age: "15-24" }).mark).toEqual({ ...primary, display: "<30" })
      expect(cellOf(strict.tables[0]!, { province: "quang-ninh", age: "35+" }).mark.status).toBe("published")
    }).pipe(Effect.provide(services))
  )

  it("maps each audience's disclosure settings to a policy", () => {
    expect(Disclosure.policyFor(Audience.donor)).toMatchObject({ threshold: 5, safetyRange: 5, secondary: true, noise: "none", minContributors: 3 })
    expect(Disclosure.policyFor(Audience.publicAudience)).toMatchObject({ threshold: 5, secondary: true, noise: "cell-key" })
    expect(Disclosure.policyFor(Audience.local)).toMatchObject({ threshold: 3, safetyRange: 3, secondary: true })
    expect(Disclosure.policyFor(Audience.modelOfficer)).toMatchObject({ threshold: 1, secondary: false, dominance: [], pPercent: 0 })
    expect(complement.display).toBe("x")
  })
})
