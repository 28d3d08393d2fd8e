/**
 * `@pctnxh/store-sql/sqlite` — the SQL store on SQLite (better-sqlite3), in one line.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as SqliteStore from "./SqliteStore.js"
