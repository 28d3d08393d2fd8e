/**
 * Attack: repeated releases. Two tables released to the same audience one after the other, each
 * safe alone, can give a hidden cell away together (differencing); and releases that only
 * differ in level or indicators must just work. The door checks every release against the
 * ledger of earlier ones, and when it must refuse, it says which earlier release is in the way
 * and what to do.
 */
import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import { giaoThuy, reportCell, reportTable, valueIndicator } from "../DisclosureFixtures.js"
import { bounds, readerKnows } from "./attacker.js"
import { COMMUNES, services } from "./fixtures.js"

// persons reached in Giao Thủy, 2019: by commune, in total, and by commune and sex
const persons = (by: "commune" | "total" | "sex", values: Readonly<Record<string, number>>): ReportTable.ReportTable => {
  const cells: Array<ReportTable.ReportCell> = []
  if (by === "commune") for (const u of COMMUNES) cells.push(reportCell("PERSONS_REACHED", { adminUnit: u }, values[u]!))
  if (by === "sex") {
    for (const u of COMMUNES) {
      cells.push(reportCell("PERSONS_REACHED", { adminUnit: u }, values[u]!))
      cells.push(reportCell("PERSONS_REACHED", { adminUnit: u, disaggregation: { sex: "female" } }, values[`${u}/female`]!))
      cells.push(reportCell("PERSONS_REACHED", { adminUnit: u, disaggregation: { sex: "male" } }, values[u]! - values[`${u}/female`]!))
    }
    cells.push(reportCell("PERSONS_REACHED", { disaggregation: { sex: "female" } }, COMMUNES.reduce((a, u) => a + values[`${u}/female`]!, 0)))
    cells.push(reportCell("PERSONS_REACHED", { disaggregation: { sex: "male" } }, COMMUNES.reduce((a, u) => a + values[u]! - values[`${u}/female`]!, 0)))
  }
  cells.push(reportCell("PERSONS_REACHED", {}, values["*"]!))
  return reportTable([valueIndicator("PERSONS_REACHED", "persons", true)], cells, {
    ...giaoThuy(by === "total" ? undefined : "commune"),
    scope: { id: "giao-thuy@x", level: "district" }
  })
}
const figures = { "quat-lam@x": 3, "thinh-long@x": 9, "giao-phong@x": 30, "*": 42, "quat-lam@x/female": 3, "thinh-long@x/female": 5, "giao-phong@x/female": 20 }

describe("repeated releases", () => {
  it.effect("releases at another level, or with other indicators, just work", () =>
    Effect.gen(function* () {
      const one = yield* Disclosure.release(persons("commune", figures), Audience.national, { label: { vi: "Theo xã", en: "By commune" } })
      const two = yield* Disclosure.release(persons("total", figures), Audience.national)
      const three = yield* Disclosure.release(persons("commune", figures), Audience.national)
      expect(ReportTable.get(two.table, { indicator: "PERSONS_REACHED", period: "2019" })?.value).toBe(42)
      expect(three.table.cells.map((c) => c.disclosure?.status)).toEqual(one.table.cells.map((c) => c.disclosure?.status))
    }).pipe(Effect.provide(services))
  )

  // outreach contacts with women by month: January's 2 in Quất Lâm are one woman
  const monthly = (period: string, values: readonly [number, number, number]) =>
    reportTable(
      [valueIndicator("OUTREACH_CONTACTS", "contacts", true)],
      [
        ...COMMUNES.map((u, i) => reportCell("OUTREACH_CONTACTS", { period, adminUnit: u }, values[i]!, { unit: "contacts" })),
        reportCell("OUTREACH_CONTACTS", { period }, values[0] + values[1] + values[2], { unit: "contacts" })
      ],
      { ...giaoThuy("commune"), scope: { id: "giao-thuy@x", level: "district" } }
    )
  const months = [monthly("2019M01", [2, 7, 30]), monthly("2019M02", [6, 8, 25]), monthly("2019M03", [5, 9, 27])]
  const quarter = monthly("2019Q1", [13, 24, 82])
  const byPeriod = (c: ReportTable.ReportCell) => `${c.period}/${c.adminUnit ?? "*"}`
  const periodEquations = [
    ...["2019M01", "2019M02", "2019M03", "2019Q1"].map((p) => ({ total: `${p}/*`, parts: COMMUNES.map((u) => `${p}/${u}`) })),
    ...[...COMMUNES, "*"].map((u) => ({ total: `2019Q1/${u}`, parts: ["2019M01", "2019M02", "2019M03"].map((p) => `${p}/${u}`) }))
  ]

  it.effect("naive: the first quarter, released as if nothing had been before, gives January's 2 away by differencing", () =>
    Effect.gen(function* () {
      const fresh = <T extends ReportTable.ReportTable>(r: T) => Disclosure.release(r, Audience.national).pipe(Effect.provide(services))
      const released = [...(yield* Effect.forEach(months, fresh)), yield* fresh(quarter)]
      const known = released.reduce((k, r) => merge(k, readerKnows(r.table.cells, byPeriod)), {} as Record<string, { lower: number; upper: number }>)
      expect(known["2019M01/quat-lam@x"]).toEqual({ lower: 1, upper: 4 })
      // 13 − 6 − 5 = 2
      expect(bounds(known, periodEquations, "2019M01/quat-lam@x")).toEqual({ lower: 2, upper: 2 })
    })
  )

  it.effect("ours: the quarter is checked with the months before it, and GLPK's attacker still finds January's Quất Lâm anywhere in 1–4", () =>
    Effect.gen(function* () {
      const released = [...(yield* Effect.forEach(months, (r) => Disclosure.release(r, Audience.national))), yield* Disclosure.release(quarter, Audience.national)]
      const known = released.reduce((k, r) => merge(k, readerKnows(r.table.cells, byPeriod)), {} as Record<string, { lower: number; upper: number }>)
      expect(bounds(known, periodEquations, "2019M01/quat-lam@x")).toEqual({ lower: 1, upper: 4 })
      expect(ReportTable.get(released[3]!.table, { indicator: "OUTREACH_CONTACTS", period: "2019Q1", adminUnit: "quat-lam@x" })?.disclosure?.status).toBe("suppressed")
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: the last month of a released quarter is protected for the month not yet released", () =>
    Effect.gen(function* () {
      yield* Disclosure.release(quarter, Audience.national, { label: { vi: "Quý 1 theo xã", en: "First quarter by commune" } })
      yield* Disclosure.release(months[1]!, Audience.national)
      // the quarter less February and March would be January's 2: March hides enough
      const march = yield* Disclosure.release(months[2]!, Audience.national)
      expect(march.table.cells.some((c) => c.disclosure?.status === "suppressed")).toBe(true)
      const late = yield* Disclosure.release(months[0]!, Audience.national)
      expect(late.table.cells.some((c) => c.disclosure?.display === "<5")).toBe(true)
    }).pipe(Effect.provide(services))
  )

  it.effect("a refusal names the earlier release it conflicts with, and what to do", () =>
    Effect.gen(function* () {
      yield* Disclosure.release(persons("commune", figures), Audience.national, { label: { vi: "Người được tiếp cận theo xã", en: "Persons reached by commune" } })
      // the records changed after the release: Thịnh Long has one more person
      const revised = { ...figures, "thinh-long@x": 10, "*": 43 }
      const refused = yield* Effect.flip(Disclosure.release(persons("commune", revised), Audience.national))
      expect(refused._tag).toBe("InconsistentFigures")
      if (refused._tag !== "InconsistentFigures") return
      expect(refused.earlier?.[0]?.label?.en).toBe("Persons reached by commune")
      expect(refused.explain("en")).toContain('differ from those released before to the same audience ("Persons reached by commune", on ')
      expect(refused.explain("en")).toContain("check the records imported or corrected after that release")
      expect(refused.explain("vi")).toContain("khác với số đã công bố lần trước")
    }).pipe(Effect.provide(services))
  )
})

const merge = (a: Record<string, { lower: number; upper: number }>, b: Record<string, { lower: number; upper: number }>) => {
  const out = { ...a }
  for (const [k, v] of Object.entries(b)) {
    const w = out[k]
    out[k] = w === undefined ? v : { lower: Math.max(w.lower, v.lower), upper: Math.min(w.upper, v.upper) }
  }
  return out
}
