import type { RawBuilder } from "kysely"
import { sql } from "kysely"

/** Names tables in the store's schema (PostgreSQL schema, MySQL database), if it has one. */
export interface Names {
  /** The table's name as the query builder takes it: `schema.table` or `table`. */
  readonly name: (table: string) => string
  /** The table as a reference in raw SQL. */
  readonly ref: (table: string) => RawBuilder<unknown>
}

/** Names in a schema, or unqualified. */
export const names = (schema: string | undefined): Names => {
  const name = (table: string) => (schema === undefined ? table : `${schema}.${table}`)
  return {
    name,
    ref: (table) => (schema === undefined ? sql.id(table) : sql.id(schema, table))
  }
}

/**
 * The name of an index or constraint on columns of a table, within the identifier limit: a long
 * name keeps its start and gains a hash of the whole.
 */
export const indexName = (table: string, columns: ReadonlyArray<string>, max: number, suffix = "idx"): string => {
  const full = `${table}_${[...columns, suffix].join("_")}`
  if (full.length <= max) return full
  let h = 0x811c9dc5
  for (let i = 0; i < full.length; i++) {
    h ^= full.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  const tail = `_${(h >>> 0).toString(36)}`
  return full.slice(0, max - tail.length) + tail
}
