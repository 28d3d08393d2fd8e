import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Dhis2, IoError } from "@pctnxh/io"
import type { Report } from "@pctnxh/indicators"
import { Effect, Either, Layer, Schema } from "effect"
import { checkAdx } from "./adxSchema.js"
import { mappingFor, report as makeReport, uid, withUids } from "./dhis2Fixture.js"
import { adxPeriod, dhis2Period } from "./dhis2Rules.js"

/** The report through the release door to the model officer (who sees every figure): only a released report is exported. */
const door = (r: Report.Report) =>
  Effect.runPromise(
    Disclosure.release(r, Audience.modelOfficer).pipe(
      Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, Audit.layer.pipe(Layer.provide(MemoryStore.layer()))))
    )
  )


const plain = Effect.runSync(Effect.cached(makeReport("plain"))).pipe(Effect.runSync)
const administrative = Effect.runSync(Effect.cached(makeReport("administrative"))).pipe(Effect.runSync)

const ok = <A, E>(e: Either.Either<A, E>): A => {
  if (Either.isLeft(e)) throw new Error(String((e.left as { message?: string }).message ?? e.left))
  return e.right
}
const fail = <A, E>(e: Either.Either<A, E>): E => {
  if (Either.isRight(e)) throw new Error("expected a failure")
  return e.left
}

/** Every period written parses under DHIS2's rules and covers the report's own dates for it. */
const expectPeriodsFiledAsReported = (r: Report.Report, periods: ReadonlyArray<string>) => {
  for (const id of periods) {
    const checked = dhis2Period(id)
    expect(checked, id).toBeDefined()
    const ours = r.periods.find((p) => checked !== undefined && (p.id === id || p.id.replace("M", "") === id))
    expect(ours, id).toBeDefined()
    expect({ start: checked!.start, end: checked!.end }, id).toEqual({ start: ours!.start, end: ours!.end })
  }
}

describe("dataValueSet JSON", () => {
  it("carries its id schemes, and every period is a DHIS2 period with the report's dates", async () => {
    const result = ok(Dhis2.dataValueSet(await door(plain), mappingFor(plain)))
    const doc = result.document
    expect(Either.isRight(Schema.decodeUnknownEither(Dhis2.DataValueSet)(JSON.parse(JSON.stringify(doc)), { onExcessProperty: "error" }))).toBe(true)
    expect(doc).toMatchObject({ dataSet: "PCTNXH_ANNUAL", idScheme: "CODE", dataElementIdScheme: "CODE", orgUnitIdScheme: "CODE", categoryOptionComboIdScheme: "CODE" })
    expect(result.sent).toBeGreaterThan(20)
    expectPeriodsFiledAsReported(plain, [...new Set(doc.dataValues.map((v) => v.period))])
    expect(result.post).toMatchObject({ path: "/api/dataValueSets", contentType: "application/json" })
  })

  it("never sends a default-combo total beside the breakdowns of the same data element", async () => {
    const result = ok(Dhis2.dataValueSet(await door(plain), mappingFor(plain)))
    const values = result.document.dataValues
    const broken = new Set(values.filter((v) => v.categoryOptionCombo !== undefined).map((v) => v.dataElement))
    expect(broken.has("PCT_CONTACTS")).toBe(true)
    expect(values.filter((v) => broken.has(v.dataElement) && v.categoryOptionCombo === undefined)).toEqual([])
    expect(result.omitted.totals).toBeGreaterThan(0)
    // contacts by sex add up to their total: no warning; a value without breakdowns keeps its total
    expect(result.warnings.filter((w) => w.cell.indicator === "CONTACTS")).toEqual([])
    expect(values.some((v) => v.dataElement === "PCT_INSP_VISITS" && v.categoryOptionCombo === undefined)).toBe(true)
    // a rate's total cannot be added up from its parts: the export says to map a total data element
    expect(result.warnings.some((w) => w.cell.indicator === "REFERRAL_COMPLETION_RATE" && w.reason.en.includes("total"))).toBe(true)
  })

  it("sends the total to a separate data element when the mapping names one", async () => {
    const base = mappingFor(plain)
    const mapping: Dhis2.Mapping = { ...base, dataElements: { ...base.dataElements, CONTACTS: { id: "PCT_CONTACTS", total: "PCT_CONTACTS_TOTAL" } } }
    const values = ok(Dhis2.dataValueSet(await door(plain), mapping)).document.dataValues
    const totals = values.filter((v) => v.dataElement === "PCT_CONTACTS_TOTAL")
    expect(totals.length).toBeGreaterThan(0)
    expect(totals.every((v) => v.categoryOptionCombo === undefined)).toBe(true)
    const national = plain.cells.find((c) => c.indicator === "CONTACTS" && c.period === "2019" && c.adminUnit === undefined && Object.keys(c.disaggregation).length === 0)!
    expect(totals.find((v) => v.orgUnit === "VN" && v.period === "2019")?.value).toBe(String(national.value))
  })

  it("follows a mapping of UIDs, and refuses one that mixes UIDs and codes", async () => {
    const uids = withUids(mappingFor(plain))
    const doc = ok(Dhis2.dataValueSet(await door(plain), uids)).document
    expect(doc).toMatchObject({ idScheme: "UID", dataElementIdScheme: "UID", orgUnitIdScheme: "UID" })
    expect(doc.dataValues.every((v) => Dhis2.isUid(v.dataElement) && Dhis2.isUid(v.orgUnit))).toBe(true)
    const mixed = { ...uids, orgUnits: { ...uids.orgUnits, "*": "VN" } }
    const error = fail(Dhis2.dataValueSet(await door(plain), mixed))
    expect(error).toBeInstanceOf(IoError.Dhis2MappingError)
    expect((error as IoError.Dhis2MappingError).explain("en")).toMatch(/orgUnits.*mixes UIDs .* with codes \(VN\)/)
    expect((error as IoError.Dhis2MappingError).explain("vi")).toContain("trộn UID")
    // a declared scheme wins: codes that happen to look like UIDs stay codes
    const declared = ok(Dhis2.dataValueSet(await door(plain), { ...uids, idSchemes: { orgUnit: "CODE", dataElement: "CODE" } })).document
    expect(declared).toMatchObject({ dataElementIdScheme: "CODE", orgUnitIdScheme: "CODE", categoryOptionComboIdScheme: "UID" })
    expect(declared.idScheme).toBeUndefined()
  })

  it("flags values that break their data element's value type, naming the cell and not the value", async () => {
    const mapping = mappingFor(plain)
    const cells = plain.cells.map((c) =>
      c.indicator === "REFERRAL_COMPLETION_RATE" && c.period === "2019" && c.adminUnit === undefined && c.disaggregation.sex === "female"
        ? { ...c, value: 123.4567 }
        : c.indicator === "CONTACTS" && c.period === "2019Q2" && c.adminUnit === undefined && c.disaggregation.sex === "female"
          ? { ...c, value: 2.5 }
          : c
    )
    const broken = { ...plain, cells }
    const error = fail(Dhis2.dataValueSet(await door(broken), mapping)) as IoError.Dhis2InvalidValues
    expect(error).toBeInstanceOf(IoError.Dhis2InvalidValues)
    expect(error.values.map((v) => [v.indicator, v.period, v.unit, v.breakdown, v.valueType])).toEqual([
      ["CONTACTS", "2019Q2", "*", "sex=female", "INTEGER_ZERO_OR_POSITIVE"],
      ["REFERRAL_COMPLETION_RATE", "2019", "*", "sex=female", "PERCENTAGE"]
    ])
    expect(error.explain("en")).toContain("outside 0 to 100")
    expect(error.explain("vi")).toContain("không phải số nguyên")
    expect(error.explain("en")).not.toContain("123")
    const skipped = ok(Dhis2.dataValueSet(await door(broken), mapping, { invalidValues: "skip" }))
    expect(skipped.omitted.invalid).toBe(2)
    expect(skipped.invalid).toHaveLength(2)
    // without a declared type, a negative count is only a warning
    const { CONTACTS: _c, ...rest } = mapping.dataElements
    const loose = { ...mapping, dataElements: { ...rest, CONTACTS: "PCT_CONTACTS" } }
    const negative = { ...plain, cells: plain.cells.map((c) => (c.indicator === "CONTACTS" && c.adminUnit === undefined && c.period === "2019" && c.disaggregation.sex === "male" ? { ...c, value: -1 } : c)) }
    const warned = ok(Dhis2.dataValueSet(await door(negative), loose))
    expect(warned.warnings.some((w) => w.cell.indicator === "CONTACTS" && w.reason.en.includes("negative"))).toBe(true)
  })

  it("checks values by DHIS2's rules", async () => {
    expect(Dhis2.valueTypeProblem(100, "PERCENTAGE")).toBeUndefined()
    expect(Dhis2.valueTypeProblem(100.5, "PERCENTAGE")).toBeDefined()
    expect(Dhis2.valueTypeProblem(0, "INTEGER_POSITIVE")).toBeDefined()
    expect(Dhis2.valueTypeProblem(0, "INTEGER_ZERO_OR_POSITIVE")).toBeUndefined()
    expect(Dhis2.valueTypeProblem(3_000_000_000, "INTEGER")?.en).toContain("integer range")
    expect(Dhis2.valueTypeProblem(3_000_000_000, "NUMBER")).toBeUndefined()
    expect(Dhis2.valueTypeProblem(1.5, "UNIT_INTERVAL")).toBeDefined()
    expect(Dhis2.valueTypeProblem(1, "BOOLEAN")).toBeDefined()
  })
})

describe("the administrative calendar", () => {
  it("is refused with both calendars and the options explained, in Vietnamese and English", async () => {
    for (const write of [Dhis2.dataValueSet, Dhis2.adx, Dhis2.dataValueSetCsv] as const) {
      const error = fail<unknown, unknown>(write(await door(administrative), mappingFor(administrative))) as IoError.Dhis2CalendarMismatch
      expect(error).toBeInstanceOf(IoError.Dhis2CalendarMismatch)
      expect(error.periods.find((p) => p.period === "2019")).toEqual({
        period: "2019",
        start: "2018-12-15",
        end: "2019-12-14",
        dhis2: "2019",
        dhis2Start: "2019-01-01",
        dhis2End: "2019-12-31"
      })
      expect(error.explain("en")).toMatch(/Decree 09\/2019.*first of a month.*--calendar plain.*"administrative": "sameId"/s)
      expect(error.explain("vi")).toMatch(/Nghị định 09\/2019.*ngày 1 của tháng/s)
    }
  })

  it("is filed under the periods of the same name when the mapping declares it, in JSON and ADX alike", async () => {
    const mapping: Dhis2.Mapping = { ...mappingFor(administrative), periods: { administrative: "sameId" } }
    const json = ok(Dhis2.dataValueSet(await door(administrative), mapping))
    expect([...new Set(json.document.dataValues.map((v) => v.period))].sort()).toEqual(["2019", "2019Q2"])
    expect(json.periods.every((p) => p.declared)).toBe(true)
    const xml = ok(Dhis2.adx(await door(administrative), mapping, { exported: "2020-01-10T08:00:00Z" })).document
    const periods = [...xml.matchAll(/period="([^"]+)"/g)].map((m) => m[1]!)
    expect(new Set(periods)).toEqual(new Set(["2019-01-01/P1Y", "2019-04-01/P3M"]))
    expect(xml).not.toContain("2018-12-15")
  })

  it("can be filed under periods the mapping names one by one", async () => {
    const mapping: Dhis2.Mapping = { ...mappingFor(administrative), periods: { ids: { "2019": "2019", "2019Q2": "2019Q2" } } }
    expect(ok(Dhis2.dataValueSet(await door(administrative), mapping)).sent).toBeGreaterThan(0)
    const bad = fail(Dhis2.dataValueSet(await door(administrative), { ...mapping, periods: { ids: { "2019": "2019-12-15/P1Y" } } }))
    expect(bad).toBeInstanceOf(IoError.Dhis2MappingError)
  })
})

describe("ADX", () => {
  it("conforms to the published ADX schema, and DHIS2 reads every period back as the report's own", async () => {
    const result = ok(Dhis2.adx(await door(plain), mappingFor(plain), { exported: "2020-01-10T08:00:00Z" }))
    expect(checkAdx(result.document)).toEqual([])
    const periods = [...new Set([...result.document.matchAll(/period="([^"]+)"/g)].map((m) => m[1]!))]
    expect(periods.length).toBe(2)
    for (const p of periods) {
      const read = adxPeriod(p)
      expect(read?.exact, p).toBe(true)
      const ours = plain.periods.find((x) => x.start === read!.period.start)
      expect(ours?.end, p).toBe(read!.period.end)
    }
    expect(result.document).toContain(' SEX="F"')
    expect(result.post).toMatchObject({ contentType: "application/adx+xml", params: { dataElementIdScheme: "CODE", categoryIdScheme: "CODE", categoryOptionIdScheme: "CODE" } })
  })

  it("the structural check catches what the schema forbids", async () => {
    expect(checkAdx('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2020-01-10T08:00:00Z"></adx>')).not.toEqual([])
    expect(
      checkAdx('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2020-01-10T08:00:00Z"><group orgUnit="A" period="2019-01-01/P1Y"><dataValue dataElement="X" value="1e3"/></group></adx>')
    ).toEqual(["line 1: dataValue needs value as an xs:decimal"])
    expect(checkAdx('<adx exported="2020-01-10T08:00:00Z"><group orgUnit="A" period="2019"><dataValue dataElement="X" value="1"/></group></adx>').length).toBeGreaterThan(1)
  })

  it("needs a data set, and never writes a period ADX cannot carry", async () => {
    const { dataSet: _dataSet, ...withoutDataSet } = mappingFor(plain)
    expect((fail(Dhis2.adx(await door(plain), withoutDataSet)) as IoError.ExportError).reason.en).toContain("data set")
    const quarterlyNov: Dhis2.Mapping = { ...mappingFor(plain), periods: { ids: { "2019Q2": "2019NovQ3" } } }
    const error = fail(Dhis2.adx(await door(plain), quarterlyNov)) as IoError.ExportError
    expect(error.missing).toContain("period 2019Q2 (ADX)")
  })

  it("takes ids as UIDs too, with the schemes as URL parameters", async () => {
    const result = ok(Dhis2.adx(await door(plain), withUids(mappingFor(plain)), { exported: "2020-01-10T08:00:00Z" }))
    expect(checkAdx(result.document)).toEqual([])
    expect(result.document).toContain(`${uid("SEX")}="${uid("F")}"`)
    expect(result.post.params).toMatchObject({ idScheme: "UID", categoryIdScheme: "UID" })
  })
})

describe("CSV", () => {
  it("has DHIS2's header and one line per value, the same values as the JSON document", async () => {
    const mapping = mappingFor(plain)
    const csv = ok(Dhis2.dataValueSetCsv(await door(plain), mapping)).document.trim().split("\r\n")
    expect(csv[0]).toBe("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted")
    const json = ok(Dhis2.dataValueSet(await door(plain), mapping)).document.dataValues
    expect(csv.length - 1).toBe(json.length)
    expect(csv.slice(1).map((l) => l.split(",").slice(0, 6).join(","))).toEqual(
      json.map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? "", "", v.value].join(","))
    )
  })
})

describe("unmapped cells", () => {
  it("fail the export, listing what is missing — or are skipped when asked", async () => {
    const mapping = mappingFor(plain)
    const partial: Dhis2.Mapping = { ...mapping, orgUnits: { "*": "VN" }, categoryOptionCombos: { "sex=female": "SEX_F" } }
    const error = fail(Dhis2.dataValueSet(await door(plain), partial)) as IoError.ExportError
    expect(error.missing).toContain("breakdown sex=male")
    expect(error.missing!.some((m) => m.startsWith("unit "))).toBe(true)
    const skipped = ok(Dhis2.dataValueSet(await door(plain), partial, { unmapped: "skip" }))
    expect(skipped.omitted.unmapped).toBeGreaterThan(0)
    expect(skipped.document.dataValues.every((v) => v.orgUnit === "VN")).toBe(true)
    // a total whose parts are not all sent does not add up: the export says so
    expect(skipped.warnings.some((w) => w.cell.indicator === "CONTACTS" && w.cell.unit === "*")).toBe(true)
  })
})
