/**
 * The tables of the store: one per stored kind (`pctnxh_<kind in snake case>`), each holding the
 * id, the full encoded record as JSON text (`data`, read back by `get` and `list`) and, for the
 * kinds aggregates count, the columns they filter, group and sum on; plus the lookup tables the
 * aggregates join (periods, units rolled up as of a date, person links).
 *
 * The layouts below are what migration `0001_tables` creates. They never change in place: a
 * later change is a new migration record, and the projection here follows it.
 */
import type { Entity } from "@pctnxh/core"
import { Calendar, Period, Person } from "@pctnxh/core"
import * as Either from "effect/Either"
import type { ColumnType } from "./dialect.js"

/** A column of a table. */
export interface Column {
  readonly name: string
  readonly type: ColumnType
  readonly nullable?: boolean
}

/** A table: its columns, primary key and indexes. */
export interface Table {
  readonly name: string
  readonly columns: ReadonlyArray<Column>
  readonly primaryKey: ReadonlyArray<string>
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
}

/** The value of a column: text, a number, or NULL. */
export type Value = string | number | null

/** The table of a kind: `pctnxh_` and the kind in snake case (`serviceEvent` → `pctnxh_service_event`). */
export const tableName = (kind: string): string => `pctnxh_${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`

/** The migrations applied, by name. */
export const migrationsTable: Table = {
  name: "pctnxh_migrations",
  columns: [
    { name: "name", type: "id" },
    { name: "applied_at", type: "code" }
  ],
  primaryKey: ["name"],
  indexes: []
}

/** The calendars, for the per-calendar period columns of aggregate values and budgets. */
export const calendars: ReadonlyArray<Calendar.Calendar> = Calendar.Calendar.members

/** The period grains a query groups by. */
export const grains = ["year", "half", "quarter", "month"] as const

/** Every period of the grains under each calendar, with its first and last date. */
export const periodTable: Table = {
  name: "pctnxh_period",
  columns: [
    { name: "calendar", type: "code" },
    { name: "grain", type: "code" },
    { name: "id", type: "code" },
    { name: "start_date", type: "code" },
    { name: "end_date", type: "code" }
  ],
  primaryKey: ["calendar", "grain", "id"],
  indexes: [["calendar", "grain", "start_date"]]
}

/** Every unit id records sit in, so roll-ups know what to resolve. */
export const unitTable: Table = {
  name: "pctnxh_unit",
  columns: [{ name: "unit_id", type: "id" }],
  primaryKey: ["unit_id"],
  indexes: []
}

/**
 * The unit each recorded unit rolls up to at a level as of a date, under a geography (by its
 * fingerprint); `ancestor_id` is NULL where it has none.
 */
export const rollupTable: Table = {
  name: "pctnxh_unit_rollup",
  columns: [
    { name: "geography", type: "code" },
    { name: "level", type: "code" },
    { name: "as_of", type: "code" },
    { name: "unit_id", type: "id" },
    { name: "ancestor_id", type: "id", nullable: true }
  ],
  primaryKey: ["geography", "level", "as_of", "unit_id"],
  indexes: [["geography", "level", "as_of", "ancestor_id"]]
}

/** Persons listed inside records (activity attendees, group core members), for erasure. */
export const personLinkTable: Table = {
  name: "pctnxh_person_link",
  columns: [
    { name: "kind", type: "code" },
    { name: "record_id", type: "id" },
    { name: "person_id", type: "id" }
  ],
  primaryKey: ["kind", "record_id", "person_id"],
  indexes: [["person_id"]]
}

/** The lookup tables, in the order migration `0001_tables` creates them. */
export const lookupTables: ReadonlyArray<Table> = [periodTable, unitTable, rollupTable, personLinkTable]

const spanColumns: ReadonlyArray<Column> = calendars.flatMap((c) => [
  { name: `start_${c}`, type: "code", nullable: true } as const,
  { name: `end_${c}`, type: "code", nullable: true } as const
])

/** The columns of a kind besides `id` and `data`, and their indexes, as created by `0001_tables`. */
export const layouts: { readonly [kind: string]: { readonly columns: ReadonlyArray<Column>; readonly indexes: ReadonlyArray<ReadonlyArray<string>> } } = {
  organisation: { columns: [], indexes: [] },
  programme: { columns: [], indexes: [] },
  model: { columns: [{ name: "type", type: "code" }], indexes: [] },
  group: {
    columns: [
      { name: "model_id", type: "id", nullable: true },
      { name: "unit_id", type: "id" },
      { name: "date", type: "code" },
      { name: "group_kind", type: "code" }
    ],
    indexes: [["unit_id"], ["date"]]
  },
  person: { columns: [], indexes: [] },
  serviceEvent: {
    columns: [
      { name: "person_id", type: "id", nullable: true },
      { name: "model_id", type: "id" },
      { name: "unit_id", type: "id" },
      { name: "date", type: "code" },
      { name: "service", type: "code" },
      { name: "channel", type: "code" },
      { name: "referral_outcome", type: "code", nullable: true },
      { name: "sex", type: "code" },
      { name: "age_band", type: "code" },
      { name: "residence", type: "code" },
      { name: "population", type: "code" },
      { name: "cost", type: "money", nullable: true },
      { name: "amount", type: "money", nullable: true }
    ],
    indexes: [["person_id", "date"], ["date"], ["unit_id"], ["model_id"], ["service", "date"]]
  },
  activity: {
    columns: [
      { name: "model_id", type: "id", nullable: true },
      { name: "group_id", type: "id", nullable: true },
      { name: "unit_id", type: "id" },
      { name: "date", type: "code" },
      { name: "activity_type", type: "code" },
      { name: "audience", type: "code" },
      { name: "sessions", type: "integer" },
      { name: "participant_contacts", type: "integer" },
      { name: "outputs", type: "integer", nullable: true },
      { name: "cost", type: "money", nullable: true }
    ],
    indexes: [["date"], ["unit_id"], ["model_id"]]
  },
  establishment: {
    columns: [
      { name: "unit_id", type: "id" },
      { name: "establishment_type", type: "code" },
      { name: "at_risk", type: "code" }
    ],
    indexes: [["unit_id"]]
  },
  inspectionRound: { columns: [], indexes: [] },
  inspectionVisit: {
    columns: [
      { name: "round_id", type: "id" },
      { name: "establishment_id", type: "id" },
      { name: "establishment_type", type: "code" },
      { name: "unit_id", type: "id" },
      { name: "date", type: "code" },
      { name: "outcome", type: "code" },
      { name: "fine", type: "money", nullable: true }
    ],
    indexes: [["date"], ["unit_id"], ["establishment_id"]]
  },
  aggregateValue: {
    columns: [
      { name: "data_element", type: "id" },
      { name: "period", type: "code" },
      { name: "unit_id", type: "id" },
      { name: "value", type: "real" },
      { name: "value_source", type: "code" },
      { name: "disaggregation", type: "text" },
      { name: "disaggregation_keys", type: "text" },
      ...spanColumns
    ],
    indexes: [["data_element", "period"], ["unit_id"]]
  },
  budget: {
    columns: [
      { name: "year", type: "integer" },
      { name: "model_id", type: "id", nullable: true },
      { name: "unit_id", type: "id" },
      { name: "funding_source", type: "code" },
      { name: "amount", type: "money" },
      ...spanColumns
    ],
    indexes: [["year"], ["unit_id"]]
  },
  expenditure: {
    columns: [
      { name: "model_id", type: "id", nullable: true },
      { name: "unit_id", type: "id" },
      { name: "date", type: "code" },
      { name: "category", type: "code" },
      { name: "funding_source", type: "code" },
      { name: "amount", type: "money" },
      { name: "beneficiaries", type: "integer", nullable: true }
    ],
    indexes: [["date"], ["unit_id"], ["model_id"]]
  },
  costNorm: { columns: [], indexes: [] },
  target: { columns: [], indexes: [] },
  populationEstimate: { columns: [], indexes: [] },
  consent: { columns: [{ name: "person_id", type: "id" }], indexes: [["person_id"]] }
}

/** The table of a kind with the layout migration `0001_tables` gives it (or only id and data). */
export const table = (kind: string): Table => {
  const layout = Object.hasOwn(layouts, kind) ? layouts[kind] : undefined
  return {
    name: tableName(kind),
    columns: [{ name: "id", type: "id" }, { name: "data", type: "text" }, ...(layout?.columns ?? [])],
    primaryKey: ["id"],
    indexes: layout?.indexes ?? []
  }
}

/** What a record writes besides its id and data. */
export interface Projection {
  /** The values of the kind's own columns. */
  readonly columns: Readonly<Record<string, Value>>
  /** The unit it sits in, for the unit roll-ups. */
  readonly unitId?: string
  /** Dates whose periods must be in the period table (the record's date, its period's starts). */
  readonly dates?: ReadonlyArray<string>
  /** Persons listed inside it. */
  readonly persons?: ReadonlyArray<string>
}

const opt = <A>(a: A | undefined): A | null => (a === undefined ? null : a)

const sortedKeys = (record: Readonly<Record<string, string>>): Array<string> =>
  Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** A disaggregation as text that is equal for equal disaggregations, whatever their key order. */
export const canonicalDisaggregation = (record: Readonly<Record<string, string>>): string =>
  JSON.stringify(Object.fromEntries(sortedKeys(record).map((k) => [k, record[k]])))

/** The set of keys of a disaggregation as text. */
export const canonicalKeys = (keys: Iterable<string>): string =>
  JSON.stringify([...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))

/** The first and last date of a period id under each calendar, or NULLs where it does not parse. */
const span = (periodId: string): { columns: Record<string, Value>; dates: Array<string> } => {
  const parsed = Period.parse(periodId)
  const columns: Record<string, Value> = {}
  const dates: Array<string> = []
  for (const calendar of calendars) {
    if (Either.isRight(parsed)) {
      const range = Period.dateRange(parsed.right, calendar)
      columns[`start_${calendar}`] = range.start
      columns[`end_${calendar}`] = range.end
      dates.push(range.start)
    } else {
      columns[`start_${calendar}`] = null
      columns[`end_${calendar}`] = null
    }
  }
  return { columns, dates }
}

type Projector<K extends Entity.Kind> = (record: Entity.Of<K>) => Projection

const projectors: { readonly [K in Entity.Kind]?: Projector<K> } = {
  model: (m) => ({ columns: { type: m.type } }),
  group: (g) => ({
    columns: { model_id: opt(g.modelId), unit_id: g.unitId, date: g.established, group_kind: g.kind },
    unitId: g.unitId,
    dates: [g.established],
    persons: g.coreMemberIds
  }),
  serviceEvent: (e) => ({
    columns: {
      person_id: opt(e.personId),
      model_id: e.modelId,
      unit_id: e.siteId,
      date: e.date,
      service: e.service,
      channel: e.channel,
      referral_outcome: opt(e.referral?.outcome),
      sex: e.sex,
      age_band: Person.ageBand(e.birthYear, e.date),
      residence: e.residence,
      population: e.population,
      cost: opt(e.cost),
      amount: opt(e.amount)
    },
    unitId: e.siteId,
    dates: [e.date]
  }),
  activity: (a) => ({
    columns: {
      model_id: opt(a.modelId),
      group_id: opt(a.groupId),
      unit_id: a.unitId,
      date: a.date,
      activity_type: a.type,
      audience: a.audience,
      sessions: a.sessions,
      participant_contacts: a.participantContacts,
      outputs: opt(a.outputs),
      cost: opt(a.cost)
    },
    unitId: a.unitId,
    dates: [a.date],
    persons: a.attendeeIds ?? []
  }),
  establishment: (e) => ({
    columns: { unit_id: e.unitId, establishment_type: e.type, at_risk: String(e.atRisk) },
    unitId: e.unitId
  }),
  inspectionVisit: (v) => ({
    columns: {
      round_id: v.roundId,
      establishment_id: v.establishmentId,
      establishment_type: v.establishmentType,
      unit_id: v.unitId,
      date: v.date,
      outcome: v.outcome,
      fine: opt(v.fine)
    },
    unitId: v.unitId,
    dates: [v.date]
  }),
  aggregateValue: (v) => {
    const s = span(v.period)
    return {
      columns: {
        data_element: v.dataElement,
        period: v.period,
        unit_id: v.unitId,
        value: v.value,
        value_source: v.source,
        disaggregation: canonicalDisaggregation(v.disaggregation),
        disaggregation_keys: canonicalKeys(Object.keys(v.disaggregation)),
        ...s.columns
      },
      unitId: v.unitId,
      dates: s.dates
    }
  },
  budget: (b) => {
    const s = span(String(b.year))
    return {
      columns: {
        year: b.year,
        model_id: opt(b.modelId),
        unit_id: b.unitId,
        funding_source: b.source,
        amount: b.amount,
        ...s.columns
      },
      unitId: b.unitId,
      dates: s.dates
    }
  },
  expenditure: (x) => ({
    columns: {
      model_id: opt(x.modelId),
      unit_id: x.unitId,
      date: x.date,
      category: x.category,
      funding_source: x.source,
      amount: x.amount,
      beneficiaries: opt(x.beneficiaries)
    },
    unitId: x.unitId,
    dates: [x.date]
  }),
  consent: (c) => ({ columns: { person_id: c.personId } })
}

const none: Projection = { columns: {} }

/** What a record of a kind writes besides id and data; a kind without a layout writes nothing more. */
export const project = <K extends Entity.Kind>(kind: K, record: Entity.Of<K>): Projection => {
  const projector = projectors[kind] as Projector<K> | undefined
  return projector === undefined ? none : projector(record)
}

/** Whether records of a kind list persons inside them. */
export const linksPersons = (kind: Entity.Kind): boolean => kind === "activity" || kind === "group"

/** The periods of every grain and calendar of one year, as rows of the period table. */
export const periodsOfYear = (year: number): Array<Record<string, Value>> => {
  const periods: Array<Period.UnitPeriod> = [
    Period.year(year),
    ...[1, 2].map((h) => Period.half(year, h)),
    ...[1, 2, 3, 4].map((q) => Period.quarter(year, q)),
    ...Array.from({ length: 12 }, (_, i) => Period.month(year, i + 1))
  ]
  return calendars.flatMap((calendar) =>
    periods.map((p) => {
      const range = Period.dateRange(p, calendar)
      return { calendar, grain: p.kind, id: p.id, start_date: range.start, end_date: range.end }
    })
  )
}
