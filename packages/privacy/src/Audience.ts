/**
 * Audiences: who looks at the data, and what each may see.
 *
 * An audience is plain data — it can be stored, sent as JSON and edited by an agency — naming:
 *
 * - `fields`: per entity kind, the allow-list of fields it sees. A kind that is not listed is not
 *   seen at all; a field that is not listed is dropped (see `Projection`);
 * - `personLevelExport`: whether it may export records about individual persons;
 * - `dimensions`: which period grains, administrative levels, attributes and disaggregations its
 *   tables may be broken down by;
 * - `disclosure`: the disclosure control its tables get — the smallest count shown
 *   (`minCellSize`: 5 means cells of 1–4 persons are suppressed), whether complementary
 *   suppression protects suppressed cells from being recomputed from totals, and whether noise
 *   is added. The rules themselves are applied by the report layer.
 *
 * The default set (`defaults`) follows the programme's roles; an agency adjusts an audience by
 * making its own (`make`, or `decode` of its JSON), usually starting from a default.
 *
 * @example
 * ```ts
 * import { Audience } from "@pctnxh/privacy"
 * Audience.project(event, "serviceEvent", Audience.donor) // {} — donors see no person-level data
 * const provinceWithCommunes = Audience.make({ ...Audience.province, id: "province_commune", disclosure: { ...Audience.province.disclosure, minCellSize: 10 } })
 * ```
 * @since 0.1.0
 */
import type { Classification as C } from "@pctnxh/core"
import { AdminUnit, AggregateQuery, Entity } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { InvalidAudience, NotAllowed } from "./PrivacyError.js"
import * as Projection from "./Projection.js"

/**
 * The disclosure control an audience's tables get.
 *
 * @since 0.1.0
 */
export class Disclosure extends Schema.Class<Disclosure>("Disclosure")({
  /** The smallest count shown; smaller non-zero counts are suppressed. 1 shows everything. */
  minCellSize: Schema.Int.pipe(Schema.positive()),
  /** Suppress further cells so that no suppressed cell can be derived from totals. */
  secondarySuppression: Schema.Boolean,
  /** Add calibrated noise to counts. */
  noise: Schema.Boolean,
  /**
   * Differential privacy instead of cell-key noise: the most ε one release may spend, the most
   * all releases together may spend (kept in the Store), and whether the noise takes the place
   * of the small-cell rules (`false` unless said: the rules apply first).
   */
  differentialPrivacy: Schema.optional(
    Schema.Struct({
      epsilonPerRelease: Schema.Number.pipe(Schema.finite(), Schema.positive()),
      epsilonTotal: Schema.Number.pipe(Schema.finite(), Schema.positive()),
      replacesSuppression: Schema.optional(Schema.Boolean)
    }).pipe(
      Schema.filter((d) => d.epsilonPerRelease <= d.epsilonTotal || "epsilonPerRelease must not exceed epsilonTotal")
    )
  )
}) {}

/**
 * The dimensions an audience's tables may be broken down by.
 *
 * @since 0.1.0
 */
export class Dimensions extends Schema.Class<Dimensions>("Dimensions")({
  periodGrains: Schema.Array(AggregateQuery.PeriodGrain),
  unitLevels: Schema.Array(Schema.asSchema(AdminUnit.AdminLevel)),
  attributes: Schema.Array(Schema.asSchema(AggregateQuery.Attribute)),
  /** Whether reported values may be broken down by their disaggregation keys. */
  disaggregations: Schema.Boolean
}) {}

const FieldsByKind = Schema.Record({ key: Schema.String, value: Schema.Array(Schema.NonEmptyTrimmedString) }).pipe(
  Schema.filter((fields) => {
    const unknown = Object.keys(fields).filter((k) => !Entity.isKind(k))
    return unknown.length === 0 ? true : `unknown entity kinds: ${unknown.join(", ")}`
  })
)

/**
 * An audience.
 *
 * @since 0.1.0
 */
export class Audience extends Schema.Class<Audience>("Audience")({
  id: Schema.String.pipe(Schema.pattern(/^[a-z][a-z0-9_]{0,63}$/)),
  label: Schema.Struct({ vi: Schema.NonEmptyTrimmedString, en: Schema.NonEmptyTrimmedString }),
  /** Per entity kind, the fields this audience sees. */
  fields: FieldsByKind,
  /** Whether it may export records about individual persons. */
  personLevelExport: Schema.Boolean,
  dimensions: Dimensions,
  disclosure: Disclosure
}) {}

/**
 * Makes an audience from plain values, checking them.
 *
 * @since 0.1.0
 */
export const make = (input: {
  readonly id: string
  readonly label: { readonly vi: string; readonly en: string }
  readonly fields: { readonly [kind: string]: ReadonlyArray<string> }
  readonly personLevelExport: boolean
  readonly dimensions: typeof Dimensions.Encoded
  readonly disclosure: typeof Disclosure.Encoded
}): Audience =>
  Schema.decodeUnknownSync(Audience)({
    ...input,
    dimensions: { ...input.dimensions },
    disclosure: { ...input.disclosure }
  })

/**
 * Decodes an audience from untrusted input (a JSON file an agency edited).
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<Audience, InvalidAudience> =>
  Either.mapLeft(Schema.decodeUnknownEither(Audience, { errors: "all", onExcessProperty: "error" })(input), (error) =>
    new InvalidAudience({
      issues: ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
        field: issue.path.join("."),
        problem: { vi: `không hợp lệ (${issue.message})`, en: issue.message }
      }))
    })
  )

/**
 * The plain JSON form of an audience, to save or to edit.
 *
 * @since 0.1.0
 */
export const encode = (audience: Audience): typeof Audience.Encoded => Schema.encodeSync(Audience)(audience)

/**
 * The allow-list of a kind for an audience (empty when the kind is not listed).
 *
 * @since 0.1.0
 */
export const fieldsOf = (audience: Audience, kind: Entity.Kind): ReadonlyArray<string> => audience.fields[kind] ?? []

/**
 * Whether an audience sees a field of a kind.
 *
 * @since 0.1.0
 */
export const sees = (audience: Audience, kind: Entity.Kind, field: string): boolean => fieldsOf(audience, kind).includes(field)

/**
 * Projects a record to what an audience sees of its kind: every field not in the audience's
 * allow-list is dropped.
 *
 * @since 0.1.0
 */
export const project = <K extends Entity.Kind>(
  record: Entity.Of<K> | Entity.Encoded<K> | Readonly<Record<string, unknown>>,
  kind: K,
  audience: Audience
): Projection.Projected<K> => Projection.pick(record, kind, fieldsOf(audience, kind))

/**
 * Whether an audience may break a table down by a dimension.
 *
 * @since 0.1.0
 */
export const allowsDimension = (audience: Audience, dimension: AggregateQuery.Dimension): boolean => {
  switch (dimension._tag) {
    case "period":
      return audience.dimensions.periodGrains.includes(dimension.grain)
    case "unit":
      return audience.dimensions.unitLevels.includes(dimension.level)
    case "attribute":
      return audience.dimensions.attributes.includes(dimension.name)
    case "disaggregation":
      return audience.dimensions.disaggregations
  }
}

/**
 * Checks that a query only uses dimensions and attribute filters an audience may see.
 *
 * @since 0.1.0
 */
export const checkQuery = (
  audience: Audience,
  query: AggregateQuery.AggregateQuery
): Either.Either<AggregateQuery.AggregateQuery, NotAllowed> => {
  const refused = (vi: string, en: string) =>
    Either.left(new NotAllowed({ audience: audience.id, operation: "aggregate", reason: { vi, en } }))
  for (const dimension of query.groupBy) {
    if (!allowsDimension(audience, dimension)) {
      const key = AggregateQuery.dimensionKey(dimension)
      const detail = dimension._tag === "unit" ? `${key}:${dimension.level}` : dimension._tag === "period" ? `${key}:${dimension.grain}` : key
      return refused(`không được phân tổ theo "${detail}"`, `may not break tables down by "${detail}"`)
    }
  }
  for (const filter of query.filters) {
    if (filter._tag === "in" && !audience.dimensions.attributes.includes(filter.attribute))
      return refused(`không được lọc theo "${filter.attribute}"`, `may not filter by "${filter.attribute}"`)
    if (filter._tag === "disaggregation" && Object.keys(filter.equals).length > 0 && !audience.dimensions.disaggregations)
      return refused("không được lọc theo phân tổ", "may not filter by disaggregation")
  }
  return Either.right(query)
}

type Grant = { readonly [K in Entity.Kind]?: ReadonlyArray<C.PrivacyClass> }

const grant = (classes: Grant, without: { readonly [K in Entity.Kind]?: ReadonlyArray<string> } = {}) => {
  const out: Record<string, ReadonlyArray<string>> = {}
  for (const [kind, allowed] of Object.entries(classes) as Array<[Entity.Kind, ReadonlyArray<C.PrivacyClass>]>) {
    const drop = new Set(without[kind] ?? [])
    out[kind] = Projection.allowList(kind, allowed).filter((f) => !drop.has(f))
  }
  return out
}

const all: ReadonlyArray<C.PrivacyClass> = ["plain", "quasi", "sensitive"]
const plainOnly: ReadonlyArray<C.PrivacyClass> = ["plain"]

const everyDimension = {
  periodGrains: AggregateQuery.PeriodGrain.literals,
  unitLevels: AdminUnit.AdminLevel.members,
  attributes: AggregateQuery.Attribute.members,
  disaggregations: true
}

const programmeKinds: Grant = {
  organisation: plainOnly,
  programme: plainOnly,
  model: plainOnly,
  group: plainOnly,
  activity: plainOnly,
  establishment: plainOnly,
  inspectionRound: plainOnly,
  inspectionVisit: plainOnly,
  aggregateValue: plainOnly,
  budget: plainOnly,
  expenditure: plainOnly,
  costNorm: plainOnly,
  target: plainOnly,
  populationEstimate: plainOnly
}

/**
 * A peer educator: sees the persons, contacts, consents, groups and activities they work with,
 * pseudonyms included; exports no person-level lists.
 *
 * @since 0.1.0
 */
export const peerEducator: Audience = make({
  id: "peer_educator",
  label: { vi: "Tuyên truyền viên đồng đẳng", en: "Peer educator" },
  fields: grant({
    organisation: plainOnly,
    programme: plainOnly,
    model: plainOnly,
    establishment: plainOnly,
    group: all,
    activity: all,
    person: all,
    serviceEvent: all,
    consent: all
  }),
  personLevelExport: false,
  dimensions: everyDimension,
  disclosure: { minCellSize: 1, secondarySuppression: false, noise: false }
})

/**
 * The officer running a model: sees every programme record, may export person-level data for a
 * purpose its persons consented to.
 *
 * @since 0.1.0
 */
export const modelOfficer: Audience = make({
  id: "model_officer",
  label: { vi: "Cán bộ phụ trách mô hình", en: "Model officer" },
  fields: grant({
    ...Object.fromEntries(Object.keys(programmeKinds).map((k) => [k, all])),
    person: all,
    serviceEvent: all,
    consent: all
  }),
  personLevelExport: true,
  dimensions: everyDimension,
  disclosure: { minCellSize: 1, secondarySuppression: false, noise: false }
})

/**
 * District and commune officials: programme records without any person-level data; tables
 * down to the commune, counts under 3 suppressed.
 *
 * @since 0.1.0
 */
export const local: Audience = make({
  id: "local",
  label: { vi: "Cấp huyện, xã", en: "District and commune" },
  fields: grant(programmeKinds),
  personLevelExport: false,
  dimensions: everyDimension,
  disclosure: { minCellSize: 3, secondarySuppression: true, noise: false }
})

/**
 * The province's social-evils-prevention office: like `local`, for the whole province.
 *
 * @since 0.1.0
 */
export const province: Audience = make({
  id: "province",
  label: { vi: "Cấp tỉnh", en: "Province" },
  fields: grant(programmeKinds),
  personLevelExport: false,
  dimensions: everyDimension,
  disclosure: { minCellSize: 3, secondarySuppression: true, noise: false }
})

/**
 * The ministry: programme records without person-level data; counts under 5 suppressed.
 *
 * @since 0.1.0
 */
export const national: Audience = make({
  id: "national",
  label: { vi: "Cấp trung ương", en: "National" },
  fields: grant(programmeKinds),
  personLevelExport: false,
  dimensions: everyDimension,
  disclosure: { minCellSize: 5, secondarySuppression: true, noise: false }
})

const fundedKinds: Grant = {
  organisation: plainOnly,
  programme: plainOnly,
  model: plainOnly,
  activity: plainOnly,
  aggregateValue: plainOnly,
  budget: plainOnly,
  expenditure: plainOnly,
  costNorm: plainOnly,
  target: plainOnly,
  populationEstimate: plainOnly
}

/**
 * A donor: the programme, money and figures it funds; no person-level data, no establishment
 * or inspection records; tables by province at most, counts under 5 suppressed.
 *
 * @since 0.1.0
 */
export const donor: Audience = make({
  id: "donor",
  label: { vi: "Nhà tài trợ", en: "Donor" },
  fields: grant(fundedKinds),
  personLevelExport: false,
  dimensions: {
    periodGrains: ["year", "half", "quarter"],
    unitLevels: ["national", "province"],
    attributes: AggregateQuery.Attribute.members.filter((a) => a !== "atRisk"),
    disaggregations: true
  },
  disclosure: { minCellSize: 5, secondarySuppression: true, noise: false }
})

/**
 * The public: programmes, models, money and published figures; no person-level data; tables by
 * province at most (no commune), without residence or population breakdowns, counts under 5
 * suppressed, with noise.
 *
 * @since 0.1.0
 */
export const publicAudience: Audience = make({
  id: "public",
  label: { vi: "Công chúng", en: "Public" },
  fields: grant({
    organisation: plainOnly,
    programme: plainOnly,
    model: plainOnly,
    aggregateValue: plainOnly,
    budget: plainOnly,
    expenditure: plainOnly
  }),
  personLevelExport: false,
  dimensions: {
    periodGrains: ["year", "half", "quarter"],
    unitLevels: ["national", "province"],
    attributes: AggregateQuery.Attribute.members.filter(
      (a) => !["residence", "population", "referralOutcome", "atRisk", "channel"].includes(a)
    ),
    disaggregations: false
  },
  disclosure: { minCellSize: 5, secondarySuppression: true, noise: true }
})

/**
 * The default audiences, from the closest to the data to the farthest.
 *
 * @since 0.1.0
 */
export const defaults: ReadonlyArray<Audience> = [peerEducator, modelOfficer, local, province, national, donor, publicAudience]

/**
 * Finds an audience by id in a list (the defaults unless given).
 *
 * @since 0.1.0
 */
export const byId = (id: string, audiences: ReadonlyArray<Audience> = defaults): Audience | undefined =>
  audiences.find((a) => a.id === id)

