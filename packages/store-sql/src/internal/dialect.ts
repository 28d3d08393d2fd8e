/**
 * Every difference between the SQL dialects the store runs on, in one place: column types,
 * upserts, JSON, locks for migrations, schemas, identifier limits and how driver errors read.
 * The rest of the store is written once, against this table.
 */
import type { Registry } from "@pctnxh/core"
import type { CreateTableBuilder, InsertQueryBuilder, Kysely, RawBuilder } from "kysely"
import { sql } from "kysely"

/** The dialects the store knows. PGlite speaks `postgres`. */
export type Name = "sqlite" | "postgres" | "mysql"

/**
 * The kinds of column the layout uses: the registry's field types (`id`: compared, grouped and
 * indexed text up to 255 characters; `code`: up to 64; `text`: the encoded record and long
 * text; `integer`; `money`: integer VND; `real`).
 */
export type ColumnType = Registry.FieldType

/** Facts about a live database that migrations need (the binary collation on MySQL/MariaDB). */
export interface Facts {
  readonly collation?: string
}

/** What a driver error is, for the words of a `StoreError`. */
export type ErrorKind = "connection" | "cannotOpen" | "constraint" | "busy" | "readOnly" | "full" | "schema" | "other"

type Db = Kysely<any>
type Insert = InsertQueryBuilder<any, any, any>
type CreateTable = CreateTableBuilder<any, any>
/** A column's SQL type as the schema builder takes it. */
type DataTypeExpression = Parameters<CreateTable["addColumn"]>[1]

/** One dialect's answers. */
export interface Dialect {
  readonly name: Name
  /** The longest identifier the database accepts. */
  readonly maxIdentifier: number
  /** The SQL type of a column kind. */
  readonly type: (type: ColumnType) => DataTypeExpression
  /** Adds what a new table needs besides its columns (engine, character set, collation). */
  readonly table: (builder: CreateTable, facts: Facts) => CreateTable
  /** Whether `create index if not exists` is understood. */
  readonly indexIfNotExists: boolean
  /** Makes an insert replace the named columns of a row whose key exists. */
  readonly upsert: (insert: Insert, key: ReadonlyArray<string>, columns: ReadonlyArray<string>) => Insert
  /** Makes an insert leave a row whose key exists alone. */
  readonly insertMissing: (insert: Insert, key: ReadonlyArray<string>) => Insert
  /** The text value of one key of a JSON object held as text, or NULL. */
  readonly jsonText: (column: RawBuilder<unknown>, key: string) => RawBuilder<string | null>
  /** Creates a schema (PostgreSQL) or database (MySQL); called only when it is missing. */
  readonly createSchema: (schema: string) => RawBuilder<unknown> | undefined
  /** Learns the facts migrations need. */
  readonly facts: (db: Db) => Promise<Facts>
  /**
   * Takes the migration lock on a pinned connection for a schema, and gives it back. SQLite
   * has none: every migration runs in `BEGIN IMMEDIATE`, which holds the file's write lock.
   */
  readonly lock: (db: Db, name: string) => Promise<void>
  readonly unlock: (db: Db, name: string) => Promise<void>
  /** Opens the transaction a migration runs in; `undefined` where DDL commits by itself. */
  readonly beginMigration: RawBuilder<unknown> | undefined
  /**
   * Opens a write transaction on a pinned connection: SQLite's `BEGIN IMMEDIATE` takes the
   * file's write lock at once (waiting up to the busy timeout), so a transaction never fails
   * half-way with `SQLITE_BUSY_SNAPSHOT`; MySQL/MariaDB read committed rows only, so writers
   * do not lock the gaps between ids.
   */
  readonly begin: (db: Db) => Promise<void>
  /** Whether a write transaction locks the rows it read (`SELECT … FOR UPDATE`). */
  readonly lockRows: boolean
  /**
   * The right side of `id = …` for a list of ids bound as one array (PostgreSQL:
   * `any($1::text[])`), where the database takes one: a batch's ids are then read in one
   * statement, a round trip and one plan, rather than 500 parameters at a time. Absent
   * elsewhere.
   */
  readonly anyOf?: (ids: ReadonlyArray<string>) => RawBuilder<unknown>
  /**
   * What follows `<table> as t` in an aggregate statement to read the table straight through
   * rather than through an index (SQLite: `not indexed`), where the planner, without a
   * distribution of dates, reads a period that covers most of the records row by row through
   * the date index, and every record in the order of an index a `group by` follows, fetching
   * each row. Absent where the planner weighs that from its statistics.
   */
  readonly wholeTable?: RawBuilder<unknown>
  /** Sets up a connection the store is given (SQLite: a busy timeout when it has none). */
  readonly prepare: (db: Db) => Promise<void>
  /** What a driver error is. */
  readonly classify: (error: unknown) => ErrorKind
  /** Whether an error is a duplicate of a table's primary key `column` (another writer's row). */
  readonly conflictOnKey: (error: unknown, column: string) => boolean
  /** The column a driver error names, if it names one. */
  readonly column: (error: unknown) => string | undefined
  /**
   * Gathers a table's statistics for the planner, where the database plans from statistics it
   * does not keep up to date by itself at once (PostgreSQL: `ANALYZE`); absent elsewhere.
   */
  readonly analyze?: (table: string) => RawBuilder<unknown>
}

const field = (error: unknown, name: string): unknown =>
  typeof error === "object" && error !== null && name in error ? (error as Record<string, unknown>)[name] : undefined

const message = (error: unknown): string => {
  const m = field(error, "message")
  return typeof m === "string" ? m : ""
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN"
])

const isNetwork = (error: unknown): boolean => {
  const code = field(error, "code")
  if (typeof code === "string" && NETWORK_CODES.has(code)) return true
  const errors = field(error, "errors")
  return Array.isArray(errors) && errors.some(isNetwork)
}

/** A 31-bit hash of a text, for advisory lock keys. */
const hash31 = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h & 0x7fffffff
}

/** "pctn" as an integer: the first key of every advisory lock the store takes. */
const LOCK_SPACE = 0x7063746e

/** Upserts and inserts of missing rows with `ON CONFLICT`, as SQLite and PostgreSQL write them. */
const onConflict: Pick<Dialect, "upsert" | "insertMissing"> = {
  upsert: (insert, key, columns) =>
    insert.onConflict((oc) =>
      oc.columns(key as Array<string>).doUpdateSet(Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)])))
    ),
  insertMissing: (insert, key) => insert.onConflict((oc) => oc.columns(key as Array<string>).doNothing())
}

const sqlite: Dialect = {
  name: "sqlite",
  wholeTable: sql`not indexed`,
  maxIdentifier: 1000,
  type: (type) => {
    switch (type) {
      case "id":
      case "code":
      case "text":
        return "text"
      case "integer":
      case "money":
        return "integer"
      case "real":
        return "real"
    }
  },
  table: (builder) => builder,
  indexIfNotExists: true,
  ...onConflict,
  jsonText: (column, key) => sql<string | null>`(select j.value from json_each(${column}) as j where j.key = ${key})`,
  createSchema: () => undefined,
  facts: () => Promise.resolve({}),
  lock: () => Promise.resolve(),
  unlock: () => Promise.resolve(),
  beginMigration: sql`begin immediate`,
  begin: async (db) => {
    await sql`begin immediate`.execute(db)
  },
  lockRows: false,
  prepare: async (db) => {
    const found = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db)
    if (Number(found.rows[0]?.timeout ?? 0) === 0) await sql`pragma busy_timeout = 5000`.execute(db)
  },
  classify: (error) => {
    const code = field(error, "code")
    if (typeof code === "string") {
      if (code.startsWith("SQLITE_CONSTRAINT")) return "constraint"
      if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return "busy"
      if (code.startsWith("SQLITE_READONLY")) return "readOnly"
      if (code === "SQLITE_FULL") return "full"
      if (code.startsWith("SQLITE_CANTOPEN")) return "cannotOpen"
      if (code === "SQLITE_NOTADB" || code.startsWith("SQLITE_IOERR")) return "connection"
    }
    const text = message(error)
    if (/cannot open database|unable to open database|directory does not exist/i.test(text)) return "cannotOpen"
    if (/database connection is not open/i.test(text)) return "connection"
    if (/^no such (table|column)|has no column named/i.test(text)) return "schema"
    return "other"
  },
  conflictOnKey: (error, column) => {
    const code = field(error, "code")
    return (
      code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
      (code === "SQLITE_CONSTRAINT_UNIQUE" && new RegExp(`^UNIQUE constraint failed: [^ ,]+\\.${column}$`).test(message(error)))
    )
  },
  column: (error) => /constraint failed: [^ ,.]+\.([^ ,]+)/.exec(message(error))?.[1] ?? /has no column named (\S+)/.exec(message(error))?.[1]
}

const PG_CONNECTION_STATES = new Set(["57P01", "57P02", "57P03", "53300"])

const postgres: Dialect = {
  name: "postgres",
  analyze: (table) => sql`analyze ${sql.table(table)}`,
  maxIdentifier: 63,
  type: (type) => {
    switch (type) {
      case "id":
      case "code":
      case "text":
        // byte order, as JavaScript sorts the ids and dates it compares them with
        return sql`text collate "C"`
      case "integer":
        return "integer"
      case "money":
        return "bigint"
      case "real":
        return "double precision"
    }
  },
  table: (builder) => builder,
  indexIfNotExists: true,
  ...onConflict,
  jsonText: (column, key) => sql<string | null>`(cast(${column} as jsonb) ->> cast(${key} as text))`,
  createSchema: (schema) => sql`create schema if not exists ${sql.id(schema)}`,
  facts: () => Promise.resolve({}),
  lock: async (db, name) => {
    await sql`select pg_advisory_lock(${LOCK_SPACE}, ${hash31(name)})`.execute(db)
  },
  unlock: async (db, name) => {
    await sql`select pg_advisory_unlock(${LOCK_SPACE}, ${hash31(name)})`.execute(db)
  },
  beginMigration: sql`begin`,
  begin: async (db) => {
    await sql`begin`.execute(db)
  },
  lockRows: true,
  anyOf: (ids) => sql`any(${sql.val(ids)}::text[])`,
  prepare: () => Promise.resolve(),
  classify: (error) => {
    const code = field(error, "code")
    if (typeof code === "string") {
      if (code.startsWith("23")) return "constraint"
      if (code.startsWith("08") || PG_CONNECTION_STATES.has(code)) return "connection"
      if (code === "40P01" || code === "55P03" || code === "40001") return "busy"
      if (code === "25006") return "readOnly"
      if (code === "53100") return "full"
      if (code === "42P01" || code === "42703" || code === "3F000") return "schema"
    }
    if (isNetwork(error)) return "connection"
    if (/connection terminated|not queryable|client has encountered a connection error|pool after calling end|pglite is clos(ed|ing)/i.test(message(error))) {
      return "connection"
    }
    return "other"
  },
  conflictOnKey: (error) => field(error, "code") === "23505" && String(field(error, "constraint") ?? "").endsWith("_pkey"),
  column: (error) => {
    const column = field(error, "column")
    return typeof column === "string" ? column : undefined
  }
}

const MYSQL_CONSTRAINT = new Set([1062, 1451, 1452, 1048, 1364, 1557, 1586, 3819, 4025])
const MYSQL_CONNECTION = new Set([1040, 1045, 1049, 1152, 1153, 1158, 1159, 1160, 1161, 2002, 2003, 2006, 2013, 1927])

const mysql: Dialect = {
  name: "mysql",
  maxIdentifier: 64,
  type: (type) => {
    switch (type) {
      case "id":
        return "varchar(255)"
      case "code":
        return "varchar(64)"
      case "text":
        return sql`longtext`
      case "integer":
        return "integer"
      case "money":
        return "bigint"
      case "real":
        return sql`double`
    }
  },
  table: (builder, facts) =>
    builder.modifyEnd(sql`engine = InnoDB default charset = utf8mb4 collate = ${sql.raw(facts.collation ?? "utf8mb4_bin")}`),
  indexIfNotExists: false,
  upsert: (insert, _key, columns) =>
    insert.onDuplicateKeyUpdate(Object.fromEntries(columns.map((c) => [c, sql`values(${sql.ref(c)})`]))),
  insertMissing: (insert, key) => insert.onDuplicateKeyUpdate({ [key[0]!]: sql.ref(key[0]!) }),
  jsonText: (column, key) =>
    sql<string | null>`json_unquote(json_extract(${column}, ${`$."${key.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`}))`,
  createSchema: (schema) => sql`create database if not exists ${sql.id(schema)} character set utf8mb4`,
  facts: async (db) => {
    // MariaDB and MySQL 8 each have a binary collation that does not pad with spaces; the
    // older `utf8mb4_bin` would treat "a" and "a " as one id
    const found = await sql<{ name: string }>`select collation_name as name from information_schema.collations
      where collation_name in ('utf8mb4_nopad_bin', 'utf8mb4_0900_bin')`.execute(db)
    const names = found.rows.map((r) => r.name)
    return { collation: names.includes("utf8mb4_nopad_bin") ? "utf8mb4_nopad_bin" : names[0] ?? "utf8mb4_bin" }
  },
  lock: async (db, name) => {
    const lockName = `pctnxh:${hash31(name)}`
    // wait up to ten minutes for another process's migrations
    for (let attempt = 0; attempt < 10; attempt++) {
      const got = await sql<{ ok: number | null }>`select get_lock(${lockName}, 60) as ok`.execute(db)
      if (Number(got.rows[0]?.ok) === 1) return
    }
    throw new Error("the migration lock was not released within ten minutes")
  },
  unlock: async (db, name) => {
    await sql`select release_lock(${`pctnxh:${hash31(name)}`})`.execute(db)
  },
  beginMigration: undefined,
  begin: async (db) => {
    await sql`set transaction isolation level read committed`.execute(db)
    await sql`start transaction`.execute(db)
  },
  lockRows: true,
  prepare: () => Promise.resolve(),
  classify: (error) => {
    const errno = field(error, "errno")
    const code = field(error, "code")
    if (typeof errno === "number") {
      if (MYSQL_CONSTRAINT.has(errno)) return "constraint"
      if (MYSQL_CONNECTION.has(errno)) return "connection"
      if (errno === 1205 || errno === 1213) return "busy"
      if (errno === 1290 || errno === 1792 || errno === 1036) return "readOnly"
      if (errno === 1114 || errno === 1021) return "full"
      if (errno === 1146 || errno === 1054) return "schema"
    }
    if (code === "PROTOCOL_CONNECTION_LOST" || code === "ER_CON_COUNT_ERROR" || isNetwork(error)) return "connection"
    if (/connection is in closed state|pool is closed|can't add new command when connection is in closed state/i.test(message(error))) {
      return "connection"
    }
    return "other"
  },
  conflictOnKey: (error) => field(error, "errno") === 1062 && /for key '([^']*\.)?PRIMARY'/.test(message(error)),
  column: (error) => /column '([^']+)'/i.exec(message(error))?.[1] ?? /column `[^`]*`\.`[^`]*`\.`([^`]+)`/.exec(message(error))?.[1]
}

/**
 * The dialects by name.
 */
export const dialects: { readonly [N in Name]: Dialect } = { sqlite, postgres, mysql }

/** Numbers come back as numbers, strings (PostgreSQL `bigint`, MySQL `DECIMAL`) or bigints. */
export const toNumber = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : value === null || value === undefined ? 0 : Number(value)
