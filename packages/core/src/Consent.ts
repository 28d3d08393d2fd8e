/**
 * Consent: what a person agreed their data may be used for, when, and when they withdrew.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain, sensitive } from "./Classification.js"
import { ConsentId, OrganisationId, PersonId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { OrganisationKind } from "./Organisation.js"
import { IsoDate } from "./Time.js"

/**
 * A purpose of processing.
 *
 * @since 0.1.0
 */
export const Purpose = vocabulary("Purpose", {
  service_delivery: { vi: "Cung cấp dịch vụ", en: "Service delivery" },
  referral: { vi: "Chuyển gửi", en: "Referral" },
  reporting: { vi: "Báo cáo thống kê", en: "Reporting" },
  research: { vi: "Nghiên cứu", en: "Research" },
  follow_up: { vi: "Liên lạc theo dõi", en: "Follow-up contact" }
})
/** @since 0.1.0 */
export type Purpose = typeof Purpose.Type

/**
 * One purpose consented to; a referral consent names the kind of provider.
 *
 * @since 0.1.0
 */
export class ConsentPurpose extends Schema.Class<ConsentPurpose>("ConsentPurpose")({
  purpose: Purpose,
  providerKind: Schema.optional(OrganisationKind)
}) {}

/**
 * A consent given by a person, and its withdrawal.
 *
 * @since 0.1.0
 */
export class Consent extends Schema.Class<Consent>("Consent")({
  id: plain(ConsentId),
  personId: sensitive(PersonId),
  purposes: plain(Schema.Array(ConsentPurpose)),
  given: plain(IsoDate),
  withdrawn: Schema.optional(plain(IsoDate)),
  recordedBy: Schema.optional(plain(OrganisationId))
}) {}
