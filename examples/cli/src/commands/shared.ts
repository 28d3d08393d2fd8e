/** Options several commands share. */
import { Options } from "@effect/cli"
import * as Database from "../Database.js"
import * as Lang from "../Lang.js"

export const db = Options.text("db").pipe(
  Options.withDefault(Database.DEFAULT),
  Options.withDescription(
    Lang.t({ vi: "Cơ sở dữ liệu: tệp SQLite, hoặc postgres://user@host/db, hoặc mysql://user@host/db (MariaDB) (mặc định: pctnxh.db)", en: "The database: a SQLite file, or postgres://user@host/db, or mysql://user@host/db (MariaDB) (default: pctnxh.db)" })
  )
)

export const lang = Options.choice("lang", ["vi", "en"]).pipe(
  Options.withDefault(Lang.current),
  Options.withDescription(Lang.t({ vi: "Ngôn ngữ của trợ giúp, bảng và thông báo: vi (Tiếng Việt) hoặc en (English) (mặc định: biến môi trường PCTNXH_LANG, nếu không thì vi)", en: "The language of help, tables and messages: vi (Tiếng Việt) or en (English) (default: the PCTNXH_LANG environment variable, else vi)" }))
)

export const keyring = Options.text("keyring").pipe(
  Options.optional,
  Options.withDescription(Lang.t({ vi: "Tệp khóa giả danh (mặc định: .pctnxh/keyring.json bên cạnh cơ sở dữ liệu)", en: "The pseudonym keyring file (default: .pctnxh/keyring.json beside the database)" }))
)

export const calendar = Options.choice("calendar", ["plain", "administrative"]).pipe(
  Options.withDefault("administrative" as const),
  Options.withDescription(
    Lang.t({ vi: "plain: năm và quý dương lịch; administrative: lịch báo cáo theo Nghị định 09/2019 (15/12 – 14/12) (mặc định: administrative)", en: "plain: calendar years and quarters; administrative: the Decree 09/2019 reporting calendar (15 Dec – 14 Dec) (default: administrative)" })
  )
)
