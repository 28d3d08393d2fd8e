/**
 * `@pctnxh/client` — the Promise door to the library for applications that do not use Effect:
 * stores, keyring and pseudonyms, import, reports, release, export, consent, erasure, audit and
 * demo data. The database drivers have their own entry points (`@pctnxh/client/sqlite`,
 * `/postgres`, `/pglite`, `/mysql`) and Node's file helpers theirs (`@pctnxh/client/node`), so
 * this entry loads none of them.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as AuditLog from "./AuditLog.js"
/** @since 0.1.0 */
export * as Client from "./Client.js"
/** @since 0.1.0 */
export * as ClientError from "./ClientError.js"
/** @since 0.1.0 */
export * as Connector from "./Connector.js"
/** @since 0.1.0 */
export * as Consents from "./Consents.js"
/** @since 0.1.0 */
export * as Demo from "./Demo.js"
/** @since 0.1.0 */
export * as Imports from "./Imports.js"
/** @since 0.1.0 */
export * as Persons from "./Persons.js"
/** @since 0.1.0 */
export * as Pseudonyms from "./Pseudonyms.js"
/** @since 0.1.0 */
export * as Records from "./Records.js"
/** @since 0.1.0 */
export * as Reports from "./Reports.js"
