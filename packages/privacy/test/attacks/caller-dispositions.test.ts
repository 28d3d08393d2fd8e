/**
 * Attack: dispositions supplied by the caller. A cell that arrives already marked "published"
 * or "perturbed" — by a bug, by a hand, by a saved JSON edited and fed back — must not leave as
 * it says: the door judges every cell again from its figures.
 */
import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import { bounds, readerKnows } from "./attacker.js"
import { byUnit, counselling, districtEquation, releaseTo, services } from "./fixtures.js"

const where = { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "quat-lam@x" } as const

/** The report with Quất Lâm's 3 contacts marked as the caller likes. */
const forged = (mark: ReportTable.Mark): ReportTable.ReportTable => {
  const report = counselling()
  return { ...report, cells: report.cells.map((c) => (c.adminUnit === "quat-lam@x" ? { ...c, disclosure: mark } : c)) }
}

/** A door that trusts the marks it is given shows a cell marked published or perturbed as it is. */
const naive = (report: ReportTable.ReportTable) =>
  report.cells.map((c) => (c.disclosure === undefined || c.disclosure.status !== "suppressed" ? c.value : null))

describe("dispositions supplied by the caller", () => {
  it.effect("naive: a cell marked published or perturbed shows Quất Lâm's 3 contacts", () =>
    Effect.sync(() => {
      for (const mark of [{ status: "published" }, { status: "perturbed", reason: "cell-key" }] as const) {
        const report = forged(mark)
        expect(naive(report)[report.cells.findIndex((c) => c.adminUnit === "quat-lam@x")]).toBe(3)
      }
    })
  )

  it.effect("ours: every mark is recomputed — the 3 leaves as <5, and the attacker finds it anywhere in 1–4", () =>
    Effect.gen(function* () {
      for (const mark of [{ status: "published" }, { status: "perturbed", reason: "cell-key" }, { status: "suppressed", display: "<2" }] as const) {
        const released = yield* releaseTo(forged(mark))
        expect(ReportTable.get(released.table, where)).toMatchObject({ value: null, disclosure: { status: "suppressed", display: "<5" } })
        expect(bounds(readerKnows(released.table.cells, byUnit), [districtEquation], "quat-lam@x")).toEqual({ lower: 1, upper: 4 })
      }
      // a big cell falsely marked "<5" is not told to be under 5 (its label would lie, and narrow the attacker's view)
      const report = counselling()
      const lying = { ...report, cells: report.cells.map((c) => (c.adminUnit === "giao-phong@x" ? { ...c, disclosure: { status: "suppressed" as const, display: "<5" } } : c)) }
      const released = yield* releaseTo(lying)
      expect(ReportTable.get(released.table, { ...where, adminUnit: "giao-phong@x" })?.disclosure?.display).not.toBe("<5")
    })
  )

  it.effect("ours: a released table saved as JSON, edited and fed back is judged again, never trusted", () =>
    Effect.gen(function* () {
      const released = yield* releaseTo(counselling())
      const text = JSON.stringify(Schema.encodeSync(ReportTable.ReportTable)(released.table))
      // fed back as it is, its hidden cells hold no figures: the door cannot judge it, and refuses it
      const asSaved = Schema.decodeUnknownSync(ReportTable.ReportTable)(JSON.parse(text))
      expect((yield* Effect.flip(releaseTo(asSaved)))._tag).toBe("InvalidTable")
      // an insider puts the figures back and marks them published
      const json = JSON.parse(text) as { cells: Array<Record<string, unknown>> }
      for (const c of json.cells) {
        if (c["adminUnit"] === "quat-lam@x") Object.assign(c, { value: 3, numerator: 3, disclosure: { status: "published" } })
        if (c["adminUnit"] === "thinh-long@x") Object.assign(c, { value: 9, numerator: 9, disclosure: { status: "published" } })
      }
      const decoded = Schema.decodeUnknownSync(ReportTable.ReportTable)(json)
      expect(Disclosure.isReleased(decoded)).toBe(false)
      const again = yield* releaseTo(decoded)
      expect(ReportTable.get(again.table, where)).toMatchObject({ value: null, disclosure: { status: "suppressed" } })
    })
  )

  it.effect("ours: the table-level door judges cells marked published or perturbed again too", () =>
    Effect.gen(function* () {
      const read = yield* Disclosure.fromReport(counselling())
      const table = read.tables[0]!
      const marked = { ...table, cells: table.cells.map((c) => (c.key["unit@x"] === "quat-lam@x" ? { ...c, mark: { status: "perturbed" as const, reason: "cell-key" as const } } : c)) }
      const out = yield* Disclosure.protect([marked], { policy: Disclosure.policyFor(Audience.national) })
      const quatLam = out.tables[0]!.cells.find((c) => c.key["unit@x"] === "quat-lam@x")!
      expect(quatLam).toMatchObject({ mark: { status: "suppressed", display: "<5" } })
      expect(quatLam.value).toBeUndefined()
    }).pipe(Effect.provide(services))
  )
})
