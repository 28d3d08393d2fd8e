/**
 * `@pctnxh/store-sql/pglite` — the SQL store on PGlite, in one line.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as PgliteStore from "./PgliteStore.js"
