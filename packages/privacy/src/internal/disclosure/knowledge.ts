/** What a reader of a release knows about each cell, and what each suppressed cell needs. */
import type { KnownCell, KnownTable } from "./lattice.js"
import type { Cell, Kind, Mark, Policy, ReleasedCell, ReleasedTable, Table } from "../../DisclosureTable.js"

/** The largest number `<N` allows: `N − 1` for counts, `N` for amounts. */
const belowLimit = (display: string | undefined, kind: Kind): number => {
  if (display === undefined || !display.startsWith("<")) return Infinity
  const n = Number(display.slice(1).replace(/[.,\s]/g, ""))
  if (!Number.isFinite(n)) return Infinity
  return kind === "frequency" ? n - 1 : n
}

/** What a reader knows about a suppressed cell before doing any arithmetic on totals. */
export const suppressedPrior = (kind: Kind, mark: Mark, policy: Policy): { readonly lower: number; readonly upper: number } => ({
  // where zeros are always shown, a hidden count is at least 1
  lower: kind === "frequency" && policy.zeros === "publish" ? 1 : 0,
  upper: belowLimit(mark.display, kind)
})

/**
 * The narrowest interval an attacker may be left with for a suppressed cell: for counts the
 * safety range, but never more than the cell's label already allows (a `<5` cell shown while
 * zeros are shown lies in 1–4, and must stay anywhere in 1–4); for amounts `safetyPercent` of
 * the value. Complementary cells need none.
 */
export const requiredWidth = (
  kind: Kind,
  mark: Mark,
  value: number,
  policy: Policy,
  prior: { readonly lower: number; readonly upper: number }
): number => {
  if (mark.status !== "suppressed" || mark.reason === "secondary") return 0
  if (kind === "frequency") return Math.max(0, Math.min(policy.safetyRange, prior.upper - prior.lower))
  return (policy.safetyPercent / 100) * value
}

/** What a reader knows about a perturbed cell: the published value, give or take the noise. */
export const perturbedPrior = (
  kind: Kind,
  mark: Mark,
  shown: number,
  policy: Policy
): { readonly lower: number; readonly upper: number } => {
  if (mark.reason === "dp") return { lower: 0, upper: Infinity }
  if (kind === "frequency") return { lower: Math.max(0, shown - policy.cellKeyDeviation), upper: shown + policy.cellKeyDeviation }
  const m = policy.cellKeyRelative
  return { lower: shown / (1 + m), upper: m >= 1 ? Infinity : shown / (1 - m) }
}

/** The ledger's record of one cell of a table as released. */
export const released = (kind: Kind, cell: Cell, shown: number | undefined, policy: Policy): ReleasedCell => {
  const mark: Mark = cell.mark ?? { status: "published" }
  switch (mark.status) {
    case "published":
      return { key: cell.key, status: "published", value: cell.value, lower: cell.value, upper: cell.value, required: 0 }
    case "perturbed": {
      const value = shown ?? cell.value
      const prior = perturbedPrior(kind, mark, value, policy)
      return {
        key: cell.key,
        status: "perturbed",
        ...(mark.reason === undefined ? {} : { reason: mark.reason }),
        value,
        lower: prior.lower,
        ...(prior.upper === Infinity ? {} : { upper: prior.upper }),
        required: 0
      }
    }
    case "suppressed": {
      const prior = suppressedPrior(kind, mark, policy)
      return {
        key: cell.key,
        status: "suppressed",
        ...(mark.reason === undefined ? {} : { reason: mark.reason }),
        ...(mark.display === undefined ? {} : { display: mark.display }),
        lower: prior.lower,
        ...(prior.upper === Infinity ? {} : { upper: prior.upper }),
        required: requiredWidth(kind, mark, cell.value, policy, prior)
      }
    }
  }
}

const knownCell = (c: ReleasedCell): KnownCell => ({
  key: c.key,
  status: c.status,
  reason: c.reason,
  display: c.display,
  lower: c.lower,
  upper: c.upper ?? Infinity,
  required: c.required
})

/** A marked table as its reader knows it. Perturbed cells carry their published value in `shown`. */
export const fromTable = (table: Table, policy: Policy, shown?: ReadonlyArray<number | undefined>): KnownTable => ({
  source: table.id,
  measure: table.measure,
  kind: table.kind,
  dimensions: table.dimensions,
  cells: table.cells.map((cell, i) => knownCell(released(table.kind, cell, shown?.[i], policy))),
  closed: table.closed
})

/** A table of an earlier release as its reader knows it. */
export const fromReleased = (release: string, table: ReleasedTable): KnownTable => ({
  source: `ledger:${release}/${table.id}`,
  measure: table.measure,
  kind: table.kind,
  dimensions: table.dimensions,
  cells: table.cells.map(knownCell),
  closed: table.closed
})

/** Whether a source names a table of an earlier release. */
export const isLedger = (source: string): boolean => source.startsWith("ledger:")

/** An interval as a reader can state it: counts are whole numbers. */
export const rounded = (kind: Kind, lower: number, upper: number): { readonly lower: number; readonly upper: number } =>
  kind === "frequency"
    ? { lower: Math.ceil(lower - 1e-6), upper: upper === Infinity ? Infinity : Math.floor(upper + 1e-6) }
    : { lower, upper }

/** Whether an attacker's interval is wide enough. */
export const wideEnough = (kind: Kind, lower: number, upper: number, required: number): boolean => {
  if (required <= 0) return true
  const r = rounded(kind, lower, upper)
  const width = r.upper - r.lower
  return width >= required - 1e-7 * Math.max(1, required)
}
