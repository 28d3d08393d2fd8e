/**
 * Unique identifier codes (UIC): the code a programme builds from things a person can tell
 * every time — letters of their parents' names, their sex, their birth year — so that their
 * contacts can be linked without anyone writing down their name.
 *
 * A UIC is never stored. It is normalised here and immediately turned into a keyed pseudonym by
 * `Pseudonym.make`; only the pseudonym is kept.
 *
 * ## The default scheme (`standard`)
 *
 * | position | what | example (mother "Nguyễn Thị Đào", father "Trần Văn Hùng", female, 1998) |
 * | --- | --- | --- |
 * | 1–2 | first two letters of the mother's given name (the last word of her name) | `DA` |
 * | 3–4 | first two letters of the father's given name | `HU` |
 * | 5 | sex: `F` female, `M` male, `O` other, `U` unknown | `F` |
 * | 6–9 | four-digit birth year | `1998` |
 *
 * giving `DAHUF1998`.
 *
 * ## Normalisation of names
 *
 * 1. Unicode compatibility decomposition (NFKD), so text typed in NFC, NFD or full-width forms is
 *    the same;
 * 2. `đ`/`Đ` (and `Ð`, often typed for it) become `D`;
 * 3. every combining mark is removed: Vietnamese tones and vowel marks fold away (`ễ` → `E`);
 * 4. upper case; every character that is not a letter A–Z becomes a space; runs of spaces
 *    collapse and the ends are trimmed;
 * 5. placeholders for an unknown name — empty text, `?`, `-`, `x`, `không rõ`, `không biết`,
 *    `không có`, `chưa rõ`, `ko rõ`, `unknown` — count as unknown.
 *
 * The given name is the last word (Vietnamese order: family, middle, given), so "Đào",
 * "Thị Đào" and "NGUYEN THI DAO" all give `DA`.
 *
 * ## Fallbacks
 *
 * - a name shorter than the letters asked for is padded with `9` (`Y` → `Y9`);
 * - an unknown name gives `9`s only (`99`), which no real name gives;
 * - a sex that is not recognised is `U`;
 * - a birth year that is not a four-digit year between 1900 and 2100 is `0000`;
 * - if every name in the scheme is unknown the UIC is refused (`IncompleteUic`): a sex and a
 *   year alone are shared by thousands and would merge them into one pseudonym.
 *
 * @since 0.1.0
 */
import { Label } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import { IncompleteUic } from "./PrivacyError.js"

/**
 * A name a scheme takes letters from.
 *
 * @since 0.1.0
 */
export const NamePart = Label.vocabulary("UicNamePart", {
  motherName: { vi: "Tên mẹ", en: "Mother's name" },
  fatherName: { vi: "Tên cha", en: "Father's name" },
  ownName: { vi: "Tên của chính người đó", en: "The person's own name" }
})
/** @since 0.1.0 */
export type NamePart = typeof NamePart.Type

/**
 * Which word of a name: the given name (last word), the family name (first word), or all words.
 *
 * @since 0.1.0
 */
export const Word = Label.vocabulary("UicWord", {
  given: { vi: "Tên (chữ cuối)", en: "Given name (last word)" },
  family: { vi: "Họ (chữ đầu)", en: "Family name (first word)" },
  whole: { vi: "Cả họ tên", en: "Whole name" }
})
/** @since 0.1.0 */
export type Word = typeof Word.Type

/**
 * One component of a scheme: letters of a name, the sex, or the birth year.
 *
 * @since 0.1.0
 */
export const Component = Schema.Union(
  Schema.TaggedStruct("letters", { part: NamePart, word: Word, count: Schema.Int.pipe(Schema.between(1, 4)) }),
  Schema.TaggedStruct("sex", {}),
  Schema.TaggedStruct("birthYear", {})
)
/** @since 0.1.0 */
export type Component = typeof Component.Type

/**
 * A UIC scheme: an id (part of every pseudonym's input, so two schemes never collide) and its
 * components in order. A deployment picks one scheme and keeps it.
 *
 * @since 0.1.0
 */
export class Scheme extends Schema.Class<Scheme>("UicScheme")({
  id: Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9._-]{1,64}$/)),
  components: Schema.NonEmptyArray(Component)
}) {}

/**
 * The default scheme: two letters of the mother's given name, two of the father's, sex, birth
 * year (`DAHUF1998`).
 *
 * @since 0.1.0
 */
export const standard: Scheme = new Scheme({
  id: "vn-parents-2-2-sex-year",
  components: [
    { _tag: "letters", part: "motherName", word: "given", count: 2 },
    { _tag: "letters", part: "fatherName", word: "given", count: 2 },
    { _tag: "sex" },
    { _tag: "birthYear" }
  ]
})

/**
 * What a person tells to build their UIC. Any part may be missing.
 *
 * @since 0.1.0
 */
export interface Parts {
  readonly motherName?: string | null | undefined
  readonly fatherName?: string | null | undefined
  readonly ownName?: string | null | undefined
  /** `female`/`male`/`other`, `F`/`M`/`O`, `Nữ`/`Nam`/`Khác`… */
  readonly sex?: string | null | undefined
  readonly birthYear?: number | string | null | undefined
}

/**
 * A UIC code. Identifying: never store, log or display it.
 *
 * @since 0.1.0
 */
export type Uic = string & { readonly Uic: unique symbol }

const placeholders = new Set([
  "X",
  "XX",
  "XXX",
  "KHONG RO",
  "KHONG BIET",
  "KHONG CO",
  "KHONG",
  "CHUA RO",
  "CHUA BIET",
  "KO RO",
  "KO BIET",
  "K RO",
  "UNKNOWN",
  "NONE"
])

/**
 * Folds text as names are folded: NFKD, `đ` → `d`, marks removed, upper case, non-letters to
 * single spaces, trimmed. Placeholders for "unknown" give the empty string.
 *
 * @example
 * ```ts
 * import { Uic } from "@pctnxh/privacy"
 * Uic.normaliseName("  nguyễn   thị  Đào ") // "NGUYEN THI DAO"
 * Uic.normaliseName("Không rõ") // ""
 * ```
 * @since 0.1.0
 */
export const normaliseName = (text: string | null | undefined): string => {
  if (typeof text !== "string") return ""
  const folded = fold(text)
    .replace(/[^A-Z]+/g, " ")
    .trim()
  return placeholders.has(folded) ? "" : folded
}

/** NFKD, every form of `đ` → `D`, marks removed, upper case: the one folding of UIC text. */
const fold = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[đĐÐð]/g, "D")
    .replace(/\p{M}/gu, "")
    .toUpperCase()

/**
 * A UIC written out whole (a `Mã UIC` column, a code on a paper form), normalised the way
 * {@link make} builds one: folded as names are ({@link normaliseName}), with its digits, and
 * without spaces, dashes or other separators — so a code typed in any of its usual forms and
 * the same code built from its parts give one pseudonym.
 *
 * @example
 * ```ts
 * import { Uic } from "@pctnxh/privacy"
 * Uic.normaliseCode(" đa-hu f 1998 ") // "DAHUF1998"
 * ```
 * @since 0.1.0
 */
export const normaliseCode = (text: string): Uic =>
  // most codes are typed in capitals and digits already: only the separators go
  (PLAIN.test(text) ? text : fold(text)).replace(/[^A-Z0-9]+/g, "") as Uic
const PLAIN = /^[A-Z0-9 _./-]*$/

/**
 * The sex code of a UIC: `F`, `M`, `O`, or `U` when not recognised.
 *
 * @since 0.1.0
 */
export const normaliseSex = (text: string | null | undefined): "F" | "M" | "O" | "U" => {
  const folded = normaliseName(text).replace(/ /g, "")
  switch (folded) {
    case "F":
    case "FEMALE":
    case "NU":
    case "GIOINU":
    case "W":
    case "WOMAN":
      return "F"
    case "M":
    case "MALE":
    case "NAM":
    case "GIOINAM":
    case "MAN":
      return "M"
    case "O":
    case "OTHER":
    case "KHAC":
      return "O"
    default:
      return "U"
  }
}

/**
 * The birth-year code of a UIC: four digits, or `0000` when not a year between 1900 and 2100.
 *
 * @since 0.1.0
 */
export const normaliseYear = (year: number | string | null | undefined): string => {
  const text = typeof year === "number" ? String(year) : typeof year === "string" ? year.normalize("NFKC").trim() : ""
  if (!/^\d{4}$/.test(text)) return "0000"
  const n = Number(text)
  return n >= 1900 && n <= 2100 ? text : "0000"
}

const pickWord = (name: string, word: Word): string => {
  if (name === "") return ""
  const words = name.split(" ")
  switch (word) {
    case "given":
      return words[words.length - 1]!
    case "family":
      return words[0]!
    case "whole":
      return words.join("")
  }
}

/**
 * The letters code of one name: the first `count` letters of the chosen word, padded with `9`;
 * all `9`s when unknown.
 *
 * @since 0.1.0
 */
export const letters = (name: string | null | undefined, word: Word, count: number): string =>
  pickWord(normaliseName(name), word).slice(0, count).padEnd(count, "9")

/**
 * Builds the UIC of a person under a scheme, or fails with `IncompleteUic` when every name the
 * scheme uses is unknown.
 *
 * @example
 * ```ts
 * import { Uic } from "@pctnxh/privacy"
 * Uic.make({ motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "female", birthYear: 1998 })
 * // Right("DAHUF1998")
 * ```
 * @since 0.1.0
 */
export const make = (parts: Parts, scheme: Scheme = standard): Either.Either<Uic, IncompleteUic> => {
  let code = ""
  const missing: Array<string> = []
  let names = 0
  for (const component of scheme.components) {
    switch (component._tag) {
      case "letters": {
        names++
        const part = letters(parts[component.part], component.word, component.count)
        if (/^9+$/.test(part)) missing.push(component.part)
        code += part
        break
      }
      case "sex":
        code += normaliseSex(parts.sex)
        break
      case "birthYear":
        code += normaliseYear(parts.birthYear)
        break
    }
  }
  if (names > 0 && missing.length === names) return Either.left(new IncompleteUic({ missing }))
  return Either.right(code as Uic)
}

/**
 * How many distinct UICs a scheme can produce: the number of guesses that enumerate them all.
 * The standard scheme has 703² × 4 × 202 ≈ 4 × 10⁸ — minutes of work for a laptop, which is
 * why a UIC is only ever hashed under a secret key.
 *
 * @since 0.1.0
 */
export const size = (scheme: Scheme = standard): number =>
  scheme.components.reduce((n, component) => {
    switch (component._tag) {
      case "letters": {
        // k letters followed by (count - k) nines, for k = 0..count
        let codes = 0
        for (let k = 0; k <= component.count; k++) codes += 26 ** k
        return n * codes
      }
      case "sex":
        return n * 4
      case "birthYear":
        return n * 202
    }
  }, 1)
