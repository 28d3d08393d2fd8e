/**
 * `--db`: an embedded SQLite file by default, or a server given by URL
 * (`postgres://…`, `postgresql://…`, `mysql://…`, `mariadb://…`).
 */
import type { CoreError, Store } from "@pctnxh/core"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { existsSync } from "node:fs"

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

/**
 * A command that reads a database was given one that does not exist: a SQLite file that is not
 * there. Only `init`, `import` and `demo` create a database; the others say so and stop.
 */
export class NoDatabase extends Schema.TaggedError<NoDatabase>()("NoDatabase", {
  /** The `--db` value, as printed (a URL's password hidden). */
  db: Schema.String
}) {
  /** The message in a language. */
  explain(lang: "vi" | "en"): string {
    return lang === "vi"
      ? `không có cơ sở dữ liệu ${this.db}: hãy tạo bằng pctnxh init --db ${this.db} hoặc pctnxh import TỆP --db ${this.db}, hoặc chỉ đúng tệp bằng --db`
      : `there is no database ${this.db}: create it with pctnxh init --db ${this.db} or pctnxh import FILE --db ${this.db}, or point --db at the right file`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * The store layer for a `--db` value that must already exist: a SQLite file that is not there
 * fails with {@link NoDatabase} instead of being created empty. Servers are reached as they are
 * (an unreachable one fails when the store opens).
 */
export const existing = (db: string): Layer.Layer<Store.Store, CoreError.StoreError | NoDatabase> =>
  kindOf(db) === "sqlite" && db !== ":memory:"
    ? Layer.unwrapEffect(Effect.sync(() => existsSync(db)).pipe(
        Effect.flatMap((found) => (found ? Effect.succeed(layer(db)) : Effect.fail(new NoDatabase({ db: describe(db) }))))
      ))
    : layer(db)

/** A `--db` value safe to print: a URL's password is hidden. */
export const describe = (db: string): string => db.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")
