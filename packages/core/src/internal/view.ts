import type * as Entity from "../Entity.js"
import * as Registry from "../Registry.js"

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

/** What a view reads of its source, prepared once per query. */
interface Reader {
  readonly spec: Registry.SourceSpec
  readonly read: (field: string, record: unknown) => Registry.Value
  readonly attributeField: (name: string) => ReturnType<typeof Registry.attributeField>
  /** The readers of the fields every view reads: its date or period, and its unit. */
  readonly date: ((record: unknown) => Registry.Value) | undefined
  readonly period: ((record: unknown) => Registry.Value) | undefined
  readonly unit: (record: unknown) => Registry.Value
}

/** One record seen through its source: methods on the prototype, no closure per record. */
class View implements RecordView {
  readonly date: string | undefined
  readonly period: string | undefined
  readonly unitId: string
  constructor(
    private readonly reader: Reader,
    private readonly record: unknown
  ) {
    this.date = reader.date === undefined ? undefined : (text(reader.date(record)) ?? undefined)
    this.period = reader.period === undefined ? undefined : (text(reader.period(record)) ?? undefined)
    this.unitId = String(reader.unit(record))
  }
  attribute(name: string, { lookup }: Lookups): string | null {
    const ref = this.reader.attributeField(name)
    if (ref === undefined) return null
    const value = text(this.reader.read(ref.field, this.record))
    if (ref.lookup === undefined || value === null) return value
    return lookup(ref.lookup.kind, value, ref.lookup.field)
  }
  sum(field: string): number | undefined {
    const sums = this.reader.spec.sums
    const name = Object.hasOwn(sums, field) ? sums[field] : undefined
    const value = name === undefined ? null : this.reader.read(name, this.record)
    return typeof value === "number" ? value : undefined
  }
  distinct(field: string): string | undefined {
    const fields = this.reader.spec.distinct
    const name = Object.hasOwn(fields, field) ? fields[field] : undefined
    return (name === undefined ? null : text(this.reader.read(name, this.record))) ?? undefined
  }
  get disaggregation(): Readonly<Record<string, string>> | undefined {
    return this.reader.spec.disaggregation?.(this.record as never)
  }
  get listedPersons(): ReadonlyArray<string> | undefined {
    return this.reader.spec.listedPersons?.(this.record as never)
  }
}

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
  const fields = (registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {}
  // each field's reader looked up once, not per record
  const readers = new Map<string, (record: unknown) => Registry.Value>()
  const readerOf = (field: string): ((record: unknown) => Registry.Value) => {
    let f = readers.get(field)
    if (f === undefined) {
      const spec = Object.hasOwn(fields, field) ? fields[field] : undefined
      readers.set(field, (f = spec === undefined ? () => null : (r) => spec.read(r) ?? null))
    }
    return f
  }
  const read = (field: string, record: unknown): Registry.Value => readerOf(field)(record)
  const refs = new Map<string, ReturnType<typeof Registry.attributeField>>()
  const attributeField = (name: string) => {
    if (!refs.has(name)) refs.set(name, Registry.attributeField(spec, name))
    return refs.get(name)
  }
  const time = spec.time
  const reader: Reader = {
    spec,
    read,
    attributeField,
    date: time._tag === "date" ? readerOf(time.field) : undefined,
    period: time._tag === "period" || time._tag === "year" ? readerOf(time.field) : undefined,
    unit: readerOf(spec.unit)
  }
  return { kind, view: (record) => new View(reader, record) }
}
