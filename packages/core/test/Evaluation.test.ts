import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Either from "effect/Either"
import * as AggregateQuery from "../src/AggregateQuery.js"
import * as Evaluation from "../src/Evaluation.js"
import { vietnam } from "../src/geography/vietnam.js"
import * as Period from "../src/Period.js"
import * as Registry from "../src/Registry.js"
import * as ServiceEvent from "../src/ServiceEvent.js"
import type { IsoDate } from "../src/Time.js"

const AS_OF = "2020-12-31" as IsoDate
// communes of two provinces, so that some keys repeat, and a unit the map does not know, which
// lies in no province
const communes = vietnam.unitsAt("commune", AS_OF)
const sites = [...communes.slice(0, 6), ...communes.slice(-6)].map((u) => u.id as string).concat("99999@pre2025")
const services = ["counselling", "loan", "condoms"] as const
const residences = ["permanent", "temporary", "none"] as const

const event = fc
  .record({
    person: fc.option(fc.integer({ min: 1, max: 15 }), { nil: undefined }),
    site: fc.constantFrom(...sites),
    day: fc.integer({ min: 0, max: 729 }),
    service: fc.constantFrom(...services),
    residence: fc.constantFrom(...residences),
    cost: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined })
  })
  .map((e) => ({ ...e, date: new Date(Date.UTC(2019, 0, 1 + e.day)).toISOString().slice(0, 10) }))

type Event = typeof event extends fc.Arbitrary<infer A> ? A : never

/** The dimensions a query may group by, each with the key a record gets, worked out by hand. */
const dimensions: ReadonlyArray<readonly [AggregateQuery.Dimension, (e: Event) => string | null]> = [
  [{ _tag: "period", grain: "quarter", calendar: "administrative" }, (e) => Period.containingId(e.date, "quarter", "administrative")],
  [{ _tag: "period", grain: "year", calendar: "plain" }, (e) => e.date.slice(0, 4)],
  [
    { _tag: "unit", level: "province", asOf: AS_OF },
    (e) => {
      const found = vietnam.resolveAt(e.site, "province", AS_OF)
      return found._tag === "Some" ? found.value.id : null
    }
  ],
  [{ _tag: "attribute", name: "service" }, (e) => e.service],
  [{ _tag: "attribute", name: "residence" }, (e) => e.residence]
]

const measures: ReadonlyArray<readonly [AggregateQuery.Measure, (rows: ReadonlyArray<Event>) => number]> = [
  [AggregateQuery.count, (rows) => rows.length],
  [{ _tag: "distinct", field: "personId" }, (rows) => new Set(rows.flatMap((e) => (e.person === undefined ? [] : [e.person]))).size],
  [{ _tag: "sum", field: "cost" }, (rows) => rows.reduce((a, e) => a + (e.cost ?? 0), 0)]
]

const record = (e: Event, i: number) =>
  new ServiceEvent.ServiceEvent(
    {
      id: `e${i}`,
      ...(e.person === undefined ? {} : { personId: `p${e.person}` }),
      modelId: "m1",
      siteId: e.site,
      date: e.date,
      service: e.service,
      channel: "outreach",
      population: "sex_worker",
      sex: "female",
      residence: e.residence,
      ...(e.cost === undefined ? {} : { cost: e.cost })
    } as never,
    true
  )

describe("Evaluation", () => {
  it("groups by zero to four dimensions as records grouped by hand do", () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 120, size: "max" }),
        // at most one period dimension; the others in any order
        fc.tuple(fc.constantFrom([], [0], [1]), fc.shuffledSubarray([2, 3, 4])).map(([period, others]) => [...period, ...others]),
        fc.integer({ min: 0, max: measures.length - 1 }),
        (events, chosen, m) => {
          const [measure, measured] = measures[m]!
          const groupBy = chosen.map((i) => dimensions[i]![0])
          const query = AggregateQuery.make({ source: "serviceEvent", measure, groupBy })
          const records = events.map(record)
          const rows = Either.getOrThrow(
            Evaluation.evaluate(query, { registry: Registry.registry, geography: vietnam, records: () => records as never, lookup: () => null })
          )
          const names = groupBy.map(AggregateQuery.dimensionKey)
          const byHand = new Map<string, Array<Event>>()
          for (const e of events) {
            const key = JSON.stringify(chosen.map((i) => dimensions[i]![1](e)))
            byHand.set(key, [...(byHand.get(key) ?? []), e])
          }
          const expected = [...byHand].map(([key, group]) => ({ key, value: measured(group) })).sort((a, b) => (a.key < b.key ? -1 : 1))
          const got = rows.map((r) => ({ key: JSON.stringify(names.map((n) => r.key[n] ?? null)), value: r.value })).sort((a, b) => (a.key < b.key ? -1 : 1))
          expect(got).toEqual(expected)
        }
      ),
      { numRuns: 150 }
    )
  })
})
