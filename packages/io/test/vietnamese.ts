/**
 * Every letter of Vietnamese, and the text that breaks readers: every precomposed vowel with
 * every tone in both cases, đ and Đ, the same letters as combining sequences, emoji (with
 * zero-width joiners, skin tones and flags), and the characters CSV and XML treat specially.
 */

const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]

/** The 144 precomposed vowels (12 vowels × 6 tones × 2 cases) and đ, Đ. */
export const letters: ReadonlyArray<string> = (() => {
  const out: Array<string> = []
  for (const v of VOWELS) {
    for (const tone of TONES) {
      const lower = (v + tone).normalize("NFC")
      out.push(lower, lower.toUpperCase())
    }
  }
  out.push("đ", "Đ")
  return out
})()

/** The toned vowels written as a base letter and combining marks (as some keyboards and macOS file names do). */
export const combining: ReadonlyArray<string> = letters.filter((l) => l.normalize("NFD") !== l).map((l) => l.normalize("NFD"))

export const emoji: ReadonlyArray<string> = ["😀", "👩‍👩‍👧", "🇻🇳", "👍🏽", "🙏", "❤️", "𝔸", "中文", "₫", "–", "\u00a0"]

/** Characters a CSV writer must quote and an XML writer must escape. */
export const special: ReadonlyArray<string> = [",", ";", "\t", '"', "'", "&", "<", ">", "\n", "\r\n", "_x000D_", " "]

/** Every unit of text above, in one list. */
export const alphabet: ReadonlyArray<string> = [...letters, ...combining, ...emoji, ...special]

/**
 * A table in which every unit of {@link alphabet} appears in every column, each cell holding
 * `width` units: cell (r, c) holds the units from `r × width + c` on, wrapping round.
 */
export const table = (columns: number, width: number): Array<Array<string>> => {
  const n = alphabet.length
  const rows = Math.ceil(n / width) + 1
  const out: Array<Array<string>> = []
  for (let r = 0; r < rows; r++) {
    const row: Array<string> = []
    for (let c = 0; c < columns; c++) {
      let cell = ""
      for (let k = 0; k < width; k++) cell += alphabet[(r * width + c + k) % n]
      row.push(cell)
    }
    out.push(row)
  }
  return out
}

/** CSV text as Excel writes it ("CSV UTF-8"): a cell with a delimiter, a quote or a line break is quoted. */
export const csv = (rows: ReadonlyArray<ReadonlyArray<string>>, delimiter = ","): string =>
  rows
    .map((r) => r.map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(delimiter))
    .join("\r\n") + "\r\n"
