/**
 * Bilingual labels and labelled vocabularies.
 *
 * Every enumeration in the domain carries a Vietnamese and an English label, so that a table
 * printed for an officer and a table sent to a donor come from the same code.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * A text in Vietnamese and English.
 *
 * @since 0.1.0
 */
export interface Label {
  readonly vi: string
  readonly en: string
}

/**
 * A language the library speaks.
 *
 * @since 0.1.0
 */
export type Lang = keyof Label

/**
 * Picks the text for a language.
 *
 * @example
 * ```ts
 * import { Label } from "@pctnxh/core"
 * Label.text({ vi: "lượt", en: "contacts" }, "vi") // "lượt"
 * ```
 * @since 0.1.0
 */
export const text = (label: Label, lang: Lang): string => label[lang]

/**
 * The annotation key under which a vocabulary's labels are stored on its schema.
 *
 * @since 0.1.0
 */
export const LabelsAnnotationId: unique symbol = Symbol.for("@pctnxh/core/Label/Labels")

/**
 * A closed vocabulary: a literal schema whose every member carries a bilingual label.
 *
 * @since 0.1.0
 */
export interface Vocabulary<K extends string> extends Schema.Literal<[K, ...Array<K>]> {
  /** The members, in declaration order. */
  readonly members: ReadonlyArray<K>
  /** The label of every member. */
  readonly labels: { readonly [k in K]: Label }
  /** The label of one member. */
  readonly label: (member: K) => Label
  /** Whether a string is a member. */
  readonly is: (u: unknown) => u is K
}

/**
 * Builds a {@link Vocabulary} from a record of members to their labels.
 *
 * @example
 * ```ts
 * import { Label } from "@pctnxh/core"
 * const Sex = Label.vocabulary("Sex", {
 *   female: { vi: "Nữ", en: "Female" },
 *   male: { vi: "Nam", en: "Male" }
 * })
 * Sex.label("female").vi // "Nữ"
 * ```
 * @since 0.1.0
 */
export const vocabulary = <const L extends Record<string, Label>>(
  identifier: string,
  labels: L
): Vocabulary<Extract<keyof L, string>> => {
  type K = Extract<keyof L, string>
  const members = Object.keys(labels) as Array<K>
  if (members.length === 0) throw new Error(`vocabulary ${identifier} has no members`)
  const schema = Schema.Literal(...(members as [K, ...Array<K>])).annotations({
    identifier,
    [LabelsAnnotationId]: labels
  })
  const set = new Set<string>(members)
  return Object.assign(schema, {
    members,
    labels: labels as unknown as { readonly [k in K]: Label },
    label: (member: K): Label => labels[member] as Label,
    is: (u: unknown): u is K => typeof u === "string" && set.has(u)
  }) as unknown as Vocabulary<K>
}

/**
 * Folds Vietnamese text for matching: case, diacritics (tones and the marks of ă â ê ô ơ ư),
 * đ → d, apostrophes, punctuation and spacing; NFC and NFD input fold alike. Used to match
 * names ("Do Son" finds "Đồ Sơn") and spreadsheet headers ("NGÀY" is "Ngày").
 *
 * @example
 * ```ts
 * import { Label } from "@pctnxh/core"
 * Label.fold("  MÃ   ĐƠN VỊ ") // "ma don vi"
 * ```
 * @since 0.1.0
 */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
