/**
 * Every report the CLI prints or writes leaves through disclosure control: the audience's
 * policy (minimum cell size, complementary suppression checked by an attacker's linear bounds)
 * is applied by `@pctnxh/privacy` before anything is shown.
 */
import type { Report } from "@pctnxh/indicators"
import { Audience, AttackerCheck, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"

/** The audiences a report can be made for, by their command-line names. */
export const audiences = ["peer-educator", "model-officer", "local", "province", "national", "donor", "public"] as const
export type AudienceName = (typeof audiences)[number]

const byName: { readonly [N in AudienceName]: Audience.Audience } = {
  "peer-educator": Audience.peerEducator,
  "model-officer": Audience.modelOfficer,
  local: Audience.local,
  province: Audience.province,
  national: Audience.national,
  donor: Audience.donor,
  public: Audience.publicAudience
}

/**
 * Amounts published as they are: budgets, spending and norms are not about anyone, and fines
 * are administrative sanctions against businesses that provinces publish as totals.
 */
const PUBLIC_AMOUNTS = ["FINES", "AVERAGE_FINE", "BUDGET", "SPENDING", "VOCATIONAL_SPENDING", "COST_PER_PERSON_REACHED", "COST_PER_PERSON_TRAINED", "COST_PER_PERSON_TRAINED_VS_NORM", "EXECUTION_RATE"]

/**
 * Applies an audience's disclosure control to a report, checked against everything released to
 * that audience before (the release ledger kept in the database), and records the release.
 */
export const protect = (report: Report.Report, audience: AudienceName) =>
  Disclosure.releaseReport({ audience: byName[audience], report, publicAmounts: PUBLIC_AMOUNTS }).pipe(
    Effect.map(({ report }) => report),
    Effect.provide(AttackerCheck.layer),
    Effect.provide(ReleaseLedger.layerStore)
  )
