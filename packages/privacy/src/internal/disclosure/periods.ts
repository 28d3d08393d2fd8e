/** The hierarchy of period ids: months add up to quarters, quarters to halves or years. */
import { Period } from "@pctnxh/core"
import * as Either from "effect/Either"

const nests = (kind: Period.Period["kind"]): boolean => kind === "month" || kind === "quarter" || kind === "half" || kind === "year"

/**
 * Each period's parent, for every period of `ids` that is a month, quarter, half-year or year
 * (others are left out, or refused when `strict`), with every sibling of every parent declared.
 * Quarters go to half-years when any id is a half-year, to years otherwise.
 */
export const periodParents = (ids: ReadonlyArray<string>, strict: boolean): Record<string, string> => {
  const nested: Array<Period.UnitPeriod> = []
  for (const id of ids) {
    const p = Period.parse(id)
    if (Either.isRight(p) && nests(p.right.kind)) nested.push(p.right as Period.UnitPeriod)
    else if (strict) throw new TypeError(`Disclosure.periods: "${id}" is not a month, quarter, half-year or year`)
  }
  const halves = nested.some((p) => p.kind === "half")
  const parentOf = (p: Period.UnitPeriod): string | undefined => {
    switch (p.kind) {
      case "month":
        return `${p.year}Q${Math.ceil(p.month / 3)}`
      case "quarter":
        return halves ? `${p.year}S${p.quarter <= 2 ? 1 : 2}` : `${p.year}`
      case "half":
        return `${p.year}`
      default:
        return undefined
    }
  }
  const childrenOf = (p: Period.UnitPeriod): ReadonlyArray<string> => {
    switch (p.kind) {
      case "year":
        return halves ? [`${p.year}S1`, `${p.year}S2`] : [1, 2, 3, 4].map((q) => `${p.year}Q${q}`)
      case "half":
        return p.half === 1 ? [`${p.year}Q1`, `${p.year}Q2`] : [`${p.year}Q3`, `${p.year}Q4`]
      case "quarter":
        return [1, 2, 3].map((k) => `${p.year}M${String((p.quarter - 1) * 3 + k).padStart(2, "0")}`)
      default:
        return []
    }
  }
  const parents: Record<string, string> = {}
  for (const start of nested) {
    let at: Period.UnitPeriod = start
    for (let parent = parentOf(at); parent !== undefined; ) {
      parents[at.id] = parent
      const up = Period.unsafeParse(parent) as Period.UnitPeriod
      for (const child of childrenOf(up)) parents[child] = parent
      at = up
      parent = parentOf(at)
    }
  }
  return parents
}
