/**
 * One valid record of every stored kind, for round-trip tests of an adapter. No real person is
 * in them: ids are made up, pseudonyms are placeholders.
 *
 * @since 0.1.0
 */
import type { Entity } from "@pctnxh/core"
import { Entity as E } from "@pctnxh/core"

/**
 * One record of every kind, decoded from plain JSON, sitting in the given unit.
 *
 * @since 0.1.0
 */
export const oneOfEach = (unitId: string): { readonly [K in Entity.Kind]: Entity.Of<K> } => {
  const raw: { readonly [K in Entity.Kind]: unknown } = {
    organisation: { id: "org-1", name: "Chi cục PCTNXH", kind: "government_office", unitId },
    programme: { id: "prog-361", code: "361/QĐ-TTg", name: "Chương trình phòng, chống mại dâm 2016–2020", legalBasis: "Quyết định 361/QĐ-TTg ngày 07/03/2017", start: "2016-01-01", end: "2020-12-31" },
    model: { id: "model-1", name: "Nhóm tự lực", type: "peer_groups", programmeId: "prog-361", implementerId: "org-1", funderIds: ["org-1"], partnerIds: [], siteIds: [unitId], start: "2019-01-01", end: "2020-12-31" },
    group: { id: "group-1", name: "Câu lạc bộ Chúng tôi là phụ nữ", kind: "club", modelId: "model-1", unitId, hotline: "18006605", coreMemberIds: ["pseudo-a"], established: "2019-03-01" },
    person: { id: "pseudo-a", keyId: "k2026", population: "sex_worker", sex: "female", birthYear: 1995, residence: "temporary" },
    serviceEvent: { id: "ev-1", personId: "pseudo-a", modelId: "model-1", siteId: unitId, date: "2019-06-15", service: "hiv_testing_referral", channel: "outreach", population: "sex_worker", sex: "female", birthYear: 1995, residence: "temporary", cost: 50000, referral: { providerKind: "clinic", outcome: "completed", completedOn: "2019-06-20" } },
    activity: { id: "act-1", type: "group_session", audience: "sex_workers", modelId: "model-1", groupId: "group-1", unitId, date: "2019-07-01", sessions: 1, participantContacts: 20, attendeeIds: ["pseudo-a"], outputs: 20, cost: 1500000 },
    establishment: { id: "est-1", type: "karaoke", unitId, atRisk: true, opened: "2015-05-01" },
    inspectionRound: { id: "round-1", teamLevel: "province", unitId, start: "2019-04-01", end: "2019-04-10" },
    inspectionVisit: { id: "visit-1", roundId: "round-1", establishmentId: "est-1", establishmentType: "karaoke", unitId, date: "2019-04-02", outcome: "violation", fine: 3_500_000 },
    aggregateValue: { id: "av-1", dataElement: "POLICE_CASES", period: "2019", unitId, disaggregation: {}, value: 56, source: "police", reference: "Báo cáo năm 2019" },
    budget: { id: "budget-1", year: 2019, source: "local", modelId: "model-1", unitId, amount: 300_000_000 },
    expenditure: { id: "exp-1", budgetId: "budget-1", modelId: "model-1", unitId, date: "2019-08-01", category: "vocational_training", source: "local", amount: 45_000_000, beneficiaries: 15 },
    costNorm: { id: "norm-1", category: "vocational_training", per: "mỗi người mỗi khóa học", amount: 2_000_000, legalBasis: "Quyết định định mức hỗ trợ học nghề", validFrom: "2014-01-01" },
    target: { id: "target-1", indicator: "PERSONS_REACHED", period: "2019", unitId, modelId: "model-1", value: 600 },
    populationEstimate: { id: "pse-1", population: "sex_worker", unitId, year: 2019, size: 1200, low: 900, high: 1500, method: "mapping" },
    consent: { id: "consent-1", personId: "pseudo-a", purposes: [{ purpose: "service_delivery" }, { purpose: "referral", providerKind: "clinic" }], given: "2019-06-15" },
    vaultEntry: { id: "vault-1", personId: "pseudo-b", keyId: "vault-2026", wrappedKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", values: [{ field: "phone", ciphertext: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }], updated: "2026-01-05T08:30:00Z" },
    auditEntry: { id: "000000000000", sequence: 0, at: "2026-01-05T08:30:00Z", actor: "officer-1", action: "access", subject: { kind: "serviceEvent", id: "ev-1", salt: "c2FsdA" }, subjectDigest: "0".repeat(64), purpose: "service_delivery", details: { audience: "model_officer" }, previousHash: "0".repeat(64), hash: "f".repeat(64) },
    incident: { id: "incident-1", nature: "loss", detectedAt: "2026-01-05T08:30:00Z", deadline: "2026-01-08T08:30:00Z", kinds: ["serviceEvent"], classes: ["quasi", "sensitive"], personsAffected: 12, summary: "Mất một máy tính bảng ghi sổ tiếp cận", reportedBy: "officer-1" },
    disclosureRelease: { id: "release-1", audience: "donor", at: "2026-02-01T03:00:00Z", measures: ["CONTACTS"], label: { vi: "Báo cáo năm 2025", en: "Report for 2025" }, tables: "[]" },
    privacySpend: { id: "donor/spend-1", audience: "donor", at: "2026-02-01T03:00:00Z", epsilon: 0.5, release: "release-1" }
  }
  const out: Record<string, unknown> = {}
  for (const kind of E.kinds) {
    const decoded = E.decode(kind)(raw[kind])
    if (decoded._tag === "Left") throw new Error(`fixture ${kind}: ${decoded.left.message}`)
    out[kind] = decoded.right
  }
  return out as { readonly [K in Entity.Kind]: Entity.Of<K> }
}
