/**
 * The synthetic records of the upgrade fixtures and the queries whose answers over them must
 * not change across releases. The same function made every committed fixture; it must keep
 * giving the same records (its random part is seeded).
 */
import { createHash } from "node:crypto"
import { AggregateQuery, type CoreError, Entity, type Geography, Store } from "@pctnxh/core"
import { Chunk, Effect, FastCheck as fc, Stream } from "effect"
// the testkit's data modules, without its vitest suite, so this runs as a plain script too
import * as Arbitraries from "../../../store-testkit/src/Arbitraries.js"
import * as Fixtures from "../../../store-testkit/src/Fixtures.js"
import * as Scenarios from "../../../store-testkit/src/Scenarios.js"

/** The PostgreSQL schema and MariaDB database the dumps were written from. */
export const FIXTURE_SCHEMA = "pctnxh_fixture"

/** One record of every kind, the domain scenarios and a seeded random dataset, by kind. */
export const fixtureRecords = (geography: Geography.Geography) => {
  const places = Scenarios.places(geography)
  const unit = places.doSonCommune2019
  const fixtures = Fixtures.oneOfEach(unit)
  // a few seeded samples merged (first record of an id wins): fast-check's samples are small
  const dataset: Record<string, Array<{ readonly id: string }>> = {}
  for (const sample of fc.sample(Arbitraries.dataset(places.pools, 120), { seed: 14, numRuns: 15 })) {
    for (const [kind, records] of Object.entries(sample as unknown as Record<string, ReadonlyArray<{ readonly id: string }>>)) {
      const into = (dataset[kind] ??= [])
      for (const record of records) if (!into.some((r) => r.id === record.id)) into.push(record)
    }
  }
  return Entity.kinds.map((kind) => {
    const generated: ReadonlyArray<unknown> = dataset[kind] ?? []
    const extra: ReadonlyArray<unknown> =
      kind === "serviceEvent"
        ? [...Scenarios.returningClients(unit), ...Scenarios.decemberEdge(unit), ...Scenarios.packageReach(unit)]
        : kind === "inspectionVisit"
          ? Scenarios.quangNinh2019(places.quangNinhUnit2019)
          : []
    const records: ReadonlyArray<unknown> = [fixtures[kind], ...generated, ...extra]
    return { kind, records: records as ReadonlyArray<never> }
  })
}

/** Queries over every source and most of the algebra: a small report's worth. */
export const fixtureQueries = (geography: Geography.Geography): ReadonlyArray<AggregateQuery.AggregateQuery> => {
  const places = Scenarios.places(geography)
  const q = AggregateQuery
  return [
    q.make({
      source: "serviceEvent",
      measure: q.count,
      filters: [q.inPeriod("2019", "administrative")],
      groupBy: [q.byPeriod("quarter", "administrative"), q.by("sex"), q.by("modelType")]
    }),
    q.make({
      source: "serviceEvent",
      measure: q.distinctPersons,
      filters: [q.within(places.haiPhongToday, "2026-01-01")],
      groupBy: [q.byUnit("province", "2026-01-01"), q.by("ageBand")]
    }),
    q.make({ source: "serviceEvent", measure: q.distinctPersons, groupBy: [q.byPeriod("year", "plain"), q.by("population")] }),
    q.make({
      source: "serviceEvent",
      measure: q.newPersons("plain"),
      filters: [q.inPeriod("2019", "plain")],
      groupBy: [q.byPeriod("quarter", "plain")]
    }),
    q.make({
      source: "serviceEvent",
      measure: q.reached(["outreach_information", "counselling", "condoms"], 2),
      filters: [q.inPeriod("2019", "plain")],
      groupBy: [q.byPeriod("quarter", "plain")]
    }),
    q.make({ source: "serviceEvent", measure: q.sum("cost"), groupBy: [q.by("service"), q.by("channel"), q.by("referralOutcome")] }),
    q.make({ source: "activity", measure: q.sum("participantContacts"), groupBy: [q.by("activityType"), q.by("audience")] }),
    q.make({ source: "activity", measure: q.distinct("groupId"), groupBy: [q.byUnit("district", "2019-06-30")] }),
    q.make({
      source: "inspectionVisit",
      measure: q.sum("fine"),
      filters: [q.inPeriod("2019", "plain")],
      groupBy: [q.by("outcome"), q.by("atRisk"), q.by("establishmentType")]
    }),
    q.make({ source: "inspectionVisit", measure: q.distinct("establishmentId"), groupBy: [q.byPeriod("half", "administrative")] }),
    q.make({
      source: "aggregateValue",
      measure: q.sum("value"),
      filters: [q.disaggregatedBy(["sex"])],
      groupBy: [q.byDisaggregation("sex"), q.by("reportedPeriod"), q.byPeriod("year", "administrative")]
    }),
    q.make({ source: "aggregateValue", measure: q.count, groupBy: [q.by("dataElement"), q.by("valueSource")] }),
    q.make({ source: "budget", measure: q.sum("amount"), groupBy: [q.byPeriod("year", "plain"), q.by("fundingSource"), q.by("model")] }),
    q.make({ source: "expenditure", measure: q.sum("amount"), groupBy: [q.by("category"), q.byPeriod("month", "plain")] }),
    q.make({ source: "expenditure", measure: q.sum("beneficiaries"), groupBy: [q.by("modelType")] }),
    q.make({ source: "group", measure: q.count, groupBy: [q.by("groupKind"), q.byUnit("province", "2019-06-30")] }),
    q.make({ source: "establishment", measure: q.count, groupBy: [q.by("establishmentType"), q.by("atRisk")] })
  ]
}

/** Rows in a stable order, sums of fractions rounded to 9 decimals (as the testkit compares them). */
export const normalise = (rows: ReadonlyArray<AggregateQuery.Row>) =>
  rows
    .map((row) => ({ key: row.key, value: Math.round(row.value * 1e9) / 1e9 }))
    .sort((a, b) => {
      const ka = JSON.stringify(a.key)
      const kb = JSON.stringify(b.key)
      return ka < kb ? -1 : ka > kb ? 1 : 0
    })

/** Every record of every kind in a store, encoded: their count by kind and a checksum of them all. */
export const contents: Effect.Effect<{ readonly counts: Record<string, number>; readonly digest: string }, CoreError.StoreError, Store.Store> = Effect.gen(function* () {
  const store = yield* Store.Store
  const counts: Record<string, number> = {}
  const hash = createHash("sha256")
  for (const kind of Entity.kinds) {
    const records = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list(kind)))
    counts[kind] = records.length
    for (const record of records) hash.update(`${kind}\u0000${JSON.stringify(Entity.encode(kind)(record as never))}\n`)
  }
  return { counts, digest: hash.digest("hex") }
})
