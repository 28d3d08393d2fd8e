import { AggregateQuery, Entity } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { Audience, Projection } from "@pctnxh/privacy"
import { decodeOrThrow, oneOfEachKind as full } from "./fixtures.js"

describe("classification", () => {
  it("reads every field's class from core and fails closed", () => {
    expect(Projection.classOf("serviceEvent", "service")).toBe("sensitive")
    expect(Projection.classOf("serviceEvent", "channel")).toBe("plain")
    expect(Projection.classOf("serviceEvent", "phone")).toBe("sensitive") // a field the schema does not know
    for (const kind of Entity.kinds) expect(Object.keys(Projection.classes(kind)).sort()).toEqual(Object.keys(Entity.schemas[kind].fields).sort())
  })

  it("projects a record to an allow-list and drops everything else", () => {
    const ev = decodeOrThrow("serviceEvent", full.serviceEvent)
    expect(Projection.pick(ev, "serviceEvent", ["id", "date", "referral"])).toEqual({
      id: "ev-1",
      date: "2025-06-15",
      referral: { providerKind: "clinic", providerId: "org-3", outcome: "completed", completedOn: "2025-06-20" }
    })
    expect(Projection.pick({ id: "ev-1", phone: "0900000000" }, "serviceEvent", ["id"])).toEqual({ id: "ev-1" })
  })
})

describe("audiences", () => {
  it("each audience sees exactly its allow-list: every field of every kind, for every audience", () => {
    let checked = 0
    for (const audience of Audience.defaults) {
      for (const kind of Entity.kinds) {
        const record = decodeOrThrow(kind, full[kind])
        const fields = Object.keys(Entity.schemas[kind].fields)
        // the fixture fills every field, so absence below means the projection dropped it
        expect(Object.keys(Entity.encode(kind)(record as never) as object).sort(), kind).toEqual([...fields].sort())
        const seen = Audience.project(record, kind, audience) as Record<string, unknown>
        const allowed = Audience.fieldsOf(audience, kind)
        for (const field of fields) {
          expect(field in seen, `${audience.id} ${kind}.${field}`).toBe(allowed.includes(field))
          checked++
        }
        // an extra, unclassified field is dropped for every audience that does not list it
        const withExtra = { ...(Entity.encode(kind)(record as never) as object), phone: "0900000000" }
        expect("phone" in Audience.project(withExtra, kind, audience)).toBe(false)
      }
    }
    expect(checked).toBe(Audience.defaults.length * Entity.kinds.reduce((n, k) => n + Object.keys(Entity.schemas[k].fields).length, 0))
  })

  it("keeps person-level data to the people who work with it", () => {
    const personLevel = Projection.personLevelKinds
    for (const audience of [Audience.local, Audience.province, Audience.national, Audience.donor, Audience.publicAudience]) {
      for (const kind of Entity.kinds) {
        for (const field of Audience.fieldsOf(audience, kind)) {
          expect(Projection.classOf(kind, field), `${audience.id} ${kind}.${field}`).toBe("plain")
          expect(Projection.personFields[kind]?.includes(field) ?? false).toBe(false)
        }
      }
      expect(Audience.fieldsOf(audience, "person")).toEqual([])
      expect(Audience.fieldsOf(audience, "serviceEvent")).toEqual([])
      expect(audience.personLevelExport).toBe(false)
    }
    expect(Audience.sees(Audience.peerEducator, "person", "id")).toBe(true) // their persons' pseudonyms
    expect(Audience.fieldsOf(Audience.peerEducator, "vaultEntry")).toEqual([])
    expect(Audience.fieldsOf(Audience.modelOfficer, "auditEntry")).toEqual([])
    expect(personLevel).toContain("serviceEvent")
    expect(Audience.donor.disclosure.minCellSize).toBe(5)
    expect(Audience.publicAudience.disclosure.minCellSize).toBe(5)
  })

  it("decides the dimensions of tables: the public gets no commune-level breakdown", () => {
    const byCommune = AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      groupBy: [AggregateQuery.byUnit("commune", "2026-01-01"), AggregateQuery.by("sex")]
    })
    const byProvince = AggregateQuery.make({
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      groupBy: [AggregateQuery.byUnit("province", "2026-01-01"), AggregateQuery.byPeriod("year", "administrative")]
    })
    expect(Either.isRight(Audience.checkQuery(Audience.province, byCommune))).toBe(true)
    const refused = Audience.checkQuery(Audience.publicAudience, byCommune)
    expect(Either.isLeft(refused) && refused.left.explain("en")).toBe('Audience "public" may not aggregate: may not break tables down by "unit:commune"')
    expect(Either.isRight(Audience.checkQuery(Audience.publicAudience, byProvince))).toBe(true)
    const byPopulation = AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.where("population", ["sex_worker"])] })
    expect(Either.isLeft(Audience.checkQuery(Audience.publicAudience, byPopulation))).toBe(true)
  })

  it("is data an agency can adjust: decode its own audience from JSON", () => {
    const json = JSON.parse(
      JSON.stringify({ ...Audience.encode(Audience.donor), id: "donor_strict", disclosure: { minCellSize: 10, secondarySuppression: true, noise: true } })
    )
    const mine = Either.getOrThrow(Audience.decode(json))
    expect(mine.disclosure.minCellSize).toBe(10)
    expect(Audience.fieldsOf(mine, "budget")).toEqual(Audience.fieldsOf(Audience.donor, "budget"))
    const bad = Audience.decode({ ...json, fields: { persons: ["id"] }, disclosure: { minCellSize: 0, secondarySuppression: true, noise: true } })
    expect(Either.isLeft(bad) && bad.left.issues.map((i) => i.field).sort()).toEqual(["disclosure.minCellSize", "fields"])
  })
})
