import { Store } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream, TestClock } from "effect"
import { Audience, Breach, Consents, Dossier } from "@pctnxh/privacy"
import { consent, event, person, programme, ringOf } from "./fixtures.js"

describe("breach notification", () => {
  it.effect("records an incident with its 72-hour deadline and tracks it until notified", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2026-03-02T01:00:00Z"))
      const incident = yield* Breach.record(
        {
          nature: "loss",
          kinds: ["serviceEvent", "person"],
          personsAffected: 40,
          summary: "Mất máy tính bảng của nhóm tiếp cận cộng đồng Đồ Sơn",
          measures: "Khóa tài khoản, xóa dữ liệu từ xa"
        },
        { actor: "officer-3" }
      )
      expect(incident.detectedAt).toBe("2026-03-02T01:00:00.000Z")
      expect(incident.deadline).toBe("2026-03-05T01:00:00.000Z")
      expect(incident.classes).toEqual(["quasi", "sensitive", "plain"])
      expect(Breach.draft(incident, "vi")).toContain("Hạn thông báo (72 giờ): 2026-03-05T01:00:00.000Z")
      expect(Breach.draft(incident, "en")).toContain("Persons affected: 40")

      yield* TestClock.adjust("50 hours")
      const [pending] = yield* Breach.open
      expect(pending!.hoursLeft).toBe(22)
      expect(pending!.overdue).toBe(false)
      yield* TestClock.adjust("23 hours")
      expect((yield* Breach.open)[0]!.overdue).toBe(true)

      const done = yield* Breach.notified(incident.id, { actor: "officer-3", to: "Cục A05, Bộ Công an" })
      expect(done.notifiedAt! > done.deadline).toBe(true)
      expect(yield* Breach.open).toEqual([])
      const store = yield* Store.Store
      const entries = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("auditEntry")))
      expect(entries.map((e) => [e.action, e.details.onTime])).toEqual([
        ["incident", undefined],
        ["incident", false]
      ])
    }).pipe(Effect.provide(programme()))
  )
})

describe("impact-assessment evidence", () => {
  it.effect("says what is processed, for which purposes, under which consents, by which audiences", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      yield* store.put("person", [person("p-hoa"), person("p-lan")])
      yield* store.put("serviceEvent", [event({ id: "ev-1", personId: "p-hoa", date: "2026-01-10" })])
      yield* Consents.give(consent({ id: "c-1", personId: "p-hoa", purposes: [{ purpose: "service_delivery" }, { purpose: "reporting" }], given: "2026-01-01" }))
      yield* Consents.give(consent({ id: "c-2", personId: "p-lan", purposes: [{ purpose: "research" }], given: "2026-01-01", withdrawn: "2026-02-01" }))
      const keyring = yield* ringOf("hp-2026", 11)
      const dossier = yield* Dossier.build({ actor: "officer-3", keyring, asOf: "2026-03-01" })

      const events = dossier.processing.find((p) => p.kind === "serviceEvent")!
      expect(events.records).toBe(1)
      expect(events.personLevel).toBe(true)
      expect(events.fields.find((f) => f.field === "service")?.privacy).toBe("sensitive")
      expect(dossier.purposes.find((p) => p.purpose === "reporting")).toEqual({
        purpose: "reporting",
        label: { vi: "Báo cáo thống kê", en: "Reporting" },
        persons: 1
      })
      expect(dossier.purposes.find((p) => p.purpose === "research")?.persons).toBe(0)
      expect(dossier.consents).toEqual({ total: 2, active: 1, withdrawn: 1 })
      expect(dossier.audiences.map((a) => a.id)).toEqual(Audience.defaults.map((a) => a.id))
      expect(dossier.safeguards.pseudonyms).toMatchObject({ algorithm: "HMAC-SHA-256", keyIds: ["hp-2026"] })
      expect(dossier.safeguards.audit.intact).toBe(true)
      const json = JSON.stringify(dossier)
      expect(json).not.toContain("p-hoa")
      expect(JSON.parse(json).safeguards.pseudonyms.scheme.id).toBe("vn-parents-2-2-sex-year")
    }).pipe(Effect.provide(programme()))
  )
})
