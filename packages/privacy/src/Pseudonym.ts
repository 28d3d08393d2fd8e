/**
 * Keyed pseudonyms: the only way a person is known to programme data.
 *
 * A pseudonym is HMAC-SHA-256 of the person's UIC (see `Uic`) under the deployment's pseudonym
 * key, in lowercase hexadecimal, stored as `Person.id` with the key's id beside it as
 * `Person.keyId`. The same person gives the same pseudonym under the same keyring on any device;
 * two deployments with different keys give pseudonyms that cannot be linked to each other, and
 * nobody without the key can test a guessed UIC against them.
 *
 * A plain hash (SHA-256, MD5…) of a UIC is refused with `UnkeyedPseudonym`: the UIC space is small
 * enough to enumerate (`Uic.size`), so a plain hash can be reversed by hashing every UIC.
 *
 * ## Rotation and re-keying
 *
 * A keyring lists keys oldest first. A pseudonym under the first key is `HMAC(k₁, UIC)`; under
 * each later key it is the HMAC of the previous generation's pseudonym: `HMAC(k₂, HMAC(k₁, UIC))`.
 * So a pseudonym made before a rotation is lifted to the current key without knowing the UIC
 * (`lift`), and a whole store is re-keyed in one pass (`Rekey.run`). Someone holding only an old
 * key cannot compute current pseudonyms. Keys are added, never removed: removing one makes every
 * later pseudonym impossible to compute.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Key, Pseudonym } from "@pctnxh/privacy"
 *
 * const program = Effect.gen(function* () {
 *   const keyring = yield* Key.load({ keys: [{ id: "hp-2026", secret: process.env.PSEUDONYM_KEY! }] })
 *   const { personId, keyId } = yield* Pseudonym.make(
 *     { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "female", birthYear: 1998 },
 *     keyring
 *   )
 *   // store personId and keyId on the Person; forget the names
 * })
 * ```
 * @since 0.1.0
 */
import type { Ids } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { hmacSigner, hmacSync } from "./internal/derive.js"
import * as Key from "./Key.js"
import type { IncompleteUic, UnknownKey } from "./PrivacyError.js"
import { UnkeyedPseudonym } from "./PrivacyError.js"
import * as Uic from "./Uic.js"

/**
 * A person's pseudonym and the id of the key generation it was made under.
 *
 * @since 0.1.0
 */
export interface Pseudonym {
  readonly personId: Ids.PersonId
  readonly keyId: string
}

/**
 * The one algorithm pseudonyms are made with.
 *
 * @since 0.1.0
 */
export const algorithm = "HMAC-SHA-256"

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The UIC scheme; `Uic.standard` by default. */
  readonly scheme?: Uic.Scheme
  /**
   * Only `"HMAC-SHA-256"` is accepted. The option exists so that a configuration asking for a
   * plain hash (`"SHA-256"`, `"MD5"`, `"none"`) is refused loudly rather than silently changed.
   */
  readonly algorithm?: string
}

const sign = (key: Key.Key, message: string): Effect.Effect<string> => Effect.flatMap(hmacSigner(key, "pseudonym"), (f) => f(message))

const first = (scheme: Uic.Scheme, uic: Uic.Uic) => `pctnxh-uic/1|${scheme.id}|${uic}`
const next = (previous: string) => `pctnxh-rekey/1|${previous}`

const refuse = (asked: unknown, scheme: Uic.Scheme) =>
  new UnkeyedPseudonym({ algorithm: typeof asked === "string" ? asked : "none", space: Uic.size(scheme) })

const checked = (keyring: Key.Keyring | undefined, options: Options): Effect.Effect<Key.Keyring, UnkeyedPseudonym> => {
  const scheme = options.scheme ?? Uic.standard
  if (options.algorithm !== undefined && options.algorithm.toUpperCase().replace(/[^A-Z0-9]/g, "") !== "HMACSHA256")
    return Effect.fail(refuse(options.algorithm, scheme))
  if (keyring === undefined || keyring === null || !Array.isArray(keyring.keys) || !Key.isKey(keyring.current))
    return Effect.fail(refuse(options.algorithm ?? "none", scheme))
  return Effect.succeed(keyring)
}

/**
 * The pseudonym of a UIC under every generation of a keyring, oldest first.
 *
 * @since 0.1.0
 */
export const generationsOfUic = (
  uic: Uic.Uic,
  keyring: Key.Keyring,
  options: Options = {}
): Effect.Effect<ReadonlyArray<Pseudonym>, UnkeyedPseudonym> =>
  Effect.flatMap(checked(keyring, options), (ring) =>
    Effect.gen(function* () {
      const out: Array<Pseudonym> = []
      let value = yield* sign(ring.keys[0], first(options.scheme ?? Uic.standard, uic))
      out.push({ personId: value as Ids.PersonId, keyId: ring.keys[0].id })
      for (const key of ring.keys.slice(1)) {
        value = yield* sign(key, next(value))
        out.push({ personId: value as Ids.PersonId, keyId: key.id })
      }
      return out
    })
  )

/**
 * The pseudonym of an already built UIC under the current key.
 *
 * @since 0.1.0
 */
export const fromUic = (
  uic: Uic.Uic,
  keyring: Key.Keyring,
  options: Options = {}
): Effect.Effect<Pseudonym, UnkeyedPseudonym> =>
  Effect.map(generationsOfUic(uic, keyring, options), (all) => all[all.length - 1]!)

/**
 * A synchronous {@link fromUic} for batches: the keyring is checked and each key's sub-key
 * derived once, then each UIC's pseudonym under the current key is a plain call — the same
 * pseudonym `fromUic` gives. `None` where the platform has no synchronous HMAC (browsers): use
 * {@link fromUic} there.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { Key, Pseudonym, Uic } from "@pctnxh/privacy"
 *
 * const program = Effect.gen(function* () {
 *   const keyring = yield* Key.load({ keys: [{ id: "hp-2026", secret: process.env.PSEUDONYM_KEY! }] })
 *   const sign = yield* Pseudonym.batchSigner(keyring)
 *   if (Option.isSome(sign)) {
 *     const ids = ["DAHU F 1998", "HOMO F 1996"].map((code) => sign.value(Uic.normaliseCode(code)).personId)
 *   }
 * })
 * ```
 * @since 0.1.0
 */
export const batchSigner = (
  keyring: Key.Keyring,
  options: Options = {}
): Effect.Effect<Option.Option<(uic: Uic.Uic) => Pseudonym>, UnkeyedPseudonym> =>
  Effect.flatMap(checked(keyring, options), (ring) =>
    Effect.map(
      Effect.forEach(ring.keys, (key) => hmacSync(key, "pseudonym")),
      (signs): Option.Option<(uic: Uic.Uic) => Pseudonym> => {
        if (signs.some((s) => s === undefined)) return Option.none()
        const [head, ...rest] = signs as Array<(message: string) => string>
        const scheme = options.scheme ?? Uic.standard
        const keyId = ring.current.id
        return Option.some((uic) => {
          let value = head!(first(scheme, uic))
          for (const sign of rest) value = sign(next(value))
          return { personId: value as Ids.PersonId, keyId }
        })
      }
    )
  )

/**
 * The pseudonym of a person under the current key, from the parts of their UIC.
 *
 * Fails with `UnkeyedPseudonym` when no keyring is given or a plain hash is asked for, and with
 * `IncompleteUic` when every name of the scheme is unknown.
 *
 * @since 0.1.0
 */
export const make = (
  parts: Uic.Parts,
  keyring: Key.Keyring,
  options: Options = {}
): Effect.Effect<Pseudonym, UnkeyedPseudonym | IncompleteUic> =>
  Effect.flatMap(checked(keyring, options), (ring) =>
    Effect.flatMap(
      Either.match(Uic.make(parts, options.scheme), { onLeft: Effect.fail, onRight: Effect.succeed }),
      (uic) => fromUic(uic, ring, options)
    )
  )

/**
 * A person's pseudonym under every key generation, newest first: to find a returning person's
 * records made before a rotation that were not yet re-keyed.
 *
 * @since 0.1.0
 */
export const generations = (
  parts: Uic.Parts,
  keyring: Key.Keyring,
  options: Options = {}
): Effect.Effect<ReadonlyArray<Pseudonym>, UnkeyedPseudonym | IncompleteUic> =>
  Effect.flatMap(checked(keyring, options), (ring) =>
    Effect.flatMap(
      Either.match(Uic.make(parts, options.scheme), { onLeft: Effect.fail, onRight: Effect.succeed }),
      (uic) => Effect.map(generationsOfUic(uic, ring, options), (all) => [...all].reverse())
    )
  )

/**
 * Lifts a pseudonym made under an older key to the current key, without the UIC. A pseudonym
 * already under the current key is returned as it is; one under a key the keyring does not hold
 * fails with `UnknownKey`.
 *
 * @since 0.1.0
 */
export const lift = (pseudonym: Pseudonym, keyring: Key.Keyring): Effect.Effect<Pseudonym, UnknownKey> =>
  Effect.flatMap(Key.find(keyring, pseudonym.keyId), ({ index }) =>
    Effect.gen(function* () {
      let value: string = pseudonym.personId
      for (const key of keyring.keys.slice(index + 1)) value = yield* sign(key, next(value))
      return { personId: value as Ids.PersonId, keyId: keyring.current.id }
    })
  )

/**
 * Always fails: a plain, unkeyed hash of a UIC is refused, with the reason (see the module).
 * Present so that code asking for it finds the explanation instead of writing its own hash.
 *
 * @since 0.1.0
 */
export const unkeyed = (algorithmName: string, scheme: Uic.Scheme = Uic.standard): Effect.Effect<never, UnkeyedPseudonym> =>
  Effect.fail(refuse(algorithmName, scheme))

