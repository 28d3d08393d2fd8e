/**
 * Branded identifiers of every entity.
 *
 * An id is an opaque string chosen by the system that records the entity (a UUID, a code from
 * an agency's register, a keyed pseudonym for persons). Brands keep an establishment id from
 * being passed where a person id is expected.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const id = <const B extends string>(brand: B, description: string) =>
  Schema.String.pipe(
    Schema.trimmed(),
    Schema.minLength(1),
    Schema.maxLength(200),
    Schema.brand(brand)
  ).annotations({ identifier: brand, description })

/** The id of an {@link Organisation}. @since 0.1.0 */
export const OrganisationId = id("OrganisationId", "an organisation id")
/** @since 0.1.0 */
export type OrganisationId = typeof OrganisationId.Type

/** The id of a programme. @since 0.1.0 */
export const ProgrammeId = id("ProgrammeId", "a programme id")
/** @since 0.1.0 */
export type ProgrammeId = typeof ProgrammeId.Type

/** The id of a model (mô hình). @since 0.1.0 */
export const ModelId = id("ModelId", "a model id")
/** @since 0.1.0 */
export type ModelId = typeof ModelId.Type

/** The id of a self-help group, peer group or club. @since 0.1.0 */
export const GroupId = id("GroupId", "a group id")
/** @since 0.1.0 */
export type GroupId = typeof GroupId.Type

/**
 * The id of a person: a keyed pseudonym (see `@pctnxh/privacy`), never a name or an ID-card
 * number.
 *
 * @since 0.1.0
 */
export const PersonId = id("PersonId", "a person's pseudonym")
/** @since 0.1.0 */
export type PersonId = typeof PersonId.Type

/** The id of a service event (one contact, lượt). @since 0.1.0 */
export const ServiceEventId = id("ServiceEventId", "a service event id")
/** @since 0.1.0 */
export type ServiceEventId = typeof ServiceEventId.Type

/** The id of an activity (a session, training, workshop…). @since 0.1.0 */
export const ActivityId = id("ActivityId", "an activity id")
/** @since 0.1.0 */
export type ActivityId = typeof ActivityId.Type

/** The id of a service establishment. @since 0.1.0 */
export const EstablishmentId = id("EstablishmentId", "an establishment id")
/** @since 0.1.0 */
export type EstablishmentId = typeof EstablishmentId.Type

/** The id of an inspection round (đợt). @since 0.1.0 */
export const InspectionRoundId = id("InspectionRoundId", "an inspection round id")
/** @since 0.1.0 */
export type InspectionRoundId = typeof InspectionRoundId.Type

/** The id of an establishment-visit (lượt cơ sở). @since 0.1.0 */
export const InspectionVisitId = id("InspectionVisitId", "an inspection visit id")
/** @since 0.1.0 */
export type InspectionVisitId = typeof InspectionVisitId.Type

/** The id of a reported aggregate value. @since 0.1.0 */
export const AggregateValueId = id("AggregateValueId", "an aggregate value id")
/** @since 0.1.0 */
export type AggregateValueId = typeof AggregateValueId.Type

/** The id of a budget line. @since 0.1.0 */
export const BudgetId = id("BudgetId", "a budget id")
/** @since 0.1.0 */
export type BudgetId = typeof BudgetId.Type

/** The id of an expenditure. @since 0.1.0 */
export const ExpenditureId = id("ExpenditureId", "an expenditure id")
/** @since 0.1.0 */
export type ExpenditureId = typeof ExpenditureId.Type

/** The id of a cost norm (định mức). @since 0.1.0 */
export const CostNormId = id("CostNormId", "a cost norm id")
/** @since 0.1.0 */
export type CostNormId = typeof CostNormId.Type

/** The id of a target (chỉ tiêu). @since 0.1.0 */
export const TargetId = id("TargetId", "a target id")
/** @since 0.1.0 */
export type TargetId = typeof TargetId.Type

/** The id of a population size estimate. @since 0.1.0 */
export const PopulationEstimateId = id("PopulationEstimateId", "a population estimate id")
/** @since 0.1.0 */
export type PopulationEstimateId = typeof PopulationEstimateId.Type

/** The id of a consent record. @since 0.1.0 */
export const ConsentId = id("ConsentId", "a consent id")
/** @since 0.1.0 */
export type ConsentId = typeof ConsentId.Type
