/**
 * Folding of Vietnamese text for matching headers and labels: case, diacritics (tones and the
 * marks of ă â ê ô ơ ư), đ → d, apostrophes, punctuation and spacing. NFC and NFD input fold
 * alike.
 *
 * @internal
 */

const MARKS = /[\u0300-\u036f]/g
const NOT_WORD = /[^a-z0-9]+/g

/**
 * Folds a text to lower-case ASCII words separated by single spaces.
 *
 * @example
 * fold("Giới tính") // "gioi tinh"
 * fold("  MÃ   ĐƠN VỊ ") // "ma don vi"
 */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, "")
    .replace(NOT_WORD, " ")
    .trim()

/** Strips diacritics and folds đ and case, but keeps punctuation (for numbers with words). */
export const foldKeepingPunctuation = (text: string): string =>
  text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").toLowerCase()
