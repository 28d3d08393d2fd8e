/**
 * The identity vault: names, phone numbers and other identifying values an organisation must
 * keep for some persons (to call them back for a test result, say), apart from programme data.
 *
 * Each entry has its own random data key, wrapped (AES-256-GCM) by the deployment's vault key
 * with the entry id, the person's pseudonym and the key id bound as additional data. Each value
 * is encrypted on its own under the data key with a fresh 96-bit IV and the entry id, field name
 * and key id bound as additional data. So a value copied into another entry or field, or an
 * entry re-pointed at another person, fails to decrypt (`DecryptionFailed`) instead of showing
 * one person's phone number on another's record.
 *
 * Shredding an entry overwrites it with an empty tombstone: the person link, the wrapped data
 * key and every value are gone, and copies of the ciphertexts elsewhere cannot be decrypted
 * without that data key.
 *
 * The vault is a layer over a Store. Give it its own store to keep identities apart from
 * programme data:
 *
 * ```ts
 * const VaultLive = Vault.layer(vaultKeyring).pipe(Layer.provide(SeparateStoreLayer))
 * ```
 *
 * `keep` and `reveal` are the operations for applications: they check the person's consent to
 * follow-up contact and record every use in the audit log.
 *
 * @since 0.1.0
 */
import type { CoreError, Ids } from "@pctnxh/core"
import { Store, VaultEntry } from "@pctnxh/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import * as Audit from "./Audit.js"
import * as Consents from "./Consents.js"
import { type Bytes, canonicalJson, concat, fromBase64, fromUtf8, random, toBase64Url, utf8 } from "./internal/bytes.js"
import { aesKey } from "./internal/derive.js"
import { now } from "./internal/today.js"
import * as Key from "./Key.js"
import type { ConsentRequired, InvalidOverride, UnknownKey } from "./PrivacyError.js"
import { DecryptionFailed } from "./PrivacyError.js"

/**
 * The vault service.
 *
 * @since 0.1.0
 */
export class Vault extends Context.Tag("@pctnxh/privacy/Vault")<
  Vault,
  {
    /** Encrypts a person's values into their entry, replacing what it held. */
    readonly seal: (
      personId: Ids.PersonId,
      values: Readonly<Record<string, string>>
    ) => Effect.Effect<VaultEntry.VaultEntry, CoreError.StoreError>
    /** Decrypts a person's values, or none if they have no entry. */
    readonly open: (
      personId: Ids.PersonId
    ) => Effect.Effect<Option.Option<Readonly<Record<string, string>>>, DecryptionFailed | UnknownKey | CoreError.StoreError>
    /** Shreds a person's entries; returns how many. */
    readonly shred: (personId: Ids.PersonId) => Effect.Effect<number, CoreError.StoreError>
    /** Points entries at new pseudonyms after re-keying (old → new); returns how many moved. */
    readonly relink: (
      mapping: ReadonlyMap<string, string>
    ) => Effect.Effect<number, DecryptionFailed | UnknownKey | CoreError.StoreError>
    /** Re-encrypts every entry not under the current vault key; returns how many. */
    readonly rotate: Effect.Effect<number, DecryptionFailed | UnknownKey | CoreError.StoreError>
  }
>() {}

/**
 * The shape of the vault service.
 *
 * @since 0.1.0
 */
export type Service = Context.Tag.Service<Vault>

const IV = 12

const keyAad = (entryId: string, personId: string, keyId: string) =>
  utf8(canonicalJson(["pctnxh-vault-key/1", entryId, personId, keyId]))
const valueAad = (entryId: string, field: string, keyId: string) =>
  utf8(canonicalJson(["pctnxh-vault/1", entryId, field, keyId]))

const encrypt = (key: CryptoKey, plaintext: Bytes, aad: Bytes): Effect.Effect<string> =>
  Effect.promise(async () => {
    const iv = random(IV)
    const sealed = await globalThis.crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, key, plaintext)
    return toBase64Url(concat(iv, new Uint8Array(sealed)))
  })

const decrypt = (
  key: CryptoKey,
  text: string,
  aad: Bytes,
  failure: () => DecryptionFailed
): Effect.Effect<Bytes, DecryptionFailed> =>
  Effect.tryPromise({
    try: async () => {
      const bytes = fromBase64(text)
      if (bytes === undefined || bytes.length <= IV) throw new Error("malformed")
      const plain = await globalThis.crypto.subtle.decrypt(
        { name: "AES-GCM", iv: bytes.subarray(0, IV), additionalData: aad },
        key,
        bytes.subarray(IV)
      )
      return new Uint8Array(plain) as Bytes
    },
    catch: failure
  })

const importDataKey = (raw: Bytes) =>
  Effect.promise(() => globalThis.crypto.subtle.importKey("raw", raw, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]))

/**
 * Makes the vault service over the Store in context, with a keyring for the vault key.
 *
 * @since 0.1.0
 */
export const make = (keyring: Key.Keyring): Effect.Effect<Service, never, Store.Store> =>
  Effect.gen(function* () {
    const store = yield* Store.Store

    const entriesOf = (personId: string) =>
      store.find("vaultEntry", { personId }).pipe(Effect.catchTag("NotIndexed", Effect.die))

    const write = (entryId: VaultEntry.VaultEntryId, personId: string, values: Readonly<Record<string, string>>) =>
      Effect.gen(function* () {
        const kek = keyring.current
        const wrapping = yield* aesKey(kek, "vault")
        const raw = random(32)
        const wrappedKey = yield* encrypt(wrapping, raw, keyAad(entryId, personId, kek.id))
        const dataKey = yield* importDataKey(raw)
        raw.fill(0)
        const sealed: Array<VaultEntry.VaultValue> = []
        for (const [field, value] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const ciphertext = yield* encrypt(dataKey, utf8(value), valueAad(entryId, field, kek.id))
          sealed.push(new VaultEntry.VaultValue({ field, ciphertext }))
        }
        return new VaultEntry.VaultEntry({
          id: entryId,
          personId: personId as Ids.PersonId,
          keyId: kek.id,
          wrappedKey,
          values: sealed,
          updated: (yield* now) as VaultEntry.VaultEntry["updated"]
        })
      })

    const read = (entry: VaultEntry.VaultEntry) =>
      Effect.gen(function* () {
        const failed = (field?: string) => () =>
          new DecryptionFailed({ entryId: entry.id, ...(field === undefined ? {} : { field }) })
        if (entry.personId === undefined || entry.wrappedKey === undefined) return yield* Effect.fail(failed()())
        const { key } = yield* Key.find(keyring, entry.keyId)
        const wrapping = yield* aesKey(key, "vault")
        const raw = yield* decrypt(wrapping, entry.wrappedKey, keyAad(entry.id, entry.personId, entry.keyId), failed())
        const dataKey = yield* importDataKey(raw)
        raw.fill(0)
        const out: Record<string, string> = {}
        for (const value of entry.values) {
          const plain = yield* decrypt(dataKey, value.ciphertext, valueAad(entry.id, value.field, entry.keyId), failed(value.field))
          out[value.field] = fromUtf8(plain)
        }
        return out
      })

    const seal = (personId: Ids.PersonId, values: Readonly<Record<string, string>>) =>
      Effect.gen(function* () {
        const existing = yield* entriesOf(personId)
        const entryId = (existing[0]?.id ?? globalThis.crypto.randomUUID()) as VaultEntry.VaultEntryId
        const entry = yield* write(entryId, personId, values)
        yield* store.put("vaultEntry", [entry])
        return entry
      })

    const open = (personId: Ids.PersonId) =>
      Effect.gen(function* () {
        const existing = yield* entriesOf(personId)
        if (existing.length === 0) return Option.none()
        const merged: Record<string, string> = {}
        for (const entry of existing) Object.assign(merged, yield* read(entry))
        return Option.some(merged as Readonly<Record<string, string>>)
      })

    const shred = (personId: Ids.PersonId) =>
      Effect.gen(function* () {
        const existing = yield* entriesOf(personId)
        const updated = (yield* now) as VaultEntry.VaultEntry["updated"]
        const tombstones = existing.map(
          (e) => new VaultEntry.VaultEntry({ id: e.id, keyId: e.keyId, values: [], updated })
        )
        if (tombstones.length > 0) yield* store.put("vaultEntry", tombstones)
        return tombstones.length
      })

    const rewriteAll = (change: (entry: VaultEntry.VaultEntry) => string | undefined) =>
      Effect.gen(function* () {
        const live = yield* Stream.runCollect(
          Stream.filter(store.list("vaultEntry"), (e) => e.personId !== undefined && change(e) !== undefined)
        )
        const next: Array<VaultEntry.VaultEntry> = []
        for (const entry of live) next.push(yield* write(entry.id, change(entry)!, yield* read(entry)))
        if (next.length > 0) yield* store.put("vaultEntry", next)
        return next.length
      })

    const relink = (mapping: ReadonlyMap<string, string>) =>
      rewriteAll((e) => (e.personId === undefined ? undefined : mapping.get(e.personId)))

    const rotate = rewriteAll((e) => (e.keyId === keyring.current.id ? undefined : e.personId))

    return { seal, open, shred, relink, rotate }
  })

/**
 * A layer providing the vault over the Store it is given, with a keyring for the vault key.
 *
 * @since 0.1.0
 */
export const layer = (keyring: Key.Keyring): Layer.Layer<Vault, never, Store.Store> => Layer.effect(Vault, make(keyring))

/**
 * Who uses the vault, and an override when the person has not consented to follow-up.
 *
 * @since 0.1.0
 */
export interface Caller extends Consents.Context {
  /** `YYYY-MM-DD`; today in Vietnam by default. */
  readonly on?: string | undefined
}

/**
 * Keeps a person's identifying values in the vault, after checking their consent to follow-up
 * contact; records the write (field names only) in the audit log.
 *
 * @since 0.1.0
 */
export const keep = (
  personId: Ids.PersonId,
  values: Readonly<Record<string, string>>,
  context: Caller
): Effect.Effect<void, ConsentRequired | InvalidOverride | CoreError.StoreError, Vault | Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const vault = yield* Vault
    const grant = yield* Consents.require(personId, { purpose: "follow_up", on: context.on }, context)
    yield* vault.seal(personId, values)
    yield* Audit.append({
      actor: context.actor,
      action: "vault_write",
      subject: { kind: "person", id: personId },
      purpose: "follow_up",
      details: { fields: Object.keys(values).sort().join(","), basis: grant.basis }
    })
  })

/**
 * Reveals a person's identifying values, after checking their consent to follow-up contact;
 * records the read in the audit log.
 *
 * @since 0.1.0
 */
export const reveal = (
  personId: Ids.PersonId,
  context: Caller
): Effect.Effect<
  Option.Option<Readonly<Record<string, string>>>,
  ConsentRequired | InvalidOverride | DecryptionFailed | UnknownKey | CoreError.StoreError,
  Vault | Store.Store | Audit.Audit
> =>
  Effect.gen(function* () {
    const vault = yield* Vault
    const grant = yield* Consents.require(personId, { purpose: "follow_up", on: context.on }, context)
    const values = yield* vault.open(personId)
    yield* Audit.append({
      actor: context.actor,
      action: "vault_read",
      subject: { kind: "person", id: personId },
      purpose: "follow_up",
      details: { found: Option.isSome(values), basis: grant.basis }
    })
    return values
  })
