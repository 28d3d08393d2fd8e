/**
 * Attack: breakdowns beyond the audience. A donor sees provinces at most; a commune table of 6
 * women referred for HIV testing passes every cell-size rule, yet the donor was never to see a
 * commune — in a commune of a few hundred people, 6 women is a list of names.
 */
import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import { giaoThuy, reportCell, reportTable, valueIndicator } from "../DisclosureFixtures.js"
import { COMMUNES, counsellingByProvince, releaseTo, services } from "./fixtures.js"

const referred = (values: readonly [number, number, number]) =>
  reportTable(
    [valueIndicator("HIV_TESTING_REFERRAL_PERSONS", "persons", false)],
    [
      ...COMMUNES.map((u, i) => reportCell("HIV_TESTING_REFERRAL_PERSONS", { adminUnit: u }, values[i]!)),
      reportCell("HIV_TESTING_REFERRAL_PERSONS", {}, values[0] + values[1] + values[2])
    ],
    giaoThuy("commune")
  )

describe("breakdowns beyond the audience", () => {
  it.effect("naive: disclosure control alone publishes the donor a commune's 6 women", () =>
    Effect.gen(function* () {
      const read = yield* Disclosure.fromReport(referred([6, 12, 30]))
      const protectedOnly = yield* Disclosure.protect(read.tables, { policy: Disclosure.policyFor(Audience.donor) })
      const quatLam = protectedOnly.tables[0]!.cells.find((c) => c.key["unit@x"] === "quat-lam@x")!
      expect(quatLam).toMatchObject({ value: 6, mark: { status: "published" } })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: the door refuses it, naming the limit in both languages, and publishes nothing", () =>
    Effect.gen(function* () {
      const refused = yield* Effect.flip(releaseTo(referred([6, 12, 30]), Audience.donor))
      expect(refused._tag).toBe("BeyondAudience")
      if (refused._tag !== "BeyondAudience") return
      expect(refused).toMatchObject({ audience: "donor", limit: "unitLevel", asked: "commune" })
      expect(refused.explain("en")).toBe('A report for "Donor" may not be broken down by commune level: this audience sees down to province level at most. Choose a higher level.')
      expect(refused.explain("vi")).toContain("không được chia theo cấp xã")
    })
  )

  it.effect("every limit of an audience is enforced: the unit a report is within, period grains, attributes, reported disaggregations", () =>
    Effect.gen(function* () {
      const within = { ...referred([6, 12, 30]), units: { ...giaoThuy(), scope: { id: "giao-thuy@x", level: "district" as const } } }
      const total = { ...within, cells: within.cells.filter((c) => c.adminUnit === undefined) }
      expect((yield* Effect.flip(releaseTo(total, Audience.donor)))).toMatchObject({ _tag: "BeyondAudience", limit: "scopeLevel" })
      const monthly = counsellingByProvince([10, 20, 30])
      const months: ReportTable.ReportTable = { ...monthly, cells: monthly.cells.map((c) => ({ ...c, period: "2019M03" })) }
      expect((yield* Effect.flip(releaseTo(months, Audience.donor)))).toMatchObject({ _tag: "BeyondAudience", limit: "periodGrain", asked: "month" })
      const byResidence: ReportTable.ReportTable = {
        ...monthly,
        cells: [...monthly.cells, reportCell("COUNSELLING_CONTACTS", { disaggregation: { residence: "none" } }, 60, { unit: "contacts" })]
      }
      const residence = yield* Effect.flip(releaseTo(byResidence, Audience.publicAudience))
      expect(residence).toMatchObject({ _tag: "BeyondAudience", limit: "attribute", asked: "residence" })
      const reported: ReportTable.ReportTable = {
        ...monthly,
        cells: [...monthly.cells, reportCell("COUNSELLING_CONTACTS", { disaggregation: { ethnic_group: "kinh" } }, 60, { unit: "contacts" })]
      }
      expect((yield* Effect.flip(releaseTo(reported, Audience.publicAudience)))).toMatchObject({ _tag: "BeyondAudience", limit: "disaggregation" })
      // the province sees communes: the same table releases, its small cells protected
      const province = yield* releaseTo(referred([6, 2, 30]), Audience.province)
      expect(ReportTable.get(province.table, { indicator: "HIV_TESTING_REFERRAL_PERSONS", period: "2019", adminUnit: "thinh-long@x" })?.disclosure?.display).toBe("<3")
    })
  )
})
