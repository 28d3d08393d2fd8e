/**
 * Identity-vault entries: the names, phone numbers or other identifying values an organisation
 * must keep for a person (to call them back, say), apart from programme data.
 *
 * Every value is encrypted on its own by `@pctnxh/privacy` (AES-GCM, a fresh IV per value, the
 * entry id, field name and key id bound as additional data) under a data key that is itself
 * wrapped by the deployment's vault key. Nothing here is readable without that key, so the
 * ciphertexts are classified sensitive rather than direct. Shredding an entry removes the person
 * link, the wrapped data key and every value, and leaves an empty tombstone.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain, sensitive } from "./Classification.js"
import { PersonId } from "./Ids.js"
import { Instant } from "./Time.js"

/**
 * The id of a vault entry: random, never derived from the person.
 *
 * @since 0.1.0
 */
export const VaultEntryId = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(200),
  Schema.brand("VaultEntryId")
).annotations({ identifier: "VaultEntryId", description: "a vault entry id" })
/** @since 0.1.0 */
export type VaultEntryId = typeof VaultEntryId.Type

/**
 * The name of a vault field (`name`, `phone`, `address`…).
 *
 * @since 0.1.0
 */
export const VaultField = Schema.String.pipe(Schema.pattern(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)).annotations({
  identifier: "VaultField",
  description: "a field name of letters, digits and underscores"
})

/**
 * One encrypted value: the IV followed by the AES-GCM ciphertext and tag, in base64url.
 *
 * @since 0.1.0
 */
export class VaultValue extends Schema.Class<VaultValue>("VaultValue")({
  field: VaultField,
  ciphertext: Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9_-]+$/))
}) {}

/**
 * A vault entry, or the tombstone of a shredded one (no person, no wrapped key, no values).
 *
 * @since 0.1.0
 */
export class VaultEntry extends Schema.Class<VaultEntry>("VaultEntry")({
  id: plain(VaultEntryId),
  personId: Schema.optional(sensitive(PersonId)),
  /** The id of the vault key that wraps the data key. */
  keyId: plain(Schema.NonEmptyTrimmedString),
  /** The entry's data key, wrapped by the vault key (base64url). */
  wrappedKey: Schema.optional(sensitive(Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9_-]+$/)))),
  values: sensitive(Schema.Array(VaultValue)),
  updated: plain(Instant)
}) {}
