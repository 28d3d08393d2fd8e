/**
 * Attack: averaging the noise away. Cell-key noise hides a count within ±2; a reader who could
 * get the same figure with several independent noises could average them, or intersect the
 * intervals each one allows, and close in on the true value. The same commune total is asked
 * for again and again, each time broken down by another attribute (sex, age band, service…), in
 * releases of their own. The door gives the total the same noise every time: the attacker, with
 * the independent solver, derives nothing better from six releases than from one.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as CellKey from "../../src/CellKey.js"
import * as Disclosure from "../../src/Disclosure.js"
import * as Key from "../../src/Key.js"
import { services, twoWay } from "../DisclosureFixtures.js"
import { bounds, type Equation, type Known } from "./attacker.js"

const communes = ["quat-lam", "thinh-long", "giao-phong"] as const
// persons reached in 2019 by commune: the figure the attacker wants
const truth: Readonly<Record<(typeof communes)[number], number>> = { "quat-lam": 41, "thinh-long": 57, "giao-phong": 88 }

/** Splits a total into parts of at least 12 (no part is a small cell). */
const split = (total: number, parts: number): Array<number> => {
  const out = Array.from({ length: parts }, () => Math.floor(total / parts))
  out[0]! += total - out.reduce((s, x) => s + x, 0)
  return out
}

const breakdowns: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["sex", ["female", "male"]],
  ["ageBand", ["15-24", "25-34", "35+"]],
  ["service", ["testing", "counselling", "referral"]],
  ["channel", ["outreach", "site"]],
  ["population", ["sex_worker", "partner"]],
  ["residence", ["permanent", "temporary"]]
]

const tableBy = ([name, members]: readonly [string, ReadonlyArray<string>]): Disclosure.Table =>
  twoWay({
    id: `persons-by-commune-and-${name}`,
    measure: "PERSONS_REACHED",
    rows: ["commune", communes],
    cols: [name, members],
    values: communes.map((c) => split(truth[c], members.length))
  })

const keyring = Effect.flatMap(Key.fromBytes("giao-thuy-2026", Uint8Array.from({ length: 32 }, (_, i) => (i * 53 + 17) % 256)), (k) => Key.ring(k))

/** What the attacker derives for a commune from the shown totals: each says "within ±2". */
const derive = (shown: ReadonlyArray<number>, deviation: number) => {
  const known: Record<string, Known> = {}
  const equations: Array<Equation> = []
  shown.forEach((value, k) => {
    known[`release-${k}`] = { lower: Math.max(0, value - deviation), upper: value + deviation }
    // every release shows the same figure
    equations.push({ total: "figure", parts: [`release-${k}`] })
  })
  return bounds(known, equations, "figure")
}

describe("averaging the noise of one total over releases with different breakdowns", () => {
  it.effect("naive: a key from the full coordinates gives each breakdown its own noise, and the attacker closes in", () =>
    Effect.gen(function* () {
      const ring = yield* keyring
      const key = Key.noiseKey(ring)
      const policy = Disclosure.policyFor(Audience.publicAudience)
      for (const commune of communes) {
        const shown: Array<number> = []
        for (const [name] of breakdowns) {
          const u = yield* CellKey.of(key, { measure: "PERSONS_REACHED", key: { commune, [name]: "total" } })
          shown.push(CellKey.perturb("frequency", truth[commune], u, policy))
        }
        const one = derive(shown.slice(0, 1), policy.cellKeyDeviation)
        const all = derive(shown, policy.cellKeyDeviation)
        expect(one.upper - one.lower).toBe(4)
        expect(new Set(shown).size).toBeGreaterThan(1)
        expect(all.upper - all.lower).toBeLessThan(4)
        expect(all.lower <= truth[commune] && truth[commune] <= all.upper).toBe(true)
      }
    })
  )

  it.effect("ours: six releases, six breakdowns, one noise: the attacker's interval stays 4 wide, the average is one release's", () =>
    Effect.gen(function* () {
      const ring = yield* keyring
      const shown: Record<string, Array<number>> = Object.fromEntries(communes.map((c) => [c, []]))
      for (const breakdown of breakdowns) {
        const released = yield* Disclosure.releaseTables({ audience: Audience.publicAudience, tables: [tableBy(breakdown)] }).pipe(
          Effect.provideService(Key.DeploymentKeyring, ring)
        )
        for (const c of released.tables[0]!.cells) {
          if (c.key[breakdown[0]] === "total" && c.key.commune !== "total") {
            expect(c.mark).toEqual({ status: "perturbed", reason: "cell-key" })
            shown[c.key.commune!]!.push(c.value!)
          }
        }
      }
      const policy = Disclosure.policyFor(Audience.publicAudience)
      for (const commune of communes) {
        const values = shown[commune]!
        expect(values).toHaveLength(breakdowns.length)
        expect(new Set(values).size).toBe(1)
        const one = derive(values.slice(0, 1), policy.cellKeyDeviation)
        const all = derive(values, policy.cellKeyDeviation)
        expect(all).toEqual(one)
        expect(all.upper - all.lower).toBe(4)
        const average = values.reduce((s, x) => s + x, 0) / values.length
        expect(Math.abs(average - truth[commune])).toBe(Math.abs(values[0]! - truth[commune]))
      }
    }).pipe(Effect.provide(services))
  )
})
