/** Options several commands share. */
import { Options } from "@effect/cli"
import * as Database from "../Database.js"
import * as Lang from "../Lang.js"

export const db = Options.text("db").pipe(
  Options.withDefault(Database.DEFAULT),
  Options.withDescription(
    "The database: a SQLite file (default pctnxh.db), or postgres://user@host/db, or mysql://user@host/db (MariaDB)"
  )
)

export const lang = Options.choice("lang", ["vi", "en"]).pipe(
  Options.withDefault(Lang.current),
  Options.withDescription("The language of tables and messages: vi (Tiếng Việt) or en (English)")
)

export const keyring = Options.text("keyring").pipe(
  Options.optional,
  Options.withDescription("The pseudonym keyring file (default: .pctnxh/keyring.json beside the database)")
)

export const calendar = Options.choice("calendar", ["plain", "administrative"]).pipe(
  Options.withDefault("administrative" as const),
  Options.withDescription(
    "plain: calendar years and quarters; administrative: the Decree 09/2019 reporting calendar (15 Dec – 14 Dec)"
  )
)
