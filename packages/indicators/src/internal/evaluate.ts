import { AdminUnit, AggregateQuery, type Calendar, type Entity, type Geography, type Label, Money, Period, Person, type ReportTable } from "@pctnxh/core"
import type * as Cell from "../Cell.js"
import * as Formula from "../Formula.js"
import type * as Indicator from "../Indicator.js"
import type * as Package from "../Package.js"
import type { Precedence } from "../ReportSpec.js"
import { Unit } from "../Unit.js"
import * as format from "./format.js"
import {
  type ContributionTable,
  coverageLeafId,
  coordKey,
  eventLeafId,
  type LeafTable,
  measureAdditive,
  reportedLeafId,
  type Slice,
  TOP_CONTRIBUTIONS,
  TOTAL,
  unitOfKey
} from "./plan.js"

/** A flag a cell can carry. */
export type Flag = Cell.Flag

const EVENTS = 1
const AGGREGATE = 2

/** A value in a cell while a formula is evaluated. */
export interface Val {
  readonly value: number | null
  readonly present: boolean
  readonly sources: number
  readonly flags: ReadonlySet<Flag>
  readonly numerator?: number | null
  readonly denominator?: number | null
  readonly notes: ReadonlyArray<Label.Label>
  /** Who the amount (or a ratio's numerator) comes from, when it is a protected amount. */
  readonly contributions?: ReportTable.Contributions | undefined
}

/** Contributions of two amounts added together: their contributors, and the largest of both. */
export const mergeContributions = (
  parts: ReadonlyArray<ReportTable.Contributions | undefined>
): ReportTable.Contributions | undefined => {
  const known = parts.filter((p): p is ReportTable.Contributions => p !== undefined)
  if (known.length === 0) return undefined
  if (known.length === 1) return known[0]
  return {
    contributors: known.reduce((a, p) => a + p.contributors, 0),
    largest: known
      .flatMap((p) => p.largest)
      .sort((a, b) => b - a)
      .slice(0, TOP_CONTRIBUTIONS)
  }
}

const withContributions = (v: Val, contributions: ReportTable.Contributions | undefined): Val =>
  contributions === undefined ? v : { ...v, contributions }

/** The flags of most values: none, one set shared (a value's flags are never changed in place). */
const NO_FLAGS: ReadonlySet<Flag> = new Set()
const NO_FLAG_LIST: ReadonlyArray<Flag> = []

const val = (value: number | null, present: boolean, sources = 0, flags: ReadonlyArray<Flag> = NO_FLAG_LIST, notes: ReadonlyArray<Label.Label> = []): Val => ({
  value,
  present,
  sources,
  flags: flags.length === 0 ? NO_FLAGS : new Set(flags),
  notes
})

const merge = (parts: ReadonlyArray<Val>) => ({
  present: parts.some((p) => p.present),
  sources: parts.reduce((a, p) => a | p.sources, 0),
  flags: parts.every((p) => p.flags.size === 0) ? NO_FLAGS : new Set(parts.flatMap((p) => [...p.flags])),
  notes: parts.flatMap((p) => p.notes)
})

/** The coordinates of one cell. */
export interface Coord {
  readonly period: Period.Period
  /** `TOTAL`, or the JSON of a unit id or of `null`. */
  readonly unit: string
  readonly slice: Slice
  readonly values: ReadonlyArray<string | null>
}

/** What the evaluator is given. */
export interface Context {
  readonly get: (code: string) => Indicator.Indicator | undefined
  readonly table: LeafTable
  /** The contributions behind protected amounts, by leaf and cell. */
  readonly contributions: ContributionTable
  readonly calendar: Calendar.Calendar
  readonly packages: (code: string) => Package.PackageRule
  readonly precedence: (code: string) => Precedence
  readonly geography: Geography.Geography
  readonly grouping: { readonly level: AdminUnit.AdminLevel; readonly asOf: string } | undefined
  readonly within: { readonly unitId: string; readonly asOf: string } | undefined
  /** The unit columns of the report (keys as in the leaf table), without the total. */
  readonly unitKeys: ReadonlyArray<string>
  /** The date targets are pro-rated to. */
  readonly asOf: string
  readonly targets: ReadonlyArray<Entity.Of<"target">>
  readonly norms: ReadonlyArray<Entity.Of<"costNorm">>
  readonly estimates: ReadonlyArray<Entity.Of<"populationEstimate">>
}

type Place =
  | { readonly kind: "unit"; readonly id: string; readonly level: AdminUnit.AdminLevel; readonly asOf: string }
  | { readonly kind: "national" }
  | { readonly kind: "none" }

const placeOf = (ctx: Context, unit: string): Place => {
  if (unit === TOTAL) {
    if (ctx.within === undefined) return { kind: "national" }
    const u = ctx.geography.get(ctx.within.unitId)
    return u._tag === "Some" ? { kind: "unit", id: u.value.id, level: u.value.level, asOf: ctx.within.asOf } : { kind: "none" }
  }
  const id = unitOfKey(unit)
  if (id === null || id === undefined || ctx.grouping === undefined) return { kind: "none" }
  return { kind: "unit", id, level: ctx.grouping.level, asOf: ctx.grouping.asOf }
}

const rankOf = (ctx: Context, unitId: string): number => {
  const u = ctx.geography.get(unitId)
  return u._tag === "Some" ? AdminUnit.levelRank[u.value.level] : 99
}

/** The unit each unit rolls up to at a level as of a date, by geography: asked again for every cell. */
const rolledUp = new WeakMap<Context["geography"], Map<string, string | null>>()

const ancestorOf = (ctx: Context, unitId: string, level: AdminUnit.AdminLevel, asOf: string): string | null => {
  let known = rolledUp.get(ctx.geography)
  if (known === undefined) rolledUp.set(ctx.geography, (known = new Map()))
  const key = `${unitId}|${level}|${asOf}`
  let id = known.get(key)
  if (id === undefined) {
    const at = ctx.geography.resolveAt(unitId, level, asOf)
    known.set(key, (id = at._tag === "Some" ? at.value.id : null))
  }
  return id
}

/** How many units of a level in force on a date roll up to each unit of another level as of a date, by geography. */
const unitsUnderBy = new WeakMap<Context["geography"], Map<string, ReadonlyMap<string, number>>>()

const unitsUnder = (ctx: Context, level: AdminUnit.AdminLevel, date: string, to: AdminUnit.AdminLevel, asOf: string): ReadonlyMap<string, number> => {
  let known = unitsUnderBy.get(ctx.geography)
  if (known === undefined) unitsUnderBy.set(ctx.geography, (known = new Map()))
  const key = `${level}|${date}|${to}|${asOf}`
  let counts = known.get(key)
  if (counts === undefined) {
    const made = new Map<string, number>()
    for (const u of ctx.geography.unitsAt(level, date)) {
      const at = ctx.geography.resolveAt(u.id, to, asOf)
      if (at._tag === "Some") made.set(at.value.id, (made.get(at.value.id) ?? 0) + 1)
    }
    known.set(key, (counts = made))
  }
  return counts
}

/** How many units of a level are in force on a date, by geography: the same for every report. */
const unitsInBy = new WeakMap<Context["geography"], Map<string, number>>()

const unitsIn = (ctx: Context, level: AdminUnit.AdminLevel, date: string): number => {
  let known = unitsInBy.get(ctx.geography)
  if (known === undefined) unitsInBy.set(ctx.geography, (known = new Map()))
  const key = `${level}|${date}`
  let n = known.get(key)
  if (n === undefined) known.set(key, (n = ctx.geography.unitsAt(level, date).length))
  return n
}

/** The records of a unit table that fall in a place, keeping only those of the highest level among them. */
const inPlace = <R extends { readonly unitId: string }>(ctx: Context, place: Place, records: ReadonlyArray<R>): ReadonlyArray<R> => {
  if (place.kind === "none") return []
  const matching = place.kind === "national" ? records : records.filter((r) => ancestorOf(ctx, r.unitId, place.level, place.asOf) === place.id)
  if (matching.length === 0) return []
  const top = Math.min(...matching.map((r) => rankOf(ctx, r.unitId)))
  return matching.filter((r) => rankOf(ctx, r.unitId) === top)
}

const numberText = (n: number, lang: Label.Lang) => format.number(n, lang, 2)

/**
 * The value a precedence rule kept, marked when the value it set aside disagrees with it: the
 * disagreement is surfaced (flag `reportedDiffers`, a note with the other value), never silent.
 */
const disagreeing = (kept: Val, other: Val, otherIsReported: boolean): Val => {
  if (!kept.present || !other.present || kept.value === null || other.value === null || Math.abs(kept.value - other.value) <= 1e-9) return kept
  const n = (lang: Label.Lang) => numberText(other.value ?? 0, lang)
  const note: Label.Label = otherIsReported
    ? { vi: `số liệu báo cáo (${n("vi")}) khác số liệu ghi nhận và không được dùng`, en: `the reported value (${n("en")}) differs from the recorded events and was not used` }
    : { vi: `số liệu ghi nhận (${n("vi")}) khác số liệu báo cáo và không được dùng`, en: `the recorded events (${n("en")}) differ from the reported value and were not used` }
  return { ...kept, flags: new Set([...kept.flags, "reportedDiffers"]), notes: [...kept.notes, note] }
}

/** Applies a precedence rule to the events' value and the reported one (if any) of a cell. */
const choose = (rule: Precedence, e: Val, a: Val | undefined): Val => {
  switch (rule) {
    case "preferEvents":
      return e.present || a === undefined ? (a === undefined ? e : disagreeing(e, a, true)) : reportedValue(a)
    case "preferAggregates":
      return a === undefined ? e : disagreeing(reportedValue(a), e, false)
    case "sum":
      return a === undefined
        ? e
        : e.present
          ? withContributions(both((e.value ?? 0) + (a.value ?? 0)), mergeContributions([e.contributions, a.contributions]))
          : reportedValue(a)
  }
}

const REPORTED: Label.Label = { vi: "theo số liệu báo cáo", en: "from the reported value" }
const BOTH: Label.Label = { vi: "số liệu ghi nhận cộng số liệu báo cáo", en: "recorded events plus reported values" }
const PER_UNIT: Label.Label = {
  vi: "mỗi đơn vị hành chính theo nguồn được chọn cho đơn vị đó",
  en: "each administrative unit from the source chosen for it"
}
const reportedValue = (a: Val): Val => ({ ...a, notes: [...a.notes, REPORTED] })
const both = (value: number): Val => val(value, true, EVENTS | AGGREGATE, [], [BOTH])

const coverageIds = new Map<string, string>()
const coverageId = (source: Parameters<typeof coverageLeafId>[0]): string => {
  let id = coverageIds.get(source)
  if (id === undefined) coverageIds.set(source, (id = coverageLeafId(source)))
  return id
}

/** Evaluates formulas cell by cell, remembering the value of every indicator in every cell. */
export const evaluator = (ctx: Context) => {
  // the values of every indicator, by cell, then by indicator
  const memo = new Map<string, Map<string, Val>>()
  const unitCounts = new Map<string, number>()
  // a cell's key, and that of its total over breakdowns, made once per coordinates
  const keys = new WeakMap<Coord, string>()
  const keyOf = (c: Coord): string => {
    let k = keys.get(c)
    if (k === undefined) keys.set(c, (k = coordKey(c.period.id, c.unit, c.slice, c.values)))
    return k
  }
  const unsliced = new WeakMap<Coord, Coord>()
  const withoutSlice = (c: Coord): Coord => {
    if (c.slice.length === 0) return c
    let u = unsliced.get(c)
    if (u === undefined) unsliced.set(c, (u = { ...c, slice: [], values: [] }))
    return u
  }
  // a measure's leaf id depends on the formula alone (the calendar and package rules are the report's)
  const leafIds = new WeakMap<Formula.Formula, string>()
  const leafIdOf = (f: Formula.Formula, make: () => string): string => {
    let id = leafIds.get(f)
    if (id === undefined) leafIds.set(f, (id = make()))
    return id
  }

  const ends = new Map<string, string>()
  const endOf = (period: Period.Period): string => {
    let end = ends.get(period.id)
    if (end === undefined) ends.set(period.id, (end = Period.endDate(period, ctx.calendar)))
    return end
  }

  const evalIndicator = (code: string, c: Coord): Val => {
    const key = keyOf(c)
    let byCode = memo.get(key)
    if (byCode === undefined) memo.set(key, (byCode = new Map()))
    const done = byCode.get(code)
    if (done !== undefined) return done
    const indicator = ctx.get(code)
    const result = indicator === undefined ? val(null, false) : evalFormula(indicator.formula, c, code)
    byCode.set(code, result)
    return result
  }

  const leaf = (id: string, c: Coord) => ctx.table.get(id)?.get(keyOf(c))
  const contributed = (id: string, c: Coord): ReportTable.Contributions | undefined => {
    const m = ctx.contributions.get(id)
    if (m === undefined) return undefined
    return m.get(keyOf(c)) ?? { contributors: 0, largest: [] }
  }

  const ratioLike = (n: Val, d: Val, factor: number, extra: Iterable<Flag> = [], notes: ReadonlyArray<Label.Label> = []): Val => {
    const m = merge([n, d])
    const flags = new Set<Flag>([...m.flags, ...extra])
    if (n.value === null || d.value === null || d.value === 0) {
      const explained = flags.has("noTarget") || flags.has("noEstimate") || flags.has("noNorm")
      if (d.value === 0 || (d.value === null && !explained)) flags.add("noDenominator")
      return withContributions(
        { value: null, present: m.present, sources: m.sources, flags, numerator: n.value, denominator: d.value, notes: [...m.notes, ...notes] },
        n.contributions
      )
    }
    return withContributions(
      {
        value: (n.value / d.value) * factor,
        present: m.present,
        sources: m.sources,
        flags,
        numerator: n.value,
        denominator: d.value,
        notes: [...m.notes, ...notes]
      },
      n.contributions
    )
  }

  const evalFormula = (f: Formula.Formula, c: Coord, owner: string): Val => {
    if (Formula.isEventMeasure(f)) {
      const id = leafIdOf(f, () => eventLeafId(f, ctx.calendar, ctx.packages))
      const v = leaf(id, c)
      if (v !== undefined) return withContributions(val(v.value, true, EVENTS), contributed(id, c))
      // no row: 0 where the source has records in the period and place, "no data" where it has none
      const source = f._tag === "newPersons" || f._tag === "reached" ? "serviceEvent" : f.source
      const covered = AggregateQuery.sources[source].time === "none" || leaf(coverageId(source), withoutSlice(c)) !== undefined
      return withContributions(val(covered ? 0 : null, false), contributed(id, c))
    }
    switch (f._tag) {
      case "reported": {
        const id = leafIdOf(f, () => reportedLeafId(f.dataElement, f.additive))
        const v = leaf(id, c)
        return withContributions(v === undefined ? val(null, false) : val(v.value, true, AGGREGATE), contributed(id, c))
      }
      case "alsoReported": {
        const e = evalFormula(f.measure, c, owner)
        const reportedId = leafIdOf(f, () => reportedLeafId(f.dataElement, measureAdditive(f.measure)))
        const r = leaf(reportedId, c)
        const a = r === undefined ? undefined : withContributions(val(r.value, true, AGGREGATE), contributed(reportedId, c))
        const rule = ctx.precedence(owner)
        if (c.unit !== TOTAL || ctx.grouping === undefined || rule === "sum") return choose(rule, e, a)
        // the total over units follows each unit's choice
        const units = ctx.unitKeys.map((unit) => {
          const at = { ...c, unit }
          const ev = evalFormula(f.measure, at, owner)
          const rv = leaf(reportedId, at)
          return {
            events: ev,
            reported: rv === undefined ? undefined : withContributions(val(rv.value, true, AGGREGATE), contributed(reportedId, at))
          }
        })
        if (rule === "preferEvents") {
          const fromReports = units.filter((u) => !u.events.present && u.reported !== undefined)
          if (fromReports.length === 0) return e
          const sum = fromReports.reduce((acc, u) => acc + (u.reported?.value ?? 0), 0)
          const fromReported = mergeContributions(fromReports.map((u) => u.reported?.contributions))
          if (!e.present) return withContributions(val(sum, true, AGGREGATE, [], [REPORTED]), fromReported)
          return withContributions(val((e.value ?? 0) + sum, true, EVENTS | AGGREGATE, [], [PER_UNIT]), mergeContributions([e.contributions, fromReported]))
        }
        const fromEvents = units.filter((u) => u.reported === undefined && u.events.present)
        if (a === undefined) return e
        if (fromEvents.length === 0) return reportedValue(a)
        const sum = fromEvents.reduce((acc, u) => acc + (u.events.value ?? 0), 0)
        return withContributions(
          val((a.value ?? 0) + sum, true, EVENTS | AGGREGATE, [], [PER_UNIT]),
          mergeContributions([a.contributions, ...fromEvents.map((u) => u.events.contributions)])
        )
      }
      case "indicator":
        return evalIndicator(f.code, c)
      case "constant":
        return val(f.value, true)
      case "add": {
        const parts = f.terms.map((t) => evalFormula(t, c, owner))
        const m = merge(parts)
        const value = parts.some((p) => p.value === null) ? null : parts.reduce((a, p) => a + (p.value ?? 0), 0)
        return withContributions({ value, ...m }, mergeContributions(parts.map((p) => p.contributions)))
      }
      case "difference": {
        const a = evalFormula(f.minuend, c, owner)
        const b = evalFormula(f.subtrahend, c, owner)
        return withContributions(
          { value: a.value === null || b.value === null ? null : a.value - b.value, ...merge([a, b]) },
          mergeContributions([a.contributions, b.contributions])
        )
      }
      case "ratio":
        return ratioLike(evalFormula(f.numerator, c, owner), evalFormula(f.denominator, c, owner), f.factor)
      case "share": {
        const n = evalFormula(f.part, c, owner)
        const d = evalFormula(f.total, c, owner)
        return ratioLike(n, d, 100, n.value !== null && d.value !== null && n.value > d.value ? ["partAboveTotal"] : [])
      }
      case "perUnit":
        return ratioLike(evalFormula(f.amount, c, owner), evalFormula(f.per, c, owner), 1)
      case "achievement": {
        const actual = evalFormula(f.actual, c, owner)
        const targets = inPlace(
          ctx,
          placeOf(ctx, c.unit),
          ctx.targets.filter((t) => t.indicator === f.indicator && t.period === c.period.id)
        )
        const general = targets.filter((t) => t.modelId === undefined)
        const chosen = general.length > 0 ? general : targets
        if (chosen.length === 0) return ratioLike(actual, val(null, false), 100, ["noTarget"])
        const total = chosen.reduce((a, t) => a + t.value, 0)
        if (!f.prorate) {
          return ratioLike(actual, val(total, true), 100, [], [
            { vi: `chỉ tiêu ${numberText(total, "vi")}`, en: `target ${numberText(total, "en")}` }
          ])
        }
        const share = Period.elapsedShare(c.period, ctx.asOf, ctx.calendar)
        return ratioLike(actual, val(total * share, true), 100, ["prorated"], [
          {
            vi: `chỉ tiêu ${numberText(total, "vi")} × ${numberText(share * 100, "vi")}% thời gian đã qua đến ${ctx.asOf}`,
            en: `target ${numberText(total, "en")} × ${numberText(share * 100, "en")}% of the period elapsed by ${ctx.asOf}`
          }
        ])
      }
      case "normComparison": {
        const cost = evalFormula(f.costPerUnit, c, owner)
        const end = endOf(c.period)
        const place = placeOf(ctx, c.unit)
        const candidates = ctx.norms.filter(
          (n) => n.category === f.category && n.validFrom <= end && (n.validTo === undefined || end <= n.validTo)
        )
        const local = candidates.filter((n) => {
          if (n.unitId === undefined || place.kind !== "unit") return false
          const own = ctx.geography.get(n.unitId)
          if (own._tag === "None") return false
          const a = ctx.geography.resolveAt(place.id, own.value.level, place.asOf)
          const b = ctx.geography.resolveAt(n.unitId, own.value.level, place.asOf)
          return a._tag === "Some" && b._tag === "Some" && a.value.id === b.value.id
        })
        const pool = local.length > 0 ? local : candidates.filter((n) => n.unitId === undefined)
        const norm = [...pool].sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0]
        if (norm === undefined) return ratioLike(cost, val(null, false), 100, ["noNorm"])
        const r = ratioLike(cost, val(norm.amount, true), 100, [], [
          {
            vi: `định mức ${Money.format(norm.amount, "vi")} ${norm.per} (${norm.legalBasis})`,
            en: `norm ${Money.format(norm.amount, "en")} ${norm.per} (${norm.legalBasis})`
          }
        ])
        return r.value !== null && r.value > 100 ? { ...r, flags: new Set([...r.flags, "overNorm" as const]) } : r
      }
      case "coverage": {
        const reached = evalFormula(f.reached, c, owner)
        const year = Number(endOf(c.period).slice(0, 4))
        const place = placeOf(ctx, c.unit)
        const latest = new Map<string, Entity.Of<"populationEstimate">>()
        for (const e of ctx.estimates) {
          if (e.population !== f.population || e.year > year) continue
          const best = latest.get(e.unitId)
          if (best === undefined || e.year > best.year) latest.set(e.unitId, e)
        }
        const chosen = inPlace(ctx, place, [...latest.values()])
        if (chosen.length === 0) return ratioLike(reached, val(null, false), 100, ["noEstimate"])
        const size = chosen.reduce((a, e) => a + e.size, 0)
        const years = [...new Set(chosen.map((e) => e.year))].sort().join(", ")
        const pop = Person.PopulationCategory.label(f.population)
        const r = ratioLike(reached, val(size, true), 100, [], [
          { vi: `ước tính ${numberText(size, "vi")} ${pop.vi.toLowerCase()} (năm ${years})`, en: `estimate of ${numberText(size, "en")} (${pop.en.toLowerCase()}, ${years})` }
        ])
        return r.value !== null && r.value > 100 ? { ...r, flags: new Set([...r.flags, "staleEstimate" as const]) } : r
      }
      case "unitCount": {
        const place = placeOf(ctx, c.unit)
        if (place.kind === "none") return val(null, false)
        const date = endOf(c.period)
        const key = `${f.level}|${date}|${place.kind === "unit" ? `${place.id}|${place.level}|${place.asOf}` : "*"}`
        let n = unitCounts.get(key)
        if (n === undefined) {
          n = place.kind === "national" ? unitsIn(ctx, f.level, date) : (unitsUnder(ctx, f.level, date, place.level, place.asOf).get(place.id) ?? 0)
          unitCounts.set(key, n)
        }
        return val(n, true, 0, [], [
          {
            vi: `${n} đơn vị cấp ${AdminUnit.AdminLevel.label(f.level).vi.toLowerCase()} theo danh mục ngày ${date}`,
            en: `${n} ${AdminUnit.AdminLevel.label(f.level).en.toLowerCase()} units in force on ${date}`
          }
        ])
      }
      case "firstOf": {
        let last = val(null, false)
        for (const option of f.options) {
          last = evalFormula(option, c, owner)
          if (last.present && last.value !== null) return last
        }
        return last
      }
    }
  }

  return { indicator: evalIndicator }
}

/** Where a cell's value came from. */
export const sourceOf = (v: Val): "events" | "aggregate" | "both" | "none" =>
  v.sources === (EVENTS | AGGREGATE) ? "both" : v.sources === EVENTS ? "events" : v.sources === AGGREGATE ? "aggregate" : "none"

/** A formula in words, described once per set of names (a report's), formula and language. */
const descriptions = new WeakMap<Formula.Names, WeakMap<Formula.Formula, Partial<Record<Label.Lang, string>>>>()
const described = (formula: Formula.Formula, lang: Label.Lang, names: Formula.Names): string => {
  let byFormula = descriptions.get(names)
  if (byFormula === undefined) descriptions.set(names, (byFormula = new WeakMap()))
  let texts = byFormula.get(formula)
  if (texts === undefined) byFormula.set(formula, (texts = {}))
  return (texts[lang] ??= Formula.describe(formula, lang, names))
}

/** A cell's explanation: the formula in words, then its numbers. */
export const explain = (indicator: Indicator.Indicator, v: Val, names: Formula.Names, lang: Label.Lang): string => {
  const words = described(indicator.formula, lang, names)
  const unitLabel = Unit.label(indicator.unit)
  const shown = format.withUnit(v.value, indicator.unit, indicator.decimals, lang, unitLabel)
  const f = indicator.formula
  const factor = f._tag === "ratio" ? f.factor : f._tag === "perUnit" ? 1 : 100
  const ratio =
    (f._tag === "ratio" || f._tag === "share" || f._tag === "perUnit" || f._tag === "achievement" || f._tag === "normComparison" || f._tag === "coverage") &&
    v.numerator !== undefined
  const numbers = ratio
    ? `${v.numerator === null || v.numerator === undefined ? "?" : numberText(v.numerator, lang)} ÷ ${v.denominator === null || v.denominator === undefined ? "?" : numberText(v.denominator, lang)}${factor === 1 ? "" : ` × ${factor}`} = ${shown}`
    : shown
  const notes = v.notes.length === 0 ? "" : ` (${[...new Set(v.notes.map((n) => n[lang]))].join("; ")})`
  return `${words} = ${numbers}${notes}`
}
