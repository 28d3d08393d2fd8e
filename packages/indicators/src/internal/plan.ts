import { AggregateQuery, type Calendar, Period, ReportTable } from "@pctnxh/core"
import * as Formula from "../Formula.js"
import type * as Indicator from "../Indicator.js"
import type * as Package from "../Package.js"
import { type EventSource, sumUnit } from "../Unit.js"
import { spansYears } from "./years.js"

/** A breakdown: the attributes (or reported disaggregation keys) crossed; `[]` is the total. */
export type Slice = ReadonlyArray<string>

/** The key of a breakdown: its attributes, sorted. */
export const sliceKey = (slice: Slice): string => [...slice].sort().join("×")

/** The unit key of the total over every unit in scope: the report table's total member. */
export const TOTAL = ReportTable.TOTAL

/** The key of a unit column: its member in the report table (`*` for the total, `~` for none). */
export const unitKey = (unit: string | null | typeof TOTAL): string => (unit === TOTAL ? TOTAL : ReportTable.member(unit))

/** The unit id of a unit key (`undefined` for the total, `null` for none). */
export const unitOfKey = (key: string): string | null | undefined => ReportTable.memberValue(key)

/** The key of a cell in the leaf table: the report table's coordinates of its period, unit and breakdown. */
export const coordKey = (period: string, unit: string, slice: Slice, values: ReadonlyArray<string | null>): string => {
  const disaggregation: Record<string, string | null> = {}
  slice.forEach((a, i) => (disaggregation[a] = values[i] ?? null))
  return ReportTable.coordinates({ period, adminUnit: unitOfKey(unit), disaggregation })
}

/** Reads a {@link coordKey} back: period, unit key, breakdown attributes (sorted) and their values. */
export const readKey = (key: string) => {
  const c = ReportTable.parseCoordinates(key)
  const slice = Object.keys(c.disaggregation).sort()
  return [c.period, ReportTable.member(c.adminUnit), slice, slice.map((a) => c.disaggregation[a] ?? null)] as const
}

/** The contributions behind the amount of a leaf in each cell (for amounts that are not public). */
export type ContributionTable = Map<string, Map<string, ReportTable.Contributions>>

/** How many of the largest contributions are kept per cell. */
export const TOP_CONTRIBUTIONS = 5

/** Who contributes to an amount, by default, for each source. */
const defaultContributors: { readonly [S in AggregateQuery.Source]: AggregateQuery.DistinctField } = {
  serviceEvent: "personId",
  activity: "modelId",
  inspectionVisit: "establishmentId",
  expenditure: "modelId",
  budget: "modelId",
  aggregateValue: "unitId",
  group: "modelId",
  establishment: "unitId"
}

/** A value of a leaf in one cell, and whether any record or reported value made it. */
export interface LeafValue {
  value: number
  present: boolean
}

/** Values of every leaf by cell. */
export type LeafTable = Map<string, Map<string, LeafValue>>

export const addTo = (table: LeafTable, leaf: string, key: string, value: number) => {
  let m = table.get(leaf)
  if (m === undefined) {
    m = new Map()
    table.set(leaf, m)
  }
  const v = m.get(key)
  if (v === undefined) m.set(key, { value, present: true })
  else v.value += value
}

/** A measure counted from records. */
export interface EventLeaf {
  readonly kind: "events"
  readonly id: string
  readonly source: EventSource
  readonly measure: AggregateQuery.Measure
  readonly where: ReadonlyArray<Formula.Condition>
  /** Whether rows of the measure add up (count, sum, new persons). */
  readonly summable: boolean
  readonly slices: Map<string, Slice>
}

/** Reported values of a data element. */
export interface ReportedLeaf {
  readonly kind: "reported"
  readonly id: string
  readonly dataElement: string
  /** Values of sub-periods add up to the period; else only a value for exactly the period counts. */
  readonly additive: boolean
  readonly slices: Map<string, Slice>
}

export type Leaf = EventLeaf | ReportedLeaf

/** What the planner is given. */
export interface Inputs {
  readonly indicators: ReadonlyArray<Indicator.Indicator>
  readonly get: (code: string) => Indicator.Indicator | undefined
  readonly periods: ReadonlyArray<Period.Period>
  readonly calendar: Calendar.Calendar
  readonly grouping: { readonly level: "province" | "district" | "commune"; readonly asOf: string } | undefined
  readonly within: { readonly unitId: string; readonly asOf: string } | undefined
  readonly slices: ReadonlyArray<Slice>
  readonly packages: (code: string) => Package.PackageRule
}

const eventSource = (m: Formula.EventMeasure): EventSource => (m._tag === "newPersons" || m._tag === "reached" ? "serviceEvent" : m.source)

/** The concrete aggregate measure of an event measure. */
export const eventMeasure = (
  m: Formula.EventMeasure,
  calendar: Calendar.Calendar,
  packages: (code: string) => Package.PackageRule
): { readonly measure: AggregateQuery.Measure; readonly summable: boolean } => {
  switch (m._tag) {
    case "count":
      return { measure: AggregateQuery.count, summable: true }
    case "sum":
      return { measure: AggregateQuery.sum(m.field), summable: true }
    case "distinct":
      return { measure: AggregateQuery.distinct(m.field), summable: false }
    case "newPersons":
      return { measure: AggregateQuery.newPersons(calendar), summable: true }
    case "reached": {
      const rule = packages(m.package)
      return { measure: AggregateQuery.reached(rule.services, rule.atLeast), summable: false }
    }
  }
}

export const eventLeafId = (m: Formula.EventMeasure, calendar: Calendar.Calendar, packages: (code: string) => Package.PackageRule) =>
  JSON.stringify({ s: eventSource(m), m: eventMeasure(m, calendar, packages).measure, w: m.where })

export const reportedLeafId = (dataElement: string, additive: boolean) => JSON.stringify({ r: dataElement, a: additive })

/** Event measures are additive unless they count distinct ids or package reach, or count a stock (establishments). */
export const measureAdditive = (m: Formula.EventMeasure): boolean =>
  m._tag === "count" ? m.source !== "establishment" : m._tag === "sum" || m._tag === "newPersons"

/** Collects the leaves of the indicators and the breakdowns each is needed in. */
export const leaves = (inputs: Inputs): Map<string, Leaf> => {
  const out = new Map<string, Leaf>()
  const need = (leaf: Leaf, slices: ReadonlyArray<Slice>) => {
    const existing = out.get(leaf.id) ?? leaf
    out.set(leaf.id, existing)
    for (const s of slices) existing.slices.set(sliceKey(s), s)
  }
  const visit = (f: Formula.Formula, slices: ReadonlyArray<Slice>, seen: Set<string>): void => {
    switch (f._tag) {
      case "count":
      case "distinct":
      case "sum":
      case "newPersons":
      case "reached": {
        const { measure, summable } = eventMeasure(f, inputs.calendar, inputs.packages)
        need(
          {
            kind: "events",
            id: eventLeafId(f, inputs.calendar, inputs.packages),
            source: eventSource(f),
            measure,
            where: f.where,
            summable,
            slices: new Map()
          },
          slices
        )
        return
      }
      case "reported":
        need({ kind: "reported", id: reportedLeafId(f.dataElement, f.additive), dataElement: f.dataElement, additive: f.additive, slices: new Map() }, slices)
        return
      case "alsoReported": {
        visit(f.measure, slices, seen)
        const additive = measureAdditive(f.measure)
        need({ kind: "reported", id: reportedLeafId(f.dataElement, additive), dataElement: f.dataElement, additive, slices: new Map() }, slices)
        return
      }
      case "indicator": {
        const ref = inputs.get(f.code)
        if (ref === undefined || seen.has(f.code)) return
        visit(ref.formula, slices, new Set([...seen, f.code]))
        return
      }
      case "add":
        f.terms.forEach((t) => visit(t, slices, seen))
        return
      case "difference":
        visit(f.minuend, slices, seen)
        visit(f.subtrahend, slices, seen)
        return
      case "ratio":
        visit(f.numerator, slices, seen)
        visit(f.denominator, slices, seen)
        return
      case "share":
        visit(f.part, slices, seen)
        visit(f.total, slices, seen)
        return
      case "perUnit":
        visit(f.amount, slices, seen)
        visit(f.per, slices, seen)
        return
      case "achievement":
        visit(f.actual, slices, seen)
        return
      case "normComparison":
        visit(f.costPerUnit, slices, seen)
        return
      case "coverage":
        visit(f.reached, slices, seen)
        return
      case "firstOf":
        f.options.forEach((o) => visit(o, slices, seen))
        return
      case "constant":
      case "unitCount":
        return
    }
  }
  for (const indicator of inputs.indicators) visit(indicator.formula, slicesOf(indicator, inputs.slices), new Set([indicator.code]))
  // whether a source has any record in a cell's period and place: without one, its measures
  // there are "no data", not 0
  const sources = new Set([...out.values()].flatMap((l) => (l.kind === "events" ? [l.source] : [])))
  for (const source of sources) {
    if (AggregateQuery.sources[source].time === "none") continue
    need({ kind: "events", id: coverageLeafId(source), source, measure: AggregateQuery.count, where: [], summable: true, slices: new Map() }, [[]])
  }
  return out
}

/**
 * The leaf counting every record of a source (no condition): a cell where it has no value has
 * no record of the source at all.
 */
export const coverageLeafId = (source: EventSource): string => JSON.stringify({ s: source, m: AggregateQuery.count, w: [] })

/** The breakdowns an indicator is reported in: the total and every requested one it supports. */
export const slicesOf = (indicator: Indicator.Indicator, requested: ReadonlyArray<Slice>): ReadonlyArray<Slice> => [
  [],
  ...requested.filter((s) => s.length > 0 && s.every((a) => indicator.disaggregations.includes(a)))
]

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

const RANK: Record<Period.Unit, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4 }
const GRAINS = ["month", "quarter", "half", "year"] as const

/** How a query's rows answer the periods of a report. */
export interface PeriodGroup {
  /** Group rows by period at this grain. */
  readonly grain?: AggregateQuery.PeriodGrain
  /** Filter records to this period. */
  readonly filter?: string
  /** No query: nothing of the source can fall in these periods (a budget year in a quarter). */
  readonly empty?: true
  readonly answers: ReadonlyArray<{
    readonly period: Period.Period
    /** Sum the rows of these buckets (summable measures grouped by a finer grain). */
    readonly buckets?: ReadonlySet<string>
    /** Take the row of exactly this bucket. */
    readonly exact?: string
  }>
}

const covering = (ids: ReadonlyArray<string>): string => {
  const sorted = [...ids].sort()
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  return first === last ? first : `${first}/${last}`
}

const isUnitPeriod = (p: Period.Period): boolean => p.kind !== "range" && p.kind !== "phase"

/** Plans how a source's records answer the report's periods. */
export const periodGroups = (
  time: AggregateQuery.SourceSpec["time"],
  summable: boolean,
  periods: ReadonlyArray<Period.Period>
): ReadonlyArray<PeriodGroup> => {
  if (time === "none") return [{ answers: periods.map((period) => ({ period })) }]
  const groups: Array<PeriodGroup> = []
  const individual = (p: Period.Period) => groups.push({ filter: p.id, answers: [{ period: p }] })
  if (time === "year") {
    const years = periods.filter((p) => Period.unitOf(p) === "year")
    const others = periods.filter((p) => Period.unitOf(p) !== "year")
    if (summable && years.length > 0) {
      const answers = years.map((p) => ({ period: p, buckets: new Set<string>(Period.split(p, "year").map((y) => y.id)) }))
      groups.push({ grain: "year", filter: covering(answers.flatMap((a) => [...a.buckets])), answers })
    } else {
      const single = years.filter((p) => p.kind === "year")
      if (single.length > 0) groups.push({ grain: "year", filter: covering(single.map((p) => p.id)), answers: single.map((p) => ({ period: p, exact: p.id })) })
      years.filter((p) => p.kind !== "year").forEach(individual)
    }
    if (others.length > 0) groups.push({ empty: true, answers: others.map((period) => ({ period })) })
    return groups
  }
  if (summable) {
    const tiled = periods.filter((p) => Period.unitOf(p) !== "day")
    periods.filter((p) => Period.unitOf(p) === "day").forEach(individual)
    if (tiled.length > 0) {
      const grain = [...GRAINS].reverse().find((g) => tiled.every((p) => RANK[Period.unitOf(p)] >= RANK[g]))!
      const answers = tiled.map((p) => ({ period: p, buckets: new Set<string>(Period.split(p, grain).map((b) => b.id)) }))
      groups.push({ grain, filter: covering(answers.flatMap((a) => [...a.buckets])), answers })
    }
    return groups
  }
  for (const grain of GRAINS) {
    const same = periods.filter((p) => isUnitPeriod(p) && p.kind === grain)
    if (same.length > 0) groups.push({ grain, filter: covering(same.map((p) => p.id)), answers: same.map((p) => ({ period: p, exact: p.id })) })
  }
  periods.filter((p) => !isUnitPeriod(p) || p.kind === "day").forEach(individual)
  return groups
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

/** One planned query and how its rows fill the leaf table. */
export interface Planned {
  readonly query: AggregateQuery.AggregateQuery
  readonly read: (rows: ReadonlyArray<AggregateQuery.Row>, table: LeafTable) => void
}

interface Family {
  readonly source: EventSource
  readonly measure: AggregateQuery.Measure
  readonly summable: boolean
  readonly filters: ReadonlyArray<Formula.Condition>
  readonly pivots: Array<AggregateQuery.Attribute>
  readonly members: Array<{ readonly leaf: EventLeaf; readonly select: ReadonlyArray<Formula.Condition> }>
  readonly slices: Map<string, Slice>
}

const families = (eventLeaves: ReadonlyArray<EventLeaf>): ReadonlyArray<Family> => {
  const out = new Map<string, Family>()
  for (const leaf of eventLeaves) {
    let key: string
    let filters: ReadonlyArray<Formula.Condition>
    let select: ReadonlyArray<Formula.Condition>
    if (leaf.summable && leaf.measure._tag !== "newPersons") {
      key = JSON.stringify([leaf.source, leaf.measure])
      filters = []
      select = leaf.where
    } else if (leaf.measure._tag === "newPersons") {
      key = JSON.stringify([leaf.source, leaf.measure, leaf.where])
      filters = leaf.where
      select = []
    } else {
      const single = leaf.where.filter((c) => c.values.length === 1)
      const multi = leaf.where.filter((c) => c.values.length > 1)
      key = JSON.stringify([leaf.source, leaf.measure, multi, single.map((c) => c.attribute)])
      filters = multi
      select = single
    }
    let family = out.get(key)
    if (family === undefined) {
      family = { source: leaf.source, measure: leaf.measure, summable: leaf.summable, filters, pivots: [], members: [], slices: new Map() }
      out.set(key, family)
    }
    family.members.push({ leaf, select })
    for (const c of select) if (!family.pivots.includes(c.attribute)) family.pivots.push(c.attribute)
    for (const [k, s] of leaf.slices) family.slices.set(k, s)
  }
  return [...out.values()]
}

const selected = (row: AggregateQuery.Row, select: ReadonlyArray<Formula.Condition>): boolean =>
  select.every((c) => {
    const v = row.key[c.attribute]
    return v !== undefined && v !== null && c.values.includes(v)
  })

/** A leaf whose amount is protected, and who contributes to it. */
interface AmountLeaf {
  readonly leaf: Leaf
  readonly by: AggregateQuery.DistinctField
}

/**
 * The leaves of amounts that are not public: sums of money of events, and reported amounts, in
 * the formulas of indicators that do not declare their amount public (each leaf belongs to the
 * indicator whose formula holds it, not to those referring to that indicator).
 */
const amountLeaves = (inputs: Inputs, all: Map<string, Leaf>): ReadonlyArray<AmountLeaf> => {
  const out = new Map<string, AmountLeaf>()
  const seen = new Set<string>()
  const visit = (owner: Indicator.Indicator, f: Formula.Formula): void => {
    if (f._tag === "sum") {
      const unit = (sumUnit[f.source] as Partial<Record<string, string>>)[f.field]
      const id = eventLeafId(f, inputs.calendar, inputs.packages)
      const leaf = all.get(id)
      if (unit === "vnd" && owner.publicAmount === undefined && leaf !== undefined && !out.has(id)) {
        out.set(id, { leaf, by: owner.contributors ?? defaultContributors[f.source] })
      }
    }
    if ((f._tag === "reported" && f.unit === "vnd") || (f._tag === "alsoReported" && owner.unit === "vnd")) {
      const additive = f._tag === "reported" ? f.additive : measureAdditive(f.measure)
      const id = reportedLeafId(f.dataElement, additive)
      const leaf = all.get(id)
      if (owner.publicAmount === undefined && leaf !== undefined && !out.has(id)) out.set(id, { leaf, by: "unitId" })
    }
    if (f._tag === "indicator") {
      const ref = inputs.get(f.code)
      if (ref !== undefined) walk(ref)
      return
    }
    Formula.children(f).forEach((c) => visit(owner, c))
  }
  const walk = (indicator: Indicator.Indicator) => {
    if (seen.has(indicator.code)) return
    seen.add(indicator.code)
    visit(indicator, indicator.formula)
  }
  inputs.indicators.forEach(walk)
  return [...out.values()]
}

/**
 * The queries of the contributions behind protected amounts: one per period, breakdown and
 * unit grouping (the total separately), since who contributes cannot be added up across
 * groups (an establishment fined twice in a year is one contributor).
 */
const contributionQueries = (inputs: Inputs, all: Map<string, Leaf>): ReadonlyArray<PlannedContributions> => {
  const out: Array<PlannedContributions> = []
  const grouping = inputs.grouping
  const scope = inputs.within === undefined ? [] : [AggregateQuery.within(inputs.within.unitId, inputs.within.asOf)]
  for (const { by, leaf } of amountLeaves(inputs, all)) {
    for (const period of inputs.periods) {
      for (const slice of leaf.slices.values()) {
        for (const withUnit of grouping === undefined ? [false] : [true, false]) {
          const unitDim = withUnit && grouping !== undefined ? [AggregateQuery.byUnit(grouping.level, grouping.asOf)] : []
          const put = (table: ContributionTable, row: AggregateQuery.Row, values: ReadonlyArray<string | null>) => {
            if (row.contributions === undefined) return
            let m = table.get(leaf.id)
            if (m === undefined) table.set(leaf.id, (m = new Map()))
            const unit = withUnit ? unitKey(row.key["unit"] ?? null) : TOTAL
            m.set(coordKey(period.id, unit, slice, values), row.contributions)
          }
          if (leaf.kind === "events") {
            if (leaf.measure._tag !== "sum") continue
            const field = leaf.measure.field
            out.push({
              query: AggregateQuery.make({
                source: leaf.source,
                measure: AggregateQuery.contributions(field, by, TOP_CONTRIBUTIONS),
                filters: [...leaf.where.map((c) => AggregateQuery.where(c.attribute, c.values)), ...scope, AggregateQuery.inPeriod(period.id, inputs.calendar)],
                groupBy: [...unitDim, ...slice.map((a) => AggregateQuery.by(a as AggregateQuery.Attribute))]
              }),
              read: (rows, table) => rows.forEach((row) => put(table, row, slice.map((a) => row.key[a] ?? null)))
            })
          } else {
            out.push({
              query: AggregateQuery.make({
                source: "aggregateValue",
                measure: AggregateQuery.contributions("value", "unitId", TOP_CONTRIBUTIONS),
                filters: [
                  AggregateQuery.where("dataElement", [leaf.dataElement]),
                  AggregateQuery.disaggregatedBy([...slice]),
                  ...scope,
                  AggregateQuery.inPeriod(period.id, inputs.calendar)
                ],
                groupBy: [
                  ...unitDim,
                  ...slice.map((k) => AggregateQuery.byDisaggregation(k)),
                  ...(leaf.additive ? [] : [AggregateQuery.by("reportedPeriod")])
                ]
              }),
              read: (rows, table) =>
                rows.forEach((row) => {
                  if (!leaf.additive && row.key["reportedPeriod"] !== period.id) return
                  put(table, row, slice.map((k) => row.key[`disaggregation.${k}`] ?? null))
                })
            })
          }
        }
      }
    }
  }
  return out
}

/** One planned query of contributions and how its rows fill the contribution table. */
export interface PlannedContributions {
  readonly query: AggregateQuery.AggregateQuery
  readonly read: (rows: ReadonlyArray<AggregateQuery.Row>, table: ContributionTable) => void
}

/** Plans the queries of a report. */
export const plan = (
  inputs: Inputs
): { readonly leaves: Map<string, Leaf>; readonly queries: ReadonlyArray<Planned>; readonly contributions: ReadonlyArray<PlannedContributions> } => {
  const all = leaves(inputs)
  const queries: Array<Planned> = []
  const grouping = inputs.grouping
  const scope = inputs.within === undefined ? [] : [AggregateQuery.within(inputs.within.unitId, inputs.within.asOf)]
  const unitDim = grouping === undefined ? [] : [AggregateQuery.byUnit(grouping.level, grouping.asOf)]
  const unitOfRow = (row: AggregateQuery.Row, withUnit: boolean) => (withUnit ? unitKey(row.key["unit"] ?? null) : TOTAL)

  for (const family of families([...all.values()].filter((l): l is EventLeaf => l.kind === "events"))) {
    const spec = AggregateQuery.sources[family.source]
    // new persons add up within a reporting year only: over a longer period a person is new if
    // their first contact ever falls in it
    const long = family.measure._tag === "newPersons" ? inputs.periods.filter((p) => spansYears(p, inputs.calendar)) : []
    const groups: ReadonlyArray<PeriodGroup & { readonly measure?: AggregateQuery.Measure }> = [
      ...periodGroups(spec.time, family.summable, inputs.periods.filter((p) => !long.includes(p))).filter((g) => g.empty !== true),
      ...long.map((p) => ({ filter: p.id, answers: [{ period: p }], measure: AggregateQuery.newPersons(inputs.calendar, "ever") }))
    ]
    const slices = [...family.slices.values()]
    const nonTotal = slices.filter((s) => s.length > 0)
    const sliceList = family.summable && nonTotal.length > 0 ? nonTotal : slices
    const deriveTotalSlice = family.summable && nonTotal.length > 0 && family.slices.has("")
    const variants: ReadonlyArray<boolean> = grouping === undefined ? [false] : family.summable ? [true] : [true, false]
    for (const withUnit of variants) {
      for (const [i, slice] of sliceList.entries()) {
        for (const group of groups) {
          const groupBy: Array<AggregateQuery.Dimension> = []
          if (group.grain !== undefined) groupBy.push(AggregateQuery.byPeriod(group.grain, inputs.calendar))
          if (withUnit) groupBy.push(...unitDim)
          const attrs: Array<string> = [...slice]
          for (const p of family.pivots) if (!attrs.includes(p)) attrs.push(p)
          groupBy.push(...attrs.map((a) => AggregateQuery.by(a as AggregateQuery.Attribute)))
          const filters: Array<AggregateQuery.Filter> = [
            ...family.filters.map((c) => AggregateQuery.where(c.attribute, c.values)),
            ...scope,
            ...(group.filter === undefined ? [] : [AggregateQuery.inPeriod(group.filter, inputs.calendar)])
          ]
          const alsoTotal = family.summable && withUnit
          const alsoSliceTotal = deriveTotalSlice && i === 0
          queries.push({
            query: AggregateQuery.make({ source: family.source, measure: group.measure ?? family.measure, filters, groupBy }),
            read: (rows, table) => {
              for (const row of rows) {
                const unit = unitOfRow(row, withUnit)
                const values = slice.map((a) => row.key[a] ?? null)
                const bucket = group.grain === undefined ? undefined : (row.key["period"] ?? undefined)
                for (const { leaf, select } of family.members) {
                  if (!leaf.slices.has(sliceKey(slice)) && !(alsoSliceTotal && leaf.slices.has(""))) continue
                  if (!selected(row, select)) continue
                  for (const answer of group.answers) {
                    if (answer.buckets !== undefined && (bucket === undefined || !answer.buckets.has(bucket))) continue
                    if (answer.exact !== undefined && bucket !== answer.exact) continue
                    const p = answer.period.id
                    const put = (u: string, s: Slice, v: ReadonlyArray<string | null>) => addTo(table, leaf.id, coordKey(p, u, s, v), row.value)
                    if (leaf.slices.has(sliceKey(slice))) {
                      put(unit, slice, values)
                      if (alsoTotal) put(TOTAL, slice, values)
                    }
                    if (alsoSliceTotal && leaf.slices.has("")) {
                      put(unit, [], [])
                      if (alsoTotal) put(TOTAL, [], [])
                    }
                  }
                }
              }
            }
          })
        }
      }
    }
  }

  const reported = [...all.values()].filter((l): l is ReportedLeaf => l.kind === "reported")
  if (reported.length > 0) {
    const slices = new Map<string, Slice>()
    for (const leaf of reported) for (const [k, s] of leaf.slices) slices.set(k, s)
    const years = inputs.periods.flatMap((p) => {
      const r = Period.dateRange(p, inputs.calendar)
      return [Period.containing(r.start, "year", inputs.calendar).id, Period.containing(r.end, "year", inputs.calendar).id]
    })
    const filterPeriod = covering(years)
    const ranges = new Map<string, Period.DateRange | null>()
    const rangeOf = (id: string) => {
      if (!ranges.has(id)) {
        const parsed = Period.parse(id)
        ranges.set(id, parsed._tag === "Right" ? Period.dateRange(parsed.right, inputs.calendar) : null)
      }
      return ranges.get(id) ?? null
    }
    const periodRanges = inputs.periods.map((p) => ({ period: p, range: Period.dateRange(p, inputs.calendar) }))
    for (const slice of slices.values()) {
      const members = reported.filter((l) => l.slices.has(sliceKey(slice)))
      const elements = [...new Set(members.map((l) => l.dataElement))].sort()
      const groupBy: Array<AggregateQuery.Dimension> = [AggregateQuery.by("dataElement"), AggregateQuery.by("reportedPeriod"), ...unitDim]
      groupBy.push(...slice.map((k) => AggregateQuery.byDisaggregation(k)))
      queries.push({
        query: AggregateQuery.make({
          source: "aggregateValue",
          measure: AggregateQuery.sum("value"),
          filters: [
            AggregateQuery.where("dataElement", elements),
            AggregateQuery.disaggregatedBy([...slice]),
            ...scope,
            AggregateQuery.inPeriod(filterPeriod, inputs.calendar)
          ],
          groupBy
        }),
        read: (rows, table) => {
          for (const row of rows) {
            const element = row.key["dataElement"]
            const own = row.key["reportedPeriod"]
            if (element === undefined || element === null || own === undefined || own === null) continue
            const unit = unitOfRow(row, grouping !== undefined)
            const values = slice.map((k) => row.key[`disaggregation.${k}`] ?? null)
            const range = rangeOf(own)
            for (const leaf of members) {
              if (leaf.dataElement !== element) continue
              for (const { period, range: p } of periodRanges) {
                const match = leaf.additive ? range !== null && range.start >= p.start && range.end <= p.end : own === period.id
                if (!match) continue
                addTo(table, leaf.id, coordKey(period.id, unit, slice, values), row.value)
                if (grouping !== undefined) addTo(table, leaf.id, coordKey(period.id, TOTAL, slice, values), row.value)
              }
            }
          }
        }
      })
    }
  }
  return { leaves: all, queries, contributions: contributionQueries(inputs, all) }
}
