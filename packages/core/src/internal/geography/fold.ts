/**
 * Folding of Vietnamese names for search: case, diacritics (tones and the marks of ă â ê ô ơ
 * ư), đ → d, apostrophes, punctuation and spacing. NFC and NFD input fold alike.
 *
 * @internal
 */

const MARKS = /[\u0300-\u036f]/g
const NOT_WORD = /[^a-z0-9]+/g

/**
 * Folds a text to lower-case ASCII words separated by single spaces.
 *
 * @example
 * fold("ĐỒ SƠN") // "do son"
 * fold("Quận  Đồ Sơn") // "quan do son"
 * @internal
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
