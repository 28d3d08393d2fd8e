/**
 * Folding of Vietnamese text for matching headers and labels (see `Label.fold` of
 * `@pctnxh/core`).
 *
 * @internal
 */
import { Label } from "@pctnxh/core"

/** Folds a text to lower-case ASCII words separated by single spaces. */
export const fold = Label.fold

/** Strips diacritics and folds đ and case, but keeps punctuation (for numbers with words). */
export const foldKeepingPunctuation = (text: string): string =>
  text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
