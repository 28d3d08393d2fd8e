/** Writing a released report in the format asked for; every file written is audited. */
import { Options } from "@effect/cli"
import type { Report } from "@pctnxh/indicators"
import { Dhis2, Export } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Audit, Disclosure } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import { ACTOR } from "../Protect.js"
import * as Show from "../Show.js"
import type { Lang } from "../Terminal.js"
import { t } from "../Lang.js"

export const formats = ["table", "xlsx", "csv", "json", "dhis2", "dhis2-csv", "adx"] as const

/** --numbers: how the CSV writes numbers. */
export const numbers = Options.choice("numbers", ["vi", "en"]).pipe(
  Options.withDefault("en" as const),
  Options.withDescription(t({ vi: "Với csv: vi ghi ';' giữa các ô và dấu phẩy thập phân (9,2) cho Excel tiếng Việt; en ghi số thường (9.2) (mặc định: en)", en: "For csv: vi writes ';' between cells and decimal commas (9,2) for a Vietnamese Excel; en writes plain numbers (9.2) (default: en)" }))
)
export type Format = (typeof formats)[number]

/** A problem with the options of an output, said in both languages. */
export class OutputProblem extends Schema.TaggedError<OutputProblem>()("OutputProblem", {
  reason: Schema.Struct({ vi: Schema.String, en: Schema.String })
}) {
  explain(lang: Lang): string {
    return this.reason[lang]
  }
  override get message(): string {
    return this.reason.en
  }
}

/** Reads a DHIS2 mapping file, saying what is wrong with it. */
export const readMapping = (path: string | undefined): Effect.Effect<Dhis2.Mapping, OutputProblem> => {
  if (path === undefined) {
    return Effect.fail(
      new OutputProblem({
        reason: {
          vi: "xuất DHIS2/ADX cần tệp ánh xạ mã (--dhis2-mapping FILE.json; tạo bằng pctnxh dhis2 mapping)",
          en: "DHIS2/ADX exports need a code mapping file (--dhis2-mapping FILE.json; make one with pctnxh dhis2 mapping)"
        }
      })
    )
  }
  return Effect.flatMap(
    Effect.try({
      try: () => JSON.parse(readFileSync(path, "utf8")) as unknown,
      catch: () =>
        new OutputProblem({ reason: { vi: `tệp ánh xạ ${path} không đọc được hoặc không phải JSON`, en: `the mapping file ${path} cannot be read or is not JSON` } })
    }),
    (json) =>
      Either.match(Schema.decodeUnknownEither(Dhis2.Mapping)(json), {
        onLeft: (e) =>
          Effect.fail(
            new OutputProblem({
              reason: {
                vi: `tệp ánh xạ ${path} không đúng cấu trúc: ${e.message.split("\n")[0]}`,
                en: `the mapping file ${path} is not a valid mapping: ${e.message.split("\n")[0]}`
              }
            })
          ),
        onRight: Effect.succeed
      })
  )
}

/** How to post a DHIS2 file: the endpoint, the content type and the URL parameters. */
const postHint = (post: Dhis2.Post, file: string): string => {
  const query = Object.entries(post.params)
    .map(([k, v]) => `${k}=${v}`)
    .join("&")
  return `curl -u USER -X POST -H 'Content-Type: ${post.contentType}' --data-binary @${file} 'https://DHIS2${post.path}?${query}${query === "" ? "" : "&"}dryRun=true'`
}

/**
 * Prints or writes a released report; says what it wrote. Every file written is appended to the
 * audit log (with the release it came from), so `pctnxh audit verify` counts what went out.
 */
export const write = (
  released: Disclosure.Released<Report.Report>,
  options: {
    readonly format: Format
    readonly out: string | undefined
    readonly lang: Lang
    readonly mapping?: string | undefined
    /** For CSV: `vi` writes `;` between cells and decimal commas for a Vietnamese Excel; `en` plain numbers. */
    readonly numbers?: "vi" | "en" | undefined
  }
) =>
  Effect.gen(function* () {
    const { format, lang, out } = options
    const report = released.table
    if (format === "table") {
      console.log(Show.headline(report, lang))
      for (const line of Show.problems(report, lang)) console.log(line)
      return
    }
    if (out === undefined) {
      return yield* new OutputProblem({
        reason: { vi: `định dạng ${format} cần --out TỆP`, en: `the ${format} format needs --out FILE` }
      })
    }
    switch (format) {
      case "xlsx":
        yield* NodeFile.write(out, yield* Export.xlsx(released, { lang }))
        break
      case "csv":
        yield* NodeFile.write(out, Export.csv(released, { lang, numbers: options.numbers === "vi" ? "vi" : "plain" }))
        break
      case "json":
        yield* NodeFile.write(out, Export.json(released, { space: 2 }))
        break
      case "dhis2":
      case "dhis2-csv":
      case "adx": {
        const mapping = yield* readMapping(options.mapping)
        const result: Either.Either<Dhis2.Result<string>, Dhis2.Dhis2ExportError> =
          format === "dhis2"
            ? Either.map(Dhis2.dataValueSet(released, mapping, { unmapped: "skip" }), (r) => ({ ...r, document: JSON.stringify(r.document, null, 2) }))
            : format === "dhis2-csv"
              ? Dhis2.dataValueSetCsv(released, mapping, { unmapped: "skip" })
              : Dhis2.adx(released, mapping, { unmapped: "skip" })
        const done = yield* Either.match(result, { onLeft: Effect.fail, onRight: Effect.succeed })
        yield* NodeFile.write(out, done.document)
        const o = done.omitted
        console.log(
          lang === "vi"
            ? `${done.sent} giá trị; bỏ qua ${o.suppressed} ô bị ẩn, ${o.noValue} ô trống, ${o.unmapped} ô chưa có mã, ${o.totals} ô tổng bên cạnh các phần phân tổ`
            : `${done.sent} values; left out ${o.suppressed} suppressed, ${o.noValue} empty, ${o.unmapped} unmapped cells and ${o.totals} totals beside their breakdowns`
        )
        if (done.unmapped.length > 0) console.log(`${lang === "vi" ? "Chưa có mã cho" : "No code for"}: ${done.unmapped.slice(0, 10).join(", ")}${done.unmapped.length > 10 ? ", …" : ""}`)
        const declared = done.periods.filter((p) => p.declared)
        if (declared.length > 0) {
          console.log(
            lang === "vi"
              ? `Kỳ được xếp theo khai báo trong ánh xạ: ${declared.map((p) => `kỳ ${p.period} (${p.start} – ${p.end}) → kỳ DHIS2 ${p.dhis2.id} (${p.dhis2.start} – ${p.dhis2.end})`).join("; ")}`
              : `Periods filed as the mapping declares: ${declared.map((p) => `${p.period} (${p.start} to ${p.end}) → DHIS2 ${p.dhis2.id} (${p.dhis2.start} to ${p.dhis2.end})`).join("; ")}`
          )
        }
        for (const w of done.warnings.slice(0, 10)) {
          console.log(`${lang === "vi" ? "Cảnh báo" : "Warning"}: ${w.cell.indicator} ${w.cell.period} ${w.cell.unit}${w.cell.breakdown === "" ? "" : ` ${w.cell.breakdown}`}: ${w.reason[lang]}`)
        }
        if (done.warnings.length > 10) console.log(lang === "vi" ? `… và ${done.warnings.length - 10} cảnh báo khác` : `… and ${done.warnings.length - 10} more warnings`)
        console.log(`${lang === "vi" ? "Gửi lên DHIS2 (thử trước với dryRun=true)" : "Post to DHIS2 (try with dryRun=true first)"}: ${postHint(done.post, out)}`)
        break
      }
    }
    yield* Disclosure.recordExport(released, { format, actor: ACTOR }).pipe(Effect.provide(Audit.layer))
    console.log(lang === "vi" ? `Đã ghi ${out}` : `Wrote ${out}`)
  })
