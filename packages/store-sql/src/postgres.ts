/**
 * `@pctnxh/store-sql/postgres` — the SQL store on PostgreSQL (`pg`), in one line.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as PostgresStore from "./PostgresStore.js"
