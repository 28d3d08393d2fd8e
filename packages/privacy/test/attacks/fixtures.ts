/** The reports the attacks are made on: synthetic figures shaped like the programme's. */
import type { CoreError, ReportTable } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import type * as DisclosureError from "../../src/DisclosureError.js"
import { giaoThuy, reportCell, reportTable, services, valueIndicator } from "../DisclosureFixtures.js"

export { services }

export const COMMUNES = ["quat-lam@x", "thinh-long@x", "giao-phong@x"] as const

/**
 * Counselling contacts in Giao Thủy's communes, 2019: Quất Lâm's 3 contacts are one woman's
 * visits, and must not be told.
 */
export const counselling = (
  values: readonly [number, number, number] = [3, 9, 30],
  validation: ReadonlyArray<ReportTable.ValidationResult> = []
): ReportTable.ReportTable =>
  reportTable(
    [valueIndicator("COUNSELLING_CONTACTS", "contacts", true)],
    [
      ...COMMUNES.map((u, i) => reportCell("COUNSELLING_CONTACTS", { adminUnit: u }, values[i]!, { unit: "contacts" })),
      reportCell("COUNSELLING_CONTACTS", {}, values[0] + values[1] + values[2], { unit: "contacts" })
    ],
    { ...giaoThuy("commune"), scope: { id: "giao-thuy@x", level: "district" } },
    validation
  )

/** What a reader of a released table knows, and the totals: the district is the sum of its communes. */
export const districtEquation = { total: "*", parts: [...COMMUNES] }
export const byUnit = (c: ReportTable.ReportCell) => c.adminUnit ?? "*"

/** Releases to an audience with the door's services (fresh ledger and log). */
export const releaseTo = <T extends ReportTable.ReportTable>(
  report: T,
  audience: Audience.Audience = Audience.national
): Effect.Effect<Disclosure.Released<T>, DisclosureError.DisclosureError | DisclosureError.SolverFailed | CoreError.StoreError> =>
  Disclosure.release(report, audience).pipe(Effect.provide(services))

export const PROVINCES = ["quang-ninh@x", "hai-phong@x", "nam-dinh@x"] as const

/** Counselling contacts by province, 2019 (for audiences that see provinces at most). */
export const counsellingByProvince = (values: readonly [number, number, number]): ReportTable.ReportTable =>
  reportTable(
    [valueIndicator("COUNSELLING_CONTACTS", "contacts", true)],
    [
      ...PROVINCES.map((u, i) => reportCell("COUNSELLING_CONTACTS", { adminUnit: u }, values[i]!, { unit: "contacts" })),
      reportCell("COUNSELLING_CONTACTS", {}, values[0] + values[1] + values[2], { unit: "contacts" })
    ],
    { asOf: "2019-12-31", level: "province", parents: Object.fromEntries(PROVINCES.map((p) => [p, null])) }
  )
