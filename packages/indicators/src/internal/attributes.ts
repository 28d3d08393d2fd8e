import { AggregateQuery, type Label, Registry } from "@pctnxh/core"
import type { EventSource } from "../Unit.js"

/** The attributes of an event source, from the registry. */
export const attributesOf = (source: EventSource): ReadonlyArray<string> => Registry.attributesOf(source)

/** The distinct fields of an event source, from the registry. */
export const distinctOf = (source: EventSource): ReadonlyArray<string> => Registry.distinctOf(source)

/** Whether a source is one an event measure counts. */
export const isEventSource = (source: string): source is EventSource =>
  source !== "aggregateValue" && Object.hasOwn(Registry.sources, source)

type Attributes = typeof Registry.attributes

/** The closed vocabulary of an attribute, when it has one. */
const values = (attribute: string): Registry.Values | undefined =>
  Object.hasOwn(Registry.attributes, attribute) ? (Registry.attributes as Registry.Registry["attributes"])[attribute]!.values : undefined

/** The values an attribute takes: its vocabulary's members, or any string (ids, codes). */
export type AttributeValue<A extends AggregateQuery.Attribute> = Attributes[A] extends { readonly values: { readonly members: ReadonlyArray<infer M extends string> } }
  ? M
  : string

/** The label of an attribute's value, when its vocabulary has one. */
export const valueLabel = (attribute: string, value: string): Label.Label | undefined => {
  const vocabulary = values(attribute)
  return vocabulary !== undefined && vocabulary.is(value) ? vocabulary.label(value as never) : undefined
}

/** Whether a value is allowed for an attribute (any string where the attribute has no vocabulary). */
export const isValue = (attribute: string, value: string): boolean => {
  const vocabulary = values(attribute)
  return vocabulary === undefined || vocabulary.is(value)
}

/** The members of an attribute's vocabulary, when it has one. */
export const membersOf = (attribute: string): ReadonlyArray<string> | undefined => values(attribute)?.members

/** The label of an attribute, or of a disaggregation key that is not an attribute. */
export const attributeLabel = (name: string): Label.Label => Registry.attributeLabel(Registry.registry, name)
