/** Reading period ids, with a precise bilingual reason when one cannot be read. */
import { invalidDateReason } from "../../Calendar.js"
import type { Label } from "../../Label.js"
import type { Period, Phase, UnitPeriod } from "../../Period.js"
import { indexOf, inRange, mkDay, mkHalf, mkMonth, mkQuarter, mkRange, mkYear, p2, PHASE_CODE } from "./make.js"
import { R } from "./reasons.js"

export const isReason = (u: Period | Label): u is Label => !("kind" in u)

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const digitsEnd = (s: string, from: number): number => {
  let i = from
  while (i < s.length && isDigit(s.charCodeAt(i))) i++
  return i
}

const parseUnit = (s: string): UnitPeriod | Label => {
  const yEnd = digitsEnd(s, 0)
  if (yEnd === 0) return R.notPeriod
  if (yEnd < 4) return R.yearDigits(s.slice(0, yEnd))
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return R.isoDate(s.replaceAll("-", ""))
  if (/^\d{4}-\d{2}$/.test(s)) return R.isoMonth(s.replace("-", "M"))
  const y = Number(s.slice(0, 4))
  if (y === 0) return R.yearRange("0000")
  if (s.length === 4) return mkYear(y)
  const c = s.charCodeAt(4)
  let period: UnitPeriod
  let end: number
  if (isDigit(c)) {
    end = digitsEnd(s, 4)
    const run = end - 4
    if (run === 2) {
      const m = s.slice(4, 6)
      if (!inRange(Number(m), 1, 12)) return R.month(m)
      period = mkMonth(y, Number(m))
    } else if (run === 4) {
      const m = Number(s.slice(4, 6))
      const d = Number(s.slice(6, 8))
      const reason = invalidDateReason(y, m, d)
      if (reason !== undefined) return reason
      period = mkDay(y, m, d)
    } else {
      return R.digitsAfterYear(run)
    }
  } else {
    const letter = s[4] ?? ""
    if (letter === "Q" || letter === "S" || letter === "M") {
      end = digitsEnd(s, 5)
      const digits = s.slice(5, end)
      if (digits === "") return R.missingNumber(letter)
      const n = Number(digits)
      const fixed = (num: string): string => `${s.slice(0, 5)}${num}${s.slice(end)}`
      if (letter === "Q") {
        if (!inRange(n, 1, 4)) return R.quarter(digits)
        if (digits.length !== 1) return R.oneDigit(fixed(String(n)))
        period = mkQuarter(y, n)
      } else if (letter === "S") {
        if (!inRange(n, 1, 2)) return R.half(digits)
        if (digits.length !== 1) return R.oneDigit(fixed(String(n)))
        period = mkHalf(y, n)
      } else {
        if (!inRange(n, 1, 12)) return R.month(digits)
        if (digits.length !== 2) return R.monthDigits(fixed(p2(n)))
        period = mkMonth(y, n)
      }
    } else if (letter === "q" || letter === "s" || letter === "m") {
      return R.lowercase(`${s.slice(0, 4)}${letter.toUpperCase()}${s.slice(5)}`)
    } else {
      return R.letter(letter)
    }
  }
  return end === s.length ? period : R.trailing(s.slice(0, end), s.slice(end))
}

const phaseList = (phases: Iterable<Phase> | undefined): ReadonlyArray<Phase> =>
  phases === undefined ? [] : Array.isArray(phases) ? (phases as ReadonlyArray<Phase>) : Array.from(phases)

const readEnd = (
  text: string,
  which: "start" | "end",
  phases: ReadonlyArray<Phase>
): UnitPeriod | Label => {
  if (text === "") return which === "start" ? R.noStart : R.noEnd
  if (phases.some((p) => p.id === text)) return R.end(which, text, R.phaseInRange)
  const p = parseUnit(text)
  return isReason(p) ? R.end(which, text, p) : p
}

export const read = (s: string, phasesIn: Iterable<Phase> | undefined): Period | Label => {
  if (s === "") return R.empty
  if (/\s/.test(s)) return R.spaces
  const phases = phaseList(phasesIn)
  const slash = s.indexOf("/")
  if (slash < 0) {
    if (PHASE_CODE.test(s)) {
      return phases.find((p) => p.id === s) ?? R.unknownPhase(phases.map((p) => p.id))
    }
    return parseUnit(s)
  }
  if (s.indexOf("/", slash + 1) >= 0) return R.slashes
  const quarterSlash = /^[Qq]([1-4])\/(\d{4})$/.exec(s)
  if (quarterSlash !== null) return R.slashQuarter(`${quarterSlash[2]}Q${quarterSlash[1]}`)
  const monthSlash = /^(\d{1,2})\/(\d{4})$/.exec(s)
  if (monthSlash !== null && inRange(Number(monthSlash[1]), 1, 12)) {
    return R.isoMonth(`${monthSlash[2]}M${p2(Number(monthSlash[1]))}`)
  }
  const from = readEnd(s.slice(0, slash), "start", phases)
  if (isReason(from)) return from
  const to = readEnd(s.slice(slash + 1), "end", phases)
  if (isReason(to)) return to
  if (from.kind !== to.kind) return R.mixed(from, to)
  if (indexOf(to) < indexOf(from)) return R.order(from.id, to.id)
  return mkRange(from, to)
}

export function idProblem(s: string): string | undefined {
  if (PHASE_CODE.test(s)) return undefined
  const p = read(s, undefined)
  const reason = isReason(p) ? p : p.id === s ? undefined : R.nonCanonical(p.id)
  return reason === undefined ? undefined : `"${s}": ${reason.en} / ${reason.vi}`
}
