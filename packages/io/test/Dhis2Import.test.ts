import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { describe, expect, it } from "@effect/vitest"
import { Store } from "@pctnxh/core"
import { Dhis2, Dhis2Import, ImportReport, IoError, Source } from "@pctnxh/io"
import { MemoryStore } from "@pctnxh/store-memory"
import type { Report } from "@pctnxh/indicators"
import { Chunk, Effect, Either, Layer, Stream } from "effect"
import { mappingFor, report as makeReport, withUids } from "./dhis2Fixture.js"

/** The report through the release door to the model officer (who sees every figure): only a released report is exported. */
const door = (r: Report.Report) =>
  Effect.runPromise(
    Disclosure.release(r, Audience.modelOfficer).pipe(
      Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, Audit.layer.pipe(Layer.provide(MemoryStore.layer()))))
    )
  )


const plain = Effect.runSync(Effect.cached(makeReport("plain"))).pipe(Effect.runSync)
const released = await door(plain)
const mapping = mappingFor(plain)

const bytes = (text: string) => new TextEncoder().encode(text)

/** The values sent, keyed as the store will hold them; the report's total ("*") has no unit. */
const expected = (values: ReadonlyArray<Dhis2.DataValue>, m: Dhis2.Mapping) => {
  const indicators = new Map(Object.entries(m.dataElements).map(([k, v]) => [typeof v === "string" ? v : v.id, k]))
  const units = new Map(Object.entries(m.orgUnits).filter(([k]) => k !== "*").map(([k, v]) => [v, k]))
  const combos = new Map(Object.entries(m.categoryOptionCombos ?? {}).map(([k, v]) => [v, k]))
  return values
    .filter((v) => units.has(v.orgUnit))
    .map((v) => `${indicators.get(v.dataElement)} ${/^\d{6}$/.test(v.period) ? `${v.period.slice(0, 4)}M${v.period.slice(4)}` : v.period} ${units.get(v.orgUnit)} ${v.categoryOptionCombo === undefined ? "" : combos.get(v.categoryOptionCombo)} ${Number(v.value)}`)
    .sort()
}

const stored = Effect.gen(function* () {
  const store = yield* Store.Store
  const all = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("aggregateValue")))
  return all
    .map((a) => `${a.dataElement} ${a.period} ${a.unitId} ${Object.entries(a.disaggregation).map(([k, v]) => `${k}=${v}`).join(";")} ${a.value}`)
    .sort()
})

const roundTrip = (format: "json" | "csv" | "adx", m: Dhis2.Mapping) =>
  Effect.gen(function* () {
    const exported =
      format === "json"
        ? Either.map(Dhis2.dataValueSet(released, m), (r) => ({ text: JSON.stringify(r.document), values: r.document.dataValues }))
        : format === "csv"
          ? Either.flatMap(Dhis2.dataValueSetCsv(released, m), (r) => Either.map(Dhis2.dataValueSet(released, m), (j) => ({ text: r.document, values: j.document.dataValues })))
          : Either.flatMap(Dhis2.adx(released, m, { exported: "2020-01-10T08:00:00Z" }), (r) => Either.map(Dhis2.dataValueSet(released, m), (j) => ({ text: r.document, values: j.document.dataValues })))
    const { text, values } = Either.getOrThrow(exported)
    const file = `dhis2-2019.${format === "adx" ? "xml" : format}`
    const first = yield* Dhis2Import.run({ source: Source.make(file, bytes(text)), mapping: m, valueSource: "province_report", batchSize: 40 })
    const national = values.filter((v) => v.orgUnit === m.orgUnits["*"]).length
    // the national totals have no administrative unit: skipped, as a spreadsheet's total rows are
    expect(national).toBeGreaterThan(0)
    expect(first).toMatchObject({ rejected: 0, skipped: national })
    expect(first.inserted).toBe(values.length - national)
    expect(first.batches.length).toBeGreaterThan(1)
    expect(yield* stored).toEqual(expected(values, m))
    const again = yield* Dhis2Import.run({ source: Source.make(file, bytes(text)), mapping: m, valueSource: "province_report" })
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: values.length - national })
  }).pipe(Effect.provide(MemoryStore.layer()))

describe("round trips", () => {
  it.effect("dataValueSet JSON: export → import gives back the same values, and re-importing stores nothing twice", () => roundTrip("json", mapping))
  it.effect("dataValueSet CSV: the same", () => roundTrip("csv", mapping))
  it.effect("ADX: the same, breakdowns read from category attributes", () => roundTrip("adx", mapping))
  it.effect("with UIDs", () => roundTrip("json", withUids(mapping)))
})

/** A dataValueSet as DHIS2's documentation shows one: group-level period and org unit, UID-free codes. */
const documented = {
  dataSet: "PCTNXH_ANNUAL",
  completeDate: "2020-01-10",
  period: "2019",
  orgUnit: "VN_31",
  dataElementIdScheme: "CODE",
  orgUnitIdScheme: "CODE",
  dataValues: [
    { dataElement: "PCT_CONTACTS", categoryOptionCombo: "SEX_F", value: "640" },
    { dataElement: "PCT_CONTACTS", categoryOptionCombo: "SEX_M", value: "12", comment: "a comment, never echoed" },
    { dataElement: "PCT_PERSONS", value: "" },
    { dataElement: "PCT_INSP_VISITS", value: "445", deleted: true },
    { dataElement: "PCT_UNKNOWN", value: "5" },
    { dataElement: "PCT_INSP_VISITS", orgUnit: "VN_99", value: "5" },
    { dataElement: "PCT_INSP_VISITS", period: "2019April", value: "5" },
    { dataElement: "PCT_INSP_VISITS", period: "2019W60", value: "5" },
    { dataElement: "PCT_CONTACTS", categoryOptionCombo: "SEX_X", value: "5" },
    { dataElement: "PCT_VIOL_RATE", value: "nine point two" },
    { dataElement: "PCT_CONTACTS", categoryOptionCombo: "SEX_F", value: "641" },
    { dataElement: "PCT_INSP_VISITS", attributeOptionCombo: "FUNDER_X", value: "7" },
    { dataElement: "PCT_VIOL_RATE", value: "9.2" }
  ]
}

describe("reading DHIS2's files", () => {
  it.effect("a documented dataValueSet: group-level fields, empty and deleted values skipped, each bad value rejected with its place and reason", () =>
    Effect.gen(function* () {
      const report = yield* Dhis2Import.check({ source: Source.make("dhis2.json", bytes(JSON.stringify(documented))), mapping })
      expect(report).toMatchObject({ read: 11, skipped: 2, valid: 3, rejected: 8, dryRun: true, format: "json" })
      const byValue = new Map(report.rejections.map((r) => [r.row, r.problems.map((p) => `${p.field}: ${p.reason.en}`).join(" | ")]))
      expect(byValue.get(5)).toContain('data element "PCT_UNKNOWN" is not in the mapping')
      expect(byValue.get(6)).toContain('organisation unit "VN_99" is not in the mapping')
      expect(byValue.get(7)).toContain("period 2019April (type FinancialApril) has no equivalent")
      expect(byValue.get(8)).toContain("week 60 of 2019 does not exist")
      expect(byValue.get(9)).toContain('category option combo "SEX_X" is not in the mapping')
      expect(byValue.get(10)).toContain("the value is not a number")
      expect(byValue.get(11)).toContain("appears earlier in the file")
      expect(byValue.get(12)).toContain('attribute option combo "FUNDER_X"')
      const text = report.explain("vi") + report.explain("en")
      expect(text).toContain("giá trị thứ 5")
      expect(text).toContain("value #10")
      for (const secret of ["nine point two", "never echoed", "641"]) expect(text).not.toContain(secret)
    })
  )

  it.effect("CSV as DHIS2 exports it (quoted, with its header), and a file without a header in DHIS2's column order", () =>
    Effect.gen(function* () {
      const withHeader = [
        '"dataelement","period","orgunit","categoryoptioncombo","attributeoptioncombo","value","storedby","lastupdated","comment","followup","deleted"',
        '"PCT_CONTACTS","2019","VN_31","SEX_F","","640","admin","2020-01-10T08:00:00.000","",false,false',
        '"PCT_CONTACTS","201903","VN_31","SEX_M","","12","admin","2020-01-10T08:00:00.000","hello",false,false',
        '"PCT_CONTACTS","2019","VN_31","SEX_M","","","admin","","",false,true'
      ].join("\n")
      const a = yield* Dhis2Import.check({ source: Source.make("dhis2.csv", bytes(withHeader)), mapping })
      expect(a).toMatchObject({ read: 2, valid: 2, skipped: 1, rejected: 0 })
      const bare = yield* Dhis2Import.check({ source: Source.make("dhis2.csv", bytes("PCT_CONTACTS,2019,VN_31,SEX_F,,640\nPCT_NOPE,2019,VN_31,,,1\n")), mapping })
      expect(bare).toMatchObject({ valid: 1, rejected: 1 })
      expect(ImportReport.explainRow(bare.rejections[0]!, "en")).toMatch(/^dhis2\.csv, row 2 \(dataElement\)/)
    })
  )

  it.effect("ADX: a period that does not start a DHIS2 period is refused, not misfiled; text in annotations is read", () =>
    Effect.gen(function* () {
      const xml = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<adx xmlns="urn:ihe:qrph:adx:2015" exported="2020-01-10T08:00:00Z">',
        '  <group dataSet="PCTNXH_ANNUAL" orgUnit="VN_31" period="2018-12-15/P3M">',
        '    <dataValue dataElement="PCT_INSP_VISITS" value="4"/>',
        "  </group>",
        '  <group dataSet="PCTNXH_ANNUAL" orgUnit="VN_31" period="2019-04-01/P3M">',
        '    <dataValue dataElement="PCT_CONTACTS" SEX="F" value="40"/>',
        '    <dataValue dataElement="PCT_CONTACTS" SEX="Z" value="1"/>',
        '    <dataValue dataElement="PCT_INSP_VISITS"><annotation>7</annotation></dataValue>',
        "  </group>",
        "</adx>"
      ].join("\n")
      const report = yield* Dhis2Import.check({ source: Source.make("adx.xml", bytes(xml)), mapping })
      expect(report).toMatchObject({ valid: 2, rejected: 2, format: "adx" })
      expect(report.rejections.map((r) => r.row)).toEqual([4, 8])
      expect(report.rejections[0]!.problems[0]!.reason.en).toContain("would file it under 2018Q4")
      expect(ImportReport.explainRow(report.rejections[1]!, "en")).toContain("line 8")
    })
  )

  it.effect("a file whose id scheme differs from the mapping's is refused before anything is stored, with the way out", () =>
    Effect.gen(function* () {
      const uids = { ...documented, dataElementIdScheme: "UID" }
      const error = yield* Effect.flip(Dhis2Import.check({ source: Source.make("dhis2.json", bytes(JSON.stringify(uids))), mapping }))
      expect(error).toBeInstanceOf(IoError.Dhis2MappingError)
      expect(error.explain("en")).toContain("idScheme=CODE")
    })
  )

  it.effect("broken files fail with the file and where it broke, and keep what was stored before", () =>
    Effect.gen(function* () {
      const text = JSON.stringify(documented)
      const cut = yield* Effect.flip(Dhis2Import.check({ source: Source.make("cut.json", bytes(text.slice(0, text.length - 40))), mapping }))
      expect(cut).toBeInstanceOf(IoError.ImportAborted)
      expect(cut.explain("en")).toContain("cut short")
      const notJson = yield* Effect.flip(Dhis2Import.check({ source: Source.make("x.json", bytes("[1,2]")), mapping }))
      expect(notJson.explain("en")).toContain("not a DHIS2 dataValueSet")
      const notAdx = yield* Effect.flip(Dhis2Import.check({ source: Source.make("x.xml", bytes("<dataValueSet/>")), mapping }))
      expect(notAdx.explain("en")).toContain("not an ADX document")
      const badXml = yield* Effect.flip(Dhis2Import.check({ source: Source.make("x.xml", bytes('<adx xmlns="urn:ihe:qrph:adx:2015"><group')), mapping }))
      expect(badXml.explain("en")).toContain("not well-formed")
      const unknown = yield* Effect.flip(Dhis2Import.check({ source: Source.make("x.pdf", bytes("%PDF")), mapping }))
      expect(unknown.explain("en")).toContain("unknown format")
    })
  )

  it.effect("streams a large dataValueSet in pieces", () =>
    Effect.gen(function* () {
      const values = Array.from({ length: 5_000 }, (_, i) => ({ dataElement: "PCT_INSP_VISITS", period: `2019${String((i % 12) + 1).padStart(2, "0")}`, orgUnit: "VN_31", value: String(i), comment: "x".repeat(i % 7) }))
      const text = JSON.stringify({ dataSet: "PCTNXH_ANNUAL", dataValues: values }, null, 1)
      const whole = bytes(text)
      const pieces = Stream.fromIterable(Array.from({ length: Math.ceil(whole.length / 997) }, (_, i) => whole.subarray(i * 997, (i + 1) * 997)))
      const report = yield* Dhis2Import.check({ source: Source.make("big.json", pieces), mapping })
      // 12 months × 1 unit: the rest repeat the same data value
      expect(report).toMatchObject({ read: 5_000, valid: 12, rejected: 4_988 })
    })
  )
})
