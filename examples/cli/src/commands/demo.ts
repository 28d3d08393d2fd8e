import { Command, Options } from "@effect/cli"
import { Entity, Geography, Store } from "@pctnxh/core"
import { Report, ReportSpec } from "@pctnxh/indicators"
import { type Dhis2, Import, type Mapping } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Synth } from "@pctnxh/synth"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import * as Database from "../Database.js"
import * as DemoFiles from "../DemoFiles.js"
import * as Keys from "../Keys.js"
import * as Protect from "../Protect.js"
import * as Terminal from "../Terminal.js"
import { lang } from "./shared.js"
import * as Output from "./output.js"
import { HEADLINE } from "./report.js"
import { t } from "../Lang.js"

const dir = Options.directory("dir").pipe(
  Options.withDefault("pctnxh-demo"),
  Options.withDescription(t({ vi: "Thư mục nơi bản chạy thử ghi cơ sở dữ liệu, bảng tính và báo cáo (mặc định: ./pctnxh-demo)", en: "Where the demo writes its database, spreadsheets and reports (default: ./pctnxh-demo)" }))
)
const events = Options.integer("events").pipe(
  Options.withDefault(20_000),
  Options.withDescription(t({ vi: "Số lượt tiếp cận cần tạo, xấp xỉ (mặc định: 20.000)", en: "About how many contacts to generate (default: 20,000)" }))
)
const year = Options.integer("year").pipe(Options.withDefault(2019), Options.withDescription(t({ vi: "Năm báo cáo (mặc định: 2019)", en: "The reporting year (default: 2019)" })))
const seed = Options.integer("seed").pipe(Options.withDefault(2019), Options.withDescription(t({ vi: "Hạt giống của bộ sinh dữ liệu (mặc định: 2019)", en: "The generator's seed (default: 2019)" })))

/** The files the demo writes, by kind: the spreadsheets an agency would have. */
const FILES: ReadonlyArray<{ kind: Mapping.Kind; file: string; title: string }> = [
  { kind: "establishment", file: "co-so-kinh-doanh.csv", title: "Danh sách cơ sở kinh doanh dịch vụ" },
  { kind: "inspectionRound", file: "dot-kiem-tra.csv", title: "Các đợt kiểm tra" },
  { kind: "inspectionVisit", file: "luot-kiem-tra.xlsx", title: "Kết quả kiểm tra cơ sở" },
  { kind: "serviceEvent", file: "luot-dich-vu.csv", title: "Sổ ghi chép lượt tiếp cận, hỗ trợ" },
  { kind: "activity", file: "hoat-dong.csv", title: "Hoạt động sinh hoạt nhóm, tập huấn, truyền thông" },
  { kind: "budget", file: "du-toan.xlsx", title: "Dự toán kinh phí" },
  { kind: "expenditure", file: "chi-tieu.csv", title: "Các khoản chi" },
  { kind: "aggregateValue", file: "so-lieu-cong-an.xlsx", title: "Số liệu tổng hợp (công an, khảo sát)" }
]
const inFile = new Set<string>(FILES.map((f) => f.kind))

/** The DHIS2 value type a demo data element gets from its indicator's unit. */
const valueType = (unit: string): string =>
  unit === "vnd" || unit === "percent" || unit === "ratio" ? "NUMBER" : "INTEGER_ZERO_OR_POSITIVE"

/**
 * A DHIS2 code mapping for the demo: every indicator (with its value type), the provinces by
 * their codes, the country for the total. The demo's DHIS2 instance takes reports under the
 * administrative calendar under the DHIS2 period of the same name — declared here, since no
 * DHIS2 period runs from 15 December.
 */
const dhis2Mapping = (report: Report.Report): Dhis2.Mapping => ({
  dataSet: "PCTNXH_ANNUAL",
  periodType: "Yearly",
  dataElements: Object.fromEntries(
    report.indicators.map((i) => [i.code, { id: `PCTNXH_${i.code}`.slice(0, 50), valueType: valueType(i.unit) }])
  ),
  orgUnits: {
    "*": "VN",
    ...Object.fromEntries(report.adminUnits.flatMap((u) => (u.id === null ? [] : [[u.id, `VN_${u.id.split("@")[0]}`]])))
  },
  periods: { administrative: "sameId" }
})

export const demo = Command.make("demo", { dir, events, year, seed, lang }, (o) =>
  Effect.gen(function* () {
    const vi = o.lang === "vi"
    const root = resolve(o.dir)
    mkdirSync(root, { recursive: true })
    const db = join(root, "pctnxh-demo.db")
    for (const suffix of ["", "-wal", "-shm"]) if (existsSync(db + suffix)) rmSync(db + suffix)
    yield* Keys.ensure(Keys.pathFor(db))
    console.log(vi ? `1. Tạo dữ liệu mô phỏng (không có người thật) trong ${root}` : `1. Generating a synthetic dataset (no real person) in ${root}`)

    yield* Effect.gen(function* () {
      const store = yield* Store.Store
      // the agency's registers (organisations, programmes, models, groups, persons, consents,
      // norms, targets, estimates) go straight into the store; the work records become files
      const writers = new Map(
        FILES.map(({ file, kind, title }) => [
          kind as string,
          file.endsWith(".xlsx") ? DemoFiles.xlsx(join(root, file), kind, title) : DemoFiles.csv(join(root, file), kind)
        ])
      )
      const generating = Terminal.progress(vi ? "Tạo dữ liệu" : "Generating", undefined, o.lang, 20_000)
      let generated = 0
      let pending: Array<Synth.Generated> = []
      const flush = Effect.suspend(() => {
        const batch = pending
        pending = []
        return Effect.forEach(Synth.byKind(batch), ([kind, records]) => store.put(kind, records as never), { discard: true })
      })
      for (const item of Synth.records({ seed: o.seed, events: o.events, years: [o.year - 1, o.year] })) {
        generated++
        const writer = writers.get(item.kind)
        if (writer !== undefined) yield* Effect.promise(() => writer.add(item.record))
        else pending.push(item)
        if (pending.length >= 2_000) yield* flush
        if (generated % 5_000 === 0) yield* generating.update(generated)
      }
      yield* flush
      for (const writer of writers.values()) yield* Effect.promise(() => writer.close())
      yield* generating.finish(vi ? `${generated.toLocaleString("vi-VN")} bản ghi` : `${generated.toLocaleString("en")} records`)

      console.log(vi ? "2. Nhập các tệp CSV/XLSX như cán bộ nhập" : "2. Importing the CSV/XLSX files the way an officer does")
      for (const { file, kind } of FILES) {
        const bar = Terminal.progress(`   ${file}`, undefined, o.lang, 10_000)
        const imported = yield* Import.run({
          kind,
          source: NodeFile.source(join(root, file)),
          onProgress: (p) => Effect.runSync(bar.update(p.rows))
        })
        yield* bar.finish(imported.summary(o.lang))
      }
      const stored = yield* Effect.forEach(Entity.kinds, (k) => store.count(k))
      console.log(
        vi
          ? `   ${stored.reduce((s, n) => s + n, 0).toLocaleString("vi-VN")} bản ghi trong ${db}`
          : `   ${stored.reduce((s, n) => s + n, 0).toLocaleString("en")} records in ${db}`
      )

      console.log(
        vi
          ? `3. Tính báo cáo năm ${o.year} theo kỳ báo cáo hành chính, theo tỉnh/thành hiện nay (đơn vị cũ quy về đơn vị mới)`
          : `3. Computing the ${o.year} report under the administrative reporting calendar, by today's provinces (old units rolled up)`
      )
      const asOf = Geography.todayInVietnam()
      const computed = yield* Effect.flatMap(
        Either.match(
          ReportSpec.decode({
            title: { vi: `Báo cáo kết quả năm ${o.year}`, en: `Results for ${o.year}` },
            indicators: [...HEADLINE],
            periods: [String(o.year)],
            calendar: "administrative",
            adminUnits: { level: "province", asOf }
          }),
          { onLeft: Effect.fail, onRight: Effect.succeed }
        ),
        Report.run
      )
      console.log(
        vi
          ? "4. Áp dụng kiểm soát công bố cho nhà tài trợ (ô nhỏ bị ẩn, kể cả ô có thể suy ra từ tổng)"
          : "4. Applying the donor audience's disclosure control (small cells suppressed, and cells derivable from totals)"
      )
      const released = yield* Protect.protect(computed, "donor", Keys.pathFor(db))
      console.log("")
      console.log(
        vi
          ? `Năm báo cáo ${o.year} (Nghị định 09/2019: 15/12/${o.year - 1} – 14/12/${o.year}), cho nhà tài trợ:`
          : `Reporting year ${o.year} (Decree 09/2019: 15 Dec ${o.year - 1} – 14 Dec ${o.year}), for the donor:`
      )
      yield* Output.write(released, { format: "table", out: undefined, lang: o.lang })
      console.log("")

      // every file comes from the one released report, and is audited
      console.log(vi ? "5. Ghi tệp (tất cả từ cùng một báo cáo đã công bố)" : "5. Writing files (all from the one released report)")
      const mappingFile = join(root, "dhis2-mapping.json")
      writeFileSync(mappingFile, JSON.stringify(dhis2Mapping(released.table), null, 2) + "\n")
      yield* Output.write(released, { format: "xlsx", out: join(root, `bao-cao-${o.year}.xlsx`), lang: o.lang })
      yield* Output.write(released, { format: "csv", out: join(root, `bao-cao-${o.year}.csv`), lang: o.lang, numbers: o.lang === "vi" ? "vi" : "en" })
      yield* Output.write(released, { format: "json", out: join(root, `bao-cao-${o.year}.json`), lang: o.lang })
      yield* Output.write(released, { format: "dhis2", out: join(root, `dhis2-${o.year}.json`), lang: o.lang, mapping: mappingFile })
      yield* Output.write(released, { format: "adx", out: join(root, `adx-${o.year}.xml`), lang: o.lang, mapping: mappingFile })
    }).pipe(Effect.provide(Database.layer(db)))
  })
).pipe(
  Command.withDescription(
    t({ vi: "Tạo bộ dữ liệu tổng hợp giống thật, nhập dưới dạng bảng tính, tính báo cáo một năm theo lịch hành chính, áp dụng kiểm soát công bố cho nhà tài trợ, in bảng chỉ tiêu chính và ghi các tệp XLSX, CSV, JSON, DHIS2 và ADX, tất cả từ một báo cáo đã công bố", en: "Generate a realistic synthetic dataset, import it as spreadsheets, compute a year's report under the administrative calendar, apply the donor's disclosure control, print the headline table and write XLSX, CSV, JSON, DHIS2 and ADX files, all from that one released report" })
  )
)
