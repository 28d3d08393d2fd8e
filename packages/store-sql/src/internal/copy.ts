/**
 * The driver's fastest way to write the new records of a batch, where the store knows it: a
 * Kysely instance made by `PostgresStore.kysely` (node-postgres) registers `COPY … FROM STDIN`
 * here, one made by `SqliteStore.kysely` (better-sqlite3) a prepared single-row `INSERT` run
 * once per record; any other instance (PGlite, MySQL, a Kysely of the user's own) has none and
 * the store inserts with multi-row `INSERT`s.
 */
import type { Kysely } from "kysely"
import type { Value } from "./tables.js"

/**
 * Writes rows into a table on the connection `db` runs on (a transaction's pinned connection):
 * resolves `true` once the rows are in, `false` without doing anything when that connection's
 * client is not known (the store then inserts them), and rejects with the database's error when
 * a row is refused.
 */
export type Copier = (
  db: Kysely<any>,
  table: string,
  columns: ReadonlyArray<string>,
  rows: ReadonlyArray<Record<string, Value>>
) => Promise<boolean>

/** The copier of each Kysely instance that has one. */
export const copiers = new WeakMap<Kysely<any>, Copier>()

/** An identifier quoted for SQL. */
export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** A table's name as the query builder takes it (`schema.table` or `table`), quoted for SQL. */
export const quotedTable = (table: string): string => table.split(".").map(quoted).join(".")

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }

/** A value in `COPY`'s text format: `\N` for null; backslashes, tabs and line breaks escaped. */
export const copyText = (value: Value): string =>
  value === null ? "\\N" : typeof value === "number" ? String(value) : /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value

/**
 * The rows as `COPY` text, in pieces of about `size` characters, one line per row with the
 * values of `columns` in order.
 */
export function* copyLines(rows: ReadonlyArray<Record<string, Value>>, columns: ReadonlyArray<string>, size = 1 << 16): Generator<string> {
  // each line and each piece made by one `join`, which sizes its text once, rather than grown
  // a value at a time
  const cells: Array<string> = new Array(columns.length)
  let lines: Array<string> = []
  let length = 0
  for (const row of rows) {
    for (let i = 0; i < columns.length; i++) cells[i] = copyText(row[columns[i]!] ?? null)
    const line = cells.join("\t")
    lines.push(line)
    length += line.length + 1
    if (length >= size) {
      lines.push("")
      yield lines.join("\n")
      lines = []
      length = 0
    }
  }
  if (lines.length > 0) {
    lines.push("")
    yield lines.join("\n")
  }
}
