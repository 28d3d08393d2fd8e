/**
 * The aggregate algebra evaluated over records in memory: the reference semantics every store
 * reproduces. The memory store answers its queries with it; the SQL store uses it on the few
 * records a change touched, to bring a summary it keeps up to date without counting again.
 *
 * @example
 * ```ts
 * import { AggregateQuery, Evaluation, Registry } from "@pctnxh/core"
 * import { vietnam } from "@pctnxh/core/geography/vietnam"
 *
 * const rows = Evaluation.evaluate(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count }), {
 *   registry: Registry.registry,
 *   geography: vietnam,
 *   records: () => [],
 *   lookup: () => null
 * })
 * ```
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import type * as AdminUnit from "./AdminUnit.js"
import * as AggregateQuery from "./AggregateQuery.js"
import * as CoreError from "./CoreError.js"
import type * as Entity from "./Entity.js"
import type * as Geography from "./Geography.js"
import { type RecordView, viewer } from "./internal/view.js"
import * as Period from "./Period.js"
import type * as Registry from "./Registry.js"

/**
 * What the evaluator needs besides the query: the registry, the geography units roll up in,
 * the records of each kind, and `lookup`, which reads a field of a record a source points to
 * (the type of a service event's model).
 *
 * @since 0.2.0
 */
export interface Context {
  readonly lookup: (kind: Entity.Kind, id: string, field: string) => string | null
  readonly registry: Registry.Registry
  readonly geography: Geography.Geography
  readonly records: <K extends Entity.Kind>(kind: K) => Iterable<Entity.Of<K>>
}

type Range = { readonly start: string; readonly end: string }

const invalid = (source: string, en: string, vi: string) =>
  new CoreError.InvalidQuery({ source, reason: { vi, en } })

/**
 * A row of {@link partials}: the row the query gives for a group, and how many of the group's
 * records it counted (`matched`; for `reached`, how many persons received a service of the
 * package). `matched` adds up over any split of the records by person — or by record, for
 * `count` and `sum` — as the value does: a group whose `matched` falls to 0 has no row.
 *
 * @since 0.2.0
 */
export interface Partial extends AggregateQuery.Row {
  readonly matched: number
  /**
   * For `contributions`: each contributor of the group (`null`: records without one) with its
   * sum and its records, in the order of the contributors. A group's row follows from them.
   */
  readonly contributors?: ReadonlyArray<readonly [string | null, number, number]>
}

/**
 * Evaluates an aggregate query over in-memory records: the rows a store gives for it, in the
 * order of their keys.
 *
 * @since 0.2.0
 */
export const evaluate = (
  query: AggregateQuery.AggregateQuery,
  ctx: Context
): Either.Either<Array<AggregateQuery.Row>, CoreError.InvalidQuery> =>
  Either.map(partials(query, ctx), (rows) => rows.map(({ contributors: _c, matched: _m, ...row }) => row))

/**
 * Evaluates an aggregate query as {@link evaluate} does, each row with the count behind it.
 *
 * @since 0.2.0
 */
export const partials = (
  query: AggregateQuery.AggregateQuery,
  ctx: Context
): Either.Either<Array<Partial>, CoreError.InvalidQuery> =>
  Either.flatMap(AggregateQuery.check(query, ctx.registry), (checked) => {
    const { kind, view } = viewer(ctx.registry, query.source)
    const lookups = { lookup: ctx.lookup }
    const predicates: Array<(v: RecordView) => boolean> = []
    const periodPredicates: Array<(v: RecordView) => boolean> = []
    for (const filter of query.filters) {
      switch (filter._tag) {
        case "in": {
          const allowed = new Set(filter.values)
          predicates.push((v) => {
            const value = v.attribute(filter.attribute, lookups)
            return value !== null && allowed.has(value)
          })
          break
        }
        case "period": {
          const range = checked.periodRanges.get(filter)!
          periodPredicates.push((v) => {
            if (v.date !== undefined) return v.date >= range.start && v.date <= range.end
            if (v.period === undefined) return false
            const own = Period.parse(v.period)
            if (Either.isLeft(own)) return false
            const r = Period.dateRange(own.right, filter.calendar)
            return r.start >= range.start && r.end <= range.end
          })
          break
        }
        case "within": {
          const target = ctx.geography.get(filter.unitId)
          if (target._tag === "None") {
            return Either.left(
              invalid(query.source, `the unit ${filter.unitId} is not known`, `không có đơn vị hành chính ${filter.unitId}`)
            )
          }
          const level = target.value.level
          const inside = new Map<string, boolean>()
          predicates.push((v) => {
            let yes = inside.get(v.unitId)
            if (yes === undefined) inside.set(v.unitId, (yes = resolve(ctx.geography, v.unitId, level, filter.asOf) === filter.unitId))
            return yes
          })
          break
        }
        case "disaggregation": {
          const wanted = Object.entries(filter.equals)
          predicates.push((v) => {
            const own = v.disaggregation ?? {}
            return Object.keys(own).length === wanted.length && wanted.every(([k, value]) => own[k] === value)
          })
          break
        }
        case "disaggregationKeys": {
          const wanted = new Set(filter.keys)
          predicates.push((v) => {
            const own = Object.keys(v.disaggregation ?? {})
            return own.length === wanted.size && own.every((k) => wanted.has(k))
          })
          break
        }
      }
    }
    const keyers: Array<(v: RecordView) => string | null | undefined> = query.groupBy.map((dimension) => {
      switch (dimension._tag) {
        case "period": {
          // a year has 365 dates: each date's bucket is computed once, whatever the query
          const buckets = bucketsOf(dimension.grain, dimension.calendar)
          return (v) => {
            if (v.date !== undefined) {
              let id = buckets.get(v.date)
              if (id === undefined) buckets.set(v.date, (id = Period.containingId(v.date, dimension.grain, dimension.calendar)))
              return id
            }
            if (v.period === undefined) return undefined
            const own = Period.parse(v.period)
            if (Either.isLeft(own)) return undefined
            const r: Range = Period.dateRange(own.right, dimension.calendar)
            const bucket = Period.containing(r.start, dimension.grain, dimension.calendar)
            return r.end <= Period.dateRange(bucket, dimension.calendar).end ? bucket.id : undefined
          }
        }
        case "unit": {
          const resolved = new Map<string, string | null>()
          return (v) => {
            let id = resolved.get(v.unitId)
            if (id === undefined) resolved.set(v.unitId, (id = resolve(ctx.geography, v.unitId, dimension.level, dimension.asOf)))
            return id
          }
        }
        case "attribute":
          return (v) => v.attribute(dimension.name, lookups)
        case "disaggregation":
          return (v) => v.disaggregation?.[dimension.key] ?? null
      }
    })
    const names = query.groupBy.map(AggregateQuery.dimensionKey)
    interface Group {
      key: Array<string | null>
      count: number
      sum: number
      ids: Set<string>
      services: Map<string, Set<string>>
      /** Sums per contributor (`null`: records without one), for `contributions`. */
      byContributor: Map<string | null, number>
      /** Records per contributor, for `contributions`. */
      recordsOf: Map<string | null, number>
    }
    // the groups in nested maps, one level per dimension, keyed by the values themselves: no key
    // text is built, and a value read from a shared string (a period, a unit) is hashed once
    const dimensions = keyers.length
    const root = new Map<string | null, unknown>()
    const groups: Array<Group> = []
    const values: Array<string | null> = new Array(dimensions)
    const measure = query.measure
    // newPersons: keep only each person's first contact in its reporting year (or ever), found
    // among the records that pass every filter but the period ones
    let firsts: Set<string> | undefined
    if (measure._tag === "newPersons") {
      const earliest = new Map<string, { date: string; id: string }>()
      for (const record of ctx.records(kind)) {
        const v = view(record as never)
        const person = v.distinct("personId")
        if (person === undefined || v.date === undefined || !holds(predicates, v)) continue
        const id = (record as { readonly id: string }).id
        const slot = measure.window === "ever" ? person : `${person}\u0000${Period.containingId(v.date, "year", measure.calendar)}`
        const best = earliest.get(slot)
        if (best === undefined || v.date < best.date || (v.date === best.date && id < best.id)) {
          earliest.set(slot, { date: v.date, id })
        }
      }
      firsts = new Set([...earliest.values()].map((e) => e.id))
    }
    // plain loops and one key string built in place: this runs once per record and query
    const countsIds = measure._tag === "distinct" || measure._tag === "newPersons"
    const passes = (v: RecordView): boolean => holds(predicates, v) && holds(periodPredicates, v)
    for (const record of ctx.records(kind)) {
      const v = view(record as never)
      if (!passes(v)) continue
      if (firsts !== undefined && !firsts.has((record as { readonly id: string }).id)) continue
      if (measure._tag === "reached") {
        const service = v.attribute("service", lookups)
        if (service === null || !measure.services.includes(service as never) || v.distinct("personId") === undefined) continue
      }
      let dropped = false
      for (let i = 0; i < dimensions; i++) {
        const k = keyers[i]!(v)
        if (k === undefined) {
          dropped = true
          break
        }
        values[i] = k
      }
      if (dropped) continue
      let level = root
      for (let i = 0; i < dimensions - 1; i++) {
        const value = values[i] as string | null
        let next = level.get(value) as Map<string | null, unknown> | undefined
        if (next === undefined) level.set(value, (next = new Map()))
        level = next
      }
      const last = dimensions === 0 ? null : (values[dimensions - 1] as string | null)
      let group = level.get(last) as Group | undefined
      if (group === undefined) {
        // only the collections the measure fills are made; the others stay empty and shared
        group = {
          key: values.slice(0, dimensions),
          count: 0,
          sum: 0,
          ids: countsIds ? new Set() : NO_IDS,
          services: measure._tag === "reached" ? new Map() : NO_SERVICES,
          byContributor: measure._tag === "contributions" ? new Map() : NO_SUMS,
          recordsOf: measure._tag === "contributions" ? new Map() : NO_SUMS
        }
        level.set(last, group)
        groups.push(group)
      }
      group.count++
      if (measure._tag === "sum") group.sum += v.sum(measure.field) ?? 0
      else if (measure._tag === "contributions") {
        const amount = v.sum(measure.field) ?? 0
        const who = v.distinct(measure.by) ?? null
        group.sum += amount
        group.byContributor.set(who, (group.byContributor.get(who) ?? 0) + amount)
        group.recordsOf.set(who, (group.recordsOf.get(who) ?? 0) + 1)
      } else if (measure._tag === "distinct" && measure.field === "personId" && v.listedPersons !== undefined) {
        for (const person of v.listedPersons) group.ids.add(person)
      } else if (measure._tag === "distinct" || measure._tag === "newPersons") {
        const value = v.distinct(measure._tag === "distinct" ? measure.field : "personId")
        if (value !== undefined) group.ids.add(value)
      } else if (measure._tag === "reached") {
        const person = v.distinct("personId")!
        let services = group.services.get(person)
        if (services === undefined) {
          services = new Set()
          group.services.set(person, services)
        }
        services.add(v.attribute("service", lookups)!)
      }
    }
    const rows: Array<Partial> = []
    const sorted = groups.map((group) => [JSON.stringify(group.key), group] as const)
    for (const [, group] of sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const key: Record<string, string | null> = {}
      names.forEach((name, i) => (key[name] = group.key[i] ?? null))
      if (measure._tag === "contributions") {
        const sums = [...group.byContributor.values()].sort((a, b) => b - a)
        const largest = sums.slice(0, measure.top).filter((x) => x !== 0)
        const contributors = [...group.byContributor]
          .map(([who, sum]) => [who, sum, group.recordsOf.get(who) ?? 0] as const)
          .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1))
        rows.push({ key, value: group.sum, contributions: { contributors: sums.filter((x) => x !== 0).length, largest }, matched: group.count, contributors })
        continue
      }
      rows.push({
        key,
        value:
          measure._tag === "count"
            ? group.count
            : measure._tag === "sum"
              ? group.sum
              : measure._tag === "reached"
                ? [...group.services.values()].filter((s) => s.size >= measure.atLeast).length
                : group.ids.size,
        matched: measure._tag === "reached" ? group.services.size : group.count
      })
    }
    return Either.right(rows)
  })

/** The period of each date met, by grain and calendar; a table is forgotten past 100,000 dates. */
const bucketCache = new Map<string, Map<string, string>>()
const bucketsOf = (grain: Period.Unit, calendar: string): Map<string, string> => {
  const key = `${grain}\u0000${calendar}`
  let buckets = bucketCache.get(key)
  if (buckets === undefined || buckets.size > 100_000) bucketCache.set(key, (buckets = new Map()))
  return buckets
}

const NO_IDS: Set<string> = new Set()
const NO_SERVICES: Map<string, Set<string>> = new Map()
const NO_SUMS: Map<string | null, number> = new Map()

const holds = (predicates: ReadonlyArray<(v: RecordView) => boolean>, v: RecordView): boolean => {
  for (const p of predicates) if (!p(v)) return false
  return true
}

const resolve = (geography: Geography.Geography, unitId: string, level: AdminUnit.AdminLevel, asOf: string) => {
  const found = geography.resolveAt(unitId, level, asOf)
  return found._tag === "Some" ? found.value.id : null
}
