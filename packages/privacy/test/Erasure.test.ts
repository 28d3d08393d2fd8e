import { AggregateQuery, Entity, Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import { Access, Audience, Audit, Consents, Erasure, Key, Pseudonym, Rekey, Vault } from "@pctnxh/privacy"
import { consent, event, testKey } from "./fixtures.js"

// three made-up clients of the Đồ Sơn peer group
const clients = [
  { motherName: "Lê Thị Hoa", fatherName: "Phạm Văn Minh", sex: "female", birthYear: 1996 },
  { motherName: "Đỗ Thị Yến", fatherName: "Vũ Đức Thắng", sex: "female", birthYear: 2001 },
  { motherName: "Bùi Thị Mai", fatherName: "Ngô Văn Sơn", sex: "female", birthYear: 1989 }
]

const lastYear = [
  AggregateQuery.make({
    source: "serviceEvent",
    measure: AggregateQuery.distinctPersons,
    filters: [AggregateQuery.inPeriod("2025", "plain")],
    groupBy: [AggregateQuery.byUnit("province", "2026-01-01"), AggregateQuery.by("service")]
  }),
  AggregateQuery.make({
    source: "serviceEvent",
    measure: AggregateQuery.count,
    filters: [AggregateQuery.inPeriod("2025", "plain")],
    groupBy: [AggregateQuery.byPeriod("quarter", "plain")]
  }),
  AggregateQuery.make({
    source: "serviceEvent",
    measure: AggregateQuery.newPersons("plain"),
    filters: [AggregateQuery.inPeriod("2025", "plain")],
    groupBy: [AggregateQuery.byPeriod("quarter", "plain")]
  })
]

const everything = Effect.gen(function* () {
  const store = yield* Store.Store
  const out: Array<string> = []
  for (const kind of Entity.kinds) {
    for (const record of Chunk.toReadonlyArray(yield* Stream.runCollect(store.list(kind))))
      out.push(JSON.stringify(Entity.encode(kind)(record as never)))
  }
  return out.join("\n")
})

const setup = (keyring: Key.Keyring) =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const ids = yield* Effect.forEach(clients, (c) => Effect.map(Pseudonym.make(c, keyring), (p) => p.personId))
    yield* store.put(
      "person",
      ids.map((id) =>
        new Entity.schemas.person({ id, keyId: keyring.current.id, population: "sex_worker", sex: "female", residence: "temporary" })
      )
    )
    const events = ids.flatMap((id, i) => [
      event({ id: `ev-${i}-a`, personId: id, date: "2025-02-10", service: "outreach_information" }),
      event({ id: `ev-${i}-b`, personId: id, date: "2025-05-20", service: "hiv_testing_counselling", siteId: i === 2 ? "31@2025" : "308@pre2025" }),
      event({ id: `ev-${i}-c`, personId: id, date: "2025-11-03", service: "counselling" })
    ])
    yield* store.put("serviceEvent", [...events, event({ id: "ev-anon", date: "2025-07-07", service: "condoms" })])
    yield* store.put("activity", [
      Entity.decode("activity")({ id: "act-1", type: "group_session", audience: "sex_workers", modelId: "model-ds", unitId: "308@pre2025", date: "2025-06-01", sessions: 1, participantContacts: 3, attendeeIds: ids }).pipe((e) => (e._tag === "Right" ? e.right : (() => { throw e.left })()))
    ])
    for (const [i, id] of ids.entries())
      yield* Consents.give(consent({ id: `c-${i}`, personId: id, purposes: [{ purpose: "service_delivery" }, { purpose: "follow_up" }], given: "2025-01-01" }))
    return ids
  })

describe("erasure", () => {
  it.effect("an erased person's events link to nothing any more, and last year's report is unchanged", () =>
    Effect.gen(function* () {
      const keyring = yield* Key.ring(yield* testKey("hp-2026", 11))
      const store = yield* Store.Store
      const ids = yield* setup(keyring)
      const yen = ids[1]!
      yield* Vault.keep(yen, { phone: "0900 000 003" }, { actor: "peer-07", on: "2025-06-01" })
      yield* Access.read("person", yen, { actor: "peer-07", audience: Audience.peerEducator, purpose: "service_delivery" })
      const before = yield* Effect.forEach(lastYear, (q) => store.aggregate(q))
      const published = yield* Audit.head

      const summary = yield* Erasure.erase(yen, { actor: "officer-3", keyring })
      expect(summary).toEqual({ person: true, consents: 1, unlinked: 4, vaultEntries: 1, auditRedacted: 2 })

      // last year's report is reproducible to the digit
      expect(yield* Effect.forEach(lastYear, (q) => store.aggregate(q))).toEqual(before)
      // the pseudonym is nowhere: not on a record, not in the vault, not in the audit log
      const dump = yield* everything
      expect(dump).not.toContain(yen)
      // her old events now carry a surrogate that links them to nothing else
      const events = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("serviceEvent")))
      const surrogate = events.find((e) => e.id === "ev-1-a")!.personId!
      expect(surrogate).not.toBe(yen)
      expect(Option.isNone(yield* store.get("person", surrogate))).toBe(true)
      const elsewhere = dump.split("\n").filter((line) => line.includes(surrogate))
      expect(elsewhere.every((line) => line.includes('"modelId"'))).toBe(true) // only events and the activity
      // recomputing her pseudonym from her UIC finds nothing
      const again = yield* Pseudonym.make(clients[1]!, keyring)
      expect(again.personId).toBe(yen)
      expect(Option.isNone(yield* store.get("person", again.personId))).toBe(true)
      expect(yield* Consents.ofPerson(again.personId)).toEqual([])
      expect(Option.isNone(yield* (yield* Vault.Vault).open(again.personId))).toBe(true)
      // the other clients are untouched
      expect(Option.isSome(yield* store.get("person", ids[0]!))).toBe(true)
      // the audit chain still verifies against the head published before, and records the erasure in counts only
      const verified = yield* Audit.verified({ head: published })
      const last = Chunk.unsafeLast(yield* Stream.runCollect(store.list("auditEntry")))
      expect(last.action).toBe("deidentification")
      expect(last.subject).toBeUndefined()
      expect(verified.problems).toEqual([])
      // erasing again finds nothing left
      expect(yield* Erasure.erase(yen, { actor: "officer-3", keyring })).toEqual({ person: false, consents: 0, unlinked: 0, vaultEntries: 0, auditRedacted: 0 })
    }).pipe(
      Effect.provide(
        Layer.provideMerge(
          Layer.merge(Audit.layer, Layer.unwrapEffect(Effect.map(Effect.flatMap(testKey("vault-2026", 53), (k) => Key.ring(k)), Vault.layer))),
          MemoryStore.layer()
        )
      )
    )
  )

  it.effect("shreds the vault entry kept in a separate store", () =>
    Effect.gen(function* () {
      const keyring = yield* Key.ring(yield* testKey("hp-2026", 11))
      const ids = yield* setup(keyring)
      yield* Vault.keep(ids[0]!, { name: "Lê Thị Hoa" }, { actor: "peer-07", on: "2025-06-01" })
      expect(yield* (yield* Store.Store).count("vaultEntry")).toBe(0) // not in programme data
      const summary = yield* Erasure.erase(ids[0]!, { actor: "officer-3" })
      expect(summary.vaultEntries).toBe(1)
      expect(Option.isNone(yield* (yield* Vault.Vault).open(ids[0]!))).toBe(true)
    }).pipe(
      Effect.provide(
        Layer.provideMerge(
          Layer.merge(
            Audit.layer,
            Layer.unwrapEffect(Effect.map(Effect.flatMap(testKey("vault-2026", 53), (k) => Key.ring(k)), Vault.layer)).pipe(
              Layer.provide(MemoryStore.layer())
            )
          ),
          MemoryStore.layer()
        )
      )
    )
  )

  it.effect("after a key rotation and re-keying, erasure still finds audit entries made under the old key", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const k1 = yield* testKey("hp-2024", 3)
      const old = yield* Key.ring(k1)
      const ids = yield* setup(old)
      yield* Access.read("person", ids[0]!, { actor: "peer-07", audience: Audience.peerEducator, purpose: "service_delivery" })
      const before = yield* Effect.forEach(lastYear, (q) => store.aggregate(q))

      const rotated = yield* Key.rotate(old, yield* testKey("hp-2026", 29))
      const rekeyed = yield* Rekey.run(rotated, { actor: "officer-3" })
      expect(rekeyed).toEqual({ persons: 3, records: 3 + 9 + 1, vaultEntries: 0 })
      expect(yield* Effect.forEach(lastYear, (q) => store.aggregate(q))).toEqual(before)
      const hoa = yield* Pseudonym.make(clients[0]!, rotated)
      expect(hoa.keyId).toBe("hp-2026")
      expect(Option.getOrThrow(yield* store.get("person", hoa.personId)).keyId).toBe("hp-2026")
      expect(Option.isNone(yield* store.get("person", ids[0]!))).toBe(true)
      expect((yield* Consents.ofPerson(hoa.personId)).length).toBe(1)
      expect(yield* Rekey.run(rotated, { actor: "officer-3" })).toEqual({ persons: 0, records: 0, vaultEntries: 0 })

      const summary = yield* Erasure.erase(hoa.personId, { actor: "officer-3", keyring: rotated })
      expect(summary.auditRedacted).toBe(1)
      const dump = yield* everything
      expect(dump).not.toContain(ids[0]!)
      expect(dump).not.toContain(hoa.personId)
      expect((yield* Audit.verify()).problems).toEqual([])
    }).pipe(Effect.provide(Layer.provideMerge(Audit.layer, MemoryStore.layer())))
  )
})
