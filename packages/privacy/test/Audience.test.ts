import { AggregateQuery, Entity } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { Audience, Projection } from "@pctnxh/privacy"
import { decodeOrThrow } from "./fixtures.js"

// one record of every kind with every optional field filled in (made-up values)
const unit = "308@pre2025"
const full: { readonly [K in Entity.Kind]: unknown } = {
  organisation: { id: "org-1", name: "Chi cục PCTNXH", kind: "government_office", unitId: unit, parentId: "org-0" },
  programme: { id: "prog-1629", code: "1629/QĐ-TTg", name: "Chương trình 2021–2025", legalBasis: "Quyết định 1629/QĐ-TTg", start: "2021-01-01", end: "2025-12-31" },
  model: { id: "model-ds", name: "Nhóm đồng đẳng Đồ Sơn", type: "peer_groups", programmeId: "prog-1629", legalBasis: "Kế hoạch", implementerId: "org-1", funderIds: ["org-1"], partnerIds: ["org-2"], siteIds: [unit], start: "2021-01-01", end: "2025-12-31" },
  group: { id: "group-1", name: "Câu lạc bộ Hoa Biển", kind: "club", modelId: "model-ds", unitId: unit, hotline: "0225 000 000", coreMemberIds: ["p-1"], established: "2021-03-01", dissolved: "2025-12-31" },
  person: { id: "p-1", keyId: "hp-2026", population: "sex_worker", sex: "female", birthYear: 1996, residence: "temporary", homeProvinceId: "31@2025" },
  serviceEvent: { id: "ev-1", personId: "p-1", modelId: "model-ds", siteId: unit, date: "2025-06-15", service: "hiv_testing_referral", channel: "outreach", providerId: "org-3", groupId: "group-1", activityId: "act-1", population: "sex_worker", sex: "female", birthYear: 1996, residence: "temporary", cost: 50_000, amount: 1_000_000, referral: { providerKind: "clinic", providerId: "org-3", outcome: "completed", completedOn: "2025-06-20" } },
  activity: { id: "act-1", type: "group_session", audience: "sex_workers", modelId: "model-ds", groupId: "group-1", organiserId: "org-1", unitId: unit, date: "2025-07-01", endDate: "2025-07-01", sessions: 1, participantContacts: 12, attendeeIds: ["p-1"], outputs: 12, cost: 1_500_000 },
  establishment: { id: "est-1", type: "karaoke", unitId: unit, atRisk: true, opened: "2015-05-01", closed: "2024-05-01" },
  inspectionRound: { id: "round-1", teamLevel: "province", unitId: unit, organiserId: "org-1", programmeId: "prog-1629", start: "2025-04-01", end: "2025-04-10" },
  inspectionVisit: { id: "visit-1", roundId: "round-1", establishmentId: "est-1", establishmentType: "karaoke", unitId: unit, date: "2025-04-02", outcome: "violation", fine: 3_500_000 },
  aggregateValue: { id: "av-1", dataElement: "POLICE_CASES", period: "2025", unitId: unit, disaggregation: { sex: "female" }, value: 5, source: "police", reporterId: "org-1", reference: "Báo cáo" },
  budget: { id: "budget-1", year: 2025, source: "local", funderId: "org-1", programmeId: "prog-1629", modelId: "model-ds", unitId: unit, amount: 300_000_000 },
  expenditure: { id: "exp-1", budgetId: "budget-1", modelId: "model-ds", unitId: unit, date: "2025-08-01", category: "vocational_training", source: "local", amount: 45_000_000, beneficiaries: 15 },
  costNorm: { id: "norm-1", category: "vocational_training", per: "người/khóa", amount: 2_000_000, legalBasis: "Quyết định", unitId: unit, validFrom: "2014-01-01", validTo: "2030-12-31" },
  target: { id: "target-1", indicator: "PERSONS_REACHED", period: "2025", unitId: unit, programmeId: "prog-1629", modelId: "model-ds", value: 600 },
  populationEstimate: { id: "pse-1", population: "sex_worker", unitId: unit, year: 2025, size: 1200, low: 900, high: 1500, method: "mapping", sourceId: "org-1", reference: "Khảo sát" },
  consent: { id: "consent-1", personId: "p-1", purposes: [{ purpose: "referral", providerKind: "clinic" }], given: "2025-06-15", withdrawn: "2025-12-01", recordedBy: "org-1" },
  vaultEntry: { id: "vault-1", personId: "p-1", keyId: "hp-2026", wrappedKey: "AAAA", values: [{ field: "phone", ciphertext: "AAAA" }], updated: "2026-01-05T08:30:00Z" },
  auditEntry: { id: "000000000000", sequence: 0, at: "2026-01-05T08:30:00Z", actor: "officer-1", action: "access", subject: { kind: "person", id: "p-1", salt: "c2FsdA" }, subjectDigest: "0".repeat(64), purpose: "service_delivery", details: { audience: "model_officer" }, previousHash: "0".repeat(64), hash: "f".repeat(64) },
  incident: { id: "incident-1", nature: "loss", detectedAt: "2026-01-05T08:30:00Z", occurredAt: "2026-01-04T20:00:00Z", deadline: "2026-01-08T08:30:00Z", kinds: ["serviceEvent"], classes: ["sensitive"], personsAffected: 12, summary: "Mất máy tính bảng", measures: "Khóa tài khoản", reportedBy: "officer-1", notifiedAt: "2026-01-06T08:30:00Z", notifiedTo: "A05" },
  disclosureRelease: { id: "release-1", audience: "donor", at: "2026-02-01T03:00:00Z", measures: ["CONTACTS"], label: { vi: "Báo cáo năm 2025", en: "Report for 2025" }, tables: "[]" }
}

describe("classification", () => {
  it("reads every field's class from core and fails closed", () => {
    expect(Projection.classOf("serviceEvent", "service")).toBe("sensitive")
    expect(Projection.classOf("serviceEvent", "channel")).toBe("plain")
    expect(Projection.classOf("serviceEvent", "phone")).toBe("sensitive") // a field the schema does not know
    for (const kind of Entity.kinds) expect(Object.keys(Projection.classes(kind)).sort()).toEqual(Object.keys(Entity.schemas[kind].fields).sort())
  })

  it("projects a record to an allow-list and drops everything else", () => {
    const ev = decodeOrThrow("serviceEvent", full.serviceEvent)
    expect(Projection.pick(ev, "serviceEvent", ["id", "date", "referral"])).toEqual({
      id: "ev-1",
      date: "2025-06-15",
      referral: { providerKind: "clinic", providerId: "org-3", outcome: "completed", completedOn: "2025-06-20" }
    })
    expect(Projection.pick({ id: "ev-1", phone: "0900000000" }, "serviceEvent", ["id"])).toEqual({ id: "ev-1" })
  })
})

describe("audiences", () => {
  it("each audience sees exactly its allow-list: every field of every kind, for every audience", () => {
    let checked = 0
    for (const audience of Audience.defaults) {
      for (const kind of Entity.kinds) {
        const record = decodeOrThrow(kind, full[kind])
        const fields = Object.keys(Entity.schemas[kind].fields)
        // the fixture fills every field, so absence below means the projection dropped it
        expect(Object.keys(Entity.encode(kind)(record as never) as object).sort(), kind).toEqual([...fields].sort())
        const seen = Audience.project(record, kind, audience) as Record<string, unknown>
        const allowed = Audience.fieldsOf(audience, kind)
        for (const field of fields) {
          expect(field in seen, `${audience.id} ${kind}.${field}`).toBe(allowed.includes(field))
          checked++
        }
        // an extra, unclassified field is dropped for every audience that does not list it
        const withExtra = { ...(Entity.encode(kind)(record as never) as object), phone: "0900000000" }
        expect("phone" in Audience.project(withExtra, kind, audience)).toBe(false)
      }
    }
    expect(checked).toBe(Audience.defaults.length * Entity.kinds.reduce((n, k) => n + Object.keys(Entity.schemas[k].fields).length, 0))
  })

  it("keeps person-level data to the people who work with it", () => {
    const personLevel = Projection.personLevelKinds
    for (const audience of [Audience.local, Audience.province, Audience.national, Audience.donor, Audience.publicAudience]) {
      for (const kind of Entity.kinds) {
        for (const field of Audience.fieldsOf(audience, kind)) {
          expect(Projection.classOf(kind, field), `${audience.id} ${kind}.${field}`).toBe("plain")
          expect(Projection.personFields[kind]?.includes(field) ?? false).toBe(false)
        }
      }
      expect(Audience.fieldsOf(audience, "person")).toEqual([])
      expect(Audience.fieldsOf(audience, "serviceEvent")).toEqual([])
      expect(audience.personLevelExport).toBe(false)
    }
    expect(Audience.sees(Audience.peerEducator, "person", "id")).toBe(true) // their persons' pseudonyms
    expect(Audience.fieldsOf(Audience.peerEducator, "vaultEntry")).toEqual([])
    expect(Audience.fieldsOf(Audience.modelOfficer, "auditEntry")).toEqual([])
    expect(personLevel).toContain("serviceEvent")
    expect(Audience.donor.disclosure.minCellSize).toBe(5)
    expect(Audience.publicAudience.disclosure.minCellSize).toBe(5)
  })

  it("decides the dimensions of tables: the public gets no commune-level breakdown", () => {
    const byCommune = AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      groupBy: [AggregateQuery.byUnit("commune", "2026-01-01"), AggregateQuery.by("sex")]
    })
    const byProvince = AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      groupBy: [AggregateQuery.byUnit("province", "2026-01-01"), AggregateQuery.byPeriod("year", "administrative")]
    })
    expect(Either.isRight(Audience.checkQuery(Audience.province, byCommune))).toBe(true)
    const refused = Audience.checkQuery(Audience.publicAudience, byCommune)
    expect(Either.isLeft(refused) && refused.left.explain("en")).toBe('Audience "public" may not aggregate: may not break tables down by "unit:commune"')
    expect(Either.isRight(Audience.checkQuery(Audience.publicAudience, byProvince))).toBe(true)
    const byPopulation = AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.where("population", ["sex_worker"])] })
    expect(Either.isLeft(Audience.checkQuery(Audience.publicAudience, byPopulation))).toBe(true)
  })

  it("is data an agency can adjust: decode its own audience from JSON", () => {
    const json = JSON.parse(
      JSON.stringify({ ...Audience.encode(Audience.donor), id: "donor_strict", disclosure: { minCellSize: 10, secondarySuppression: true, noise: true } })
    )
    const mine = Either.getOrThrow(Audience.decode(json))
    expect(mine.disclosure.minCellSize).toBe(10)
    expect(Audience.fieldsOf(mine, "budget")).toEqual(Audience.fieldsOf(Audience.donor, "budget"))
    const bad = Audience.decode({ ...json, fields: { persons: ["id"] }, disclosure: { minCellSize: 0, secondarySuppression: true, noise: true } })
    expect(Either.isLeft(bad) && bad.left.issues.map((i) => i.field).sort()).toEqual(["disclosure.minCellSize", "fields"])
  })
})
