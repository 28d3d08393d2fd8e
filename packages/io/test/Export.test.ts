import { Dhis2, Export, Import } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Report } from "@pctnxh/indicators"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { parse as parseCsv } from "csv-parse/sync"
import { Effect, Either, Schema } from "effect"
import ExcelJS from "exceljs"
import { XMLParser } from "fast-xml-parser"
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

/** Uông Bí's 3 violations are too few to publish: disclosure control hides them and the cells that would reveal them. */
const withSuppression = (report: Report.Report): Report.Report => ({
  ...report,
  cells: report.cells.map((c) =>
    c.adminUnit === "196@pre2025" && Object.keys(c.disaggregation).length === 0 && c.indicator !== "INSPECTION_VISITS"
      ? // the numbers are left on purpose: exports must drop them themselves
        { ...c, disclosure: { status: "suppressed" as const, reason: c.indicator === "INSPECTION_VIOLATIONS" ? "primary-frequency" : "secondary", display: c.indicator === "INSPECTION_VIOLATIONS" ? "<5" : "x" } }
      : c
  )
})

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
      const report = withSuppression(yield* quangNinhReport)
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
      expect(hidden.value).toBe("<5")
      expect((hidden.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9D9D9")
      expect(String(hidden.note)).toContain("Quá ít người hoặc đơn vị đóng góp")
      expect(rate.getCell(6).value).toBe("x")
      expect(rowOf("   Loại hình cơ sở: Karaoke").getCell(3).value).toBe("lượt cơ sở")

      const notes = workbook.getWorksheet("Giải thích")!
      const text: Array<string> = []
      notes.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))))
      expect(text).toContain("Lượt cơ sở vi phạm bị xử phạt trên tổng lượt cơ sở được kiểm tra.")
      expect(text).toContain("<5")
      expect(text).toContain("Ẩn bổ sung để không thể tính ngược một ô đã ẩn từ các tổng")

      // Uông Bí's 3 violations appear nowhere: not in the table, not in the data sheet
      const data = workbook.getWorksheet("Dữ liệu")!
      data.eachRow((row) => {
        const values = row.values as Array<unknown>
        if (values[4] === "196@pre2025" && values[6] === "" && values[1] !== "INSPECTION_VISITS") {
          expect(values.slice(8, 11).every((v) => v === null || v === undefined)).toBe(true)
          expect(values[14]).toBe("suppressed")
        }
      })
    })
  )
})

describe("CSV and JSON export", () => {
  it.effect("one row per cell with Vietnamese headers; suppressed cells have no number", () =>
    Effect.gen(function* () {
      const report = withSuppression(yield* quangNinhReport)
      const text = Export.csv(report)
      expect(text.startsWith("\uFEFF")).toBe(true)
      const rows = parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>
      expect(rows).toHaveLength(report.cells.length)
      expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(["Mã chỉ tiêu", "Chỉ tiêu", "Kỳ"])
      const hidden = rows.find((r) => r["Mã chỉ tiêu"] === "INSPECTION_VIOLATIONS" && r["Mã đơn vị"] === "196@pre2025" && r["Phân tổ"] === "")!
      expect([hidden["Giá trị"], hidden["Tử số"], hidden["Công bố"], hidden["Hiển thị"]]).toEqual(["", "", "suppressed", "<5"])
      const total = rows.find((r) => r["Mã chỉ tiêu"] === "VIOLATION_RATE" && r["Mã đơn vị"] === "" && r["Phân tổ"] === "")!
      expect(total["Hiển thị"]).toBe("9,2%")
      expect(Export.csv(report, { numbers: "vi" })).toContain(";9,213483146067416;")
    })
  )

  it.effect("JSON is the report's own encoding, with suppressed cells emptied and their explanation withheld", () =>
    Effect.gen(function* () {
      const report = withSuppression(yield* quangNinhReport)
      const json = JSON.parse(Export.json(report))
      const decoded = Report.decode(json)
      expect(Either.isRight(decoded)).toBe(true)
      const hidden = json.cells.find((c: Report.Report["cells"][number]) => c.adminUnit === "196@pre2025" && c.indicator === "INSPECTION_VIOLATIONS" && Object.keys(c.disaggregation).length === 0)
      expect([hidden.value, hidden.numerator, hidden.denominator]).toEqual([null, null, null])
      expect(hidden.explanation.en).not.toMatch(/\d/)
    })
  )
})

const mapping: Dhis2.Mapping = {
  dataSet: "PCTNXH_INSPECTIONS",
  dataElements: { INSPECTION_VISITS: "INSP_VISITS", INSPECTION_VIOLATIONS: "INSP_VIOL", VIOLATION_RATE: "INSP_VIOL_RATE", AVERAGE_FINE: "INSP_AVG_FINE" },
  orgUnits: { "193@pre2025": "VN_QN_HALONG", "195@pre2025": "VN_QN_CAMPHA", "196@pre2025": "VN_QN_UONGBI", "*": "VN_QN" },
  categoryOptionCombos: { "establishmentType=karaoke": "KARAOKE", "establishmentType=massage": "MASSAGE" },
  categories: { establishmentType: { category: "EST_TYPE", options: { karaoke: "KARAOKE", massage: "MASSAGE" } } }
}

describe("DHIS2 dataValueSet", () => {
  it.effect("follows the documented format, sends values as strings and leaves suppressed cells out", () =>
    Effect.gen(function* () {
      const report = withSuppression(yield* quangNinhReport)
      const result = yield* Dhis2.dataValueSet(report, mapping, { completeDate: "2020-01-10" })
      const checked = Schema.decodeUnknownEither(Dhis2.DataValueSet)(JSON.parse(JSON.stringify(result.document)), { onExcessProperty: "error" })
      expect(Either.isRight(checked)).toBe(true)
      expect(result.document).toMatchObject({ dataSet: "PCTNXH_INSPECTIONS", completeDate: "2020-01-10" })
      expect(result.omitted.suppressed).toBe(3)
      expect(result.document.dataValues).toContainEqual({ dataElement: "INSP_VISITS", period: "2019", orgUnit: "VN_QN", value: "445" })
      expect(result.document.dataValues).toContainEqual({ dataElement: "INSP_VIOL", period: "2019", orgUnit: "VN_QN", value: "41" })
      expect(result.document.dataValues.find((v) => v.dataElement === "INSP_VIOL_RATE" && v.orgUnit === "VN_QN" && v.categoryOptionCombo === undefined)?.value).toBe(
        "9.21348314607"
      )
      expect(result.document.dataValues.some((v) => v.categoryOptionCombo === "KARAOKE")).toBe(true)
      expect(result.document.dataValues.some((v) => v.orgUnit === "VN_QN_UONGBI" && v.dataElement === "INSP_VIOL" && v.categoryOptionCombo === undefined)).toBe(false)
      expect(result.sent).toBe(result.document.dataValues.length)
    })
  )

  it.effect("with suppressed: \"comment\" a suppressed cell is sent empty with the reason, so that DHIS2 drops an earlier number", () =>
    Effect.gen(function* () {
      const report = withSuppression(yield* quangNinhReport)
      const result = yield* Dhis2.dataValueSet(report, mapping, { suppressed: "comment" })
      expect(result.document.dataValues).toContainEqual({
        dataElement: "INSP_VIOL",
        period: "2019",
        orgUnit: "VN_QN_UONGBI",
        value: "",
        comment: "suppressed: primary-frequency"
      })
    })
  )

  it.effect("a mapping that misses a unit or a breakdown fails, listing what is missing — or skips it when asked", () =>
    Effect.gen(function* () {
      const report = yield* quangNinhReport
      const partial: Dhis2.Mapping = { ...mapping, orgUnits: { "*": "VN_QN", "193@pre2025": "VN_QN_HALONG" }, categoryOptionCombos: {} }
      const error = yield* Effect.flip(Dhis2.dataValueSet(report, partial))
      expect(error.missing).toEqual([
        "breakdown establishmentType=karaoke",
        "breakdown establishmentType=massage",
        "unit 195@pre2025",
        "unit 196@pre2025"
      ])
      const skipped = yield* Dhis2.dataValueSet(report, partial, { unmapped: "skip" })
      expect(skipped.omitted.unmapped).toBeGreaterThan(0)
      expect(skipped.document.dataValues.every((v) => ["VN_QN", "VN_QN_HALONG"].includes(v.orgUnit) && v.categoryOptionCombo === undefined)).toBe(true)
    })
  )

  it("writes DHIS2 period ids", () => {
    expect(["2019", "2019S2", "2019Q1", "2019M03", "20190315", "2016/2020"].map(Dhis2.period)).toEqual([
      "2019",
      "2019S2",
      "2019Q1",
      "201903",
      "20190315",
      undefined
    ])
  })

  it.effect("refuses a report under the administrative calendar unless told to send it as plain periods", () =>
    Effect.gen(function* () {
      const report = { ...(yield* quangNinhReport), calendar: "administrative" as const }
      const error = yield* Effect.flip(Dhis2.dataValueSet(report, mapping))
      expect(error.reason.en).toContain("administrative calendar")
      const sent = yield* Dhis2.dataValueSet(report, mapping, { administrativeCalendar: "asPlain" })
      expect(sent.sent).toBeGreaterThan(0)
    })
  )
})

describe("ADX", () => {
  it.effect("parses back as ADX: groups per org unit and period with ISO periods, breakdowns as category attributes", () =>
    Effect.gen(function* () {
      const report = withSuppression(yield* quangNinhReport)
      const result = yield* Dhis2.adx(report, mapping, { exported: "2020-01-10T08:00:00Z" })
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(result.document)
      const adx = parsed.adx
      expect(adx.xmlns).toBe("urn:ihe:qrph:adx:2015")
      expect(adx.exported).toBe("2020-01-10T08:00:00Z")
      const groups = (Array.isArray(adx.group) ? adx.group : [adx.group]) as Array<Record<string, unknown>>
      expect(groups.map((g) => [g.orgUnit, g.period, g.dataSet]).sort()).toEqual([
        ["VN_QN", "2019-01-01/P1Y", "PCTNXH_INSPECTIONS"],
        ["VN_QN_CAMPHA", "2019-01-01/P1Y", "PCTNXH_INSPECTIONS"],
        ["VN_QN_HALONG", "2019-01-01/P1Y", "PCTNXH_INSPECTIONS"],
        ["VN_QN_UONGBI", "2019-01-01/P1Y", "PCTNXH_INSPECTIONS"]
      ])
      const values: Array<Record<string, string>> = groups.flatMap((g) => {
        const dv = g.dataValue as Record<string, string> | Array<Record<string, string>>
        return (Array.isArray(dv) ? dv : [dv]).map((v) => ({ orgUnit: String(g.orgUnit), ...v }))
      })
      expect(values.length).toBe(result.sent)
      expect(values).toContainEqual({ orgUnit: "VN_QN", dataElement: "INSP_VISITS", value: "445" })
      expect(values.some((v) => v.EST_TYPE === "KARAOKE" && v.dataElement === "INSP_VISITS")).toBe(true)
      expect(values.every((v) => typeof v.value === "string" && v.value !== "" && Number.isFinite(Number(v.value)))).toBe(true)
      expect(values.some((v) => v.orgUnit === "VN_QN_UONGBI" && v.dataElement === "INSP_VIOL" && v.EST_TYPE === undefined)).toBe(false)
    })
  )

  it("writes periods as first day and duration under the report's calendar", () => {
    expect(Dhis2.adxPeriod("2019", "plain")).toBe("2019-01-01/P1Y")
    expect(Dhis2.adxPeriod("2019Q2", "plain")).toBe("2019-04-01/P3M")
    expect(Dhis2.adxPeriod("2019S2", "plain")).toBe("2019-07-01/P6M")
    expect(Dhis2.adxPeriod("2019M03", "plain")).toBe("2019-03-01/P1M")
    expect(Dhis2.adxPeriod("2016/2020", "plain")).toBe("2016-01-01/P5Y")
    expect(Dhis2.adxPeriod("2019", "administrative")).toBe("2018-12-15/P1Y")
  })

  it.effect("needs a data set", () =>
    Effect.gen(function* () {
      const report = yield* quangNinhReport
      const { dataSet: _dataSet, ...withoutDataSet } = mapping
      const error = yield* Effect.flip(Dhis2.adx(report, withoutDataSet))
      expect(error.reason.en).toContain("data set")
    })
  )
})
