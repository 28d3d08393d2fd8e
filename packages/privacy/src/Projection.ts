/**
 * Classification of stored fields and projection of records to allow-lists.
 *
 * The privacy class of every field comes from the annotations on `@pctnxh/core`'s schemas
 * (`Classification`). A field without a class — a field added without one, or a field a record
 * carries that its schema does not know — is treated as `sensitive`: nothing is shown because
 * someone forgot to classify it (fail closed).
 *
 * A projection keeps only the fields of an allow-list and drops everything else, including
 * fields the schema does not know.
 *
 * @example
 * ```ts
 * import { Projection } from "@pctnxh/privacy"
 * Projection.classOf("serviceEvent", "service") // "sensitive"
 * Projection.allowList("serviceEvent", ["plain", "quasi"]) // ["id", "modelId", "siteId", "date", "channel", …]
 * ```
 * @since 0.1.0
 */
import type { Classification as C } from "@pctnxh/core"
import { Classification, Entity, Registry } from "@pctnxh/core"

/**
 * The privacy class of every field of a kind; an unclassified field is `sensitive`.
 *
 * @since 0.1.0
 */
export const classes = (kind: Entity.Kind): Readonly<Record<string, C.PrivacyClass>> => {
  const known = cache.get(kind)
  if (known !== undefined) return known
  const schema = Entity.schemas[kind]
  const found = Classification.fieldsOf(schema)
  const out: Record<string, C.PrivacyClass> = {}
  for (const field of Object.keys(schema.fields)) out[field] = found[field] ?? "sensitive"
  cache.set(kind, out)
  return out
}

const cache = new Map<Entity.Kind, Readonly<Record<string, C.PrivacyClass>>>()

/**
 * The privacy class of one field of a kind; `sensitive` for a field that has no class or that
 * the kind does not have.
 *
 * @since 0.1.0
 */
export const classOf = (kind: Entity.Kind, field: string): C.PrivacyClass => {
  const all = classes(kind)
  return Object.hasOwn(all, field) ? all[field]! : "sensitive"
}

/**
 * The fields of a kind whose class is one of `allowed`, in schema order (unclassified fields
 * count as sensitive).
 *
 * @since 0.1.0
 */
export const allowList = (kind: Entity.Kind, allowed: ReadonlyArray<C.PrivacyClass>): ReadonlyArray<string> => {
  const set = new Set(allowed)
  return Object.entries(classes(kind))
    .filter(([, privacy]) => set.has(privacy))
    .map(([field]) => field)
}

/**
 * The encoded (plain JSON) form of a record restricted to some fields.
 *
 * @since 0.1.0
 */
export type Projected<K extends Entity.Kind> = Partial<Entity.Encoded<K>>

/**
 * Projects a record — a typed record, or its plain JSON form — to the fields of an allow-list.
 * Typed records are encoded first, so nested values come out as plain JSON. Every field not in
 * the list is dropped, whether the schema knows it or not.
 *
 * @since 0.1.0
 */
export const pick = <K extends Entity.Kind>(
  record: Entity.Of<K> | Entity.Encoded<K> | Readonly<Record<string, unknown>>,
  kind: K,
  fields: ReadonlyArray<string>
): Projected<K> => {
  const schema = Entity.schemas[kind] as unknown as abstract new (...args: ReadonlyArray<never>) => unknown
  const plain: Record<string, unknown> =
    record instanceof schema ? (Entity.encode(kind)(record as Entity.Of<K>) as Record<string, unknown>) : (record as Record<string, unknown>)
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (Object.hasOwn(plain, field) && plain[field] !== undefined) out[field] = plain[field]
  }
  return out as Projected<K>
}

/**
 * The kinds whose records are about one person: a person, their consents and contacts, the
 * activities they attended and groups they belong to, their vault entry, audit entries about
 * them.
 *
 * @since 0.1.0
 */
export const personLevelKinds: ReadonlyArray<Entity.Kind> = Registry.personKinds(Registry.registry)

/**
 * The fields of a kind that hold person pseudonyms (from the registry's `persons` of each kind).
 *
 * @since 0.1.0
 */
export const personFields: { readonly [K in Entity.Kind]?: ReadonlyArray<string> } = Object.fromEntries(
  personLevelKinds.map((kind) => [kind, Registry.personRefs(Registry.registry, kind)?.fields ?? []])
)
