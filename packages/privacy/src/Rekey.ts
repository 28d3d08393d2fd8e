/**
 * Re-keying a store after a key rotation.
 *
 * After `Key.rotate` adds a new current key, records made under older keys stay linkable:
 * `Pseudonym.lift` maps an old pseudonym to the current one without the UIC, and a returning
 * person's older pseudonyms are found with `Pseudonym.generations`. `run` re-keys the whole
 * store in one transaction: every person not under the current key gets their lifted pseudonym,
 * on their person record, consents, events, attendances, group memberships and (when the
 * `Vault` service is provided) vault entries. Do it promptly when an old key may have leaked:
 * until then, records under that key are only as safe as it is.
 *
 * Audit entries keep the pseudonym they were written with (they are history); `Erasure.erase`
 * given the keyring still finds them.
 *
 * @since 0.1.0
 */
import type { CoreError, Ids } from "@pctnxh/core"
import { Entity, Registry, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Audit from "./Audit.js"
import type * as Key from "./Key.js"
import type { DecryptionFailed, UnknownKey } from "./PrivacyError.js"
import * as Pseudonym from "./Pseudonym.js"
import { Vault } from "./Vault.js"

/**
 * What a re-keying did, in counts.
 *
 * @since 0.1.0
 */
export interface Summary {
  readonly persons: number
  /** Consents, events, activities and groups rewritten. */
  readonly records: number
  readonly vaultEntries: number
}

const rewrite = <K extends Entity.Kind>(
  store: Store.Service,
  kind: K,
  change: (record: Entity.Of<K>) => Entity.Of<K> | undefined
) =>
  Stream.runFoldEffect(Stream.grouped(store.list(kind), 500), 0, (n, chunk) => {
    const changed: Array<Entity.Of<K>> = []
    for (const record of chunk) {
      const next = change(record)
      if (next !== undefined) changed.push(next)
    }
    return changed.length === 0 ? Effect.succeed(n) : Effect.as(store.put(kind, changed), n + changed.length)
  })

/**
 * Re-keys every person not under the keyring's current key (see the module).
 *
 * @since 0.1.0
 */
export const run = (
  keyring: Key.Keyring,
  context: { readonly actor: string }
): Effect.Effect<Summary, UnknownKey | DecryptionFailed | CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const vault = yield* Effect.serviceOption(Vault)
    return yield* store.transaction(
      Effect.gen(function* () {
        const stale = yield* Stream.runCollect(Stream.filter(store.list("person"), (p) => p.keyId !== keyring.current.id))
        if (stale.length === 0) return { persons: 0, records: 0, vaultEntries: 0 }
        const mapping = new Map<string, Ids.PersonId>()
        const fromKeys = new Set<string>()
        for (const person of stale) {
          const lifted = yield* Pseudonym.lift({ personId: person.id, keyId: person.keyId }, keyring)
          mapping.set(person.id, lifted.personId)
          fromKeys.add(person.keyId)
        }
        const map = (id: string) => mapping.get(id) ?? id
        // a person who already has a record under the current key keeps it
        const moved: Array<Entity.Of<"person">> = []
        for (const p of stale) {
          if (Option.isNone(yield* store.get("person", map(p.id))))
            moved.push(new Entity.schemas.person({ ...p, id: map(p.id) as Ids.PersonId, keyId: keyring.current.id }))
        }
        if (moved.length > 0) yield* store.put("person", moved)
        let records = 0
        // every record that names a person, except the person records moved above and the
        // entries the vault and the audit log look after themselves
        for (const kind of Registry.personKinds(Registry.registry)) {
          if (kind === "person" || Registry.personRefs(Registry.registry, kind)?.onErase === "keep") continue
          records += yield* rewrite(store, kind, (record) => Registry.replacePersons(Registry.registry, kind, record, map))
        }
        for (const old of mapping.keys()) yield* store.erasePerson(old as Ids.PersonId)
        const vaultEntries = Option.isSome(vault) ? yield* vault.value.relink(mapping) : 0
        const summary: Summary = { persons: mapping.size, records, vaultEntries }
        yield* Audit.append({
          actor: context.actor,
          action: "rekey",
          details: { ...summary, from: [...fromKeys].sort().join(","), to: keyring.current.id }
        })
        return summary
      })
    )
  })
