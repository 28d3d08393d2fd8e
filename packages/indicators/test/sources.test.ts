/**
 * Every figure of the source articles, reproduced from records through the public API: the
 * records a province would have kept, a report over them, and the figure the article printed.
 */
import { Store } from "@pctnxh/core"
import { Cell, Report, type ReportSpec } from "@pctnxh/indicators"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as F from "./fixtures.js"

const value = (report: Report.Report, indicator: string, period: string, where: { adminUnit?: string | null; disaggregation?: Record<string, string | null> } = {}) => {
  const cell = Report.cell(report, { indicator, period, ...where })
  if (cell === undefined) throw new Error(`no cell ${indicator} ${period} ${JSON.stringify(where)}`)
  return cell
}

const failures = (report: Report.Report, rule: string) => report.validation.find((r) => r.rule === rule)?.failures ?? []

// Units, as the map stood at the time
const QUANG_NINH = "22@pre2025"
const HA_LONG_WARDS = ["06649@pre2025", "06652@pre2025", "06655@pre2025", "06658@pre2025", "06661@pre2025", "06664@pre2025", "06667@pre2025", "06670@pre2025"]
const HA_LONG_WARD = HA_LONG_WARDS[0]!
const CAM_PHA = "195@pre2025"
const UONG_BI = "196@pre2025"
const HAI_PHONG = "31@pre2025"
const DO_SON = "308@pre2025"
const DO_SON_WARD = "11455@pre2025"
const THUY_NGUYEN = "311@pre2025"
const THUY_NGUYEN_COMMUNE = "11485@pre2025"
const NAM_DINH = "36@pre2025"
const QUAT_LAM = "14152@pre2025"
const THINH_LONG = "14221@pre2025"
const HCMC = "79@pre2025"
const HCMC_DISTRICT_1 = "760@pre2025"
const HCMC_DISTRICT_8 = "776@pre2025"
const CAN_THO = "92@pre2025"
const NINH_KIEU = "916@pre2025"

describe.each(F.stores)("the source articles, on the %s store", (_name, layer) => {
  const run = (spec: ReportSpec.Encoded) => Report.run(spec)

  it.effect("Quảng Ninh 2019: 41 of 445 visits are violations → 9.2%; 135.8 M VND of fines → 3.31 M per violation", () =>
    Effect.gen(function* () {
      const visits = F.times(445, (i) =>
        F.visit(`qn-v-${i}`, i % 2 === 0 ? HA_LONG_WARD : CAM_PHA, F.dayOf(2019, i), {
          round: `qn-round-${i % 51}`,
          establishment: `qn-est-${i % 300}`,
          outcome: i < 41 ? "violation" : i < 41 + 308 ? "reminder" : "compliant",
          ...(i < 41 ? { fine: i === 0 ? 3_800_000 : 3_300_000 } : {}),
          type: i % 3 === 0 ? "karaoke" : i % 3 === 1 ? "massage" : "guesthouse"
        })
      )
      yield* Store.load({ inspectionVisit: visits })
      const report = yield* run({
        indicators: ["INSPECTION_ROUNDS", "INSPECTION_VISITS", "INSPECTION_VIOLATIONS", "INSPECTION_REMINDERS", "VIOLATION_RATE", "ESTABLISHMENTS_FINED", "FINES", "AVERAGE_FINE"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { asOf: "2019-12-31", within: QUANG_NINH }
      })
      expect(value(report, "INSPECTION_ROUNDS", "2019").value).toBe(51)
      expect(value(report, "INSPECTION_VISITS", "2019").value).toBe(445)
      expect(value(report, "INSPECTION_VIOLATIONS", "2019").value).toBe(41)
      expect(value(report, "ESTABLISHMENTS_FINED", "2019").value).toBe(41)
      expect(value(report, "INSPECTION_REMINDERS", "2019").value).toBe(308)
      expect(value(report, "FINES", "2019").value).toBe(135_800_000)
      const rate = value(report, "VIOLATION_RATE", "2019")
      expect([rate.numerator, rate.denominator]).toEqual([41, 445])
      expect(rate.value).toBeCloseTo(9.2, 1)
      expect(Cell.display(rate, "vi")).toBe("9,2%")
      expect(Cell.display(rate, "en")).toBe("9.2%")
      expect(rate.explanation.en).toBe(
        "visits ending with a violation [INSPECTION_VIOLATIONS] ÷ establishment-visits [INSPECTION_VISITS] × 100 = 41 ÷ 445 × 100 = 9.2%"
      )
      const fine = value(report, "AVERAGE_FINE", "2019")
      expect([fine.numerator, fine.denominator]).toEqual([135_800_000, 41])
      expect(fine.value! / 1e6).toBeCloseTo(3.31, 2)
      expect(fine.unit).toBe("vnd")
      expect(rate.source).toBe("events")
      // violations + reminders ≤ visits
      expect(report.validation.find((r) => r.rule === "violationsAndRemindersWithinVisits")).toMatchObject({ checked: 1, failures: [] })
    }).pipe(Effect.provide(layer))
  )

  it.effect("Quảng Ninh 2019: 14 of 14 districts have a plan → 100%; 8 of 14 consolidated teams → 57.1%", () =>
    Effect.gen(function* () {
      yield* Store.load({
        aggregateValue: [
          F.reported("qn-plan", "DISTRICTS_WITH_PLAN", "2019", QUANG_NINH, 14),
          F.reported("qn-team", "DISTRICTS_WITH_TEAM", "2019", QUANG_NINH, 8),
          F.reported("qn-districts", "DISTRICTS", "2019", QUANG_NINH, 14)
        ]
      })
      const report = yield* run({
        indicators: ["DISTRICTS_WITH_PLAN_SHARE", "DISTRICTS_WITH_TEAM_SHARE"],
        periods: ["2019"],
        calendar: "administrative",
        adminUnits: { level: "province", asOf: "2019-12-14" }
      })
      const plan = value(report, "DISTRICTS_WITH_PLAN_SHARE", "2019", { adminUnit: QUANG_NINH })
      expect([plan.numerator, plan.denominator, plan.value]).toEqual([14, 14, 100])
      const team = value(report, "DISTRICTS_WITH_TEAM_SHARE", "2019", { adminUnit: QUANG_NINH })
      expect([team.numerator, team.denominator]).toEqual([8, 14])
      expect(Cell.display(team, "en")).toBe("57.1%")
      expect(team.source).toBe("aggregate")
    }).pipe(Effect.provide(layer))
  )

  it.effect("Quảng Ninh 2019: without a reported count the districts come from the map, which has 13 — and 14 of 13 fails", () =>
    Effect.gen(function* () {
      yield* Store.load({ aggregateValue: [F.reported("qn-plan", "DISTRICTS_WITH_PLAN", "2019", QUANG_NINH, 14)] })
      const report = yield* run({
        indicators: ["DISTRICTS", "DISTRICTS_WITH_PLAN_SHARE"],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { asOf: "2019-12-31", within: QUANG_NINH }
      })
      expect(value(report, "DISTRICTS", "2019").value).toBe(13)
      const share = value(report, "DISTRICTS_WITH_PLAN_SHARE", "2019")
      expect(share.flags).toContain("partAboveTotal")
      expect(failures(report, "shareWithinWhole")[0]?.explanation.en).toContain("the part (14) is larger than its total (13)")
    }).pipe(Effect.provide(layer))
  )

  it.effect("Quảng Ninh 2019: trainings, communication, peer groups, worker rights, the club and community power", () =>
    Effect.gen(function* () {
      const a = (id: string, type: string, date: string, o: F.ActivityOptions, unit = HA_LONG_WARD) => F.activity(`qn-${id}`, type, unit, date, o)
      const activities = [
        a("team178", "training", "2019-04-10", { audience: "inspection_team", sessions: 4, participants: 269 }),
        a("teachers", "training", "2019-05-10", { audience: "teachers", sessions: 4, participants: 120 }),
        a("delegates", "training", "2019-06-10", { audience: "mixed", sessions: 10, participants: 1_000 }),
        a("members", "training", "2019-07-10", { audience: "mixed", sessions: 6, participants: 350 }),
        a("residents", "communication_session", "2019-08-10", { audience: "residents", sessions: 8, participants: 2_000 }),
        a("bulletins", "media", "2019-09-01", { audience: "residents", outputs: 50 }),
        a("radio", "media", "2019-09-02", { audience: "residents", outputs: 250 }),
        a("articles", "media", "2019-09-03", { audience: "residents", outputs: 500 }),
        a("magazines", "media", "2019-09-04", { audience: "mixed", outputs: 1_500 }),
        // peer-group model
        a("core", "training", "2019-03-01", { audience: "core_members", sessions: 2, participants: 46 }),
        a("providers", "workshop", "2019-03-20", { audience: "providers", participants: 60 }),
        ...F.times(6, (i) => a(`legal-${i}`, "legal_session", "2019-04-20", { audience: "residents", participants: 50 + (i === 0 ? 2 : 0) }, [HA_LONG_WARD, "06652@pre2025", CAM_PHA, UONG_BI, "06655@pre2025", "06658@pre2025"][i])),
        a("skills", "vocational_course", "2019-05-20", { audience: "core_members", participants: 90 }),
        // worker-rights model
        ...F.times(3, (i) => a(`owners-${i}`, "workshop", "2019-06-20", { audience: "establishment_owners", participants: [20, 25, 25][i]! })),
        a("bartending", "vocational_course", "2019-07-20", { audience: "sex_workers", participants: 12 }),
        // club model
        a("handbooks", "media", "2019-08-20", { audience: "establishment_workers", outputs: 250 }),
        a("dialogue", "dialogue", "2019-09-20", { audience: "mixed", participants: 45 }),
        ...F.times(4, (i) => a(`club-providers-${i}`, "workshop", "2019-10-20", { audience: "providers", participants: [40, 42, 42, 42][i]! })),
        // community-power model in 8 wards
        ...HA_LONG_WARDS.map((ward, i) => F.activity(`qn-power-${i}`, "communication_session", ward, "2019-11-10", { model: "qn-power", audience: "residents", participants: 30 }))
      ]
      const events = [
        ...F.times(6_010, (i) => F.event(`qn-peer-${i}`, i % 3 === 0 ? HA_LONG_WARD : i % 3 === 1 ? CAM_PHA : UONG_BI, F.dayOf(2019, i), { person: F.person("qn-peer", i % 900), service: "counselling", model: "qn-peer" })),
        ...F.times(906, (i) => F.event(`qn-rights-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn-worker", i % 300), service: "counselling", population: "establishment_worker", model: "qn-rights" })),
        ...F.times(100, (i) => F.event(`qn-check-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn-worker", i), service: "sti_rh_check", population: "establishment_worker", model: "qn-rights" })),
        ...F.times(20, (i) => F.event(`qn-legal-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn-worker", i), service: "legal_aid", population: "establishment_worker", model: "qn-rights" })),
        ...F.times(10, (i) => F.event(`qn-id-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn-worker", 100 + i), service: "id_papers", population: "establishment_worker", model: "qn-rights" })),
        ...F.times(986, (i) => F.event(`qn-club-${i}`, HA_LONG_WARD, F.dayOf(2019, i), { person: F.person("qn-club", i % 250), service: "outreach_information", model: "qn-club" }))
      ]
      yield* Store.load({
        model: [
          F.decode("model", { id: "qn-power", name: "Phát huy sức mạnh cộng đồng", type: "community_power", implementerId: "org-qn", funderIds: [], partnerIds: [], siteIds: [], start: "2019-01-01" })
        ],
        activity: activities,
        serviceEvent: events,
        expenditure: [F.expenditure("qn-equipment", HA_LONG_WARD, "2019-08-01", 20_000_000, { category: "equipment" })]
      })
      const report = yield* run({
        indicators: [
          "TRAINING_SESSIONS", "TRAINEES", "COMMUNICATION_SESSIONS", "COMMUNICATION_AUDIENCE", "MATERIALS", "WORKSHOPS", "WORKSHOP_PARTICIPANTS",
          "LEGAL_SESSIONS", "LEGAL_SESSION_PARTICIPANTS", "VOCATIONAL_COURSE_PARTICIPANTS", "DIALOGUES", "ACTIVITY_SITES",
          "COUNSELLING_CONTACTS", "CONTACTS", "STI_RH_CHECKS", "LEGAL_AID_CONTACTS", "ID_PAPERS_PERSONS", "SPENDING"
        ],
        periods: ["2019"],
        calendar: "plain",
        adminUnits: { asOf: "2019-12-31", within: QUANG_NINH },
        disaggregations: [["audience"], ["activityType"], ["model"], ["modelType"], ["category"]]
      })
      const by = (indicator: string, key: string, v: string) => value(report, indicator, "2019", { disaggregation: { [key]: v } }).value
      // Team 178 trained 269 members in 4 classes; 4 teacher trainings; 10 classes for 1,000+ delegates; 6 classes for 350+ members
      expect(by("TRAINING_SESSIONS", "audience", "inspection_team")).toBe(4)
      expect(by("TRAINEES", "audience", "inspection_team")).toBe(269)
      expect(by("TRAINING_SESSIONS", "audience", "teachers")).toBe(4)
      expect(by("TRAINING_SESSIONS", "audience", "mixed")).toBe(16)
      expect(by("TRAINEES", "audience", "mixed")).toBe(1_350)
      // 46 core members trained
      expect(by("TRAINEES", "audience", "core_members")).toBe(46)
      // 8 communication meetings for 2,000+ resident contacts
      expect(by("COMMUNICATION_AUDIENCE", "audience", "residents")).toBe(2_000 + 8 * 30)
      // 50+ bulletins, 250 broadcasts, 500+ articles, 1,500+ magazines, 250 handbooks
      expect(by("MATERIALS", "activityType", "media")).toBe(50 + 250 + 500 + 1_500 + 250)
      // 1 provider workshop for 60; 3 owner/peer workshops for 70; 4 provider workshops for 166
      expect(by("WORKSHOPS", "audience", "establishment_owners")).toBe(3)
      expect(by("WORKSHOP_PARTICIPANTS", "audience", "establishment_owners")).toBe(70)
      expect(by("WORKSHOPS", "audience", "providers")).toBe(5)
      expect(by("WORKSHOP_PARTICIPANTS", "audience", "providers")).toBe(60 + 166)
      // 6 legal sessions in 6 wards for 300+ contacts
      expect(value(report, "LEGAL_SESSIONS", "2019").value).toBe(6)
      expect(value(report, "LEGAL_SESSION_PARTICIPANTS", "2019").value).toBe(302)
      // skills training for 90; bartending course for 12
      expect(by("VOCATIONAL_COURSE_PARTICIPANTS", "audience", "core_members")).toBe(90)
      expect(by("VOCATIONAL_COURSE_PARTICIPANTS", "audience", "sex_workers")).toBe(12)
      // 1 three-party dialogue
      expect(value(report, "DIALOGUES", "2019").value).toBe(1)
      // community power in 8 wards
      expect(by("ACTIVITY_SITES", "modelType", "community_power")).toBe(8)
      // 6,000+ contacts counselled (peer groups); 905+ worker contacts counselled (worker rights)
      expect(by("COUNSELLING_CONTACTS", "model", "qn-peer")).toBe(6_010)
      expect(by("COUNSELLING_CONTACTS", "model", "qn-rights")).toBe(906)
      // check-ups for 100 contacts; 20 legal consultations; ID papers for 10
      expect(value(report, "STI_RH_CHECKS", "2019").value).toBe(100)
      expect(value(report, "LEGAL_AID_CONTACTS", "2019").value).toBe(20)
      expect(value(report, "ID_PAPERS_PERSONS", "2019").value).toBe(10)
      // the club reached 986 contacts of sex workers
      expect(by("CONTACTS", "model", "qn-club")).toBe(986)
      // 20 M VND of clinic equipment
      expect(by("SPENDING", "category", "equipment")).toBe(20_000_000)
      expect(report.validation.every((r) => r.failures.length === 0)).toBe(true)
    }).pipe(Effect.provide(layer))
  )

  it.effect("Hải Phòng 2019–2020: 32 sessions × 20 participants = 640 participant contacts; 900 M VND = 300 + 600", () =>
    Effect.gen(function* () {
      // 2019 in Đồ Sơn only, 2020 in Đồ Sơn and Thủy Nguyên
      const year = (i: number) => (i < 16 ? 2019 : 2020)
      const unit = (i: number) => (i < 16 || i % 2 === 0 ? DO_SON_WARD : THUY_NGUYEN_COMMUNE)
      yield* Store.load({
        group: [F.group("hp-group-do-son", DO_SON_WARD, "2019-03-01"), F.group("hp-group-thuy-nguyen", THUY_NGUYEN_COMMUNE, "2020-03-01")],
        activity: [
          ...F.times(32, (i) => F.activity(`hp-session-${i}`, "group_session", unit(i), F.dayOf(year(i), i * 7), { group: i % 2 === 0 ? "hp-group-do-son" : "hp-group-thuy-nguyen", participants: 20 })),
          ...F.times(8, (i) => F.activity(`hp-check-${i}`, "health_check_day", unit(i), F.dayOf(year(i * 4), i * 20), { participants: 26 })),
          ...F.times(2, (i) => F.activity(`hp-linkage-${i}`, "workshop", unit(i), F.dayOf(2020, 100 + i), { audience: "providers", participants: 30 })),
          ...F.times(8, (i) => F.activity(`hp-comm-${i}`, "communication_session", unit(i), F.dayOf(year(i * 4), 50 + i), { audience: "residents", participants: 40 })),
          ...F.times(9, (i) => F.activity(`hp-staff-${i}`, "training", unit(i), F.dayOf(year(i * 4), 80 + i), { audience: "officials", participants: 25 }))
        ],
        serviceEvent: [
          ...F.times(612, (i) => F.event(`hp-contact-${i}`, unit(i), F.dayOf(year(i % 32), i), { person: F.person("hp-worker", i % 180), population: "establishment_worker", service: i % 4 === 0 ? "counselling" : "outreach_information" })),
          ...F.times(22, (i) => F.event(`hp-voc-${i}`, unit(i), F.dayOf(2020, i), { person: F.person("hp-worker", i), population: "establishment_worker", service: "vocational_training" })),
          ...F.times(20, (i) => F.event(`hp-legal-${i}`, unit(i), F.dayOf(2020, 30 + i), { person: F.person("hp-worker", 40 + i), population: "establishment_worker", service: "legal_aid" }))
        ],
        budget: [F.budget("hp-2019", DO_SON, 2019, 300_000_000, "central"), F.budget("hp-2020", HAI_PHONG, 2020, 600_000_000, "central")],
        establishment: F.times(2_609, (i) => F.establishment(`hp-est-${i}`, i % 3 === 0 ? DO_SON_WARD : THUY_NGUYEN_COMMUNE, true)),
        aggregateValue: [
          F.reported("hp-cases", "POLICE_CASES", "2016/2020", HAI_PHONG, 56, { source: "police" }),
          F.reported("hp-arrests", "POLICE_ARRESTS", "2016/2020", HAI_PHONG, 292, { source: "police" }),
          F.reported("hp-projects", "POLICE_SPECIAL_PROJECTS", "2016/2020", HAI_PHONG, 32, { source: "police" }),
          F.reported("hp-prosecuted", "POLICE_PROSECUTED_CASES", "2016/2020", HAI_PHONG, 52, { source: "police" }),
          F.reported("hp-defendants", "POLICE_DEFENDANTS", "2016/2020", HAI_PHONG, 58, { source: "police" }),
          F.reported("hp-sanctions", "POLICE_SANCTIONS", "2016/2020", HAI_PHONG, 220, { source: "police" })
        ]
      })
      const models = yield* run({
        indicators: [
          "GROUPS_ESTABLISHED", "GROUPS_ACTIVE", "GROUP_SESSIONS", "GROUP_PARTICIPANT_CONTACTS", "PARTICIPANTS_PER_SESSION", "CONTACTS",
          "HEALTH_CHECK_DAYS", "HEALTH_CHECK_DAY_CONTACTS", "VOCATIONAL_TRAINING_PERSONS", "LEGAL_AID_PERSONS", "WORKSHOPS",
          "COMMUNICATION_SESSIONS", "TRAINING_SESSIONS", "ESTABLISHMENTS_AT_RISK"
        ],
        periods: ["2019/2020"],
        calendar: "plain",
        adminUnits: { level: "district", asOf: "2020-12-31", within: HAI_PHONG },
        disaggregations: [["sex"], ["audience"]]
      })
      const total = (indicator: string) => value(models, indicator, "2019/2020").value
      // 2 self-help groups, both holding sessions
      expect(total("GROUPS_ESTABLISHED")).toBe(2)
      expect(total("GROUPS_ACTIVE")).toBe(2)
      // 32 sessions × 20 = 640 participant contacts, 20 per session
      expect(total("GROUP_SESSIONS")).toBe(32)
      expect(total("GROUP_PARTICIPANT_CONTACTS")).toBe(640)
      const average = value(models, "PARTICIPANTS_PER_SESSION", "2019/2020")
      expect([average.numerator, average.denominator, average.value]).toEqual([640, 32, 20])
      // per district, and the districts add up to the city
      expect(value(models, "GROUP_SESSIONS", "2019/2020", { adminUnit: DO_SON }).value).toBe(24)
      expect(value(models, "GROUP_SESSIONS", "2019/2020", { adminUnit: THUY_NGUYEN }).value).toBe(8)
      // 600+ contacts of female workers
      expect(value(models, "CONTACTS", "2019/2020", { disaggregation: { sex: "female" } }).value).toBe(654)
      // 8 check-up days for 200+ contacts; 22 persons in vocational courses; legal aid for 20
      expect(total("HEALTH_CHECK_DAYS")).toBe(8)
      expect(total("HEALTH_CHECK_DAY_CONTACTS")).toBe(208)
      expect(total("VOCATIONAL_TRAINING_PERSONS")).toBe(22)
      expect(total("LEGAL_AID_PERSONS")).toBe(20)
      // 2 provider-linkage workshops; 8 communication sessions; 9 staff trainings
      expect(value(models, "WORKSHOPS", "2019/2020", { disaggregation: { audience: "providers" } }).value).toBe(2)
      expect(total("COMMUNICATION_SESSIONS")).toBe(8)
      expect(value(models, "TRAINING_SESSIONS", "2019/2020", { disaggregation: { audience: "officials" } }).value).toBe(9)
      // 2,609 establishments prone to prostitution
      expect(total("ESTABLISHMENTS_AT_RISK")).toBe(2_609)
      expect(models.validation.find((r) => r.rule === "partsAgreeWithTotal")?.failures).toEqual([])

      const money = yield* run({
        indicators: ["BUDGET"],
        periods: ["2019", "2020", "2019/2020"],
        calendar: "plain",
        adminUnits: { asOf: "2020-12-31", within: HAI_PHONG },
        disaggregations: [["fundingSource"]]
      })
      expect(value(money, "BUDGET", "2019").value).toBe(300_000_000)
      expect(value(money, "BUDGET", "2020").value).toBe(600_000_000)
      expect(value(money, "BUDGET", "2019/2020").value).toBe(900_000_000)
      expect(value(money, "BUDGET", "2019/2020", { disaggregation: { fundingSource: "central" } }).value).toBe(900_000_000)
      expect(money.validation.find((r) => r.rule === "yearlyBudgetsWithinTotal")).toMatchObject({ checked: 2, failures: [] })

      const police = yield* run({
        indicators: ["POLICE_CASES", "POLICE_ARRESTS", "POLICE_SPECIAL_PROJECTS", "POLICE_PROSECUTED_CASES", "POLICE_DEFENDANTS", "POLICE_SANCTIONS", "ARRESTS_PER_CASE", "PROSECUTION_RATE", "DEFENDANTS_PER_CASE"],
        periods: ["2016/2020"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2020-12-31" }
      })
      const at = (indicator: string) => value(police, indicator, "2016/2020", { adminUnit: HAI_PHONG })
      expect(["POLICE_CASES", "POLICE_ARRESTS", "POLICE_SPECIAL_PROJECTS", "POLICE_PROSECUTED_CASES", "POLICE_DEFENDANTS", "POLICE_SANCTIONS"].map((i) => at(i).value)).toEqual([
        56, 292, 32, 52, 58, 220
      ])
      expect(at("ARRESTS_PER_CASE").value).toBeCloseTo(292 / 56, 10)
      expect(Cell.display(at("ARRESTS_PER_CASE"), "en")).toBe("5.21")
      expect(Cell.display(at("PROSECUTION_RATE"), "vi")).toBe("92,9%")
      expect(Cell.display(at("DEFENDANTS_PER_CASE"), "en")).toBe("1.12")
      expect(at("POLICE_CASES").source).toBe("aggregate")
    }).pipe(Effect.provide(layer))
  )

  it.effect("Nam Định 2016–2020: 689 of 5,425 → 12.7 referred per 100 counselled; over 80% of workers reached", () =>
    Effect.gen(function* () {
      const year = (i: number) => 2016 + (i % 5)
      const at = (i: number) => (i % 2 === 0 ? QUAT_LAM : THINH_LONG)
      yield* Store.load({
        serviceEvent: [
          ...F.times(2_330, (i) => F.event(`nd-support-${i}`, at(i), F.dayOf(year(i), i), { person: F.person("nd-sw", i % 700), model: "nd-support", service: ["counselling", "legal_aid", "loan", "vocational_training"][i % 4]! })),
          ...F.times(5_425, (i) => F.event(`nd-testing-${i}`, at(i), F.dayOf(year(i), i), { person: F.person("nd-sw", i % 1_500), model: "nd-hiv", service: "hiv_testing_counselling" })),
          ...F.times(689, (i) => F.event(`nd-referral-${i}`, at(i), F.dayOf(year(i), i), { person: F.person("nd-sw", i), model: "nd-hiv", service: "hiv_testing_referral", referral: i < 600 ? "completed" : "unknown" })),
          ...F.times(820, (i) => F.event(`nd-worker-${i}`, at(i), F.dayOf(2017 + (i % 4), i), { person: F.person("nd-worker", i % 410), model: "nd-rights", population: "establishment_worker", service: "counselling" })),
          ...F.times(180, (i) => F.event(`nd-owner-${i}`, at(i), F.dayOf(2017 + (i % 4), i), { person: F.person("nd-owner", i % 90), model: "nd-rights", population: "establishment_owner", service: "counselling", sex: i % 3 === 0 ? "male" : "female" })),
          ...F.times(2_143, (i) => F.event(`nd-peer-${i}`, at(i), F.dayOf(year(i), i), { model: "nd-rights", population: "at_risk", channel: "outreach" }))
        ],
        activity: [
          ...F.times(40, (i) => F.activity(`nd-comm-${i}`, "communication_session", at(i), F.dayOf(year(i), i), { audience: "sex_workers", participants: i === 0 ? 22_451 - 39 * 560 : 560 })),
          F.activity("nd-job-fair", "job_fair", QUAT_LAM, "2019-09-10", { audience: "establishment_workers", participants: 150 })
        ],
        populationEstimate: [F.estimate("nd-est-ql", "establishment_worker", QUAT_LAM, 2017, 250), F.estimate("nd-est-tl", "establishment_worker", THINH_LONG, 2018, 250)],
        aggregateValue: [F.reported("nd-survey", "SURVEY_RESPONDENTS", "2018", NAM_DINH, 186, { source: "survey" })]
      })
      const report = yield* run({
        indicators: [
          "CONTACTS", "HIV_TESTING_COUNSELLING_CONTACTS", "HIV_TESTING_REFERRAL_PERSONS", "HIV_TESTING_REFERRAL_RATE", "REFERRAL_COMPLETION_RATE",
          "COMMUNICATION_AUDIENCE", "JOB_FAIRS", "ESTABLISHMENT_WORKERS_REACHED", "COVERAGE_ESTABLISHMENT_WORKERS"
        ],
        periods: ["2016/2020"],
        calendar: "plain",
        adminUnits: { asOf: "2020-12-31", within: NAM_DINH },
        disaggregations: [["model"], ["population"], ["population", "channel"]]
      })
      const total = (indicator: string) => value(report, indicator, "2016/2020")
      // 2,330 contacts supported
      expect(value(report, "CONTACTS", "2016/2020", { disaggregation: { model: "nd-support" } }).value).toBe(2_330)
      // 5,425 testing-counselling contacts, 689 persons referred: 12.7 per 100
      expect(total("HIV_TESTING_COUNSELLING_CONTACTS").value).toBe(5_425)
      expect(total("HIV_TESTING_REFERRAL_PERSONS").value).toBe(689)
      const rate = total("HIV_TESTING_REFERRAL_RATE")
      expect([rate.numerator, rate.denominator]).toEqual([689, 5_425])
      expect(Cell.display(rate, "en")).toBe("12.7%")
      expect(total("REFERRAL_COMPLETION_RATE").value).toBeCloseTo((600 / 689) * 100, 10)
      // 1,000 contacts of owners and workers; 2,143 at-risk contacts by peer outreach
      const pop = (p: string) => value(report, "CONTACTS", "2016/2020", { disaggregation: { population: p } }).value!
      expect(pop("establishment_owner") + pop("establishment_worker")).toBe(1_000)
      expect(value(report, "CONTACTS", "2016/2020", { disaggregation: { population: "at_risk", channel: "outreach" } }).value).toBe(2_143)
      // communication reaching 22,451 women; 1 mobile job fair
      expect(total("COMMUNICATION_AUDIENCE").value).toBe(22_451)
      expect(total("JOB_FAIRS").value).toBe(1)
      // services reached over 80% of workers: 410 of an estimated 500
      const coverage = total("COVERAGE_ESTABLISHMENT_WORKERS")
      expect([coverage.numerator, coverage.denominator]).toEqual([410, 500])
      expect(coverage.value).toBeGreaterThan(80)
      expect(coverage.explanation.en).toContain("estimate of 500")
      expect(report.validation.every((r) => r.failures.length === 0)).toBe(true)

      // behavioural surveillance of 186 women, reported for 2018
      const survey = yield* run({ indicators: ["SURVEY_RESPONDENTS"], periods: ["2018"], calendar: "plain", adminUnits: { asOf: "2018-12-31", within: NAM_DINH } })
      expect(value(survey, "SURVEY_RESPONDENTS", "2018").value).toBe(186)
    }).pipe(Effect.provide(layer))
  )

  it.effect("Ho Chi Minh City 2014: 45 M VND for 15 women → 3 M each, 150% of the 2 M norm, flagged", () =>
    Effect.gen(function* () {
      const women = F.times(20, (i) => F.person("hcm", i))
      const site = (i: number) => (i % 2 === 0 ? HCMC_DISTRICT_1 : HCMC_DISTRICT_8)
      yield* Store.load({
        serviceEvent: [
          ...F.times(50, (i) => F.event(`hcm-counsel-${i}`, site(i), F.dayOf(2014, 60 + i), { person: women[i % 20]!, service: "counselling", residence: i % 10 === 0 ? "permanent" : "temporary" })),
          ...F.times(15, (i) => F.event(`hcm-voc-${i}`, site(i), F.dayOf(2014, 150 + i), { person: women[i]!, service: "vocational_training", residence: i % 10 === 0 ? "permanent" : "temporary" })),
          ...F.times(10, (i) => F.event(`hcm-hair-${i}`, site(i), F.dayOf(2014, 200 + i), { person: women[10 + i]!, service: "vocational_training", referral: "completed", residence: "temporary" }))
        ],
        activity: [
          F.activity("hcm-sw-training", "training", HCMC_DISTRICT_1, "2014-04-10", { audience: "sex_workers", sessions: 3, participants: 40 }),
          F.activity("hcm-staff-training", "training", HCMC_DISTRICT_1, "2014-04-20", { audience: "officials", sessions: 1, participants: 30 })
        ],
        expenditure: [F.expenditure("hcm-voc", HCMC_DISTRICT_1, "2014-06-01", 45_000_000, { category: "vocational_training", beneficiaries: 15 })],
        costNorm: [F.norm("norm-voc-2m", "vocational_training", 2_000_000, "2009-01-01")],
        aggregateValue: [F.reported("hcm-survey", "SURVEY_RESPONDENTS", "2014", HCMC, 200, { source: "survey" })]
      })
      const report = yield* run({
        indicators: [
          "SURVEY_RESPONDENTS", "COUNSELLING_CONTACTS", "PERSONS_REACHED", "TRAINING_SESSIONS", "TRAINEES", "VOCATIONAL_SPENDING", "VOCATIONAL_BENEFICIARIES",
          "VOCATIONAL_TRAINING_PERSONS", "COST_PER_PERSON_TRAINED", "COST_PER_PERSON_TRAINED_VS_NORM", "REFERRALS", "NO_PERMANENT_RESIDENCE_SHARE"
        ],
        periods: ["2014"],
        calendar: "plain",
        adminUnits: { asOf: "2014-12-31", within: HCMC },
        disaggregations: [["audience"], ["service"]]
      })
      const total = (indicator: string) => value(report, indicator, "2014")
      expect(total("SURVEY_RESPONDENTS").value).toBe(200)
      expect(total("COUNSELLING_CONTACTS").value).toBe(50)
      expect(total("PERSONS_REACHED").value).toBe(20)
      expect(value(report, "TRAINING_SESSIONS", "2014", { disaggregation: { audience: "sex_workers" } }).value).toBe(3)
      expect(value(report, "TRAINEES", "2014", { disaggregation: { audience: "sex_workers" } }).value).toBe(40)
      expect(value(report, "TRAINING_SESSIONS", "2014", { disaggregation: { audience: "officials" } }).value).toBe(1)
      expect(value(report, "TRAINEES", "2014", { disaggregation: { audience: "officials" } }).value).toBe(30)
      expect(total("VOCATIONAL_SPENDING").value).toBe(45_000_000)
      expect(total("VOCATIONAL_BENEFICIARIES").value).toBe(15)
      // 45 M VND for the 15 funded (the 10 on a free course cost nothing): 3 M each, 150% of the 2 M norm
      expect(total("VOCATIONAL_TRAINING_PERSONS").value).toBe(20)
      const perPerson = total("COST_PER_PERSON_TRAINED")
      expect([perPerson.numerator, perPerson.denominator, perPerson.value]).toEqual([45_000_000, 15, 3_000_000])
      const norm = total("COST_PER_PERSON_TRAINED_VS_NORM")
      expect([norm.numerator, norm.denominator, norm.value]).toEqual([3_000_000, 2_000_000, 150])
      expect(norm.flags).toEqual(["overNorm"])
      expect(norm.explanation.vi).toContain("định mức 2.000.000 ₫")
      expect(failures(report, "spendAboveNorm")[0]?.explanation.en).toBe(
        "Vocational spending per person against the norm: 3,000,000 VND per person is 150% of the 2,000,000 VND norm"
      )
      // 10 referred to a free hairdressing course
      expect(value(report, "REFERRALS", "2014", { disaggregation: { service: "vocational_training" } }).value).toBe(10)
      // support only for permanent residents: most of the women have none
      expect(total("NO_PERMANENT_RESIDENCE_SHARE").value).toBeGreaterThan(80)
    }).pipe(Effect.provide(layer))
  )

  it.effect("CARE 2014–2017: one \"We are women\" club in each of Quảng Ninh, Ho Chi Minh City and Cần Thơ", () =>
    Effect.gen(function* () {
      yield* Store.load({
        group: [
          F.group("care-club-qn", HA_LONG_WARD, "2014-10-01", "club"),
          F.group("care-club-hcm", HCMC_DISTRICT_1, "2015-01-15", "club"),
          F.group("care-club-ct", NINH_KIEU, "2015-03-01", "club")
        ],
        activity: [
          F.activity("care-officials", "training", HCMC_DISTRICT_1, "2015-05-01", { audience: "officials", participants: 35 }),
          F.activity("care-police", "training", NINH_KIEU, "2016-05-01", { audience: "police", participants: 30 }),
          F.activity("care-providers", "training", HA_LONG_WARD, "2016-09-01", { audience: "providers", participants: 25 })
        ]
      })
      const report = yield* run({
        indicators: ["GROUPS_ESTABLISHED", "TRAINING_SESSIONS"],
        periods: ["2014M07/2017M06"],
        calendar: "plain",
        adminUnits: { level: "province", asOf: "2017-06-15" },
        disaggregations: [["groupKind"], ["audience"]]
      })
      for (const province of [QUANG_NINH, HCMC, CAN_THO]) {
        expect(value(report, "GROUPS_ESTABLISHED", "2014M07/2017M06", { adminUnit: province, disaggregation: { groupKind: "club" } }).value).toBe(1)
      }
      expect(value(report, "GROUPS_ESTABLISHED", "2014M07/2017M06").value).toBe(3)
      for (const audience of ["officials", "police", "providers"]) {
        expect(value(report, "TRAINING_SESSIONS", "2014M07/2017M06", { disaggregation: { audience } }).value).toBe(1)
      }
    }).pipe(Effect.provide(layer))
  )
})
