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
import { type AdminUnit, type AggregateQuery, Calendar, CoreError, type Entity, Geography, type Label, Period, ReportTable, Store, Time } from "@pctnxh/core"
import { CurrentGeography, vietnam } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Option from "effect/Option"
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
 * An indicator as a report describes it: `@pctnxh/core`'s `ReportTable.TableIndicator` (code,
 * unit, additivity, the formula in words, the figures its cells are made of) with its name,
 * definition, decimals and disaggregations.
 *
 * @since 0.1.0
 */
export const IndicatorInfo = Schema.Struct({
  ...ReportTable.TableIndicator.fields,
  name: CoreError.Text,
  definition: CoreError.Text,
  unit: Unit,
  decimals: Schema.Int,
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
 * A report: `@pctnxh/core`'s `ReportTable` — calendar, indicators, units, cells and validation
 * results, which is what the release door judges and rewrites — with what was asked, the
 * periods and unit columns with their names, the labels of the breakdowns' values, the package
 * rules applied, and how many aggregate queries it took. Everything in it that quotes a figure
 * is in its cells and validation results.
 *
 * @since 0.1.0
 */
export const Report = Schema.Struct({
  ...ReportTable.ReportTable.fields,
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
 * Finds a cell by its key (see `ReportTable.key`): `adminUnit` absent for the total,
 * `disaggregation` absent for the total. The report's cells are indexed once.
 *
 * @since 0.1.0
 */
export const cell = (report: Pick<Report, "cells">, where: ReportTable.Where): Cell | undefined => ReportTable.get(report, where)

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
  /**
   * How many of the store's statements run at once (4 by default): the report's queries are
   * given to the store in one `aggregateMany` call, and a SQL store answers several with one
   * statement.
   */
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
 * assembled, or to check a store answers them. The queries of the figures come first, then
 * those of the contributions behind amounts that are not public (one per period, breakdown and
 * unit grouping: who contributes cannot be added up across groups).
 *
 * @since 0.1.0
 */
export const plan = (
  spec: ReportSpec.ReportSpec | ReportSpec.Encoded,
  options: Options = {}
): Either.Either<ReadonlyArray<AggregateQuery.AggregateQuery>, IndicatorError> =>
  Either.map(prepare(spec, options), (p) => {
    const planned = planner.plan(plannerInputs(p))
    return [...planned.queries.map((q) => q.query), ...planned.contributions.map((q) => q.query)]
  })

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
    const geography = options.geography ?? (yield* CurrentGeography)
    const p = yield* prepare(spec, { ...options, geography })
    const store = yield* Store.Store
    const { contributions, queries } = planner.plan(plannerInputs(p))
    const table: planner.LeafTable = new Map()
    // every query in one call: the store answers those that can share a scan with one statement
    const results = yield* store.aggregateMany([...queries, ...contributions].map((q) => q.query), { concurrency: options.concurrency ?? 4 })
    queries.forEach((q, i) => q.read(results[i]!, table))
    const contributed: planner.ContributionTable = new Map()
    contributions.forEach((q, i) => q.read(results[queries.length + i]!, contributed))
    const targets = needs(p.closure, "achievement") ? yield* all(store, "target") : []
    const norms = needs(p.closure, "normComparison") ? yield* all(store, "costNorm") : []
    const estimates = needs(p.closure, "coverage") ? yield* all(store, "populationEstimate") : []
    const today = yield* Time.today
    return assemble(p, table, contributed, { targets, norms, estimates }, queries.length + contributions.length, {
      ...options,
      today: options.today ?? (() => today)
    })
  })

const periodName = (p: Period.Period, calendar: Calendar.Calendar): Label.Label => ({
  vi: Period.labelWithDates(p, calendar, "vi"),
  en: Period.labelWithDates(p, calendar, "en")
})

const assemble = (
  p: Prepared,
  table: planner.LeafTable,
  contributions: planner.ContributionTable,
  tables: {
    readonly targets: ReadonlyArray<Entity.Of<"target">>
    readonly norms: ReadonlyArray<Entity.Of<"costNorm">>
    readonly estimates: ReadonlyArray<Entity.Of<"populationEstimate">>
  },
  queries: number,
  options: Options & { readonly today: () => string }
): Report => {
  const spec = p.spec
  const calendar = spec.calendar
  const today = options.today
  const names: Formula.Names = {
    indicator: (code) => p.catalogue.get(code)?.name,
    package: (code) => p.packages.get(code)?.name
  }

  // the unit columns and breakdown values seen in any leaf
  const unitKeys = new Set<string>()
  const tuples = new Map<string, Map<string, Readonly<Record<string, string | null>>>>()
  // leaves share their cells: each key is read once
  const read = new Set<string>()
  for (const values of table.values()) {
    for (const key of values.keys()) {
      if (read.has(key)) continue
      read.add(key)
      const [, unit, slice, values] = planner.readKey(key)
      if (unit !== planner.TOTAL) unitKeys.add(unit)
      if (slice.length > 0) {
        const k = planner.sliceKey(slice)
        let m = tuples.get(k)
        if (m === undefined) tuples.set(k, (m = new Map()))
        const d = Object.fromEntries(slice.map((a, i) => [a, values[i] ?? null]))
        m.set(ReportTable.breakdownKey(d), d)
      }
    }
  }
  const unitOrder = [...unitKeys].sort((a, b) =>
    a === ReportTable.NONE ? 1 : b === ReportTable.NONE ? -1 : a < b ? -1 : a > b ? 1 : 0
  )
  const columns = p.grouping === undefined ? [planner.TOTAL] : [...unitOrder, planner.TOTAL]

  const ev = evaluate.evaluator({
    get: p.catalogue.get,
    table,
    calendar,
    packages: (code) => p.packages.get(code)!,
    precedence: (code) => spec.precedenceFor[code] ?? spec.precedence,
    contributions,
    geography: p.geography,
    grouping: p.grouping,
    within: p.within,
    unitKeys: unitOrder,
    asOf: spec.asOf ?? today(),
    targets: tables.targets,
    norms: tables.norms,
    estimates: tables.estimates
  })

  // the breakdown values of each slice, in key order, listed once
  const breakdownLists = new Map<string, ReadonlyArray<Readonly<Record<string, string | null>>>>()
  const breakdownsOf = (slice: planner.Slice): ReadonlyArray<Readonly<Record<string, string | null>>> => {
    if (slice.length === 0) return [{}]
    const k = planner.sliceKey(slice)
    let list = breakdownLists.get(k)
    if (list === undefined) {
      list = [...(tuples.get(k)?.entries() ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d)
      breakdownLists.set(k, list)
    }
    return list
  }

  const figuresOf = figures(p.catalogue)
  const cells: Array<Cell> = []
  for (const indicator of p.requested) {
    const slices = planner.slicesOf(indicator, p.slices)
    const own = figuresOf(indicator)
    const amount = own._tag === "value" ? own.value : own._tag === "ratio" ? own.numerator : undefined
    const protectedAmount = amount !== undefined && amount.unit === "vnd" && amount.public === undefined
    for (const period of p.periods) {
      for (const unit of columns) {
        for (const slice of slices) {
          const breakdowns = breakdownsOf(slice)
          for (const breakdown of breakdowns) {
            const values = slice.map((a) => breakdown[a] ?? null)
            const v = ev.indicator(indicator.code, { period, unit, slice, values })
            let below = false
            let above = false
            const b = indicator.benchmark
            if (b !== undefined && v.value !== null && (b.periodKind === undefined || period.kind === b.periodKind)) {
              below = b.atLeast !== undefined && v.value < b.atLeast
              above = b.atMost !== undefined && v.value > b.atMost
            }
            const flags =
              v.flags.size === 0 && !below && !above
                ? []
                : Flag.members.filter((f) => v.flags.has(f) || (f === "belowBenchmark" && below) || (f === "aboveBenchmark" && above))
            const disaggregation: Record<string, string | null> = {}
            slice.forEach((a, i) => (disaggregation[a] = values[i] ?? null))
            const ratio = v.numerator !== undefined
            const value = v.value
            const numerator = ratio ? (v.numerator ?? null) : value
            const denominator = ratio ? (v.denominator ?? null) : null
            const source = evaluate.sourceOf(v)
            const explanation = { vi: evaluate.explain(indicator, v, names, "vi"), en: evaluate.explain(indicator, v, names, "en") }
            // one object literal per shape (no spreads): 3,640 cells in the standard report
            const cell: { -readonly [K in keyof Cell]: Cell[K] } =
              unit === planner.TOTAL
                ? { indicator: indicator.code, period: period.id, disaggregation, value, numerator, denominator, unit: indicator.unit, source, flags, explanation }
                : {
                    indicator: indicator.code,
                    period: period.id,
                    adminUnit: planner.unitOfKey(unit) ?? null,
                    disaggregation,
                    value,
                    numerator,
                    denominator,
                    unit: indicator.unit,
                    source,
                    flags,
                    explanation
                  }
            if (protectedAmount) cell.contributions = v.contributions ?? { contributors: 0, largest: [] }
            cells.push(cell)
          }
        }
      }
    }
  }

  const labels: Record<string, Record<string, Label.Label>> = {}
  for (const slice of p.slices) {
    for (const [i, attribute] of slice.entries()) {
      const own = (labels[attribute] ??= {})
      const seen = [...(tuples.get(planner.sliceKey(slice))?.values() ?? [])].map((d) => d[attribute]).filter((x): x is string => typeof x === "string")
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
      figures: figuresOf(i),
      disaggregations: i.disaggregations
    })),
    units: unitsOf(p, unitOrder, today),
    periods: p.periods.map((period) => ({ id: period.id, name: periodName(period, calendar), ...Period.dateRange(period, calendar) })),
    adminUnits: p.grouping === undefined ? [] : unitOrder.map((k) => {
      const id = planner.unitOfKey(k) ?? null
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

// -------------------------------------------------------------------------------------------
// What a release needs to know
// -------------------------------------------------------------------------------------------

const TARGET: Label.Label = {
  vi: "Chỉ tiêu là kế hoạch được giao, không phải số liệu về người",
  en: "A target is a plan that was set, not a figure about anyone"
}
const ESTIMATE: Label.Label = {
  vi: "Ước tính quy mô nhóm đối tượng là số liệu đã công bố",
  en: "A population size estimate is a published estimate"
}
const NORM: Label.Label = { vi: "Định mức chi do văn bản pháp luật quy định", en: "A cost norm is set by a legal text" }

/**
 * The figures of each indicator's cells (see `ReportTable.Figures`): a ratio's numerator and
 * denominator are the figures of the indicators it refers to, so the same figure is one measure
 * wherever it appears; targets, estimates and norms are public.
 */
const figures = (catalogue: Catalogue.Catalogue) => {
  const memo = new Map<string, ReportTable.Figures>()
  const env: Formula.Environment = {
    indicator: (code) => {
      const i = catalogue.get(code)
      return i === undefined
        ? Either.left({ reason: { vi: `không có chỉ số ${code}`, en: `no indicator ${code}` } })
        : Either.right({ unit: i.unit, additive: i.additive })
    },
    hasPackage: () => true
  }
  const publicOf = (owner: Indicator.Indicator, unit: string) =>
    unit === "vnd" && owner.publicAmount !== undefined ? { public: owner.publicAmount } : {}
  /** The figure a sub-formula is, or the figures it is made of when it is itself a ratio. */
  const figureOf = (f: Formula.Formula, owner: Indicator.Indicator, part: string): ReadonlyArray<ReportTable.Figure> => {
    if (f._tag === "indicator") {
      const ref = catalogue.get(f.code)
      if (ref === undefined) return []
      const own = of(ref)
      return own._tag === "value" ? [own.value] : own._tag === "ratio" ? [own.numerator, own.denominator] : own.figures
    }
    const t = Formula.check(f, env)
    if (Either.isLeft(t)) return []
    const measure = part === "" ? owner.code : `${owner.code}:${part}`
    return [{ measure, unit: t.right.unit, additive: t.right.additive, ...publicOf(owner, t.right.unit) }]
  }
  const ratio = (
    owner: Indicator.Indicator,
    n: ReadonlyArray<ReportTable.Figure>,
    d: ReadonlyArray<ReportTable.Figure>,
    factor: number
  ): ReportTable.Figures =>
    n.length === 1 && d.length === 1 ? { _tag: "ratio", numerator: n[0]!, denominator: d[0]!, factor } : { _tag: "derived", figures: [...n, ...d] }
  const fixed = (owner: Indicator.Indicator, part: string, unit: string, why: Label.Label): ReportTable.Figure => ({
    measure: `${owner.code}:${part}`,
    unit,
    additive: true,
    public: why
  })
  const of = (indicator: Indicator.Indicator): ReportTable.Figures => {
    const known = memo.get(indicator.code)
    if (known !== undefined) return known
    const f = indicator.formula
    let out: ReportTable.Figures
    switch (f._tag) {
      case "ratio":
        out = ratio(indicator, figureOf(f.numerator, indicator, "numerator"), figureOf(f.denominator, indicator, "denominator"), f.factor)
        break
      case "share":
        out = ratio(indicator, figureOf(f.part, indicator, "numerator"), figureOf(f.total, indicator, "denominator"), 100)
        break
      case "perUnit":
        out = ratio(indicator, figureOf(f.amount, indicator, "numerator"), figureOf(f.per, indicator, "denominator"), 1)
        break
      case "achievement": {
        const n = figureOf(f.actual, indicator, "numerator")
        out = ratio(indicator, n, [fixed(indicator, "target", n[0]?.unit ?? indicator.unit, TARGET)], 100)
        break
      }
      case "coverage":
        out = ratio(indicator, figureOf(f.reached, indicator, "numerator"), [fixed(indicator, "estimate", "persons", ESTIMATE)], 100)
        break
      case "normComparison":
        out = ratio(indicator, figureOf(f.costPerUnit, indicator, "numerator"), [fixed(indicator, "norm", "vnd", NORM)], 100)
        break
      default: {
        const own = figureOf(f, indicator, "")
        out = {
          _tag: "value",
          value: own[0] ?? { measure: indicator.code, unit: indicator.unit, additive: indicator.additive, ...publicOf(indicator, indicator.unit) }
        }
      }
    }
    memo.set(indicator.code, out)
    return out
  }
  return of
}

/** The units of a report on its map: its level, its scope and the parents a release needs. */
const unitsOf = (p: Prepared, unitOrder: ReadonlyArray<string>, today: () => string): ReportTable.Units => {
  const asOf = p.spec.adminUnits?.asOf ?? p.spec.asOf ?? today()
  const parents: Record<string, string | null> = {}
  const childrenDone = new Set<string | null>()
  const declareChildren = (parent: string | null) => {
    if (childrenDone.has(parent)) return
    childrenDone.add(parent)
    const children = parent === null ? p.geography.unitsAt("province", asOf) : p.geography.children(parent, asOf)
    for (const c of children) parents[c.id] ??= parent
  }
  const chain = (id: string) => {
    const units = p.geography.parentChain(id, asOf)
    if (Either.isLeft(units)) return
    const list = units.right
    list.forEach((u, i) => {
      const parent = list[i + 1]?.id ?? null
      parents[u.id] = parent
      declareChildren(parent)
    })
  }
  const ids = p.grouping === undefined ? [] : unitOrder.map(planner.unitOfKey).filter((x): x is string => typeof x === "string")
  if (p.within !== undefined) chain(p.within.unitId)
  ids.forEach(chain)
  const scope = p.within === undefined ? undefined : p.geography.get(p.within.unitId)
  // the latest map the geography knows, whatever the day the report is run, so that releases
  // made on different days are linked on the same map
  const latest = p.geography.dataset.versions.reduce<string | undefined>(
    (max, v) => (v.validFrom !== undefined && (max === undefined || v.validFrom > max) ? v.validFrom : max),
    undefined
  )
  const regions = regionsOf(p.geography, Object.keys(parents), asOf, latest ?? today())
  return {
    asOf,
    ...(p.grouping === undefined ? {} : { level: p.grouping.level }),
    ...(scope === undefined || scope._tag === "None" ? {} : { scope: { id: scope.value.id, level: scope.value.level } }),
    parents,
    ...(Object.keys(regions).length === 0 ? {} : { regions })
  }
}

/** For each province of a geography (`P`, on its own map): the provinces of the
 * latest map its communes went into; for each commune of the latest map: the provinces its
 * communes came from. Built once per geography and date. */
interface Origins {
  readonly top: (id: string) => string | undefined
  readonly resolved: (id: string) => ReadonlyArray<AdminUnit.AdminUnit>
  /** Both maps, made at the first call (a scan of every commune of the geography). */
  readonly index: () => {
    readonly provincesOf: ReadonlyMap<string, ReadonlySet<string>>
    readonly originsOf: ReadonlyMap<string, ReadonlySet<string>>
  }
}
const originsCache = new WeakMap<Geography.Geography, Map<string, Origins>>()
const originsOf = (geography: Geography.Geography, latest: string): Origins => {
  let byDate = originsCache.get(geography)
  if (byDate === undefined) originsCache.set(geography, (byDate = new Map()))
  const known = byDate.get(latest)
  if (known !== undefined) return known
  const tops = new Map<string, string | undefined>()
  const top = (id: string): string | undefined => {
    if (!tops.has(id)) {
      const u = geography.get(id)
      const found = Option.isNone(u) ? undefined : u.value.level === "province" ? id : u.value.parentId === undefined ? undefined : top(u.value.parentId)
      tops.set(id, found)
    }
    return tops.get(id)
  }
  const resolved = (id: string): ReadonlyArray<AdminUnit.AdminUnit> => {
    const at = geography.resolveAt(id, "commune", latest)
    return Option.isSome(at) ? [at.value] : geography.currentUnits(id, latest)
  }
  let index: ReturnType<Origins["index"]> | undefined
  const build = (): ReturnType<Origins["index"]> => {
    const provincesOf = new Map<string, Set<string>>()
    const origins = new Map<string, Set<string>>()
    const add = <K, V>(map: Map<K, Set<V>>, k: K, v: V) => {
      const set = map.get(k)
      if (set === undefined) map.set(k, new Set([v]))
      else set.add(v)
    }
    for (const u of geography.dataset.units) {
      if (u.level !== "commune") continue
      const from = top(u.id)
      if (from === undefined) continue
      for (const x of u.isValidAt(latest) ? [u] : resolved(u.id)) {
        const to = top(x.id)
        if (to === undefined) continue
        add(provincesOf, from, to)
        if (x.level === "commune") add(origins, x.id, from)
      }
    }
    return { provincesOf, originsOf: origins }
  }
  const out: Origins = { top, resolved, index: () => (index ??= build()) }
  byDate.set(latest, out)
  return out
}

/**
 * Where on the latest map (`latest`) the records of each unit lie, as patterns
 * `province/origin/commune`: the province and commune of the latest map a record is counted
 * in (`Geography.resolveAt`), and the province its own unit lay in on its own map; `*` stands
 * for any. A province `Q` of the latest map is `Q`, any origin, any commune; one of its
 * communes `X` is `Q/P/X` for each province `P` its communes came from; an earlier province `P`
 * is `Q/P`, any commune, for each province `Q` it went into; an earlier commune `Q/P/X`; an
 * earlier district its communes'. Two units of two maps
 * whose patterns do not meet share no record, and the attacker check knows it.
 */
const regionsOf = (
  geography: Geography.Geography,
  ids: ReadonlyArray<string>,
  asOf: string,
  latest: string
): Record<string, Array<string>> => {
  const o = originsOf(geography, latest)
  const communeOf = (id: string, from: string | undefined): ReadonlyArray<string> => {
    if (from === undefined) return []
    return o.resolved(id).flatMap((x) => {
      const q = o.top(x.id)
      return q === undefined ? [] : x.level === "province" ? [`${q}/${from}/*`] : [`${q}/${from}/${x.id}`]
    })
  }
  const patterns = (id: string): ReadonlyArray<string> => {
    const unit = geography.get(id)
    if (Option.isNone(unit)) return []
    const u = unit.value
    const from = o.top(id)
    if (from === undefined) return []
    if (u.isValidAt(latest)) {
      if (u.level === "province") return [`${id}/*/*`]
      if (u.level === "commune") return [...(o.index().originsOf.get(id) ?? [from])].map((p) => `${from}/${p}/${id}`)
    }
    if (u.level === "province") return [...(o.index().provincesOf.get(id) ?? [])].map((q) => `${q}/${id}/*`)
    if (u.level === "commune") return communeOf(id, from)
    const children = geography.children(id, asOf)
    return children.length === 0 ? communeOf(id, from) : children.flatMap((c) => patterns(c.id))
  }
  const regions: Record<string, Array<string>> = {}
  for (const id of ids) {
    const list = [...new Set(patterns(id))].sort()
    if (list.length > 0) regions[id] = list
  }
  return regions
}

/**
 * The name of a breakdown attribute or reported disaggregation key.
 *
 * @since 0.1.0
 */
export const attributeName = (name: string): Label.Label => attributeLabel(name)
