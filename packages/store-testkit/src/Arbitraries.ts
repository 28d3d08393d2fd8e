/**
 * fast-check arbitraries of datasets and aggregate queries, drawn from small pools of ids,
 * units and dates so that groups collide, persons return and periods straddle calendar edges.
 *
 * @since 0.1.0
 */
import type { Entity } from "@pctnxh/core"
import {
  Activity,
  AggregateQuery,
  AggregateValue,
  Establishment,
  Finance,
  Group,
  Inspection,
  Model,
  Person,
  Registry,
  ServiceEvent
} from "@pctnxh/core"
import { FastCheck as fc } from "effect"

/**
 * The pools a dataset draws from.
 *
 * @since 0.1.0
 */
export interface Pools {
  /** Unit ids records may sit in (old and new units, so roll-ups cross the 2025 reform). */
  readonly units: ReadonlyArray<string>
  /** Dates `as of` which unit dimensions are asked. */
  readonly asOf: ReadonlyArray<string>
  /** Units (provinces, districts) that `within` filters name. */
  readonly within: ReadonlyArray<string>
}

/**
 * A generated dataset: records of every source.
 *
 * @since 0.1.0
 */
export interface Dataset {
  readonly model: ReadonlyArray<Entity.Of<"model">>
  readonly serviceEvent: ReadonlyArray<Entity.Of<"serviceEvent">>
  readonly activity: ReadonlyArray<Entity.Of<"activity">>
  readonly inspectionVisit: ReadonlyArray<Entity.Of<"inspectionVisit">>
  readonly expenditure: ReadonlyArray<Entity.Of<"expenditure">>
  readonly budget: ReadonlyArray<Entity.Of<"budget">>
  readonly aggregateValue: ReadonlyArray<Entity.Of<"aggregateValue">>
  readonly group: ReadonlyArray<Entity.Of<"group">>
  readonly establishment: ReadonlyArray<Entity.Of<"establishment">>
}

/** Dates around the edges that matter: 14/15 of Mar, Jun, Sep, Dec, and new year. */
const EDGE_DATES = [
  "2018-12-14",
  "2018-12-15",
  "2019-01-01",
  "2019-03-14",
  "2019-03-15",
  "2019-06-14",
  "2019-06-15",
  "2019-09-14",
  "2019-09-15",
  "2019-12-14",
  "2019-12-15",
  "2019-12-31",
  "2020-02-29",
  "2025-06-30",
  "2025-07-01"
]

const day = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc
    .integer({ min: Date.UTC(2018, 0, 1) / 86_400_000, max: Date.UTC(2026, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10))
)

const members = <K extends string>(v: { readonly members: ReadonlyArray<K> }) => fc.constantFrom(...v.members)
const opt = <A>(arb: fc.Arbitrary<A>) => fc.option(arb, { nil: undefined })
const money = fc.integer({ min: 0, max: 50 }).map((n) => n * 100_000)
const uniqueById = <A extends { readonly id: string }>(arb: fc.Arbitrary<A>, max: number) =>
  fc.uniqueArray(arb, { selector: (a) => a.id, maxLength: max })

const MODEL_IDS = ["m1", "m2", "m3", "m-missing"]
const PERSON_IDS = Array.from({ length: 12 }, (_, i) => `p${i}`)

/**
 * A random dataset.
 *
 * @since 0.1.0
 */
export const dataset = (pools: Pools, size = 40): fc.Arbitrary<Dataset> => {
  const unit = fc.constantFrom(...pools.units)
  const modelId = fc.constantFrom(...MODEL_IDS)
  const model = fc.record({ n: fc.integer({ min: 0, max: 2 }), type: members(Model.ModelType) }).map(
    ({ n, type }) =>
      new Model.Model({
        id: MODEL_IDS[n] as never,
        name: `Model ${n}`,
        type,
        implementerId: "org1" as never,
        funderIds: [],
        partnerIds: [],
        siteIds: [],
        start: "2016-01-01" as never
      })
  )
  const serviceEvent = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      personId: opt(fc.constantFrom(...PERSON_IDS)),
      modelId,
      siteId: unit,
      date: day,
      service: members(ServiceEvent.ServiceType),
      channel: members(ServiceEvent.Channel),
      population: members(Person.PopulationCategory),
      sex: members(Person.Sex),
      birthYear: opt(fc.integer({ min: 1960, max: 2008 })),
      residence: members(Person.ResidenceStatus),
      cost: opt(money),
      amount: opt(money),
      outcome: opt(members(ServiceEvent.ReferralOutcome))
    })
    .map(
      ({ n, outcome, ...r }) =>
        new ServiceEvent.ServiceEvent({
          id: `e${n}`,
          ...r,
          ...(outcome === undefined ? {} : { referral: new ServiceEvent.Referral({ providerKind: "clinic", outcome }) })
        } as never)
    )
  const activity = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      type: members(Activity.ActivityType),
      audience: members(Activity.ActivityAudience),
      modelId: opt(modelId),
      groupId: opt(fc.constantFrom("g1", "g2", "g3")),
      unitId: unit,
      date: day,
      sessions: fc.integer({ min: 1, max: 8 }),
      participantContacts: fc.integer({ min: 0, max: 60 }),
      outputs: opt(fc.integer({ min: 0, max: 500 })),
      cost: opt(money),
      attendeeIds: opt(fc.uniqueArray(fc.constantFrom(...PERSON_IDS), { maxLength: 4 }))
    })
    .map(({ n, ...r }) => new Activity.Activity({ id: `a${n}`, ...r } as never))
  const inspectionVisit = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      roundId: fc.constantFrom("r1", "r2", "r3", "r4"),
      establishmentId: fc.constantFrom("s1", "s2", "s3", "s4", "s5", "s6"),
      establishmentType: members(Establishment.EstablishmentType),
      unitId: unit,
      date: day,
      outcome: members(Inspection.InspectionOutcome),
      fine: money
    })
    .map(
      ({ n, fine, ...r }) =>
        new Inspection.InspectionVisit({ id: `v${n}`, ...r, ...(r.outcome === "violation" ? { fine } : {}) } as never)
    )
  const expenditure = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      modelId: opt(modelId),
      unitId: unit,
      date: day,
      category: members(Finance.ExpenseCategory),
      source: members(Finance.FundingSource),
      amount: money,
      beneficiaries: opt(fc.integer({ min: 0, max: 30 }))
    })
    .map(({ n, ...r }) => new Finance.Expenditure({ id: `x${n}`, ...r } as never))
  const budget = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      year: fc.integer({ min: 2018, max: 2026 }),
      source: members(Finance.FundingSource),
      modelId: opt(modelId),
      unitId: unit,
      amount: money
    })
    .map(({ n, ...r }) => new Finance.Budget({ id: `b${n}`, ...r } as never))
  const aggregateValue = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      dataElement: fc.constantFrom("POLICE_CASES", "POLICE_ARRESTS", "SURVEY_CONDOM_USE"),
      period: fc.constantFrom("2019", "2019Q1", "2019Q4", "2019M12", "2020S1", "2020", "2018/2020"),
      unitId: unit,
      disaggregation: fc.constantFrom({}, { sex: "female" }, { sex: "male" }, { sex: "female", ageBand: "20-24" }),
      value: fc.integer({ min: 0, max: 300 }),
      source: members(AggregateValue.ValueSource)
    })
    .map(({ n, ...r }) => new AggregateValue.AggregateValue({ id: `av${n}`, ...r } as never))
  const group = fc
    .record({
      n: fc.integer({ min: 0, max: 50 }),
      kind: members(Group.GroupKind),
      modelId: opt(modelId),
      unitId: unit,
      established: day
    })
    .map(({ n, ...r }) => new Group.Group({ id: `g${n}`, name: `Group ${n}`, coreMemberIds: [], ...r } as never))
  const establishment = fc
    .record({ n: fc.integer({ min: 0, max: 50 }), type: members(Establishment.EstablishmentType), unitId: unit, atRisk: fc.boolean() })
    .map(({ n, ...r }) => new Establishment.Establishment({ id: `s${n}`, ...r } as never))
  return fc.record({
    model: uniqueById(model, 3),
    serviceEvent: uniqueById(serviceEvent, size),
    activity: uniqueById(activity, size / 2),
    inspectionVisit: uniqueById(inspectionVisit, size / 2),
    expenditure: uniqueById(expenditure, size / 4),
    budget: uniqueById(budget, size / 4),
    aggregateValue: uniqueById(aggregateValue, size / 2),
    group: uniqueById(group, 6),
    establishment: uniqueById(establishment, 8)
  })
}

const PERIODS = ["2019", "2019Q1", "2019Q4", "2019S2", "2019M12", "2020", "2018/2020", "2025"]

/**
 * A random query that its source supports.
 *
 * @since 0.1.0
 */
export const query = (pools: Pools): fc.Arbitrary<AggregateQuery.AggregateQuery> =>
  members(AggregateQuery.Source).chain((source) => queryOf(pools, source))

/**
 * A random query of one source.
 *
 * @since 0.1.0
 */
export const queryOf = (pools: Pools, source: AggregateQuery.Source): fc.Arbitrary<AggregateQuery.AggregateQuery> => {
    const spec = AggregateQuery.sources[source]
    const measures: Array<fc.Arbitrary<AggregateQuery.Measure>> = [fc.constant(AggregateQuery.count)]
    if (spec.sums.length > 0) measures.push(fc.constantFrom(...spec.sums).map(AggregateQuery.sum))
    if (spec.distinct.length > 0) measures.push(fc.constantFrom(...spec.distinct).map(AggregateQuery.distinct))
    // an amount cannot be split among the persons a record lists (an activity's attendees)
    const contributors = Registry.sources[source].listedPersons === undefined ? spec.distinct : spec.distinct.filter((d) => d !== "personId")
    if (spec.sums.length > 0 && contributors.length > 0) {
      measures.push(
        fc
          .record({ field: fc.constantFrom(...spec.sums), by: fc.constantFrom(...contributors), top: fc.integer({ min: 1, max: 3 }) })
          .map(({ by, field, top }) => AggregateQuery.contributions(field, by, top))
      )
    }
    if (spec.persons) {
      measures.push(
        fc
          .record({ calendar: fc.constantFrom("plain" as const, "administrative" as const), window: fc.constantFrom("year" as const, "ever" as const) })
          .map(({ calendar, window }) => AggregateQuery.newPersons(calendar, window)),
        fc
          .record({
            services: fc.uniqueArray(members(ServiceEvent.ServiceType), { minLength: 1, maxLength: 4 }),
            atLeast: fc.integer({ min: 1, max: 3 })
          })
          .map(({ atLeast, services }) => AggregateQuery.reached(services as never, atLeast))
      )
    }
    const calendar = fc.constantFrom("plain" as const, "administrative" as const)
    const dims: Array<fc.Arbitrary<AggregateQuery.Dimension>> = [
      fc.record({ level: fc.constantFrom("province" as const, "district" as const, "commune" as const), asOf: fc.constantFrom(...pools.asOf) })
        .map(({ level, asOf }) => AggregateQuery.byUnit(level, asOf))
    ]
    if (spec.time !== "none") {
      dims.push(
        fc.record({ grain: fc.constantFrom("year" as const, "half" as const, "quarter" as const, "month" as const), calendar })
          .map(({ grain, calendar }) => AggregateQuery.byPeriod(grain, calendar))
      )
    }
    if (spec.attributes.length > 0) dims.push(fc.constantFrom(...spec.attributes).map(AggregateQuery.by))
    if (source === "aggregateValue") dims.push(fc.constantFrom("sex", "ageBand").map(AggregateQuery.byDisaggregation))
    const filters: Array<fc.Arbitrary<AggregateQuery.Filter>> = []
    if (spec.time !== "none") {
      filters.push(fc.record({ p: fc.constantFrom(...PERIODS), calendar }).map(({ p, calendar }) => AggregateQuery.inPeriod(p, calendar)))
    }
    if (source === "aggregateValue") {
      filters.push(fc.constantFrom({}, { sex: "female" }).map((equals) => ({ _tag: "disaggregation" as const, equals })))
      filters.push(fc.constantFrom([], ["sex"], ["ageBand", "sex"], ["ageBand"]).map(AggregateQuery.disaggregatedBy))
      filters.push(fc.subarray(PERIODS).map((v) => AggregateQuery.where("reportedPeriod", v)))
    }
    if (spec.attributes.includes("atRisk")) {
      filters.push(fc.subarray(["true", "false"]).map((v) => AggregateQuery.where("atRisk", v)))
    }
    for (const attribute of spec.attributes) {
      if (attribute === "model") filters.push(fc.subarray([...MODEL_IDS]).map((v) => AggregateQuery.where("model", v)))
      if (attribute === "service") {
        filters.push(fc.subarray([...ServiceEvent.ServiceType.members]).map((v) => AggregateQuery.where("service", v)))
      }
      if (attribute === "sex") filters.push(fc.subarray([...Person.Sex.members]).map((v) => AggregateQuery.where("sex", v)))
    }
    if (spec.unit && pools.within.length > 0) {
      filters.push(
        fc.record({ unit: fc.constantFrom(...pools.within), asOf: fc.constantFrom(...pools.asOf) })
          .map(({ asOf, unit }) => AggregateQuery.within(unit, asOf))
      )
    }
    return fc
      .record({
        measure: fc.oneof(...measures),
        groupBy: fc.uniqueArray(fc.oneof(...dims), { maxLength: 3, selector: AggregateQuery.dimensionKey }),
        filters: fc.array(fc.oneof(...filters.length > 0 ? filters : [fc.constant(AggregateQuery.inPeriod("2019", "plain"))]), { maxLength: 2 })
      })
      .map(({ filters: f, groupBy, measure }) =>
        AggregateQuery.make({ source, measure, groupBy, filters: spec.time === "none" ? [] : f })
      )
}

const ownFilter = (f: AggregateQuery.Filter) => f._tag === "in" || f._tag === "period"

/**
 * Random queries for `aggregateMany`: several of one source by the same dimensions (some by one
 * attribute more) under the same filters but for attribute (`in`) and period ones —
 * overlapping, disjoint or empty lists of values, any measure — mixed with a few drawn at
 * random.
 *
 * @since 0.1.0
 */
export const batch = (pools: Pools): fc.Arbitrary<ReadonlyArray<AggregateQuery.AggregateQuery>> =>
  members(AggregateQuery.Source)
    .chain((source) =>
      fc.tuple(
        queryOf(pools, source),
        fc.array(queryOf(pools, source), { minLength: 1, maxLength: 6 }),
        fc.array(query(pools), { maxLength: 3 })
      )
    )
    .chain(([base, variants, others]) => {
      const shared = variants.map((v, j) => {
        // every other variant also groups by an attribute of its own, at some place
        const extra = j % 2 === 1 ? v.groupBy.find((d) => d._tag === "attribute" && !base.groupBy.some((b) => AggregateQuery.dimensionKey(b) === d.name)) : undefined
        const at = j % (base.groupBy.length + 1)
        return AggregateQuery.make({
          source: base.source,
          measure: v.measure,
          groupBy: extra === undefined ? base.groupBy : [...base.groupBy.slice(0, at), extra, ...base.groupBy.slice(at)],
          filters: [...base.filters.filter((f) => !ownFilter(f)), ...v.filters.filter(ownFilter)]
        })
      })
      return fc.shuffledSubarray([...shared, ...others], { minLength: shared.length + others.length })
    })
