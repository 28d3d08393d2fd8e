/**
 * Units of indicators: what a number counts. A contact (lượt) is not a person (người), an
 * establishment-visit (lượt cơ sở) is not an establishment (cơ sở): formulas never add one to
 * the other, and the unit of every measure is known from its source and field.
 *
 * @since 0.1.0
 */
import type { AggregateQuery, Registry } from "@pctnxh/core"
import { Label } from "@pctnxh/core"

/**
 * The units an indicator can be expressed in.
 *
 * @example
 * ```ts
 * import { Unit } from "@pctnxh/indicators"
 * Unit.Unit.label("contacts").vi // "lượt"
 * ```
 * @since 0.1.0
 */
export const Unit = Label.vocabulary("IndicatorUnit", {
  contacts: { vi: "lượt", en: "contacts" },
  persons: { vi: "người", en: "persons" },
  visits: { vi: "lượt cơ sở", en: "establishment-visits" },
  establishments: { vi: "cơ sở", en: "establishments" },
  rounds: { vi: "đợt", en: "inspection rounds" },
  sessions: { vi: "buổi", en: "sessions" },
  activities: { vi: "hoạt động", en: "activities" },
  groups: { vi: "nhóm", en: "groups" },
  items: { vi: "sản phẩm", en: "items" },
  cases: { vi: "vụ", en: "cases" },
  models: { vi: "mô hình", en: "models" },
  adminUnits: { vi: "đơn vị hành chính", en: "administrative units" },
  records: { vi: "bản ghi", en: "records" },
  count: { vi: "số", en: "count" },
  vnd: { vi: "đồng", en: "VND" },
  percent: { vi: "%", en: "%" },
  ratio: { vi: "tỉ số", en: "ratio" }
})
/** @since 0.1.0 */
export type Unit = typeof Unit.Type

/**
 * The sources an event measure can count: every aggregate source but reported values, which
 * enter formulas as `reported` measures.
 *
 * @since 0.1.0
 */
export type EventSource = Exclude<AggregateQuery.Source, "aggregateValue">

/**
 * The unit of a count of a source's records.
 *
 * @since 0.1.0
 */
export const countUnit = {
  serviceEvent: "contacts",
  activity: "activities",
  inspectionVisit: "visits",
  expenditure: "records",
  budget: "records",
  group: "groups",
  establishment: "establishments"
} as const satisfies { readonly [S in EventSource]: Unit }
/** @since 0.1.0 */
export type CountUnit = typeof countUnit

/**
 * The unit of a sum of each field a source can sum.
 *
 * @since 0.1.0
 */
export const sumUnit = {
  serviceEvent: { cost: "vnd", amount: "vnd" },
  activity: { sessions: "sessions", participantContacts: "contacts", outputs: "items", cost: "vnd" },
  inspectionVisit: { fine: "vnd" },
  expenditure: { amount: "vnd", beneficiaries: "persons" },
  budget: { amount: "vnd" },
  group: {},
  establishment: {}
} as const satisfies { readonly [S in EventSource]: { readonly [F in Registry.SumOf<S>]: Unit } }
/** @since 0.1.0 */
export type SumUnit = typeof sumUnit

/**
 * The unit of a count of distinct values of each id field.
 *
 * @since 0.1.0
 */
export const distinctUnit = {
  personId: "persons",
  establishmentId: "establishments",
  roundId: "rounds",
  groupId: "groups",
  modelId: "models",
  unitId: "adminUnits"
} as const satisfies { readonly [F in AggregateQuery.DistinctField]: Unit }
/** @since 0.1.0 */
export type DistinctUnit = typeof distinctUnit

/**
 * The units that count things — whatever a money amount can be divided by to give a cost per
 * unit.
 *
 * @since 0.1.0
 */
export type Countable = Exclude<Unit, "vnd" | "percent" | "ratio">

/**
 * Whether a unit counts things (see {@link Countable}).
 *
 * @since 0.1.0
 */
export const isCountable = (unit: Unit): unit is Countable => unit !== "vnd" && unit !== "percent" && unit !== "ratio"

/**
 * A unit in running text, with its Vietnamese word: `contacts (lượt)` / `lượt (contacts)`.
 *
 * @since 0.1.0
 */
export const describe = (unit: Unit, lang: Label.Lang): string => {
  const l = Unit.label(unit)
  return lang === "vi" ? l.vi : `${l.en} (${l.vi})`
}
