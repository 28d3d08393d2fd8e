import { Command } from "@effect/cli"
import { Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Database from "../Database.js"
import * as Keys from "../Keys.js"
import { db, keyring, lang } from "./shared.js"
import { t } from "../Lang.js"

export const init = Command.make("init", { db, lang, keyring }, ({ db, keyring, lang }) =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const counts = yield* Effect.forEach(Entity.kinds, (kind) => store.count(kind))
    const records = counts.reduce((s, n) => s + n, 0)
    const path = Option.getOrElse(keyring, () => Keys.pathFor(db))
    const made = yield* Keys.ensure(path)
    const vi = lang === "vi"
    console.log(
      vi
        ? `Cơ sở dữ liệu ${Database.describe(db)} đã sẵn sàng (${records} bản ghi).`
        : `Database ${Database.describe(db)} is ready (${records} records).`
    )
    console.log(
      made
        ? vi
          ? `Đã tạo khóa giả danh tại ${path} — hãy sao lưu tệp này ở nơi an toàn; mất khóa thì không nối được hồ sơ mới với hồ sơ cũ.`
          : `Created the pseudonym key at ${path} — back it up somewhere safe: without it new records cannot be linked to old ones.`
        : vi
          ? `Khóa giả danh: ${path}`
          : `Pseudonym key: ${path}`
    )
  }).pipe(Effect.provide(Database.layer(db)))
).pipe(Command.withDescription(t({ vi: "Tạo (hoặc mở) cơ sở dữ liệu, chạy các bước nâng cấp cấu trúc và tạo khóa giả danh", en: "Create (or open) the database, run its migrations and create the pseudonym key" })))
