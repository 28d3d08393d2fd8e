/**
 * `--db`: an embedded SQLite file by default, or a server given by URL
 * (`postgres://…`, `postgresql://…`, `mysql://…`, `mariadb://…`).
 */
import type { CoreError, Store } from "@pctnxh/core"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import type * as Layer from "effect/Layer"

/** The default database file, in the working directory. */
export const DEFAULT = "pctnxh.db"

/** What kind of database a `--db` value names. */
export const kindOf = (db: string): "sqlite" | "postgres" | "mysql" =>
  /^postgres(ql)?:\/\//i.test(db) ? "postgres" : /^(mysql|mariadb):\/\//i.test(db) ? "mysql" : "sqlite"

/** The store layer for a `--db` value. */
export const layer = (db: string): Layer.Layer<Store.Store, CoreError.StoreError> => {
  switch (kindOf(db)) {
    case "postgres":
      return PostgresStore.layer(db)
    case "mysql":
      return MysqlStore.layer(db.replace(/^mariadb:/i, "mysql:"))
    case "sqlite":
      return SqliteStore.layer(db)
  }
}

/** A `--db` value safe to print: a URL's password is hidden. */
export const describe = (db: string): string => db.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")
