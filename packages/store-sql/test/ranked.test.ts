/**
 * The largest sums a summary of contributions by person keeps: after any changes of persons'
 * sums, they give what ranking every contributor gives, or ask to be counted again.
 */
import { FastCheck as fc } from "effect"
import { describe, expect, it } from "vitest"
import { contributionsOf, type Contributor, type Ranked, rankedContributions, rerank } from "../src/internal/summary.js"

/** What a full count keeps of a group: every person's sum and records, and those without one. */
type Group = { persons: Map<string, [number, number]>; none: [number, number] }

const contributorsOf = (g: Group): Array<Contributor> => [
  ...(g.none[1] > 0 ? [[null, g.none[0], g.none[1]] as const] : []),
  ...[...g.persons].map(([who, [sum, n]]) => [who, sum, n] as const)
]

const rankedOf = (g: Group, keep: number): Ranked => {
  const sums = [...g.persons.values()].map(([sum]) => sum).sort((a, b) => b - a)
  const largest = sums.slice(0, keep)
  return { persons: sums.length, nonZero: sums.filter((x) => x !== 0).length, largest, bound: sums.length > keep ? largest[keep - 1]! : null, none: [...g.none] }
}

const person = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `p${i}`))
const sum = fc.integer({ min: -3, max: 12 }).map((n) => n * 1000)
/** A step: some persons' whole sums and records set anew (0 records: gone), and the records without a person changed. */
const step = fc.record({
  set: fc.array(fc.tuple(person, sum, fc.integer({ min: 0, max: 3 })), { maxLength: 5 }),
  none: fc.tuple(sum, fc.integer({ min: -1, max: 2 }))
})

describe("Ranked sums of contributions by person", () => {
  it("give the contributors' count and largest sums of a full ranking, after any changes, or ask for a count", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, sum, fc.integer({ min: 1, max: 3 })), { maxLength: 12 }),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (initial, steps, top, slack) => {
          const keep = top + slack
          const group: Group = { persons: new Map(initial.map(([who, s, n]) => [who, [s, n]])), none: [0, 0] }
          let ranked = rankedOf(group, keep)
          for (const { none, set } of steps) {
            const touched = new Map<string, { was: [number, number]; is: [number, number] }>()
            for (const [who, s, n] of set) {
              const was = group.persons.get(who) ?? [0, 0]
              const entry = touched.get(who) ?? { was: [...was] as [number, number], is: [0, 0] }
              entry.is = n > 0 ? [s, n] : [0, 0]
              touched.set(who, entry)
              if (n > 0) group.persons.set(who, [s, n])
              else group.persons.delete(who)
            }
            const noneChange: [number, number] = group.none[1] + none[1] < 0 ? [0, 0] : none
            group.none = [group.none[0] + noneChange[0], group.none[1] + noneChange[1]]
            const next = rerank(ranked, touched.values(), noneChange, top, keep)
            // counted again, as the store does
            ranked = next ?? rankedOf(group, keep)
            const full = contributionsOf(contributorsOf(group), top)
            expect(rankedContributions(ranked, top)).toEqual(full.contributions)
            expect(ranked.persons).toBe(group.persons.size)
            expect(ranked.largest.length).toBeLessThanOrEqual(keep)
          }
        }
      ),
      { numRuns: 2000 }
    )
  })

  it("never ask for a count while sums only grow and persons only come", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, fc.nat(20), fc.integer({ min: 1, max: 3 })), { maxLength: 12 }),
        fc.array(fc.array(fc.tuple(person, fc.nat(5), fc.integer({ min: 1, max: 2 })), { maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        (initial, steps, top) => {
          const group: Group = { persons: new Map(initial.map(([who, s, n]) => [who, [s, n]])), none: [0, 0] }
          let ranked: Ranked | undefined = rankedOf(group, top)
          for (const adds of steps) {
            const touched = new Map<string, { was: [number, number]; is: [number, number] }>()
            for (const [who, more, n] of adds) {
              const was = group.persons.get(who) ?? [0, 0]
              const is: [number, number] = [was[0] + more, was[1] + n]
              group.persons.set(who, is)
              touched.set(who, { was: touched.get(who)?.was ?? [...was], is })
            }
            ranked = rerank(ranked!, touched.values(), [0, 0], top, top)
            expect(ranked).toBeDefined()
            expect(rankedContributions(ranked!, top)).toEqual(contributionsOf(contributorsOf(group), top).contributions)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
