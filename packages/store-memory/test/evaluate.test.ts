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
})
