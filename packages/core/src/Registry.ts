/**
 * The registry of sources: what a store writes next to each record and what an aggregate query
 * can ask of it, described once.
 *
 * - **Fields** of a kind: values read from a record (`date`, `unitId`, `ageBand` computed from
 *   the birth year…), each with its type. A SQL store keeps them as columns, the memory store
 *   reads them from the record.
 * - **Indexes** of a kind: lists of fields; a field that leads an index can be asked for by
 *   `Store.find` (consents and vault entries of a person, incidents not yet notified).
 * - **Sources** of aggregate queries: the kind they count, their time (a date, a period id, a
 *   year or none), their unit, and which fields are their attributes (possibly read through a
 *   record they point to: a model's type), sums and distinct counts.
 * - **Vocabularies** of attributes, sum fields and distinct fields, with their labels and, for
 *   attributes that have one, the closed set of values.
 *
 * The memory store's evaluator, the SQL store's tables, projections and compiled statements,
 * the indicators' attribute lists and the query checker all derive from {@link registry}.
 * Adding an attribute is one entry here (and, for a SQL store, one migration that adds and fills
 * its column).
 *
 * @example
 * ```ts
 * import { Registry } from "@pctnxh/core"
 * Registry.attributesOf("inspectionVisit") // ["establishmentType", "outcome", "atRisk"]
 * ```
 * @since 0.1.0
 */
import { ActivityAudience, ActivityType } from "./Activity.js"
import { ValueSource } from "./AggregateValue.js"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import { StoreError } from "./CoreError.js"
import * as Entity from "./Entity.js"
import { EstablishmentType } from "./Establishment.js"
import { ExpenseCategory, FundingSource } from "./Finance.js"
import { GroupKind } from "./Group.js"
import { InspectionOutcome } from "./Inspection.js"
import { problems } from "./internal/issues.js"
import { type Label, vocabulary } from "./Label.js"
import { ModelType } from "./Model.js"
import { AgeBand, ageBand, PopulationCategory, ResidenceStatus, Sex } from "./Person.js"
import { Channel, ReferralOutcome, ServiceType } from "./ServiceEvent.js"

/**
 * The type of a field's value:
 *
 * - `id`: an id or a text compared and grouped exactly, at most 255 characters;
 * - `code`: a short code (a vocabulary member, an ISO date, a period id, an instant), at most
 *   64 characters;
 * - `text`: any text;
 * - `integer`, `money` (integer VND), `real` (a number that may be fractional).
 *
 * @since 0.1.0
 */
export type FieldType = "id" | "code" | "text" | "integer" | "money" | "real"

/**
 * The most characters a text field of a type holds; the same on every store.
 *
 * @since 0.1.0
 */
export const maxLength: { readonly [T in FieldType]?: number } = { id: 255, code: 64 }

/**
 * A field's value: text, a number, or `null` for none.
 *
 * @since 0.1.0
 */
export type Value = string | number | null

/**
 * A field of a kind: its type, whether it may be empty, and how it is read from a record.
 *
 * @since 0.1.0
 */
export interface Field<in R = never> {
  readonly type: FieldType
  readonly optional: boolean
  readonly read: (record: R) => Value | undefined
}

const fieldOf =
  (type: FieldType) =>
  <R>(read: (record: R) => Value | undefined): Field<R> => ({ type, optional: false, read })

/** A required id field. @since 0.1.0 */
export const id = fieldOf("id")
/** A required code field. @since 0.1.0 */
export const code = fieldOf("code")
/** A required text field. @since 0.1.0 */
export const text = fieldOf("text")
/** A required integer field. @since 0.1.0 */
export const integer = fieldOf("integer")
/** A required money field (integer VND). @since 0.1.0 */
export const money = fieldOf("money")
/** A required number field. @since 0.1.0 */
export const real = fieldOf("real")
/** The same field, allowed to be empty. @since 0.1.0 */
export const optional = <R>(field: Field<R>): Field<R> => ({ ...field, optional: true })

/**
 * What a store writes next to the records of a kind: its fields, and the indexes over them.
 *
 * @since 0.1.0
 */
export interface KindSpec<in R = never> {
  readonly fields: { readonly [name: string]: Field<R> }
  /** Lists of field names; the first field of each can be asked for by `Store.find`. */
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
  /** Where records of the kind name persons, if they do. */
  readonly persons?: PersonRefs | undefined
}

/**
 * What erasing a person does to a record that names them: `delete` removes the record (the
 * person's own record, their consents); `unlink` replaces their pseudonym in it by a surrogate
 * that names no one, so every count made before stays the same; `keep` leaves it to its owner
 * (the vault shreds vault entries; privacy's `Erasure` removes the subject from audit entries).
 *
 * @since 0.1.0
 */
export type OnErase = "delete" | "unlink" | "keep"

/**
 * The fields of a kind that hold a person's pseudonym, a list of pseudonyms or a subject
 * (`{ kind: "person", id }`), and what erasing
 * a person does to the record. Erasure, re-keying, access projections and the SQL store's
 * person links all read this, and nothing else, to find a person in the records.
 *
 * @since 0.1.0
 */
export interface PersonRefs {
  readonly fields: ReadonlyArray<string>
  readonly onErase: OnErase
}

/**
 * An attribute read through a record another record points to: the field holding the id
 * (`via`), the kind of the record it names, and the field of that record.
 *
 * @since 0.1.0
 */
export interface Lookup {
  readonly via: string
  readonly kind: Entity.Kind
  readonly field: string
}

/**
 * When the records of a source happened: a date field, a period id field, a year field, or no
 * time at all.
 *
 * @since 0.1.0
 */
export type Time =
  | { readonly _tag: "date"; readonly field: string }
  | { readonly _tag: "period"; readonly field: string }
  | { readonly _tag: "year"; readonly field: string }
  | { readonly _tag: "none" }

/**
 * A source of aggregate queries. Attributes, sums and distinct counts name fields of its kind
 * (an attribute may also be a {@link Lookup}).
 *
 * @since 0.1.0
 */
export interface SourceSpec {
  readonly kind: Entity.Kind
  readonly label: Label
  readonly time: Time
  /** The field holding the administrative unit the record sits in. */
  readonly unit: string
  readonly attributes: { readonly [attribute: string]: string | Lookup }
  readonly sums: { readonly [field: string]: string }
  readonly distinct: { readonly [field: string]: string }
  /** Whether the person measures (`newPersons`, `reached`) apply: they need `personId` and `service`. */
  readonly persons: boolean
  /** The disaggregation of a reported value (only `aggregateValue` has one). */
  readonly disaggregation?: ((record: never) => Readonly<Record<string, string>>) | undefined
  /**
   * The persons a record lists (an activity's attendees): where present, the distinct count of
   * `personId` counts them — a record listing three attendees counts three persons, a person
   * at two activities counts once.
   */
  readonly listedPersons?: ((record: never) => ReadonlyArray<string>) | undefined
}

/**
 * An attribute in general: its label and, where it has one, its closed vocabulary of values.
 *
 * @since 0.1.0
 */
export interface AttributeSpec {
  readonly label: Label
  readonly values?: Values | undefined
}

/**
 * A closed set of values with their labels (a {@link Label.Vocabulary} of any members).
 *
 * @since 0.1.0
 */
export interface Values {
  readonly members: ReadonlyArray<string>
  readonly is: (u: unknown) => boolean
  readonly label: (member: never) => Label
}

/**
 * A registry: the fields and indexes of each kind, the sources and the attributes, sum fields
 * and distinct fields in general. Stores take one (the shipped {@link registry} by default).
 *
 * @since 0.1.0
 */
export interface Registry {
  readonly kinds: { readonly [K in Entity.Kind]?: KindSpec<Entity.Of<K>> }
  readonly sources: { readonly [source: string]: SourceSpec }
  readonly attributes: { readonly [attribute: string]: AttributeSpec }
  readonly sumFields: { readonly [field: string]: Label }
  readonly distinctFields: { readonly [field: string]: Label }
}

const kind = <K extends Entity.Kind, const F extends { readonly [name: string]: Field<Entity.Of<K>> }, const I extends ReadonlyArray<ReadonlyArray<Extract<keyof F, string>>>>(
  _kind: K,
  spec: {
    readonly fields: F
    readonly indexes: I
    readonly persons?: { readonly fields: ReadonlyArray<PersonField<K>>; readonly onErase: OnErase }
  }
) => spec

/** A field of a kind: one that holds a pseudonym, a list of them, or a subject `{ kind: "person", id }`. */
type PersonField<K extends Entity.Kind> = keyof Entity.Of<K> & string

const via = <const V extends string, const K extends Entity.Kind, const F extends string>(v: V, k: K, f: F) =>
  ({ via: v, kind: k, field: f }) as const

/**
 * Whether an establishment is on the at-risk list, written `"true"` or `"false"`.
 *
 * @since 0.1.0
 */
export const AtRisk = vocabulary("AtRisk", {
  true: { vi: "Có", en: "Yes" },
  false: { vi: "Không", en: "No" }
})

/**
 * The fields and indexes of every kind that has some.
 *
 * @since 0.1.0
 */
export const kinds = {
  person: kind("person", { fields: {}, indexes: [], persons: { fields: ["id"], onErase: "delete" } }),
  model: kind("model", { fields: { type: code((m) => m.type) }, indexes: [] }),
  group: kind("group", {
    fields: {
      modelId: optional(id((g) => g.modelId)),
      unitId: id((g) => g.unitId),
      date: code((g) => g.established),
      groupKind: code((g) => g.kind)
    },
    indexes: [["unitId"], ["date"]],
    persons: { fields: ["coreMemberIds"], onErase: "unlink" }
  }),
  serviceEvent: kind("serviceEvent", {
    fields: {
      personId: optional(id((e) => e.personId)),
      modelId: id((e) => e.modelId),
      unitId: id((e) => e.siteId),
      date: code((e) => e.date),
      service: code((e) => e.service),
      channel: code((e) => e.channel),
      referralOutcome: optional(code((e) => e.referral?.outcome)),
      sex: code((e) => e.sex),
      ageBand: code((e) => ageBand(e.birthYear, e.date)),
      residence: code((e) => e.residence),
      population: code((e) => e.population),
      cost: optional(money((e) => e.cost)),
      amount: optional(money((e) => e.amount))
    },
    indexes: [["personId", "date"], ["date"], ["unitId"], ["modelId"], ["service", "date"]],
    persons: { fields: ["personId"], onErase: "unlink" }
  }),
  activity: kind("activity", {
    fields: {
      modelId: optional(id((a) => a.modelId)),
      groupId: optional(id((a) => a.groupId)),
      unitId: id((a) => a.unitId),
      date: code((a) => a.date),
      activityType: code((a) => a.type),
      audience: code((a) => a.audience),
      sessions: integer((a) => a.sessions),
      participantContacts: integer((a) => a.participantContacts),
      outputs: optional(integer((a) => a.outputs)),
      cost: optional(money((a) => a.cost))
    },
    indexes: [["date"], ["unitId"], ["modelId"]],
    persons: { fields: ["attendeeIds"], onErase: "unlink" }
  }),
  establishment: kind("establishment", {
    fields: {
      unitId: id((e) => e.unitId),
      establishmentType: code((e) => e.type),
      atRisk: code((e) => String(e.atRisk))
    },
    indexes: [["unitId"]]
  }),
  inspectionVisit: kind("inspectionVisit", {
    fields: {
      roundId: id((v) => v.roundId),
      establishmentId: id((v) => v.establishmentId),
      establishmentType: code((v) => v.establishmentType),
      unitId: id((v) => v.unitId),
      date: code((v) => v.date),
      outcome: code((v) => v.outcome),
      fine: optional(money((v) => v.fine))
    },
    indexes: [["date"], ["unitId"], ["establishmentId"]]
  }),
  aggregateValue: kind("aggregateValue", {
    fields: {
      dataElement: id((v) => v.dataElement),
      period: code((v) => v.period),
      unitId: id((v) => v.unitId),
      value: real((v) => v.value),
      valueSource: code((v) => v.source)
    },
    indexes: [["dataElement", "period"], ["unitId"]]
  }),
  budget: kind("budget", {
    fields: {
      year: integer((b) => b.year),
      modelId: optional(id((b) => b.modelId)),
      unitId: id((b) => b.unitId),
      fundingSource: code((b) => b.source),
      amount: money((b) => b.amount)
    },
    indexes: [["year"], ["unitId"]]
  }),
  expenditure: kind("expenditure", {
    fields: {
      modelId: optional(id((x) => x.modelId)),
      unitId: id((x) => x.unitId),
      date: code((x) => x.date),
      category: code((x) => x.category),
      fundingSource: code((x) => x.source),
      amount: money((x) => x.amount),
      beneficiaries: optional(integer((x) => x.beneficiaries))
    },
    indexes: [["date"], ["unitId"], ["modelId"]]
  }),
  consent: kind("consent", {
    fields: { personId: id((c) => c.personId) },
    indexes: [["personId"]],
    persons: { fields: ["personId"], onErase: "delete" }
  }),
  vaultEntry: kind("vaultEntry", {
    fields: { personId: optional(id((e) => e.personId)) },
    indexes: [["personId"]],
    persons: { fields: ["personId"], onErase: "keep" }
  }),
  auditEntry: kind("auditEntry", { fields: {}, indexes: [], persons: { fields: ["subject"], onErase: "keep" } }),
  incident: kind("incident", { fields: { notifiedAt: optional(code((i) => i.notifiedAt)) }, indexes: [["notifiedAt"]] }),
  disclosureRelease: kind("disclosureRelease", { fields: { audience: optional(code((r) => r.audience)) }, indexes: [["audience"]] }),
  privacySpend: kind("privacySpend", { fields: { audience: code((s) => s.audience) }, indexes: [["audience"]] })
}

/**
 * Every attribute a query can filter on or group by, with its label and its values.
 *
 * @since 0.1.0
 */
export const attributes = {
  model: { label: { vi: "Mô hình", en: "Model" } },
  modelType: { label: { vi: "Loại mô hình", en: "Model type" }, values: ModelType },
  service: { label: { vi: "Loại dịch vụ", en: "Service type" }, values: ServiceType },
  channel: { label: { vi: "Hình thức tiếp cận", en: "Channel" }, values: Channel },
  referralOutcome: { label: { vi: "Kết quả chuyển gửi", en: "Referral outcome" }, values: ReferralOutcome },
  activityType: { label: { vi: "Loại hoạt động", en: "Activity type" }, values: ActivityType },
  audience: { label: { vi: "Đối tượng tham gia", en: "Audience" }, values: ActivityAudience },
  sex: { label: { vi: "Giới tính", en: "Sex" }, values: Sex },
  ageBand: { label: { vi: "Nhóm tuổi", en: "Age band" }, values: AgeBand },
  residence: { label: { vi: "Tình trạng cư trú", en: "Residence status" }, values: ResidenceStatus },
  population: { label: { vi: "Nhóm đối tượng", en: "Population category" }, values: PopulationCategory },
  establishmentType: { label: { vi: "Loại hình cơ sở", en: "Establishment type" }, values: EstablishmentType },
  outcome: { label: { vi: "Kết quả kiểm tra", en: "Inspection outcome" }, values: InspectionOutcome },
  atRisk: { label: { vi: "Thuộc danh sách dễ phát sinh tệ nạn", en: "On the at-risk list" }, values: AtRisk },
  category: { label: { vi: "Nội dung chi", en: "Expense category" }, values: ExpenseCategory },
  fundingSource: { label: { vi: "Nguồn kinh phí", en: "Funding source" }, values: FundingSource },
  groupKind: { label: { vi: "Loại nhóm", en: "Group kind" }, values: GroupKind },
  dataElement: { label: { vi: "Chỉ tiêu dữ liệu", en: "Data element" } },
  valueSource: { label: { vi: "Nguồn số liệu", en: "Source of the value" }, values: ValueSource },
  reportedPeriod: { label: { vi: "Kỳ báo cáo của số liệu", en: "Period the value was reported for" } }
} as const satisfies { readonly [attribute: string]: AttributeSpec }

/**
 * Every field a query can sum, with its label.
 *
 * @since 0.1.0
 */
export const sumFields = {
  cost: { vi: "Chi phí", en: "Cost" },
  amount: { vi: "Số tiền", en: "Amount" },
  sessions: { vi: "Số buổi", en: "Sessions" },
  participantContacts: { vi: "Lượt người tham gia", en: "Participant contacts" },
  outputs: { vi: "Số sản phẩm", en: "Outputs" },
  fine: { vi: "Tiền phạt", en: "Fines" },
  beneficiaries: { vi: "Số người thụ hưởng", en: "Beneficiaries" },
  value: { vi: "Giá trị", en: "Value" }
} as const satisfies { readonly [field: string]: Label }

/**
 * Every id field whose distinct values a query can count, with its label.
 *
 * @since 0.1.0
 */
export const distinctFields = {
  personId: { vi: "Người", en: "Persons" },
  establishmentId: { vi: "Cơ sở", en: "Establishments" },
  roundId: { vi: "Đợt kiểm tra", en: "Inspection rounds" },
  groupId: { vi: "Nhóm", en: "Groups" },
  modelId: { vi: "Mô hình", en: "Models" },
  unitId: { vi: "Đơn vị hành chính", en: "Administrative units" }
} as const satisfies { readonly [field: string]: Label }

type Kinds = typeof kinds
type FieldName<K extends keyof Kinds> = Extract<keyof Kinds[K]["fields"], string>
type Attr = keyof typeof attributes
type Sum = keyof typeof sumFields
type Distinct = keyof typeof distinctFields

const source = <
  K extends keyof Kinds,
  const A extends { readonly [attribute in Attr]?: FieldName<K> | Lookup },
  const S extends { readonly [field in Sum]?: FieldName<K> },
  const D extends { readonly [field in Distinct]?: FieldName<K> }
>(
  kind: K,
  spec: {
    readonly label: Label
    readonly time: Time
    readonly unit: FieldName<K>
    readonly attributes: A
    readonly sums: S
    readonly distinct: D
    readonly persons: boolean
    readonly disaggregation?: (record: Entity.Of<K>) => Readonly<Record<string, string>>
    readonly listedPersons?: (record: Entity.Of<K>) => ReadonlyArray<string>
  }
) => ({ kind, ...spec })

const modelType = via("modelId", "model", "type")

/**
 * Every source of aggregate queries.
 *
 * @since 0.1.0
 */
export const sources = {
  serviceEvent: source("serviceEvent", {
    label: { vi: "Lượt dịch vụ", en: "Service events" },
    time: { _tag: "date", field: "date" },
    unit: "unitId",
    attributes: {
      model: "modelId",
      modelType,
      service: "service",
      channel: "channel",
      referralOutcome: "referralOutcome",
      sex: "sex",
      ageBand: "ageBand",
      residence: "residence",
      population: "population"
    },
    sums: { cost: "cost", amount: "amount" },
    distinct: { personId: "personId", modelId: "modelId", unitId: "unitId" },
    persons: true
  }),
  activity: source("activity", {
    label: { vi: "Hoạt động", en: "Activities" },
    time: { _tag: "date", field: "date" },
    unit: "unitId",
    attributes: { model: "modelId", modelType, activityType: "activityType", audience: "audience" },
    sums: { sessions: "sessions", participantContacts: "participantContacts", outputs: "outputs", cost: "cost" },
    distinct: { groupId: "groupId", modelId: "modelId", unitId: "unitId" },
    persons: false,
    listedPersons: (a) => a.attendeeIds ?? []
  }),
  inspectionVisit: source("inspectionVisit", {
    label: { vi: "Lượt kiểm tra cơ sở", en: "Establishment-visits" },
    time: { _tag: "date", field: "date" },
    unit: "unitId",
    attributes: {
      establishmentType: "establishmentType",
      outcome: "outcome",
      atRisk: via("establishmentId", "establishment", "atRisk")
    },
    sums: { fine: "fine" },
    distinct: { establishmentId: "establishmentId", roundId: "roundId", unitId: "unitId" },
    persons: false
  }),
  expenditure: source("expenditure", {
    label: { vi: "Khoản chi", en: "Expenditures" },
    time: { _tag: "date", field: "date" },
    unit: "unitId",
    attributes: { model: "modelId", modelType, category: "category", fundingSource: "fundingSource" },
    sums: { amount: "amount", beneficiaries: "beneficiaries" },
    distinct: { modelId: "modelId", unitId: "unitId" },
    persons: false
  }),
  budget: source("budget", {
    label: { vi: "Dự toán", en: "Budgets" },
    time: { _tag: "year", field: "year" },
    unit: "unitId",
    attributes: { model: "modelId", modelType, fundingSource: "fundingSource" },
    sums: { amount: "amount" },
    distinct: { modelId: "modelId", unitId: "unitId" },
    persons: false
  }),
  aggregateValue: source("aggregateValue", {
    label: { vi: "Số liệu tổng hợp", en: "Reported aggregate values" },
    time: { _tag: "period", field: "period" },
    unit: "unitId",
    attributes: { dataElement: "dataElement", valueSource: "valueSource", reportedPeriod: "period" },
    sums: { value: "value" },
    distinct: { unitId: "unitId" },
    persons: false,
    disaggregation: (v) => v.disaggregation
  }),
  group: source("group", {
    label: { vi: "Nhóm", en: "Groups" },
    time: { _tag: "date", field: "date" },
    unit: "unitId",
    attributes: { model: "modelId", modelType, groupKind: "groupKind" },
    sums: {},
    distinct: { modelId: "modelId", unitId: "unitId" },
    persons: false
  }),
  establishment: source("establishment", {
    label: { vi: "Cơ sở kinh doanh dịch vụ", en: "Establishments" },
    time: { _tag: "none" },
    unit: "unitId",
    attributes: { establishmentType: "establishmentType", atRisk: "atRisk" },
    sums: {},
    distinct: { unitId: "unitId" },
    persons: false
  })
}

/**
 * The shipped registry: every store uses it unless given another.
 *
 * @since 0.1.0
 */
export const registry: Registry = {
  kinds: kinds as Registry["kinds"],
  sources: sources as unknown as Registry["sources"],
  attributes,
  sumFields,
  distinctFields
}

type Sources = typeof sources

/** The name of a source. @since 0.1.0 */
export type SourceName = keyof Sources

/** The attributes of a source, as a type. @since 0.1.0 */
export type AttributeOf<S extends SourceName> = Extract<keyof Sources[S]["attributes"], Attr>

/** The sum fields of a source, as a type. @since 0.1.0 */
export type SumOf<S extends SourceName> = Extract<keyof Sources[S]["sums"], Sum>

/** The distinct fields of a source, as a type. @since 0.1.0 */
export type DistinctOf<S extends SourceName> = Extract<keyof Sources[S]["distinct"], Distinct>

/**
 * The fields of a kind that `Store.find` can ask for: those leading one of its indexes.
 *
 * @since 0.1.0
 */
export type IndexedField<K extends Entity.Kind> = K extends keyof Kinds
  ? Extract<Kinds[K]["indexes"][number][0], string>
  : never

/**
 * What `Store.find` asks for: each named field equal to a value (`null`: empty), or to one of
 * several values.
 *
 * @since 0.1.0
 */
export type Where<K extends Entity.Kind> = { readonly [F in IndexedField<K>]?: Value | ReadonlyArray<Value> }

/**
 * The attributes of a source in the shipped registry, in their order.
 *
 * @since 0.1.0
 */
export const attributesOf = <S extends SourceName>(source: S): ReadonlyArray<AttributeOf<S>> =>
  Object.keys(sources[source].attributes) as Array<AttributeOf<S>>

/**
 * The sum fields of a source in the shipped registry.
 *
 * @since 0.1.0
 */
export const sumsOf = <S extends SourceName>(source: S): ReadonlyArray<SumOf<S>> =>
  Object.keys(sources[source].sums) as Array<SumOf<S>>

/**
 * The distinct fields of a source in the shipped registry.
 *
 * @since 0.1.0
 */
export const distinctOf = <S extends SourceName>(source: S): ReadonlyArray<DistinctOf<S>> =>
  Object.keys(sources[source].distinct) as Array<DistinctOf<S>>

/**
 * The indexed fields of a kind in a registry: those `Store.find` can ask for.
 *
 * @since 0.1.0
 */
export const indexedFields = (r: Registry, kind: Entity.Kind): ReadonlyArray<string> => [
  ...new Set((r.kinds[kind]?.indexes ?? []).flatMap((index) => (index[0] === undefined ? [] : [index[0]])))
]

/**
 * Where the records of a kind name persons (`undefined` when they never do).
 *
 * @since 0.1.0
 */
export const personRefs = (r: Registry, kind: Entity.Kind): PersonRefs | undefined =>
  (r.kinds[kind] as KindSpec<unknown> | undefined)?.persons

/**
 * The kinds whose records name persons, in the registry's order.
 *
 * @since 0.1.0
 */
export const personKinds = (r: Registry): ReadonlyArray<Entity.Kind> =>
  Entity.kinds.filter((kind) => personRefs(r, kind) !== undefined)

const mapValue = (value: unknown, f: (id: string) => string): unknown => {
  if (typeof value === "string") return f(value)
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((v) => {
      const m = typeof v === "string" ? f(v) : v
      if (m !== v) changed = true
      return m
    })
    return changed ? out : value
  }
  if (value !== null && typeof value === "object") {
    const subject = value as { readonly kind?: unknown; readonly id?: unknown }
    if (subject.kind === "person" && typeof subject.id === "string") {
      const m = f(subject.id)
      return m === subject.id ? value : { ...subject, id: m }
    }
  }
  return value
}

/**
 * Every pseudonym a record names, through its kind's {@link PersonRefs} (each once).
 *
 * @example
 * ```ts
 * import { Registry } from "@pctnxh/core"
 * Registry.personsIn(Registry.registry, "activity", activity) // its attendees
 * ```
 * @since 0.1.0
 */
export const personsIn = (r: Registry, kind: Entity.Kind, record: unknown): ReadonlyArray<string> => {
  const refs = personRefs(r, kind)
  if (refs === undefined) return []
  const out = new Set<string>()
  const fields = record as Readonly<Record<string, unknown>>
  for (const field of refs.fields) {
    mapValue(fields[field], (id) => {
      out.add(id)
      return id
    })
  }
  return [...out]
}

/**
 * The record with every pseudonym it names passed through `f`, or `undefined` when none changes.
 * The result is a record of the same kind (decoded class instance).
 *
 * @since 0.1.0
 */
export const replacePersons = <K extends Entity.Kind>(
  r: Registry,
  kind: K,
  record: Entity.Of<K>,
  f: (id: string) => string
): Entity.Of<K> | undefined => {
  const refs = personRefs(r, kind)
  if (refs === undefined) return undefined
  const fields = record as unknown as Readonly<Record<string, unknown>>
  const changes: Record<string, unknown> = {}
  for (const field of refs.fields) {
    const before = fields[field]
    const after = mapValue(before, f)
    if (after !== before) changes[field] = after
  }
  if (Object.keys(changes).length === 0) return undefined
  const Class = Entity.schemas[kind] as unknown as new (props: unknown) => Entity.Of<K>
  return new Class({ ...fields, ...changes })
}

/**
 * Reads a field of a kind from a record (`null` when empty or when the kind has no such field).
 *
 * @since 0.1.0
 */
export const read = (r: Registry, kind: Entity.Kind, field: string, record: unknown): Value => {
  const spec = (r.kinds[kind] as KindSpec<unknown> | undefined)?.fields[field]
  return spec === undefined ? null : (spec.read(record) ?? null)
}

/**
 * The field an attribute of a source is read from, with the lookup it goes through if any.
 *
 * @since 0.1.0
 */
export const attributeField = (spec: SourceSpec, attribute: string): { readonly field: string; readonly lookup?: Lookup } | undefined => {
  const ref = Object.hasOwn(spec.attributes, attribute) ? spec.attributes[attribute] : undefined
  return ref === undefined ? undefined : typeof ref === "string" ? { field: ref } : { field: ref.via, lookup: ref }
}

/**
 * The label of an attribute in a registry, or the name itself when it has none (a
 * disaggregation key that is no attribute).
 *
 * @since 0.1.0
 */
export const attributeLabel = (r: Registry, name: string): Label =>
  Object.hasOwn(r.attributes, name) ? r.attributes[name]!.label : { vi: name, en: name }

/**
 * A record ready to store: its id, its encoded JSON, and the record.
 *
 * @since 0.1.0
 */
export interface Encoded {
  readonly id: string
  readonly data: string
  readonly record: unknown
}

const SUSPECT = /\\u0000|\\ud[89a-f]/i

const invalid = (operation: string, record: number, field: string | undefined, reason: Label, cause?: unknown) =>
  new StoreError({
    operation,
    problem: "invalid",
    record,
    ...(field === undefined || field === "" ? {} : { field }),
    reason,
    ...(cause === undefined ? {} : { cause })
  })

/**
 * Encodes a batch for a store, refusing what no store keeps alike, so that every store —
 * memory or SQL, on any database — accepts and refuses the same records: a record that does
 * not encode, text with a NUL character or half a surrogate pair (anywhere in the record), and
 * an id or a field longer than its type allows ({@link maxLength}). The error names the record's
 * position in the batch and the field, never the value.
 *
 * @since 0.1.0
 */
export const encodeBatch = <K extends Entity.Kind>(
  r: Registry,
  kind: K,
  records: ReadonlyArray<Entity.Of<K>>,
  operation: string
): Either.Either<ReadonlyArray<Encoded>, StoreError> => {
  const encode = Entity.encode(kind)
  const fields = Object.entries((r.kinds[kind] as KindSpec<unknown> | undefined)?.fields ?? {}).filter(
    ([, f]) => maxLength[f.type] !== undefined
  )
  const out: Array<Encoded> = []
  for (const [i, record] of records.entries()) {
    let encoded: unknown
    let data: string
    try {
      encoded = encode(record)
      data = JSON.stringify(encoded)
    } catch (cause) {
      const [issue] = ParseResult.isParseError(cause) ? problems(cause.issue) : []
      return Either.left(
        issue === undefined
          ? invalid(operation, i, undefined, { vi: "bản ghi không đúng cấu trúc", en: "a record does not match its schema" }, cause)
          : invalid(operation, i, issue.field, issue.problem, cause)
      )
    }
    if (SUSPECT.test(data)) {
      const [issue] = Entity.textIssues(encoded)
      if (issue !== undefined) return Either.left(invalid(operation, i, issue.field, issue.problem))
    }
    const id = (record as { readonly id: string }).id
    if (id.length > maxLength.id! && [...id].length > maxLength.id!) {
      return Either.left(invalid(operation, i, "id", { vi: `dài quá ${maxLength.id} ký tự`, en: `is longer than ${maxLength.id} characters` }))
    }
    for (const [name, field] of fields) {
      const value = field.read(record)
      const max = maxLength[field.type]!
      if (typeof value === "string" && value.length > max && [...value].length > max) {
        return Either.left(
          invalid(operation, i, name, { vi: `dài quá ${max} ký tự`, en: `is longer than ${max} characters` })
        )
      }
    }
    out.push({ id: (record as { readonly id: string }).id, data, record })
  }
  return Either.right(out)
}
