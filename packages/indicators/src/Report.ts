/**
 * Reports: indicators × periods (under either calendar) × administrative units (at a level, as
 * of a date — a date after 1 July 2025 maps old districts onto today's provinces through the
 * crosswalk) × disaggregations, with totals.
 *
 * `run` plans as few aggregate queries as it can — queries that share a source and measure are
 * merged into one with the union of their group-bys, totals of distinct counts come from queries
 * without the dimension (distinct persons are never added), additive measures are grouped at the
 * coarsest grain that serves every period asked — runs them through the `Store` (the database
 * does the counting), reads the small tables of targets, cost norms and population estimates,
 * evaluates every formula cell by cell and runs the validation rules. The result is a plain,
 * serialisable value: every cell knows its value, numerator, denominator, unit, source and
 * flags, and explains itself in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { MemoryStore } from "@pctnxh/store-memory"
 * import { Cell, Report } from "@pctnxh/indicators"
 *
 * const program = Effect.gen(function* () {
 *   const report = yield* Report.run({
 *     indicators: ["INSPECTION_VISITS", "INSPECTION_VIOLATIONS", "VIOLATION_RATE", "AVERAGE_FINE"],
 *     periods: ["2019"],
 *     calendar: "plain",
 *     adminUnits: { asOf: "2019-12-31", within: "22@pre2025" }
 *   })
 *   const rate = Report.cell(report, { indicator: "VIOLATION_RATE", period: "2019" })
 *   return rate === undefined ? "" : Cell.display(rate, "vi") // "9,2%"
 * })
 * Effect.runPromise(Effect.provide(program, MemoryStore.layer()))
 * ```
 * @since 0.1.0
 */
import { type AggregateQuery, Calendar, CoreError, type Entity, Geography, type Label, Period, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Catalogue from "./Catalogue.js"
import { Cell, Flag } from "./Cell.js"
import * as Formula from "./Formula.js"
import type * as Indicator from "./Indicator.js"
import { type IndicatorError, InvalidSpec } from "./IndicatorError.js"
import { attributeLabel, membersOf, valueLabel } from "./internal/attributes.js"
import * as evaluate from "./internal/evaluate.js"
import * as planner from "./internal/plan.js"
import * as Package from "./Package.js"
import * as ReportSpec from "./ReportSpec.js"
import { Unit } from "./Unit.js"
import * as Validation from "./Validation.js"

// -------------------------------------------------------------------------------------------
// The report value
// -------------------------------------------------------------------------------------------

/**
 * An indicator as a report describes it.
 *
 * @since 0.1.0
 */
export const IndicatorInfo = Schema.Struct({
  code: Schema.String,
  name: CoreError.Text,
  definition: CoreError.Text,
  unit: Unit,
  additive: Schema.Boolean,
  decimals: Schema.Int,
  /** The formula in words. */
  formula: CoreError.Text,
  disaggregations: Schema.Array(Schema.String)
})
/** @since 0.1.0 */
export type IndicatorInfo = typeof IndicatorInfo.Type

/**
 * A period of a report with its name and dates under the report's calendar.
 *
 * @since 0.1.0
 */
export const PeriodInfo = Schema.Struct({ id: Schema.String, name: CoreError.Text, start: Schema.String, end: Schema.String })
/** @since 0.1.0 */
export type PeriodInfo = typeof PeriodInfo.Type

/**
 * A unit column of a report: a unit's id and name, or `null` for records whose place has no
 * unit at the report's level on its date.
 *
 * @since 0.1.0
 */
export const UnitInfo = Schema.Struct({ id: Schema.NullOr(Schema.String), name: CoreError.Text })
/** @since 0.1.0 */
export type UnitInfo = typeof UnitInfo.Type

/**
 * A report: what was asked, the indicators, periods and units with their names, the labels of
 * the breakdowns' values, the package rules applied, the cells, the validation results, and how
 * many aggregate queries it took.
 *
 * @since 0.1.0
 */
export const Report = Schema.Struct({
  spec: ReportSpec.ReportSpec,
  calendar: Calendar.Calendar,
  indicators: Schema.Array(IndicatorInfo),
  periods: Schema.Array(PeriodInfo),
  adminUnits: Schema.Array(UnitInfo),
  /** The total column: the unit the report is within, or the whole country (`id: null`). */
  scope: UnitInfo,
  /** Names of breakdown values: `labels.sex.female` is `{ vi: "Nữ", en: "Female" }`. */
  labels: Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: CoreError.Text }) }),
  packages: Schema.Array(Schema.Struct({ code: Schema.String, programme: Schema.String, atLeast: Schema.Int, services: Schema.Array(Schema.String) })),
  cells: Schema.Array(Cell),
  validation: Schema.Array(Validation.Result),
  queries: Schema.Int
}).annotations({ identifier: "Report" })
/** @since 0.1.0 */
export type Report = typeof Report.Type

/**
 * The plain JSON form of a report.
 *
 * @since 0.1.0
 */
export type Encoded = typeof Report.Encoded

/**
 * Encodes a report to plain JSON.
 *
 * @since 0.1.0
 */
export const encode = (report: Report): Encoded => Schema.encodeSync(Report)(report)

/**
 * Decodes a report from JSON.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<Report, InvalidSpec> =>
  Either.mapLeft(
    Schema.decodeUnknownEither(Report)(input),
    (e) => new InvalidSpec({ field: "", reason: { vi: "báo cáo không đúng cấu trúc", en: `not a report: ${e.message}` } })
  )

/**
 * Finds a cell: `adminUnit` absent for the total, `disaggregation` absent for the total.
 *
 * @since 0.1.0
 */
export const cell = (
  report: Pick<Report, "cells">,
  where: {
    readonly indicator: string
    readonly period: string
    readonly adminUnit?: string | null
    readonly disaggregation?: Readonly<Record<string, string | null>>
  }
): Cell | undefined => {
  const d = JSON.stringify(Object.entries(where.disaggregation ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
  return report.cells.find(
    (c) =>
      c.indicator === where.indicator &&
      c.period === where.period &&
      c.adminUnit === where.adminUnit &&
      JSON.stringify(Object.entries(c.disaggregation).sort(([a], [b]) => (a < b ? -1 : 1))) === d
  )
}

// -------------------------------------------------------------------------------------------
// Running
// -------------------------------------------------------------------------------------------

/**
 * Options of {@link run} and {@link plan}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The catalogue (the standard one by default); the spec's `define` extends it. */
  readonly catalogue?: Catalogue.Catalogue
  /** The geography the store was built with (Vietnam's by default). */
  readonly geography?: Geography.Geography
  /** Today's date, for pro-rating when the spec has no `asOf` (today in Vietnam by default). */
  readonly today?: () => string
  /** The validation rules (the standard ones by default). */
  readonly rules?: ReadonlyArray<Validation.Rule>
  /** How many aggregate queries run at once (4 by default). */
  readonly concurrency?: number
}

interface Prepared {
  readonly spec: ReportSpec.ReportSpec
  readonly catalogue: Catalogue.Catalogue
  readonly requested: ReadonlyArray<Indicator.Indicator>
  readonly closure: ReadonlyArray<Indicator.Indicator>
  readonly periods: ReadonlyArray<Period.Period>
  readonly slices: ReadonlyArray<planner.Slice>
  readonly geography: Geography.Geography
  readonly grouping: { readonly level: "province" | "district" | "commune"; readonly asOf: string } | undefined
  readonly within: { readonly unitId: string; readonly asOf: string } | undefined
  readonly packages: ReadonlyMap<string, Package.PackageRule>
}

const specOf = (spec: ReportSpec.ReportSpec | ReportSpec.Encoded): Either.Either<ReportSpec.ReportSpec, InvalidSpec> =>
  spec instanceof ReportSpec.ReportSpec ? Either.right(spec) : ReportSpec.decode(spec)

const bad = (field: string, vi: string, en: string) => Either.left(new InvalidSpec({ field, reason: { vi, en } }))

const prepare = (input: ReportSpec.ReportSpec | ReportSpec.Encoded, options: Options): Either.Either<Prepared, IndicatorError> =>
  Either.gen(function* () {
    const spec = yield* specOf(input)
    const geography = options.geography ?? vietnam
    const base = options.catalogue ?? Catalogue.standard
    const catalogue = spec.define.length === 0 ? base : yield* Catalogue.extend(base, spec.define)
    const requested: Array<Indicator.Indicator> = []
    for (const code of spec.indicators) requested.push(yield* Catalogue.resolve(catalogue, code))
    const periods: Array<Period.Period> = []
    for (const [i, id] of spec.periods.entries()) {
      const parsed = Period.parse(id)
      if (Either.isLeft(parsed)) {
        return yield* Either.left(new InvalidSpec({ field: `periods.${i}`, reason: parsed.left.reason }))
      }
      if (periods.some((p) => p.id === parsed.right.id)) {
        return yield* bad(`periods.${i}`, `kỳ ${parsed.right.id} được yêu cầu hai lần`, `period ${parsed.right.id} is asked for twice`)
      }
      periods.push(parsed.right)
    }
    const au = spec.adminUnits
    if (au?.within !== undefined && geography.get(au.within)._tag === "None") {
      return yield* bad("adminUnits.within", `không có đơn vị hành chính ${au.within}`, `there is no administrative unit ${au.within}`)
    }
    const slices: Array<planner.Slice> = []
    for (const [i, d] of spec.disaggregations.entries()) {
      if (new Set(d).size !== d.length) return yield* bad(`disaggregations.${i}`, "một thuộc tính được kê hai lần", "an attribute is listed twice")
      if (!requested.some((ind) => d.every((a) => ind.disaggregations.includes(a)))) {
        return yield* bad(
          `disaggregations.${i}`,
          `không chỉ số nào của báo cáo phân tổ được theo ${d.join(" × ")}`,
          `no indicator of the report can be broken down by ${d.join(" × ")}`
        )
      }
      slices.push(d)
    }
    const closure = Catalogue.closure(catalogue, requested.map((i) => i.code))
    const lastEnd = periods.map((p) => Period.endDate(p, spec.calendar)).sort().at(-1)!
    const packages = new Map<string, Package.PackageRule>()
    const packageCodes = new Set<string>()
    const collect = (f: Formula.Formula) => {
      if (f._tag === "reached") packageCodes.add(f.package)
      Formula.children(f).forEach(collect)
    }
    closure.forEach((i) => collect(i.formula))
    for (const code of packageCodes) {
      const rule = Package.select(catalogue.packages, code, { programme: spec.programme, date: lastEnd })
      if (rule === undefined) {
        return yield* bad(
          "programme",
          `không có phiên bản nào của gói dịch vụ ${code}${spec.programme === undefined ? "" : ` cho chương trình ${spec.programme}`}`,
          `there is no version of package rule ${code}${spec.programme === undefined ? "" : ` for programme ${spec.programme}`}`
        )
      }
      packages.set(code, rule)
    }
    return {
      spec,
      catalogue,
      requested,
      closure,
      periods,
      slices,
      geography,
      grouping: au?.level === undefined ? undefined : { level: au.level, asOf: au.asOf },
      within: au?.within === undefined ? undefined : { unitId: au.within, asOf: au.asOf },
      packages
    }
  })

const plannerInputs = (p: Prepared): planner.Inputs => ({
  indicators: p.requested,
  get: p.catalogue.get,
  periods: p.periods,
  calendar: p.spec.calendar,
  grouping: p.grouping,
  within: p.within,
  slices: p.slices,
  packages: (code) => p.packages.get(code)!
})

/**
 * The aggregate queries a report would run, without running them — to see how a report is
 * assembled, or to check a store answers them.
 *
 * @since 0.1.0
 */
export const plan = (
  spec: ReportSpec.ReportSpec | ReportSpec.Encoded,
  options: Options = {}
): Either.Either<ReadonlyArray<AggregateQuery.AggregateQuery>, IndicatorError> =>
  Either.map(prepare(spec, options), (p) => planner.plan(plannerInputs(p)).queries.map((q) => q.query))

const needs = (indicators: ReadonlyArray<Indicator.Indicator>, tag: Formula.Formula["_tag"]): boolean => {
  const has = (f: Formula.Formula): boolean => f._tag === tag || Formula.children(f).some(has)
  return indicators.some((i) => has(i.formula))
}

const all = <K extends Entity.Kind>(store: Store.Service, kind: K) =>
  Effect.map(Stream.runCollect(store.list(kind)), (chunk) => Chunk.toReadonlyArray(chunk))

/**
 * Runs a report against the store.
 *
 * @since 0.1.0
 */
export const run = (
  spec: ReportSpec.ReportSpec | ReportSpec.Encoded,
  options: Options = {}
): Effect.Effect<Report, IndicatorError | CoreError.StoreError | CoreError.InvalidQuery, Store.Store> =>
  Effect.gen(function* () {
    const p = yield* prepare(spec, options)
    const store = yield* Store.Store
    const { queries } = planner.plan(plannerInputs(p))
    const table: planner.LeafTable = new Map()
    const results = yield* Effect.forEach(queries, (q) => store.aggregate(q.query), { concurrency: options.concurrency ?? 4 })
    results.forEach((rows, i) => queries[i]!.read(rows, table))
    const targets = needs(p.closure, "achievement") ? yield* all(store, "target") : []
    const norms = needs(p.closure, "normComparison") ? yield* all(store, "costNorm") : []
    const estimates = needs(p.closure, "coverage") ? yield* all(store, "populationEstimate") : []
    return assemble(p, table, { targets, norms, estimates }, queries.length, options)
  })

const periodName = (p: Period.Period, calendar: Calendar.Calendar): Label.Label => ({
  vi: Period.labelWithDates(p, calendar, "vi"),
  en: Period.labelWithDates(p, calendar, "en")
})

const assemble = (
  p: Prepared,
  table: planner.LeafTable,
  tables: {
    readonly targets: ReadonlyArray<Entity.Of<"target">>
    readonly norms: ReadonlyArray<Entity.Of<"costNorm">>
    readonly estimates: ReadonlyArray<Entity.Of<"populationEstimate">>
  },
  queries: number,
  options: Options
): Report => {
  const spec = p.spec
  const calendar = spec.calendar
  const today = options.today ?? Geography.todayInVietnam
  const names: Formula.Names = {
    indicator: (code) => p.catalogue.get(code)?.name,
    package: (code) => p.packages.get(code)?.name
  }

  // the unit columns and breakdown values seen in any leaf
  const unitKeys = new Set<string>()
  const tuples = new Map<string, Map<string, ReadonlyArray<string | null>>>()
  for (const values of table.values()) {
    for (const key of values.keys()) {
      const [, unit, slice, values] = planner.readKey(key)
      if (unit !== planner.TOTAL) unitKeys.add(unit)
      if (slice !== "") {
        let m = tuples.get(slice)
        if (m === undefined) tuples.set(slice, (m = new Map()))
        m.set(JSON.stringify(values), values)
      }
    }
  }
  const unitOrder = [...unitKeys].sort((a, b) => (a === "null" ? 1 : b === "null" ? -1 : a < b ? -1 : a > b ? 1 : 0))
  const columns = p.grouping === undefined ? [planner.TOTAL] : [...unitOrder, planner.TOTAL]

  const ev = evaluate.evaluator({
    get: p.catalogue.get,
    table,
    calendar,
    packages: (code) => p.packages.get(code)!,
    precedence: (code) => spec.precedenceFor[code] ?? spec.precedence,
    geography: p.geography,
    grouping: p.grouping,
    within: p.within,
    unitKeys: unitOrder,
    asOf: spec.asOf ?? today(),
    targets: tables.targets,
    norms: tables.norms,
    estimates: tables.estimates
  })

  const cells: Array<Cell> = []
  for (const indicator of p.requested) {
    const slices = planner.slicesOf(indicator, p.slices)
    for (const period of p.periods) {
      for (const unit of columns) {
        for (const slice of slices) {
          const list = slice.length === 0 ? [[]] : [...(tuples.get(planner.sliceKey(slice))?.values() ?? [])].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
          for (const values of list) {
            const v = ev.indicator(indicator.code, { period, unit, slice, values })
            const flags = new Set(v.flags)
            const b = indicator.benchmark
            if (b !== undefined && v.value !== null && (b.periodKind === undefined || period.kind === b.periodKind)) {
              if (b.atLeast !== undefined && v.value < b.atLeast) flags.add("belowBenchmark")
              if (b.atMost !== undefined && v.value > b.atMost) flags.add("aboveBenchmark")
            }
            const disaggregation: Record<string, string | null> = {}
            slice.forEach((a, i) => (disaggregation[a] = values[i] ?? null))
            const ratio = v.numerator !== undefined
            cells.push({
              indicator: indicator.code,
              period: period.id,
              ...(unit === planner.TOTAL ? {} : { adminUnit: JSON.parse(unit) as string | null }),
              disaggregation,
              value: v.value,
              numerator: ratio ? (v.numerator ?? null) : v.value,
              denominator: ratio ? (v.denominator ?? null) : null,
              unit: indicator.unit,
              source: evaluate.sourceOf(v),
              flags: Flag.members.filter((f) => flags.has(f)),
              explanation: { vi: evaluate.explain(indicator, v, names, "vi"), en: evaluate.explain(indicator, v, names, "en") }
            })
          }
        }
      }
    }
  }

  const labels: Record<string, Record<string, Label.Label>> = {}
  for (const slice of p.slices) {
    for (const [i, attribute] of slice.entries()) {
      const own = (labels[attribute] ??= {})
      const seen = [...(tuples.get(planner.sliceKey(slice))?.values() ?? [])].map((t) => t[i]).filter((x): x is string => typeof x === "string")
      for (const value of new Set([...(membersOf(attribute) ?? []), ...seen])) own[value] = valueLabel(attribute, value) ?? { vi: value, en: value }
    }
  }

  const unitName = (id: string | null): Label.Label => {
    if (id === null) return { vi: "Không xác định được đơn vị", en: "No unit at this level" }
    const u = p.geography.get(id)
    return u._tag === "Some" ? { vi: u.value.name, en: u.value.name } : { vi: id, en: id }
  }
  const validation = Validation.run(options.rules ?? Validation.standard, {
    cells,
    indicator: p.catalogue.get,
    periods: p.periods,
    calendar
  })
  return {
    spec,
    calendar,
    indicators: p.requested.map((i) => ({
      code: i.code,
      name: i.name,
      definition: i.definition,
      unit: i.unit,
      additive: i.additive,
      decimals: i.decimals,
      formula: { vi: Formula.describe(i.formula, "vi", names), en: Formula.describe(i.formula, "en", names) },
      disaggregations: i.disaggregations
    })),
    periods: p.periods.map((period) => ({ id: period.id, name: periodName(period, calendar), ...Period.dateRange(period, calendar) })),
    adminUnits: p.grouping === undefined ? [] : unitOrder.map((k) => {
      const id = JSON.parse(k) as string | null
      return { id, name: unitName(id) }
    }),
    scope: p.within === undefined ? { id: null, name: { vi: "Toàn quốc", en: "Whole country" } } : { id: p.within.unitId, name: unitName(p.within.unitId) },
    labels,
    packages: [...p.packages.values()].map((r) => ({ code: r.code, programme: r.programme, atLeast: r.atLeast, services: [...r.services] })),
    cells,
    validation,
    queries
  }
}

/**
 * The name of a breakdown attribute or reported disaggregation key.
 *
 * @since 0.1.0
 */
export const attributeName = (name: string): Label.Label => attributeLabel(name)
