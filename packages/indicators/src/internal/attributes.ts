import {
  Activity,
  AggregateQuery,
  AggregateValue,
  Establishment,
  Finance,
  Group,
  Inspection,
  type Label,
  Model,
  Person,
  ServiceEvent
} from "@pctnxh/core"
import type { EventSource } from "../Unit.js"

/** The attributes of every event source, as literal types (kept equal to core's `sources` by a test). */
export const attributesBySource = {
  serviceEvent: ["model", "modelType", "service", "channel", "referralOutcome", "sex", "ageBand", "residence", "population"],
  activity: ["model", "modelType", "activityType", "audience"],
  inspectionVisit: ["establishmentType", "outcome", "atRisk"],
  expenditure: ["model", "modelType", "category", "fundingSource"],
  budget: ["model", "modelType", "fundingSource"],
  group: ["model", "modelType", "groupKind"],
  establishment: ["establishmentType", "atRisk"]
} as const satisfies { readonly [S in EventSource]: ReadonlyArray<AggregateQuery.Attribute> }

/** The distinct fields of every event source. */
export const distinctBySource = {
  serviceEvent: ["personId", "modelId", "unitId"],
  activity: ["groupId", "modelId", "unitId"],
  inspectionVisit: ["establishmentId", "roundId", "unitId"],
  expenditure: ["modelId", "unitId"],
  budget: ["modelId", "unitId"],
  group: ["modelId", "unitId"],
  establishment: ["unitId"]
} as const satisfies { readonly [S in EventSource]: ReadonlyArray<AggregateQuery.DistinctField> }

const atRisk = {
  members: ["true", "false"] as const,
  labels: {
    true: { vi: "Có", en: "Yes" },
    false: { vi: "Không", en: "No" }
  } as const,
  label: (member: "true" | "false"): Label.Label => atRisk.labels[member],
  is: (u: unknown): u is "true" | "false" => u === "true" || u === "false"
}

/** The closed vocabulary of each attribute that has one. */
export const vocabularies = {
  modelType: Model.ModelType,
  service: ServiceEvent.ServiceType,
  channel: ServiceEvent.Channel,
  referralOutcome: ServiceEvent.ReferralOutcome,
  activityType: Activity.ActivityType,
  audience: Activity.ActivityAudience,
  sex: Person.Sex,
  ageBand: Person.AgeBand,
  residence: Person.ResidenceStatus,
  population: Person.PopulationCategory,
  establishmentType: Establishment.EstablishmentType,
  outcome: Inspection.InspectionOutcome,
  atRisk,
  category: Finance.ExpenseCategory,
  fundingSource: Finance.FundingSource,
  groupKind: Group.GroupKind,
  valueSource: AggregateValue.ValueSource
} as const

type Vocabularies = typeof vocabularies

/** The values an attribute takes: its vocabulary's members, or any string (ids, codes). */
export type AttributeValue<A extends AggregateQuery.Attribute> = A extends keyof Vocabularies
  ? Vocabularies[A]["members"][number]
  : string

/** The label of an attribute's value, when its vocabulary has one. */
export const valueLabel = (attribute: string, value: string): Label.Label | undefined => {
  const vocabulary = (vocabularies as Record<string, { is: (u: unknown) => boolean; label: (m: never) => Label.Label }>)[attribute]
  return vocabulary !== undefined && vocabulary.is(value) ? vocabulary.label(value as never) : undefined
}

/** Whether a value is allowed for an attribute (any string where the attribute has no vocabulary). */
export const isValue = (attribute: string, value: string): boolean => {
  const vocabulary = (vocabularies as Record<string, { is: (u: unknown) => boolean }>)[attribute]
  return vocabulary === undefined || vocabulary.is(value)
}

/** The members of an attribute's vocabulary, when it has one. */
export const membersOf = (attribute: string): ReadonlyArray<string> | undefined =>
  (vocabularies as Record<string, { members: ReadonlyArray<string> }>)[attribute]?.members

/** The label of an attribute, or of a disaggregation key that is not an attribute. */
export const attributeLabel = (name: string): Label.Label =>
  AggregateQuery.Attribute.is(name) ? AggregateQuery.Attribute.label(name) : { vi: name, en: name }
