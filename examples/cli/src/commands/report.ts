import { Command, Options } from "@effect/cli"
import { Geography, Period } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Report, ReportSpec } from "@pctnxh/indicators"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Database from "../Database.js"
import * as Keys from "../Keys.js"
import * as Protect from "../Protect.js"
import { calendar, db, keyring, lang } from "./shared.js"
import * as Output from "./output.js"
import { t } from "../Lang.js"

/** The indicators shown when none are asked for. */
export const HEADLINE = [
  "CONTACTS",
  "PERSONS_REACHED",
  "NEW_PERSONS",
  "NO_PERMANENT_RESIDENCE_SHARE",
  "HIV_TESTING_REFERRALS",
  "REFERRAL_COMPLETION_RATE",
  "GROUP_SESSIONS",
  "PARTICIPANTS_PER_SESSION",
  "INSPECTION_VISITS",
  "VIOLATION_RATE",
  "AVERAGE_FINE",
  "POLICE_CASES",
  "ARRESTS_PER_CASE",
  "BUDGET",
  "SPENDING",
  "EXECUTION_RATE"
] as const

export const periods = Options.text("period").pipe(
  Options.repeated,
  Options.withDescription(t({ vi: "Kỳ báo cáo: 2019, 2019Q1, 2019S1, 2019M03 hoặc 2016/2020 (lặp lại cho nhiều kỳ; mặc định: năm trước)", en: "A period: 2019, 2019Q1, 2019S1, 2019M03 or 2016/2020 (repeat for several; default: last year)" }))
)
const indicators = Options.text("indicators").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Mã chỉ tiêu, cách nhau bằng dấu phẩy (mặc định: các chỉ tiêu chính)", en: "Indicator codes, comma-separated (default: the headline indicators)" }))
)
const level = Options.choice("level", ["province", "district", "commune"]).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Chia báo cáo theo các đơn vị của cấp này (mặc định: chỉ có tổng)", en: "Break the report down by the units of this level (default: the total only)" }))
)
const asOf = Options.text("as-of").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Ngày mà bản đồ hành chính được dùng, YYYY-MM-DD (mặc định: hôm nay — đơn vị cũ được gộp vào đơn vị hiện nay)", en: "The date whose map the units follow, YYYY-MM-DD (default: today: old units roll up into today's)" }))
)
const within = Options.text("within").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Chỉ các bản ghi trong đơn vị này: mã chính thức (ví dụ 31) hoặc id đơn vị (ví dụ 31@2025) (mặc định: cả nước)", en: "Only records within this unit: an official code (e.g. 31) or a unit id (e.g. 31@2025) (default: the whole country)" }))
)
const by = Options.text("by").pipe(
  Options.repeated,
  Options.withDescription(t({ vi: "Phân tổ: sex, population, residence, ageBand, service… (nhiều thuộc tính đan chéo: population,sex; lặp lại cho nhiều phân tổ; mặc định: không phân tổ)", en: "A breakdown: sex, population, residence, ageBand, service… (several crossed: population,sex; repeat for several; default: none)" }))
)
export const audience = Options.choice("audience", Protect.audiences).pipe(
  Options.withDefault("province" as const),
  Options.withDescription(
    t({ vi: "Báo cáo dành cho ai: áp dụng giới hạn của đối tượng (nhà tài trợ và công chúng: tối đa cấp tỉnh) và kiểm soát công bố (ẩn ô nhỏ; thêm nhiễu cho công chúng), và ghi lại lần công bố (mặc định: province)", en: "Who the report is for: their limits (donor and public: provinces at most) and disclosure control (small cells suppressed; noise for the public) are applied, and the release is recorded (default: province)" })
  )
)
export const format = Options.choice("format", Output.formats).pipe(
  Options.withDefault("table" as const),
  Options.withDescription(t({ vi: "table (in ra màn hình), xlsx, csv, json, dhis2 (dataValueSet JSON), dhis2-csv (dataValueSet CSV) hoặc adx (mặc định: table)", en: "table (print), xlsx, csv, json, dhis2 (dataValueSet JSON), dhis2-csv (dataValueSet CSV) or adx (default: table)" }))
)
export const out = Options.text("out").pipe(Options.optional, Options.withDescription(t({ vi: "Tệp cần ghi (mặc định: không có; cần cho mọi định dạng trừ table)", en: "The file to write (default: none; needed by every format but table)" })))
export const mapping = Options.file("dhis2-mapping", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Với dhis2/adx: tệp JSON ánh xạ chỉ tiêu, đơn vị và phân tổ sang mã DHIS2 (mặc định: không có; cần cho các định dạng này)", en: "For dhis2/adx: a JSON file mapping indicators, units and breakdowns to DHIS2 codes (default: none; needed by those formats)" }))
)

const today = () => Geography.todayInVietnam()

export const report = Command.make(
  "report",
  { periods, indicators, calendar, level, asOf, within, by, audience, format, out, mapping, numbers: Output.numbers, db, lang, keyring },
  (o) =>
    Effect.gen(function* () {
      const date = Option.getOrElse(o.asOf, today)
      const unit = Option.map(o.within, (w) =>
        w.includes("@") ? w : Either.match(vietnam.byCode(w, date), { onLeft: () => w, onRight: (u) => u.id })
      )
      const spec = yield* Either.match(
        ReportSpec.decode({
          indicators: Option.match(o.indicators, { onNone: () => [...HEADLINE], onSome: (s) => s.split(",").map((x) => x.trim()) }),
          periods: o.periods.length > 0 ? o.periods : [String(Number(today().slice(0, 4)) - 1)],
          calendar: o.calendar,
          adminUnits: {
            asOf: date,
            ...(Option.isSome(o.level) ? { level: o.level.value } : {}),
            ...(Option.isSome(unit) ? { within: unit.value } : {})
          },
          disaggregations: o.by.map((b) => b.split(",").map((x) => x.trim()))
        }),
        { onLeft: Effect.fail, onRight: Effect.succeed }
      )
      // what was asked is checked before the database is opened
      for (const id of spec.periods) {
        const parsed = Period.parse(id)
        if (Either.isLeft(parsed)) return yield* Effect.fail(parsed.left)
      }
      yield* Effect.gen(function* () {
        const computed = yield* Report.run(spec)
        const published = yield* Protect.protect(computed, o.audience, Option.getOrElse(o.keyring, () => Keys.pathFor(o.db)))
        yield* Output.write(published, {
          format: o.format,
          out: Option.getOrUndefined(o.out),
          lang: o.lang,
          mapping: Option.getOrUndefined(o.mapping),
          numbers: o.numbers
        })
      }).pipe(Effect.provide(Database.existing(o.db)))
    })
).pipe(
  Command.withDescription(
    t({ vi: "Tính chỉ tiêu theo kỳ (một trong hai lịch), đơn vị (theo bản đồ của một ngày, đơn vị cũ gộp theo bảng chuyển đổi 2025) và phân tổ; công bố cho đối tượng nhận (giới hạn và kiểm soát công bố, đối chiếu với các lần công bố trước, ghi vào nhật ký kiểm toán); in ra hoặc ghi tệp", en: "Compute indicators for periods (either calendar), units (as of a date, old units rolled up through the 2025 crosswalk) and breakdowns; release them to the audience (its limits and disclosure control, checked against its earlier releases, recorded in the audit log); print or write it" })
  )
)
