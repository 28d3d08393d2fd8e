/**
 * Aggregate values: numbers reported as totals rather than recorded event by event — police
 * statistics, another province's yearly report, a survey's estimate. They play the role of
 * DHIS2's data values and feed the same indicators as events.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { AggregateValueId, OrganisationId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { PeriodId } from "./Period.js"

/**
 * Where a reported number comes from.
 *
 * @since 0.1.0
 */
export const ValueSource = vocabulary("ValueSource", {
  police: { vi: "Số liệu công an", en: "Police statistics" },
  province_report: { vi: "Báo cáo của tỉnh", en: "Provincial report" },
  model_report: { vi: "Báo cáo mô hình", en: "Model report" },
  survey: { vi: "Điều tra, khảo sát", en: "Survey" },
  ngo_report: { vi: "Báo cáo của tổ chức", en: "NGO report" },
  other: { vi: "Nguồn khác", en: "Other source" }
})
/** @since 0.1.0 */
export type ValueSource = typeof ValueSource.Type

/**
 * A reported number for a data element, period, unit and disaggregation.
 *
 * `dataElement` is a code from the indicator catalogue (e.g. `POLICE_CASES`) or one of the
 * user's. `disaggregation` maps a dimension to an option (`{ sex: "female" }`); an empty map is
 * the total. `value` may be fractional for survey shares.
 *
 * @since 0.1.0
 */
export class AggregateValue extends Schema.Class<AggregateValue>("AggregateValue")({
  id: plain(AggregateValueId),
  dataElement: plain(Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(200))),
  period: plain(PeriodId),
  unitId: plain(AdminUnitId),
  disaggregation: plain(Schema.Record({ key: Schema.String, value: Schema.String })),
  value: plain(Schema.Number.pipe(Schema.finite())),
  source: plain(ValueSource),
  reporterId: Schema.optional(plain(OrganisationId)),
  /** The document it was taken from, e.g. `Báo cáo số 12/BC-SLĐTBXH`. */
  reference: Schema.optional(plain(Schema.String))
}) {}
