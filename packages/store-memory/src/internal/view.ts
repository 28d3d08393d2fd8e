import type { Entity } from "@pctnxh/core"
import { Registry } from "@pctnxh/core"

/** What a view may look up in other tables: a field of the record of a kind with an id. */
export interface Lookups {
  readonly lookup: (kind: Entity.Kind, id: string, field: string) => string | null
}

/** What the evaluator reads from one record of a source. */
export interface RecordView {
  /** The record's date (dated sources). */
  readonly date?: string | undefined
  /** The record's period id (aggregate values, budget years). */
  readonly period?: string | undefined
  readonly unitId: string
  readonly attribute: (name: string, lookups: Lookups) => string | null
  readonly sum: (field: string) => number | undefined
  readonly distinct: (field: string) => string | undefined
  /** The persons the record lists (an activity's attendees), where its source lists some. */
  readonly listedPersons?: ReadonlyArray<string> | undefined
  readonly disaggregation?: Readonly<Record<string, string>> | undefined
}

const text = (value: Registry.Value): string | null => (value === null ? null : String(value))

/**
 * The viewer of a source of a registry, and the kind it reads: every value comes from the
 * registry's fields, as the SQL store's columns do.
 */
export const viewer = (
  registry: Registry.Registry,
  source: string
): { readonly kind: Entity.Kind; readonly view: (record: unknown) => RecordView } => {
  const spec = registry.sources[source]!
  const kind = spec.kind
  const read = (field: string, record: unknown) => Registry.read(registry, kind, field, record)
  const time = spec.time
  return {
    kind,
    view: (record) => ({
      date: time._tag === "date" ? (text(read(time.field, record)) ?? undefined) : undefined,
      period: time._tag === "period" || time._tag === "year" ? (text(read(time.field, record)) ?? undefined) : undefined,
      unitId: String(read(spec.unit, record)),
      attribute: (name, { lookup }) => {
        const ref = Registry.attributeField(spec, name)
        if (ref === undefined) return null
        const value = text(read(ref.field, record))
        if (ref.lookup === undefined || value === null) return value
        return lookup(ref.lookup.kind, value, ref.lookup.field)
      },
      sum: (field) => {
        const name = Object.hasOwn(spec.sums, field) ? spec.sums[field] : undefined
        const value = name === undefined ? null : read(name, record)
        return typeof value === "number" ? value : undefined
      },
      distinct: (field) => {
        const name = Object.hasOwn(spec.distinct, field) ? spec.distinct[field] : undefined
        return (name === undefined ? null : text(read(name, record))) ?? undefined
      },
      disaggregation: spec.disaggregation?.(record as never),
      listedPersons: spec.listedPersons?.(record as never)
    })
  }
}
