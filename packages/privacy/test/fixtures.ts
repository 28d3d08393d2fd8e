/**
 * Made-up test data: no real person. Names are common Vietnamese names put together at random;
 * keys are fixed byte patterns.
 */
import type { Consent, CoreError, Person, ServiceEvent, Store } from "@pctnxh/core"
import { Entity } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { Audit, Key } from "@pctnxh/privacy"

/** A fixed test key: 32 bytes counting up from `seed`. */
export const testKey = (id: string, seed: number) => Key.fromBytes(id, Uint8Array.from({ length: 32 }, (_, i) => (seed + i * 7) % 256))

/** A keyring of one fixed key. */
export const ringOf = (id: string, seed: number) => Effect.flatMap(testKey(id, seed), (key) => Key.ring(key))

/** A fresh memory store with the audit log over it. */
export const programme = (): Layer.Layer<Audit.Audit | Store.Store, CoreError.StoreError> =>
  Layer.provideMerge(Audit.layer, MemoryStore.layer())

export const decodeOrThrow = <K extends Entity.Kind>(kind: K, input: unknown): Entity.Of<K> => {
  const e = Entity.decode(kind)(input)
  if (e._tag === "Left") throw new Error(e.left.message)
  return e.right
}

/** A service event at Đồ Sơn (308@pre2025) or elsewhere. */
export const event = (fields: {
  readonly id: string
  readonly personId?: string
  readonly date: string
  readonly service?: string
  readonly siteId?: string
  readonly referral?: { readonly providerKind: string; readonly outcome: string }
}): ServiceEvent.ServiceEvent =>
  decodeOrThrow("serviceEvent", {
    modelId: "model-ds",
    siteId: "308@pre2025",
    service: "counselling",
    channel: "outreach",
    population: "sex_worker",
    sex: "female",
    birthYear: 1996,
    residence: "temporary",
    ...fields
  })

/** A consent. */
export const consent = (fields: {
  readonly id: string
  readonly personId: string
  readonly purposes: ReadonlyArray<{ readonly purpose: string; readonly providerKind?: string }>
  readonly given: string
  readonly withdrawn?: string
}): Consent.Consent => decodeOrThrow("consent", fields)

/** A person record. */
export const person = (id: string, keyId = "hp-2026"): Person.Person =>
  decodeOrThrow("person", { id, keyId, population: "sex_worker", sex: "female", birthYear: 1996, residence: "temporary" })

/** One record of every kind with every optional field filled in (made-up values), as encoded. */
const unit = "308@pre2025"
export const oneOfEachKind: { readonly [K in Entity.Kind]: unknown } = {
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
  disclosureRelease: { id: "release-1", audience: "donor", at: "2026-02-01T03:00:00Z", measures: ["CONTACTS"], label: { vi: "Báo cáo năm 2025", en: "Report for 2025" }, tables: "[]" },
  privacySpend: { id: "donor/spend-1", audience: "donor", at: "2026-02-01T03:00:00Z", epsilon: 0.5, release: "release-1" }
}
