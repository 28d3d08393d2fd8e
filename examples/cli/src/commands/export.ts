import { Args, Command } from "@effect/cli"
import { Report } from "@pctnxh/indicators"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import * as Database from "../Database.js"
import * as Keys from "../Keys.js"
import * as Protect from "../Protect.js"
import { db, keyring, lang } from "./shared.js"
import { audience, format, mapping, out } from "./report.js"
import * as Output from "./output.js"
import { t } from "../Lang.js"

const file = Args.file({ name: "report.json", exists: "yes" }).pipe(
  Args.withDescription(t({ vi: "Báo cáo đã lưu bằng `pctnxh report --format json --out TỆP`", en: "A report saved with `pctnxh report --format json --out FILE`" }))
)

export const exportCommand = Command.make("export", { file, format, out, mapping, audience, lang, numbers: Output.numbers, db, keyring }, (o) =>
  Effect.gen(function* () {
    const text = readFileSync(o.file, "utf8")
    const parsed = Schema.decodeUnknownEither(Schema.parseJson())(text)
    const saved = yield* Either.match(Either.flatMap(Either.mapLeft(parsed, (e) => e as unknown), Report.decode), {
      onLeft: () =>
        Effect.fail(
          new Output.OutputProblem({
            reason: {
              vi: `${o.file} không phải là báo cáo đã lưu bằng pctnxh report --format json`,
              en: `${o.file} is not a report saved with pctnxh report --format json`
            }
          })
        ),
      onRight: Effect.succeed
    })
    // the file is a request, never a source of figures or marks: the report is computed again
    // from its definition against the database and released again through the door
    const computed = yield* Report.run(saved.spec)
    const published = yield* Protect.protect(computed, o.audience, Option.getOrElse(o.keyring, () => Keys.pathFor(o.db)))
    yield* Output.write(published, { format: o.format, out: Option.getOrUndefined(o.out), lang: o.lang, mapping: Option.getOrUndefined(o.mapping), numbers: o.numbers })
  }).pipe(Effect.provide(Database.existing(o.db)))
).pipe(
  Command.withDescription(
    t({ vi: "Ghi báo cáo đã lưu thành bảng, XLSX, CSV, JSON, dataValueSet DHIS2 (JSON hoặc CSV) hoặc ADX: báo cáo được tính lại từ định nghĩa của nó trên cơ sở dữ liệu và công bố lại cho đối tượng nhận (số liệu và ký hiệu trong tệp không bao giờ được tin dùng)", en: "Write a saved report as a table, XLSX, CSV, JSON, DHIS2 dataValueSet (JSON or CSV) or ADX: it is computed again from its definition against the database and released to the audience again (figures and marks in the file are never trusted)" })
  )
)
