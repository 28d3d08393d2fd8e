import { Store } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Option, Stream } from "effect"
import { Access, Audience, Consents } from "@pctnxh/privacy"
import { consent, event, person, programme } from "./fixtures.js"

const referral = (personId: string | undefined, providerKind = "clinic") =>
  event({
    id: `ev-ref-${personId ?? "anon"}-${providerKind}`,
    ...(personId === undefined ? {} : { personId }),
    date: "2026-02-10",
    service: "hiv_testing_referral",
    referral: { providerKind, outcome: "pending" }
  })

const auditActions = Effect.flatMap(Store.Store, (s) =>
  Effect.map(Stream.runCollect(s.list("auditEntry")), (c) => Chunk.toReadonlyArray(c).map((e) => e.action))
)

describe("consent and purpose", () => {
  it.effect("a referral without consent fails with a clear error and stores nothing", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      yield* store.put("person", [person("p-hoa")])
      const error = yield* Effect.flip(Consents.refer(referral("p-hoa"), { actor: "peer-07" }))
      expect(error._tag).toBe("ConsentRequired")
      if (error._tag !== "ConsentRequired") return
      expect(error.explain("en")).toBe(
        'No consent for "Referral" (Clinic) on 2026-02-10 (1 person(s)). Record the person\'s consent, or give the legal basis for processing without it.'
      )
      expect(error.explain("vi")).toContain('Không có sự đồng ý cho mục đích "Chuyển gửi" (Phòng khám)')
      expect(error.message).not.toContain("p-hoa")
      expect(yield* store.count("serviceEvent")).toBe(0)
    }).pipe(Effect.provide(programme()))
  )

  it.effect("the same referral succeeds with consent, and the disclosure is audited", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      yield* store.put("person", [person("p-hoa")])
      yield* Consents.give(consent({ id: "c-1", personId: "p-hoa", purposes: [{ purpose: "service_delivery" }, { purpose: "referral", providerKind: "clinic" }], given: "2026-01-05" }))
      const grant = yield* Consents.refer(referral("p-hoa"), { actor: "peer-07" })
      expect(grant).toEqual({ basis: "consent", consentId: "c-1" })
      expect(yield* store.count("serviceEvent")).toBe(1)
      expect(yield* auditActions).toEqual(["share"])
      // consent to a clinic does not cover a law firm
      const elsewhere = yield* Effect.flip(Consents.refer(referral("p-hoa", "law_firm"), { actor: "peer-07" }))
      expect(elsewhere._tag).toBe("ConsentRequired")
      // an anonymous contact links to nobody and needs no consent
      expect(yield* Consents.refer(referral(undefined), { actor: "peer-07" })).toEqual({ basis: "anonymous" })
    }).pipe(Effect.provide(programme()))
  )

  it.effect("a consent covers from the day it is given until the day it is withdrawn", () =>
    Effect.gen(function* () {
      const c = consent({ id: "c-1", personId: "p-hoa", purposes: [{ purpose: "referral" }], given: "2026-01-05" })
      expect(Consents.covers(c, { purpose: "referral", providerKind: "legal_aid_office", on: "2026-01-05" })).toBe(true)
      expect(Consents.covers(c, { purpose: "referral", on: "2026-01-04" })).toBe(false)
      expect(Consents.covers(c, { purpose: "research", on: "2026-02-01" })).toBe(false)
      yield* Consents.give(c)
      const withdrawn = yield* Consents.withdraw("c-1", { actor: "peer-07", on: "2026-02-01" })
      expect(withdrawn.withdrawn).toBe("2026-02-01")
      expect(Consents.covers(withdrawn, { purpose: "referral", on: "2026-01-31" })).toBe(true)
      expect(Consents.covers(withdrawn, { purpose: "referral", on: "2026-02-01" })).toBe(false)
      const late = yield* Effect.flip(Consents.refer(referral("p-hoa"), { actor: "peer-07" }))
      expect(late._tag).toBe("ConsentRequired")
      expect(yield* auditActions).toEqual(["consent_withdrawal"])
      expect((yield* Effect.flip(Consents.withdraw("c-none", { actor: "peer-07" })))._tag).toBe("NotFound")
    }).pipe(Effect.provide(programme()))
  )

  it.effect("an override needs a legal basis and a written reason, and is recorded", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const noNote = yield* Effect.flip(
        Consents.refer(referral("p-hoa"), { actor: "peer-07", override: { basis: "vital_interest", note: "" } })
      )
      expect(noNote._tag).toBe("InvalidOverride")
      const noBasis = yield* Effect.flip(
        Consents.refer(referral("p-hoa"), { actor: "peer-07", override: { basis: "because" as never, note: "Cấp cứu sau khi bị hành hung" } })
      )
      expect(noBasis._tag).toBe("InvalidOverride")
      expect(yield* store.count("serviceEvent")).toBe(0)
      const grant = yield* Consents.refer(referral("p-hoa"), {
        actor: "peer-07",
        override: { basis: "vital_interest", note: "Cấp cứu sau khi bị hành hung, không thể hỏi ý kiến" }
      })
      expect(grant).toEqual({ basis: "override", legalBasis: "vital_interest" })
      const entries = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("auditEntry")))
      expect(entries.map((e) => e.action)).toEqual(["consent_override", "share"])
      expect(entries[0]!.details).toMatchObject({ basis: "vital_interest", providerKind: "clinic", persons: 1 })
    }).pipe(Effect.provide(programme()))
  )
})

describe("exports of person-level data", () => {
  const seed = Effect.gen(function* () {
    const store = yield* Store.Store
    yield* store.put("person", [person("p-hoa"), person("p-lan")])
    yield* store.put("serviceEvent", [
      event({ id: "ev-1", personId: "p-hoa", date: "2026-01-10" }),
      event({ id: "ev-2", personId: "p-lan", date: "2026-01-11" }),
      event({ id: "ev-3", date: "2026-01-12" })
    ])
    yield* Consents.give(consent({ id: "c-hoa", personId: "p-hoa", purposes: [{ purpose: "research" }], given: "2026-01-01" }))
  })

  it.effect("needs consent for the purpose from every person, an override, or leaves them out", () =>
    Effect.gen(function* () {
      yield* seed
      const context = { actor: "officer-3", audience: Audience.modelOfficer, purpose: "research", on: "2026-03-01" } as const
      const refused = yield* Effect.flip(Access.exportRecords("serviceEvent", context))
      expect(refused._tag === "ConsentRequired" && refused.persons).toBe(1)
      const omitting = yield* Access.exportRecords("serviceEvent", { ...context, onMissingConsent: "omit" })
      expect(omitting.omitted).toBe(1)
      expect(omitting.records.map((r) => r.id)).toEqual(["ev-1", "ev-3"])
      const overridden = yield* Access.exportRecords("serviceEvent", {
        ...context,
        override: { basis: "competent_authority", note: "Công văn yêu cầu của cơ quan có thẩm quyền" }
      })
      expect(overridden.records.length).toBe(3)
      expect(yield* auditActions).toEqual(["export", "consent_override", "export"])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("is refused to audiences without person-level exports, and projects to the allow-list", () =>
    Effect.gen(function* () {
      yield* seed
      const donor = yield* Effect.flip(
        Access.exportRecords("serviceEvent", { actor: "donor-1", audience: Audience.donor, purpose: "reporting" })
      )
      expect(donor._tag).toBe("NotAllowed")
      const peer = yield* Effect.flip(
        Access.exportRecords("person", { actor: "peer-07", audience: Audience.peerEducator, purpose: "service_delivery" })
      )
      expect(peer._tag === "NotAllowed" && peer.explain("en")).toContain("person-level exports are not allowed")
      const budgets = yield* Access.exportRecords("budget", { actor: "donor-1", audience: Audience.donor, purpose: "reporting" })
      expect(budgets.records).toEqual([])
      const read = yield* Access.read("serviceEvent", "ev-1", { actor: "peer-07", audience: Audience.peerEducator, purpose: "service_delivery" })
      expect(Option.getOrThrow(read).personId).toBe("p-hoa")
      const none = yield* Access.read("serviceEvent", "ev-1", { actor: "x", audience: Audience.publicAudience, purpose: "reporting" })
      expect(Option.getOrThrow(none)).toEqual({})
      expect(yield* auditActions).toEqual(["export", "access"])
    }).pipe(Effect.provide(programme()))
  )
})
