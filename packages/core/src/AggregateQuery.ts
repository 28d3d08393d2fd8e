/**
 * The aggregate algebra: a query is plain data — a source, a measure, filters and group-by
 * dimensions — that every store answers the same way. The memory store evaluates it in
 * JavaScript; the SQL store compiles it to one `GROUP BY` statement.
 *
 * @example
 * ```ts
 * import { AggregateQuery } from "@pctnxh/core"
 * // distinct persons reached in 2019 (administrative calendar), by province as of today
 * const query = AggregateQuery.make({
 *   source: "serviceEvent",
 *   measure: AggregateQuery.distinctPersons,
 *   filters: [AggregateQuery.inPeriod("2019", "administrative")],
 *   groupBy: [AggregateQuery.byUnit("province", "2026-01-01"), AggregateQuery.by("sex")]
 * })
 * ```
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { AdminLevel, AdminUnitId } from "./AdminUnit.js"
import { Calendar } from "./Calendar.js"
import { InvalidQuery } from "./CoreError.js"
import { problems } from "./internal/issues.js"
import { type Label, vocabulary } from "./Label.js"
import * as Period from "./Period.js"
import * as Registry from "./Registry.js"
import { ServiceType } from "./ServiceEvent.js"
import { IsoDate } from "./Time.js"

const labelsOf = <T extends { readonly [k: string]: { readonly label: Label } }>(specs: T): { readonly [K in keyof T]: Label } =>
  Object.fromEntries(Object.entries(specs).map(([k, v]) => [k, v.label])) as { readonly [K in keyof T]: Label }

/**
 * What records a query counts: the sources of the {@link Registry.registry}.
 *
 * @since 0.1.0
 */
export const Source = vocabulary("AggregateSource", labelsOf(Registry.sources))
/** @since 0.1.0 */
export type Source = typeof Source.Type

/**
 * An attribute a query can filter on or group by. Which attributes a source has is given by
 * the {@link Registry.registry}.
 *
 * @since 0.1.0
 */
export const Attribute = vocabulary("AggregateAttribute", labelsOf(Registry.attributes))
/** @since 0.1.0 */
export type Attribute = typeof Attribute.Type

/**
 * A field whose values a query can sum.
 *
 * @since 0.1.0
 */
export const SumField = vocabulary("AggregateSumField", Registry.sumFields)
/** @since 0.1.0 */
export type SumField = typeof SumField.Type

/**
 * A field whose distinct values a query can count.
 *
 * @since 0.1.0
 */
export const DistinctField = vocabulary("AggregateDistinctField", Registry.distinctFields)
/** @since 0.1.0 */
export type DistinctField = typeof DistinctField.Type

/**
 * Since when a person counts as new for the `newPersons` measure: since the start of the
 * reporting year (`year`, the default) or ever (`ever`).
 *
 * @since 0.1.0
 */
export const NewPersonsWindow = Schema.Literal("year", "ever")
/** @since 0.1.0 */
export type NewPersonsWindow = typeof NewPersonsWindow.Type

/**
 * What a query computes per group:
 *
 * - `count`: the number of records (contacts, visits, sessions held…);
 * - `distinct`: the number of distinct values of an id — distinct persons are counted over the
 *   group's whole period, never summed from sub-periods. On activities, distinct `personId`
 *   counts the attendees they list (a person at two activities counts once; activities that
 *   keep no attendee list add no one);
 * - `sum`: the sum of a numeric field;
 * - `newPersons`: persons whose first contact in the reporting year (under `calendar`) falls in
 *   the group — unlike distinct persons, these add up across the quarters of a year. With
 *   `window: "ever"`, persons whose first contact of all the records falls in the group: the
 *   count for a range longer than one reporting year, where first contacts of each year would
 *   count a returning person once a year. The first contact is found among the records that
 *   pass every filter except period filters;
 * - `reached`: persons who received at least `atLeast` distinct services of `services` within
 *   the group (a package-reach rule such as KP_PREV);
 * - `contributions`: the sum of a numeric field (the row's `value`) together with who it comes
 *   from (the row's `contributions`): the field is summed per distinct value of `by` (per
 *   establishment, per person…), and the row gives how many contributors the group has (those
 *   whose sum is not 0) and the `top` largest of their sums, largest first, zeros left out.
 *   Records without a value of `by` count together as one contributor. Disclosure control judges amounts (fines, loans) by it: an amount from
 *   too few contributors, or dominated by one or two of them, identifies them.
 *
 * `newPersons` and `reached` count persons of service events only.
 *
 * @since 0.1.0
 */
export const Measure = Schema.Union(
  Schema.TaggedStruct("count", {}),
  Schema.TaggedStruct("distinct", { field: DistinctField }),
  Schema.TaggedStruct("sum", { field: SumField }),
  Schema.TaggedStruct("newPersons", {
    calendar: Calendar,
    window: Schema.optionalWith(NewPersonsWindow, { exact: true })
  }),
  Schema.TaggedStruct("reached", {
    services: Schema.NonEmptyArray(ServiceType),
    atLeast: Schema.Int.pipe(Schema.positive())
  }),
  Schema.TaggedStruct("contributions", {
    field: SumField,
    by: DistinctField,
    top: Schema.Int.pipe(Schema.between(1, 20))
  })
)
/** @since 0.1.0 */
export type Measure = typeof Measure.Type

/**
 * The period kinds a query can group by.
 *
 * @since 0.1.0
 */
export const PeriodGrain = Schema.Literal("year", "half", "quarter", "month")
/** @since 0.1.0 */
export type PeriodGrain = typeof PeriodGrain.Type

/**
 * A group-by dimension: the period a record falls in (under a calendar), the administrative
 * unit containing its site at a level as of a date (old units roll up through the crosswalk),
 * an attribute, or — for reported aggregate values — one key of their disaggregation.
 *
 * @since 0.1.0
 */
export const Dimension = Schema.Union(
  Schema.TaggedStruct("period", { grain: PeriodGrain, calendar: Calendar }),
  Schema.TaggedStruct("unit", { level: AdminLevel, asOf: IsoDate }),
  Schema.TaggedStruct("attribute", { name: Attribute }),
  Schema.TaggedStruct("disaggregation", { key: Schema.NonEmptyTrimmedString })
)
/** @since 0.1.0 */
export type Dimension = typeof Dimension.Type

/**
 * A filter: an attribute in a set of values, records dated within a period under a calendar,
 * records whose site lies within a unit as of a date, aggregate values with exactly this
 * disaggregation (`{}` selects totals), or aggregate values disaggregated by exactly these keys
 * whatever their options (`[]` selects totals).
 *
 * @since 0.1.0
 */
export const Filter = Schema.Union(
  Schema.TaggedStruct("in", { attribute: Attribute, values: Schema.Array(Schema.String) }),
  Schema.TaggedStruct("period", { period: Schema.String, calendar: Calendar }),
  Schema.TaggedStruct("within", { unitId: AdminUnitId, asOf: IsoDate }),
  Schema.TaggedStruct("disaggregation", { equals: Schema.Record({ key: Schema.String, value: Schema.String }) }),
  Schema.TaggedStruct("disaggregationKeys", { keys: Schema.Array(Schema.NonEmptyTrimmedString) })
)
/** @since 0.1.0 */
export type Filter = typeof Filter.Type

/**
 * A query.
 *
 * @since 0.1.0
 */
export class AggregateQuery extends Schema.Class<AggregateQuery>("AggregateQuery")({
  source: Source,
  measure: Measure,
  filters: Schema.Array(Filter),
  groupBy: Schema.Array(Dimension)
}) {}

// The class constructor's check, with its parser made once: the constructor walks the whole
// schema of a query each time it is called (a report plans a few hundred queries).
const validateQuery = ParseResult.validateSync(Schema.Struct(AggregateQuery.fields).annotations({ title: "AggregateQuery (Constructor)" }))

/**
 * One result row: the value of each dimension (by {@link dimensionKey}; `null` where a record
 * has no value for it) and the measure.
 *
 * @since 0.1.0
 */
export interface Row {
  readonly key: Readonly<Record<string, string | null>>
  readonly value: number
  /** For the `contributions` measure: how many contributors, and their largest sums, largest first. */
  readonly contributions?: Contributions | undefined
}

/**
 * Who a summed amount comes from: the number of contributors and their largest sums, largest
 * first.
 *
 * @since 0.1.0
 */
export interface Contributions {
  readonly contributors: number
  readonly largest: ReadonlyArray<number>
}

/**
 * Makes a query; `filters` and `groupBy` default to none.
 *
 * @since 0.1.0
 */
export const make = (query: {
  readonly source: Source
  readonly measure: Measure
  readonly filters?: ReadonlyArray<Filter>
  readonly groupBy?: ReadonlyArray<Dimension>
}): AggregateQuery =>
  new AggregateQuery(
    validateQuery({
      source: query.source,
      measure: query.measure,
      filters: query.filters ?? [],
      groupBy: query.groupBy ?? []
    }),
    true
  )

/** Counts records. @since 0.1.0 */
export const count: Measure = { _tag: "count" }
/** Counts distinct persons (records without a person are not counted). @since 0.1.0 */
export const distinctPersons: Measure = { _tag: "distinct", field: "personId" }
/** Counts distinct values of an id field. @since 0.1.0 */
export const distinct = (field: DistinctField): Measure => ({ _tag: "distinct", field })
/** Sums a numeric field (absent values count as nothing; an empty sum is 0). @since 0.1.0 */
export const sum = (field: SumField): Measure => ({ _tag: "sum", field })
/**
 * Counts persons whose first contact in the reporting year under a calendar falls in the group,
 * or, with `window` `"ever"`, whose first contact of all the records does.
 *
 * @example
 * ```ts
 * import { AggregateQuery } from "@pctnxh/core"
 * // persons first met in 2016–2020: a woman met in 2017 and again in 2019 counts once
 * AggregateQuery.make({
 *   source: "serviceEvent",
 *   measure: AggregateQuery.newPersons("plain", "ever"),
 *   filters: [AggregateQuery.inPeriod("2016/2020", "plain")]
 * })
 * ```
 * @since 0.1.0
 */
export const newPersons = (calendar: Calendar, window: NewPersonsWindow = "year"): Measure =>
  window === "year" ? { _tag: "newPersons", calendar } : { _tag: "newPersons", calendar, window }
/**
 * Counts persons who received at least `atLeast` distinct services of a package in the group.
 * @since 0.1.0
 */
export const reached = (services: readonly [ServiceType, ...Array<ServiceType>], atLeast: number): Measure => ({
  _tag: "reached",
  services,
  atLeast
})
/**
 * Sums a field with who it comes from: per group, the number of distinct `by` values and the
 * `top` largest sums per `by` value (e.g. fines by establishment).
 * @since 0.1.0
 */
export const contributions = (field: SumField, by: DistinctField, top = 5): Measure => ({ _tag: "contributions", field, by, top })
/** Groups by period. @since 0.1.0 */
export const byPeriod = (grain: PeriodGrain, calendar: Calendar): Dimension => ({ _tag: "period", grain, calendar })
/** Groups by the unit at a level as of a date. @since 0.1.0 */
export const byUnit = (level: AdminLevel, asOf: string): Dimension => ({
  _tag: "unit",
  level,
  asOf: asOf as IsoDate
})
/** Groups by an attribute. @since 0.1.0 */
export const by = (name: Attribute): Dimension => ({ _tag: "attribute", name })
/** Groups aggregate values by one disaggregation key. @since 0.1.0 */
export const byDisaggregation = (key: string): Dimension => ({ _tag: "disaggregation", key })
/** Keeps records whose attribute is one of the values. @since 0.1.0 */
export const where = (attribute: Attribute, values: ReadonlyArray<string>): Filter => ({ _tag: "in", attribute, values })
/** Keeps records dated within a period id under a calendar. @since 0.1.0 */
export const inPeriod = (period: string, calendar: Calendar): Filter => ({ _tag: "period", period, calendar })
/**
 * Keeps aggregate values disaggregated by exactly these keys, whatever their options
 * (`[]` keeps totals).
 * @since 0.1.0
 */
export const disaggregatedBy = (keys: ReadonlyArray<string>): Filter => ({ _tag: "disaggregationKeys", keys })
/** Keeps records whose site is within a unit as of a date. @since 0.1.0 */
export const within = (unitId: string, asOf: string): Filter => ({
  _tag: "within",
  unitId: unitId as AdminUnitId,
  asOf: asOf as IsoDate
})

/**
 * The name of a dimension in a {@link Row}'s key: `period`, `unit`, the attribute's name, or
 * `disaggregation.<key>`.
 *
 * @since 0.1.0
 */
export const dimensionKey = (dimension: Dimension): string => {
  switch (dimension._tag) {
    case "period":
      return "period"
    case "unit":
      return "unit"
    case "attribute":
      return dimension.name
    case "disaggregation":
      return `disaggregation.${dimension.key}`
  }
}

/**
 * What a source offers: whether records are dated (or carry a period id, or a year), which
 * attributes, sums and distinct counts make sense on it. A summary of its entry in a
 * {@link Registry.Registry}.
 *
 * @since 0.1.0
 */
export interface SourceSpec {
  readonly time: "date" | "period" | "year" | "none"
  readonly unit: boolean
  readonly attributes: ReadonlyArray<Attribute>
  readonly sums: ReadonlyArray<SumField>
  readonly distinct: ReadonlyArray<DistinctField>
  /** Whether the person measures (`newPersons`, `reached`) apply. */
  readonly persons: boolean
}

/**
 * The capabilities of a source in a registry.
 *
 * @since 0.1.0
 */
export const specOf = (spec: Registry.SourceSpec): SourceSpec => ({
  time: spec.time._tag,
  unit: true,
  attributes: Object.keys(spec.attributes) as Array<Attribute>,
  sums: Object.keys(spec.sums) as Array<SumField>,
  distinct: [
    ...(Object.keys(spec.distinct) as Array<DistinctField>),
    ...(spec.listedPersons !== undefined && !Object.hasOwn(spec.distinct, "personId") ? (["personId"] as const) : [])
  ],
  persons: spec.persons
})

/**
 * The capabilities of every source of the shipped registry.
 *
 * @since 0.1.0
 */
export const sources: { readonly [S in Source]: SourceSpec } = Object.fromEntries(
  Source.members.map((source) => [source, specOf(Registry.sources[source] as Registry.SourceSpec)])
) as { readonly [S in Source]: SourceSpec }

/**
 * A query that passed {@link check}, with the date range of each period filter resolved.
 *
 * @since 0.1.0
 */
export interface Checked {
  readonly query: AggregateQuery
  readonly periodRanges: ReadonlyMap<Filter, { readonly start: string; readonly end: string }>
}

const refuse = (query: AggregateQuery, en: string, vi: string) =>
  Either.left(new InvalidQuery({ source: query.source, reason: { vi, en } }))

/**
 * Checks a query against its source's capabilities in a registry (the shipped one by default)
 * and resolves its period filters. Every store calls it first, so every store refuses the same
 * queries with the same words.
 *
 * @since 0.1.0
 */
export const check = (query: AggregateQuery, registry: Registry.Registry = Registry.registry): Either.Either<Checked, InvalidQuery> => {
  const entry = Object.hasOwn(registry.sources, query.source) ? registry.sources[query.source] : undefined
  if (entry === undefined) return refuse(query, "is not a source of this store", "không phải nguồn dữ liệu của kho này")
  const spec = specOf(entry)
  const attr = (name: string) => `"${name}" (${Registry.attributeLabel(registry, name).en})`
  const attrVi = (name: string) => `"${name}" (${Registry.attributeLabel(registry, name).vi})`
  const m = query.measure
  if ((m._tag === "sum" || m._tag === "contributions") && !spec.sums.includes(m.field)) {
    return refuse(query, `cannot sum "${m.field}": it has ${spec.sums.join(", ") || "no numeric field"}`, `không thể cộng "${m.field}" cho nguồn này`)
  }
  if ((m._tag === "newPersons" || m._tag === "reached") && !spec.persons) {
    return refuse(query, "only service events count persons reached", "chỉ lượt dịch vụ mới đếm được số người được tiếp cận")
  }
  if (m._tag === "distinct" && !spec.distinct.includes(m.field)) {
    return refuse(query, `cannot count distinct "${m.field}"`, `không thể đếm "${m.field}" không trùng lặp cho nguồn này`)
  }
  if (m._tag === "contributions" && entry.listedPersons !== undefined && m.by === "personId") {
    return refuse(query, "lists several persons per record, so an amount cannot be split among them", "mỗi bản ghi liệt kê nhiều người nên không thể chia số tiền cho từng người")
  }
  if (m._tag === "contributions" && !spec.distinct.includes(m.by)) {
    return refuse(query, `cannot tell contributors apart by "${m.by}"`, `không thể phân biệt đơn vị đóng góp theo "${m.by}" cho nguồn này`)
  }
  const seen = new Set<string>()
  for (const d of query.groupBy) {
    const key = dimensionKey(d)
    if (seen.has(key)) return refuse(query, `groups by "${key}" twice`, `nhóm theo "${key}" hai lần`)
    seen.add(key)
    if (d._tag === "period" && spec.time === "none") {
      return refuse(query, "its records have no date, so they cannot be grouped by period", "bản ghi không có ngày nên không thể nhóm theo kỳ")
    }
    if (d._tag === "attribute" && !spec.attributes.includes(d.name)) {
      return refuse(query, `has no attribute ${attr(d.name)}`, `không có thuộc tính ${attrVi(d.name)}`)
    }
    if (d._tag === "disaggregation" && entry.disaggregation === undefined) {
      return refuse(query, "only reported aggregate values have disaggregations", "chỉ số liệu tổng hợp mới có phân tổ")
    }
  }
  const periodRanges = new Map<Filter, { start: string; end: string }>()
  for (const f of query.filters) {
    switch (f._tag) {
      case "in":
        if (!spec.attributes.includes(f.attribute)) {
          return refuse(query, `has no attribute ${attr(f.attribute)} to filter on`, `không có thuộc tính ${attrVi(f.attribute)} để lọc`)
        }
        break
      case "period": {
        if (spec.time === "none") {
          return refuse(query, "its records have no date, so they cannot be filtered by period", "bản ghi không có ngày nên không thể lọc theo kỳ")
        }
        const parsed = Period.parse(f.period)
        if (Either.isLeft(parsed)) {
          return Either.left(new InvalidQuery({ source: query.source, reason: { vi: parsed.left.explain("vi"), en: parsed.left.explain("en") } }))
        }
        periodRanges.set(f, Period.dateRange(parsed.right, f.calendar))
        break
      }
      case "disaggregation":
      case "disaggregationKeys":
        if (entry.disaggregation === undefined) {
          return refuse(query, "only reported aggregate values have disaggregations", "chỉ số liệu tổng hợp mới có phân tổ")
        }
        break
      case "within":
        break
    }
  }
  return Either.right({ query, periodRanges })
}

/**
 * Decodes a query from untrusted input (a JSON body, a saved report definition), naming each
 * wrong field in plain words.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<AggregateQuery, InvalidQuery> =>
  Either.mapLeft(ParseResult.decodeUnknownEither(AggregateQuery)(input, { errors: "all" }), (error) => {
    const found = problems(error)
    const source =
      typeof input === "object" && input !== null && "source" in input && typeof input.source === "string"
        ? input.source
        : "?"
    return new InvalidQuery({
      source,
      reason: {
        vi: found.map((p) => `${p.field}: ${p.problem.vi}`).join("; "),
        en: found.map((p) => `${p.field}: ${p.problem.en}`).join("; ")
      }
    })
  })
