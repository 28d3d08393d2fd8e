/**
 * `@pctnxh/store-sql/mysql` — the SQL store on MySQL or MariaDB (`mysql2`), in one line.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as MysqlStore from "./MysqlStore.js"
