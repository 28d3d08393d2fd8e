/**
 * Money: budgets by source, expenditures, and cost norms (định mức).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { BudgetId, CostNormId, ExpenditureId, ModelId, OrganisationId, ProgrammeId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { Vnd } from "./Money.js"
import { IsoDate } from "./Time.js"

/**
 * Where a budget comes from.
 *
 * @since 0.1.0
 */
export const FundingSource = vocabulary("FundingSource", {
  central: { vi: "Ngân sách trung ương", en: "Central budget" },
  local: { vi: "Ngân sách địa phương", en: "Local budget" },
  donor: { vi: "Nhà tài trợ", en: "Donor" },
  other: { vi: "Nguồn khác", en: "Other source" }
})
/** @since 0.1.0 */
export type FundingSource = typeof FundingSource.Type

/**
 * What money is spent on; cost norms are set per category.
 *
 * @since 0.1.0
 */
export const ExpenseCategory = vocabulary("ExpenseCategory", {
  vocational_training: { vi: "Hỗ trợ học nghề", en: "Vocational training support" },
  health_check: { vi: "Khám sức khỏe", en: "Health check-ups" },
  legal_aid: { vi: "Trợ giúp pháp lý", en: "Legal aid" },
  communication: { vi: "Truyền thông", en: "Communication" },
  training: { vi: "Tập huấn", en: "Training" },
  group_support: { vi: "Hỗ trợ nhóm tự lực", en: "Self-help group support" },
  loan_support: { vi: "Hỗ trợ vay vốn", en: "Loan support" },
  inspection: { vi: "Kiểm tra", en: "Inspection" },
  equipment: { vi: "Trang thiết bị", en: "Equipment" },
  management: { vi: "Quản lý", en: "Management" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type ExpenseCategory = typeof ExpenseCategory.Type

/**
 * A budget line for a year.
 *
 * @since 0.1.0
 */
export class Budget extends Schema.Class<Budget>("Budget")({
  id: plain(BudgetId),
  year: plain(Schema.Int.pipe(Schema.between(1990, 2100))),
  source: plain(FundingSource),
  funderId: Schema.optional(plain(OrganisationId)),
  programmeId: Schema.optional(plain(ProgrammeId)),
  modelId: Schema.optional(plain(ModelId)),
  unitId: plain(AdminUnitId),
  amount: plain(Vnd)
}) {}

/**
 * Money spent. `beneficiaries` is the number of persons it paid for where that is known (e.g.
 * vocational support for 15 women), so spend per person can be compared with a norm.
 *
 * @since 0.1.0
 */
export class Expenditure extends Schema.Class<Expenditure>("Expenditure")({
  id: plain(ExpenditureId),
  budgetId: Schema.optional(plain(BudgetId)),
  modelId: Schema.optional(plain(ModelId)),
  unitId: plain(AdminUnitId),
  date: plain(IsoDate),
  category: plain(ExpenseCategory),
  source: plain(FundingSource),
  amount: plain(Vnd),
  beneficiaries: Schema.optional(plain(Schema.NonNegativeInt))
}) {}

/**
 * A cost norm (định mức): the most that may be spent per unit of a category, with its legal
 * basis and validity; `unitId` limits it to a province where the norm is local.
 *
 * @since 0.1.0
 */
export class CostNorm extends Schema.Class<CostNorm>("CostNorm")({
  id: plain(CostNormId),
  category: plain(ExpenseCategory),
  /** What one unit is, e.g. `per person per course`. */
  per: plain(Schema.NonEmptyTrimmedString),
  amount: plain(Vnd),
  legalBasis: plain(Schema.NonEmptyTrimmedString),
  unitId: Schema.optional(plain(AdminUnitId)),
  validFrom: plain(IsoDate),
  validTo: Schema.optional(plain(IsoDate))
}) {}
