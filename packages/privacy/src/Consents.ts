/**
 * Consent and purpose: processing for a purpose needs a consent that covers it.
 *
 * A `Consent` (in `@pctnxh/core`) lists purposes — service delivery, referral (optionally to one
 * kind of provider), reporting, research, follow-up — with the date it was given and, once
 * withdrawn, the date of withdrawal. It covers a purpose on a date when it was given on or
 * before that date, was not withdrawn on or before it, and names the purpose. A referral
 * consent that names a provider kind covers referrals to that kind only; one that names none
 * covers referrals to any kind.
 *
 * Without such a consent the processing fails with `ConsentRequired`, unless the caller gives an
 * override: a legal basis and a written note, both recorded in the audit log.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Consents } from "@pctnxh/privacy"
 *
 * // a referral is recorded only if the person agreed to be referred to a clinic
 * const program = Consents.refer(event, { actor: "peer-07" })
 * ```
 * @since 0.1.0
 */
import type { CoreError, Ids, Organisation } from "@pctnxh/core"
import { Consent, Label, ServiceEvent, Store, Time } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Audit from "./Audit.js"
import { overrideDetails } from "./internal/override.js"
import { today } from "./internal/today.js"
import { ConsentRequired, InvalidOverride, NotFound } from "./PrivacyError.js"

/**
 * The legal bases on which a person's data may be processed without their consent, as the law
 * allows in narrow cases.
 *
 * @since 0.1.0
 */
export const LegalBasis = Label.vocabulary("LegalBasis", {
  vital_interest: { vi: "Bảo vệ tính mạng, sức khỏe của người đó hoặc người khác trong tình huống khẩn cấp", en: "Protecting the life or health of the person or others in an emergency" },
  legal_obligation: { vi: "Thực hiện nghĩa vụ theo quy định của luật", en: "An obligation imposed by law" },
  competent_authority: { vi: "Yêu cầu của cơ quan nhà nước có thẩm quyền theo quy định của luật", en: "A request of a competent authority under law" },
  emergency: { vi: "Tình trạng khẩn cấp, thảm họa, dịch bệnh", en: "A state of emergency, disaster or epidemic" }
})
/** @since 0.1.0 */
export type LegalBasis = typeof LegalBasis.Type

/**
 * An override: processing without consent on a legal basis, with a note saying why (in words
 * that name no person). The note must have at least 10 characters.
 *
 * @since 0.1.0
 */
export interface Override {
  readonly basis: LegalBasis
  readonly note: string
}

/**
 * What a processing needs: a purpose, the kind of provider for a referral, and the date.
 *
 * @since 0.1.0
 */
export interface Need {
  readonly purpose: Consent.Purpose
  readonly providerKind?: Organisation.OrganisationKind | undefined
  /** `YYYY-MM-DD`; today in Vietnam by default. */
  readonly on?: string | undefined
}

/**
 * Who processes, and an override if there is no consent.
 *
 * @since 0.1.0
 */
export interface Context {
  readonly actor: string
  readonly override?: Override | undefined
}

/**
 * On what ground a processing went ahead.
 *
 * @since 0.1.0
 */
export type Grant =
  | { readonly basis: "consent"; readonly consentId: Ids.ConsentId }
  | { readonly basis: "override"; readonly legalBasis: LegalBasis }
  | { readonly basis: "anonymous" }

/**
 * Whether a consent covers a purpose on a date (see the module for the rule).
 *
 * @since 0.1.0
 */
export const covers = (consent: Consent.Consent, need: Need & { readonly on: string }): boolean =>
  consent.given <= need.on &&
  (consent.withdrawn === undefined || need.on < consent.withdrawn) &&
  consent.purposes.some(
    (p) =>
      p.purpose === need.purpose &&
      (need.purpose !== "referral" || p.providerKind === undefined || p.providerKind === need.providerKind)
  )

/**
 * Every consent of a person.
 *
 * @since 0.1.0
 */
export const ofPerson = (
  personId: Ids.PersonId
): Effect.Effect<ReadonlyArray<Consent.Consent>, CoreError.StoreError, Store.Store> =>
  Effect.flatMap(Store.Store, (store) => store.find("consent", { personId }).pipe(Effect.catchTag("NotIndexed", Effect.die)))

/**
 * Every consent, by person: for checking many records at once.
 *
 * @since 0.1.0
 */
export const index: Effect.Effect<ReadonlyMap<string, ReadonlyArray<Consent.Consent>>, CoreError.StoreError, Store.Store> =
  Effect.flatMap(Store.Store, (store) =>
    Stream.runFold(store.list("consent"), new Map<string, Array<Consent.Consent>>(), (map, c) => {
      const list = map.get(c.personId)
      if (list === undefined) map.set(c.personId, [c])
      else list.push(c)
      return map
    })
  )

/**
 * Checks an override: a known legal basis and a note of at least 10 characters.
 *
 * @since 0.1.0
 */
export const checkOverride = (override: Override): Effect.Effect<Override, InvalidOverride> => {
  if (!LegalBasis.is(override.basis))
    return Effect.fail(
      new InvalidOverride({
        reason: { vi: `căn cứ pháp lý phải là một trong: ${LegalBasis.members.join(", ")}`, en: `the legal basis must be one of: ${LegalBasis.members.join(", ")}` }
      })
    )
  if (typeof override.note !== "string" || override.note.trim().length < 10)
    return Effect.fail(
      new InvalidOverride({
        reason: { vi: "cần ghi rõ lý do (ít nhất 10 ký tự), không ghi thông tin cá nhân", en: "a written reason is needed (at least 10 characters), naming no person" }
      })
    )
  return Effect.succeed(override)
}

/**
 * Requires that a person's data may be processed for a purpose: a consent that covers it, or
 * an override (recorded in the audit log). Fails with `ConsentRequired` otherwise.
 *
 * @since 0.1.0
 */
export const require = (
  personId: Ids.PersonId,
  need: Need,
  context: Context
): Effect.Effect<Grant, ConsentRequired | InvalidOverride | CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const on = need.on ?? (yield* today)
    const dated = { ...need, on }
    const found = (yield* ofPerson(personId)).find((c) => covers(c, dated))
    if (found !== undefined) return { basis: "consent", consentId: found.id } satisfies Grant
    if (context.override === undefined)
      return yield* Effect.fail(
        new ConsentRequired({
          purpose: need.purpose,
          ...(need.providerKind === undefined ? {} : { providerKind: need.providerKind }),
          on,
          persons: 1
        })
      )
    const override = yield* checkOverride(context.override)
    yield* Audit.append({
      actor: context.actor,
      action: "consent_override",
      subject: { kind: "person", id: personId },
      purpose: need.purpose,
      details: overrideDetails(override, dated, 1)
    })
    return { basis: "override", legalBasis: override.basis } satisfies Grant
  })

/**
 * Records a service event that makes a referral, after checking the person's consent to be
 * referred to that kind of provider on the event's date. An anonymous contact needs none. The
 * disclosure is recorded in the audit log (`share`).
 *
 * @since 0.1.0
 */
export const refer = (
  event: ServiceEvent.ServiceEvent,
  context: Context
): Effect.Effect<Grant, ConsentRequired | InvalidOverride | NotFound | CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    if (event.referral === undefined) return yield* Effect.fail(new NotFound({ kind: "referral", id: event.id }))
    const store = yield* Store.Store
    return yield* store.transaction(
      Effect.gen(function* () {
        const grant: Grant =
          event.personId === undefined
            ? { basis: "anonymous" }
            : yield* require(
                event.personId,
                { purpose: "referral", providerKind: event.referral!.providerKind, on: event.date },
                context
              )
        yield* store.put("serviceEvent", [event])
        yield* Audit.append({
          actor: context.actor,
          action: "share",
          subject: { kind: "serviceEvent", id: event.id },
          purpose: "referral",
          details: { providerKind: event.referral!.providerKind, basis: grant.basis }
        })
        return grant
      })
    )
  })

/**
 * Records a consent.
 *
 * @since 0.1.0
 */
export const give = (consent: Consent.Consent): Effect.Effect<Store.PutSummary, CoreError.StoreError, Store.Store> =>
  Effect.flatMap(Store.Store, (store) => store.put("consent", [consent]))

/**
 * Withdraws a consent from a date (today in Vietnam by default): from then on it covers
 * nothing. Data processed before stays lawful; erasure is a separate request (`Erasure.erase`).
 *
 * @since 0.1.0
 */
export const withdraw = (
  consentId: string,
  context: { readonly actor: string; readonly on?: string | undefined }
): Effect.Effect<Consent.Consent, NotFound | CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const on = context.on ?? (yield* today)
    return yield* store.transaction(
      Effect.gen(function* () {
        const found = yield* store.get("consent", consentId)
        if (Option.isNone(found)) return yield* Effect.fail(new NotFound({ kind: "consent", id: consentId }))
        const withdrawn = new Consent.Consent({
          ...found.value,
          withdrawn: Time.date(
            found.value.withdrawn !== undefined && found.value.withdrawn < on ? found.value.withdrawn : on
          )
        })
        yield* store.put("consent", [withdrawn])
        yield* Audit.append({
          actor: context.actor,
          action: "consent_withdrawal",
          subject: { kind: "consent", id: consentId },
          details: { on, purposes: withdrawn.purposes.map((p) => p.purpose).join(",") }
        })
        return withdrawn
      })
    )
  })

/**
 * Checks many persons at once against one need: the ids of those without a covering consent.
 *
 * @since 0.1.0
 */
export const missing = (
  consents: ReadonlyMap<string, ReadonlyArray<Consent.Consent>>,
  personIds: Iterable<string>,
  need: Need & { readonly on: string }
): ReadonlySet<string> => {
  const out = new Set<string>()
  for (const id of personIds) {
    if (!(consents.get(id) ?? []).some((c) => covers(c, need))) out.add(id)
  }
  return out
}

