/** Writing a report in the format asked for. */
import type { Report } from "@pctnxh/indicators"
import { Dhis2, Export } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import * as Show from "../Show.js"
import type { Lang } from "../Terminal.js"

export const formats = ["table", "xlsx", "csv", "json", "dhis2", "adx"] as const
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

const readMapping = (path: string | undefined): Effect.Effect<Dhis2.Mapping, OutputProblem> => {
  if (path === undefined) {
    return Effect.fail(
      new OutputProblem({
        reason: {
          vi: "xuất DHIS2/ADX cần tệp ánh xạ mã (--dhis2-mapping FILE.json)",
          en: "DHIS2/ADX exports need a code mapping file (--dhis2-mapping FILE.json)"
        }
      })
    )
  }
  return Effect.try({
    try: () => Schema.decodeUnknownSync(Schema.parseJson(Dhis2.Mapping))(readFileSync(path, "utf8")),
    catch: () =>
      new OutputProblem({
        reason: {
          vi: `tệp ánh xạ ${path} không đọc được hoặc không đúng cấu trúc`,
          en: `the mapping file ${path} cannot be read or is not a valid mapping`
        }
      })
  })
}

/** Prints or writes a report; says what it wrote. */
export const write = (
  report: Report.Report,
  options: { readonly format: Format; readonly out: string | undefined; readonly lang: Lang; readonly mapping?: string | undefined }
) =>
  Effect.gen(function* () {
    const { format, lang, out } = options
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
        yield* NodeFile.write(out, yield* Export.xlsx(report, { lang }))
        break
      case "csv":
        yield* NodeFile.write(out, Export.csv(report, { lang }))
        break
      case "json":
        yield* NodeFile.write(out, Export.json(report, { space: 2 }))
        break
      case "dhis2":
      case "adx": {
        const mapping = yield* readMapping(options.mapping)
        const result: Either.Either<{ text: string; sent: number; omitted: { suppressed: number; noValue: number; unmapped: number } }, unknown> =
          format === "dhis2"
            ? Either.map(Dhis2.dataValueSet(report, mapping, { unmapped: "skip" }), (r) => ({ text: JSON.stringify(r.document, null, 2), sent: r.sent, omitted: r.omitted }))
            : Either.map(Dhis2.adx(report, mapping, { unmapped: "skip" }), (r) => ({ text: r.document, sent: r.sent, omitted: r.omitted }))
        const done = yield* Either.match(result, { onLeft: Effect.fail, onRight: Effect.succeed })
        yield* NodeFile.write(out, done.text)
        console.log(
          lang === "vi"
            ? `${done.sent} giá trị; bỏ qua ${done.omitted.suppressed} ô bị ẩn, ${done.omitted.noValue} ô trống, ${done.omitted.unmapped} ô chưa có mã`
            : `${done.sent} values; left out ${done.omitted.suppressed} suppressed, ${done.omitted.noValue} empty, ${done.omitted.unmapped} unmapped cells`
        )
        break
      }
    }
    console.log(lang === "vi" ? `Đã ghi ${out}` : `Wrote ${out}`)
  })
