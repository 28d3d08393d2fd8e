import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import { Dhis2, Dhis2Metadata } from "@pctnxh/io"
import type { Report } from "@pctnxh/indicators"
import { Effect, Either, Layer } from "effect"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { report as makeReport } from "./dhis2Fixture.js"

/** The report through the release door to the model officer (who sees every figure): only a released report is exported. */
const door = (r: Report.Report) =>
  Effect.runPromise(
    Disclosure.release(r, Audience.modelOfficer).pipe(
      Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, Audit.layer.pipe(Layer.provide(MemoryStore.layer()))))
    )
  )


const metadata = JSON.parse(readFileSync(new URL("./fixtures/dhis2-metadata.json", import.meta.url), "utf8")) as Record<string, unknown>
const plain = Effect.runSync(Effect.cached(makeReport("plain"))).pipe(Effect.runSync)

const built = Either.getOrThrow(Dhis2Metadata.mappingFromMetadata({ metadata, asOf: "2026-01-01" }))

describe("a mapping from DHIS2 metadata", () => {
  it("matches indicators by code (prefixed codes too), then by Vietnamese name, with value types and the data set's period type", async () => {
    expect(built.mapping.dataSet).toBe("PCTNXH_ANNUAL")
    expect(built.mapping.periodType).toBe("Yearly")
    expect(built.mapping.dataElements).toMatchObject({
      CONTACTS: { id: "PCTNXH_CONTACTS", valueType: "INTEGER_ZERO_OR_POSITIVE", categoryOptionCombos: { "sex=female": "SEX_F", "sex=male": "SEX_M" } },
      PERSONS_REACHED: { id: "PCTNXH_NGUOI", categoryOptionCombos: { "sex=female": "SEX_F", "sex=male": "SEX_M" } },
      INSPECTION_VISITS: { id: "PCTNXH_INSPECTION_VISITS" },
      REFERRAL_COMPLETION_RATE: { id: "PCTNXH_REFERRAL_COMPLETION_RATE", valueType: "PERCENTAGE" }
    })
    expect(built.matched.dataElements.find((m) => m.ours === "PERSONS_REACHED")?.by).toBe("name")
    expect(built.mapping.idSchemes).toMatchObject({ dataElement: "CODE", orgUnit: "CODE", categoryOptionCombo: "CODE", dataSet: "CODE" })
  })

  it("matches units by code or by name without their kind, the country as the total, and lists what it could not match", async () => {
    expect(built.mapping.orgUnits).toEqual({ "*": "VN", "31@2025": "VN_31", "22@2025": "QN" })
    expect(built.matched.orgUnits.find((m) => m.ours === "22@2025")?.by).toBe("name")
    expect(built.unmatched.orgUnits).toEqual(['ouHaTay0001 HT "Hà Tây"'])
    expect(built.unmatched.dataElements).toEqual(['deHotline01 PCTNXH_HOTLINE_CALLS "PCTNXH - Cuộc gọi đường dây nóng"'])
    expect(built.mapping.categories).toEqual({ sex: { category: "SEX", options: { female: "F", male: "M" } } })
  })

  it("gives the report's total the organisation unit of the unit it is within, which reads back as that unit", async () => {
    const units = [
      { id: "31@2025", code: "31", name: "Thành phố Hải Phòng", level: "province" },
      { id: "22@2025", code: "22", name: "Tỉnh Quảng Ninh", level: "province" }
    ]
    const within = Either.getOrThrow(Dhis2Metadata.mappingFromMetadata({ metadata, units, scope: "31@2025" }))
    expect(within.mapping.orgUnits).toEqual({ "*": "VN_31", "31@2025": "VN_31", "22@2025": "QN" })
  })

  it("writes UIDs when asked, or when some matched object has no code", async () => {
    const uids = Either.getOrThrow(Dhis2Metadata.mappingFromMetadata({ metadata, asOf: "2026-01-01", ids: "UID" }))
    expect(uids.mapping.dataElements.CONTACTS).toMatchObject({ id: "deContacts1", categoryOptionCombos: { "sex=female": "cocFemale01" } })
    expect(uids.mapping.orgUnits["*"]).toBe("ouVietNam01")
    const noCodes = { ...metadata, organisationUnits: (metadata.organisationUnits as Array<Record<string, unknown>>).map(({ code: _c, ...o }) => o) }
    const mixed = Either.getOrThrow(Dhis2Metadata.mappingFromMetadata({ metadata: noCodes, asOf: "2026-01-01" }))
    expect(mixed.mapping.idSchemes).toMatchObject({ orgUnit: "UID", dataElement: "CODE" })
    expect(mixed.mapping.orgUnits["31@2025"]).toBe("ouHaiPhong1")
  })

  it("the mapping built exports the report DHIS2 accepts, and checks clean against the metadata", async () => {
    const result = Either.getOrThrow(Dhis2.dataValueSet(await door(plain), built.mapping, { unmapped: "skip" }))
    const values = result.document.dataValues
    expect(values.length).toBeGreaterThan(0)
    expect(values.every((v) => ["VN", "VN_31", "QN"].includes(v.orgUnit))).toBe(true)
    expect(values.filter((v) => v.dataElement === "PCTNXH_CONTACTS").every((v) => v.categoryOptionCombo !== undefined)).toBe(true)
    expect(values.every((v) => v.period === "2019")).toBe(true)
    const checked = Either.getOrThrow(Dhis2Metadata.check(built.mapping, { metadata }))
    expect(checked.findings.filter((f) => f.level === "error")).toEqual([])
  })

  it("a check finds ids missing from the instance and combos of another category combo, and what a report would leave out", async () => {
    const wrong: Dhis2.Mapping = {
      ...built.mapping,
      orgUnits: { ...built.mapping.orgUnits, "01@2025": "VN_01" },
      dataElements: { ...built.mapping.dataElements, INSPECTION_VISITS: { id: "PCTNXH_INSPECTION_VISITS", categoryOptionCombos: { "sex=female": "SEX_F" } } }
    }
    const checked = Either.getOrThrow(Dhis2Metadata.check(wrong, { metadata, report: plain }))
    const errors = checked.findings.filter((f) => f.level === "error").map((f) => `${f.field}: ${f.reason.en}`)
    expect(errors).toContain('orgUnits.01@2025: no organisation unit "VN_01"')
    expect(errors.some((e) => e.startsWith("dataElements.INSPECTION_VISITS.categoryOptionCombos.sex=female") && e.includes("would refuse"))).toBe(true)
    expect(errors.some((e) => e.includes("no code for period 2019Q2 (Quarterly, Yearly)"))).toBe(true)
    expect(errors.some((e) => e.includes("no code for indicator VIOLATION_RATE"))).toBe(true)
  })

  it("refuses what is not a metadata export, and a choice among several data sets it cannot make", async () => {
    expect(Either.isLeft(Dhis2Metadata.mappingFromMetadata({ metadata: { dataElements: "no" } }))).toBe(true)
    const two = { ...metadata, dataSets: [...(metadata.dataSets as Array<object>), { id: "Other000001", name: "Other" }] }
    const error = Dhis2Metadata.mappingFromMetadata({ metadata: two, asOf: "2026-01-01" })
    expect(Either.isLeft(error) && error.left.explain("en")).toContain("several data sets")
    expect(Either.isRight(Dhis2Metadata.mappingFromMetadata({ metadata: two, asOf: "2026-01-01", dataSet: "PCTNXH_ANNUAL" }))).toBe(true)
  })
})
