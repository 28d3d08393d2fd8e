import type { AggregateQuery, Entity } from "@pctnxh/core"
import { Person } from "@pctnxh/core"

/** What a view may look up in other tables: a model's type, whether an establishment is at risk. */
export interface Lookups {
  readonly modelType: (modelId: string) => string | null
  readonly establishmentAtRisk: (establishmentId: string) => string | null
}

/** What the evaluator reads from one record of a source. */
export interface RecordView {
  /** The record's date (dated sources). */
  readonly date?: string | undefined
  /** The record's period id (aggregate values, budget years). */
  readonly period?: string | undefined
  readonly unitId: string
  readonly attribute: (name: AggregateQuery.Attribute, lookups: Lookups) => string | null
  readonly sum: (field: AggregateQuery.SumField) => number | undefined
  readonly distinct: (field: AggregateQuery.DistinctField) => string | undefined
  readonly disaggregation?: Readonly<Record<string, string>>
}

const str = (u: string | number | boolean | undefined | null): string | null => (u === undefined || u === null ? null : String(u))

type Viewer<K extends Entity.Kind> = (record: Entity.Of<K>) => RecordView

const serviceEvent: Viewer<"serviceEvent"> = (e) => ({
  date: e.date,
  unitId: e.siteId,
  attribute: (name, { modelType }) => {
    switch (name) {
      case "model":
        return e.modelId
      case "modelType":
        return modelType(e.modelId)
      case "service":
        return e.service
      case "channel":
        return e.channel
      case "referralOutcome":
        return str(e.referral?.outcome)
      case "sex":
        return e.sex
      case "ageBand":
        return Person.ageBand(e.birthYear, e.date)
      case "residence":
        return e.residence
      case "population":
        return e.population
      default:
        return null
    }
  },
  sum: (field) => (field === "cost" ? e.cost : field === "amount" ? e.amount : undefined),
  distinct: (field) =>
    field === "personId" ? e.personId : field === "modelId" ? e.modelId : field === "unitId" ? e.siteId : undefined
})

const activity: Viewer<"activity"> = (a) => ({
  date: a.date,
  unitId: a.unitId,
  attribute: (name, { modelType }) => {
    switch (name) {
      case "model":
        return str(a.modelId)
      case "modelType":
        return a.modelId === undefined ? null : modelType(a.modelId)
      case "activityType":
        return a.type
      case "audience":
        return a.audience
      default:
        return null
    }
  },
  sum: (field) => {
    switch (field) {
      case "sessions":
        return a.sessions
      case "participantContacts":
        return a.participantContacts
      case "outputs":
        return a.outputs
      case "cost":
        return a.cost
      default:
        return undefined
    }
  },
  distinct: (field) =>
    field === "groupId" ? a.groupId : field === "modelId" ? a.modelId : field === "unitId" ? a.unitId : undefined
})

const inspectionVisit: Viewer<"inspectionVisit"> = (v) => ({
  date: v.date,
  unitId: v.unitId,
  attribute: (name, { establishmentAtRisk }) =>
    name === "establishmentType"
      ? v.establishmentType
      : name === "outcome"
        ? v.outcome
        : name === "atRisk"
          ? establishmentAtRisk(v.establishmentId)
          : null,
  sum: (field) => (field === "fine" ? (v.fine ?? undefined) : undefined),
  distinct: (field) =>
    field === "establishmentId"
      ? v.establishmentId
      : field === "roundId"
        ? v.roundId
        : field === "unitId"
          ? v.unitId
          : undefined
})

const expenditure: Viewer<"expenditure"> = (x) => ({
  date: x.date,
  unitId: x.unitId,
  attribute: (name, { modelType }) => {
    switch (name) {
      case "model":
        return str(x.modelId)
      case "modelType":
        return x.modelId === undefined ? null : modelType(x.modelId)
      case "category":
        return x.category
      case "fundingSource":
        return x.source
      default:
        return null
    }
  },
  sum: (field) => (field === "amount" ? x.amount : field === "beneficiaries" ? x.beneficiaries : undefined),
  distinct: (field) => (field === "modelId" ? x.modelId : field === "unitId" ? x.unitId : undefined)
})

const budget: Viewer<"budget"> = (b) => ({
  period: String(b.year),
  unitId: b.unitId,
  attribute: (name, { modelType }) => {
    switch (name) {
      case "model":
        return str(b.modelId)
      case "modelType":
        return b.modelId === undefined ? null : modelType(b.modelId)
      case "fundingSource":
        return b.source
      default:
        return null
    }
  },
  sum: (field) => (field === "amount" ? b.amount : undefined),
  distinct: (field) => (field === "modelId" ? b.modelId : field === "unitId" ? b.unitId : undefined)
})

const aggregateValue: Viewer<"aggregateValue"> = (v) => ({
  period: v.period,
  unitId: v.unitId,
  attribute: (name) =>
    name === "dataElement" ? v.dataElement : name === "valueSource" ? v.source : name === "reportedPeriod" ? v.period : null,
  sum: (field) => (field === "value" ? v.value : undefined),
  distinct: (field) => (field === "unitId" ? v.unitId : undefined),
  disaggregation: v.disaggregation
})

const group: Viewer<"group"> = (g) => ({
  date: g.established,
  unitId: g.unitId,
  attribute: (name, { modelType }) => {
    switch (name) {
      case "model":
        return str(g.modelId)
      case "modelType":
        return g.modelId === undefined ? null : modelType(g.modelId)
      case "groupKind":
        return g.kind
      default:
        return null
    }
  },
  sum: () => undefined,
  distinct: (field) => (field === "modelId" ? g.modelId : field === "unitId" ? g.unitId : undefined)
})

const establishment: Viewer<"establishment"> = (e) => ({
  unitId: e.unitId,
  attribute: (name) => (name === "establishmentType" ? e.type : name === "atRisk" ? String(e.atRisk) : null),
  sum: () => undefined,
  distinct: (field) => (field === "unitId" ? e.unitId : undefined)
})

/** The viewer of every source, and the entity kind it reads. */
export const viewers: {
  readonly [S in AggregateQuery.Source]: { readonly kind: Entity.Kind; readonly view: (record: never) => RecordView }
} = {
  serviceEvent: { kind: "serviceEvent", view: serviceEvent },
  activity: { kind: "activity", view: activity },
  inspectionVisit: { kind: "inspectionVisit", view: inspectionVisit },
  expenditure: { kind: "expenditure", view: expenditure },
  budget: { kind: "budget", view: budget },
  aggregateValue: { kind: "aggregateValue", view: aggregateValue },
  group: { kind: "group", view: group },
  establishment: { kind: "establishment", view: establishment }
}
