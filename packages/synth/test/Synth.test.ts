import { AggregateQuery, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { Synth } from "@pctnxh/synth"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Stream } from "effect"

const take = (options: Synth.Options, n: number) => {
  const out: Array<Synth.Generated> = []
  for (const g of Synth.records(options)) {
    out.push(g)
    if (out.length >= n) break
  }
  return out
}

describe("the synthetic data generator", () => {
  it("is deterministic: the same seed gives the same records, another seed others", () => {
    const a = take({ seed: 42, events: 2_000 }, 3_000)
    const b = take({ seed: 42, events: 2_000 }, 3_000)
    const c = take({ seed: 43, events: 2_000 }, 3_000)
    const json = (xs: ReadonlyArray<Synth.Generated>) => JSON.stringify(xs.map((x) => x.record))
    expect(json(a)).toBe(json(b))
    expect(json(a)).not.toBe(json(c))
  })

  it("builds only records that pass their schemas, and no field that names anyone", () => {
    const kinds = new Set<string>()
    for (const g of Synth.records({ seed: 7, events: 1_500 })) {
      kinds.add(g.kind)
      const checked = Synth.validate(g)
      if (Either.isLeft(checked)) throw new Error(checked.left.message)
    }
    expect([...kinds].sort()).toEqual(
      [
        "activity",
        "aggregateValue",
        "budget",
        "consent",
        "costNorm",
        "establishment",
        "expenditure",
        "group",
        "inspectionRound",
        "inspectionVisit",
        "model",
        "organisation",
        "person",
        "populationEstimate",
        "programme",
        "serviceEvent",
        "target"
      ].sort()
    )
  })

  it.effect("is calibrated to the sources: violations near 9%, fines near 3.3 M VND, sessions of about 20, people who return and move", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      yield* Stream.runForEachChunk(Synth.stream({ seed: 2019, events: 20_000 }, 2_000), (chunk) =>
        Effect.forEach(Synth.byKind(chunk), ([kind, records]) => store.put(kind, records as never), { discard: true })
      )
      const one = (query: AggregateQuery.AggregateQuery) => Effect.map(store.aggregate(query), (rows) => rows[0]?.value ?? 0)
      const visits = yield* one(AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.count }))
      const violations = yield* one(
        AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.count, filters: [AggregateQuery.where("outcome", ["violation"])] })
      )
      const fines = yield* one(AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.sum("fine") }))
      expect(violations / visits).toBeGreaterThan(0.06)
      expect(violations / visits).toBeLessThan(0.13)
      expect(fines / violations).toBeGreaterThan(2_800_000)
      expect(fines / violations).toBeLessThan(3_800_000)

      const sessions = yield* one(
        AggregateQuery.make({ source: "activity", measure: AggregateQuery.count, filters: [AggregateQuery.where("activityType", ["group_session"])] })
      )
      const participants = yield* one(
        AggregateQuery.make({
          source: "activity",
          measure: AggregateQuery.sum("participantContacts"),
          filters: [AggregateQuery.where("activityType", ["group_session"])]
        })
      )
      expect(participants / sessions).toBeGreaterThan(18)
      expect(participants / sessions).toBeLessThan(22)

      const contacts = yield* one(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count }))
      const persons = yield* one(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.distinctPersons }))
      expect(contacts).toBeGreaterThan(16_000)
      expect(contacts).toBeLessThan(24_000)
      expect(persons).toBeLessThan(contacts / 2)

      // people seen in more than one province
      const byProvince = yield* store.aggregate(
        AggregateQuery.make({
          source: "serviceEvent",
          measure: AggregateQuery.distinctPersons,
          groupBy: [AggregateQuery.byUnit("province", "2020-12-31")]
        })
      )
      const sumOverProvinces = byProvince.reduce((s, r) => s + r.value, 0)
      expect(sumOverProvinces).toBeGreaterThan(persons)
      expect(byProvince.length).toBe(6)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it("places contacts after 1 July 2025 in today's communes", () => {
    let after = 0
    for (const g of Synth.records({ seed: 1, events: 600, years: [2025, 2025], provinces: ["Kiên Giang"] })) {
      if (g.kind === "serviceEvent" && g.record.date >= "2025-07-01") {
        after++
        expect(g.record.siteId.endsWith("@2025")).toBe(true)
      }
    }
    expect(after).toBeGreaterThan(0)
  })
})
