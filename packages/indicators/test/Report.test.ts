import { AggregateQuery, Store } from "@pctnxh/core"
import { Catalogue, Cell, Report, ReportSpec, Rollup } from "@pctnxh/indicators"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import * as F from "./fixtures.js"

const DO_SON_WARD = "11455@pre2025"
const HAI_DUONG_COMMUNE = "10507@pre2025"
const QUANG_NINH = "22@pre2025"
const HA_LONG_WARD = "06649@pre2025"

const value = (report: Report.Report, indicator: string, period: string, where: { adminUnit?: string | null; disaggregation?: Record<string, string | null> } = {}) => {
  const cell = Report.cell(report, { indicator, period, ...where })
  if (cell === undefined) throw new Error(`no cell ${indicator} ${period} ${JSON.stringify(where)}`)
  return cell
}
const rule = (report: Report.Report, id: string) => report.validation.find((r) => r.rule === id)!

/** Three women who return across the quarters of 2019, and one anonymous contact. */
const returning = () => [
  F.event("rc-01", DO_SON_WARD, "2019-01-10", { person: "p-returning-1" }),
  F.event("rc-02", DO_SON_WARD, "2019-02-11", { person: "p-returning-2" }),
  F.event("rc-03", DO_SON_WARD, "2019-03-12", { person: "p-returning-3" }),
  F.event("rc-04", DO_SON_WARD, "2019-03-20", { person: "p-returning-1" }),
  F.event("rc-05", DO_SON_WARD, "2019-04-02", { person: "p-returning-1" }),
  F.event("rc-06", DO_SON_WARD, "2019-05-06", { person: "p-returning-2" }),
  F.event("rc-07", DO_SON_WARD, "2019-05-07"),
  F.event("rc-08", DO_SON_WARD, "2019-08-19", { person: "p-returning-1" }),
  F.event("rc-09", DO_SON_WARD, "2019-11-30", { person: "p-returning-2" }),
  F.event("rc-10", DO_SON_WARD, "2019-12-01", { person: "p-returning-2" })
]

describe.each(F.stores)("reports on the %s store", (_name, layer) => {
  it.effect("Đồ Sơn 2019–2020: a woman met in 2019 and again in 2020 is one new person over the two years, not two", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: [
          F.event("ny-01", DO_SON_WARD, "2019-03-05", { person: "p-next-year-1" }),
          F.event("ny-02", DO_SON_WARD, "2020-03-05", { person: "p-next-year-1" }),
          F.event("ny-03", DO_SON_WARD, "2020-06-10", { person: "p-next-year-2" })
        ]
      })
      for (const calendar of ["plain", "administrative"] as const) {
        const report = yield* Report.run({
          indicators: ["PERSONS_REACHED", "NEW_PERSONS"],
          periods: ["2019", "2020", "2019/2020", "2019Q2/2020Q2"],
          calendar
        })
        // each year has its own new persons…
        expect(value(report, "NEW_PERSONS", "2019").value).toBe(1)
        expect(value(report, "NEW_PERSONS", "2020").value).toBe(2)
        // …but over the two years the returning woman is new once: never more than the persons reached
        expect(value(report, "PERSONS_REACHED", "2019/2020").value).toBe(2)
        expect(value(report, "NEW_PERSONS", "2019/2020").value).toBe(2)
        // from April 2019 to June 2020 she is not new: her first contact was in March 2019
        expect(value(report, "PERSONS_REACHED", "2019Q2/2020Q2").value).toBe(2)
        expect(value(report, "NEW_PERSONS", "2019Q2/2020Q2").value).toBe(1)
        expect(rule(report, "personsWithinContacts").failures).toEqual([])
        expect(rule(report, "partsAgreeWithTotal").failures).toEqual([])
      }
      // adding the years' new persons is refused; the quarters of one year still add up
      const years = yield* Report.run({ indicators: ["NEW_PERSONS"], periods: ["2019", "2020"], calendar: "plain" })
      const refused = Rollup.sumPeriods(years, "2019/2020")
      expect(Either.isLeft(refused) && refused.left._tag).toBe("NotAdditive")
      const quarters = yield* Report.run({ indicators: ["NEW_PERSONS"], periods: ["2020Q1", "2020Q2"], calendar: "plain" })
      expect(Report.cell(Either.getOrThrow(Rollup.sumPeriods(quarters, "2020S1")), { indicator: "NEW_PERSONS", period: "2020S1" })?.value).toBe(2)
    }).pipe(Effect.provide(layer))
  )

  it.effect("a year's persons are not the sum of its quarters': 3 women reached in 2019, 3 + 2 + 1 + 1 = 7 if quarters were added", () =>
    Effect.gen(function* () {
      yield* Store.load({ serviceEvent: returning() })
      const quarters = yield* Report.run({
        indicators: ["CONTACTS", "PERSONS_REACHED", "NEW_PERSONS"],
        periods: ["2019Q1", "2019Q2", "2019Q3", "2019Q4", "2019"],
        calendar: "plain"
      })
      const persons = ["2019Q1", "2019Q2", "2019Q3", "2019Q4"].map((q) => value(quarters, "PERSONS_REACHED", q).value!)
      expect(persons).toEqual([3, 2, 1, 1])
      expect(persons.reduce((a, b) => a + b)).toBe(7)
      expect(value(quarters, "PERSONS_REACHED", "2019").value).toBe(3)
      // new persons do add up: all three were new in Q1
      expect(["2019Q1", "2019Q2", "2019Q3", "2019Q4"].map((q) => value(quarters, "NEW_PERSONS", q).value)).toEqual([3, 0, 0, 0])
      expect(value(quarters, "NEW_PERSONS", "2019").value).toBe(3)
      // the anonymous contact is a contact, not a person
      expect(value(quarters, "CONTACTS", "2019").value).toBe(10)
      // distinct persons of a quarter never exceed the year's; contacts of the quarters add up to the year's
      expect(rule(quarters, "partsAgreeWithTotal").failures).toEqual([])
      expect(rule(quarters, "personsWithinContacts").failures).toEqual([])

      // summing the quarters into the year is refused, with the reason
      const onlyQuarters = yield* Report.run({ indicators: ["CONTACTS", "PERSONS_REACHED"], periods: ["2019Q1", "2019Q2", "2019Q3", "2019Q4"], calendar: "plain" })
      const refused = Rollup.sumPeriods(onlyQuarters, "2019")
      expect(Either.isLeft(refused)).toBe(true)
      const error = Either.getLeft(refused).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
      expect(error._tag).toBe("NotAdditive")
      expect(error.message).toBe(
        "Indicator PERSONS_REACHED: persons are not additive across sub-periods: a person reached in several of them would be counted once for each (ratios and stocks do not add up either). Run the report for 2019 instead (Rollup.toPeriod), which counts over the whole period (at Rollup.sumPeriods)"
      )
      expect(error.explain("vi")).toContain("không cộng dồn được qua các kỳ con")
      // the store counts the year instead
      const year = yield* Rollup.toPeriod(onlyQuarters, ["2019"])
      expect(value(year, "PERSONS_REACHED", "2019").value).toBe(3)
      // additive indicators can be summed
      const contacts = yield* Report.run({ indicators: ["CONTACTS", "NEW_PERSONS"], periods: ["2019Q1", "2019Q2", "2019Q3", "2019Q4"], calendar: "plain" })
      const summed = Either.getOrThrow(Rollup.sumPeriods(contacts, "2019"))
      expect(value(summed, "CONTACTS", "2019").value).toBe(10)
      expect(value(summed, "NEW_PERSONS", "2019").value).toBe(3)
      expect(value(summed, "CONTACTS", "2019").explanation.en).toBe("sum of the sub-periods 2019Q1: 4 + 2019Q2: 3 + 2019Q3: 1 + 2019Q4: 2 = 10")
    }).pipe(Effect.provide(layer))
  )

  it.effect("both calendars: a 14 December and a 15 December 2019 contact fall in different reporting years under Decree 09/2019; a year without a record is no data, not 0", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: [F.event("dec-14", DO_SON_WARD, "2019-12-14", { person: "p-edge-1" }), F.event("dec-15", DO_SON_WARD, "2019-12-15", { person: "p-edge-2" })]
      })
      const spec = { indicators: ["CONTACTS", "PERSONS_REACHED"], periods: ["2019", "2020"] } as const
      const administrative = yield* Report.run({ ...spec, indicators: [...spec.indicators], periods: [...spec.periods], calendar: "administrative" })
      const plain = yield* Report.run({ ...spec, indicators: [...spec.indicators], periods: [...spec.periods], calendar: "plain" })
      expect([value(administrative, "CONTACTS", "2019").value, value(administrative, "CONTACTS", "2020").value]).toEqual([1, 1])
      // under the plain calendar nothing was recorded in 2020: no data, not 0 contacts
      expect([value(plain, "CONTACTS", "2019").value, value(plain, "CONTACTS", "2020").value]).toEqual([2, null])
      expect(value(plain, "PERSONS_REACHED", "2020").value).toBeNull()
      expect(administrative.periods.map((p) => [p.id, p.start, p.end])).toEqual([
        ["2019", "2018-12-15", "2019-12-14"],
        ["2020", "2019-12-15", "2020-12-14"]
      ])
      expect(administrative.periods[1]?.name.vi).toBe("Năm 2020 (từ 15/12/2019 đến 14/12/2020)")
    }).pipe(Effect.provide(layer))
  )

  it.effect("crosswalk: 2019's quận Đồ Sơn and tỉnh Hải Dương roll up into today's Hải Phòng, a person counted once", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: [
          F.event("cw-1", DO_SON_WARD, "2019-03-01", { person: "p-migrant-1" }),
          F.event("cw-2", HAI_DUONG_COMMUNE, "2019-06-01", { person: "p-migrant-1" }),
          F.event("cw-3", HAI_DUONG_COMMUNE, "2019-07-01", { person: "p-migrant-2" })
        ]
      })
      const then = yield* Report.run({
        indicators: ["CONTACTS", "PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2019-12-31" }
      })
      expect(then.adminUnits.map((u) => u.id)).toEqual(["30@pre2025", "31@pre2025"])
      expect(value(then, "PERSONS_REACHED", "2019", { adminUnit: "31@pre2025" }).value).toBe(1)
      expect(value(then, "PERSONS_REACHED", "2019", { adminUnit: "30@pre2025" }).value).toBe(2)
      expect(value(then, "PERSONS_REACHED", "2019").value).toBe(2)
      const today = yield* Rollup.toUnits(then, { level: "province", asOf: "2026-01-01" })
      expect(today.adminUnits).toEqual([{ id: "31@2025", name: { vi: "Thành phố Hải Phòng", en: "Thành phố Hải Phòng" } }])
      expect(value(today, "PERSONS_REACHED", "2019", { adminUnit: "31@2025" }).value).toBe(2)
      expect(value(today, "CONTACTS", "2019", { adminUnit: "31@2025" }).value).toBe(3)
      // districts of 2019 within today's Hải Phòng
      const districts = yield* Report.run({
        indicators: ["PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "district", asOf: "2019-12-31", within: "31@pre2025" }
      })
      expect(districts.adminUnits.map((u) => [u.id, u.name.vi])).toEqual([["308@pre2025", "Quận Đồ Sơn"]])
      expect(districts.scope).toEqual({ id: "31@pre2025", name: { vi: "Thành phố Hải Phòng", en: "Thành phố Hải Phòng" } })
      // each unit says where its records lie on today's map, ward by ward: Đồ Sơn's six wards
      // of 2019 became two wards of today's Hải Phòng
      const wards = yield* Report.run({
        indicators: ["PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "commune", asOf: "2019-12-31", within: "308@pre2025" }
      })
      const regions = wards.units.regions!
      // the latest map's province, the province on the unit's own map, the latest map's ward
      expect(regions[DO_SON_WARD]).toEqual(["31@2025/31@pre2025/11455@2025"])
      expect(regions["11458@pre2025"]).toEqual(["31@2025/31@pre2025/11455@2025"])
      expect(regions["11737@pre2025"]).toEqual(["31@2025/31@pre2025/11737@2025"])
      expect(regions["308@pre2025"]).toEqual(["31@2025/31@pre2025/11455@2025", "31@2025/31@pre2025/11737@2025"])
      // the old Hải Phòng and Hải Dương are two parts of today's Hải Phòng
      expect(regions["31@pre2025"]).toEqual(["31@2025/31@pre2025/*"])
      expect(regions["30@pre2025"]).toEqual(["31@2025/30@pre2025/*"])
      // on today's map a province is itself
      const now = yield* Report.run({
        indicators: ["PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2026-01-01" }
      })
      expect(now.units.regions!["31@2025"]).toEqual(["31@2025/*/*"])
      // and one of its wards, by the provinces its wards came from
      const todayWards = yield* Report.run({
        indicators: ["PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "commune", asOf: "2026-01-01", within: "31@2025" }
      })
      expect(todayWards.units.regions!["11455@2025"]).toEqual(["31@2025/31@2025/11455@2025", "31@2025/31@pre2025/11455@2025"])
    }).pipe(Effect.provide(layer))
  )

  it.effect("events and reported values feed one indicator; the precedence rule decides and the cell records it", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: F.times(10, (i) => F.event(`qn-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn", i % 4) })),
        aggregateValue: [
          F.reported("qn-contacts", "CONTACTS", "2019", QUANG_NINH, 12),
          F.reported("hd-contacts", "CONTACTS", "2019", "30@pre2025", 40),
          ...[5, 6, 7, 8].map((v, q) => F.reported(`hd-persons-q${q + 1}`, "PERSONS_REACHED", `2019Q${q + 1}`, "30@pre2025", v)),
          F.reported("hd-persons-2019", "PERSONS_REACHED", "2019", "30@pre2025", 15),
          ...[10, 20, 30, 40].map((v, q) => F.reported(`hd-visits-q${q + 1}`, "INSPECTION_VISITS", `2019Q${q + 1}`, "30@pre2025", v))
        ]
      })
      const spec = (precedence: ReportSpec.Precedence) =>
        Report.run({
          indicators: ["CONTACTS", "PERSONS_REACHED", "INSPECTION_VISITS"],
          periods: ["2019", "2019Q1"],
          calendar: "plain",
          adminUnits: { level: "province", asOf: "2019-12-31" },
          precedence
        })
      const events = yield* spec("preferEvents")
      const qn = (r: Report.Report) => value(r, "CONTACTS", "2019", { adminUnit: QUANG_NINH })
      expect([qn(events).value, qn(events).source]).toEqual([10, "events"])
      const reports = yield* spec("preferAggregates")
      expect([qn(reports).value, qn(reports).source]).toEqual([12, "aggregate"])
      // Quảng Ninh's log (10) and its report (12) disagree: whichever is kept, the report warns
      const warned = (r: Report.Report) => rule(r, "eventsMatchReported")
      expect(warned(events).severity).toBe("warning")
      expect(warned(events).failures.map((f) => [f.indicators, f.adminUnit, f.period])).toEqual([[["CONTACTS"], QUANG_NINH, "2019"]])
      expect(warned(events).failures[0]?.explanation.en).toContain("the reported value (12) differs from the recorded events and was not used")
      expect(warned(events).failures[0]?.explanation.vi).toContain("số liệu báo cáo (12) khác số liệu ghi nhận")
      expect(qn(events).flags).toContain("reportedDiffers")
      expect(warned(reports).failures[0]?.explanation.en).toContain("the recorded events (10) differ from the reported value and were not used")
      const both = yield* spec("sum")
      expect([qn(both).value, qn(both).source]).toEqual([22, "both"])
      expect(warned(both).failures).toEqual([])
      // Hải Dương only reported: its numbers are used whatever the rule
      expect(value(events, "CONTACTS", "2019", { adminUnit: "30@pre2025" })).toMatchObject({ value: 40, source: "aggregate" })
      // distinct persons reported for each quarter and for the year: the year's value, never the quarters' sum
      expect(value(events, "PERSONS_REACHED", "2019", { adminUnit: "30@pre2025" }).value).toBe(15)
      expect(value(events, "PERSONS_REACHED", "2019Q1", { adminUnit: "30@pre2025" }).value).toBe(5)
      // additive values reported for quarters add up to the year
      expect(value(events, "INSPECTION_VISITS", "2019", { adminUnit: "30@pre2025" }).value).toBe(100)
      // a rule for one indicator
      const mixed = yield* Report.run({
        indicators: ["CONTACTS", "PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2019-12-31" },
        precedenceFor: { CONTACTS: "preferAggregates" }
      })
      expect(qn(mixed).value).toBe(12)
      expect(value(mixed, "PERSONS_REACHED", "2019", { adminUnit: QUANG_NINH })).toMatchObject({ value: 4, source: "events" })
      expect(mixed.spec.precedence).toBe("preferEvents")
    }).pipe(Effect.provide(layer))
  )

  it.effect("breakdowns come with their totals; reported parts that do not add up fail validation in both languages", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: [
          ...F.times(6, (i) => F.event(`sx-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("sx", i % 3), sex: "female", service: i % 2 === 0 ? "counselling" : "legal_aid" })),
          ...F.times(2, (i) => F.event(`sm-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("sm", i), sex: "male", service: "counselling" }))
        ],
        aggregateValue: [
          F.reported("hd-all", "CONTACTS", "2019", "30@pre2025", 12),
          F.reported("hd-f", "CONTACTS", "2019", "30@pre2025", 7, { disaggregation: { sex: "female" } }),
          F.reported("hd-m", "CONTACTS", "2019", "30@pre2025", 3, { disaggregation: { sex: "male" } }),
          F.reported("hd-fa", "CONTACTS", "2019", "30@pre2025", 2, { disaggregation: { sex: "female", ageBand: "20-24" } })
        ]
      })
      const report = yield* Report.run({
        indicators: ["CONTACTS", "PERSONS_REACHED"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2019-12-31" },
        disaggregations: [["sex"], ["sex", "service"]]
      })
      const qn = { adminUnit: QUANG_NINH }
      expect(value(report, "CONTACTS", "2019", { ...qn, disaggregation: { sex: "female" } }).value).toBe(6)
      expect(value(report, "CONTACTS", "2019", { ...qn, disaggregation: { sex: "male" } }).value).toBe(2)
      expect(value(report, "CONTACTS", "2019", qn).value).toBe(8)
      expect(value(report, "CONTACTS", "2019", { ...qn, disaggregation: { sex: "female", service: "legal_aid" } }).value).toBe(3)
      expect(value(report, "PERSONS_REACHED", "2019", { ...qn, disaggregation: { sex: "female", service: "legal_aid" } }).value).toBe(3)
      expect(value(report, "PERSONS_REACHED", "2019", { ...qn, disaggregation: { sex: "female" } }).value).toBe(3)
      expect(value(report, "PERSONS_REACHED", "2019", qn).value).toBe(5)
      // the female × age value is not a part of the sex breakdown
      expect(value(report, "CONTACTS", "2019", { adminUnit: "30@pre2025", disaggregation: { sex: "female" } }).value).toBe(7)
      expect(report.labels["sex"]?.["female"]).toEqual({ vi: "Nữ", en: "Female" })
      // Hải Dương's parts miss 2 contacts, and so do the national parts that include them
      const failures = rule(report, "partsAgreeWithTotal").failures
      expect(failures.map((f) => [f.adminUnit ?? "total", f.disaggregation])).toEqual([
        ["30@pre2025", {}],
        ["total", {}],
        ["total", {}]
      ])
      expect(failures[0]).toMatchObject({ indicators: ["CONTACTS"], period: "2019" })
      expect(failures[0]?.explanation).toEqual({
        vi: "Lượt được tiếp cận, hỗ trợ: tổng các nhóm phân tổ là 10 lượt, khác tổng chung 12 lượt",
        en: "Service contacts: the parts of the breakdown add up to 10 contacts, not the total of 12 contacts"
      })
    }).pipe(Effect.provide(layer))
  )

  it.effect("validation explains each inconsistency of reported numbers in Vietnamese and English", () =>
    Effect.gen(function* () {
      yield* Store.load({
        aggregateValue: [
          F.reported("v-visits", "INSPECTION_VISITS", "2019", QUANG_NINH, 100),
          F.reported("v-violations", "INSPECTION_VIOLATIONS", "2019", QUANG_NINH, 60),
          F.reported("v-reminders", "INSPECTION_REMINDERS", "2019", QUANG_NINH, 50),
          F.reported("v-persons", "PERSONS_REACHED", "2019", QUANG_NINH, 50),
          F.reported("v-contacts", "CONTACTS", "2019", QUANG_NINH, 40),
          F.reported("v-referrals", "REFERRALS", "2019", QUANG_NINH, 10),
          F.reported("v-completed", "REFERRALS_COMPLETED", "2019", QUANG_NINH, 12),
          F.reported("v-sw", "SEX_WORKERS_REACHED", "2019", QUANG_NINH, 50),
          F.reported("v-budget", "BUDGET", "2019/2020", QUANG_NINH, 900_000_000)
        ],
        budget: [F.budget("b-2019", QUANG_NINH, 2019, 300_000_000), F.budget("b-2020", QUANG_NINH, 2020, 700_000_000)],
        populationEstimate: [F.estimate("e-2015", "sex_worker", QUANG_NINH, 2015, 40)]
      })
      const report = yield* Report.run({
        indicators: ["INSPECTION_VISITS", "INSPECTION_VIOLATIONS", "INSPECTION_REMINDERS", "PERSONS_REACHED", "CONTACTS", "REFERRAL_COMPLETION_RATE", "COVERAGE_SEX_WORKERS"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { asOf: "2019-12-31", within: QUANG_NINH }
      })
      expect(rule(report, "violationsAndRemindersWithinVisits").failures[0]?.explanation).toEqual({
        vi: "lượt cơ sở vi phạm bị xử phạt (60) + lượt cơ sở bị nhắc nhở (50) = 110 lớn hơn lượt cơ sở được kiểm tra (100)",
        en: "visits ending with a violation (60) + visits ending with a reminder (50) = 110 exceeds establishment-visits (100)"
      })
      expect(rule(report, "personsWithinContacts").failures[0]?.explanation.en).toBe("persons reached (50) exceeds service contacts (40)")
      expect(rule(report, "shareWithinWhole").failures[0]?.explanation.en).toBe(
        "Referral completion rate: the part (12) is larger than its total (10), 120%"
      )
      const coverage = value(report, "COVERAGE_SEX_WORKERS", "2019")
      expect(coverage.flags).toEqual(["staleEstimate"])
      expect(rule(report, "coverageAbove100")).toMatchObject({ severity: "warning", checked: 1 })
      expect(rule(report, "coverageAbove100").failures[0]?.explanation.en).toContain("the estimate is probably stale or too low")
      expect(coverage.explanation.en).toContain("estimate of 40 (sex worker, 2015)")

      const budgets = yield* Report.run({
        indicators: ["BUDGET"],
        periods: ["2019", "2020", "2019/2020"],
        calendar: "plain",
        adminUnits: { asOf: "2020-12-31", within: QUANG_NINH },
        precedence: "preferAggregates"
      })
      expect(value(budgets, "BUDGET", "2019/2020")).toMatchObject({ value: 900_000_000, source: "aggregate" })
      expect(rule(budgets, "yearlyBudgetsWithinTotal").failures[0]?.explanation).toEqual({
        vi: "2019: 300.000.000 + 2020: 700.000.000 = 1.000.000.000 lớn hơn tổng kinh phí 2019/2020: 900.000.000 đồng",
        en: "2019: 300,000,000 + 2020: 700,000,000 = 1,000,000,000 exceeds the total budget 2019/2020: 900,000,000 VND"
      })
    }).pipe(Effect.provide(layer))
  )

  it.effect("plan against actual: persons reached against the 2019 target, and pro-rated to 1 July", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: F.times(300, (i) => F.event(`t-${i}`, HA_LONG_WARD, F.dayOf(2019, i % 150), { person: F.person("t", i % 150) })),
        target: [F.target("t-2019", "PERSONS_REACHED", "2019", QUANG_NINH, 600)]
      })
      const report = yield* Report.run({
        indicators: ["PERSONS_REACHED_VS_TARGET", "PERSONS_REACHED_VS_TARGET_TO_DATE", "CONTACTS_VS_TARGET"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2019-12-31" },
        asOf: "2019-07-01"
      })
      const plan = value(report, "PERSONS_REACHED_VS_TARGET", "2019", { adminUnit: QUANG_NINH })
      expect([plan.numerator, plan.denominator, plan.value]).toEqual([150, 600, 25])
      const toDate = value(report, "PERSONS_REACHED_VS_TARGET_TO_DATE", "2019", { adminUnit: QUANG_NINH })
      expect(toDate.denominator).toBeCloseTo((600 * 182) / 365, 9)
      expect(toDate.flags).toEqual(["prorated"])
      expect(Cell.display(toDate, "en")).toBe("50.1%")
      const none = value(report, "CONTACTS_VS_TARGET", "2019", { adminUnit: QUANG_NINH })
      expect([none.value, none.flags]).toEqual([null, ["noTarget"]])
    }).pipe(Effect.provide(layer))
  )

  it.effect("package reach is versioned by programme: legal aid completes the package from 2021, or when the 2021–2025 rule is asked for", () =>
    Effect.gen(function* () {
      yield* Store.load({
        serviceEvent: [
          F.event("pk-1", HA_LONG_WARD, "2019-02-01", { person: "p-pk-1", service: "outreach_information" }),
          F.event("pk-2", HA_LONG_WARD, "2019-02-15", { person: "p-pk-1", service: "legal_aid" }),
          F.event("pk-3", HA_LONG_WARD, "2019-03-01", { person: "p-pk-2", service: "outreach_information" }),
          F.event("pk-4", HA_LONG_WARD, "2019-05-01", { person: "p-pk-2", service: "condoms" })
        ]
      })
      const of2019 = yield* Report.run({ indicators: ["PACKAGE_REACH", "PACKAGE_REACH_SHARE"], periods: ["2019", "2019Q1"], calendar: "plain" })
      expect(value(of2019, "PACKAGE_REACH", "2019").value).toBe(1)
      expect(value(of2019, "PACKAGE_REACH", "2019Q1").value).toBe(0)
      expect(value(of2019, "PACKAGE_REACH_SHARE", "2019").value).toBe(50)
      expect(of2019.packages).toMatchObject([{ code: "PREV", programme: "361/QĐ-TTg", atLeast: 2 }])
      const newer = yield* Report.run({ indicators: ["PACKAGE_REACH"], periods: ["2019"], calendar: "plain", programme: "1629/QĐ-TTg" })
      expect(value(newer, "PACKAGE_REACH", "2019").value).toBe(2)
    }).pipe(Effect.provide(layer))
  )

  it.effect("inspection coverage of the at-risk list: 15 of 100 in 2019 is below the programme's 20% a year", () =>
    Effect.gen(function* () {
      yield* Store.load({
        establishment: [...F.times(100, (i) => F.establishment(`risk-${i}`, HA_LONG_WARD, true)), ...F.times(20, (i) => F.establishment(`other-${i}`, HA_LONG_WARD, false))],
        inspectionVisit: [
          ...F.times(30, (i) => F.visit(`iv-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { round: "r-1", establishment: `risk-${i % 15}`, outcome: "compliant" })),
          ...F.times(10, (i) => F.visit(`iv-other-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { round: "r-1", establishment: `other-${i}`, outcome: "compliant" }))
        ]
      })
      const report = yield* Report.run({
        indicators: ["ESTABLISHMENTS_INSPECTED", "AT_RISK_ESTABLISHMENTS_INSPECTED", "ESTABLISHMENTS_AT_RISK", "INSPECTION_COVERAGE"],
        periods: ["2019", "2019Q1"],
        calendar: "plain"
      })
      expect(value(report, "ESTABLISHMENTS_INSPECTED", "2019").value).toBe(25)
      const coverage = value(report, "INSPECTION_COVERAGE", "2019")
      expect([coverage.numerator, coverage.denominator, coverage.value]).toEqual([15, 100, 15])
      expect(coverage.flags).toEqual(["belowBenchmark"])
      // the yearly benchmark does not apply to a quarter
      expect(value(report, "INSPECTION_COVERAGE", "2019Q1").flags).toEqual([])
      expect(rule(report, "benchmark").failures[0]?.explanation.en).toBe(
        "Inspection coverage of at-risk establishments is 15%, below the minimum of 20 (Prostitution prevention programme: inspect at least 20% of establishments a year)"
      )
    }).pipe(Effect.provide(layer))
  )

  it.effect("indicators of one's own, written as JSON, are checked like the standard ones", () =>
    Effect.gen(function* () {
      yield* Store.load({ serviceEvent: returning() })
      const report = yield* Report.run({
        indicators: ["CONTACTS_PER_PERSON"],
        periods: ["2019"],
        calendar: "plain",
        define: [
          {
            code: "CONTACTS_PER_PERSON",
            theme: "services",
            name: { vi: "Số lượt bình quân mỗi người", en: "Contacts per person" },
            definition: { vi: "Lượt tiếp cận chia cho số người được tiếp cận.", en: "Contacts divided by persons reached." },
            unit: "ratio",
            additive: false,
            formula: { _tag: "ratio", numerator: { _tag: "indicator", code: "CONTACTS" }, denominator: { _tag: "indicator", code: "PERSONS_REACHED" }, factor: 1 },
            disaggregations: ["sex"],
            decimals: 2
          }
        ]
      })
      expect(value(report, "CONTACTS_PER_PERSON", "2019")).toMatchObject({ numerator: 10, denominator: 3, unit: "ratio" })
      const wrong = yield* Effect.flip(
        Report.run({
          indicators: ["CONTACTS_PLUS_PERSONS"],
          periods: ["2019"],
          calendar: "plain",
          define: [
            {
              code: "CONTACTS_PLUS_PERSONS",
              theme: "services",
              name: { vi: "Lượt cộng người", en: "Contacts plus persons" },
              definition: { vi: "Sai.", en: "Wrong." },
              unit: "contacts",
              additive: true,
              formula: { _tag: "add", terms: [{ _tag: "indicator", code: "CONTACTS" }, { _tag: "indicator", code: "NEW_PERSONS" }] },
              disaggregations: [],
              decimals: 0
            }
          ]
        })
      )
      expect(wrong._tag).toBe("UnitMismatch")
      expect(wrong.message).toBe(
        "Indicator CONTACTS_PLUS_PERSONS: cannot add contacts (lượt) and persons (người): they are different units (at formula.terms[1])"
      )
    }).pipe(Effect.provide(layer))
  )

  it.effect("a specification that cannot be run says why", () =>
    Effect.gen(function* () {
      const unknown = yield* Effect.flip(Report.run({ indicators: ["PERSON_REACHED"], periods: ["2019"], calendar: "plain" }))
      expect(unknown.message).toBe('There is no indicator "PERSON_REACHED" in the catalogue; did you mean PERSONS_REACHED, COST_PER_PERSON_REACHED?')
      const period = yield* Effect.flip(Report.run({ indicators: ["CONTACTS"], periods: ["2019Q5"], calendar: "plain" }))
      expect(period._tag).toBe("InvalidSpec")
      expect(period.message).toContain("periods.0")
      const breakdown = yield* Effect.flip(Report.run({ indicators: ["INSPECTION_VISITS"], periods: ["2019"], calendar: "plain", disaggregations: [["sex"]] }))
      expect(breakdown.message).toBe('Invalid report specification (field "disaggregations.0"): no indicator of the report can be broken down by sex')
      const shape = yield* Effect.flip(Report.run({ indicators: [], periods: ["2019"], calendar: "lunar" } as never))
      expect(shape._tag).toBe("InvalidSpec")
    }).pipe(Effect.provide(layer))
  )

  it.effect("a report is a plain value: it survives JSON and leaves room for disclosure control's mark", () =>
    Effect.gen(function* () {
      yield* Store.load({ serviceEvent: returning() })
      const report = yield* Report.run(
        ReportSpec.make({ indicators: ["CONTACTS", "PERSONS_REACHED"], periods: ["2019"], calendar: "administrative", adminUnits: { level: "province", asOf: "2026-01-01" }, disaggregations: [["sex"]] })
      )
      const json = JSON.parse(JSON.stringify(Report.encode(report))) as unknown
      const back = Either.getOrThrow(Report.decode(json))
      expect(Report.encode(back)).toEqual(Report.encode(report))
      const marked: Report.Report = {
        ...report,
        cells: report.cells.map((c) =>
          c.value !== null && c.value < 5
            ? { ...c, value: null, numerator: null, denominator: null, disclosure: { status: "suppressed" as const, reason: "primary-frequency", display: "<5" } }
            : c
        )
      }
      expect(Either.isRight(Report.decode(Report.encode(marked)))).toBe(true)
    }).pipe(Effect.provide(layer))
  )
})

describe("query planning", () => {
  const annual = ReportSpec.make({
    indicators: Catalogue.standard.indicators.map((i) => i.code) as never,
    periods: ["2019"],
    calendar: "administrative",
    adminUnits: { level: "province", asOf: "2026-01-01" }
  })

  it("a standard annual report of the whole catalogue by province takes 39 aggregate queries, and 8 for the contributors to fines and loans", () => {
    const all = Either.getOrThrow(Report.plan(annual))
    expect(all).toHaveLength(47)
    const queries = all.filter((q) => q.measure._tag !== "contributions")
    expect(queries).toHaveLength(39)
    // every dated source is counted, so that a cell without any of its records is no data, not 0
    // (activities, budgets and expenditures have no count of their own)
    expect(queries.filter((q) => q.measure._tag === "count").map((q) => q.source).sort()).toEqual([
      "activity",
      "budget",
      "establishment",
      "expenditure",
      "group",
      "inspectionVisit",
      "serviceEvent"
    ])
    // the protected amounts (fines by establishment, loans by person, reported ones by reporting unit), by province and in total
    const contributions = all.filter((q) => q.measure._tag === "contributions")
    expect(contributions.map((q) => `${q.source}:${q.measure._tag === "contributions" ? q.measure.by : ""}`).sort()).toEqual([
      "aggregateValue:unitId",
      "aggregateValue:unitId",
      "aggregateValue:unitId",
      "aggregateValue:unitId",
      "inspectionVisit:establishmentId",
      "inspectionVisit:establishmentId",
      "serviceEvent:personId",
      "serviceEvent:personId"
    ])
    // one count query answers every count of contacts, grouped by the attributes the indicators filter on
    const contacts = queries.filter((q) => q.source === "serviceEvent" && q.measure._tag === "count")
    expect(contacts).toHaveLength(1)
    expect(contacts[0]?.groupBy.map(AggregateQuery.dimensionKey)).toEqual(["period", "unit", "service", "referralOutcome"])
    // distinct persons: their province total comes from a query without the province, never from a sum
    const persons = queries.filter((q) => q.source === "serviceEvent" && q.measure._tag === "distinct")
    expect(persons.map((q) => q.groupBy.map(AggregateQuery.dimensionKey).join(" × "))).toEqual([
      "period × unit",
      "period",
      "period × unit × service",
      "period × service",
      "period × unit × population",
      "period × population",
      "period × unit",
      "period"
    ])
    expect(persons[6]?.filters[0]).toEqual(AggregateQuery.where("residence", ["temporary", "none"]))
    // every reported value is read by one query
    expect(queries.filter((q) => q.source === "aggregateValue")).toHaveLength(1)
  })

  it("with breakdowns by sex and by population it takes 64: a summable measure is grouped once per breakdown, a distinct count twice", () => {
    const queries = Either.getOrThrow(Report.plan(new ReportSpec.ReportSpec({ ...annual, disaggregations: [["sex"], ["population"]] })))
    expect(queries.filter((q) => q.measure._tag !== "contributions").length).toBe(64)
  })

  it.effect("the store is asked exactly the planned queries", () =>
    Effect.gen(function* () {
      let asked = 0
      const counting = Layer.effect(
        Store.Store,
        Effect.map(MemoryStore.make(), (store) => ({
          ...store,
          aggregate: (q: AggregateQuery.AggregateQuery) => Effect.suspend(() => ((asked += 1), store.aggregate(q))),
          aggregateMany: (qs: ReadonlyArray<AggregateQuery.AggregateQuery>) => Effect.suspend(() => ((asked += qs.length), store.aggregateMany(qs)))
        }))
      )
      const report = yield* Report.run(annual, { today: () => "2026-01-01" }).pipe(Effect.provide(counting))
      expect(asked).toBe(47)
      expect(report.queries).toBe(47)
      expect(report.validation.every((r) => r.failures.length === 0)).toBe(true)
    })
  )
})

describe("every store gives the same report", () => {
  const data = () => ({
    model: [F.decode("model", { id: "m-peer", name: "Nhóm đồng đẳng", type: "peer_groups", implementerId: "org-1", funderIds: [], partnerIds: [], siteIds: [], start: "2018-01-01" })],
    serviceEvent: [
      ...returning(),
      ...F.times(120, (i) =>
        F.event(`mix-${i}`, i % 3 === 0 ? HAI_DUONG_COMMUNE : HA_LONG_WARD, F.dayOf(2019, i * 3), {
          ...(i % 7 === 0 ? {} : { person: F.person("mix", i % 40) }),
          model: "m-peer",
          service: ["counselling", "legal_aid", "hiv_testing_referral", "condoms", "vocational_training"][i % 5]!,
          sex: i % 4 === 0 ? "male" : "female",
          residence: ["temporary", "none", "permanent"][i % 3]!,
          ...(i % 5 === 2 ? { referral: i % 2 === 0 ? "completed" : "pending" } : {})
        })
      )
    ],
    inspectionVisit: F.times(60, (i) => F.visit(`mv-${i}`, HA_LONG_WARD, F.dayOf(2019, i * 5), { round: `mr-${i % 7}`, establishment: `me-${i % 25}`, outcome: ["violation", "reminder", "compliant"][i % 3]!, ...(i % 3 === 0 ? { fine: 2_500_000 } : {}) })),
    establishment: F.times(40, (i) => F.establishment(`me-${i}`, HA_LONG_WARD, i % 4 !== 0)),
    activity: F.times(20, (i) => F.activity(`ma-${i}`, ["group_session", "training", "workshop"][i % 3]!, i % 2 === 0 ? HA_LONG_WARD : DO_SON_WARD, F.dayOf(2019, i * 11), { participants: 10 + i, group: `mg-${i % 3}` })),
    budget: [F.budget("mb-2019", QUANG_NINH, 2019, 500_000_000)],
    expenditure: F.times(6, (i) => F.expenditure(`mx-${i}`, HA_LONG_WARD, F.dayOf(2019, i * 40), 10_000_000, { category: i % 2 === 0 ? "vocational_training" : "communication", beneficiaries: 4 })),
    aggregateValue: [F.reported("ma-cases", "POLICE_CASES", "2019", "30@pre2025", 9), F.reported("ma-contacts", "CONTACTS", "2019Q2", "30@pre2025", 33, { disaggregation: { sex: "female" } })],
    costNorm: [F.norm("mn", "vocational_training", 2_000_000, "2010-01-01")],
    target: [F.target("mt", "PERSONS_REACHED", "2019", QUANG_NINH, 60)],
    populationEstimate: [F.estimate("mp", "sex_worker", QUANG_NINH, 2018, 70)]
  })
  const spec = ReportSpec.make({
    indicators: Catalogue.standard.indicators.map((i) => i.code) as never,
    periods: ["2019Q1", "2019Q2", "2019S2", "2019", "2018/2020"],
    calendar: "administrative",
    adminUnits: { level: "province", asOf: "2026-01-01" },
    disaggregations: [["sex"], ["service"], ["outcome"], ["population", "residence"]],
    asOf: "2019-09-30"
  })

  it.effect("the whole catalogue over quarters, a half, a year and a range, by today's provinces and four breakdowns", () =>
    Effect.gen(function* () {
      const reports = yield* Effect.forEach(F.stores, ([, layer]) =>
        Effect.gen(function* () {
          yield* Store.load(data())
          return Report.encode(yield* Report.run(spec))
        }).pipe(Effect.provide(layer))
      )
      const [first, ...others] = reports
      expect(first!.cells.length).toBeGreaterThan(1_000)
      for (const other of others) expect(other).toEqual(first)
    })
  )
})

