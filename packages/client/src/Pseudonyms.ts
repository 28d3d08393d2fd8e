/**
 * `client.pseudonyms`: keyed pseudonyms from the parts of a person's unique identifier code
 * (UIC), under the client's keyring. The parts are used for the computation and dropped: they
 * are never stored, logged or sent anywhere. See `Uic` and `Pseudonym` in `@pctnxh/privacy`
 * for the normalisation rules and the scheme.
 *
 * A keyring is a deployment's secret: {@link generateKey} makes a key once, at installation;
 * keep its `secret` in the deployment's secret store and give `{ keys: [{ id, secret }] }` to
 * `Client.open` at every start.
 *
 * @example
 * ```ts
 * import { Client, Pseudonyms } from "@pctnxh/client"
 *
 * const key = await Pseudonyms.generateKey("hp-2026") // once; keep key.secret safe
 * const client = Client.memory({ keyring: { keys: [key] } })
 * const { personId } = await client.pseudonyms.of({
 *   motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "Nữ", birthYear: 1998
 * })
 * ```
 * @since 0.1.0
 */
import { Async, type Pseudonym, type Uic } from "@pctnxh/privacy"

/**
 * The pseudonym operations of a client. Each rejects with `InvalidKeyring` when the client has
 * no keyring, and with `IncompleteUic` when every name the scheme uses is unknown.
 *
 * @since 0.1.0
 */
export interface Pseudonyms {
  /** The pseudonym of a person under the current key. */
  readonly of: (parts: Uic.Parts) => Promise<Pseudonym.Pseudonym>
  /** The pseudonym under every key generation, newest first (to find records made before a rotation). */
  readonly generations: (parts: Uic.Parts) => Promise<ReadonlyArray<Pseudonym.Pseudonym>>
  /** Lifts a pseudonym made under an older key to the current key, without the UIC. */
  readonly lift: (pseudonym: Pseudonym.Pseudonym) => Promise<Pseudonym.Pseudonym>
}

/**
 * A key as configuration: its public id and its base64url secret.
 *
 * @since 0.1.0
 */
export interface KeyConfig {
  readonly id: string
  readonly secret: string
}

/**
 * Generates a new random key (32 bytes, WebCrypto). Rejects with `WeakKey` for an id that is
 * not letters, digits and `. _ : -`.
 *
 * @since 0.1.0
 */
export const generateKey = async (id: string): Promise<KeyConfig> => {
  const { secret } = await Async.generateKey(id)
  return { id, secret }
}
