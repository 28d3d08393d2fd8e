import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { AggregateQuery } from "@pctnxh/core"
import { Catalogue, Formula, Indicator, Unit } from "@pctnxh/indicators"
import { describe, expect, it } from "vitest"
import { Either } from "effect"
import { countUnit, distinctUnit, sumUnit } from "../src/Unit.js"

const has = (code: string, disaggregations: ReadonlyArray<string> = []) => {
  const indicator = Catalogue.standard.get(code)
  expect(indicator, code).toBeDefined()
  for (const d of disaggregations) expect(indicator?.disaggregations, `${code} by ${d}`).toContain(d)
  return indicator!
}

describe("the standard catalogue", () => {
  it("covers what programmes report", () => {
    // contacts and persons reached by population and service; package reach; new persons
    has("CONTACTS", ["population", "service", "residence", "sex", "ageBand"])
    has("PERSONS_REACHED", ["population", "service"])
    has("PACKAGE_REACH")
    has("NEW_PERSONS")
    // counselling, HIV-testing counselling, referrals to testing, referral completion
    for (const code of ["COUNSELLING_CONTACTS", "HIV_TESTING_COUNSELLING_CONTACTS", "HIV_TESTING_REFERRALS", "HIV_TESTING_REFERRAL_PERSONS", "REFERRAL_COMPLETION_RATE"]) has(code)
    // check-ups; vocational training, jobs; legal aid, ID papers, loans; GBV support
    for (const code of ["STI_RH_CHECKS", "VOCATIONAL_TRAINING_PERSONS", "JOB_REFERRAL_PERSONS", "JOB_PLACEMENT_PERSONS", "LEGAL_AID_PERSONS", "ID_PAPERS_PERSONS", "LOANS", "LOAN_AMOUNT", "GBV_SUPPORT_PERSONS"]) has(code)
    expect(has("LOAN_AMOUNT").unit).toBe("vnd")
    // coverage against a size estimate; share without permanent residence
    has("COVERAGE_SEX_WORKERS")
    has("NO_PERMANENT_RESIDENCE_SHARE")
    // groups, sessions, participants; trainings by audience; communication; workshops and dialogues
    for (const code of ["GROUPS_ACTIVE", "GROUPS_ESTABLISHED", "GROUP_SESSIONS", "GROUP_PARTICIPANT_CONTACTS", "PARTICIPANTS_PER_SESSION", "COMMUNICATION_SESSIONS", "COMMUNICATION_AUDIENCE", "MATERIALS", "WORKSHOPS", "DIALOGUES"]) has(code)
    has("TRAINING_SESSIONS", ["audience"])
    has("TRAINEES", ["audience"])
    // inspections
    for (const code of ["INSPECTION_ROUNDS", "INSPECTION_VISITS", "ESTABLISHMENTS_INSPECTED", "INSPECTION_VIOLATIONS", "VIOLATION_RATE", "INSPECTION_REMINDERS", "FINES", "AVERAGE_FINE"]) has(code)
    expect(has("INSPECTION_COVERAGE").benchmark).toMatchObject({ atLeast: 20, periodKind: "year" })
    // police
    for (const code of ["POLICE_CASES", "POLICE_ARRESTS", "POLICE_SPECIAL_PROJECTS", "POLICE_PROSECUTED_CASES", "POLICE_DEFENDANTS", "POLICE_SANCTIONS", "ARRESTS_PER_CASE", "PROSECUTION_RATE"]) has(code)
    // money
    has("BUDGET", ["fundingSource"])
    for (const code of ["SPENDING", "EXECUTION_RATE", "COST_PER_PERSON_REACHED", "COST_PER_PERSON_TRAINED", "COST_PER_PERSON_TRAINED_VS_NORM"]) has(code)
    // plans and teams
    for (const code of ["DISTRICTS_WITH_PLAN_SHARE", "DISTRICTS_WITH_TEAM_SHARE", "COMMUNES_WITH_PLAN_SHARE", "COMMUNES_WITH_TEAM_SHARE"]) has(code)
    // surveys reported as aggregates
    for (const code of ["SURVEY_CONDOM_LAST_CLIENT_SHARE", "SURVEY_TESTED_12M_SHARE", "SURVEY_VIOLENCE_SHARE"]) has(code)
  })

  it("names and defines every indicator in both languages, and never describes a formula with a gap", () => {
    const names: Formula.Names = { indicator: (code) => Catalogue.standard.get(code)?.name }
    for (const i of Catalogue.standard.indicators) {
      for (const text of [i.name.vi, i.name.en, i.definition.vi, i.definition.en]) expect(text.trim().length, i.code).toBeGreaterThan(3)
      for (const lang of ["vi", "en"] as const) {
        const words = Formula.describe(i.formula, lang, names)
        expect(words, i.code).not.toMatch(/undefined|\[object/)
      }
      expect(Unit.Unit.is(i.unit)).toBe(true)
      expect(Indicator.Theme.is(i.theme)).toBe(true)
    }
    expect(Catalogue.standard.indicators).toHaveLength(104)
    expect(new Set(Catalogue.standard.indicators.map((i) => i.code)).size).toBe(Object.keys(Catalogue.indicators).length)
  })

  it("reads back from JSON into the same catalogue", () => {
    const json = JSON.parse(JSON.stringify(Catalogue.standard.indicators.map(Indicator.encode))) as ReadonlyArray<unknown>
    const back = Either.getOrThrow(Catalogue.make(json.map((j) => Either.getOrThrow(Indicator.decode(j)))))
    expect(Catalogue.markdown(back)).toBe(Catalogue.markdown(Catalogue.standard))
  })

  it("docs/indicators.md is what the catalogue renders (tsx packages/indicators/scripts/indicators-doc.ts)", () => {
    const file = fileURLToPath(new URL("../../../docs/indicators.md", import.meta.url))
    expect(readFileSync(file, "utf8")).toBe(Catalogue.markdown(Catalogue.standard))
  })

  it("gives a unit to every count, sum and distinct count of every event source of the registry", () => {
    for (const source of AggregateQuery.Source.members.filter((s) => s !== "aggregateValue")) {
      const spec = AggregateQuery.sources[source]
      expect(Object.keys(sumUnit[source as keyof typeof sumUnit]).sort(), source).toEqual([...spec.sums].sort())
      expect(countUnit[source as keyof typeof countUnit], source).toBeDefined()
      for (const field of spec.distinct) expect(distinctUnit[field], `${source}.${field}`).toBeDefined()
    }
  })
})
