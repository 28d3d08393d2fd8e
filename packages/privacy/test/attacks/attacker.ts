/**
 * An attacker written for the tests, independently of the library: it reads what a released
 * report table shows — published figures, `<n` labels, the fact that zeros are shown — writes
 * down the totals it knows (a total is the sum of its parts), and asks GLPK (not the library's
 * HiGHS) for the smallest and largest value each hidden figure can have.
 */
import type { ReportTable } from "@pctnxh/core"
import GLPK from "glpk.js/node"

const glpk = await GLPK()

/** A total the attacker knows: `total = Σ parts` (or, for distinct persons, `max(parts) ≤ total ≤ Σ parts`). */
export interface Equation {
  readonly total: string
  readonly parts: ReadonlyArray<string>
  readonly distinct?: boolean
}

/** What the attacker knows about one figure before any arithmetic. */
export interface Known {
  readonly lower: number
  readonly upper: number
}

/** The smallest and largest value of `target` under what is known, for counts rounded inwards. */
export const bounds = (
  known: Readonly<Record<string, Known>>,
  equations: ReadonlyArray<Equation>,
  target: string,
  integer = true
): { readonly lower: number; readonly upper: number } => {
  const names = [...new Set([...Object.keys(known), ...equations.flatMap((e) => [e.total, ...e.parts])])]
  const v = (name: string) => `x${names.indexOf(name)}`
  const subjectTo = equations.flatMap((e, i) => {
    const row = { name: `e${i}`, vars: [{ name: v(e.total), coef: 1 }, ...e.parts.map((p) => ({ name: v(p), coef: -1 }))] }
    if (!e.distinct) return [{ ...row, bnds: { type: glpk.GLP_FX, lb: 0, ub: 0 } }]
    return [
      { ...row, bnds: { type: glpk.GLP_UP, lb: 0, ub: 0 } },
      ...e.parts.map((p, j) => ({
        name: `e${i}p${j}`,
        vars: [
          { name: v(p), coef: 1 },
          { name: v(e.total), coef: -1 }
        ],
        bnds: { type: glpk.GLP_UP, lb: 0, ub: 0 }
      }))
    ]
  })
  const boundsOf = names.map((name) => {
    const k = known[name] ?? { lower: 0, upper: Infinity }
    return k.upper === Infinity
      ? { name: v(name), type: glpk.GLP_LO, lb: k.lower, ub: 0 }
      : k.lower === k.upper
        ? { name: v(name), type: glpk.GLP_FX, lb: k.lower, ub: k.upper }
        : { name: v(name), type: glpk.GLP_DB, lb: k.lower, ub: k.upper }
  })
  const solve = (direction: number) => {
    const r = glpk.solve(
      { name: "attack", objective: { direction, name: "z", vars: [{ name: v(target), coef: 1 }] }, subjectTo, bounds: boundsOf },
      { msglev: glpk.GLP_MSG_OFF }
    )
    if (r.result.status === glpk.GLP_UNBND) return direction === glpk.GLP_MAX ? Infinity : -Infinity
    if (r.result.status !== glpk.GLP_OPT) throw new Error(`GLPK found no answer (status ${r.result.status})`)
    return r.result.z
  }
  const lower = solve(glpk.GLP_MIN)
  const upper = solve(glpk.GLP_MAX)
  return integer ? { lower: Math.ceil(lower - 1e-6), upper: upper === Infinity ? Infinity : Math.floor(upper + 1e-6) } : { lower, upper }
}

/**
 * What a reader of released cells knows about each: a published value exactly, a `<n` label as
 * 1…n−1 (zeros are shown), any other hidden cell as at least 0 — keyed by `name(cell)`.
 */
export const readerKnows = (
  cells: ReadonlyArray<ReportTable.ReportCell>,
  name: (c: ReportTable.ReportCell) => string,
  figure: (c: ReportTable.ReportCell) => number | null = (c) => c.value
): Record<string, Known> => {
  const out: Record<string, Known> = {}
  for (const c of cells) {
    const shown = figure(c)
    const display = c.disclosure?.display
    if (c.disclosure?.status === "suppressed") {
      const below = display?.startsWith("<") === true ? Number(display.slice(1)) - 1 : Infinity
      out[name(c)] = { lower: below === Infinity ? 0 : 1, upper: below }
    } else if (shown !== null) out[name(c)] = { lower: shown, upper: shown }
  }
  return out
}

/** Every number written in a text (Vietnamese or English grouping). */
export const numbersIn = (text: string): ReadonlyArray<number> =>
  (text.match(/\d[\d.,]*/g) ?? []).map((t) => Number(t.replace(/[.,](?=\d{3}\b)/g, "").replace(",", ".")))
