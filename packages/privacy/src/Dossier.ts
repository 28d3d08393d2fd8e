/**
 * Evidence for a personal-data-processing impact assessment.
 *
 * Law 91/2025/QH15 and Decree 356/2025 require an organisation that processes personal data —
 * and sensitive data above all — to draw up an impact-assessment dossier and keep it available
 * to the authority. `build` gathers what the library knows for it, as plain JSON: what is
 * processed (every stored kind, its fields and their privacy classes, how many records), for
 * which purposes and under which consents (given, active, withdrawn, overrides by legal basis),
 * by which audiences (fields, dimensions, exports, disclosure control), and the safeguards in
 * place (keyed pseudonyms, the identity vault, the audit chain and its head, erasures,
 * incidents). The organisation adds what only it knows: who it is, its legal bases, risks and
 * measures.
 *
 * @since 0.1.0
 */
import type { Classification, CoreError, Label } from "@pctnxh/core"
import { Consent, Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Audience from "./Audience.js"
import * as Audit from "./Audit.js"
import { today } from "./internal/today.js"
import type * as Key from "./Key.js"
import * as Projection from "./Projection.js"
import * as Pseudonym from "./Pseudonym.js"
import * as Uic from "./Uic.js"

/**
 * What is processed in one kind of record.
 *
 * @since 0.1.0
 */
export interface Processing {
  readonly kind: Entity.Kind
  readonly records: number
  readonly personLevel: boolean
  readonly fields: ReadonlyArray<{ readonly field: string; readonly privacy: Classification.PrivacyClass }>
}

/**
 * The dossier's evidence.
 *
 * @since 0.1.0
 */
export interface Dossier {
  readonly asOf: string
  readonly processing: ReadonlyArray<Processing>
  readonly purposes: ReadonlyArray<{
    readonly purpose: Consent.Purpose
    readonly label: Label.Label
    /** Persons with a consent covering the purpose on `asOf`. */
    readonly persons: number
  }>
  readonly consents: { readonly total: number; readonly active: number; readonly withdrawn: number }
  readonly overrides: ReadonlyArray<{ readonly basis: string; readonly count: number }>
  readonly audiences: ReadonlyArray<Audience.Audience>
  readonly safeguards: {
    readonly pseudonyms: {
      readonly algorithm: string
      readonly scheme: Uic.Scheme
      /** Key ids only, oldest first; never the keys. */
      readonly keyIds: ReadonlyArray<string>
    }
    readonly vault: { readonly entries: number; readonly shredded: number }
    readonly audit: { readonly entries: number; readonly head: Audit.Head | undefined; readonly intact: boolean }
    readonly erasures: number
  }
  readonly incidents: ReadonlyArray<{
    readonly id: string
    readonly nature: string
    readonly detectedAt: string
    readonly deadline: string
    readonly notifiedAt: string | undefined
    readonly onTime: boolean | undefined
    readonly personsAffected: number | undefined
  }>
}

/**
 * Options of {@link build}.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly actor: string
  /** The audiences in use; the defaults unless given. */
  readonly audiences?: ReadonlyArray<Audience.Audience> | undefined
  /** The pseudonym keyring (for its key ids only). */
  readonly keyring?: Key.Keyring | undefined
  readonly scheme?: Uic.Scheme | undefined
  /** The date consents are counted at (`YYYY-MM-DD`); today in Vietnam by default. */
  readonly asOf?: string | undefined
}

/**
 * Gathers the evidence (see the module) and records its making in the audit log.
 *
 * @since 0.1.0
 */
export const build = (options: Options): Effect.Effect<Dossier, CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const audit = yield* Audit.Audit
    const asOf = options.asOf ?? (yield* today)

    const processing: Array<Processing> = []
    for (const kind of Entity.kinds) {
      processing.push({
        kind,
        records: yield* store.count(kind),
        personLevel: Projection.personLevelKinds.includes(kind),
        fields: Object.entries(Projection.classes(kind)).map(([field, privacy]) => ({ field, privacy }))
      })
    }

    const covered = new Map<Consent.Purpose, Set<string>>(Consent.Purpose.members.map((p) => [p, new Set()]))
    let total = 0
    let active = 0
    let withdrawn = 0
    yield* Stream.runForEach(store.list("consent"), (c) =>
      Effect.sync(() => {
        total++
        const isWithdrawn = c.withdrawn !== undefined && c.withdrawn <= asOf
        if (isWithdrawn) withdrawn++
        if (c.given <= asOf && !isWithdrawn) {
          active++
          for (const p of c.purposes) covered.get(p.purpose)?.add(c.personId)
        }
      })
    )

    const overrides = new Map<string, number>()
    let erasures = 0
    yield* Stream.runForEach(store.list("auditEntry"), (e) =>
      Effect.sync(() => {
        if (e.action === "consent_override") {
          const basis = String(e.details.basis ?? "unknown")
          overrides.set(basis, (overrides.get(basis) ?? 0) + 1)
        }
        if (e.action === "deidentification") erasures++
      })
    )

    let vaultEntries = 0
    let shredded = 0
    yield* Stream.runForEach(store.list("vaultEntry"), (v) =>
      Effect.sync(() => {
        if (v.personId === undefined) shredded++
        else vaultEntries++
      })
    )

    const incidents: Array<Dossier["incidents"][number]> = []
    yield* Stream.runForEach(store.list("incident"), (i) =>
      Effect.sync(() => {
        incidents.push({
          id: i.id,
          nature: i.nature,
          detectedAt: i.detectedAt,
          deadline: i.deadline,
          notifiedAt: i.notifiedAt,
          onTime: i.notifiedAt === undefined ? undefined : i.notifiedAt <= i.deadline,
          personsAffected: i.personsAffected
        })
      })
    )

    const verification = yield* audit.verify()
    const dossier: Dossier = {
      asOf,
      processing,
      purposes: Consent.Purpose.members.map((purpose) => ({
        purpose,
        label: Consent.Purpose.label(purpose),
        persons: covered.get(purpose)?.size ?? 0
      })),
      consents: { total, active, withdrawn },
      overrides: [...overrides].map(([basis, count]) => ({ basis, count })).sort((a, b) => (a.basis < b.basis ? -1 : 1)),
      audiences: options.audiences ?? Audience.defaults,
      safeguards: {
        pseudonyms: {
          algorithm: Pseudonym.algorithm,
          scheme: options.scheme ?? Uic.standard,
          keyIds: options.keyring?.keys.map((k) => k.id) ?? []
        },
        vault: { entries: vaultEntries, shredded },
        audit: { entries: verification.length, head: verification.head, intact: verification.problems.length === 0 },
        erasures
      },
      incidents
    }
    yield* audit.append({ actor: options.actor, action: "assessment", details: { asOf, kinds: processing.length } })
    return dossier
  })
