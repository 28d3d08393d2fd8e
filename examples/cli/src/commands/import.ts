import { Args, Command, Options } from "@effect/cli"
import { Import, ImportReport, Mapping, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { readFileSync } from "node:fs"
import { basename } from "node:path"
import * as Database from "../Database.js"
import { Failed } from "../Failed.js"
import * as Keys from "../Keys.js"
import { t } from "../Lang.js"
import * as Terminal from "../Terminal.js"
import { db, keyring, lang } from "./shared.js"

const files = Args.file({ name: "file", exists: "yes" }).pipe(
  Args.atLeast(1),
  Args.withDescription(t({ vi: "Các tệp CSV hoặc XLSX, mỗi tệp một loại bản ghi", en: "CSV or XLSX files, one kind of record each" }))
)

const kind = Options.choice("kind", Mapping.kinds).pipe(
  Options.withDefault("serviceEvent" as const),
  Options.withDescription(t({ vi: "Mỗi dòng là gì: ", en: "What each row is: " }) + Mapping.kinds.join(", ") + t({ vi: " (mặc định: serviceEvent)", en: " (default: serviceEvent)" }))
)

const sheet = Options.text("sheet").pipe(Options.optional, Options.withDescription(t({ vi: "Với XLSX: tên hoặc số thứ tự của trang (mặc định: trang đầu tiên)", en: "For XLSX: the sheet's name or number (default: the first sheet)" })))

const mapping = Options.file("mapping", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Tệp JSON ánh xạ tên cột và giá trị, cho tệp có cột đặt tên khác (mặc định: tên cột tiếng Việt và tiếng Anh chuẩn)", en: "A JSON file of header and value mappings for files whose columns are named differently (default: the standard Vietnamese and English headers)" }))
)

const defaults = Options.keyValueMap("default").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Giá trị cho trường mà tệp không có cột, ví dụ --default modelId=HP-2019 (mặc định: không có)", en: "A value for a field the file has no column for, e.g. --default modelId=HP-2019 (default: none)" }))
)

const wholeFile = Options.boolean("whole-file").pipe(
  Options.withDescription(
    t({
      vi: "Lưu các dòng hợp lệ của mỗi tệp trong một giao dịch: nếu việc nhập thất bại giữa chừng (do cơ sở dữ liệu hoặc do tệp) thì không dòng nào của tệp được lưu. Dòng bị từ chối vẫn được liệt kê và bỏ ra, các dòng hợp lệ vẫn được lưu. Mặc định: tắt — mỗi lô 5.000 dòng được lưu trọn hoặc không, các lô được xác nhận (commit) cùng nhau mỗi 100.000 dòng, các lô đã lưu trước khi có lỗi được giữ lại",
      en: "Store each file's valid rows in one transaction: if the import fails part-way (the store or the file), none of the file's rows is stored. Rejected rows are still listed and left out while the valid rows go in. Default: off — each batch of 5,000 rows is stored all or nothing, the batches are committed together every 100,000 rows, and batches stored before a failure stay"
    })
  )
)

export const importCommand = Command.make(
  "import",
  { files, kind, sheet, mapping, defaults, wholeFile, db, lang, keyring },
  (o) =>
    Effect.gen(function* () {
      const customisation = yield* Effect.transposeOption(
        Option.map(o.mapping, (path) => Mapping.decodeCustomisation(o.kind, readFileSync(path, "utf8"), basename(path)))
      )
      const keys = yield* Effect.either(Keys.load(Option.getOrElse(o.keyring, () => Keys.pathFor(o.db))))
      let rejected = 0
      for (const path of o.files) {
        const bar = Terminal.progress(path.split("/").pop() ?? path, undefined, o.lang, 5_000)
        const report = yield* Import.run({
          kind: o.kind,
          source: NodeFile.source(path),
          ...(Option.isSome(o.sheet) ? { sheet: /^\d+$/.test(o.sheet.value) ? Number(o.sheet.value) : o.sheet.value } : {}),
          ...(Option.isSome(customisation) ? { mapping: customisation.value } : {}),
          ...(Option.isSome(o.defaults) ? { defaults: Object.fromEntries(o.defaults.value) } : {}),
          ...(keys._tag === "Right" ? { pseudonymise: Pseudonymise.withKeyring(keys.right) } : {}),
          atomic: o.wholeFile ? "file" : "batch",
          onProgress: (p) => Effect.runSync(bar.update(p.rows))
        })
        yield* bar.finish(report.summary(o.lang))
        // the summary once, then the rejected rows
        for (const rejected of report.rejections) console.log(ImportReport.explainRow(rejected, o.lang))
        rejected += report.rejected
      }
      if (rejected > 0) return yield* Effect.fail(new Failed(2))
    }).pipe(
      Effect.onInterrupt(() =>
        Effect.sync(() =>
          process.stderr.write(
            o.lang === "vi"
              ? "Đã dừng theo yêu cầu: các lô đã lưu được giữ lại; chạy lại đúng lệnh này để nhập nốt (không lưu trùng).\n"
              : "Stopped on request: the batches already stored stay; run the same command again to finish (nothing is stored twice).\n"
          )
        )
      ),Effect.provide(Database.layer(o.db)))
).pipe(
  Command.withDescription(
    t({ vi: "Nhập tệp CSV/XLSX: các dòng hợp lệ được lưu theo lô (nhập lại không lưu trùng), mọi dòng bị từ chối được liệt kê kèm dòng, cột và lý do; thoát với mã 2 khi có dòng bị từ chối", en: "Import CSV/XLSX files: valid rows are stored in batches (re-importing stores nothing twice), every rejected row is listed with its row, column and reason; exits with 2 when rows were rejected" })
  )
)
