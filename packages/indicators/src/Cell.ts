/**
 * A cell of a report: one indicator for one period, one administrative unit (or the total) and
 * one breakdown (or the total), with its value, numerator and denominator, unit, where the
 * value came from, flags, the formula's explanation in both languages — and, once released,
 * the mark disclosure control put on it.
 *
 * @since 0.1.0
 */
import { Label, ReportTable } from "@pctnxh/core"
import * as Schema from "effect/Schema"
import * as format from "./internal/format.js"
import { Unit } from "./Unit.js"

/**
 * Where a cell's value came from: recorded events (and other records), reported aggregate
 * values, both (added under the `sum` precedence, or mixed in a formula), or none (no data).
 *
 * @since 0.1.0
 */
export const Source = Label.vocabulary("CellSource", {
  events: { vi: "Số liệu ghi nhận theo từng lượt", en: "Recorded events" },
  aggregate: { vi: "Số liệu tổng hợp được báo cáo", en: "Reported aggregate values" },
  both: { vi: "Cả hai nguồn", en: "Both sources" },
  none: { vi: "Không có số liệu", en: "No data" }
})
/** @since 0.1.0 */
export type Source = typeof Source.Type

/**
 * What a cell can be flagged with.
 *
 * @since 0.1.0
 */
export const Flag = Label.vocabulary("CellFlag", {
  overNorm: { vi: "Chi vượt định mức", en: "Spending above the cost norm" },
  staleEstimate: { vi: "Độ bao phủ trên 100%: ước tính quy mô đã cũ hoặc quá thấp", en: "Coverage above 100%: the size estimate is stale or too low" },
  belowBenchmark: { vi: "Thấp hơn mốc chương trình đặt ra", en: "Below the programme's benchmark" },
  aboveBenchmark: { vi: "Cao hơn mốc chương trình đặt ra", en: "Above the programme's benchmark" },
  partAboveTotal: { vi: "Phần lớn hơn tổng của nó", en: "A part is larger than its total" },
  noDenominator: { vi: "Mẫu số bằng 0 hoặc không có số liệu", en: "The denominator is zero or missing" },
  noTarget: { vi: "Không có chỉ tiêu cho kỳ và địa bàn", en: "No target for the period and place" },
  noEstimate: { vi: "Không có ước tính quy mô cho địa bàn", en: "No population estimate for the place" },
  noNorm: { vi: "Không có định mức có hiệu lực", en: "No cost norm in force" },
  prorated: { vi: "Chỉ tiêu tính theo phần thời gian đã qua", en: "Target pro-rated to the time elapsed" },
  reportedDiffers: { vi: "Số liệu ghi nhận và số liệu báo cáo không khớp", en: "Recorded events and the reported value disagree" }
})
/** @since 0.1.0 */
export type Flag = typeof Flag.Type

/**
 * A cell: `@pctnxh/core`'s `ReportTable.ReportCell` with this package's unit, source and flag
 * vocabularies.
 *
 * - `adminUnit`: absent for the total over every unit in the report's scope; `null` for records
 *   whose place has no unit at the report's level on its date; else the unit's id.
 * - `disaggregation`: `{}` for the total; else the breakdown's attributes and their values
 *   (`null` where a record has none).
 * - `contributions`: for an amount that is not public, how many contributors it has and their
 *   largest contributions (for the dominance and p% rules); never released.
 * - `disclosure`: the mark of a released cell (see `@pctnxh/privacy`'s release door); a report
 *   that was not released has none.
 *
 * @since 0.1.0
 */
export const Cell = Schema.Struct({
  ...ReportTable.ReportCell.fields,
  unit: Unit,
  source: Source,
  flags: Schema.Array(Flag)
}).annotations({ identifier: "Cell" })
/** @since 0.1.0 */
export type Cell = typeof Cell.Type

/**
 * A cell's value as an officer writes it: `9,2%`, `3.312.195 đồng`, `640 lượt` in Vietnamese;
 * `9.2%`, `3,312,195 VND`, `640 contacts` in English. Percentages show one decimal and ratios
 * two unless told otherwise.
 *
 * @since 0.1.0
 */
export const display = (
  cell: Pick<Cell, "value" | "unit">,
  lang: Label.Lang,
  decimals: number = cell.unit === "percent" ? 1 : cell.unit === "ratio" ? 2 : 0
): string => format.withUnit(cell.value, cell.unit, decimals, lang, Unit.label(cell.unit))
