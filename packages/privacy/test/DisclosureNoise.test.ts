import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Audience from "../src/Audience.js"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as CellKey from "../src/CellKey.js"
import * as DifferentialPrivacy from "../src/DifferentialPrivacy.js"
import * as Disclosure from "../src/Disclosure.js"
import * as Key from "../src/Key.js"
import { cellOf, oneWay, primary, services, twoWay } from "./DisclosureFixtures.js"

const communes = ["quat-lam", "thinh-long", "giao-phong"] as const
const byCommune = oneWay({
  id: "by-commune",
  measure: "referred_hiv_testing",
  dimension: Disclosure.categories("commune", communes),
  values: { "quat-lam": 3, "thinh-long": 19, "giao-phong": 30, total: 52 }
})
const byCommuneAndSex = twoWay({
  id: "by-commune-and-sex",
  measure: "referred_hiv_testing",
  rows: ["commune", communes],
  cols: ["sex", ["female", "male"]],
  values: [
    [3, 0],
    [15, 4],
    [20, 10]
  ]
})
/** A fixed key, so that where the noise lands is the same on every run. */
const fixedKey = (id: string, seed: number) => Key.fromBytes(id, Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + seed) % 256))

const cellKeyPolicy: Disclosure.Policy = { ...Disclosure.defaultPolicy, noise: "cell-key" }

describe("Cell-key perturbation", () => {
  it.effect("gives the same cell the same noise twice, so averaging yields nothing", () =>
    Effect.gen(function* () {
      const key = yield* fixedKey("giao-thuy-2026", 11)
      const identity = { measure: "referred_hiv_testing", key: { commune: "giao-phong", sex: "total" } }
      const u1 = yield* CellKey.of(key, identity)
      const u2 = yield* CellKey.of(key, { ...identity, key: { sex: "total", commune: "giao-phong" } })
      expect(u1).toBe(u2)
      expect(u1).toBeGreaterThanOrEqual(0)
      expect(u1).toBeLessThan(1)

      const shown: Array<number> = []
      for (let i = 0; i < 20; i++) {
        const result = yield* Disclosure.protect([byCommune], { policy: cellKeyPolicy, key })
        shown.push(cellOf(result.tables[0]!, { commune: "giao-phong" }).value!)
      }
      expect(new Set(shown).size).toBe(1)
      const average = shown.reduce((s, x) => s + x, 0) / shown.length
      expect(average).toBe(shown[0])
      expect(Math.abs(shown[0]! - 30)).toBeLessThanOrEqual(2)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it("names a cell by its records, or by its coordinates without the dimensions at their total", () => {
    const dims = [Disclosure.categories("commune", communes), Disclosure.categories("sex", ["female", "male"]), Disclosure.periods("period", ["2019Q1", "2019Q2", "2019Q3", "2019Q4", "2019"])]
    const measure = "referred_hiv_testing"
    expect(CellKey.canonical({ measure, key: { commune: "giao-phong", sex: "total", period: "2019" } }, dims)).toEqual({
      measure,
      key: { commune: "giao-phong", period: "2019" }
    })
    expect(CellKey.canonical({ measure, key: { commune: "total", sex: "female", period: "2019Q3" } }, dims)).toEqual({
      measure,
      key: { sex: "female", period: "2019Q3" }
    })
    expect(CellKey.canonical({ measure, key: { commune: "giao-phong", sex: "female" }, recordKeys: ["b", "a"] }, dims)).toEqual({
      measure,
      key: {},
      recordKeys: ["b", "a"]
    })
  })

  it.effect("gives a cell the same noise in every table that shows it", () =>
    Effect.gen(function* () {
      const key = yield* fixedKey("giao-thuy-2026", 11)
      const result = yield* Disclosure.protect([byCommune, byCommuneAndSex], { policy: cellKeyPolicy, key })
      const [one, two] = result.tables
      for (const commune of ["thinh-long", "giao-phong", "total"]) {
        const a = cellOf(one!, { commune })
        const b = cellOf(two!, { commune, sex: "total" })
        expect(a.mark.status).toBe(b.mark.status)
        expect(a.value).toBe(b.value)
      }
      expect(cellOf(one!, { commune: "giao-phong" }).mark).toEqual({ status: "perturbed", reason: "cell-key" })
      // small counts are still suppressed, zeros stay zeros
      expect(cellOf(one!, { commune: "quat-lam" }).mark).toEqual(primary)
      expect(cellOf(two!, { commune: "quat-lam", sex: "male" }).value).toBe(0)
      expect(result.assessment?.safe).toBe(true)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("depends on the deployment key, and moves counts by at most 2 with no bias", () =>
    Effect.gen(function* () {
      const one = yield* fixedKey("a-2026", 3)
      const other = yield* fixedKey("b-2026", 5)
      const offsets: Array<number> = []
      let differ = 0
      for (let i = 0; i < 400; i++) {
        const identity = { measure: "outreach_contacts", key: { model: `m${i}` } }
        const u = yield* CellKey.of(one, identity)
        const v = yield* CellKey.of(other, identity)
        const d = CellKey.countOffset(40, u, 2)
        if (d !== CellKey.countOffset(40, v, 2)) differ++
        offsets.push(d)
      }
      expect(Math.min(...offsets)).toBe(-2)
      expect(Math.max(...offsets)).toBe(2)
      expect(Math.abs(offsets.reduce((s, x) => s + x, 0) / offsets.length)).toBeLessThan(0.2)
      expect(differ).toBeGreaterThan(100)
      // never below zero
      for (const u of [0, 0.1, 0.5, 0.99]) expect(1 + CellKey.countOffset(1, u, 2)).toBeGreaterThanOrEqual(0)
      expect(CellKey.countOffset(0, 0.99, 2)).toBe(0)
    })
  )

  it.effect("the public's tables are perturbed without the caller asking, with the deployment keyring's key", () =>
    Effect.gen(function* () {
      const refused = yield* Effect.either(Disclosure.releaseTables({ audience: Audience.publicAudience, tables: [byCommune] }))
      expect(Either.isLeft(refused) && refused.left._tag).toBe("KeyRequired")
      const keyring = yield* Key.ring(yield* fixedKey("giao-thuy-2026", 11))
      const released = yield* Disclosure.releaseTables({ audience: Audience.publicAudience, tables: [byCommune] }).pipe(
        Effect.provideService(Key.DeploymentKeyring, keyring)
      )
      expect(cellOf(released.tables[0]!, { commune: "giao-phong" }).mark.reason).toBe("cell-key")
      expect(cellOf(released.tables[0]!, { commune: "quat-lam" }).mark).toEqual(primary)
    }).pipe(Effect.provide(services))
  )
})

const dpPolicy = (epsilon: number, epsilonTotal = 1, dpReplacesSuppression = true): Disclosure.Policy => ({
  ...Disclosure.defaultPolicy,
  noise: "dp",
  epsilon,
  epsilonTotal,
  dpReplacesSuppression
})
const spent = (audience: string) => Effect.flatMap(DifferentialPrivacy.Budget, (b) => b.spent(audience))

describe("Differential privacy", () => {
  const table: Disclosure.Table = byCommune

  it.effect("refuses a release above the ceiling per release, and one that would pass the total", () =>
    Effect.gen(function* () {
      const first = yield* Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" })
      expect(cellOf(first.tables[0]!, { commune: "giao-phong" }).mark).toEqual({ status: "perturbed", reason: "dp" })
      yield* Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" })
      expect(yield* spent("public")).toBeCloseTo(0.8)
      const third = yield* Effect.either(Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" }))
      expect(Either.isLeft(third) && third.left._tag).toBe("BudgetExhausted")
      if (Either.isLeft(third)) expect(third.left.explain("en")).toContain('The privacy budget of "public" is spent')
      // a smaller release still fits, then nothing does
      yield* Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public", epsilon: 0.2 })
      expect(yield* spent("public")).toBeCloseTo(1)
      const after = yield* Effect.either(DifferentialPrivacy.spend({ audience: "public", epsilon: 0.01, total: 1 }))
      expect(Either.isLeft(after) && after.left._tag).toBe("BudgetExhausted")
      // asking for more than the ceiling per release is refused, and spends nothing
      const above = yield* Effect.either(Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "donor", epsilon: 0.5 }))
      expect(Either.isLeft(above) && above.left._tag).toBe("EpsilonAboveCeiling")
      if (Either.isLeft(above)) expect(above.left.explain("en")).toBe('Audience "donor" may be given at most ε = 0.4 per release; ε = 0.5 was refused.')
      expect(yield* spent("donor")).toBe(0)
    }).pipe(Effect.provide(Layer.merge(AttackerCheck.layer, DifferentialPrivacy.layerMemory)))
  )

  it.effect("an audience's ceilings come from its definition, and a caller cannot raise them", () =>
    Effect.gen(function* () {
      const noisy = Audience.make({
        ...Audience.publicAudience,
        id: "public_dp",
        disclosure: { ...Audience.publicAudience.disclosure, differentialPrivacy: { epsilonPerRelease: 0.5, epsilonTotal: 1 } }
      })
      const policy = Disclosure.policyFor(noisy)
      expect([policy.noise, policy.epsilon, policy.epsilonTotal, policy.dpReplacesSuppression]).toEqual(["dp", 0.5, 1, false])
      for (const [setting, value] of [
        ["epsilon", 0.6],
        ["epsilonTotal", 2],
        ["dpReplacesSuppression", true],
        ["noise", "cell-key"]
      ] as const) {
        const r = Disclosure.stricter(policy, { [setting]: value }, noisy.id)
        expect(Either.isLeft(r) && r.left.setting).toBe(setting)
      }
      expect(Either.isRight(Disclosure.stricter(policy, { epsilon: 0.1, epsilonTotal: 0.5 }, noisy.id))).toBe(true)
    })
  )

  it.effect("derives the sensitivity from the table's shape, never from the caller", () =>
    Effect.gen(function* () {
      // a person counted once: one commune cell and the total
      expect(yield* DifferentialPrivacy.sensitivity(byCommune)).toBe(2)
      // by commune and sex with both margins: the cell, its row, its column and the grand total
      expect(yield* DifferentialPrivacy.sensitivity(byCommuneAndSex)).toBe(4)
      // distinct persons over months and their quarter: a person may be in every month at once
      const months = Disclosure.periods("period", ["2019M01", "2019M02", "2019M03", "2019Q1"], "distinct")
      const byMonth: Disclosure.Table = {
        id: "by-month",
        measure: "persons_reached",
        kind: "frequency",
        dimensions: [months],
        cells: [
          { key: { period: "2019M01" }, value: 6 },
          { key: { period: "2019M02" }, value: 7 },
          { key: { period: "2019M03" }, value: 5 },
          { key: { period: "2019Q1" }, value: 12 }
        ]
      }
      expect(yield* DifferentialPrivacy.sensitivity(byMonth)).toBe(4)
      // amounts: the declared cap on one contributor, times the shape; none declared is refused
      const fines: Disclosure.Table = {
        id: "fines",
        measure: "fines",
        kind: "magnitude",
        dimensions: [Disclosure.categories("commune", ["quat-lam", "giao-phong"])],
        cells: [
          { key: { commune: "quat-lam" }, value: 7_000_000, frequency: 3, contributions: [3_000_000, 2_000_000, 2_000_000] },
          { key: { commune: "giao-phong" }, value: 9_000_000, frequency: 4, contributions: [3_000_000, 2_000_000, 2_000_000, 2_000_000] },
          { key: { commune: "total" }, value: 16_000_000, frequency: 7, contributions: [3_000_000, 3_000_000, 2_000_000] }
        ]
      }
      const undeclared = yield* Effect.either(DifferentialPrivacy.sensitivity(fines))
      expect(Either.isLeft(undeclared) && undeclared.left._tag).toBe("InvalidTable")
      expect(yield* DifferentialPrivacy.sensitivity({ ...fines, contributorCap: 5_000_000 })).toBe(10_000_000)
      // a contribution above the cap: the records were not clipped
      const unclipped = yield* Effect.either(DifferentialPrivacy.sensitivity({ ...fines, contributorCap: 2_500_000 }))
      expect(Either.isLeft(unclipped) && unclipped.left.explain("en")).toBe(
        'Table "fines", cell (commune=quat-lam): a contribution exceeds the cap: records must be clipped to it before the table is made'
      )
    })
  )

  it.effect("keeps the small-cell rules unless the policy says noise replaces them", () =>
    Effect.gen(function* () {
      const kept = yield* Disclosure.protect([byCommune], { policy: dpPolicy(0.5, 2, false), audience: "public" })
      expect(cellOf(kept.tables[0]!, { commune: "quat-lam" }).mark).toEqual(primary)
      expect(cellOf(kept.tables[0]!, { commune: "quat-lam" }).value).toBeUndefined()
      expect(cellOf(kept.tables[0]!, { commune: "giao-phong" }).mark).toEqual({ status: "perturbed", reason: "dp" })
      const replaced = yield* Disclosure.protect([byCommune], { policy: dpPolicy(0.5, 2, true), audience: "public" })
      expect(cellOf(replaced.tables[0]!, { commune: "quat-lam" }).mark).toEqual({ status: "perturbed", reason: "dp" })
    }).pipe(Effect.provide(Layer.merge(AttackerCheck.layer, DifferentialPrivacy.layerMemory)))
  )

  it.effect("rejects NaN, infinite, zero and negative parameters", () =>
    Effect.gen(function* () {
      for (const [sensitivity, epsilon] of [
        [Number.NaN, 1],
        [1, Number.NaN],
        [Number.POSITIVE_INFINITY, 1],
        [1, Number.POSITIVE_INFINITY],
        [-1, 1],
        [1, -0.5],
        [1, 0]
      ] as const) {
        const r = yield* Effect.either(DifferentialPrivacy.noise({ sensitivity, epsilon }))
        expect(Either.isLeft(r) && r.left._tag).toBe("InvalidNoiseParameter")
      }
      const r = yield* Effect.either(DifferentialPrivacy.noise({ sensitivity: 1, epsilon: Number.NaN }))
      expect(Either.isLeft(r) && r.left.explain("en")).toBe('Noise parameter "epsilon" = NaN: is not a number')
      const nan = yield* Effect.either(Disclosure.protect([table], { policy: dpPolicy(0.5), audience: "public", epsilon: Number.NaN }))
      expect(Either.isLeft(nan) && nan.left._tag).toBe("InvalidNoiseParameter")
      const badTotal = yield* Effect.either(DifferentialPrivacy.spend({ audience: "public", epsilon: 0.1, total: Number.POSITIVE_INFINITY }))
      expect(Either.isLeft(badTotal) && badTotal.left._tag).toBe("InvalidNoiseParameter")
      // nothing was spent on refused requests
      expect(yield* spent("public")).toBe(0)
    }).pipe(Effect.provide(Layer.merge(AttackerCheck.layer, DifferentialPrivacy.layerMemory)))
  )

  it.effect("without a budget service or a Store nothing noisy is released", () =>
    Effect.gen(function* () {
      const r = yield* Effect.either(Disclosure.protect([table], { policy: dpPolicy(0.5), audience: "public" }))
      expect(Either.isLeft(r) && r.left._tag).toBe("BudgetExhausted")
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("draws discrete Laplace noise of the declared scale", () =>
    Effect.gen(function* () {
      // scale 2: P(x) ∝ exp(−|x|/2); variance 2e^(−1/2) / (1 − e^(−1/2))² ≈ 7.83; P(0) ≈ 0.245
      const draws: Array<number> = []
      for (let i = 0; i < 4000; i++) draws.push(yield* DifferentialPrivacy.noise({ sensitivity: 1, epsilon: 0.5 }))
      expect(draws.every(Number.isInteger)).toBe(true)
      const mean = draws.reduce((s, x) => s + x, 0) / draws.length
      const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length
      const q = Math.exp(-0.5)
      expect(Math.abs(mean)).toBeLessThan(0.35)
      expect(variance / ((2 * q) / (1 - q) ** 2)).toBeGreaterThan(0.85)
      expect(variance / ((2 * q) / (1 - q) ** 2)).toBeLessThan(1.15)
      const zeros = draws.filter((x) => x === 0).length / draws.length
      expect(Math.abs(zeros - (1 - q) / (1 + q))).toBeLessThan(0.03)
    })
  )
})
