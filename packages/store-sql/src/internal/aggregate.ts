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
 *
 * Several `count`, `sum` and `distinct` queries of one source and dimensions whose filters differ
 * only in `in` and period filters compile to one statement ({@link compileMany}) whose columns
 * give each query's rows.
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
  /** Whether every record has a date (its date field is not optional). */
  readonly dateRequired: boolean
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
    dateRequired:
      spec.time._tag === "date" &&
      (registry.kinds as Record<string, { readonly fields?: Record<string, { readonly optional?: boolean }> } | undefined>)[spec.kind]?.fields?.[
        spec.time.field
      ]?.optional !== true,
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
  /**
   * With `matched`, for `contributions`: one row per group instead, with `value` and
   * `pctnxh_matched`, the contributors other than `null` as `pctnxh_persons` (those whose sum is
   * not 0 as `pctnxh_nonzero`), the sum and records of those without one as `pctnxh_none_amount`
   * and `pctnxh_none_matched`, and the `ranked` largest sums of the others, 0 included, as
   * `c1`, `c2`, … (`null` past the last).
   */
  readonly ranked?: number
  /**
   * The first and last dates of the source's records (see {@link recordedDates}). A period
   * dimension with no period filter lists the periods that cover them rather than joining the
   * period table; a record dated outside them gets the key {@link OUTSIDE_RECORDED}. Where the
   * dialect can read a table straight through ({@link Dialect.wholeTable}), a statement whose
   * period filters cover at least {@link WHOLE_TABLE_SHARE} of that span, and that no other
   * filter narrows through an index, reads the table in order instead of row by row through
   * the date index.
   */
  readonly recorded?: { readonly first: string; readonly last: string } | undefined
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

/**
 * The share of a source's recorded dates a statement's period must cover for it to read the
 * table straight through where the dialect can ({@link Dialect.wholeTable}). Measured on SQLite
 * at 1M events: a year that is half the records took 1.2 s through the date index against
 * 0.37 s read straight through when the records of a day lie scattered over the table, and the
 * two were even when the table is in date order; a quarter of the records was 20% slower
 * through the index when scattered, 2.8 times faster when in date order.
 */
export const WHOLE_TABLE_SHARE = 0.25

const DAY_MS = 86_400_000

/** The share of the days from `recorded.first` to `recorded.last` that lie within every range. */
const coverage = (
  ranges: ReadonlyArray<{ readonly start: string; readonly end: string }>,
  recorded: { readonly first: string; readonly last: string }
): number => {
  let start = recorded.first
  let end = recorded.last
  for (const r of ranges) {
    if (r.start > start) start = r.start
    if (r.end < end) end = r.end
  }
  const day = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / DAY_MS
  const span = day(recorded.last) - day(recorded.first) + 1
  const covered = end < start ? 0 : day(end) - day(start) + 1
  return Number.isFinite(span) && Number.isFinite(covered) && span > 0 ? covered / span : 0
}

/**
 * The statement reading the first and last dates of the records of a query's source, for a
 * source of dated records and a query with a period dimension but no period filter (the
 * periods of the dimension are listed over those dates), or with a period filter where the
 * dialect can read a table straight through: what {@link Input.recorded} takes. Two index
 * lookups where the date is indexed. `undefined` where it would not be used.
 */
export const recordedDates = (input: {
  readonly registry: Registry.Registry
  readonly dialect: Dialect
  readonly names: Names
  readonly query: AggregateQuery.AggregateQuery
}): RawBuilder<{ readonly first: unknown; readonly last: unknown }> | undefined => {
  const filtered = input.query.filters.some((f) => f._tag === "period")
  // periods listed over the recorded dates (any dialect), or a table read straight through
  const listed = !filtered && input.query.groupBy.some((d) => d._tag === "period")
  if (!listed && !(filtered && input.dialect.wholeTable !== undefined)) return undefined
  const source = sourceTable(input.registry, input.query.source)
  if (source.time !== "date") return undefined
  const table = input.names.ref(tableName(source.kind))
  const date = sql.ref(source.dateColumn)
  return sql`select (select min(${date}) from ${table}) as first, (select max(${date}) from ${table}) as last`
}

/**
 * The period key of a record dated outside the recorded dates a statement was written for
 * ({@link Input.recorded}): written since they were read. No period id looks like it.
 */
export const OUTSIDE_RECORDED = "pctnxh:outside-recorded-dates"

/** Whether a row of a statement has a record dated outside the recorded dates it was written for. */
export const outsideRecorded = (rows: ReadonlyArray<Record<string, unknown>>): boolean =>
  rows.some((row) => {
    for (const column in row) if (row[column] === OUTSIDE_RECORDED && /^k\d+$/.test(column)) return true
    return false
  })

/** The name of the i-th key column of a statement. */
export const keyColumn = (i: number): string => `k${i}`

/** The name of the column of the i-th largest contribution (from 1) of a `contributions` statement. */
export const contributionColumn = (i: number): string => `c${i}`

const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`)
const and = (conditions: ReadonlyArray<RawBuilder<unknown>>) => sql.join(conditions, sql` and `)

/** What the statements of a query's source, dimensions and filters share: see {@link frame}. */
type Frame = ReturnType<typeof frame>

/**
 * The parts of a query's statement that its measure does not change: the source table, its
 * attributes, the conditions of the filters (period ones apart, for `newPersons`), the key
 * expressions of the dimensions and the joins they need.
 */
const frame = (input: Input) => {
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

  /** The condition of a filter (a period one given its dates), adding the lookups it reads to `lookups`. */
  const condition = (
    filter: AggregateQuery.Filter,
    range: { readonly start: string; readonly end: string } | undefined,
    lookups: Set<Join>
  ): RawBuilder<unknown> => {
    switch (filter._tag) {
      case "in": {
        const a = attribute(filter.attribute)
        if (a.lookup !== undefined) lookups.add(a.lookup)
        return filter.values.length === 0 ? sql`1 = 0` : sql`${a.expr} in (${sql.join(filter.values)})`
      }
      case "period":
        return source.time === "date"
          ? sql`${ref("t", source.dateColumn)} >= ${range!.start} and ${ref("t", source.dateColumn)} <= ${range!.end}`
          : sql`${ref("t", `start_${filter.calendar}`)} >= ${range!.start} and ${ref("t", `end_${filter.calendar}`)} <= ${range!.end}`
      case "within": {
        const level = input.withinLevels.get(filter)!
        return sql`${ref("t", source.unitColumn)} in (select r.unit_id from ${rollups} as r
          where r.geography = ${input.geography} and r.level = ${level} and r.as_of = ${filter.asOf} and r.ancestor_id = ${filter.unitId})`
      }
      case "disaggregation":
        return sql`${ref("t", "disaggregation")} = ${canonicalDisaggregation(filter.equals)}`
      case "disaggregationKeys":
        return sql`${ref("t", "disaggregation_keys")} = ${canonicalKeys(filter.keys)}`
    }
  }

  // filters: period ones apart, for newPersons
  const conditions: Array<RawBuilder<unknown>> = []
  const periodConditions: Array<RawBuilder<unknown>> = []
  const periodRanges: Array<{ readonly start: string; readonly end: string }> = []
  const filterLookups = new Set<Join>()
  for (const filter of query.filters) {
    if (filter._tag === "period") {
      const range = checked.periodRanges.get(filter)!
      periodRanges.push(range)
      periodConditions.push(condition(filter, range, filterLookups))
    } else conditions.push(condition(filter, undefined, filterLookups))
  }

  // the columns an index of the table begins with: a filter on one the planner may read through it
  const leading = new Set(((input.registry.kinds as Record<string, { readonly indexes?: ReadonlyArray<ReadonlyArray<string>> } | undefined>)[source.kind]?.indexes ?? []).map((ix) => snake(ix[0]!)))
  /** Whether the planner may narrow the records by a filter through an index (units: `within`). */
  const narrows = (filter: AggregateQuery.Filter): boolean => {
    if (filter._tag === "within") return true
    if (filter._tag !== "in") return false
    const e = source.attribute(filter.attribute)
    return e !== undefined && e.join === undefined && leading.has(e.column)
  }
  const wide =
    dialect.wholeTable !== undefined &&
    source.time === "date" &&
    !query.filters.some(narrows) &&
    // every record is read without a period filter
    (periodRanges.length === 0 || (input.recorded !== undefined && coverage(periodRanges, input.recorded) >= WHOLE_TABLE_SHARE))
  /**
   * The source's table as `t`, read straight through when the period covers much of the
   * recorded dates and no filter (nor, with `narrowed`, a caller's own) narrows by an index.
   */
  const from = (narrowed = false): RawBuilder<unknown> =>
    wide && !narrowed ? sql`${table} as t ${dialect.wholeTable!}` : sql`${table} as t`

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
    // else over the periods that cover the recorded dates, where every record has a date; one
    // outside them (written since they were read) is marked {@link OUTSIDE_RECORDED}, and the
    // store counts again with the period table joined
    const recorded = input.recorded
    if (recorded === undefined || !source.dateRequired) return undefined
    const covering = coveringPeriods({ start: recorded.first, end: recorded.last }, grain, calendar)
    if (covering === undefined) return undefined
    const whens = covering.map((p) => sql`when ${date} <= ${p.end} then ${p.id}`)
    return sql`case when ${date} < ${recorded.first} or ${date} > ${recorded.last} then ${OUTSIDE_RECORDED} ${sql.join(whens, sql` `)} end`
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

  /**
   * The value of a `count`, `sum` or `distinct` measure over the records that pass `when` (all
   * of them when it is `undefined`), and the join to the person links the measure needs.
   */
  const value = (
    measure: AggregateQuery.Measure,
    when: RawBuilder<unknown> | undefined
  ): { readonly value: RawBuilder<unknown>; readonly personJoin: ReadonlyArray<RawBuilder<unknown>> } => {
    const of = (expr: RawBuilder<unknown>) => (when === undefined ? expr : sql`case when ${when} then ${expr} end`)
    switch (measure._tag) {
      case "count":
        return { value: when === undefined ? sql`count(*)` : sql`count(${of(sql`1`)})`, personJoin: [] }
      case "sum": {
        const column = source.sum(measure.field)
        if (column === undefined) throw unsupported(`the sum of "${measure.field}"`)
        return { value: sql`coalesce(sum(${of(ref("t", column))}), 0)`, personJoin: [] }
      }
      case "distinct": {
        if (measure.field === "personId" && source.listsPersons) {
          // the persons a record lists (an activity's attendees) are its rows of the person links
          const links = names.ref(personLinkTable.name)
          return {
            value: sql`count(distinct ${of(sql`pl.person_id`)})`,
            personJoin: [sql`left join ${links} as pl on pl.kind = ${source.kind} and pl.record_id = ${ref("t", "id")}`]
          }
        }
        const column = source.distinct(measure.field)
        if (column === undefined) throw unsupported(`distinct "${measure.field}"`)
        return { value: sql`count(distinct ${of(ref("t", column))})`, personJoin: [] }
      }
      default:
        throw unsupported(`the measure "${measure._tag}" in a shared statement`)
    }
  }

  return {
    query,
    source,
    table,
    from,
    narrows,
    periods,
    unsupported,
    attribute,
    lookupJoins,
    condition,
    conditions,
    periodConditions,
    periodRanges,
    filterLookups,
    keys,
    keyNames,
    selectKeys,
    dimensionJoins,
    dimensionLookups,
    where,
    groupBy,
    select,
    matched,
    value
  }
}

/**
 * The statement of a query. Its rows have the key columns `k0`, `k1`… in the order of the
 * query's dimensions and the measure as `value`.
 */
export const compile = (input: Input): RawBuilder<Record<string, unknown>> => {
  const f: Frame = frame(input)
  const { query, source, from, periods, unsupported, attribute, lookupJoins, conditions, periodConditions, periodRanges, filterLookups } = f
  const { keyNames, selectKeys, dimensionJoins, dimensionLookups, where, groupBy, select, matched } = f
  const measure = query.measure
  switch (measure._tag) {
    case "count":
    case "sum":
    case "distinct": {
      const { personJoin, value } = f.value(measure, undefined)
      const used = new Set([...filterLookups, ...dimensionLookups])
      return sql`select ${select(value)} from ${from()} ${sql.join([...lookupJoins(used), ...dimensionJoins, ...personJoin], sql` `)}
        ${where([...conditions, ...periodConditions])} ${groupBy()}`
    }
    case "newPersons": {
      const person = ref("t", source.distinct("personId") ?? "person_id")
      if (measure.window === "ever") {
        const ranked = sql`select t.*, row_number() over (partition by ${person} order by ${ref("t", source.dateColumn)}, ${ref("t", "id")}) as pctnxh_rank
          from ${from()}
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
          from ${from()}
          ${sql.join(lookupJoins(filterLookups), sql` `)}
          ${where([
            sql`${person} is not null`,
            first === undefined ? sql`1 = 0` : sql`${date} >= ${first} and ${date} <= ${years[years.length - 1]!.end}`,
            ...conditions
          ])}`
      } else {
        ranked = sql`select t.*, row_number() over (partition by ${person}, y.id order by ${date}, ${ref("t", "id")}) as pctnxh_rank
          from ${from()}
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
        from ${from()} ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions])}
        group by ${sql.join([...keyNames, sql`${ref("t", by)}`])}`
      const partition = keyNames.length === 0 ? sql`` : sql`partition by ${sql.join(keyNames.map((k) => sql`x.${k}`))}`
      const outerKeys = keyNames.map((k) => sql`y.${k} as ${k}`)
      const grouped = keyNames.length === 0 ? sql`having count(*) > 0` : sql`group by ${sql.join(keyNames.map((k) => sql`y.${k}`))}`
      if (input.matched === true && input.ranked !== undefined) {
        // those without a contributor ranked last: ranks 1, 2, … are the others'
        const ranked = sql`select x.*, row_number() over (${partition} order by case when x.pctnxh_by is null then 1 else 0 end, x.pctnxh_amount desc) as pctnxh_rank
          from (${perContributor}) as x`
        const tops = Array.from({ length: input.ranked }, (_, i) =>
          sql`max(case when y.pctnxh_rank = ${i + 1} and y.pctnxh_by is not null then y.pctnxh_amount end) as ${sql.id(contributionColumn(i + 1))}`
        )
        return sql`select ${sql.join([
          ...outerKeys,
          sql`sum(y.pctnxh_amount) as value`,
          sql`sum(y.${sql.id(matchedColumn)}) as ${sql.id(matchedColumn)}`,
          sql`count(y.pctnxh_by) as pctnxh_persons`,
          sql`count(case when y.pctnxh_by is not null and y.pctnxh_amount <> 0 then 1 end) as pctnxh_nonzero`,
          sql`sum(case when y.pctnxh_by is null then y.pctnxh_amount else 0 end) as pctnxh_none_amount`,
          sql`sum(case when y.pctnxh_by is null then y.${sql.id(matchedColumn)} else 0 end) as pctnxh_none_matched`,
          ...tops
        ])}
          from (${ranked}) as y ${grouped}`
      }
      if (input.matched === true) return perContributor as RawBuilder<Record<string, unknown>>
      const ranked = sql`select x.*, row_number() over (${partition} order by x.pctnxh_amount desc) as pctnxh_rank from (${perContributor}) as x`
      const tops = Array.from({ length: measure.top }, (_, i) =>
        sql`max(case when y.pctnxh_rank = ${i + 1} and y.pctnxh_amount <> 0 then y.pctnxh_amount end) as ${sql.id(contributionColumn(i + 1))}`
      )
      return sql`select ${sql.join([...outerKeys, sql`sum(y.pctnxh_amount) as value`, sql`count(case when y.pctnxh_amount <> 0 then 1 end) as contributors`, ...tops])}
        from (${ranked}) as y ${grouped}`
    }
    case "reached": {
      const used = new Set([...filterLookups, ...dimensionLookups])
      const person = ref("t", source.distinct("personId") ?? "person_id")
      const service = attribute("service").expr
      const perPerson = sql`select ${sql.join([...selectKeys, sql`count(distinct ${service}) as pctnxh_services`])}
        from ${from()} ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions, sql`${person} is not null`, sql`${service} in (${sql.join(measure.services)})`])}
        ${groupBy([person])}`
      const outerKeys = keyNames.map((k) => sql`x.${k} as ${k}`)
      return sql`select ${sql.join([...outerKeys, sql`sum(case when x.pctnxh_services >= ${measure.atLeast} then 1 else 0 end) as value`, ...matched])}
        from (${perPerson}) as x ${groupBy()}`
    }
  }
}

/** Whether a filter is a query's own in a shared statement (the others are common to all its queries). */
const own = (filter: AggregateQuery.Filter): boolean => filter._tag === "in" || filter._tag === "period"

/**
 * The class of queries one statement can answer together, or `undefined` for a query that
 * needs a statement of its own: queries of `count`, `sum` and `distinct` measures over the same
 * source by the same dimensions whose filters differ only in `in` and period filters. A distinct
 * count of the persons a record lists joins the person links, which repeats records: it shares
 * statements only with measures of the same kind.
 */
export const shareKey = (registry: Registry.Registry, query: AggregateQuery.AggregateQuery): string | undefined => {
  const m = query.measure
  if (m._tag !== "count" && m._tag !== "sum" && m._tag !== "distinct") return undefined
  const links = m._tag === "distinct" && m.field === "personId" && sourceTable(registry, query.source).listsPersons
  return JSON.stringify([query.source, links, query.groupBy, query.filters.filter((f) => !own(f))])
}

/** The name of the column of the i-th query's value in a shared statement. */
export const valueColumn = (i: number): string => `v${i}`

/** The name of the column counting the records the i-th query's own filters let through, in a shared statement. */
const matchedOf = (i: number): string => `m${i}`

/**
 * The statement that answers several queries of one {@link shareKey} class with one scan:
 * conditional aggregation. The filters they share are its `WHERE` (`in` and period filters too
 * when every query has them), with the span of dates the others' period filters reach on dated
 * records, and the records that pass some query's own filters; each query's own filters are a
 * `CASE` inside its measure. Its rows have the key columns
 * `k0`, `k1`…, and for the i-th query its value `v<i>` and the number of records its own
 * filters let through in the group (`matched(i)`, one column for the queries with the same own
 * filters): the query has a row for the group only when that number is not 0, as it would
 * alone (without group-by too: the statement then has one row).
 */
export const compileMany = (
  input: Omit<Input, "checked"> & { readonly members: ReadonlyArray<AggregateQuery.Checked> }
): {
  readonly statement: RawBuilder<Record<string, unknown>>
  /** The column counting the records of the i-th query: queries with the same own filters share one. */
  readonly matched: (i: number) => string
} => {
  const members = input.members
  const first = members[0]!.query
  const source = sourceTable(input.registry, first.source)
  // own filters every query has (the same period, the same values) are common ones too
  const text = (filter: AggregateQuery.Filter) => JSON.stringify(filter)
  const everywhere = first.filters.filter(
    (filter) => own(filter) && members.every((m) => m.query.filters.some((g) => text(g) === text(filter)))
  )
  const shared = new Set(everywhere.map(text))
  const rest = members.map((m) => m.query.filters.filter((filter) => own(filter) && !shared.has(text(filter))))
  // the span of dates of every query's other period filters, when each has one: records
  // outside it count for none, and the period of a record is a CASE over it
  let envelope: { start: string; end: string } | undefined
  let everyDated = source.time === "date"
  for (const [i, member] of members.entries()) {
    const ranges = rest[i]!.flatMap((f) => (f._tag === "period" ? [member.periodRanges.get(f)!] : []))
    if (ranges.length === 0) {
      everyDated = false
      break
    }
    const start = ranges.reduce((a, r) => (r.start > a ? r.start : a), ranges[0]!.start)
    const end = ranges.reduce((a, r) => (r.end < a ? r.end : a), ranges[0]!.end)
    // a query whose period filters do not meet counts nothing, wherever its dates are
    if (start > end) continue
    envelope = envelope === undefined ? { start, end } : { start: start < envelope.start ? start : envelope.start, end: end > envelope.end ? end : envelope.end }
  }
  const span: AggregateQuery.Filter = { _tag: "period", period: "", calendar: "plain" }
  const common = [...first.filters.filter((f) => !own(f)), ...everywhere]
  const dated = everyDated && envelope !== undefined
  const periodRanges = new Map(members[0]!.periodRanges)
  if (dated) periodRanges.set(span, envelope!)
  const base: AggregateQuery.Checked = {
    // a plain object, not a decoded query: the filters must stay the very objects the maps of
    // period ranges and `within` levels are keyed by
    query: { source: first.source, measure: AggregateQuery.count, groupBy: first.groupBy, filters: dated ? [...common, span] : common } as unknown as AggregateQuery.AggregateQuery,
    periodRanges
  }
  const f = frame({ ...input, checked: base })
  const lookups = new Set([...f.filterLookups, ...f.dimensionLookups])
  const whens: Array<RawBuilder<unknown> | undefined> = []
  const columns: Array<RawBuilder<unknown>> = []
  let personJoin: ReadonlyArray<RawBuilder<unknown>> = []
  // the counts of records under the same own filters are one column
  const counted = new Map<string, string>()
  const matched = new Map<number, string>()
  members.forEach((member, i) => {
    const conditions = rest[i]!.map((filter) => f.condition(filter, member.periodRanges.get(filter), lookups))
    const when = conditions.length === 0 ? undefined : sql`(${and(conditions)})`
    whens.push(when)
    const measured = f.value(member.query.measure, when)
    if (measured.personJoin.length > 0) personJoin = measured.personJoin
    columns.push(sql`${measured.value} as ${sql.id(valueColumn(i))}`)
    const same = JSON.stringify(rest[i])
    const known = counted.get(same)
    if (known !== undefined) return matched.set(i, known)
    counted.set(same, matchedOf(i))
    matched.set(i, matchedOf(i))
    columns.push(sql`${when === undefined ? sql`count(*)` : sql`count(case when ${when} then 1 end)`} as ${sql.id(matchedOf(i))}`)
  })
  const any = whens.every((w) => w !== undefined) ? [sql`(${sql.join(whens as Array<RawBuilder<unknown>>, sql` or `)})`] : []
  const grouped = f.keyNames.length === 0 ? sql`` : sql`group by ${sql.join(f.keyNames)}`
  return {
    // where every query has a filter an index could narrow by, their `or` may be read through it
    statement: sql`select ${sql.join([...f.selectKeys, ...columns])} from ${f.from(rest.every((r) => r.some(f.narrows)))} ${sql.join([...f.lookupJoins(lookups), ...f.dimensionJoins, ...personJoin], sql` `)}
    ${f.where([...f.conditions, ...f.periodConditions, ...any])} ${grouped}`,
    matched: (i) => matched.get(i)!
  }
}
