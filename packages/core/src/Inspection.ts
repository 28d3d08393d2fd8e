/**
 * Inspections by the inter-agency "178" teams: rounds (đợt) of establishment-visits
 * (lượt cơ sở), each ending compliant, with a reminder, or with a violation and a fine.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { EstablishmentType } from "./Establishment.js"
import { EstablishmentId, InspectionRoundId, InspectionVisitId, OrganisationId, ProgrammeId } from "./Ids.js"
import { problem } from "./internal/issues.js"
import { vocabulary } from "./Label.js"
import { Vnd } from "./Money.js"
import { IsoDate } from "./Time.js"

/**
 * The level of the team that ran a round.
 *
 * @since 0.1.0
 */
export const TeamLevel = vocabulary("TeamLevel", {
  province: { vi: "Đoàn kiểm tra cấp tỉnh", en: "Provincial team" },
  district: { vi: "Đoàn kiểm tra cấp huyện", en: "District team" },
  commune: { vi: "Đoàn kiểm tra cấp xã", en: "Commune team" }
})
/** @since 0.1.0 */
export type TeamLevel = typeof TeamLevel.Type

/**
 * How an establishment-visit ended.
 *
 * @since 0.1.0
 */
export const InspectionOutcome = vocabulary("InspectionOutcome", {
  compliant: { vi: "Không vi phạm", en: "Compliant" },
  reminder: { vi: "Nhắc nhở", en: "Reminder" },
  violation: { vi: "Vi phạm, xử phạt", en: "Violation" }
})
/** @since 0.1.0 */
export type InspectionOutcome = typeof InspectionOutcome.Type

const FINE_ONLY_WITH_VIOLATION = {
  vi: "chỉ ghi tiền phạt khi kết quả là vi phạm",
  en: "a fine can only be recorded with a violation"
}

/**
 * An inspection round (đợt).
 *
 * @since 0.1.0
 */
export class InspectionRound extends Schema.Class<InspectionRound>("InspectionRound")({
  id: plain(InspectionRoundId),
  teamLevel: plain(TeamLevel),
  /** The unit whose team ran the round. */
  unitId: plain(AdminUnitId),
  organiserId: Schema.optional(plain(OrganisationId)),
  programmeId: Schema.optional(plain(ProgrammeId)),
  start: plain(IsoDate),
  end: plain(IsoDate)
}) {}

/**
 * One establishment-visit (lượt cơ sở). The establishment's unit and type are kept as recorded
 * at the visit. A fine is recorded only with a violation.
 *
 * @since 0.1.0
 */
export class InspectionVisit extends Schema.Class<InspectionVisit>("InspectionVisit")(
  Schema.Struct({
  id: plain(InspectionVisitId),
  roundId: plain(InspectionRoundId),
  establishmentId: plain(EstablishmentId),
  establishmentType: plain(EstablishmentType),
  unitId: plain(AdminUnitId),
  date: plain(IsoDate),
  outcome: plain(InspectionOutcome),
  fine: Schema.optional(plain(Vnd))
  }).pipe(
    Schema.filter(
      (visit) =>
        visit.fine !== undefined && visit.fine > 0 && visit.outcome !== "violation"
          ? { path: ["fine"], message: FINE_ONLY_WITH_VIOLATION.en }
          : undefined,
      problem(FINE_ONLY_WITH_VIOLATION)
    )
  )
) {}
