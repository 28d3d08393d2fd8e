/**
 * `client.consents`: consent and purpose. Processing a person's data for a purpose needs a
 * consent that covers it on the date (see `Consents` in `@pctnxh/privacy` for the rule), or
 * an override on a legal basis with a written note, recorded in the audit log.
 *
 * @example
 * ```ts
 * await client.consents.give({
 *   id: "c-1", personId, given: "2026-01-10",
 *   purposes: [{ purpose: "service_delivery" }, { purpose: "referral", providerKind: "health_centre" }]
 * })
 * await client.consents.check(personId, { purpose: "referral", providerKind: "health_centre" }) // { basis: "consent", … }
 * await client.consents.withdraw("c-1", { actor: "peer-07" })
 * await client.consents.check(personId, { purpose: "referral" }) // rejects: ConsentRequired
 * ```
 * @since 0.1.0
 */
import type { Consent, Store } from "@pctnxh/core"
import type { Consents as PrivacyConsents } from "@pctnxh/privacy"

/**
 * The consent operations of a client.
 *
 * @since 0.1.0
 */
export interface Consents {
  /** Decodes and records a consent (rejects with `InvalidBatch` naming the bad fields). */
  readonly give: (consent: unknown) => Promise<Store.PutSummary>
  /** Withdraws a consent from a date (today in Vietnam by default), in the audit log. */
  readonly withdraw: (
    consentId: string,
    options?: { readonly on?: string | undefined; readonly actor?: string | undefined }
  ) => Promise<Consent.Consent>
  /** Every consent of a person. */
  readonly of: (personId: string) => Promise<ReadonlyArray<Consent.Consent>>
  /**
   * Resolves with the ground a processing may go ahead on, or rejects with `ConsentRequired`
   * (or `InvalidOverride` for an override without a known legal basis or a note).
   */
  readonly check: (
    personId: string,
    need: PrivacyConsents.Need,
    options?: { readonly override?: PrivacyConsents.Override | undefined; readonly actor?: string | undefined }
  ) => Promise<PrivacyConsents.Grant>
}
