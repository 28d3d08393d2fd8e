import { Dhis2, Export, Import } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Report } from "@pctnxh/indicators"
import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { parse as parseCsv } from "csv-parse/sync"
import { Effect, Either, Layer } from "effect"
import ExcelJS from "exceljs"
import { tempDir, writeXlsx } from "./files.js"

/**
 * Quảng Ninh 2019 as the source reports it: 445 establishment-visits, 41 of them violations
 * fined 135.8 million VND in all, 308 reminders — spread here over three cities.
 */
const QUANG_NINH_2019: ReadonlyArray<{ code: string; visits: number; violations: number; reminders: number }> = [
  { code: "193", visits: 200, violations: 20, reminders: 140 }, // Hạ Long
  { code: "195", visits: 150, violations: 18, reminders: 100 }, // Cẩm Phả
  { code: "196", visits: 95, violations: 3, reminders: 68 } // Uông Bí
]

const visitRows = (): Array<Array<unknown>> => {
  const rows: Array<Array<unknown>> = [["Mã đợt", "Mã cơ sở", "Loại hình", "Mã đơn vị", "Ngày kiểm tra", "Kết quả", "Tiền phạt"]]
  let fined = 0
  for (const d of QUANG_NINH_2019) {
    for (let i = 0; i < d.visits; i++) {
      const outcome = i < d.violations ? "Vi phạm" : i < d.violations + d.reminders ? "Nhắc nhở" : "Không vi phạm"
      // 41 fines of 3.3 M and one of 3.8 M: 135.8 M in all
      const fine = i < d.violations ? (fined++ === 0 ? "3,8 triệu" : "3.300.000") : null
      const month = String(1 + (i % 12)).padStart(2, "0")
      rows.push([`QN-2019-${month}`, `QN-${d.code}-${i}`, i % 3 === 0 ? "Karaoke" : "Xoa bóp, massage", d.code, `15/${month}/2019`, outcome, fine])
    }
  }
  return rows
}

/** Imports the visits from an officer's workbook and runs the inspection report on them. */
const quangNinhReport = Effect.gen(function* () {
  const dir = yield* Effect.promise(tempDir)
  const path = yield* Effect.promise(() => writeXlsx(dir, "kiem-tra-quang-ninh-2019.xlsx", [{ name: "Lượt kiểm tra", rows: visitRows() }]))
  const imported = yield* Import.run({ kind: "inspectionVisit", source: NodeFile.source(path) })
  expect(imported).toMatchObject({ valid: 445, rejected: 0 })
  return yield* Report.run({
    title: { vi: "Kết quả kiểm tra cơ sở kinh doanh dịch vụ năm 2019 — Quảng Ninh", en: "Inspections of service establishments, 2019 — Quảng Ninh" },
    indicators: ["INSPECTION_VISITS", "INSPECTION_VIOLATIONS", "VIOLATION_RATE", "AVERAGE_FINE"],
    periods: ["2019"],
    calendar: "plain",
    adminUnits: { level: "district", asOf: "2019-12-31", within: "22@pre2025" },
    disaggregations: [["establishmentType"]]
  })
}).pipe(Effect.provide(MemoryStore.layer()))

const find = (report: Report.Report, where: Parameters<typeof Report.cell>[1]) => {
  const cell = Report.cell(report, where)
  if (cell === undefined) throw new Error(`no cell ${JSON.stringify(where)}`)
  return cell
}

/** The release door's services: the solver, an empty ledger, an audit log. */
const door = Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, Audit.layer.pipe(Layer.provide(MemoryStore.layer())))

/**
 * The report released to the ministry (counts under 5 suppressed): Uông Bí's 3 violations are
 * too few to publish, so the door hides them and the cells that would reveal them.
 */
const released = (report: Report.Report, audience: Audience.Audience = Audience.national) =>
  Disclosure.release(report, audience).pipe(Effect.provide(door))
const withSuppression = (report: Report.Report) => released(report)

describe("the Quảng Ninh 2019 report", () => {
  it.effect("41 of 445 visits are violations → 9.2%, fines average 3,312,195 VND", () =>
    Effect.gen(function* () {
      const report = yield* quangNinhReport
      expect(find(report, { indicator: "INSPECTION_VISITS", period: "2019" }).value).toBe(445)
      expect(find(report, { indicator: "INSPECTION_VIOLATIONS", period: "2019" }).value).toBe(41)
      expect(find(report, { indicator: "VIOLATION_RATE", period: "2019" }).value).toBeCloseTo(9.21, 2)
      expect(find(report, { indicator: "AVERAGE_FINE", period: "2019" }).value).toBeCloseTo(135_800_000 / 41, 0)
    })
  )
})

describe("XLSX export", () => {
  it.effect("lays the table out in Vietnamese with formatted numbers, marked suppressed cells and a sheet of explanations", () =>
    Effect.gen(function* () {
      const report = yield* withSuppression(yield* quangNinhReport)
      const bytes = yield* Export.xlsx(report)
      const workbook = new ExcelJS.Workbook()
      yield* Effect.promise(() => workbook.xlsx.load(Buffer.from(bytes) as never))
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Giải thích", "Dữ liệu"])

      const table = workbook.getWorksheet("Báo cáo")!
      expect(table.getCell("A1").value).toBe("Kết quả kiểm tra cơ sở kinh doanh dịch vụ năm 2019 — Quảng Ninh")
      expect([table.getCell("A4").value, table.getCell("B4").value, table.getCell("C4").value, table.getCell("D4").value]).toEqual([
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Năm 2019"
      ])
      const header = (table.getRow(5).values as Array<unknown>).slice(4)
      expect(header).toEqual(["Thành phố Hạ Long", "Thành phố Cẩm Phả", "Thành phố Uông Bí", "Tỉnh Quảng Ninh"])
      const rowOf = (name: string) => {
        let found: ExcelJS.Row | undefined
        table.eachRow((row) => {
          if (found === undefined && row.getCell(2).value === name) found = row
        })
        if (found === undefined) throw new Error(`no row ${name}`)
        return found
      }
      const visits = rowOf("Lượt cơ sở được kiểm tra")
      expect([1, 3, 4, 5, 6, 7].map((c) => visits.getCell(c).value)).toEqual([1, "lượt cơ sở", 200, 150, 95, 445])
      expect(visits.getCell(7).numFmt).toBe("#,##0")
      const rate = rowOf("Tỉ lệ lượt kiểm tra phát hiện vi phạm")
      expect(rate.getCell(7).numFmt).toBe('#,##0.0"%"')
      expect(rate.getCell(7).value as number).toBeCloseTo(9.21, 2)
      const violations = rowOf("Lượt cơ sở vi phạm bị xử phạt")
      const hidden = violations.getCell(6)
      // 3 violations, and each of their establishment types under 5 too: "<5" would give the total away, so "x"
      expect(hidden.value).toBe("x")
      expect((hidden.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9D9D9")
      expect(String(hidden.note)).toContain("Quá ít người hoặc đơn vị đóng góp")
      expect(rate.getCell(6).value).toBe("x")
      expect(rowOf("   Loại hình cơ sở: Karaoke").getCell(3).value).toBe("lượt cơ sở")

      const notes = workbook.getWorksheet("Giải thích")!
      const text: Array<string> = []
      notes.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))))
      expect(text).toContain("Lượt cơ sở vi phạm bị xử phạt trên tổng lượt cơ sở được kiểm tra.")
      expect(text).toContain("x")
      expect(text).toContain("Quá ít người hoặc đơn vị đóng góp (dưới ngưỡng tối thiểu)")

      // Uông Bí's 3 violations appear nowhere: not in the table, not in the data sheet
      const data = workbook.getWorksheet("Dữ liệu")!
      data.eachRow((row) => {
        const values = row.values as Array<unknown>
        if (values[4] === "196@pre2025" && values[6] === "" && values[1] !== "INSPECTION_VISITS") {
          expect(values.slice(8, 11).every((v) => v === null || v === undefined)).toBe(true)
          expect(values[14]).toBe("Bị ẩn")
        }
      })
    })
  )
})

describe("CSV and JSON export", () => {
  it.effect("one row per cell with Vietnamese headers; suppressed cells have no number", () =>
    Effect.gen(function* () {
      const report = yield* withSuppression(yield* quangNinhReport)
      const text = Export.csv(report)
      expect(text.startsWith("\uFEFF")).toBe(true)
      const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>
      expect(rows).toHaveLength(report.table.cells.length)
      expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(["Mã chỉ tiêu", "Chỉ tiêu", "Kỳ"])
      const hidden = rows.find((r) => r["Mã chỉ tiêu"] === "INSPECTION_VIOLATIONS" && r["Mã đơn vị"] === "196@pre2025" && r["Phân tổ"] === "")!
      // 3 violations, each of their establishment types under 5 too: "<5" would give the total away, so "x"
      expect([hidden["Giá trị"], hidden["Tử số"], hidden["Công bố"], hidden["Hiển thị"]]).toEqual(["", "", "Bị ẩn", "x"])
      const total = rows.find((r) => r["Mã chỉ tiêu"] === "VIOLATION_RATE" && r["Mã đơn vị"] === "" && r["Phân tổ"] === "")!
      expect(total["Hiển thị"]).toBe("9,2%")
      expect(Export.csv(report, { numbers: "vi" })).toContain(";9,213483146067416;")
    })
  )

  it.effect("JSON is the report's own encoding, with suppressed cells emptied and their explanation withheld", () =>
    Effect.gen(function* () {
      const report = yield* withSuppression(yield* quangNinhReport)
      const json = JSON.parse(Export.json(report))
      const decoded = Report.decode(json)
      expect(Either.isRight(decoded)).toBe(true)
      // a saved report decodes to a report, never to a released one: it goes through the door again
      expect(Either.isRight(decoded) && Disclosure.isReleased(decoded.right)).toBe(false)
      expect(json.release).toMatchObject({ audience: "national" })
      expect(json.audit.sequence).toBe(0)
      const hidden = json.cells.find((c: Report.Report["cells"][number]) => c.adminUnit === "196@pre2025" && c.indicator === "INSPECTION_VIOLATIONS" && Object.keys(c.disaggregation).length === 0)
      expect([hidden.value, hidden.numerator, hidden.denominator]).toEqual([null, null, null])
      expect(hidden.explanation.en).not.toMatch(/\d/)
    })
  )
})

const mapping: Dhis2.Mapping = {
  dataSet: "PCTNXH_INSPECTIONS",
  dataElements: { INSPECTION_VISITS: "INSP_VISITS" },
  orgUnits: { "*": "VN_QN" }
}

describe("only released reports leave", () => {
  it("every exporter takes a Released report, and nothing else type-checks", () => {
    expectTypeOf(Export.xlsx).parameter(0).toEqualTypeOf<Disclosure.Released<Report.Report>>()
    expectTypeOf(Export.csv).parameter(0).toEqualTypeOf<Disclosure.Released<Report.Report>>()
    expectTypeOf(Export.json).parameter(0).toEqualTypeOf<Disclosure.Released<Report.Report>>()
    expectTypeOf(Dhis2.dataValueSet).parameter(0).toEqualTypeOf<Disclosure.Released<Report.Report>>()
    expectTypeOf(Dhis2.adx).parameter(0).toEqualTypeOf<Disclosure.Released<Report.Report>>()
    expectTypeOf<Report.Report>().not.toMatchTypeOf<Disclosure.Released<Report.Report>>()
  })

  it.effect("an unreleased report is refused at compile time, and at run time if it is forced through", () =>
    Effect.gen(function* () {
      const report = yield* quangNinhReport
      const refuse = () => {
        // @ts-expect-error an unreleased report is not a Released one
        Export.csv(report)
        // @ts-expect-error a cast does not make one either
        Export.json(report as Disclosure.Released<Report.Report>)
        // @ts-expect-error nor does DHIS2 take one
        Dhis2.dataValueSet(report, mapping)
        // @ts-expect-error nor ADX
        Dhis2.adx(report, mapping)
        // @ts-expect-error nor XLSX
        return Export.xlsx(report)
      }
      expect(refuse).toThrow(TypeError)
      expect(() => Export.csv({ table: report } as never)).toThrow("only tables released through")
      // a saved JSON decodes to a report, which exporters refuse
      const saved = Either.getOrThrow(Report.decode(JSON.parse(JSON.stringify(Report.encode(report)))))
      expect(() => Export.csv(saved as never)).toThrow(TypeError)
    })
  )
})

describe("a year without a record is no data, not 0, in every export", () => {
  /** Quảng Ninh recorded its visits of 2019; nothing of 2020 is in the store. */
  const twoYears = Effect.gen(function* () {
    const dir = yield* Effect.promise(tempDir)
    const path = yield* Effect.promise(() => writeXlsx(dir, "kiem-tra-quang-ninh-2019.xlsx", [{ name: "Lượt kiểm tra", rows: visitRows() }]))
    yield* Import.run({ kind: "inspectionVisit", source: NodeFile.source(path) })
    return yield* Report.run({ indicators: ["INSPECTION_VISITS", "INSPECTION_VIOLATIONS"], periods: ["2019", "2020"], calendar: "plain" })
  }).pipe(Effect.provide(MemoryStore.layer()))

  it.effect("the report, XLSX, CSV, JSON and DHIS2 leave 2020 empty", () =>
    Effect.gen(function* () {
      const report = yield* twoYears
      expect(find(report, { indicator: "INSPECTION_VISITS", period: "2019" }).value).toBe(445)
      expect(find(report, { indicator: "INSPECTION_VISITS", period: "2020" }).value).toBeNull()
      expect(find(report, { indicator: "INSPECTION_VIOLATIONS", period: "2020" }).value).toBeNull()
      const out = yield* released(report)

      const workbook = new ExcelJS.Workbook()
      yield* Effect.promise(async () => workbook.xlsx.load(Buffer.from(await Effect.runPromise(Export.xlsx(out))) as never))
      const table = workbook.getWorksheet("Báo cáo")!
      let visits: ExcelJS.Row | undefined
      table.eachRow((row) => {
        if (visits === undefined && row.getCell(2).value === "Lượt cơ sở được kiểm tra") visits = row
      })
      expect([visits!.getCell(4).value, visits!.getCell(5).value]).toEqual([445, "-"])

      const rows = parseCsv(Export.csv(out), { bom: true, columns: true }) as Array<Record<string, string>>
      const csv2020 = rows.find((r) => r["Mã chỉ tiêu"] === "INSPECTION_VISITS" && r["Kỳ"] === "2020")!
      expect(csv2020["Giá trị"]).toBe("")

      const json = JSON.parse(Export.json(out))
      expect(json.cells.find((c: { indicator: string; period: string }) => c.indicator === "INSPECTION_VISITS" && c.period === "2020").value).toBeNull()

      const sent = Dhis2.dataValueSet(out, { ...mapping, dataElements: { INSPECTION_VISITS: "INSP_VISITS", INSPECTION_VIOLATIONS: "INSP_VIOLATIONS" } })
      if (Either.isLeft(sent)) throw new Error(sent.left.message)
      if (Either.isRight(sent)) {
        // an empty value is not sent: DHIS2 would store it as a 0 or clear a value entered there
        expect(sent.right.document.dataValues.map((v) => [v.dataElement, v.period, v.value])).toEqual([
          ["INSP_VISITS", "2019", "445"],
          ["INSP_VIOLATIONS", "2019", "41"]
        ])
        expect(sent.right.omitted.noValue).toBe(2)
      }
    })
  )
})
