/**
 * Deployment keys and keyrings.
 *
 * A key is 32 or more secret random bytes with a public id. The bytes are imported into
 * WebCrypto as non-extractable key material and never leave it: a `Key` prints as its id only.
 * Each use (pseudonyms, the identity vault) derives its own sub-key with HKDF-SHA-256, so one
 * deployment secret can serve both without the uses ever meeting.
 *
 * A keyring lists a deployment's keys, oldest first; the last is current. Rotating adds a key at
 * the end and never removes one: see `Pseudonym.lift` and `Rekey.run`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Key } from "@pctnxh/privacy"
 *
 * const program = Effect.gen(function* () {
 *   // once, at installation: keep `secret` in the deployment's secret store, never in the database
 *   const { secret } = yield* Key.generate("hp-2026")
 *   // at every start
 *   const keyring = yield* Key.load({ keys: [{ id: "hp-2026", secret }] })
 *   return keyring
 * })
 * ```
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { type Bytes, fromBase64 as decodeBase64, random, toBase64Url } from "./internal/bytes.js"
import { InvalidKeyring, UnknownKey, WeakKey } from "./PrivacyError.js"

/**
 * The fewest secret bytes a key may have.
 *
 * @since 0.1.0
 */
export const minimumBytes = 32

const TypeId: unique symbol = Symbol.for("@pctnxh/privacy/Key")

/**
 * A deployment key: an id and non-extractable key material.
 *
 * @since 0.1.0
 */
export interface Key {
  readonly [TypeId]: typeof TypeId
  /** The public id stored beside everything made with the key. */
  readonly id: string
  /** HKDF key material; only sub-keys derived from it are ever used. */
  readonly material: CryptoKey
}

/**
 * A key id: letters, digits and `.`, `_`, `:`, `-`, at most 64 characters.
 *
 * @since 0.1.0
 */
export const KeyId = Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9._:-]{1,64}$/)).annotations({
  identifier: "KeyId",
  description: "a key id of letters, digits, '.', '_', ':' or '-'"
})

const weak = (keyId: string, vi: string, en: string) => new WeakKey({ keyId, reason: { vi, en } })

/**
 * Imports a key from its secret bytes. Refuses ids that are not {@link KeyId}s, fewer than
 * {@link minimumBytes} bytes, and bytes that are all the same (an all-zero "key" hides nothing).
 *
 * @since 0.1.0
 */
export const fromBytes = (id: string, bytes: Uint8Array): Effect.Effect<Key, WeakKey> =>
  Effect.suspend(() => {
    if (!Schema.is(KeyId)(id))
      return Effect.fail(weak(String(id).slice(0, 64), "mã khóa chỉ gồm chữ, số và . _ : -, tối đa 64 ký tự", "a key id has letters, digits and . _ : - only, at most 64 characters"))
    if (!(bytes instanceof Uint8Array) || bytes.length < minimumBytes)
      return Effect.fail(weak(id, `khóa phải có ít nhất ${minimumBytes} byte ngẫu nhiên`, `a key needs at least ${minimumBytes} random bytes`))
    if (bytes.every((b) => b === bytes[0]))
      return Effect.fail(weak(id, "khóa không được gồm một byte lặp lại", "a key cannot be one byte repeated"))
    const copy = new Uint8Array(bytes) as Bytes
    return Effect.map(
      Effect.promise(() => globalThis.crypto.subtle.importKey("raw", copy, "HKDF", false, ["deriveKey", "deriveBits"])),
      (material): Key => {
        copy.fill(0)
        return make(id, material)
      }
    )
  })

const make = (id: string, material: CryptoKey): Key => {
  const key = { [TypeId]: TypeId, id, material } as Key
  Object.defineProperties(key, {
    toString: { value: () => `Key(${id})` },
    toJSON: { value: () => ({ _id: "Key", id }) },
    [Symbol.for("nodejs.util.inspect.custom")]: { value: () => `Key(${id})` }
  })
  return key
}

/**
 * Imports a key from base64 or base64url text.
 *
 * @since 0.1.0
 */
export const fromBase64 = (id: string, secret: string): Effect.Effect<Key, WeakKey> =>
  Effect.suspend(() => {
    const bytes = typeof secret === "string" ? decodeBase64(secret) : undefined
    return bytes === undefined
      ? Effect.fail(weak(String(id), "khóa phải viết dạng base64", "a key must be written in base64"))
      : fromBytes(id, bytes)
  })

/**
 * Generates a fresh random key of 32 bytes. `secret` is its base64url text, to be kept in the
 * deployment's secret store (not in the database, not in the code, not beside backups).
 *
 * @since 0.1.0
 */
export const generate = (id: string): Effect.Effect<{ readonly key: Key; readonly secret: string }, WeakKey> =>
  Effect.suspend(() => {
    const bytes = random(minimumBytes)
    const secret = toBase64Url(bytes)
    return Effect.map(fromBytes(id, bytes), (key) => {
      bytes.fill(0)
      return { key, secret }
    })
  })

/**
 * Whether a value is a {@link Key}.
 *
 * @since 0.1.0
 */
export const isKey = (u: unknown): u is Key => typeof u === "object" && u !== null && TypeId in u

/**
 * A deployment's keys, oldest first; `current` is the last.
 *
 * @since 0.1.0
 */
export interface Keyring {
  readonly keys: readonly [Key, ...Array<Key>]
  readonly current: Key
}

/**
 * Makes a keyring from keys, oldest first. Refuses an empty list and repeated ids.
 *
 * @since 0.1.0
 */
export const ring = (...keys: ReadonlyArray<Key>): Effect.Effect<Keyring, InvalidKeyring> =>
  Effect.suspend(() => {
    if (keys.length === 0 || !keys.every(isKey))
      return Effect.fail(new InvalidKeyring({ reason: { vi: "cần ít nhất một khóa", en: "at least one key is needed" } }))
    const ids = new Set(keys.map((k) => k.id))
    if (ids.size !== keys.length)
      return Effect.fail(new InvalidKeyring({ reason: { vi: "hai khóa trùng mã", en: "two keys share an id" } }))
    const list = [...keys] as [Key, ...Array<Key>]
    return Effect.succeed({ keys: list, current: list[list.length - 1]! })
  })

/**
 * A keyring as configuration: ids and base64 secrets, oldest first.
 *
 * @since 0.1.0
 */
export const KeyringConfig = Schema.Struct({
  keys: Schema.NonEmptyArray(Schema.Struct({ id: KeyId, secret: Schema.String }))
})
/** @since 0.1.0 */
export type KeyringConfig = typeof KeyringConfig.Type

/**
 * Loads a keyring from its configuration (e.g. parsed from a secret store).
 *
 * @since 0.1.0
 */
export const load = (config: KeyringConfig): Effect.Effect<Keyring, WeakKey | InvalidKeyring> =>
  Effect.flatMap(
    Effect.forEach(config.keys, (k) => fromBase64(k.id, k.secret)),
    (keys) => ring(...keys)
  )

/**
 * Adds a new current key to a keyring (rotation). Existing keys stay: records made under them
 * remain linkable (see `Pseudonym.lift`).
 *
 * @since 0.1.0
 */
export const rotate = (keyring: Keyring, key: Key): Effect.Effect<Keyring, InvalidKeyring> => ring(...keyring.keys, key)

/**
 * The key of an id in a keyring, and its position (0 = oldest).
 *
 * @since 0.1.0
 */
export const find = (keyring: Keyring, keyId: string): Effect.Effect<{ readonly key: Key; readonly index: number }, UnknownKey> => {
  const index = keyring.keys.findIndex((k) => k.id === keyId)
  return index < 0 ? Effect.fail(new UnknownKey({ keyId })) : Effect.succeed({ key: keyring.keys[index]!, index })
}

/**
 * The deployment's keyring as a service: what keyed operations that are not given a key take
 * theirs from — the cell-key noise of the release door (`Disclosure.release`) among them, so
 * that no caller chooses the key the noise of a published table is made with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Key } from "@pctnxh/privacy"
 *
 * const live = Key.layerKeyring(keyring) // provide it with the release door
 * ```
 * @since 0.1.0
 */
export class DeploymentKeyring extends Context.Tag("@pctnxh/privacy/Key/DeploymentKeyring")<DeploymentKeyring, Keyring>() {}

/**
 * A layer providing the deployment keyring.
 *
 * @since 0.1.0
 */
export const layerKeyring = (keyring: Keyring): Layer.Layer<DeploymentKeyring> => Layer.succeed(DeploymentKeyring, keyring)

/**
 * The key cell-key noise is made with: the keyring's first (founding) key, so that rotating
 * the current key for pseudonyms never changes the noise of figures published before (a reader
 * given two noises of one figure could average them away).
 *
 * @since 0.1.0
 */
export const noiseKey = (keyring: Keyring): Key => keyring.keys[0]
