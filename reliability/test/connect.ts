/**
 * The database a child process of the reliability tests writes to, from its command line:
 * `<sqlite|postgres|mysql> <file or URL>`. Plain code, no test runner: the children import it.
 */
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"

export type Mode = "sqlite" | "postgres" | "mysql"

/** The dialect named on the command line, or a thrown error naming what was given. */
export const modeOf = (mode: string | undefined): Mode => {
  if (mode !== "sqlite" && mode !== "postgres" && mode !== "mysql") throw new Error(`unknown dialect ${mode}`)
  return mode
}

/** A Kysely instance on the database, with a short SQLite busy timeout and two connections elsewhere. */
export const connect = (mode: Mode, target: string) =>
  mode === "sqlite"
    ? SqliteStore.kysely(target, { timeout: 250 })
    : mode === "postgres"
      ? PostgresStore.kysely(target, { max: 2 })
      : MysqlStore.kysely(target, { max: 2 })
