/**
 * Compiles an aggregate query to one SQL statement: a `GROUP BY` over the source's table, joined
 * to the period table for period dimensions, to the unit roll-up table for unit dimensions, and
 * to the model or establishment table for attributes read there. The semantics are those of the
 * memory store's evaluator, rule for rule:
 *
 * - a dated record falls in the period whose dates contain its date; a record that carries a
 *   period (an aggregate value, a budget year) falls in the period containing its first day,
 *   and only if its last day lies in it too, and passes a period filter only if its dates lie
 *   inside the filter's;
 * - `newPersons` numbers each person's records of a reporting year by date then id among the
 *   records that pass every filter but the period ones, and counts the first ones that pass
 *   the period filters;
 * - `reached` counts, per group, persons whose records of the package's services cover at
 *   least N distinct services;
 * - without a group-by, no records means no row, as with the memory store.
 */
import type { AdminUnit, Entity } from "@pctnxh/core"
import { AggregateQuery, Period } from "@pctnxh/core"
import type { RawBuilder } from "kysely"
import { sql } from "kysely"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import type { Pair } from "./rollup.js"
import { canonicalDisaggregation, canonicalKeys, periodTable, rollupTable, tableName } from "./tables.js"

type Lookup = "model" | "establishment"

/** An attribute's value: a column of the record, or of a record it points to. */
type Expr = { readonly column: string; readonly lookup?: Lookup }

const lookups: { readonly [L in Lookup]: { readonly alias: string; readonly kind: Entity.Kind; readonly via: string } } = {
  model: { alias: "m", kind: "model", via: "model_id" },
  establishment: { alias: "e", kind: "establishment", via: "establishment_id" }
}

/** How a source's records sit in the tables. */
interface SourceTable {
  readonly kind: Entity.Kind
  /** `date`: a `date` column; `span`: `start_<calendar>`/`end_<calendar>` columns; `none`. */
  readonly time: "date" | "span" | "none"
  readonly attributes: { readonly [A in AggregateQuery.Attribute]?: Expr }
  readonly sums: { readonly [F in AggregateQuery.SumField]?: string }
  readonly distinct: { readonly [F in AggregateQuery.DistinctField]?: string }
}

const model: Expr = { column: "model_id" }
const modelType: Expr = { column: "type", lookup: "model" }

const sourceTables: { readonly [S in AggregateQuery.Source]: SourceTable } = {
  serviceEvent: {
    kind: "serviceEvent",
    time: "date",
    attributes: {
      model,
      modelType,
      service: { column: "service" },
      channel: { column: "channel" },
      referralOutcome: { column: "referral_outcome" },
      sex: { column: "sex" },
      ageBand: { column: "age_band" },
      residence: { column: "residence" },
      population: { column: "population" }
    },
    sums: { cost: "cost", amount: "amount" },
    distinct: { personId: "person_id", modelId: "model_id", unitId: "unit_id" }
  },
  activity: {
    kind: "activity",
    time: "date",
    attributes: { model, modelType, activityType: { column: "activity_type" }, audience: { column: "audience" } },
    sums: { sessions: "sessions", participantContacts: "participant_contacts", outputs: "outputs", cost: "cost" },
    distinct: { groupId: "group_id", modelId: "model_id", unitId: "unit_id" }
  },
  inspectionVisit: {
    kind: "inspectionVisit",
    time: "date",
    attributes: {
      establishmentType: { column: "establishment_type" },
      outcome: { column: "outcome" },
      atRisk: { column: "at_risk", lookup: "establishment" }
    },
    sums: { fine: "fine" },
    distinct: { establishmentId: "establishment_id", roundId: "round_id", unitId: "unit_id" }
  },
  expenditure: {
    kind: "expenditure",
    time: "date",
    attributes: { model, modelType, category: { column: "category" }, fundingSource: { column: "funding_source" } },
    sums: { amount: "amount", beneficiaries: "beneficiaries" },
    distinct: { modelId: "model_id", unitId: "unit_id" }
  },
  budget: {
    kind: "budget",
    time: "span",
    attributes: { model, modelType, fundingSource: { column: "funding_source" } },
    sums: { amount: "amount" },
    distinct: { modelId: "model_id", unitId: "unit_id" }
  },
  aggregateValue: {
    kind: "aggregateValue",
    time: "span",
    attributes: {
      dataElement: { column: "data_element" },
      valueSource: { column: "value_source" },
      reportedPeriod: { column: "period" }
    },
    sums: { value: "value" },
    distinct: { unitId: "unit_id" }
  },
  group: {
    kind: "group",
    time: "date",
    attributes: { model, modelType, groupKind: { column: "group_kind" } },
    sums: {},
    distinct: { modelId: "model_id", unitId: "unit_id" }
  },
  establishment: {
    kind: "establishment",
    time: "none",
    attributes: { establishmentType: { column: "establishment_type" }, atRisk: { column: "at_risk" } },
    sums: {},
    distinct: { unitId: "unit_id" }
  }
}

/** What compiling needs besides the query. */
export interface Input {
  readonly checked: AggregateQuery.Checked
  readonly dialect: Dialect
  readonly names: Names
  /** The fingerprint of the geography whose roll-ups are joined. */
  readonly geography: string
  /** The level of the unit each `within` filter names. */
  readonly withinLevels: ReadonlyMap<AggregateQuery.Filter, AdminUnit.AdminLevel>
}

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

/** The name of the i-th key column of a statement. */
export const keyColumn = (i: number): string => `k${i}`

const ref = (alias: string, column: string) => sql.ref(`${alias}.${column}`)
const and = (conditions: ReadonlyArray<RawBuilder<unknown>>) => sql.join(conditions, sql` and `)

/**
 * The statement of a query. Its rows have the key columns `k0`, `k1`… in the order of the
 * query's dimensions and the measure as `value`.
 */
export const compile = (input: Input): RawBuilder<Record<string, unknown>> => {
  const { checked, dialect, names } = input
  const query = checked.query
  const source = sourceTables[query.source]
  const table = names.ref(tableName(source.kind))
  const periods = names.ref(periodTable.name)
  const rollups = names.ref(rollupTable.name)
  const unsupported = (what: string) => new Error(`@pctnxh/store-sql has no column for ${what} of ${query.source}`)

  const attribute = (name: AggregateQuery.Attribute): { expr: RawBuilder<unknown>; lookup?: Lookup } => {
    const e = source.attributes[name]
    if (e === undefined) throw unsupported(`the attribute "${name}"`)
    return e.lookup === undefined ? { expr: ref("t", e.column) } : { expr: ref(lookups[e.lookup].alias, e.column), lookup: e.lookup }
  }
  const lookupJoins = (used: ReadonlySet<Lookup>) =>
    [...used].map((l) => {
      const { alias, kind, via } = lookups[l]
      return sql`left join ${names.ref(tableName(kind))} as ${sql.id(alias)} on ${ref(alias, "id")} = ${ref("t", via)}`
    })

  // filters: period ones apart, for newPersons
  const conditions: Array<RawBuilder<unknown>> = []
  const periodConditions: Array<RawBuilder<unknown>> = []
  const periodRanges: Array<{ readonly start: string; readonly end: string }> = []
  const filterLookups = new Set<Lookup>()
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
            ? sql`${ref("t", "date")} >= ${range.start} and ${ref("t", "date")} <= ${range.end}`
            : sql`${ref("t", `start_${filter.calendar}`)} >= ${range.start} and ${ref("t", `end_${filter.calendar}`)} <= ${range.end}`
        )
        break
      }
      case "within": {
        const level = input.withinLevels.get(filter)!
        conditions.push(sql`${ref("t", "unit_id")} in (select r.unit_id from ${rollups} as r
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

  // dimensions
  const keys: Array<RawBuilder<unknown>> = []
  const dimensionJoins: Array<RawBuilder<unknown>> = []
  const dimensionLookups = new Set<Lookup>()
  for (const dimension of query.groupBy) {
    switch (dimension._tag) {
      case "period": {
        const contains =
          source.time === "date"
            ? sql`${ref("t", "date")} between p.start_date and p.end_date`
            : sql`${ref("t", `start_${dimension.calendar}`)} between p.start_date and p.end_date and ${ref("t", `end_${dimension.calendar}`)} <= p.end_date`
        dimensionJoins.push(
          sql`inner join ${periods} as p on p.calendar = ${dimension.calendar} and p.grain = ${dimension.grain} and ${contains}`
        )
        keys.push(sql`p.id`)
        break
      }
      case "unit":
        dimensionJoins.push(
          sql`left join ${rollups} as u on u.geography = ${input.geography} and u.level = ${dimension.level} and u.as_of = ${dimension.asOf} and u.unit_id = ${ref("t", "unit_id")}`
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
  const select = (measure: RawBuilder<unknown>) => sql.join([...selectKeys, sql`${measure} as value`])

  const measure = query.measure
  switch (measure._tag) {
    case "count":
    case "sum":
    case "distinct": {
      let value: RawBuilder<unknown>
      if (measure._tag === "count") value = sql`count(*)`
      else if (measure._tag === "sum") {
        const column = source.sums[measure.field]
        if (column === undefined) throw unsupported(`the sum of "${measure.field}"`)
        value = sql`coalesce(sum(${ref("t", column)}), 0)`
      } else {
        const column = source.distinct[measure.field]
        if (column === undefined) throw unsupported(`distinct "${measure.field}"`)
        value = sql`count(distinct ${ref("t", column)})`
      }
      const used = new Set([...filterLookups, ...dimensionLookups])
      return sql`select ${select(value)} from ${table} as t ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions])} ${groupBy()}`
    }
    case "newPersons": {
      const person = ref("t", "person_id")
      // only the reporting years a period filter reaches can hold a counted first contact
      const years = periodRanges.flatMap((range) => {
        const ids = Period.covering(range.start, range.end, "year", measure.calendar).map((p) => p.id)
        return ids.length > 200 ? [] : [sql`y.id in (${sql.join(ids)})`]
      })
      const ranked = sql`select t.*, row_number() over (partition by ${person}, y.id order by ${ref("t", "date")}, ${ref("t", "id")}) as pctnxh_rank
        from ${table} as t
        inner join ${periods} as y on y.calendar = ${measure.calendar} and y.grain = ${"year"} and ${ref("t", "date")} between y.start_date and y.end_date
        ${sql.join(lookupJoins(filterLookups), sql` `)}
        ${where([sql`${person} is not null`, ...years, ...conditions])}`
      return sql`select ${select(sql`count(distinct ${person})`)} from (${ranked}) as t
        ${sql.join([...lookupJoins(dimensionLookups), ...dimensionJoins], sql` `)}
        ${where([sql`t.pctnxh_rank = 1`, ...periodConditions])} ${groupBy()}`
    }
    case "reached": {
      const used = new Set([...filterLookups, ...dimensionLookups])
      const person = ref("t", "person_id")
      const service = ref("t", "service")
      const perPerson = sql`select ${sql.join([...selectKeys, sql`count(distinct ${service}) as pctnxh_services`])}
        from ${table} as t ${sql.join([...lookupJoins(used), ...dimensionJoins], sql` `)}
        ${where([...conditions, ...periodConditions, sql`${person} is not null`, sql`${service} in (${sql.join(measure.services)})`])}
        ${groupBy([person])}`
      const outerKeys = keyNames.map((k) => sql`x.${k} as ${k}`)
      return sql`select ${sql.join([...outerKeys, sql`sum(case when x.pctnxh_services >= ${measure.atLeast} then 1 else 0 end) as value`])}
        from (${perPerson}) as x ${groupBy()}`
    }
  }
}
