/**
 * A HiGHS model of an attacker's system, kept open while disclosure control asks it for the
 * bounds of one cell after another and changes which cells are published.
 */
import type { Highs } from "highs"
import type { System } from "./lattice.js"

/** The interval an attacker can derive for one cell. */
export interface Bounds {
  readonly lower: number
  readonly upper: number
  /**
   * When asked for: the cells that limit the interval at the attacker's optima — cells known
   * exactly, or held at a finite upper bound, with a non-zero reduced cost. Freeing them is what
   * would widen the interval.
   */
  readonly binding?: ReadonlyArray<number>
}

/** Why a solve gave no answer. */
export class SolveError extends Error {
  constructor(
    readonly kind: "infeasible" | "failed" | "time",
    message: string
  ) {
    super(message)
  }
}

/** An open model. */
export interface Session {
  /** The smallest and largest value a cell can take under everything known. */
  readonly bounds: (col: number, binding?: boolean) => Bounds
  /** How many linear programs were solved. */
  readonly solves: () => number
  /** Changes what is known about a cell. */
  readonly setBounds: (col: number, lower: number, upper: number) => void
  /** Whether any values at all satisfy what is known. */
  readonly feasible: () => boolean
  readonly dispose: () => void
}

/**
 * The independent parts of a system: cells linked by no chain of rows (different measures, or
 * tables that share no total) never bound each other, so each part is solved on its own — a
 * smaller model for every bound. Cells in no row are left out: their bounds are their own.
 */
const parts = (system: System): Array<Array<number>> => {
  const n = system.vars.length
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  for (const row of system.rows) {
    const first = find(row.cols[0]!)
    for (let k = 1; k < row.cols.length; k++) {
      const other = find(row.cols[k]!)
      if (other !== first) parent[other] = first
    }
  }
  const byRoot = new Map<number, Array<number>>()
  for (let i = 0; i < n; i++) {
    if ((system.rowsOf[i]?.length ?? 0) === 0) continue
    const r = find(i)
    const list = byRoot.get(r)
    if (list === undefined) byRoot.set(r, [i])
    else list.push(i)
  }
  return [...byRoot.values()]
}

/** Opens a model of a system; every solve after `deadline` (epoch milliseconds) fails with kind `time`. */
export const open = (highs: Highs, system: System, deadline = Infinity, now: () => number = Date.now): Session => {
  const groups = parts(system)
  if (groups.length <= 1) return openOne(highs, system, deadline, now)
  const n = system.vars.length
  const owner = new Int32Array(n).fill(-1)
  const local = new Int32Array(n)
  groups.forEach((cols, k) => cols.forEach((c, j) => ((owner[c] = k), (local[c] = j))))
  const rowsByGroup = groups.map(() => [] as Array<System["rows"][number]>)
  for (const row of system.rows) rowsByGroup[owner[row.cols[0]!]!]!.push({ ...row, cols: row.cols.map((c) => local[c]!) })
  // the cells in no row: what is known about them is all there is
  const lower = system.vars.map((v) => v.lower)
  const upper = system.vars.map((v) => v.upper)
  const sessions: Array<Session> = []
  try {
    groups.forEach((cols, k) => {
      const rows = rowsByGroup[k]!
      const rowsOf: Array<Array<number>> = cols.map(() => [])
      rows.forEach((row, r) => row.cols.forEach((c) => rowsOf[c]!.push(r)))
      sessions.push(openOne(highs, { vars: cols.map((c) => system.vars[c]!), rows, byId: new Map(), rowsOf }, deadline, now))
    })
  } catch (error) {
    for (const session of sessions) session.dispose()
    throw error
  }
  return {
    bounds: (col, binding = false) => {
      const k = owner[col]!
      if (k < 0) return binding ? { lower: lower[col]!, upper: upper[col]!, binding: [] } : { lower: lower[col]!, upper: upper[col]! }
      const b = sessions[k]!.bounds(local[col]!, binding)
      return b.binding === undefined ? b : { ...b, binding: b.binding.map((j) => groups[k]![j]!) }
    },
    setBounds: (col, lo, hi) => {
      const k = owner[col]!
      if (k >= 0) sessions[k]!.setBounds(local[col]!, lo, hi)
      lower[col] = lo
      upper[col] = hi
    },
    feasible: () => sessions.every((s) => s.feasible()) && lower.every((lo, i) => lo <= upper[i]!),
    solves: () => sessions.reduce((sum, s) => sum + s.solves(), 0),
    dispose: () => {
      for (const session of sessions) session.dispose()
    }
  }
}

const openOne = (highs: Highs, system: System, deadline: number, now: () => number): Session => {
  const n = system.vars.length
  const m = system.rows.length
  const inf = highs.infinity
  const lower = new Float64Array(n)
  const upper = new Float64Array(n)
  system.vars.forEach((v, i) => {
    lower[i] = v.lower
    upper[i] = v.upper === Infinity ? inf : v.upper
  })
  const starts: Array<number> = [0]
  const indices: Array<number> = []
  const values: Array<number> = []
  const rowLower = new Float64Array(m)
  const rowUpper = new Float64Array(m)
  system.rows.forEach((row, r) => {
    row.cols.forEach((c, k) => {
      indices.push(c)
      values.push(row.coefs[k]!)
    })
    starts.push(indices.length)
    rowLower[r] = row.lower === -Infinity ? -inf : row.lower
    rowUpper[r] = row.upper === Infinity ? inf : row.upper
  })
  const model = highs.createModel({
    numCols: n,
    numRows: m,
    colCost: new Float64Array(n),
    colLower: lower,
    colUpper: upper,
    rowLower,
    rowUpper,
    matrix: { format: "csr", numRows: m, numCols: n, starts, indices, values }
  })
  model.options.set({
    output_flag: false,
    simplex_strategy: 4,
    // HiGHS counts its own time across runs: a single long solve stops at the deadline too
    ...(deadline === Infinity ? {} : { time_limit: Math.max(0.001, (deadline - now()) / 1000) })
  })
  const status = highs.constants.modelStatus
  const minimize = highs.constants.objectiveSense.minimize
  const maximize = highs.constants.objectiveSense.maximize
  let costed = -1
  let knownFeasible = false
  let solves = 0

  const late = () => {
    if (now() >= deadline) throw new SolveError("time", "the check ran past its time limit")
  }

  const run = (): number | "unbounded" => {
    late()
    const result = model.run()
    solves++
    switch (result.modelStatus) {
      case status.timeLimit:
        throw new SolveError("time", "the check ran past its time limit")
      case status.optimal:
        knownFeasible = true
        return model.getObjectiveValue()
      case status.unbounded:
        knownFeasible = true
        return "unbounded"
      case status.unboundedOrInfeasible:
        if (knownFeasible) return "unbounded"
        // decide with a zero objective
        if (feasible()) return "unbounded"
        throw new SolveError("infeasible", "no values satisfy the published figures")
      case status.infeasible:
        throw new SolveError("infeasible", "no values satisfy the published figures")
      default:
        throw new SolveError("failed", `HiGHS stopped with model status ${result.modelStatus}`)
    }
  }

  const setCost = (col: number): void => {
    if (costed === col) return
    if (costed >= 0) model.changeColCost(costed, 0)
    if (col >= 0) model.changeColCost(col, 1)
    costed = col
  }

  const feasible = (): boolean => {
    late()
    setCost(-1)
    model.changeObjectiveSense(minimize)
    const result = model.run()
    if (result.modelStatus === status.timeLimit) throw new SolveError("time", "the check ran past its time limit")
    if (result.modelStatus === status.optimal || result.modelStatus === status.empty) {
      knownFeasible = true
      return true
    }
    if (result.modelStatus === status.infeasible || result.modelStatus === status.unboundedOrInfeasible) return false
    throw new SolveError("failed", `HiGHS stopped with model status ${result.modelStatus}`)
  }

  /** The cells whose bound limits the optimum just found. */
  const collect = (col: number, into: Set<number>): void => {
    const solution = model.getSolution()
    for (let j = 0; j < n; j++) {
      if (j === col || Math.abs(solution.colDual[j]!) <= 1e-9) continue
      const atUpper = upper[j]! !== inf && Math.abs(solution.colValue[j]! - upper[j]!) <= 1e-7 * Math.max(1, upper[j]!)
      if (lower[j] === upper[j] || atUpper) into.add(j)
    }
  }

  const bounds = (col: number, binding = false): Bounds => {
    const own = { lower: lower[col]!, upper: upper[col]! === inf ? Infinity : upper[col]! }
    if (own.lower === own.upper || (system.rowsOf[col]?.length ?? 0) === 0) return binding ? { ...own, binding: [] } : own
    const limiting = new Set<number>()
    setCost(col)
    model.changeObjectiveSense(minimize)
    const lo = run()
    if (binding && lo !== "unbounded") collect(col, limiting)
    model.changeObjectiveSense(maximize)
    const hi = run()
    if (binding && hi !== "unbounded") collect(col, limiting)
    const out = { lower: lo === "unbounded" ? -Infinity : lo, upper: hi === "unbounded" ? Infinity : hi }
    return binding ? { ...out, binding: [...limiting] } : out
  }

  const setBounds = (col: number, lo: number, hi: number): void => {
    lower[col] = lo
    upper[col] = hi === Infinity ? inf : hi
    model.changeColBounds(col, lo, upper[col]!)
  }

  return { bounds, setBounds, feasible, solves: () => solves, dispose: () => model.dispose() }
}
