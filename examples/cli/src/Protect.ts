/**
 * Every report the CLI prints or writes leaves through the release door of `@pctnxh/privacy`:
 * the audience's limits and disclosure control (minimum cell size, amounts judged by their
 * contributors, complementary suppression checked by an attacker's linear bounds against every
 * earlier release to the audience, keyed noise for the public) are applied before anything is
 * shown, the release is recorded in the database's ledger and appended to its audit log.
 */
import type { Label } from "@pctnxh/core"
import type { Report } from "@pctnxh/indicators"
import { AttackerCheck, Audience, Audit, Disclosure, Key, ReleaseLedger } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Keys from "./Keys.js"

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

/** Who the audit log says released and exported: this program. */
export const ACTOR = "pctnxh-cli"

/** What a release is, in an officer's words: the report's title (or its indicators), periods and level. */
const labelOf = (report: Report.Report): Label.Label => {
  const periods = report.periods.map((p) => p.id).join(", ")
  const level = report.units.level
  const what = (lang: Label.Lang) =>
    report.spec.title?.[lang] ?? (report.indicators.length <= 3 ? report.indicators.map((i) => i.code).join(", ") : `${report.indicators.length} ${lang === "vi" ? "chỉ tiêu" : "indicators"}`)
  return {
    vi: `${what("vi")} — kỳ ${periods}${level === undefined ? "" : `, theo cấp ${level}`}`,
    en: `${what("en")} — ${periods}${level === undefined ? "" : `, by ${level}`}`
  }
}

/** The deployment keyring, when there is one: cell-key noise for the public takes its key from it. */
const keyring = (path: string) =>
  Effect.match(Keys.load(path), {
    onFailure: () => Layer.empty,
    onSuccess: (ring) => Key.layerKeyring(ring)
  })

/**
 * Releases a report to an audience through the door, against the release ledger and the audit
 * log kept in the database (the store in context).
 */
export const protect = (report: Report.Report, audience: AudienceName, keyringPath: string) =>
  Effect.gen(function* () {
    const keys = yield* keyring(keyringPath)
    return yield* Disclosure.release(report, byName[audience], { actor: ACTOR, label: labelOf(report) }).pipe(
      Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerStore, keys)),
      Effect.provide(Audit.layer)
    )
  })
