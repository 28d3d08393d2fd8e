/**
 * pctnxh dhis2 — working with a DHIS2 instance:
 *
 *   pctnxh dhis2 mapping METADATA.json [--report REPORT.json] > mapping.json
 *   pctnxh dhis2 check mapping.json [--metadata METADATA.json] [--report REPORT.json]
 *   pctnxh dhis2 import FILE --mapping mapping.json
 */
import { Args, Command, Options } from "@effect/cli"
import { AggregateValue } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Report } from "@pctnxh/indicators"
import { Dhis2Import, Dhis2Metadata, ImportReport } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { readFileSync, writeFileSync } from "node:fs"
import * as Database from "../Database.js"
import { Failed } from "../Failed.js"
import * as Terminal from "../Terminal.js"
import * as Output from "./output.js"
import { db, lang } from "./shared.js"
import { t } from "../Lang.js"

type Lang = "vi" | "en"

const readJson = (path: string, what: { vi: string; en: string }) =>
  Effect.try({
    try: () => JSON.parse(readFileSync(path, "utf8")) as unknown,
    catch: () =>
      new Output.OutputProblem({
        reason: { vi: `${path} không đọc được hoặc không phải JSON (${what.vi})`, en: `${path} cannot be read or is not JSON (${what.en})` }
      })
  })

const readReport = (path: string) =>
  Effect.flatMap(readJson(path, { vi: "báo cáo đã lưu", en: "a saved report" }), (json) =>
    Either.match(Report.decode(json), {
      onLeft: () =>
        Effect.fail(
          new Output.OutputProblem({
            reason: { vi: `${path} không phải là báo cáo đã lưu bằng pctnxh report --format json`, en: `${path} is not a report saved with pctnxh report --format json` }
          })
        ),
      onRight: Effect.succeed
    })
  )

const fromEither = <A, E>(e: Either.Either<A, E>): Effect.Effect<A, E> => Either.match(e, { onLeft: Effect.fail, onRight: Effect.succeed })

const say = (text: string) => process.stderr.write(`${text}\n`)

// ---------------------------------------------------------------------------------------------
// mapping
// ---------------------------------------------------------------------------------------------

const metadataArg = Args.file({ name: "metadata.json", exists: "yes" }).pipe(
  Args.withDescription(t({ vi: "Tệp siêu dữ liệu xuất từ DHIS2 (/api/metadata.json: dataElements, categoryOptionCombos, organisationUnits, dataSets…)", en: "A DHIS2 metadata export (/api/metadata.json: dataElements, categoryOptionCombos, organisationUnits, dataSets…)" }))
)
const reportOption = Options.file("report", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Báo cáo đã lưu bằng pctnxh report --format json: đối chiếu các chỉ tiêu, đơn vị và phân tổ của nó (mặc định: không có)", en: "A report saved with pctnxh report --format json: match its indicators, units and breakdowns (default: none)" }))
)
const dataSetOption = Options.text("data-set").pipe(Options.optional, Options.withDescription(t({ vi: "Bộ dữ liệu (mã, UID hoặc tên) khi tệp xuất có nhiều bộ (mặc định: bộ duy nhất của tệp)", en: "The data set (code, UID or name) when the export has several (default: the export's only one)" })))
const idsOption = Options.choice("ids", ["code", "uid"]).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Ghi mã (code) hay UID của DHIS2 (mặc định: mã, nếu mọi đối tượng khớp đều có mã)", en: "Write DHIS2 codes or UIDs (default: codes where every matched object has one)" }))
)
const asOfOption = Options.text("as-of").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Khi không có --report: đối chiếu các đơn vị hành chính có hiệu lực vào ngày này, YYYY-MM-DD (mặc định: hôm nay)", en: "Without --report: match the units in force on this date, YYYY-MM-DD (default: today)" }))
)
const outOption = Options.text("out").pipe(Options.optional, Options.withDescription(t({ vi: "Ghi tệp ánh xạ vào đây (mặc định: đầu ra chuẩn)", en: "Write the mapping here (default: standard output)" })))

const mappingCommand = Command.make(
  "mapping",
  { metadata: metadataArg, report: reportOption, dataSet: dataSetOption, ids: idsOption, asOf: asOfOption, out: outOption, lang },
  (o) =>
    Effect.gen(function* () {
      const metadata = yield* readJson(o.metadata, { vi: "siêu dữ liệu DHIS2", en: "a DHIS2 metadata export" })
      const report = Option.isSome(o.report) ? yield* readReport(o.report.value) : undefined
      const units =
        report === undefined
          ? undefined
          : [...report.adminUnits, report.scope].flatMap((u) => {
              // the report's units, and the unit of its total (a province for a report within it)
              if (u.id === null) return []
              const unit = vietnam.get(u.id)
              return unit._tag === "Some" ? [{ id: unit.value.id, code: unit.value.code, name: unit.value.name, level: unit.value.level, parentId: unit.value.parentId }] : []
            })
      const built = yield* fromEither(
        Dhis2Metadata.mappingFromMetadata({
          metadata,
          ...(report === undefined
            ? {}
            : {
                indicators: report.indicators.map((i) => ({ code: i.code, name: i.name })),
                units,
                scope: report.scope.id,
                ...(Object.keys(report.labels).length === 0
                  ? {}
                  : {
                      breakdowns: Object.fromEntries(
                        Object.entries(report.labels).map(([a, values]) => [a, { name: Dhis2Metadata.standardBreakdowns[a]?.name ?? { vi: a, en: a }, values }])
                      )
                    })
              }),
          ...(Option.isSome(o.dataSet) ? { dataSet: o.dataSet.value } : {}),
          ...(Option.isSome(o.ids) ? { ids: o.ids.value === "uid" ? ("UID" as const) : ("CODE" as const) } : {}),
          ...(Option.isSome(o.asOf) ? { asOf: o.asOf.value } : {})
        })
      )
      const file = { ...built.mapping, unmatched: built.unmatched }
      const text = `${JSON.stringify(file, null, 2)}\n`
      if (Option.isSome(o.out)) writeFileSync(o.out.value, text)
      else process.stdout.write(text)
      const vi = o.lang === "vi"
      const m = built.matched
      say(
        vi
          ? `Đã khớp ${m.dataElements.length} chỉ số, ${m.orgUnits.length} đơn vị, ${m.categoryOptionCombos.length} nhóm phân tổ.`
          : `Matched ${m.dataElements.length} indicators, ${m.orgUnits.length} units, ${m.categoryOptionCombos.length} category option combos.`
      )
      const u = built.unmatched
      const lists: Array<[string, ReadonlyArray<string>]> = [
        [vi ? "Phần tử dữ liệu chưa khớp" : "Data elements not matched", u.dataElements],
        [vi ? "Đơn vị tổ chức chưa khớp" : "Organisation units not matched", u.orgUnits],
        [vi ? "Nhóm phân tổ chưa khớp" : "Category option combos not matched", u.categoryOptionCombos],
        [vi ? "Khớp nhiều cách (cần chọn)" : "Matched more than one way (choose)", u.ambiguous]
      ]
      for (const [title, list] of lists) {
        if (list.length === 0) continue
        say(`${title} (${list.length}):`)
        for (const line of list.slice(0, 30)) say(`  ${line}`)
        if (list.length > 30) say(vi ? `  … và ${list.length - 30} mục khác (xem "unmatched" trong tệp)` : `  … and ${list.length - 30} more (see "unmatched" in the file)`)
      }
      if (report?.calendar === "administrative") {
        say(
          vi
            ? 'Báo cáo theo kỳ hành chính (Nghị định 09/2019): DHIS2 không có kỳ từ ngày 15. Nếu hệ thống DHIS2 nhận báo cáo này dưới mã kỳ cùng tên, thêm "periods": { "administrative": "sameId" } vào tệp ánh xạ.'
            : 'The report is under the administrative calendar (Decree 09/2019): DHIS2 has no period starting on the 15th. If the DHIS2 instance takes it under the period of the same name, add "periods": { "administrative": "sameId" } to the mapping.'
        )
      }
    })
).pipe(
  Command.withDescription(
    t({ vi: "Tạo tệp ánh xạ DHIS2 từ siêu dữ liệu của hệ thống: khớp theo mã, rồi theo tên tiếng Việt, và liệt kê những gì người dùng phải tự hoàn thiện", en: "Build a DHIS2 mapping file from the instance's metadata export: matches by code, then by Vietnamese name, and lists what a person must finish" })
  )
)

// ---------------------------------------------------------------------------------------------
// check
// ---------------------------------------------------------------------------------------------

const mappingArg = Args.file({ name: "mapping.json", exists: "yes" }).pipe(Args.withDescription(t({ vi: "Tệp ánh xạ DHIS2", en: "A DHIS2 mapping file" })))
const metadataOption = Options.file("metadata", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Tệp siêu dữ liệu DHIS2 để đối chiếu các id của ánh xạ (mặc định: không có)", en: "A DHIS2 metadata export to check the mapping's ids against (default: none)" }))
)

const checkCommand = Command.make("check", { mapping: mappingArg, metadata: metadataOption, report: reportOption, lang }, (o) =>
  Effect.gen(function* () {
    const mapping = yield* Output.readMapping(o.mapping)
    const metadata = Option.isSome(o.metadata) ? yield* readJson(o.metadata.value, { vi: "siêu dữ liệu DHIS2", en: "a DHIS2 metadata export" }) : undefined
    const report = Option.isSome(o.report) ? yield* readReport(o.report.value) : undefined
    const checked = yield* fromEither(Dhis2Metadata.check(mapping, { ...(metadata === undefined ? {} : { metadata }), ...(report === undefined ? {} : { report }) }))
    const vi = o.lang === "vi"
    const schemes = Object.entries(checked.schemes)
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ")
    console.log(vi ? `Kiểu mã: ${schemes}` : `Id schemes: ${schemes}`)
    if (checked.sent !== undefined) console.log(vi ? `Báo cáo sẽ gửi ${checked.sent} giá trị.` : `The report would send ${checked.sent} values.`)
    const errors = checked.findings.filter((f) => f.level === "error")
    for (const f of checked.findings) console.log(`${f.level === "error" ? (vi ? "Lỗi" : "Error") : vi ? "Cảnh báo" : "Warning"} [${f.field}]: ${f.reason[o.lang as Lang]}`)
    if (errors.length === 0) console.log(vi ? "Ánh xạ dùng được." : "The mapping is usable.")
    else return yield* Effect.fail(new Failed(1))
  })
).pipe(Command.withDescription(t({ vi: "Kiểm tra tệp ánh xạ DHIS2: cách ghi id và kỳ, đối chiếu với siêu dữ liệu và với một báo cáo", en: "Check a DHIS2 mapping: its id schemes and periods, against a metadata export and against a report" })))

// ---------------------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------------------

const fileArg = Args.file({ name: "file", exists: "yes" }).pipe(
  Args.atLeast(1),
  Args.withDescription(t({ vi: "Dữ liệu DHIS2: dataValueSet dạng .json hoặc .csv, hoặc ADX .xml", en: "DHIS2 data: a dataValueSet .json or .csv, or an ADX .xml" }))
)
const mappingOption = Options.file("mapping", { exists: "yes" }).pipe(Options.withDescription(t({ vi: "Tệp ánh xạ DHIS2 (cùng tệp dùng khi xuất); bắt buộc", en: "The DHIS2 mapping file (the same one the exports use); required" })))
const sourceOption = Options.choice("source", AggregateValue.ValueSource.members).pipe(
  Options.withDefault("other" as const),
  Options.withDescription(t({ vi: "Nguồn của số liệu: ", en: "Where the numbers come from: " }) + AggregateValue.ValueSource.members.join(", ") + t({ vi: " (mặc định: other)", en: " (default: other)" }))
)
const referenceOption = Options.text("reference").pipe(Options.optional, Options.withDescription(t({ vi: "Văn bản mà số liệu được lấy từ đó (mặc định: không có)", en: "The document the numbers were taken from (default: none)" })))
const dryRun = Options.boolean("dry-run").pipe(Options.withDescription(t({ vi: "Chỉ đọc và kiểm tra, không lưu gì (mặc định: tắt)", en: "Read and check only; store nothing (default: off)" })))

const importCommand = Command.make(
  "import",
  { files: fileArg, mapping: mappingOption, source: sourceOption, reference: referenceOption, dryRun, db, lang },
  (o) =>
    Effect.gen(function* () {
      const mapping = yield* Output.readMapping(o.mapping)
      let rejected = 0
      for (const path of o.files) {
        const bar = Terminal.progress(path.split("/").pop() ?? path, undefined, o.lang, 5_000)
        const options: Dhis2Import.Options = {
          source: NodeFile.source(path),
          mapping,
          valueSource: o.source,
          ...(Option.isSome(o.reference) ? { reference: o.reference.value } : {}),
          onProgress: (p) => Effect.runSync(bar.update(p.values))
        }
        const report = o.dryRun ? yield* Dhis2Import.check(options) : yield* Dhis2Import.run(options)
        yield* bar.finish(report.summary(o.lang))
        // the summary once, then the rejected rows
        for (const rejected of report.rejections) console.log(ImportReport.explainRow(rejected, o.lang))
        rejected += report.rejected
      }
      if (rejected > 0) return yield* Effect.fail(new Failed(2))
    }).pipe(Effect.provide(Database.existing(o.db)))
).pipe(
  Command.withDescription(
    t({ vi: "Nhập dữ liệu DHIS2 (dataValueSet JSON hoặc CSV, ADX) thành giá trị tổng hợp qua tệp ánh xạ; nhập lại không lưu trùng; mọi giá trị bị từ chối được liệt kê kèm vị trí và lý do; thoát với mã 2 khi có giá trị bị từ chối", en: "Read DHIS2 data (dataValueSet JSON or CSV, ADX) into aggregate values through a mapping; re-importing stores nothing twice; every rejected value is listed with its place and reason; exits with 2 when values were rejected" })
  )
)

export const dhis2 = Command.make("dhis2").pipe(
  Command.withDescription(t({ vi: "Làm việc với hệ thống DHIS2: tạo ánh xạ từ siêu dữ liệu, kiểm tra ánh xạ, nhập dữ liệu", en: "Work with a DHIS2 instance: build a mapping from its metadata, check a mapping, read its data in" })),
  Command.withSubcommands([mappingCommand, checkCommand, importCommand])
)
