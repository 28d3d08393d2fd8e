/**
 * The formula algebra: how an indicator is computed, as plain data that can be saved as JSON —
 * and, through the builders here, as typed values whose TypeScript type carries the unit, so
 * that adding contacts (lượt) to persons (người) does not compile.
 *
 * A formula is built from measures —
 *
 * - `count`, `distinct`, `sum` of records of a source (service events, activities,
 *   establishment-visits, expenditures, budgets, groups, establishments), filtered by attributes;
 * - `newPersons` (persons whose first contact in the reporting year falls in the period: these
 *   add up across quarters) and `reached` (persons who received at least N services of a
 *   package rule, KP_PREV style);
 * - `reported` values (police statistics, another province's report, a survey), and
 *   `alsoReported`: an event measure that may also arrive as reported values, the report's
 *   precedence rule deciding which one a cell uses;
 *
 * — and operations: `add`, `difference`, `ratio` with a factor, `share` of a total,
 * `perUnit` (a cost per unit, an average fine), `achievement` against a target (optionally
 * pro-rated to the part of the period elapsed), `normComparison` with the cost norm valid at
 * the time, `coverage` against the population estimate valid at the time, `unitCount` (how many
 * districts or communes a place has), `firstOf` (the first that has a value), references to
 * other indicators and constants.
 *
 * Two rules are checked by the types of the builders and again, with a bilingual error, by
 * {@link check} for formulas read from JSON:
 *
 * - units: only quantities of one unit are added, subtracted, compared as a share or chosen
 *   between;
 * - additivity: distinct counts (persons, establishments, rounds), package reach and every ratio
 *   are *not additive* — a person reached in two sub-periods, two models or two services is one
 *   person — so `add` refuses them, and so does every rollup that would sum them over periods.
 *
 * @example
 * ```ts
 * import { Formula } from "@pctnxh/indicators"
 *
 * const visits = Formula.count("inspectionVisit")
 * const violations = Formula.count("inspectionVisit", { where: { outcome: ["violation"] } })
 * const rate = Formula.percent(violations, visits) // Expr<"percent", false>
 *
 * const contacts = Formula.count("serviceEvent")  // Expr<"contacts", true>
 * const persons = Formula.persons()               // Expr<"persons", false>
 * // Formula.add(contacts, persons)               // does not compile: contacts are not persons
 * ```
 * @since 0.1.0
 */
import { AdminUnit, AggregateQuery, Finance, Label, Person, Registry } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { InvalidFormula, NotAdditive, UnitMismatch } from "./IndicatorError.js"
import type * as Attributes from "./internal/attributes.js"
import { attributeLabel, attributesOf, distinctOf, isEventSource, isValue, valueLabel } from "./internal/attributes.js"
import {
  type Countable,
  countUnit,
  type CountUnit,
  distinctUnit,
  type DistinctUnit,
  type EventSource,
  isCountable,
  sumUnit,
  type SumUnit,
  Unit
} from "./Unit.js"

// -------------------------------------------------------------------------------------------
// Data
// -------------------------------------------------------------------------------------------

/**
 * An attribute condition of a measure: the attribute's value is one of `values`.
 *
 * @since 0.1.0
 */
export interface Condition {
  readonly attribute: AggregateQuery.Attribute
  readonly values: readonly [string, ...Array<string>]
}

/** Counts records of a source. @since 0.1.0 */
export interface Count {
  readonly _tag: "count"
  readonly source: EventSource
  readonly where: ReadonlyArray<Condition>
}
/** Counts distinct values of an id field of a source (distinct persons, establishments…). @since 0.1.0 */
export interface Distinct {
  readonly _tag: "distinct"
  readonly source: EventSource
  readonly field: AggregateQuery.DistinctField
  readonly where: ReadonlyArray<Condition>
}
/** Sums a numeric field of a source. @since 0.1.0 */
export interface Sum {
  readonly _tag: "sum"
  readonly source: EventSource
  readonly field: AggregateQuery.SumField
  readonly where: ReadonlyArray<Condition>
}
/** Persons whose first contact of the reporting year falls in the period (service events). @since 0.1.0 */
export interface NewPersons {
  readonly _tag: "newPersons"
  readonly where: ReadonlyArray<Condition>
}
/** Persons who received at least N services of a package rule in the period (service events). @since 0.1.0 */
export interface Reached {
  readonly _tag: "reached"
  /** The code of a {@link Package.PackageRule}; the version is chosen by the report. */
  readonly package: string
  readonly where: ReadonlyArray<Condition>
}
/** A measure counted from recorded events and other records. @since 0.1.0 */
export type EventMeasure = Count | Distinct | Sum | NewPersons | Reached

/**
 * Reported aggregate values of a data element. Reported values carry no unit of their own, so
 * the formula says it, and whether values of sub-periods add up (`additive`): police arrests do,
 * persons reached do not — a non-additive value is taken only when reported for exactly the
 * period asked.
 *
 * @since 0.1.0
 */
export interface Reported {
  readonly _tag: "reported"
  readonly dataElement: string
  readonly unit: Unit
  readonly additive: boolean
}
/**
 * An event measure that may also arrive as reported values of a data element; where both exist
 * for a cell, the report's precedence rule decides, and the cell records which was used.
 *
 * @since 0.1.0
 */
export interface AlsoReported {
  readonly _tag: "alsoReported"
  readonly measure: EventMeasure
  readonly dataElement: string
}
/** The value of another indicator in the same cell. @since 0.1.0 */
export interface IndicatorRef {
  readonly _tag: "indicator"
  readonly code: string
}
/** A fixed number in a unit. @since 0.1.0 */
export interface Constant {
  readonly _tag: "constant"
  readonly value: number
  readonly unit: Unit
}
/** The sum of additive terms of one unit. @since 0.1.0 */
export interface Add {
  readonly _tag: "add"
  readonly terms: readonly [Formula, ...Array<Formula>]
}
/** A difference of two quantities of one unit. @since 0.1.0 */
export interface Difference {
  readonly _tag: "difference"
  readonly minuend: Formula
  readonly subtrahend: Formula
}
/** `numerator ÷ denominator × factor`: a percentage when the factor is 100, else a ratio. @since 0.1.0 */
export interface Ratio {
  readonly _tag: "ratio"
  readonly numerator: Formula
  readonly denominator: Formula
  readonly factor: number
}
/** `part ÷ total × 100` of one unit: a part cannot exceed its whole. @since 0.1.0 */
export interface Share {
  readonly _tag: "share"
  readonly part: Formula
  readonly total: Formula
}
/** An amount of VND per counted thing: a cost per person, an average fine. @since 0.1.0 */
export interface PerUnit {
  readonly _tag: "perUnit"
  readonly amount: Formula
  readonly per: Formula
}
/** `actual ÷ target × 100`, the target being the indicator's target for the cell's period and unit. @since 0.1.0 */
export interface Achievement {
  readonly _tag: "achievement"
  readonly actual: Formula
  /** The indicator code targets are set for. */
  readonly indicator: string
  /** Whether the target is pro-rated to the share of the period elapsed by the report's date. */
  readonly prorate: boolean
}
/** `costPerUnit ÷ norm × 100`, with the cost norm of a category valid at the end of the period. @since 0.1.0 */
export interface NormComparison {
  readonly _tag: "normComparison"
  readonly costPerUnit: Formula
  readonly category: Finance.ExpenseCategory
}
/** `reached ÷ estimate × 100`, with the latest population estimate not after the period. @since 0.1.0 */
export interface Coverage {
  readonly _tag: "coverage"
  readonly reached: Formula
  readonly population: Person.PopulationCategory
}
/** How many units of a level (districts, communes) the cell's place has at the end of the period. @since 0.1.0 */
export interface UnitCount {
  readonly _tag: "unitCount"
  readonly level: AdminUnit.AdminLevel
}
/** The first option that has a value in the cell. @since 0.1.0 */
export interface FirstOf {
  readonly _tag: "firstOf"
  readonly options: readonly [Formula, ...Array<Formula>]
}

/**
 * A formula.
 *
 * @since 0.1.0
 */
export type Formula =
  | EventMeasure
  | Reported
  | AlsoReported
  | IndicatorRef
  | Constant
  | Add
  | Difference
  | Ratio
  | Share
  | PerUnit
  | Achievement
  | NormComparison
  | Coverage
  | UnitCount
  | FirstOf

const EventSourceSchema = Schema.Literal(
  "serviceEvent",
  "activity",
  "inspectionVisit",
  "expenditure",
  "budget",
  "group",
  "establishment"
)
const ConditionSchema = Schema.Struct({
  attribute: AggregateQuery.Attribute,
  values: Schema.NonEmptyArray(Schema.String)
})
const Where = Schema.Array(ConditionSchema)
const Code = Schema.NonEmptyTrimmedString

const EventMeasureSchema = Schema.Union(
  Schema.TaggedStruct("count", { source: EventSourceSchema, where: Where }),
  Schema.TaggedStruct("distinct", { source: EventSourceSchema, field: AggregateQuery.DistinctField, where: Where }),
  Schema.TaggedStruct("sum", { source: EventSourceSchema, field: AggregateQuery.SumField, where: Where }),
  Schema.TaggedStruct("newPersons", { where: Where }),
  Schema.TaggedStruct("reached", { package: Code, where: Where })
)

const self: Schema.Schema<Formula> = Schema.suspend((): Schema.Schema<Formula> => Formula)

/**
 * The schema of a formula: decodes a formula from JSON (then {@link check} it), encodes one to
 * JSON.
 *
 * @since 0.1.0
 */
export const Formula: Schema.Schema<Formula> = Schema.Union(
  EventMeasureSchema,
  Schema.TaggedStruct("reported", { dataElement: Code, unit: Unit, additive: Schema.Boolean }),
  Schema.TaggedStruct("alsoReported", { measure: EventMeasureSchema, dataElement: Code }),
  Schema.TaggedStruct("indicator", { code: Code }),
  Schema.TaggedStruct("constant", { value: Schema.Number.pipe(Schema.finite()), unit: Unit }),
  Schema.TaggedStruct("add", { terms: Schema.NonEmptyArray(self) }),
  Schema.TaggedStruct("difference", { minuend: self, subtrahend: self }),
  Schema.TaggedStruct("ratio", { numerator: self, denominator: self, factor: Schema.Number.pipe(Schema.finite(), Schema.positive()) }),
  Schema.TaggedStruct("share", { part: self, total: self }),
  Schema.TaggedStruct("perUnit", { amount: self, per: self }),
  Schema.TaggedStruct("achievement", { actual: self, indicator: Code, prorate: Schema.Boolean }),
  Schema.TaggedStruct("normComparison", { costPerUnit: self, category: Finance.ExpenseCategory }),
  Schema.TaggedStruct("coverage", { reached: self, population: Person.PopulationCategory }),
  Schema.TaggedStruct("unitCount", { level: AdminUnit.AdminLevel }),
  Schema.TaggedStruct("firstOf", { options: Schema.NonEmptyArray(self) })
).annotations({ identifier: "Formula" })

/**
 * Whether a formula is an event measure.
 *
 * @since 0.1.0
 */
export const isEventMeasure = (formula: Formula): formula is EventMeasure =>
  formula._tag === "count" ||
  formula._tag === "distinct" ||
  formula._tag === "sum" ||
  formula._tag === "newPersons" ||
  formula._tag === "reached"

// -------------------------------------------------------------------------------------------
// Typed builders
// -------------------------------------------------------------------------------------------

/**
 * A formula with its unit `U` and additivity `A` in its type. `A` is `true` when values of
 * sub-periods (and of parts) add up to the value of the whole.
 *
 * @since 0.1.0
 */
export interface Expr<out U extends Unit, out A extends boolean> {
  readonly formula: Formula
  readonly unit: U
  readonly additive: A
  /** The disaggregations the formula can be broken down by; `null` when any (reported values). */
  readonly by: ReadonlyArray<string> | null
}

/**
 * An {@link Expr} that is an event measure (it can be {@link alsoReported}).
 *
 * @since 0.1.0
 */
export interface MeasureExpr<out U extends Unit, out A extends boolean> extends Expr<U, A> {
  readonly formula: EventMeasure
}

/**
 * Anything with a code, a unit and an additivity: an indicator.
 *
 * @since 0.1.0
 */
export interface Referable<out U extends Unit, out A extends boolean> {
  readonly code: string
  readonly unit: U
  readonly additive: A
  readonly disaggregations: ReadonlyArray<string>
}

/**
 * The attributes a source has, as a type.
 *
 * @since 0.1.0
 */
export type AttributeOf<S extends EventSource> = Registry.AttributeOf<S>

/**
 * The values an attribute takes, as a type: its vocabulary's members, or any string (ids).
 *
 * @since 0.1.0
 */
export type AttributeValue<A extends AggregateQuery.Attribute> = Attributes.AttributeValue<A>

/**
 * Attribute conditions of a measure on a source: each attribute the source has, with the values
 * to keep.
 *
 * @since 0.1.0
 */
export type Where<S extends EventSource> = {
  readonly [A in AttributeOf<S>]?: ReadonlyArray<AttributeValue<A>>
}

/**
 * Options of a measure.
 *
 * @since 0.1.0
 */
export interface MeasureOptions<S extends EventSource> {
  readonly where?: Where<S>
}

const conditions = (where: Readonly<Record<string, ReadonlyArray<string> | undefined>> | undefined): ReadonlyArray<Condition> =>
  Object.entries(where ?? {})
    .filter((e): e is [string, ReadonlyArray<string>] => e[1] !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([attribute, values]) => {
      if (values.length === 0) throw new TypeError(`Formula: the condition on "${attribute}" lists no value`)
      return { attribute: attribute as AggregateQuery.Attribute, values: [...values] as unknown as readonly [string, ...Array<string>] }
    })

const intersect = (sets: ReadonlyArray<ReadonlyArray<string> | null>): ReadonlyArray<string> | null =>
  sets.reduce<ReadonlyArray<string> | null>((acc, s) => (s === null ? acc : acc === null ? s : acc.filter((x) => s.includes(x))), null)

const expr = <U extends Unit, A extends boolean>(
  formula: Formula,
  unit: U,
  additive: A,
  by: ReadonlyArray<string> | null
): Expr<U, A> => ({ formula, unit, additive, by })

const bySource = (source: EventSource): ReadonlyArray<string> => attributesOf(source)

/**
 * Counts records of a source: contacts (service events), activities, establishment-visits,
 * groups established, establishments. Establishments are a stock (the list as it stands), not
 * events of a period, so their count does not add up across periods.
 *
 * @example
 * ```ts
 * import { Formula } from "@pctnxh/indicators"
 * Formula.count("serviceEvent", { where: { service: ["counselling"] } }) // Expr<"contacts", true>
 * ```
 * @since 0.1.0
 */
export const count = <S extends EventSource>(
  source: S,
  options?: MeasureOptions<S>
): MeasureExpr<CountUnit[S], S extends "establishment" ? false : true> =>
  expr(
    { _tag: "count", source, where: conditions(options?.where) },
    countUnit[source],
    source !== "establishment",
    bySource(source)
  ) as MeasureExpr<CountUnit[S], S extends "establishment" ? false : true>

/**
 * Counts distinct values of an id field: persons, establishments, rounds, groups. Not additive.
 *
 * @since 0.1.0
 */
export const distinct = <S extends EventSource, F extends Registry.DistinctOf<S>>(
  source: S,
  field: F,
  options?: MeasureOptions<S>
): MeasureExpr<DistinctUnit[F], false> =>
  expr({ _tag: "distinct", source, field, where: conditions(options?.where) }, distinctUnit[field], false, bySource(source)) as MeasureExpr<
    DistinctUnit[F],
    false
  >

/**
 * Counts distinct persons in service events (anonymous contacts are not persons). Not additive:
 * a year's persons are not the sum of its quarters'.
 *
 * @since 0.1.0
 */
export const persons = (options?: MeasureOptions<"serviceEvent">): MeasureExpr<"persons", false> =>
  distinct("serviceEvent", "personId", options)

/**
 * Sums a numeric field of a source: sessions, participant contacts, outputs, fines, amounts.
 *
 * @since 0.1.0
 */
export const sum = <S extends EventSource, F extends keyof SumUnit[S] & AggregateQuery.SumField>(
  source: S,
  field: F,
  options?: MeasureOptions<S>
): MeasureExpr<SumUnit[S][F] & Unit, true> =>
  expr(
    { _tag: "sum", source, field, where: conditions(options?.where) },
    (sumUnit[source] as Record<string, Unit>)[field] as SumUnit[S][F] & Unit,
    true,
    bySource(source)
  ) as MeasureExpr<SumUnit[S][F] & Unit, true>

/**
 * Persons whose first contact of the reporting year falls in the period: unlike distinct
 * persons, these add up across the quarters of a year.
 *
 * @since 0.1.0
 */
export const newPersons = (options?: MeasureOptions<"serviceEvent">): MeasureExpr<"persons", true> =>
  expr({ _tag: "newPersons", where: conditions(options?.where) }, "persons", true, bySource("serviceEvent")) as MeasureExpr<
    "persons",
    true
  >

/**
 * Persons reached by a package rule (at least N distinct services of a list in the period),
 * named by its code; the report picks the rule's version for its programme. Not additive.
 *
 * @since 0.1.0
 */
export const reached = (packageCode: string, options?: MeasureOptions<"serviceEvent">): MeasureExpr<"persons", false> =>
  expr({ _tag: "reached", package: packageCode, where: conditions(options?.where) }, "persons", false, bySource("serviceEvent")) as MeasureExpr<
    "persons",
    false
  >

/**
 * Reported aggregate values of a data element, in a unit. Additive unless said otherwise.
 *
 * @example
 * ```ts
 * import { Formula } from "@pctnxh/indicators"
 * Formula.reported("POLICE_CASES", "cases")
 * Formula.reported("SURVEY_RESPONDENTS", "persons", { additive: false })
 * ```
 * @since 0.1.0
 */
export const reported = <U extends Unit, A extends boolean = true>(
  dataElement: string,
  unit: U,
  options?: { readonly additive?: A }
): Expr<U, A> => {
  const additive = (options?.additive ?? true) as A
  return expr({ _tag: "reported", dataElement, unit, additive }, unit, additive, null)
}

/**
 * An event measure that may also arrive as reported values of a data element (by default the
 * indicator's own code is used as the data element when the indicator is made).
 *
 * @since 0.1.0
 */
export const alsoReported = <U extends Unit, A extends boolean>(measure: MeasureExpr<U, A>, dataElement: string): Expr<U, A> =>
  expr({ _tag: "alsoReported", measure: measure.formula, dataElement }, measure.unit, measure.additive, measure.by)

/**
 * The value of another indicator in the same cell.
 *
 * @since 0.1.0
 */
export const ref = <U extends Unit, A extends boolean>(indicator: Referable<U, A>): Expr<U, A> =>
  expr({ _tag: "indicator", code: indicator.code }, indicator.unit, indicator.additive, indicator.disaggregations)

/**
 * A fixed number in a unit.
 *
 * @since 0.1.0
 */
export const constant = <U extends Unit>(value: number, unit: U): Expr<U, true> =>
  expr({ _tag: "constant", value, unit }, unit, true, null)

/**
 * Adds additive quantities of one unit. Adding contacts to persons, or distinct persons to
 * anything, does not compile.
 *
 * @since 0.1.0
 */
export const add = <U extends Unit>(first: Expr<U, true>, ...rest: ReadonlyArray<Expr<NoInfer<U>, true>>): Expr<U, true> =>
  expr({ _tag: "add", terms: [first.formula, ...rest.map((e) => e.formula)] }, first.unit, true, intersect([first, ...rest].map((e) => e.by)))

/**
 * Subtracts a quantity of the same unit.
 *
 * @since 0.1.0
 */
export const difference = <U extends Unit, A1 extends boolean, A2 extends boolean>(
  minuend: Expr<U, A1>,
  subtrahend: Expr<NoInfer<U>, A2>
): Expr<U, A1 extends true ? (A2 extends true ? true : false) : false> =>
  expr(
    { _tag: "difference", minuend: minuend.formula, subtrahend: subtrahend.formula },
    minuend.unit,
    (minuend.additive && subtrahend.additive) as A1 extends true ? (A2 extends true ? true : false) : false,
    intersect([minuend.by, subtrahend.by])
  )

/**
 * `numerator ÷ denominator × factor` of any two quantities (arrests per case, participants per
 * session). A ratio is never additive.
 *
 * @throws TypeError when the factor is 100: a percentage is written with {@link percent}, so that
 * its type says `percent`.
 * @since 0.1.0
 */
export const ratio = (numerator: Expr<Unit, boolean>, denominator: Expr<Unit, boolean>, factor = 1): Expr<"ratio", false> => {
  if (factor === 100) throw new TypeError("Formula.ratio: a factor of 100 is a percentage, use Formula.percent")
  return expr(
    { _tag: "ratio", numerator: numerator.formula, denominator: denominator.formula, factor },
    "ratio",
    false,
    intersect([numerator.by, denominator.by])
  )
}

/**
 * `numerator ÷ denominator × 100` of any two quantities (execution rate, persons referred per
 * hundred contacts counselled).
 *
 * @since 0.1.0
 */
export const percent = (numerator: Expr<Unit, boolean>, denominator: Expr<Unit, boolean>): Expr<"percent", false> =>
  expr(
    { _tag: "ratio", numerator: numerator.formula, denominator: denominator.formula, factor: 100 },
    "percent",
    false,
    intersect([numerator.by, denominator.by])
  )

/**
 * The share of a total, in percent: part and total have one unit, and a part larger than its
 * total fails validation.
 *
 * @since 0.1.0
 */
export const share = <U extends Unit>(part: Expr<U, boolean>, total: Expr<NoInfer<U>, boolean>): Expr<"percent", false> =>
  expr({ _tag: "share", part: part.formula, total: total.formula }, "percent", false, intersect([part.by, total.by]))

/**
 * An amount of VND per counted thing: cost per person reached, average fine per violation.
 *
 * @since 0.1.0
 */
export const perUnit = (amount: Expr<"vnd", boolean>, per: Expr<Countable, boolean>): Expr<"vnd", false> =>
  expr({ _tag: "perUnit", amount: amount.formula, per: per.formula }, "vnd", false, intersect([amount.by, per.by]))

/**
 * Achievement of an indicator against its target for the cell's period and place, in percent;
 * `prorate` scales the target by the share of the period elapsed at the report's date.
 *
 * @example
 * ```ts
 * import { Catalogue, Formula } from "@pctnxh/indicators"
 * Formula.achievement(Catalogue.indicators.PERSONS_REACHED, { prorate: true })
 * ```
 * @since 0.1.0
 */
export const achievement = <U extends Unit>(
  indicator: Referable<U, boolean>,
  options?: { readonly prorate?: boolean }
): Expr<"percent", false> =>
  expr(
    { _tag: "achievement", actual: { _tag: "indicator", code: indicator.code }, indicator: indicator.code, prorate: options?.prorate ?? false },
    "percent",
    false,
    []
  )

/**
 * A cost per unit as a percentage of the cost norm (định mức) of a category valid at the end of
 * the period; cells above 100 are flagged.
 *
 * @since 0.1.0
 */
export const normComparison = (costPerUnit: Expr<"vnd", boolean>, category: Finance.ExpenseCategory): Expr<"percent", false> =>
  expr({ _tag: "normComparison", costPerUnit: costPerUnit.formula, category }, "percent", false, costPerUnit.by)

/**
 * Persons reached as a percentage of the estimated size of a population (the latest estimate
 * not after the period); cells above 100 are flagged as a stale estimate.
 *
 * @since 0.1.0
 */
export const coverage = (reachedPersons: Expr<"persons", boolean>, population: Person.PopulationCategory): Expr<"percent", false> =>
  expr({ _tag: "coverage", reached: reachedPersons.formula, population }, "percent", false, [])

/**
 * How many units of a level the cell's place has at the end of the period, from the geography.
 *
 * @since 0.1.0
 */
export const unitCount = (level: AdminUnit.AdminLevel): Expr<"adminUnits", false> =>
  expr({ _tag: "unitCount", level }, "adminUnits", false, null)

/**
 * The first option that has a value in the cell (a reported count of districts, else the
 * geography's).
 *
 * @since 0.1.0
 */
export const firstOf = <U extends Unit, A extends boolean>(
  first: Expr<U, A>,
  ...rest: ReadonlyArray<Expr<NoInfer<U>, A extends true ? true : boolean>>
): Expr<U, A> =>
  expr(
    { _tag: "firstOf", options: [first.formula, ...rest.map((e) => e.formula)] },
    first.unit,
    first.additive,
    intersect([first.by, ...rest.map((e) => e.by)])
  )

// -------------------------------------------------------------------------------------------
// Checking
// -------------------------------------------------------------------------------------------

/**
 * What {@link check} needs to know of the world: the unit and additivity of other indicators,
 * and whether a package rule exists.
 *
 * @since 0.1.0
 */
export interface Environment {
  readonly indicator: (code: string) => Either.Either<Typing, UnknownRef>
  readonly hasPackage: (code: string) => boolean
}

/**
 * Why a reference could not be resolved.
 *
 * @since 0.1.0
 */
export interface UnknownRef {
  readonly reason: Label.Label
}

/**
 * The unit and additivity of a formula.
 *
 * @since 0.1.0
 */
export interface Typing {
  readonly unit: Unit
  readonly additive: boolean
}

/**
 * Errors {@link check} reports.
 *
 * @since 0.1.0
 */
export type CheckError = UnitMismatch | NotAdditive | InvalidFormula

const u = (unit: Unit, lang: Label.Lang) => (lang === "vi" ? Unit.label(unit).vi : `${Unit.label(unit).en} (${Unit.label(unit).vi})`)

const mismatch = (path: string, what: Label.Label, a: Unit, b: Unit) =>
  new UnitMismatch({
    path,
    reason: {
      vi: `không thể ${what.vi} ${u(a, "vi")} với ${u(b, "vi")}: hai đại lượng khác đơn vị`,
      en: `cannot ${what.en} ${u(a, "en")} and ${u(b, "en")}: they are different units`
    }
  })

const invalid = (path: string, vi: string, en: string) => new InvalidFormula({ path, reason: { vi, en } })

const checkWhere = (source: EventSource, where: ReadonlyArray<Condition>, path: string): InvalidFormula | undefined => {
  const allowed = attributesOf(source)
  const seen = new Set<string>()
  for (const [i, c] of where.entries()) {
    const p = `${path}.where[${i}]`
    if (!allowed.includes(c.attribute)) {
      const l = attributeLabel(c.attribute)
      return invalid(p, `nguồn "${source}" không có thuộc tính "${c.attribute}" (${l.vi})`, `source "${source}" has no attribute "${c.attribute}" (${l.en})`)
    }
    if (seen.has(c.attribute)) return invalid(p, `điều kiện trên "${c.attribute}" lặp lại`, `the condition on "${c.attribute}" is repeated`)
    seen.add(c.attribute)
    for (const v of c.values) {
      if (!isValue(c.attribute, v)) {
        return invalid(p, `"${v}" không phải giá trị của "${c.attribute}"`, `"${v}" is not a value of "${c.attribute}"`)
      }
    }
  }
  return undefined
}

const measureTyping = (m: EventMeasure, path: string, env: Environment): Either.Either<Typing, CheckError> => {
  const source: EventSource = m._tag === "newPersons" || m._tag === "reached" ? "serviceEvent" : m.source
  if (!isEventSource(source)) {
    return Either.left(invalid(`${path}.source`, `nguồn "${source}" không đếm được bằng số đo sự kiện`, `"${source}" cannot be counted by an event measure`))
  }
  const bad = checkWhere(source, m.where, path)
  if (bad !== undefined) return Either.left(bad)
  switch (m._tag) {
    case "count":
      return Either.right({ unit: countUnit[m.source], additive: m.source !== "establishment" })
    case "distinct": {
      const fields = distinctOf(m.source)
      if (!fields.includes(m.field)) {
        return Either.left(invalid(`${path}.field`, `không thể đếm "${m.field}" không trùng lặp trên nguồn "${m.source}"`, `cannot count distinct "${m.field}" of source "${m.source}"`))
      }
      return Either.right({ unit: distinctUnit[m.field], additive: false })
    }
    case "sum": {
      const unit = (sumUnit[m.source] as Partial<Record<string, Unit>>)[m.field]
      if (unit === undefined) {
        return Either.left(invalid(`${path}.field`, `không thể cộng "${m.field}" trên nguồn "${m.source}"`, `cannot sum "${m.field}" of source "${m.source}"`))
      }
      return Either.right({ unit, additive: true })
    }
    case "newPersons":
      return Either.right({ unit: "persons", additive: true })
    case "reached":
      return env.hasPackage(m.package)
        ? Either.right({ unit: "persons", additive: false })
        : Either.left(invalid(`${path}.package`, `không có gói dịch vụ "${m.package}"`, `there is no package rule "${m.package}"`))
  }
}

const go = (f: Formula, path: string, env: Environment): Either.Either<Typing, CheckError> => {
  if (isEventMeasure(f)) return measureTyping(f, path, env)
  switch (f._tag) {
    case "reported":
      return Either.right({ unit: f.unit, additive: f.additive })
    case "alsoReported":
      return measureTyping(f.measure, `${path}.measure`, env)
    case "indicator":
      return Either.mapLeft(env.indicator(f.code), (e) => invalid(path, e.reason.vi, e.reason.en))
    case "constant":
      return Either.right({ unit: f.unit, additive: true })
    case "add": {
      let first: Typing | undefined
      for (const [i, term] of f.terms.entries()) {
        const p = `${path}.terms[${i}]`
        const t = go(term, p, env)
        if (Either.isLeft(t)) return t
        if (first !== undefined && t.right.unit !== first.unit) return Either.left(mismatch(p, { vi: "cộng", en: "add" }, first.unit, t.right.unit))
        if (!t.right.additive) {
          return Either.left(
            new NotAdditive({
              indicators: [],
              path: p,
              reason: {
                vi: `không thể cộng một đại lượng không cộng dồn được (${u(t.right.unit, "vi")} không trùng lặp, gói dịch vụ hoặc tỉ lệ): một người được tính ở hai phần sẽ bị tính hai lần; hãy đếm trong một số đo duy nhất`,
                en: `cannot add a quantity that is not additive (distinct ${u(t.right.unit, "en")}, package reach or a ratio): a person counted in two parts would count twice; count them in one measure instead`
              }
            })
          )
        }
        first ??= t.right
      }
      return Either.right(first ?? { unit: "count", additive: true })
    }
    case "difference": {
      const a = go(f.minuend, `${path}.minuend`, env)
      if (Either.isLeft(a)) return a
      const b = go(f.subtrahend, `${path}.subtrahend`, env)
      if (Either.isLeft(b)) return b
      if (a.right.unit !== b.right.unit) return Either.left(mismatch(path, { vi: "trừ", en: "subtract" }, a.right.unit, b.right.unit))
      return Either.right({ unit: a.right.unit, additive: a.right.additive && b.right.additive })
    }
    case "ratio": {
      const a = go(f.numerator, `${path}.numerator`, env)
      if (Either.isLeft(a)) return a
      const b = go(f.denominator, `${path}.denominator`, env)
      if (Either.isLeft(b)) return b
      return Either.right({ unit: f.factor === 100 ? "percent" : "ratio", additive: false })
    }
    case "share": {
      const a = go(f.part, `${path}.part`, env)
      if (Either.isLeft(a)) return a
      const b = go(f.total, `${path}.total`, env)
      if (Either.isLeft(b)) return b
      if (a.right.unit !== b.right.unit) return Either.left(mismatch(path, { vi: "tính tỉ lệ phần trên tổng giữa", en: "take a share of" }, a.right.unit, b.right.unit))
      return Either.right({ unit: "percent", additive: false })
    }
    case "perUnit": {
      const a = go(f.amount, `${path}.amount`, env)
      if (Either.isLeft(a)) return a
      if (a.right.unit !== "vnd") return Either.left(mismatch(`${path}.amount`, { vi: "lấy chi phí theo đơn vị từ", en: "take a cost per unit from" }, a.right.unit, "vnd"))
      const b = go(f.per, `${path}.per`, env)
      if (Either.isLeft(b)) return b
      if (!isCountable(b.right.unit)) {
        return Either.left(
          invalid(`${path}.per`, `chi phí chỉ chia được cho một số đếm, không phải ${u(b.right.unit, "vi")}`, `a cost is divided by a count, not by ${u(b.right.unit, "en")}`)
        )
      }
      return Either.right({ unit: "vnd", additive: false })
    }
    case "achievement": {
      const a = go(f.actual, `${path}.actual`, env)
      if (Either.isLeft(a)) return a
      const target = env.indicator(f.indicator)
      if (Either.isLeft(target)) return Either.left(invalid(`${path}.indicator`, target.left.reason.vi, target.left.reason.en))
      if (target.right.unit !== a.right.unit) {
        return Either.left(mismatch(path, { vi: "so sánh với chỉ tiêu", en: "compare with the target" }, a.right.unit, target.right.unit))
      }
      return Either.right({ unit: "percent", additive: false })
    }
    case "normComparison": {
      const a = go(f.costPerUnit, `${path}.costPerUnit`, env)
      if (Either.isLeft(a)) return a
      if (a.right.unit !== "vnd") return Either.left(mismatch(path, { vi: "so sánh với định mức", en: "compare with the cost norm" }, a.right.unit, "vnd"))
      return Either.right({ unit: "percent", additive: false })
    }
    case "coverage": {
      const a = go(f.reached, `${path}.reached`, env)
      if (Either.isLeft(a)) return a
      if (a.right.unit !== "persons") {
        return Either.left(mismatch(path, { vi: "so sánh với ước tính quy mô", en: "compare with the population estimate" }, a.right.unit, "persons"))
      }
      return Either.right({ unit: "percent", additive: false })
    }
    case "unitCount":
      return Either.right({ unit: "adminUnits", additive: false })
    case "firstOf": {
      let first: Typing | undefined
      let additive = true
      for (const [i, option] of f.options.entries()) {
        const p = `${path}.options[${i}]`
        const t = go(option, p, env)
        if (Either.isLeft(t)) return t
        if (first !== undefined && t.right.unit !== first.unit) return Either.left(mismatch(p, { vi: "chọn giữa", en: "choose between" }, first.unit, t.right.unit))
        first ??= t.right
        additive &&= t.right.additive
      }
      return Either.right({ unit: first?.unit ?? "count", additive })
    }
  }
}

/**
 * Checks a formula — typically one read from JSON — and infers its unit and additivity, failing
 * with a bilingual {@link UnitMismatch}, {@link NotAdditive} or {@link InvalidFormula} that names
 * the place in the formula.
 *
 * @since 0.1.0
 */
export const check = (formula: Formula, env: Environment): Either.Either<Typing, CheckError> => go(formula, "formula", env)

// -------------------------------------------------------------------------------------------
// Traversal
// -------------------------------------------------------------------------------------------

/**
 * The formulas directly inside a formula.
 *
 * @since 0.1.0
 */
export const children = (f: Formula): ReadonlyArray<Formula> => {
  switch (f._tag) {
    case "add":
      return f.terms
    case "difference":
      return [f.minuend, f.subtrahend]
    case "ratio":
      return [f.numerator, f.denominator]
    case "share":
      return [f.part, f.total]
    case "perUnit":
      return [f.amount, f.per]
    case "achievement":
      return [f.actual]
    case "normComparison":
      return [f.costPerUnit]
    case "coverage":
      return [f.reached]
    case "firstOf":
      return f.options
    case "alsoReported":
      return [f.measure]
    default:
      return []
  }
}

/**
 * The indicator codes a formula refers to (not following them).
 *
 * @since 0.1.0
 */
export const references = (f: Formula): ReadonlyArray<string> => {
  const out = new Set<string>()
  const visit = (g: Formula): void => {
    if (g._tag === "indicator") out.add(g.code)
    if (g._tag === "achievement") out.add(g.indicator)
    children(g).forEach(visit)
  }
  visit(f)
  return [...out]
}

/**
 * The disaggregations a formula can be broken down by — the attributes every measure in it has
 * (a reported value can be broken down by any key; a target or a population estimate by none) —
 * or `null` when any. `indicator` gives those of a referred indicator.
 *
 * @since 0.1.0
 */
export const disaggregations = (
  f: Formula,
  indicator: (code: string) => ReadonlyArray<string> | undefined
): ReadonlyArray<string> | null => {
  if (isEventMeasure(f)) return bySource(f._tag === "newPersons" || f._tag === "reached" ? "serviceEvent" : f.source)
  switch (f._tag) {
    case "reported":
    case "constant":
    case "unitCount":
      return null
    case "indicator":
      return indicator(f.code) ?? []
    case "achievement":
    case "coverage":
      return []
    default:
      return intersect(children(f).map((c) => disaggregations(c, indicator)))
  }
}

// -------------------------------------------------------------------------------------------
// Words
// -------------------------------------------------------------------------------------------

const countWords: { readonly [S in EventSource]: Label.Label } = {
  serviceEvent: { vi: "số lượt dịch vụ", en: "number of service contacts" },
  activity: { vi: "số hoạt động", en: "number of activities" },
  inspectionVisit: { vi: "số lượt kiểm tra cơ sở", en: "number of establishment-visits" },
  expenditure: { vi: "số khoản chi", en: "number of expenditures" },
  budget: { vi: "số dòng dự toán", en: "number of budget lines" },
  group: { vi: "số nhóm được thành lập trong kỳ", en: "number of groups established in the period" },
  establishment: { vi: "số cơ sở", en: "number of establishments" }
}

const ofSource: { readonly [S in EventSource]: Label.Label } = {
  serviceEvent: { vi: "lượt dịch vụ", en: "service contacts" },
  activity: { vi: "hoạt động", en: "activities" },
  inspectionVisit: { vi: "lượt kiểm tra cơ sở", en: "establishment-visits" },
  expenditure: { vi: "khoản chi", en: "expenditures" },
  budget: { vi: "dự toán", en: "budgets" },
  group: { vi: "nhóm", en: "groups" },
  establishment: { vi: "cơ sở", en: "establishments" }
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

const whereWords = (where: ReadonlyArray<Condition>, lang: Label.Lang): string => {
  if (where.length === 0) return ""
  const parts = where.map((c) => {
    const name = lower(attributeLabel(c.attribute)[lang])
    const values = c.values.map((v) => valueLabel(c.attribute, v)?.[lang] ?? v)
    const list = values.length === 1 ? values[0] : lang === "vi" ? values.join(" hoặc ") : values.join(" or ")
    return lang === "vi" ? `${name} là ${list}` : `${name} is ${list}`
  })
  return lang === "vi" ? `, với ${parts.join(" và ")}` : `, where ${parts.join(" and ")}`
}

/**
 * How {@link describe} names other indicators and package rules.
 *
 * @since 0.1.0
 */
export interface Names {
  readonly indicator: (code: string) => Label.Label | undefined
  readonly package?: (code: string) => Label.Label | undefined
}

const compound = (f: Formula): boolean =>
  f._tag === "add" || f._tag === "difference" || f._tag === "firstOf" || f._tag === "alsoReported" || (isEventMeasure(f) && f.where.length > 0)

/**
 * A formula in words, in Vietnamese or English, naming referred indicators by name and code.
 *
 * @example
 * ```ts
 * import { Formula } from "@pctnxh/indicators"
 * const f = Formula.percent(Formula.count("inspectionVisit", { where: { outcome: ["violation"] } }), Formula.count("inspectionVisit"))
 * Formula.describe(f.formula, "en", { indicator: () => undefined })
 * // "(number of establishment-visits, where inspection outcome is Violation) ÷ number of establishment-visits × 100"
 * ```
 * @since 0.1.0
 */
export const describe = (formula: Formula, lang: Label.Lang, names: Names): string => {
  const sub = (f: Formula): string => (compound(f) ? `(${describe(f, lang, names)})` : describe(f, lang, names))
  const vi = lang === "vi"
  const f = formula
  switch (f._tag) {
    case "count":
      return `${countWords[f.source][lang]}${whereWords(f.where, lang)}`
    case "distinct": {
      const field = lower(AggregateQuery.DistinctField.label(f.field)[lang])
      return vi
        ? `số ${field} khác nhau trong ${ofSource[f.source].vi}${whereWords(f.where, lang)}`
        : `number of distinct ${field} in ${ofSource[f.source].en}${whereWords(f.where, lang)}`
    }
    case "sum": {
      const field = lower(AggregateQuery.SumField.label(f.field)[lang])
      return vi
        ? `tổng ${field} của ${ofSource[f.source].vi}${whereWords(f.where, lang)}`
        : `sum of ${field} of ${ofSource[f.source].en}${whereWords(f.where, lang)}`
    }
    case "newPersons":
      return vi
        ? `số người có lượt dịch vụ đầu tiên của năm báo cáo rơi vào kỳ${whereWords(f.where, lang)}`
        : `number of persons whose first contact of the reporting year falls in the period${whereWords(f.where, lang)}`
    case "reached": {
      const name = names.package?.(f.package)?.[lang]
      const pkg = name === undefined ? f.package : `${f.package} (${name})`
      return vi
        ? `số người nhận đủ gói dịch vụ ${pkg} trong kỳ${whereWords(f.where, lang)}`
        : `number of persons who received the service package ${pkg} in the period${whereWords(f.where, lang)}`
    }
    case "reported":
      return vi ? `số liệu báo cáo ${f.dataElement}` : `reported value of ${f.dataElement}`
    case "alsoReported":
      return vi
        ? `${describe(f.measure, lang, names)}, hoặc số liệu báo cáo ${f.dataElement}`
        : `${describe(f.measure, lang, names)}, or the reported value of ${f.dataElement}`
    case "indicator": {
      const name = names.indicator(f.code)?.[lang]
      return name === undefined ? f.code : `${lower(name)} [${f.code}]`
    }
    case "constant":
      return `${f.value} ${Unit.label(f.unit)[lang]}`
    case "add":
      return f.terms.map(sub).join(" + ")
    case "difference":
      return `${sub(f.minuend)} − ${sub(f.subtrahend)}`
    case "ratio":
      return `${sub(f.numerator)} ÷ ${sub(f.denominator)}${f.factor === 1 ? "" : ` × ${f.factor}`}`
    case "share":
      return `${sub(f.part)} ÷ ${sub(f.total)} × 100`
    case "perUnit":
      return `${sub(f.amount)} ÷ ${sub(f.per)}`
    case "achievement": {
      const target = vi
        ? `chỉ tiêu ${f.indicator} của kỳ${f.prorate ? " (tính theo phần thời gian đã qua)" : ""}`
        : `the target for ${f.indicator} in the period${f.prorate ? " (pro-rated to the part of the period elapsed)" : ""}`
      return `${sub(f.actual)} ÷ ${target} × 100`
    }
    case "normComparison": {
      const cat = lower(Finance.ExpenseCategory.label(f.category)[lang])
      return vi
        ? `${sub(f.costPerUnit)} ÷ định mức ${cat} có hiệu lực cuối kỳ × 100`
        : `${sub(f.costPerUnit)} ÷ the ${cat} cost norm in force at the end of the period × 100`
    }
    case "coverage": {
      const pop = lower(Person.PopulationCategory.label(f.population)[lang])
      return vi
        ? `${sub(f.reached)} ÷ ước tính quy mô nhóm ${pop} (ước tính gần nhất không sau kỳ) × 100`
        : `${sub(f.reached)} ÷ the estimated number of ${pop}s (the latest estimate not after the period) × 100`
    }
    case "unitCount": {
      const level = lower(AdminUnit.AdminLevel.label(f.level)[lang])
      return vi ? `số đơn vị cấp ${level} của địa bàn vào cuối kỳ` : `number of ${level} units of the place at the end of the period`
    }
    case "firstOf":
      return f.options.map(sub).join(vi ? ", nếu không có thì " : ", or else ")
  }
}
