import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Effect from "effect/Effect"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Disclosure from "../src/Disclosure.js"

/**
 * A random small hierarchical table: communes in two or three districts of one province, by
 * two or three service types, every total included.
 */
const tables = fc
  .record({
    districts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }),
    services: fc.integer({ min: 2, max: 3 }),
    seed: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 27, maxLength: 27 }),
    showBelowThreshold: fc.boolean(),
    zeros: fc.constantFrom("publish" as const, "suppress" as const)
  })
  .map(({ districts, services, seed, showBelowThreshold, zeros }) => {
    const parents: Record<string, string> = {}
    const communes: Array<string> = []
    districts.forEach((n, d) => {
      parents[`d${d}`] = "province"
      for (let c = 0; c < n; c++) {
        parents[`d${d}c${c}`] = `d${d}`
        communes.push(`d${d}c${c}`)
      }
    })
    const kinds = Array.from({ length: services }, (_, s) => `s${s}`)
    const value = new Map<string, number>()
    let k = 0
    for (const c of communes) for (const s of kinds) value.set(`${c}|${s}`, seed[k++ % seed.length]!)
    const units = [...communes, ...districts.map((_, d) => `d${d}`), "province"]
    const leavesOf = (u: string): Array<string> => (communes.includes(u) ? [u] : communes.filter((c) => c.startsWith(u === "province" ? "d" : u)))
    const cells: Array<Disclosure.Cell> = []
    for (const u of units) {
      for (const s of [...kinds, "total"]) {
        const ss = s === "total" ? kinds : [s]
        let v = 0
        for (const c of leavesOf(u)) for (const x of ss) v += value.get(`${c}|${x}`)!
        cells.push({ key: { unit: u, service: s }, value: v })
      }
    }
    const table: Disclosure.Table = {
      id: "random",
      measure: "contacts",
      kind: "frequency",
      dimensions: [Disclosure.dimension("unit", parents), Disclosure.categories("service", kinds)],
      cells
    }
    const policy: Disclosure.Policy = { ...Disclosure.defaultPolicy, showBelowThreshold, zeros }
    return { table, policy, parents, kinds }
  })

/**
 * The attacker, written out independently of the library: the published table as a CPLEX LP
 * text, solved by HiGHS's one-shot solver for the bounds of each suppressed cell.
 */
const attackerBounds = (
  highs: AttackerCheck.Solver["Type"]["highs"],
  published: Disclosure.PublishedTable,
  parents: Readonly<Record<string, string>>,
  kinds: ReadonlyArray<string>,
  policy: Disclosure.Policy
) => {
  const name = new Map<string, string>()
  const term = (unit: string, service: string): { readonly constant: number } | { readonly variable: string } => {
    const cell = published.cells.find((c) => c.key.unit === unit && c.key.service === service)!
    if (cell.mark.status !== "suppressed") return { constant: cell.value! }
    const key = `${unit}|${service}`
    if (!name.has(key)) name.set(key, `x${name.size}`)
    return { variable: name.get(key)! }
  }
  const rows: Array<string> = []
  const equation = (total: ReturnType<typeof term>, parts: ReadonlyArray<ReturnType<typeof term>>) => {
    let rhs = 0
    const vars: Array<string> = []
    for (const p of parts) if ("constant" in p) rhs -= p.constant
    else vars.push(`+ ${p.variable}`)
    if ("constant" in total) rhs += total.constant
    else vars.push(`- ${total.variable}`)
    if (vars.length > 0) rows.push(`${vars.join(" ")} = ${rhs}`)
  }
  const units = [...new Set([...Object.keys(parents), ...Object.values(parents)])]
  for (const u of units) {
    const children = Object.keys(parents).filter((c) => parents[c] === u)
    for (const s of [...kinds, "total"]) if (children.length > 0) equation(term(u, s), children.map((c) => term(c, s)))
    equation(term(u, "total"), kinds.map((s) => term(u, s)))
  }
  const low = policy.zeros === "publish" ? 1 : 0
  const bounds = published.cells
    .filter((c) => c.mark.status === "suppressed")
    .map((c) => {
      const x = name.get(`${c.key.unit}|${c.key.service}`)!
      const upper = c.mark.display?.startsWith("<") ? Number(c.mark.display.slice(1)) - 1 : undefined
      return { cell: c, x, low, upper }
    })
  const lp = (sense: "Minimize" | "Maximize", x: string) =>
    [
      sense,
      ` obj: ${x}`,
      "Subject To",
      ...rows.map((r, i) => ` c${i}: ${r}`),
      "Bounds",
      ...bounds.map((b) => (b.upper === undefined ? ` ${b.x} >= ${b.low}` : ` ${b.low} <= ${b.x} <= ${b.upper}`)),
      "End"
    ].join("\n")
  return bounds.map((b) => {
    const min = highs.solve(lp("Minimize", b.x))
    const max = highs.solve(lp("Maximize", b.x))
    const lower = min.Status === "Optimal" ? Math.ceil(min.ObjectiveValue - 1e-6) : -Infinity
    const upper = max.Status === "Optimal" ? Math.floor(max.ObjectiveValue + 1e-6) : Infinity
    return { cell: b.cell, prior: (b.upper ?? Infinity) - b.low, lower, upper }
  })
}

describe("Protection, on random small hierarchical tables", () => {
  it.effect("leaves no suppressed cell's attacker interval narrower than its safety range", () =>
    Effect.gen(function* () {
      const { highs } = yield* AttackerCheck.Solver
      const solver = AttackerCheck.Solver.of({ highs })
      let checked = 0
      yield* Effect.promise(() =>
        fc.assert(
          fc.asyncProperty(tables, async ({ table, policy, parents, kinds }) => {
            const result = await Effect.runPromise(
              Disclosure.protect([table], { policy }).pipe(Effect.provideService(AttackerCheck.Solver, solver))
            )
            const published = result.tables[0]!
            for (const b of attackerBounds(highs, published, parents, kinds, policy)) {
              if (b.cell.mark.reason === "secondary") continue
              checked++
              const required = Math.min(policy.safetyRange, b.prior)
              expect(b.upper - b.lower, `${b.cell.key.unit}/${b.cell.key.service}`).toBeGreaterThanOrEqual(required)
            }
            // every count below the threshold is hidden
            for (const cell of published.cells) {
              if (cell.mark.status === "published") expect(cell.value! >= policy.threshold || (cell.value === 0 && policy.zeros === "publish")).toBe(true)
            }
          }),
          { numRuns: 50, seed: 1_629 }
        )
      )
      expect(checked).toBeGreaterThan(40)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )
})
