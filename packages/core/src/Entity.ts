/**
 * The registry of stored entities, and decoding of untrusted input.
 *
 * Every kind of record a store keeps is named here with its schema. Decoding turns unknown
 * input (a parsed CSV row, a JSON body) into a typed record or a typed error that names the
 * record's index, the field and the problem in plain words — never the value itself.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { Activity } from "./Activity.js"
import { AggregateValue } from "./AggregateValue.js"
import { AuditEntry } from "./AuditEntry.js"
import { Consent } from "./Consent.js"
import { type FieldIssue, InvalidBatch, InvalidRecord } from "./CoreError.js"
import * as checked from "./internal/checked.js"
import { Establishment } from "./Establishment.js"
import { Budget, CostNorm, Expenditure } from "./Finance.js"
import { Group } from "./Group.js"
import { DisclosureRelease } from "./DisclosureRelease.js"
import { Incident } from "./Incident.js"
import { InspectionRound, InspectionVisit } from "./Inspection.js"
import { problems } from "./internal/issues.js"
import { Model } from "./Model.js"
import { Organisation } from "./Organisation.js"
import { Person } from "./Person.js"
import { PrivacySpend } from "./PrivacySpend.js"
import { Programme } from "./Programme.js"
import { ServiceEvent } from "./ServiceEvent.js"
import { PopulationEstimate, Target } from "./Target.js"
import { VaultEntry } from "./VaultEntry.js"

/**
 * Every stored entity kind and its schema.
 *
 * @since 0.1.0
 */
export const schemas = {
  organisation: Organisation,
  programme: Programme,
  model: Model,
  group: Group,
  person: Person,
  serviceEvent: ServiceEvent,
  activity: Activity,
  establishment: Establishment,
  inspectionRound: InspectionRound,
  inspectionVisit: InspectionVisit,
  aggregateValue: AggregateValue,
  budget: Budget,
  expenditure: Expenditure,
  costNorm: CostNorm,
  target: Target,
  populationEstimate: PopulationEstimate,
  consent: Consent,
  vaultEntry: VaultEntry,
  auditEntry: AuditEntry,
  incident: Incident,
  disclosureRelease: DisclosureRelease,
  privacySpend: PrivacySpend
} as const

/**
 * The name of a stored entity kind.
 *
 * @since 0.1.0
 */
export type Kind = keyof typeof schemas

/**
 * Every kind, in the order a full import or export handles them (referenced before referencing).
 *
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<Kind> = Object.keys(schemas) as Array<Kind>

/**
 * The record type of a kind.
 *
 * @since 0.1.0
 */
export type Of<K extends Kind> = (typeof schemas)[K]["Type"]

/**
 * The encoded (plain JSON) form of a kind.
 *
 * @since 0.1.0
 */
export type Encoded<K extends Kind> = (typeof schemas)[K]["Encoded"]

/**
 * Any stored record.
 *
 * @since 0.1.0
 */
export type Any = { [K in Kind]: Of<K> }[Kind]

/**
 * Whether a string names an entity kind.
 *
 * @since 0.1.0
 */
export const isKind = (u: unknown): u is Kind => typeof u === "string" && Object.hasOwn(schemas, u)

const options = { errors: "all", onExcessProperty: "error" } as const

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const NUL = {
  vi: "chứa ký tự NUL (U+0000), ký tự mà các cơ sở dữ liệu không lưu giống nhau; hãy xóa ký tự này",
  en: "contains a NUL character (U+0000), which databases do not store alike; remove it"
}
const BROKEN = {
  vi: "chứa ký tự Unicode không hợp lệ (một nửa cặp ký tự thay thế)",
  en: "contains invalid Unicode (half of a surrogate pair)"
}

/** A NUL or any half of a surrogate pair: most text has neither, and one pass over it says so. */
const SUSPECT_CHAR = /[\u0000\uD800-\uDFFF]/

/** Whether any key or text of a value has a {@link SUSPECT_CHAR}: one pass, no paths built. */
const suspect = (value: unknown): boolean => {
  if (typeof value === "string") return SUSPECT_CHAR.test(value)
  if (typeof value !== "object" || value === null) return false
  if (Array.isArray(value)) return value.some(suspect)
  // own enumerable keys, as `Object.keys` gives them, without making the array for each record
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue
    if (SUSPECT_CHAR.test(key) || suspect((value as Record<string, unknown>)[key])) return true
  }
  return false
}

const textProblem = (text: string) =>
  !SUSPECT_CHAR.test(text) ? undefined : text.includes("\u0000") ? NUL : LONE_SURROGATE.test(text) ? BROKEN : undefined

/**
 * The text in a value (a record, plain or encoded) that no store keeps the same way: a NUL
 * character (PostgreSQL refuses it, SQLite and MariaDB keep it) or half of a surrogate pair
 * (turned into "�" by every driver). Each problem names the field's path and never the text.
 * `decode` refuses such records, and every store refuses to put them.
 *
 * @since 0.1.0
 */
export const textIssues = (value: unknown, path = ""): Array<FieldIssue> => {
  if (!suspect(value)) return []
  const out: Array<FieldIssue> = []
  const walk = (v: unknown, at: string) => {
    if (typeof v === "string") {
      const problem = textProblem(v)
      if (problem !== undefined) out.push({ field: at, problem })
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${at}[${i}]`))
    } else if (typeof v === "object" && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        const child = at === "" ? key : `${at}.${key}`
        const problem = textProblem(key)
        if (problem !== undefined) out.push({ field: at === "" ? "" : at, problem })
        walk(item, child)
      }
    }
  }
  walk(value, path)
  return out
}

/**
 * Decodes one untrusted record of a kind. Unknown fields are refused, all problems are
 * reported at once.
 *
 * @example
 * ```ts
 * import { Entity } from "@pctnxh/core"
 * const result = Entity.decode("person")({ id: "p1", keyId: "k1", population: "sex_worker", sex: "F" })
 * // Left(InvalidRecord): field "sex": must be one of: female, male, other, unknown;
 * //                      field "residence": is required
 * ```
 * @since 0.1.0
 */
export const decode = <K extends Kind>(kind: K): ((input: unknown, index?: number) => Either.Either<Of<K>, InvalidRecord>) => {
  // the parsers are made once per kind, not once per record or per call
  const known = decoders.get(kind)
  if (known !== undefined) return known as (input: unknown, index?: number) => Either.Either<Of<K>, InvalidRecord>
  const made = makeDecoder(kind)
  decoders.set(kind, made as (input: unknown, index?: number) => Either.Either<unknown, InvalidRecord>)
  return made
}
const decoders = new Map<Kind, (input: unknown, index?: number) => Either.Either<unknown, InvalidRecord>>()
const makeDecoder = <K extends Kind>(kind: K): ((input: unknown, index?: number) => Either.Either<Of<K>, InvalidRecord>) => {
  const schema = schemas[kind] as unknown as Schema.Schema<Of<K>, unknown>
  const parse = ParseResult.decodeUnknownEither(schema, options)
  const fast = checked.decoder(schema, options)
  return (input, index) => {
    const text = textIssues(input)
    if (text.length === 0 && fast !== undefined) {
      const record = fast(input)
      if (record !== undefined) return Either.right(record as Of<K>)
    }
    const result = parse(input)
    const invalid = (issues: ReadonlyArray<FieldIssue>) =>
      new InvalidRecord({ entity: kind, ...(index === undefined ? {} : { index }), issues })
    if (text.length > 0) {
      const fields = new Set(text.map((i) => i.field))
      const others = Either.isLeft(result) ? problems(result.left).filter((p) => !fields.has(p.field)) : []
      return Either.left(invalid([...text, ...others]))
    }
    return Either.mapLeft(result, (error) => invalid(problems(error)))
  }
}

/**
 * Decodes a batch of untrusted records: all of them, or an {@link InvalidBatch} listing every
 * invalid record by index.
 *
 * @since 0.1.0
 */
export const decodeAll =
  <K extends Kind>(kind: K) =>
  (inputs: Iterable<unknown>): Either.Either<Array<Of<K>>, InvalidBatch> => {
    const one = decode(kind)
    const ok: Array<Of<K>> = []
    const bad: Array<InvalidRecord> = []
    let index = 0
    for (const input of inputs) {
      const result = one(input, index++)
      if (Either.isRight(result)) ok.push(result.right)
      else bad.push(result.left)
    }
    return bad.length === 0 ? Either.right(ok) : Either.left(new InvalidBatch({ entity: kind, size: index, records: bad }))
  }

/**
 * Encodes a record to its plain JSON form (for files and databases).
 *
 * @since 0.1.0
 */
export const encode = <K extends Kind>(kind: K): ((record: Of<K>) => Encoded<K>) => {
  // the encoders are made once per kind, not once per record or per call
  const known = encoders.get(kind)
  if (known !== undefined) return known as (record: Of<K>) => Encoded<K>
  const made = makeEncoder(kind)
  encoders.set(kind, made as (record: never) => unknown)
  return made
}
const encoders = new Map<Kind, (record: never) => unknown>()
const makeEncoder = <K extends Kind>(kind: K): ((record: Of<K>) => Encoded<K>) => {
  const schema = schemas[kind] as unknown as Schema.Schema<Of<K>, Encoded<K>>
  const encodeSync = Schema.encodeSync(schema)
  const fast = checked.encoder(schema)
  return fast === undefined ? (record) => encodeSync(record) : (record) => (fast(record) as Encoded<K> | undefined) ?? encodeSync(record)
}
