/**
 * `@pctnxh/core` — the domain model, periods and calendars, dated geography, and the Store port
 * with its aggregate algebra.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Activity from "./Activity.js"
/** @since 0.1.0 */
export * as AdminUnit from "./AdminUnit.js"
/** @since 0.1.0 */
export * as AggregateQuery from "./AggregateQuery.js"
/** @since 0.1.0 */
export * as AggregateValue from "./AggregateValue.js"
/** @since 0.1.0 */
export * as AuditEntry from "./AuditEntry.js"
/** @since 0.1.0 */
export * as Calendar from "./Calendar.js"
/** @since 0.1.0 */
export * as Classification from "./Classification.js"
/** @since 0.1.0 */
export * as Consent from "./Consent.js"
/** @since 0.1.0 */
export * as CoreError from "./CoreError.js"
/** @since 0.1.0 */
export * as DisclosureRelease from "./DisclosureRelease.js"
/** @since 0.1.0 */
export * as PrivacySpend from "./PrivacySpend.js"
/** @since 0.1.0 */
export * as Entity from "./Entity.js"
/** @since 0.2.0 */
export * as Evaluation from "./Evaluation.js"
/** @since 0.1.0 */
export * as Establishment from "./Establishment.js"
/** @since 0.1.0 */
export * as Finance from "./Finance.js"
/** @since 0.1.0 */
export * as Geography from "./Geography.js"
/** @since 0.1.0 */
export * as Group from "./Group.js"
/** @since 0.1.0 */
export * as Ids from "./Ids.js"
/** @since 0.1.0 */
export * as Incident from "./Incident.js"
/** @since 0.1.0 */
export * as Inspection from "./Inspection.js"
/** @since 0.1.0 */
export * as Label from "./Label.js"
/** @since 0.1.0 */
export * as Model from "./Model.js"
/** @since 0.1.0 */
export * as Money from "./Money.js"
/** @since 0.1.0 */
export * as Organisation from "./Organisation.js"
/** @since 0.1.0 */
export * as Period from "./Period.js"
/** @since 0.1.0 */
export * as Person from "./Person.js"
/** @since 0.1.0 */
export * as Programme from "./Programme.js"
/** @since 0.1.0 */
export * as Registry from "./Registry.js"
/** @since 0.1.0 */
export * as ReportTable from "./ReportTable.js"
/** @since 0.1.0 */
export * as ServiceEvent from "./ServiceEvent.js"
/** @since 0.1.0 */
export * as Store from "./Store.js"
/** @since 0.1.0 */
export * as Target from "./Target.js"
/** @since 0.1.0 */
export * as Time from "./Time.js"
/** @since 0.1.0 */
export * as VaultEntry from "./VaultEntry.js"
