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

const dpPolicy = (epsilon: number): Disclosure.Policy => ({ ...Disclosure.defaultPolicy, noise: "dp", epsilon })

describe("Differential privacy", () => {
  const table: Disclosure.Table = { ...byCommune, sensitivity: 2 }

  it.effect("refuses further noisy tables once the audience's budget is spent", () =>
    Effect.gen(function* () {
      const first = yield* Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" })
      expect(cellOf(first.tables[0]!, { commune: "giao-phong" }).mark).toEqual({ status: "perturbed", reason: "dp" })
      yield* Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" })
      expect(yield* Effect.flatMap(DifferentialPrivacy.Budget, (b) => b.remaining("public"))).toBeCloseTo(0.2)
      const third = yield* Effect.either(Disclosure.protect([table], { policy: dpPolicy(0.4), audience: "public" }))
      expect(Either.isLeft(third) && third.left._tag).toBe("BudgetExhausted")
      if (Either.isLeft(third)) expect(third.left.explain("en")).toContain('The privacy budget of "public" is spent')
      // a smaller query still fits
      yield* Disclosure.protect([table], { policy: dpPolicy(0.2), audience: "public" })
      expect(Either.isLeft(yield* Effect.either(DifferentialPrivacy.spend("public", 0.01)))).toBe(true)
      // an audience without a budget gets nothing
      const donor = yield* Effect.either(DifferentialPrivacy.spend("donor", 0.1))
      expect(Either.isLeft(donor) && donor.left._tag).toBe("BudgetExhausted")
    }).pipe(Effect.provide(Layer.merge(AttackerCheck.layer, DifferentialPrivacy.layerBudget({ public: 1 }))))
  )

  it.effect("rejects NaN, infinite, zero and negative parameters, and an undeclared sensitivity", () =>
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
      const undeclared = yield* Effect.either(Disclosure.protect([byCommune], { policy: dpPolicy(0.5), audience: "public" }))
      expect(Either.isLeft(undeclared) && undeclared.left._tag).toBe("InvalidNoiseParameter")
      // nothing was spent on refused queries
      expect(yield* Effect.flatMap(DifferentialPrivacy.Budget, (b) => b.remaining("public"))).toBe(1)
      const badBudget = yield* Effect.either(DifferentialPrivacy.makeBudget({ public: Number.POSITIVE_INFINITY }))
      expect(Either.isLeft(badBudget)).toBe(true)
    }).pipe(Effect.provide(Layer.merge(AttackerCheck.layer, DifferentialPrivacy.layerBudget({ public: 1 }))))
  )

  it.effect("without a budget service nothing noisy is released", () =>
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
