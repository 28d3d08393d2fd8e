/**
 * Compiles an aggregate query to one SQL statement: a `GROUP BY` over the source's table, joined
 * to the unit roll-up table for unit dimensions and to the model or establishment table for
 * attributes read there. A dated record's period (a period dimension, the reporting year of
 * `newPersons`) is a `CASE` on its date over the periods covering a period filter's dates; with no
 * such filter, or for records that carry a period, the period table is joined. The semantics are
 * those of the memory store's evaluator, rule for rule:
 *
 * - a dated record falls in the period whose dates contain its date; a record that carries a
 *   period (an aggregate value, a budget year) falls in the period containing its first day,
 *   and only if its last day lies in it too, and passes a period filter only if its dates lie
 *   inside the filter's;
 * - `newPersons` numbers each person's records of a reporting year (of all years for the
 *   `ever` window) by date then id among the records that pass every filter but the period
 *   ones, and counts the first ones that pass the period filters;
 * - `reached` counts, per group, persons whose records of the package's services cover at
 *   least N distinct services;
 * - `contributions` sums the field per group and contributor, ranks the contributors of each
 *   group by their sum with a window function, and keeps the total, the number of contributors
 *   whose sum is not 0 and the `top` largest sums as the columns `value`, `contributors` and
 *   `c1`…`cN`;
 * - without a group-by, no records means no row, as with the memory store.
 */
import type { AdminUnit, Calendar, Entity } from "@pctnxh/core"
import { AggregateQuery, Period, Registry } from "@pctnxh/core"
import type { RawBuilder } from "kysely"
import { sql } from "kysely"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import type { Pair } from "./rollup.js"
import { canonicalDisaggregation, canonicalKeys, periodTable, personLinkTable, rollupTable, snake, tableName } from "./tables.js"

/** An attribute's value: a column of the record, or of a record it points to (joined as `alias`). */
type Expr = { readonly column: string; readonly join?: { readonly alias: string; readonly table: string; readonly via: string } }

/** How a source's records sit in the tables, derived from the registry. */
interface SourceTable {
  readonly kind: Entity.Kind
  /** `date`: a date column; `span`: `start_<calendar>`/`end_<calendar>` columns; `none`. */
  readonly time: "date" | "span" | "none"
  readonly dateColumn: string
  readonly unitColumn: string
  readonly attribute: (name: string) => Expr | undefined
  readonly sum: (field: string) => string | undefined
  readonly distinct: (field: string) => string | undefined
  /** Whether its records list persons, kept in the person link table (an activity's attendees). */
  readonly listsPersons: boolean
}

const sourceTable = (registry: Registry.Registry, source: string): SourceTable => {
  const spec = registry.sources[source]!
  const lookups: Array<string> = []
  const own = (map: { readonly [k: string]: string }) => (name: string) =>
    Object.hasOwn(map, name) ? snake(map[name]!) : undefined
  return {
    kind: spec.kind,
    time: spec.time._tag === "date" ? "date" : spec.time._tag === "none" ? "none" : "span",
    dateColumn: spec.time._tag === "date" ? snake(spec.time.field) : "",
    unitColumn: snake(spec.unit),
    attribute: (name) => {
      const ref = Registry.attributeField(spec, name)
      if (ref === undefined) return undefined
      if (ref.lookup === undefined) return { column: snake(ref.field) }
      const key = `${ref.lookup.via}>${ref.lookup.kind}`
      if (!lookups.includes(key)) lookups.push(key)
      return {
        column: snake(ref.lookup.field),
        join: { alias: `l${lookups.indexOf(key)}`, table: tableName(ref.lookup.kind), via: snake(ref.lookup.via) }
      }
    },
    sum: own(spec.sums),
    distinct: own(spec.distinct),
    listsPersons: spec.listedPersons !== undefined
  }
}

/** What compiling needs besides the query. */
export interface Input {
  readonly registry: Registry.Registry
  readonly checked: AggregateQuery.Checked
  readonly dialect: Dialect
  readonly names: Names
  /** The fingerprint of the geography whose roll-ups are joined. */
  readonly geography: string
  /** The level of the unit each `within` filter names. */
  readonly withinLevels: ReadonlyMap<AggregateQuery.Filter, AdminUnit.AdminLevel>
  /**
   * Whether each row also gives, as `pctnxh_matched`, the number of records behind it (for
   * `reached`, of persons): what a maintained summary adds up. For `contributions`, the rows are
   * then one per group and contributor: the key columns, the contributor as `pctnxh_by`, its sum
   * as `pctnxh_amount` and its records as `pctnxh_matched`.
   */
  readonly matched?: boolean
}

/** The column of the number of records behind a row, when {@link Input.matched} asks for it. */
export const matchedColumn = "pctnxh_matched"

/** The (level, date) pairs whose roll-ups a query joins. */
export const pairs = (query: AggregateQuery.AggregateQuery, withinLevels: Input["withinLevels"]): Array<Pair> => {
  const found = new Map<string, Pair>()
  const add = (level: AdminUnit.AdminLevel, asOf: string) => found.set(`${level}@${asOf}`, { level, asOf })
  for (const d of query.groupBy) if (d._tag === "unit") add(d.level, d.asOf)
  for (const f of query.filters) {
    const level = withinLevels.get(f)
    if (f._tag === "within" && level !== undefined) add(level, f.asOf)
  }
  return [...found.values()]
}

/** The most periods a `CASE` on a record's date lists; beyond, the period table is joined. */
const MAX_BUCKETS = 200

/**
 * The periods of a grain under a calendar that cover a range of dates, each with its last day,
 * or `undefined` when they are more than {@link MAX_BUCKETS} or the dates fall outside the years
 * period ids can name (the period table has no row for those).
 */
const coveringPeriods = (
  range: { readonly start: string; readonly end: string },
  grain: Period.Unit,
  calendar: Calendar.Calendar
): ReadonlyArray<{ readonly id: string; readonly end: string }> | undefined => {
  try {
    // the number of periods first, without listing a range that spans centuries
    const first = Period.containing(range.start, "month", calendar)
    const last = Period.containing(range.end, "month", calendar)
    if ((last.year - first.year) * 12 + last.month - first.month >= MAX_BUCKETS) return undefined
    const periods = Period.covering(range.start, range.end, grain, calendar)
    return periods.map((p) => ({ id: p.id, end: Period.dateRange(p, calendar).end }))
  } catch {
    return undefined
  }
}

/** The name of the i-th key column of a statement. */
export const keyColumn = (i: number): string => `k${i}`

/** The name of the column of the i-th largest contribution (from 1) of a `contributions` statement. */
export const contributionColumn = (i: number): string => `c${i}`

const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`)
const and = (conditions: ReadonlyArray<RawBuilder<unknown>>) => sql.join(conditions, sql` and `)

/**
 * The statement of a query. Its rows have the key columns `k0`, `k1`… in the order of the
 * query's dimensions and the measure as `value`.
 */
export const compile = (input: Input): RawBuilder<Record<string, unknown>> => {
  const { checked, dialect, names } = input
  const query = checked.query
  const source = sourceTable(input.registry, query.source)
  const table = names.ref(tableName(source.kind))
  const periods = names.ref(periodTable.name)
  const rollups = names.ref(rollupTable.name)
  const unsupported = (what: string) => new Error(`@pctnxh/store-sql has no column for ${what} of ${query.source}`)

  type Join = NonNullable<Expr["join"]>
  const attribute = (name: string): { expr: RawBuilder<unknown>; lookup?: Join } => {
    const e = source.attribute(name)
    if (e === undefined) throw unsupported(`the attribute "${name}"`)
    return e.join === undefined ? { expr: ref("t", e.column) } : { expr: ref(e.join.alias, e.column), lookup: e.join }
  }
  const lookupJoins = (used: ReadonlySet<Join>) => {
    const byAlias = new Map([...used].map((j) => [j.alias, j]))
    return [...byAlias.values()].map(
      ({ alias, table: joined, via }) =>
        sql`left join ${names.ref(joined)} as ${sql.id(alias)} on ${ref(alias, "id")} = ${ref("t", via)}`
    )
  }

  // filters: period ones apart, for newPersons
  const conditions: Array<RawBuilder<unknown>> = []
  const periodConditions: Array<RawBuilder<unknown>> = []
  const periodRanges: Array<{ readonly start: string; readonly end: string }> = []
  const filterLookups = new Set<Join>()
  for (const filter of query.filters) {
    switch (filter._tag) {
      case "in": {
        const a = attribute(filter.attribute)
        if (a.lookup !== undefined) filterLookups.add(a.lookup)
        conditions.push(filter.values.length === 0 ? sql`1 = 0` : sql`${a.expr} in (${sql.join(filter.values)})`)
        break
      }
      case "period": {
        const range = checked.periodRanges.get(filter)!
        periodRanges.push(range)
        periodConditions.push(
          source.time === "date"
            ? sql`${ref("t", source.dateColumn)} >= ${range.start} and ${ref("t", source.dateColumn)} <= ${range.end}`
            : sql`${ref("t", `start_${filter.calendar}`)} >= ${range.start} and ${ref("t", `end_${filter.calendar}`)} <= ${range.end}`
        )
        break
      }
      case "within": {
        const level = input.withinLevels.get(filter)!
        conditions.push(sql`${ref("t", source.unitColumn)} in (select r.unit_id from ${rollups} as r
          where r.geography = ${input.geography} and r.level = ${level} and r.as_of = ${filter.asOf} and r.ancestor_id = ${filter.unitId})`)
        break
      }
      case "disaggregation":
        conditions.push(sql`${ref("t", "disaggregation")} = ${canonicalDisaggregation(filter.equals)}`)
        break
      case "disaggregationKeys":
        conditions.push(sql`${ref("t", "disaggregation_keys")} = ${canonicalKeys(filter.keys)}`)
        break
    }
  }

  /**
   * The period a dated record falls in, as a `CASE` on its date over the periods of the grain
   * that cover a period filter's dates: every record the filters let through lies in them, so
   * no join to the period table is needed. `undefined` without such a filter (or when it spans
   * more than {@link MAX_BUCKETS} periods, or dates outside the years period ids can name).
   */
  const bucket = (grain: Period.Unit, calendar: Calendar.Calendar, date: RawBuilder<unknown>): RawBuilder<unknown> | undefined => {
    for (const range of periodRanges) {
      const covering = coveringPeriods(range, grain, calendar)
      if (covering === undefined) continue
      // the filter keeps dates from range.start on, inside the first period: each date is in
      // the first period whose last day it does not pass
      const whens = covering.map((p) => sql`when ${date} <= ${p.end} then ${p.id}`)
      return sql`case ${sql.join(whens, sql` `)} end`
    }
    return undefined
  }

  // dimensions
  const keys: Array<RawBuilder<unknown>> = []
  const dimensionJoins: Array<RawBuilder<unknown>> = []
  const dimensionLookups = new Set<Join>()
  for (const dimension of query.groupBy) {
    switch (dimension._tag) {
      case "period": {
        const expression = source.time === "date" ? bucket(dimension.grain, dimension.calendar, ref("t", source.dateColumn)) : undefined
        if (expression !== undefined) {
          keys.push(expression)
          break
        }
        const contains =
          source.time === "date"
            ? sql`${ref("t", source.dateColumn)} between p.start_date and p.end_date`
            : sql`${ref("t", `start_${dimension.calendar}`)} between p.start_date and p.end_date and ${ref("t", `end_${dimension.calendar}`)} <= p.end_date`
        dimensionJoins.push(
          sql`inner join ${periods} as p on p.calendar = ${dimension.calendar} and p.grain = ${dimension.grain} and ${contains}`
        )
        keys.push(sql`p.id`)
        break
      }
      case "unit":
        dimensionJoins.push(
          sql`left join ${rollups} as u on u.geography = ${input.geography} and u.level = ${dimension.level} and u.as_of = ${dimension.asOf} and u.unit_id = ${ref("t", source.unitColumn)}`
        )
        keys.push(sql`u.ancestor_id`)
        break
      case "attribute": {
        const a = attribute(dimension.name)
        if (a.lookup !== undefined) dimensionLookups.add(a.lookup)
        keys.push(a.expr)
        break
      }
      case "disaggregation":
        keys.push(dialect.jsonText(ref("t", "disaggregation"), dimension.key))
        break
    }
  }
  const keyNames = keys.map((_, i) => sql.id(keyColumn(i)))
  const selectKeys = keys.map((k, i) => sql`${k} as ${keyNames[i]!}`)
  const where = (cs: ReadonlyArray<RawBuilder<unknown>>) => (cs.length === 0 ? sql`` : sql`where ${and(cs)}`)
  const groupBy = (extra: ReadonlyArray<RawBuilder<unknown>> = []) =>
    keys.length === 0 && extra.length === 0 ? sql`having count(*) > 0` : sql`group by ${sql.join([...keyNames, ...extra])}`
  const matched = input.matched === true ? [sql`count(*) as ${sql.id(matchedColumn)}`] : []
  const select = (measure: RawBuilder<unknown>) => sql.join([...selectKeys, sql`${measure} as value`, ...matched])

  const measure = query.measure
  switch (measure._tag) {
    case "count":
    case "sum":
    case "distinct": {
      let value: RawBuilder<unknown>
      const personJoin: Array<RawBuilder<unknown>> = []
      if (measure._tag === "count") value = sql`count(*)`
      else if (measure._tag === "sum") {
        const column = source.sum(measure.field)
        if (column === undefined) throw unsupported(`the sum of "${measure.field}"`)
        value = sql`coalesce(sum(${ref("t", column)}), 0)`
      } else if (measure.field === "personId" && source.listsPersons) {
        // the persons a record lists (an activity's attendees) are its rows of the person links
        const links = names.ref(personLinkTable.name)
        personJoin.push(sql`left join ${links} as pl on pl.kind = ${source.kind} and pl.record_id = ${ref("t", "id")}`)
        value = sql`count(distinct pl.person_id)`
      } else {
        const column = source.distinct(measure.field)
        if (column === undefined) throw unsupported(`distinct "${measure.field}"`)
        value = sql`count(distinct ${ref("t", column)})`
      }
      const used = new Set([...filterLookups, ...dimensionLookups])
      return sql`select ${select(value)} from ${table} as t ${sql.join([...lookupJoins(used), ...dimensionJoins, ...personJoin], sql` `)}
        ${where([...conditions, ...periodConditions])} ${groupBy()}`
    }
    case "newPersons": {
      const person = ref("t", source.distinct("personId") ?? "person_id")
      if (measure.window === "ever") {
        const ranked = sql`select t.*, row_number() over (partition by ${person} order by ${ref("t", source.dateColumn)}, ${ref("t", "id")}) as pctnxh_rank
          from ${table} as t
          ${sql.join(lookupJoins(filterLookups), sql` `)}
          ${where([sql`${person} is not null`, sql`${ref("t", source.dateColumn)} is not null`, ...conditions])}`
        return sql`select ${select(sql`count(distinct ${person})`)} from (${ranked}) as t
          ${sql.join([...lookupJoins(dimensionLookups), ...dimensionJoins], sql` `)}
          ${where([sql`t.pctnxh_rank = 1`, ...periodConditions])} ${groupBy()}`
      }
      // only the reporting years a period filter reaches can hold a counted first contact
      const date = ref("t", source.dateColumn)
      const reached = periodRanges.flatMap((range) => {
        const found = coveringPeriods(range, "year", measure.calendar)
        return found === undefined ? [] : [found]
      })
      let ranked: RawBuilder<unknown>
      if (reached.length > 0) {
        // the years every filter reaches, one run of consecutive years: the year of a date is
        // a CASE on it, with no join to the period table
        const years = reached.reduce((common, next) => common.filter((y) => next.some((n) => n.id === y.id)))
        const first = years[0] === undefined ? undefined : Period.dateRange(Period.year(Number(years[0].id)), measure.calendar).start
        const year = sql`case ${sql.join(years.map((y) => sql`when ${date} <= ${y.end} then ${y.id}`), sql` `)} end`
        ranked = sql`select t.*, row_number() over (partition by ${person}, ${years.length === 0 ? sql`1` : year} order by ${date}, ${ref("t", "id")}) as pctnxh_rank
          from ${table} as t
          ${sql.join(lookupJoins(filterLookups), sql` `)}
          ${where([
            sql`${person} is not null`,
            first === undefined ? sql`1 = 0` : sql`${date} >= ${first} and ${date} <= ${years[years.length - 1]!.end}`,
            ...conditions
          ])}`
      } else {
        ranked = sql`select t.*, row_number() over (partition by ${person}, y.id order by ${date}, ${ref("t", "id")}) as pctnxh_rank
          from ${table} as t
          inner join ${periods} as y on y.calendar = ${measure.calendar} and y.grain = ${"year"} and ${date} between y.start_date and y.end_date
          ${sql.join(lookupJoins(filterLookups), sql` `)}
          ${where([sql`${person} is not null`, ...conditions])}`
      }
      return sql`select ${select(sql`count(distinct ${person})`)} from (${ranked}) as t
        ${sql.join([...lookupJoins(dimensionLookups), ...dimensionJoins], sql` `)}
        ${where([sql`t.pctnxh_rank = 1`, ...periodConditions])} ${groupBy()}`
    }
    case "contributions": {
      const column = source.sum(measure.field)
      const by = source.distinct(measure.by)
      if (column === undefined) throw unsupported(`the sum of "${measure.field}"`)
      if (by === undefined) throw unsupported(`distinct "${measure.by}"`)
      const used = new Set([...filterLookups, ...dimensionLookups])
      const perContributor = sql`select ${sql.join([...selectKeys, sql`${ref("t", by)} as pctnxh_by`, sql`coalesce(sum(${ref("t", column)}), 0) as pctnxh_amount`, ...matched])}
        from ${table} as t ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions])}
        group by ${sql.join([...keyNames, sql`${ref("t", by)}`])}`
      if (input.matched === true) return perContributor as RawBuilder<Record<string, unknown>>
      const partition = keyNames.length === 0 ? sql`` : sql`partition by ${sql.join(keyNames.map((k) => sql`x.${k}`))}`
      const ranked = sql`select x.*, row_number() over (${partition} order by x.pctnxh_amount desc) as pctnxh_rank from (${perContributor}) as x`
      const tops = Array.from({ length: measure.top }, (_, i) =>
        sql`max(case when y.pctnxh_rank = ${i + 1} and y.pctnxh_amount <> 0 then y.pctnxh_amount end) as ${sql.id(contributionColumn(i + 1))}`
      )
      const outerKeys = keyNames.map((k) => sql`y.${k} as ${k}`)
      const grouped = keyNames.length === 0 ? sql`having count(*) > 0` : sql`group by ${sql.join(keyNames.map((k) => sql`y.${k}`))}`
      return sql`select ${sql.join([...outerKeys, sql`sum(y.pctnxh_amount) as value`, sql`count(case when y.pctnxh_amount <> 0 then 1 end) as contributors`, ...tops])}
        from (${ranked}) as y ${grouped}`
    }
    case "reached": {
      const used = new Set([...filterLookups, ...dimensionLookups])
      const person = ref("t", source.distinct("personId") ?? "person_id")
      const service = attribute("service").expr
      const perPerson = sql`select ${sql.join([...selectKeys, sql`count(distinct ${service}) as pctnxh_services`])}
        from ${table} as t ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions, sql`${person} is not null`, sql`${service} in (${sql.join(measure.services)})`])}
        ${groupBy([person])}`
      const outerKeys = keyNames.map((k) => sql`x.${k} as ${k}`)
      return sql`select ${sql.join([...outerKeys, sql`sum(case when x.pctnxh_services >= ${measure.atLeast} then 1 else 0 end) as value`, ...matched])}
        from (${perPerson}) as x ${groupBy()}`
    }
  }
}
