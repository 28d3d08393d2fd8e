/**
 * Attack: text that carries numbers. A hidden cell's figures leak through what is written about
 * it — the explanation of its formula with its values, a validation failure that quotes it, a
 * flag that says it is above a bound — in the table or in its JSON.
 */
import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import * as Key from "../../src/Key.js"
import { bounds, numbersIn, readerKnows } from "./attacker.js"
import { byUnit, counselling, counsellingByProvince, districtEquation, releaseTo, services } from "./fixtures.js"

// the consistency check found more persons than contacts in Quất Lâm, and says so with figures
const validation: ReadonlyArray<ReportTable.ValidationResult> = [
  {
    rule: "personsWithinContacts",
    name: { vi: "Số người không vượt quá số lượt", en: "Persons do not exceed contacts" },
    severity: "error",
    checked: 3,
    failures: [
      {
        indicators: ["COUNSELLING_PERSONS", "COUNSELLING_CONTACTS"],
        period: "2019",
        adminUnit: "quat-lam@x",
        disaggregation: {},
        explanation: { vi: "số người được tư vấn (4) lớn hơn lượt tư vấn (3)", en: "persons counselled (4) exceeds counselling contacts (3)" }
      }
    ]
  }
]

/** What an attacker reads off the texts of a table about Quất Lâm: every number written there. */
const readFromText = (table: ReportTable.ReportTable): ReadonlyArray<number> => {
  const cell = ReportTable.get(table, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "quat-lam@x" })!
  const failures = table.validation.flatMap((r) => r.failures.filter((f) => f.adminUnit === "quat-lam@x"))
  return [...numbersIn(cell.explanation.en), ...numbersIn(cell.explanation.vi), ...failures.flatMap((f) => numbersIn(f.explanation.en))]
}

describe("text that carries numbers", () => {
  it.effect("naive: hiding the value but keeping the texts gives Quất Lâm's 3 contacts away", () =>
    Effect.gen(function* () {
      const report = counselling(undefined, validation)
      const released = yield* releaseTo(report)
      // the naive path: the door's marks, put on the report's own cells and texts
      const naive: ReportTable.ReportTable = {
        ...report,
        cells: report.cells.map((c, i) => ({ ...c, disclosure: released.table.cells[i]!.disclosure!, ...(released.table.cells[i]!.value === null ? { value: null } : {}) }))
      }
      expect(ReportTable.get(naive, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "quat-lam@x" })?.value).toBeNull()
      expect(readFromText(naive)).toContain(3)
    })
  )

  it.effect("ours: the released table, and its JSON, say nothing from which the 3 can be read or recomputed", () =>
    Effect.gen(function* () {
      const released = yield* releaseTo(counselling(undefined, validation))
      const hidden = ReportTable.get(released.table, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "quat-lam@x" })!
      expect(hidden.disclosure).toMatchObject({ status: "suppressed", display: "<5" })
      expect(readFromText(released.table)).toEqual([])
      // the failure keeps its place and its rule, not its figures
      expect(released.table.validation[0]!.failures[0]).toMatchObject({ adminUnit: "quat-lam@x", indicators: ["COUNSELLING_PERSONS", "COUNSELLING_CONTACTS"] })
      // nor does the encoded table: no text of a hidden cell holds a number
      const json = Schema.encodeSync(ReportTable.ReportTable)(released.table)
      for (const c of json.cells.filter((c) => c.disclosure?.status !== "published")) {
        expect(c.value).toBeNull()
        expect(`${c.explanation.vi} ${c.explanation.en}`).not.toMatch(/\d/)
        expect(c.flags).toEqual([])
        expect(c.contributions).toBeUndefined()
      }
      // and what the numbers themselves leave: GLPK's attacker finds Quất Lâm anywhere in 1–4
      const known = readerKnows(released.table.cells, byUnit)
      expect(bounds(known, [districtEquation], "quat-lam@x")).toEqual({ lower: 1, upper: 4 })
    })
  )

  it.effect("a perturbed cell's exact figures are not told by its explanation", () =>
    Effect.gen(function* () {
      const keyring = yield* Key.ring(yield* Key.fromBytes("giao-thuy-2026", new Uint8Array(32).map((_, i) => i + 7)))
      const report = counsellingByProvince([3, 37, 30])
      const released = yield* Disclosure.release(report, Audience.publicAudience).pipe(
        Effect.provideService(Key.DeploymentKeyring, keyring),
        Effect.provide(services)
      )
      const haiPhong = ReportTable.get(released.table, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "hai-phong@x" })!
      expect(haiPhong.disclosure?.status).toBe("perturbed")
      expect(haiPhong.explanation.en).not.toMatch(/\d/)
      // the naive explanation would have told the exact count under the noise
      expect(numbersIn(ReportTable.get(report, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: "hai-phong@x" })!.explanation.en)).toContain(37)
    })
  )
})
