/**
 * Cell suppression: the primary rules that decide which cells are too revealing to show, and
 * the complementary (secondary) suppression that keeps them from being recomputed from totals.
 *
 * Primary rules, in the order they are tried:
 * - **minimum frequency**: a count of fewer than `threshold` persons (by the cell's
 *   `frequency` when given, its value otherwise), or an amount from fewer than
 *   `minContributors` contributors;
 * - **zeros**: shown by default (`zeros: "publish"`); with `zeros: "suppress"` a zero is
 *   suppressed like a small count, for tables where "nobody" is itself revealing (no one in a
 *   group tested negative);
 * - **dominance (n,k)** (amounts): the `n` largest contributions make up more than `k`% of the
 *   cell;
 * - **p%** (amounts): the cell minus its two largest contributions — what the second-largest
 *   contributor does not know — is less than `p`% of the largest contribution, so the
 *   second-largest could estimate the largest to within `p`%.
 *
 * Complementary suppression works on the attacker's linear system (see `AttackerCheck`). While
 * a protected cell can be narrowed below its safety range, one more published cell is
 * suppressed: among the cells that limit the attacker's bounds (a non-zero reduced cost at the
 * optimum), the cheapest — inner cells before totals, then the smallest value — preferring one
 * that makes the cell safe at once; where only `<n` labels limit it (a total and all its parts
 * under the threshold) those cells are shown `x` instead; failing both, the cheapest cell
 * further out. Zeros are never chosen while zeros are shown, nor cells already released to the
 * audience; cells suppressed in an earlier release stay suppressed. Every choice is checked
 * with the solver, so the result is safe by construction; when nothing is left to suppress the
 * release is refused with an `UnsafeRelease`. A last pass publishes again complements that
 * turned out not to be needed.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type { CheckTooLong, InconsistentFigures, SolverFailed } from "./DisclosureError.js"
import { InvalidTable, UnsafeRelease } from "./DisclosureError.js"
import { isLedger, requiredWidth, suppressedPrior, wideEnough } from "./internal/disclosure/knowledge.js"
import type { System } from "./internal/disclosure/lattice.js"
import { build } from "./internal/disclosure/lattice.js"
import type { Session } from "./internal/disclosure/lp.js"
import type { Cell, DominanceRule, Kind, Mark, Policy, Reason, Table } from "./DisclosureTable.js"
import type { History } from "./internal/disclosure/solver.js"
import { knownTables, type Solver, withSession } from "./internal/disclosure/solver.js"

/**
 * Whether the `n` largest contributions make up more than `k`% of the total.
 *
 * @example
 * ```ts
 * import { Suppression } from "@pctnxh/privacy"
 * // one karaoke bar paid 90 of 100 million VND of fines
 * Suppression.dominates([90_000_000, 6_000_000, 4_000_000], 100_000_000, { n: 1, k: 75 }) // true
 * ```
 * @since 0.1.0
 */
export const dominates = (contributions: ReadonlyArray<number>, total: number, rule: DominanceRule): boolean => {
  if (total <= 0) return false
  const top = [...contributions].sort((a, b) => b - a).slice(0, rule.n)
  return top.reduce((s, x) => s + x, 0) > (rule.k / 100) * total
}

/**
 * Whether the second-largest contributor could estimate the largest contribution to within
 * `p`%: the total minus the two largest contributions is less than `p`% of the largest.
 *
 * @since 0.1.0
 */
export const pPercentSensitive = (contributions: ReadonlyArray<number>, total: number, p: number): boolean => {
  if (p <= 0 || total <= 0) return false
  const [x1 = 0, x2 = 0] = [...contributions].sort((a, b) => b - a)
  return total - x1 - x2 < (p / 100) * x1
}

const invalid = (table: Table, cell: Cell, vi: string, en: string) =>
  new InvalidTable({ table: table.id, cell: { ...cell.key }, reason: { vi, en } })

/**
 * The primary rule a cell breaks, if any.
 *
 * @since 0.1.0
 */
export const primaryReason = (
  kind: Kind,
  cell: Cell,
  policy: Policy
): Either.Either<Option.Option<Reason>, { readonly vi: string; readonly en: string }> => {
  if (kind === "frequency") {
    const persons = cell.frequency ?? cell.value
    if (cell.value === 0 || persons === 0) {
      return Either.right(policy.zeros === "suppress" && policy.threshold > 1 ? Option.some("primary-frequency") : Option.none())
    }
    return Either.right(persons < policy.threshold ? Option.some("primary-frequency") : Option.none())
  }
  const contributors = cell.frequency
  if (contributors === undefined) {
    return Either.left({
      vi: "ô giá trị phải kèm số đơn vị đóng góp (frequency)",
      en: "a magnitude cell needs its number of contributors (frequency)"
    })
  }
  if (contributors === 0 || cell.value === 0) {
    return Either.right(policy.zeros === "suppress" && policy.minContributors > 1 ? Option.some("primary-frequency") : Option.none())
  }
  if (contributors < policy.minContributors) return Either.right(Option.some("primary-frequency"))
  const needed = Math.min(contributors, Math.max(2, ...policy.dominance.map((r) => r.n)))
  const rulesOn = policy.dominance.length > 0 || policy.pPercent > 0
  if (rulesOn && (cell.contributions === undefined || cell.contributions.length < needed)) {
    return Either.left({
      vi: `ô giá trị phải kèm ${needed} khoản đóng góp lớn nhất (contributions) để áp dụng quy tắc trội và p%`,
      en: `a magnitude cell needs its ${needed} largest contributions (contributions) for the dominance and p% rules`
    })
  }
  const contributions = cell.contributions ?? []
  if (policy.dominance.some((rule) => dominates(contributions, cell.value, rule))) return Either.right(Option.some("primary-dominance"))
  if (pPercentSensitive(contributions, cell.value, policy.pPercent)) return Either.right(Option.some("primary-p-percent"))
  return Either.right(Option.none())
}

/**
 * The mark of a primary-suppressed cell: counts below the threshold show as `<5` (when
 * `showBelowThreshold`), everything else as `x`.
 *
 * @since 0.1.0
 */
export const primaryMark = (kind: Kind, reason: Reason, policy: Policy): Mark => ({
  status: "suppressed",
  reason,
  display: kind === "frequency" && reason === "primary-frequency" && policy.showBelowThreshold ? `<${policy.threshold}` : "x"
})

/**
 * Applies the primary rules to every cell of a table that has no mark yet. Cells marked before
 * (by hand, or carried over from an earlier release) keep their mark.
 *
 * @since 0.1.0
 */
export const primary = (table: Table, policy: Policy): Either.Either<Table, InvalidTable> => {
  const cells: Array<Cell> = []
  for (const cell of table.cells) {
    if (cell.mark !== undefined) {
      cells.push(cell)
      continue
    }
    const found = primaryReason(table.kind, cell, policy)
    if (Either.isLeft(found)) return Either.left(invalid(table, cell, found.left.vi, found.left.en))
    cells.push(Option.isSome(found.right) ? { ...cell, mark: primaryMark(table.kind, found.right.value, policy) } : cell)
  }
  return Either.right({ ...table, cells })
}

/** The mark of a complementary cell. */
const secondaryMark: Mark = { status: "suppressed", reason: "secondary", display: "x" }

/**
 * Options of {@link secondary}.
 *
 * @since 0.1.0
 */
export interface SecondaryOptions {
  readonly policy: Policy
  /** Earlier releases to the same audience (from the `ReleaseLedger`). */
  readonly history?: ReadonlyArray<History> | undefined
  /** The values shown for perturbed cells, by table id and cell index. */
  readonly shown?: ReadonlyMap<string, ReadonlyArray<number | undefined>> | undefined
  /** The audience, for messages. */
  readonly audience?: string | undefined
  /** At most this many cells are tried as the complement of one cell before the cheapest is taken (3). */
  readonly candidatesPerStep?: number | undefined
  /** At most this many linear programs are spent on publishing unneeded complements again (four per cell needing protection, at least 400). */
  readonly pruneSolves?: number | undefined
}

interface Candidate {
  readonly col: number
  readonly value: number
  readonly totals: number
  readonly id: string
}

const byCost = (a: Candidate, b: Candidate): number =>
  a.totals - b.totals || a.value - b.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Suppresses complementary cells until every suppressed cell of the tables (and of the earlier
 * releases in `history`) is safe against the attacker check; see the module's description. The
 * tables' cells must already carry their primary marks (see {@link primary}).
 *
 * @since 0.1.0
 */
export const secondary = (
  tables: ReadonlyArray<Table>,
  options: SecondaryOptions
): Effect.Effect<ReadonlyArray<Table>, InvalidTable | InconsistentFigures | UnsafeRelease | SolverFailed | CheckTooLong, Solver> =>
  Effect.flatMap(
    Effect.suspend(() => build(knownTables(tables, options.policy, options.history ?? [], options.shown))),
    (system) =>
      Effect.map(
        withSession(system, (session) => complement(system, session, tables, options)),
        (decided) => apply(tables, system, decided)
      )
  )

/** Marks the cells decided on (by identity) in every table of the release they appear in. */
const apply = (
  tables: ReadonlyArray<Table>,
  system: System,
  decided: { readonly chosen: ReadonlyMap<number, Mark>; readonly relabelled: ReadonlyMap<number, Mark> }
): ReadonlyArray<Table> => {
  const marked = new Map<string, Map<number, Mark>>()
  const mark = (col: number, m: Mark, overwrite: boolean) => {
    for (const o of system.vars[col]!.occurrences) {
      if (isLedger(o.source) || (!overwrite && o.cell.status === "suppressed")) continue
      let byIndex = marked.get(o.source)
      if (byIndex === undefined) marked.set(o.source, (byIndex = new Map()))
      byIndex.set(o.index, m)
    }
  }
  for (const [col, m] of decided.chosen) mark(col, m, false)
  for (const [col, m] of decided.relabelled) mark(col, m, true)
  return tables.map((t) => {
    const byIndex = marked.get(t.id)
    if (byIndex === undefined) return t
    return {
      ...t,
      cells: t.cells.map((c, i) => {
        const m = byIndex.get(i)
        return m === undefined ? c : { ...c, mark: m }
      })
    }
  })
}

const complement = (
  system: System,
  session: Session,
  tables: ReadonlyArray<Table>,
  options: SecondaryOptions
): Either.Either<{ readonly chosen: ReadonlyMap<number, Mark>; readonly relabelled: ReadonlyMap<number, Mark> }, UnsafeRelease> => {
  const policy = options.policy
  const tablesById = new Map(tables.map((t) => [t.id, t]))
  const perStep = options.candidatesPerStep ?? 3
  /** Newly suppressed cells and their marks: carried over from earlier releases, or complements. */
  const chosen = new Map<number, Mark>()
  const carried = new Set<number>()
  /** Small counts shown as `x` rather than `<n`, because their label gave them away. */
  const relabelled = new Map<number, Mark>()
  /** What is known about each cell now, where it differs from the system as built. */
  const known = new Map<number, { lower: number; upper: number }>()
  const boundsOf = (col: number) => known.get(col) ?? system.vars[col]!
  const setKnown = (col: number, lower: number, upper: number): void => {
    known.set(col, { lower, upper })
    session.setBounds(col, lower, upper)
  }
  const firstCurrent = (col: number) => {
    const o = system.vars[col]!.occurrences.find((x) => !isLedger(x.source))!
    return tablesById.get(o.source)!.cells[o.index]!
  }

  // a cell suppressed in an earlier release to the audience stays suppressed
  system.vars.forEach((v, col) => {
    const before = v.occurrences.filter((o) => isLedger(o.source))
    const now = v.occurrences.filter((o) => !isLedger(o.source))
    if (now.length === 0 || before.length === 0) return
    if (!before.every((o) => o.cell.status === "suppressed")) return
    if (now.every((o) => o.cell.status === "suppressed")) return
    let lower = -Infinity
    let upper = Infinity
    for (const o of v.occurrences) {
      if (o.cell.status !== "suppressed") continue
      lower = Math.max(lower, o.cell.lower)
      upper = Math.min(upper, o.cell.upper)
    }
    setKnown(col, lower, upper)
    const first = before.find((o) => o.cell.reason !== "secondary") ?? before[0]!
    chosen.set(col, {
      status: "suppressed",
      ...(first.cell.reason === undefined ? {} : { reason: first.cell.reason }),
      display: first.cell.display ?? "x"
    })
    carried.add(col)
  })

  // which cells may be suppressed, at what cost, and what is known about them once suppressed
  const candidate = new Map<number, Candidate>()
  const hidden = new Map<number, { lower: number; upper: number }>()
  // which small counts of this release could be shown as `x` instead of `<n`
  const labelled = new Map<number, Mark>()
  system.vars.forEach((v, col) => {
    if (carried.has(col)) return
    const now = v.occurrences.filter((o) => !isLedger(o.source))
    if (now.length === 0) return
    if (v.occurrences.some((o) => isLedger(o.source))) return // already released to the audience
    if (now.some((o) => o.cell.status === "suppressed")) {
      const mark = firstCurrent(col).mark
      if (mark?.reason !== "secondary" && mark?.display?.startsWith("<") && v.upper !== Infinity) labelled.set(col, mark)
      return
    }
    const cell = firstCurrent(col)
    if (policy.zeros === "publish" && cell.value === 0) return
    candidate.set(col, { col, value: cell.value, totals: v.totals, id: v.id })
    hidden.set(col, suppressedPrior(v.kind, secondaryMark, policy))
  })

  const suppress = (col: number): void => {
    const h = hidden.get(col)!
    setKnown(col, h.lower, h.upper)
    chosen.set(col, secondaryMark)
  }
  const publish = (col: number): void => {
    const v = system.vars[col]!
    known.delete(col)
    session.setBounds(col, v.lower, v.upper)
    chosen.delete(col)
  }
  /** The width of a cell's attacker interval, and whether it is enough. */
  const assess = (col: number): { readonly width: number; readonly safe: boolean } => {
    const v = system.vars[col]!
    const b = session.bounds(col)
    return { width: b.upper - b.lower, safe: wideEnough(v.kind, b.lower, b.upper, v.required) }
  }
  const safe = (col: number): boolean => assess(col).safe

  /** The cells reachable from a cell through totals and cells not known exactly. */
  const component = (start: number): Array<number> => {
    const out: Array<number> = []
    const seenRows = new Set<number>()
    const seen = new Set<number>([start])
    const stack = [start]
    while (stack.length > 0) {
      const v = stack.pop()!
      out.push(v)
      for (const r of system.rowsOf[v]!) {
        if (seenRows.has(r)) continue
        seenRows.add(r)
        for (const c of system.rows[r]!.cols) {
          if (seen.has(c)) continue
          seen.add(c)
          const b = boundsOf(c)
          if (b.lower !== b.upper) stack.push(c)
          else out.push(c)
        }
      }
    }
    return out
  }

  // candidates in rings around a cell: first those sharing a total with it, then further out
  const rings = (col: number): Array<Candidate> => {
    const out: Array<Candidate> = []
    const seenRows = new Set<number>()
    const seenVars = new Set<number>([col])
    let frontier = [col]
    while (frontier.length > 0) {
      const ring: Array<Candidate> = []
      const next: Array<number> = []
      for (const v of frontier) {
        for (const r of system.rowsOf[v]!) {
          if (seenRows.has(r)) continue
          seenRows.add(r)
          for (const c of system.rows[r]!.cols) {
            if (seenVars.has(c)) continue
            seenVars.add(c)
            const cand = candidate.get(c)
            if (cand !== undefined && !chosen.has(c)) ring.push(cand)
            // cells whose value is not known exactly carry the search further out
            const b = boundsOf(c)
            if (b.lower !== b.upper) next.push(c)
          }
        }
      }
      out.push(...ring.sort(byCost))
      frontier = next
    }
    return out
  }

  const unsafe = (col: number, vi: string, en: string): UnsafeRelease => {
    const v = system.vars[col]!
    return new UnsafeRelease({
      table: v.occurrences[0]?.source ?? "",
      measure: v.measure,
      cell: { ...v.key },
      ...(options.audience === undefined ? {} : { audience: options.audience }),
      reason: { vi, en }
    })
  }

  /** Tries the first few candidates for one that makes the cell safe; else takes the best. */
  const complementOne = (col: number, ordered: ReadonlyArray<Candidate>): void => {
    let best: { readonly col: number; readonly width: number } | undefined
    for (const cand of ordered.slice(0, perStep)) {
      suppress(cand.col)
      const after = assess(col)
      if (after.safe) return
      publish(cand.col)
      if (best === undefined || after.width > best.width + 1e-9) best = { col: cand.col, width: after.width }
    }
    suppress(best === undefined ? ordered[0]!.col : best.col)
  }

  const queue = system.vars.map((v, col) => (v.required > 0 ? col : -1)).filter((col) => col >= 0)
  /** A small count shown as `x`: the reader no longer knows it is under the threshold. */
  const relabel = (cols: ReadonlyArray<number>): void => {
    for (const col of cols) {
      const v = system.vars[col]!
      const mark: Mark = { ...labelled.get(col)!, display: "x" }
      const prior = suppressedPrior(v.kind, mark, policy)
      v.required = requiredWidth(v.kind, mark, firstCurrent(col).value, policy, prior)
      setKnown(col, prior.lower, prior.upper)
      relabelled.set(col, mark)
      labelled.delete(col)
      queue.push(col)
    }
  }

  for (let q = 0; q < queue.length; q++) {
    const col = queue[q]!
    const v = system.vars[col]!
    const b = boundsOf(col)
    if (b.lower === b.upper) {
      return Either.left(
        unsafe(
          col,
          "ô cần được bảo vệ nhưng đã được công bố (trong một bảng khác hoặc một lần công bố trước)",
          "the cell needs protection but is published (in another table, or in an earlier release)"
        )
      )
    }
    for (;;) {
      const now = session.bounds(col, true)
      if (wideEnough(v.kind, now.lower, now.upper, v.required)) break
      const binding = now.binding ?? []
      // 1. the published cells that limit the interval at the attacker's optima, cheapest first
      const limiting = binding
        .map((c) => candidate.get(c))
        .filter((c): c is Candidate => c !== undefined && !chosen.has(c.col))
        .sort(byCost)
      if (limiting.length > 0) {
        complementOne(col, limiting)
        continue
      }
      // 2. small counts whose "<n" label limits it: shown as "x" instead
      const labels = binding.filter((c) => labelled.has(c))
      if (labels.length > 0) {
        relabel(labels)
        continue
      }
      // 3. any published cell further out
      const further = rings(col)
      if (further.length > 0) {
        complementOne(col, further)
        continue
      }
      // 4. any "<n" label it depends on
      const anyLabels = component(col).filter((c) => labelled.has(c))
      if (anyLabels.length > 0) {
        relabel(anyLabels)
        continue
      }
      return Either.left(
        unsafe(
          col,
          "ô đã ẩn vẫn có thể tính ra quá sát từ các số đã công bố, và không còn ô nào có thể ẩn thêm để bảo vệ nó",
          "the suppressed cell can still be narrowed too far from published figures, and no cell is left to suppress to protect it"
        )
      )
    }
  }

  // Publish again the complements that are not needed, the most costly first. Publishing a
  // cell only narrows the cells connected to it through cells not known exactly, so only
  // those are checked again; the work is capped.
  if (policy.prune) {
    const needing = [...new Set(queue)]
    const isNeeding = new Set(needing)
    const budget = session.solves() + (options.pruneSolves ?? Math.max(400, 4 * needing.length))
    const order = [...chosen.keys()]
      .filter((c) => !carried.has(c))
      .map((c) => candidate.get(c)!)
      .sort((a, b) => byCost(b, a))
    for (const cand of order) {
      if (session.solves() > budget) break
      const affected = component(cand.col).filter((c) => isNeeding.has(c))
      publish(cand.col)
      if (!affected.every(safe)) suppress(cand.col)
    }
  }
  return Either.right({ chosen, relabelled })
}

/**
 * The protection a suppressed cell needs: a convenience for callers checking marks they set by
 * hand.
 *
 * @since 0.1.0
 */
export const required = (kind: Kind, cell: Cell, policy: Policy): number => {
  const mark = cell.mark
  if (mark === undefined) return 0
  return requiredWidth(kind, mark, cell.value, policy, suppressedPrior(kind, mark, policy))
}
