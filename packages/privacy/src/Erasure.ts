/**
 * Erasure of a person: the right to deletion, carried out so that past reports stay the same.
 *
 * `erase` builds on the Store's `erasePerson` — which removes the person and their consents and
 * replaces their pseudonym on every event, attendance and group membership with a random
 * surrogate, so distinct-person counts do not change — and adds what privacy needs:
 *
 * - the person's identity-vault entries are shredded (in the main store, and in the `Vault`
 *   service's store when one is provided);
 * - the person is removed from the subjects of past audit entries (the chain still verifies);
 *   with a keyring, entries made under older key generations are found too;
 * - a de-identification entry records what was done, in counts only.
 *
 * Afterwards nothing in the stores holds the pseudonym: recomputing it from the person's UIC
 * finds nothing, and the surrogate links their old events only to each other.
 *
 * @example
 * ```ts
 * import { Erasure } from "@pctnxh/privacy"
 * const program = Erasure.erase(personId, { actor: "officer-3", keyring })
 * ```
 * @since 0.1.0
 */
import type { CoreError, Ids } from "@pctnxh/core"
import { Store, VaultEntry } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Audit from "./Audit.js"
import { now } from "./internal/today.js"
import type * as Key from "./Key.js"
import * as Pseudonym from "./Pseudonym.js"
import { Vault } from "./Vault.js"

/**
 * Who erases, and the keyring to recognise the person's pseudonyms of older key generations.
 *
 * @since 0.1.0
 */
export interface Context {
  readonly actor: string
  readonly keyring?: Key.Keyring | undefined
}

/**
 * What an erasure did, in counts.
 *
 * @since 0.1.0
 */
export interface Summary {
  readonly person: boolean
  readonly consents: number
  /** Events, attendances and memberships whose link was cut. */
  readonly unlinked: number
  readonly vaultEntries: number
  /** Audit entries whose subject was removed. */
  readonly auditRedacted: number
}

const isSame = (personId: string, keyring: Key.Keyring | undefined) => {
  const cache = new Map<string, boolean>()
  return (subject: string): Effect.Effect<boolean> => {
    if (subject === personId) return Effect.succeed(true)
    if (keyring === undefined || keyring.keys.length < 2) return Effect.succeed(false)
    const known = cache.get(subject)
    if (known !== undefined) return Effect.succeed(known)
    return Effect.gen(function* () {
      let hit = false
      for (const key of keyring.keys.slice(0, -1)) {
        const lifted = yield* Effect.option(Pseudonym.lift({ personId: subject as Ids.PersonId, keyId: key.id }, keyring))
        if (Option.isSome(lifted) && lifted.value.personId === personId) {
          hit = true
          break
        }
      }
      cache.set(subject, hit)
      return hit
    })
  }
}

/**
 * Erases a person (see the module). Safe to run again: a second run finds nothing left.
 *
 * @since 0.1.0
 */
export const erase = (
  personId: Ids.PersonId,
  context: Context
): Effect.Effect<Summary, CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const vault = yield* Effect.serviceOption(Vault)
    const shreddedElsewhere = Option.isSome(vault) ? yield* vault.value.shred(personId) : 0
    return yield* store.transaction(
      Effect.gen(function* () {
        const erased = yield* store.erasePerson(personId)
        const updated = (yield* now) as VaultEntry.VaultEntry["updated"]
        const entries = yield* store.find("vaultEntry", { personId }).pipe(Effect.catchTag("NotIndexed", Effect.die))
        const tombstones = entries.map((e) => new VaultEntry.VaultEntry({ id: e.id, keyId: e.keyId, values: [], updated }))
        if (tombstones.length > 0) yield* store.put("vaultEntry", tombstones)
        const same = isSame(personId, context.keyring)
        const audit = yield* Audit.Audit
        const auditRedacted = yield* audit.redact((subject) =>
          subject.kind === "person" ? same(subject.id) : Effect.succeed(false)
        )
        const summary: Summary = {
          person: erased.person,
          consents: erased.consents,
          unlinked: erased.unlinked,
          vaultEntries: Math.max(shreddedElsewhere, tombstones.length),
          auditRedacted
        }
        yield* audit.append({ actor: context.actor, action: "deidentification", details: { ...summary } })
        return summary
      })
    )
  })
