/**
 * `@pctnxh/store-sql` — the Store port on SQL through Kysely, one implementation for SQLite,
 * PostgreSQL, PGlite and MySQL/MariaDB. This entry imports no driver; the one-line helpers live
 * in `@pctnxh/store-sql/sqlite`, `/postgres`, `/pglite` and `/mysql`.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as SqlStore from "./SqlStore.js"
/** @since 0.1.0 */
export * as Migrations from "./Migrations.js"
