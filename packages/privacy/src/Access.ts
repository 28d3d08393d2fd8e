/**
 * Reading and exporting records as an audience, for a purpose.
 *
 * `read` returns what an audience sees of one record and records the access in the audit log
 * when what it sees includes sensitive data. `exportRecords` returns every record of a kind as
 * the audience sees it; for records about persons it needs the audience to be allowed
 * person-level exports and, for every person, a consent covering the purpose (or an override),
 * and it records the export in the audit log.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Access, Audience } from "@pctnxh/privacy"
 *
 * const program = Access.exportRecords("serviceEvent", {
 *   actor: "officer-3",
 *   audience: Audience.modelOfficer,
 *   purpose: "research",
 *   onMissingConsent: "omit"
 * })
 * ```
 * @since 0.1.0
 */
import type { CoreError, Entity } from "@pctnxh/core"
import { Consent, Registry, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Audience from "./Audience.js"
import * as Audit from "./Audit.js"
import * as Consents from "./Consents.js"
import { overrideDetails } from "./internal/override.js"
import { today } from "./internal/today.js"
import { ConsentRequired, type InvalidOverride, NotAllowed } from "./PrivacyError.js"
import * as Projection from "./Projection.js"

/**
 * Who reads, as which audience, for which purpose.
 *
 * @since 0.1.0
 */
export interface Context {
  readonly actor: string
  readonly audience: Audience.Audience
  readonly purpose: Consent.Purpose
}

const seesSensitive = (kind: Entity.Kind, projected: object): boolean =>
  Object.keys(projected).some((field) => Projection.classOf(kind, field) === "sensitive")

/**
 * Reads one record as an audience sees it (none if absent). Access to sensitive fields is
 * recorded in the audit log.
 *
 * @since 0.1.0
 */
export const read = <K extends Entity.Kind>(
  kind: K,
  id: string,
  context: Context
): Effect.Effect<Option.Option<Projection.Projected<K>>, CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const found = yield* store.get(kind, id)
    if (Option.isNone(found)) return Option.none()
    const projected = Audience.project(found.value, kind, context.audience)
    if (seesSensitive(kind, projected))
      yield* Audit.append({
        actor: context.actor,
        action: "access",
        subject: { kind, id },
        purpose: context.purpose,
        details: { audience: context.audience.id, fields: Object.keys(projected).length }
      })
    return Option.some(projected)
  })

/**
 * Options of an export.
 *
 * @since 0.1.0
 */
export interface ExportContext extends Context {
  /** What to do with records of persons without consent: fail (the default) or leave them out. */
  readonly onMissingConsent?: "fail" | "omit" | undefined
  /** Export records of persons without consent on a legal basis (recorded). */
  readonly override?: Consents.Override | undefined
  /** The date consents must cover (`YYYY-MM-DD`); today in Vietnam by default. */
  readonly on?: string | undefined
}

/**
 * What an export returns.
 *
 * @since 0.1.0
 */
export interface Export<K extends Entity.Kind> {
  readonly records: ReadonlyArray<Projection.Projected<K>>
  /** Records left out because a person in them had not consented. */
  readonly omitted: number
}

const personIdsOf = (kind: Entity.Kind, record: Record<string, unknown>): ReadonlyArray<string> =>
  Registry.personsIn(Registry.registry, kind, record)

/**
 * Exports every record of a kind as an audience sees it, for a purpose. Person-level kinds need
 * an audience that may export them (else `NotAllowed`) and a consent covering the purpose for
 * every person (else `ConsentRequired` naming how many lack one, or their records are left out
 * with `onMissingConsent: "omit"`, or exported on a recorded legal basis with `override`). The
 * export is recorded in the audit log.
 *
 * @since 0.1.0
 */
export const exportRecords = <K extends Entity.Kind>(
  kind: K,
  context: ExportContext
): Effect.Effect<
  Export<K>,
  NotAllowed | ConsentRequired | InvalidOverride | CoreError.StoreError,
  Store.Store | Audit.Audit
> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const audience = context.audience
    const visible = Audience.fieldsOf(audience, kind)
    if (visible.length === 0)
      return yield* Effect.fail(
        new NotAllowed({
          audience: audience.id,
          operation: `export ${kind}`,
          reason: { vi: "đối tượng này không được xem loại bản ghi này", en: "this audience sees nothing of this kind" }
        })
      )
    const personLevel = Projection.personLevelKinds.includes(kind)
    if (personLevel && !audience.personLevelExport)
      return yield* Effect.fail(
        new NotAllowed({
          audience: audience.id,
          operation: `export ${kind}`,
          reason: { vi: "không được xuất dữ liệu theo từng người", en: "person-level exports are not allowed" }
        })
      )
    const on = context.on ?? (yield* today)
    const need = { purpose: context.purpose, on }
    const consents = personLevel ? yield* Consents.index : new Map<string, ReadonlyArray<Consent.Consent>>()
    const override = context.override === undefined ? undefined : yield* Consents.checkOverride(context.override)

    const records: Array<Projection.Projected<K>> = []
    const lacking = new Set<string>()
    let omitted = 0
    yield* Stream.runForEach(store.list(kind), (record) =>
      Effect.sync(() => {
        const projected = Audience.project(record, kind, audience)
        if (personLevel) {
          const ids = personIdsOf(kind, record as unknown as Record<string, unknown>)
          const without = Consents.missing(consents, ids, need)
          if (without.size > 0) {
            for (const id of without) lacking.add(id)
            if (override === undefined && context.onMissingConsent === "omit") {
              omitted++
              return
            }
          }
        }
        records.push(projected)
      })
    )
    if (lacking.size > 0 && override === undefined && context.onMissingConsent !== "omit")
      return yield* Effect.fail(new ConsentRequired({ purpose: context.purpose, on, persons: lacking.size }))
    if (lacking.size > 0 && override !== undefined)
      yield* Audit.append({
        actor: context.actor,
        action: "consent_override",
        purpose: context.purpose,
        details: { ...overrideDetails(override, need, lacking.size), kind }
      })
    yield* Audit.append({
      actor: context.actor,
      action: "export",
      purpose: context.purpose,
      details: { kind, audience: audience.id, records: records.length, omitted, personLevel }
    })
    return { records, omitted }
  })
