/**
 * What a database holds, read from its own catalogue: every table of the store with its
 * columns (type as the database spells it, nullability), primary key and indexes. The layout
 * tests compare it with the layout the store derives from the registry.
 */
import { type Kysely, sql } from "kysely"
import type { Migrations } from "@pctnxh/store-sql"
import type { Connection, TestDialect } from "./dialects.js"

/** A table as the database describes it. */
export interface Found {
  readonly columns: Record<string, { readonly type: string; readonly nullable: boolean }>
  readonly primaryKey: ReadonlyArray<string>
  /** Each index's columns joined by commas, sorted. */
  readonly indexes: ReadonlyArray<string>
}

/** The type a column kind has in a database, as its catalogue spells it. */
export const typeIn = (dialect: TestDialect["name"], type: string): string => {
  switch (dialect) {
    case "sqlite":
      return type === "integer" || type === "money" ? "integer" : type === "real" ? "real" : "text"
    case "pglite":
    case "postgres":
      return type === "integer" ? "integer" : type === "money" ? "bigint" : type === "real" ? "double precision" : 'text collate "C"'
    case "mysql":
      return (
        { id: "varchar(255)", code: "varchar(64)", text: "longtext", integer: "int", money: "bigint", real: "double" }[type] ?? type
      )
  }
}

const sortedList = (columns: ReadonlyArray<string>) => columns.join(",")

/** Every `pctnxh_` table of a place, as the database describes it. */
export const introspect = async (
  dialect: TestDialect["name"],
  db: Kysely<any>,
  schema: string | undefined
): Promise<Record<string, Found>> => {
  const out: Record<string, Found> = {}
  if (dialect === "sqlite") {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name like 'pctnxh\\_%' escape '\\'`.execute(db)
    for (const { name } of tables.rows) {
      const info = await sql<{ name: string; type: string; notnull: number; pk: number }>`select * from pragma_table_info(${name})`.execute(db)
      const indexes = await sql<{ name: string; origin: string }>`select * from pragma_index_list(${name})`.execute(db)
      const found: Array<string> = []
      for (const index of indexes.rows.filter((i) => i.origin === "c")) {
        const columns = await sql<{ name: string; seqno: number }>`select * from pragma_index_info(${index.name})`.execute(db)
        found.push(sortedList(columns.rows.sort((a, b) => a.seqno - b.seqno).map((c) => c.name)))
      }
      out[name] = {
        columns: Object.fromEntries(info.rows.map((c) => [c.name, { type: c.type.toLowerCase(), nullable: c.notnull === 0 && c.pk === 0 }])),
        primaryKey: info.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
        indexes: found.sort()
      }
    }
    return out
  }
  if (dialect === "mysql") {
    const columns = await sql<{ t: string; c: string; type: string; nullable: string; collation: string | null }>`
      select table_name as t, column_name as c, column_type as type, is_nullable as nullable, collation_name as collation
      from information_schema.columns where table_schema = ${schema} order by ordinal_position`.execute(db)
    const stats = await sql<{ t: string; i: string; c: string; seq: number }>`
      select table_name as t, index_name as i, column_name as c, seq_in_index as seq
      from information_schema.statistics where table_schema = ${schema} order by seq_in_index`.execute(db)
    for (const row of columns.rows) {
      const table = (out[row.t] ??= { columns: {}, primaryKey: [], indexes: [] })
      const type = row.type.replace(/^(int|bigint)\(\d+\)/, "$1")
      // every text column compares byte by byte, without padding
      const collation = row.collation === null || /_nopad_bin$|_0900_bin$/.test(row.collation) ? "" : ` collate ${row.collation}`
      table.columns[row.c] = { type: type + collation, nullable: row.nullable === "YES" }
    }
    const byIndex = new Map<string, Array<string>>()
    for (const row of stats.rows) {
      const key = `${row.t}\u0000${row.i}`
      byIndex.set(key, [...(byIndex.get(key) ?? []), row.c])
    }
    for (const [key, cols] of byIndex) {
      const [t, i] = key.split("\u0000") as [string, string]
      const table = out[t]!
      if (i === "PRIMARY") out[t] = { ...table, primaryKey: cols }
      else out[t] = { ...table, indexes: [...table.indexes, sortedList(cols)].sort() }
    }
    return out
  }
  // PostgreSQL and PGlite
  const columns = await sql<{ t: string; c: string; type: string; nullable: string; collation: string | null }>`
    select table_name as t, column_name as c, data_type as type, is_nullable as nullable, collation_name as collation
    from information_schema.columns where table_schema = ${schema ?? "public"} order by ordinal_position`.execute(db)
  const indexes = await sql<{ t: string; primary: boolean; columns: string }>`
    select t.relname as t, ix.indisprimary as primary,
      (select string_agg(a.attname, ',' order by k.ord) from unnest(ix.indkey) with ordinality as k(attnum, ord)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum) as columns
    from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = ${schema ?? "public"}`.execute(db)
  for (const row of columns.rows) {
    const table = (out[row.t] ??= { columns: {}, primaryKey: [], indexes: [] })
    table.columns[row.c] = {
      type: row.type === "text" ? `text collate "${row.collation ?? "default"}"` : row.type,
      nullable: row.nullable === "YES"
    }
  }
  for (const row of indexes.rows) {
    const table = out[row.t]
    if (table === undefined) continue
    if (row.primary) out[row.t] = { ...table, primaryKey: row.columns.split(",") }
    else out[row.t] = { ...table, indexes: [...table.indexes, row.columns].sort() }
  }
  return out
}

/** The tables a layout describes, as {@link introspect} reads them on a database. */
export const expected = (
  dialect: TestDialect["name"],
  tables: ReadonlyArray<{
    readonly name: string
    readonly columns: ReadonlyArray<{ readonly name: string; readonly type: string; readonly nullable?: boolean }>
    readonly primaryKey: ReadonlyArray<string>
    readonly indexes: ReadonlyArray<ReadonlyArray<string>>
  }>
): Record<string, Found> =>
  Object.fromEntries(
    tables.map((t) => [
      t.name,
      {
        columns: Object.fromEntries(
          t.columns.map((c) => [c.name, { type: typeIn(dialect, c.type), nullable: c.nullable === true && !t.primaryKey.includes(c.name) }])
        ),
        primaryKey: [...t.primaryKey],
        indexes: t.indexes.map(sortedList).sort()
      }
    ])
  )

/** Where the replayed schema and the derived layout differ, table by table, in words. */
export const differences = async (dialect: TestDialect, c: Connection, tables: ReadonlyArray<Migrations.Table>): Promise<Array<string>> => {
  const found = await introspect(dialect.name, c.db, c.schema)
  const wanted = expected(dialect.name, tables)
  const out: Array<string> = []
  for (const [name, table] of Object.entries(wanted)) {
    const got = found[name]
    if (got === undefined) {
      out.push(`${name}: no migration creates it`)
      continue
    }
    for (const [column, spec] of Object.entries(table.columns)) {
      const have = got.columns[column]
      if (have === undefined) out.push(`${name}.${column}: no migration adds it`)
      else if (JSON.stringify(have) !== JSON.stringify(spec)) out.push(`${name}.${column}: migrations make ${JSON.stringify(have)}, the layout wants ${JSON.stringify(spec)}`)
    }
    for (const column of Object.keys(got.columns)) if (!(column in table.columns)) out.push(`${name}.${column}: made by a migration, not in the layout`)
    if (JSON.stringify(got.primaryKey) !== JSON.stringify(table.primaryKey)) out.push(`${name}: primary key ${got.primaryKey} ≠ ${table.primaryKey}`)
    if (JSON.stringify(got.indexes) !== JSON.stringify(table.indexes)) out.push(`${name}: indexes ${JSON.stringify(got.indexes)} ≠ ${JSON.stringify(table.indexes)}`)
  }
  for (const name of Object.keys(found)) if (!(name in wanted)) out.push(`${name}: made by a migration, not in the layout`)
  return out
}

