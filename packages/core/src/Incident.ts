/**
 * Incidents: personal data breaches an organisation has detected, with the 72-hour deadline for
 * notifying the authority under Law 91/2025/QH15 and Decree 356/2025, and when it was met.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain, PrivacyClass, quasi, sensitive } from "./Classification.js"
import { vocabulary } from "./Label.js"
import { Instant } from "./Time.js"

/**
 * The id of an incident.
 *
 * @since 0.1.0
 */
export const IncidentId = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(200),
  Schema.brand("IncidentId")
).annotations({ identifier: "IncidentId", description: "an incident id" })
/** @since 0.1.0 */
export type IncidentId = typeof IncidentId.Type

/**
 * What kind of breach happened.
 *
 * @since 0.1.0
 */
export const IncidentNature = vocabulary("IncidentNature", {
  unauthorised_access: { vi: "Truy cập trái phép", en: "Unauthorised access" },
  disclosure: { vi: "Tiết lộ, gửi nhầm hoặc công khai", en: "Disclosure to the wrong party or the public" },
  loss: { vi: "Mất thiết bị hoặc hồ sơ", en: "Loss or theft of a device or file" },
  alteration: { vi: "Sửa đổi hoặc phá hủy trái phép", en: "Unauthorised alteration or destruction" },
  unavailability: { vi: "Không truy cập được dữ liệu", en: "Loss of availability" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type IncidentNature = typeof IncidentNature.Type

/**
 * A detected personal data breach.
 *
 * @since 0.1.0
 */
export class Incident extends Schema.Class<Incident>("Incident")({
  id: plain(IncidentId),
  nature: plain(IncidentNature),
  detectedAt: plain(Instant),
  occurredAt: Schema.optional(plain(Instant)),
  /** When the authority must have been notified: 72 hours after detection. */
  deadline: plain(Instant),
  /** The entity kinds whose records were affected. */
  kinds: plain(Schema.Array(Schema.NonEmptyTrimmedString)),
  /** The privacy classes of the data affected. */
  classes: plain(Schema.Array(PrivacyClass)),
  /** How many persons are affected, as far as known. */
  personsAffected: Schema.optional(plain(Schema.NonNegativeInt)),
  /** What happened and its likely consequences, in words that name no person. */
  summary: sensitive(Schema.String),
  /** What was done to contain it and to prevent it again. */
  measures: Schema.optional(sensitive(Schema.String)),
  /** The account that recorded the incident. */
  reportedBy: quasi(Schema.NonEmptyTrimmedString),
  notifiedAt: Schema.optional(plain(Instant)),
  /** Who was notified (the authority, the persons affected). */
  notifiedTo: Schema.optional(plain(Schema.String))
}) {}
