/**
 * Plain async functions for applications that do not use Effect: keys, pseudonyms, and
 * offline verification of an exported audit log. They reject with the same typed errors as the
 * Effect API (`error._tag` tells them apart). Operations on a store are offered by
 * `@pctnxh/client`: `client.persons` (register from UIC parts, full erasure), `client.consents`
 * (give, withdraw, check), `client.audit` (verify, head), `client.reports` (release through
 * disclosure control, export) and `client.imports`. The identity vault, breach records and
 * re-keying are Effect-only for now.
 *
 * @example
 * ```ts
 * import { Async } from "@pctnxh/privacy"
 *
 * const keyring = await Async.loadKeyring({ keys: [{ id: "hp-2026", secret: process.env.PSEUDONYM_KEY! }] })
 * const { personId, keyId } = await Async.pseudonym(
 *   { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "Nữ", birthYear: "1998" },
 *   keyring
 * )
 * ```
 * @since 0.1.0
 */
import type { AuditEntry } from "@pctnxh/core"
import * as Audit from "./Audit.js"
import { run } from "./internal/run.js"
import * as Key from "./Key.js"
import * as Pseudonym from "./Pseudonym.js"
import type * as Uic from "./Uic.js"

/**
 * Generates a new key; keep `secret` in the deployment's secret store.
 *
 * @since 0.1.0
 */
export const generateKey = (id: string): Promise<{ readonly key: Key.Key; readonly secret: string }> => run(Key.generate(id))

/**
 * Loads a keyring from ids and base64 secrets, oldest first.
 *
 * @since 0.1.0
 */
export const loadKeyring = (config: Key.KeyringConfig): Promise<Key.Keyring> => run(Key.load(config))

/**
 * Adds a new current key to a keyring.
 *
 * @since 0.1.0
 */
export const rotateKeyring = (keyring: Key.Keyring, key: Key.Key): Promise<Key.Keyring> => run(Key.rotate(keyring, key))

/**
 * A person's pseudonym under the current key (see `Pseudonym.make`).
 *
 * @since 0.1.0
 */
export const pseudonym = (parts: Uic.Parts, keyring: Key.Keyring, options?: Pseudonym.Options): Promise<Pseudonym.Pseudonym> =>
  run(Pseudonym.make(parts, keyring, options))

/**
 * A person's pseudonym under every key generation, newest first (see `Pseudonym.generations`).
 *
 * @since 0.1.0
 */
export const pseudonyms = (
  parts: Uic.Parts,
  keyring: Key.Keyring,
  options?: Pseudonym.Options
): Promise<ReadonlyArray<Pseudonym.Pseudonym>> => run(Pseudonym.generations(parts, keyring, options))

/**
 * Lifts a pseudonym made under an older key to the current key (see `Pseudonym.lift`).
 *
 * @since 0.1.0
 */
export const lift = (pseudonym: Pseudonym.Pseudonym, keyring: Key.Keyring): Promise<Pseudonym.Pseudonym> =>
  run(Pseudonym.lift(pseudonym, keyring))

/**
 * Verifies an exported audit log, in order, optionally against a published head.
 *
 * @since 0.1.0
 */
export const verifyAuditLog = (
  entries: Iterable<AuditEntry.AuditEntry>,
  head?: Audit.Head
): Promise<Audit.Verification> => run(Audit.verifyEntries(entries, { head }))
