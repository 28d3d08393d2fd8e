/**
 * `@pctnxh/privacy` — classification and audiences, keyed pseudonyms, consent and purpose,
 * the identity vault, erasure, the audit log, breach records and impact-assessment evidence.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Access from "./Access.js"
/** @since 0.1.0 */
export * as Async from "./Async.js"
/** @since 0.1.0 */
export * as Audience from "./Audience.js"
/** @since 0.1.0 */
export * as Audit from "./Audit.js"
/** @since 0.1.0 */
export * as Breach from "./Breach.js"
/** @since 0.1.0 */
export * as Consents from "./Consents.js"
/** @since 0.1.0 */
export * as Dossier from "./Dossier.js"
/** @since 0.1.0 */
export * as Erasure from "./Erasure.js"
/** @since 0.1.0 */
export * as Key from "./Key.js"
/** @since 0.1.0 */
export * as PrivacyError from "./PrivacyError.js"
/** @since 0.1.0 */
export * as Projection from "./Projection.js"
/** @since 0.1.0 */
export * as Pseudonym from "./Pseudonym.js"
/** @since 0.1.0 */
export * as Rekey from "./Rekey.js"
/** @since 0.1.0 */
export * as Uic from "./Uic.js"
/** @since 0.1.0 */
export * as Vault from "./Vault.js"
/** @since 0.1.0 */
export * as AttackerCheck from "./AttackerCheck.js"
/** @since 0.1.0 */
export * as CellKey from "./CellKey.js"
/** @since 0.1.0 */
export * as DifferentialPrivacy from "./DifferentialPrivacy.js"
/** @since 0.1.0 */
export * as Disclosure from "./Disclosure.js"
/** @since 0.1.0 */
export * as DisclosureTable from "./DisclosureTable.js"
/** @since 0.1.0 */
export * as DisclosureError from "./DisclosureError.js"
/** @since 0.1.0 */
export * as Microdata from "./Microdata.js"
/** @since 0.1.0 */
export * as ReleaseLedger from "./ReleaseLedger.js"
/** @since 0.1.0 */
export * as Suppression from "./Suppression.js"
