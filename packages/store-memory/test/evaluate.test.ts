import { AggregateQuery, Entity } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Store } from "@pctnxh/core"

describe("memory store", () => {
  it.effect("sums participant contacts of group sessions: Hải Phòng 2019–2020, 32 sessions × 20 = 640", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const sessions = Array.from({ length: 32 }, (_, i) =>
        Entity.decode("activity")({
          id: `hp-session-${i}`,
          type: "group_session",
          audience: "sex_workers",
          groupId: i % 2 === 0 ? "hp-group-do-son" : "hp-group-thuy-nguyen",
          unitId: "31@pre2025",
          date: i < 16 ? "2019-05-10" : "2020-05-10",
          sessions: 1,
          participantContacts: 20
        }).pipe((e) => (e._tag === "Right" ? e.right : Effect.runSync(Effect.die(e.left))))
      )
      yield* store.put("activity", sessions)
      const rows = yield* store.aggregate(
        AggregateQuery.make({ source: "activity", measure: AggregateQuery.sum("participantContacts") })
      )
      expect(rows).toEqual([{ key: {}, value: 640 }])
      const groups = yield* store.aggregate(
        AggregateQuery.make({ source: "activity", measure: AggregateQuery.distinct("groupId") })
      )
      expect(groups).toEqual([{ key: {}, value: 2 }])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("reads reported values by exact period and by their set of disaggregation keys", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const value = (id: string, period: string, disaggregation: Record<string, string>, v: number) =>
        Entity.decode("aggregateValue")({ id, dataElement: "PERSONS_REACHED", period, unitId: "22@pre2025", disaggregation, value: v, source: "province_report" }).pipe(
          (e) => (e._tag === "Right" ? e.right : Effect.runSync(Effect.die(e.left)))
        )
      yield* store.put("aggregateValue", [
        value("a", "2019", {}, 300),
        value("b", "2019Q1", {}, 120),
        value("c", "2019Q2", {}, 150),
        value("d", "2019", { sex: "female" }, 290),
        value("e", "2019", { sex: "male" }, 10),
        value("f", "2019", { sex: "female", ageBand: "20-24" }, 100)
      ])
      const sum = (filters: ReadonlyArray<AggregateQuery.Filter>, groupBy: ReadonlyArray<AggregateQuery.Dimension> = []) =>
        store.aggregate(AggregateQuery.make({ source: "aggregateValue", measure: AggregateQuery.sum("value"), filters, groupBy }))
      expect(yield* sum([AggregateQuery.disaggregatedBy([]), AggregateQuery.where("reportedPeriod", ["2019"])])).toEqual([{ key: {}, value: 300 }])
      expect(yield* sum([AggregateQuery.disaggregatedBy([])], [AggregateQuery.by("reportedPeriod")])).toEqual([
        { key: { reportedPeriod: "2019" }, value: 300 },
        { key: { reportedPeriod: "2019Q1" }, value: 120 },
        { key: { reportedPeriod: "2019Q2" }, value: 150 }
      ])
      expect(yield* sum([AggregateQuery.disaggregatedBy(["sex"])], [AggregateQuery.byDisaggregation("sex")])).toEqual([
        { key: { "disaggregation.sex": "female" }, value: 290 },
        { key: { "disaggregation.sex": "male" }, value: 10 }
      ])
      expect(yield* sum([AggregateQuery.disaggregatedBy(["sex", "ageBand", "sex"])])).toEqual([{ key: {}, value: 100 }])
      const refused = yield* Effect.flip(
        store.aggregate(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.disaggregatedBy([])] }))
      )
      expect(refused._tag).toBe("InvalidQuery")
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("tells visits to establishments on the at-risk list from the others", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const decode = <K extends Entity.Kind>(kind: K, input: unknown) =>
        Entity.decode(kind)(input).pipe((e) => (e._tag === "Right" ? e.right : Effect.runSync(Effect.die(e.left))))
      yield* store.put("establishment", [
        decode("establishment", { id: "est-a", type: "karaoke", unitId: "22@pre2025", atRisk: true }),
        decode("establishment", { id: "est-b", type: "hotel", unitId: "22@pre2025", atRisk: false })
      ])
      const visit = (id: string, establishmentId: string) =>
        decode("inspectionVisit", { id, roundId: "r1", establishmentId, establishmentType: "karaoke", unitId: "22@pre2025", date: "2019-04-02", outcome: "compliant" })
      yield* store.put("inspectionVisit", [visit("v1", "est-a"), visit("v2", "est-a"), visit("v3", "est-b"), visit("v4", "est-unknown")])
      const rows = yield* store.aggregate(
        AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.distinct("establishmentId"), groupBy: [AggregateQuery.by("atRisk")] })
      )
      expect(rows).toEqual([
        { key: { atRisk: "false" }, value: 1 },
        { key: { atRisk: "true" }, value: 1 },
        { key: { atRisk: null }, value: 1 }
      ])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})
