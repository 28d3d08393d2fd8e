/**
 * Targets (chỉ tiêu) and population size estimates: the denominators of plan-versus-actual and
 * coverage.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { ModelId, OrganisationId, PopulationEstimateId, ProgrammeId, TargetId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { PeriodId } from "./Period.js"
import { PopulationCategory } from "./Person.js"

/**
 * A planned value of an indicator for a period and unit.
 *
 * @since 0.1.0
 */
export class Target extends Schema.Class<Target>("Target")({
  id: plain(TargetId),
  /** The indicator code from the catalogue, e.g. `PERSONS_REACHED`. */
  indicator: plain(Schema.NonEmptyTrimmedString),
  period: plain(PeriodId),
  unitId: plain(AdminUnitId),
  programmeId: Schema.optional(plain(ProgrammeId)),
  modelId: Schema.optional(plain(ModelId)),
  value: plain(Schema.Number.pipe(Schema.finite(), Schema.nonNegative()))
}) {}

/**
 * How a population size was estimated.
 *
 * @since 0.1.0
 */
export const EstimationMethod = vocabulary("EstimationMethod", {
  mapping: { vi: "Lập bản đồ điểm nóng", en: "Hotspot mapping" },
  capture_recapture: { vi: "Bắt - thả - bắt lại", en: "Capture–recapture" },
  multiplier: { vi: "Phương pháp nhân", en: "Multiplier" },
  programme_records: { vi: "Số liệu quản lý", en: "Programme records" },
  census: { vi: "Rà soát, thống kê", en: "Census or count" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type EstimationMethod = typeof EstimationMethod.Type

/**
 * An estimated size of a population in a unit for a year, with the method and source; `low`
 * and `high` bound it where the method gives an interval.
 *
 * @since 0.1.0
 */
export class PopulationEstimate extends Schema.Class<PopulationEstimate>("PopulationEstimate")({
  id: plain(PopulationEstimateId),
  population: plain(PopulationCategory),
  unitId: plain(AdminUnitId),
  year: plain(Schema.Int.pipe(Schema.between(1990, 2100))),
  size: plain(Schema.NonNegativeInt),
  low: Schema.optional(plain(Schema.NonNegativeInt)),
  high: Schema.optional(plain(Schema.NonNegativeInt)),
  method: plain(EstimationMethod),
  sourceId: Schema.optional(plain(OrganisationId)),
  reference: Schema.optional(plain(Schema.String))
}) {}
