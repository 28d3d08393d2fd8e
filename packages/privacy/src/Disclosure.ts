/**
 * Statistical disclosure control for every published table.
 *
 * Small numbers identify people: "1 woman referred for HIV testing in Yên Bằng commune, Q3" is
 * a person. Every table released to an audience goes through {@link release}, which applies
 * the audience's rules without being asked:
 *
 * 1. **primary suppression** (see `Suppression`): counts of fewer than `threshold` persons,
 *    amounts from too few contributors or dominated by one or two of them;
 * 2. optional **perturbation**: consistent cell-key noise (`CellKey`), or differential privacy
 *    with a budget per audience (`DifferentialPrivacy`);
 * 3. **complementary suppression** so that no suppressed cell can be recomputed from row,
 *    column or hierarchy totals, in this table, in the other tables of the release, or together
 *    with what the audience was given before (`ReleaseLedger`);
 * 4. the **attacker check** (`AttackerCheck`): for every suppressed cell the interval an
 *    attacker can derive with linear programming must be at least its safety range, or the
 *    release is refused;
 * 5. the release is recorded in the ledger.
 *
 * Tables are a generic model: a {@link Table} has cells keyed by dimension members, and its
 * dimensions may declare hierarchies (commune → province, month → quarter → year, category →
 * total) from which the attacker's equations (a total is the sum of its parts) are derived.
 * Cells of tables with the same `measure` are the same figures: a cell keyed `{ unit: "a" }`
 * in a table by unit and `{ unit: "a", sex: "total" }` in a table by unit and sex are one
 * cell, and the check sees both tables at once.
 *
 * A table lists every cell its reader sees, zeros included: a cell it leaves out is unknown to
 * the reader.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { AttackerCheck, Audience, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
 *
 * const released = Disclosure.release({ audience: Audience.donor, tables: [referrals] }).pipe(
 *   Effect.provide(Layer.merge(AttackerCheck.layer, ReleaseLedger.layerMemory))
 * )
 * // cells of 1–4 persons read "<5", their complements "x"
 * ```
 * @since 0.1.0
 */
import type { AdminUnit, Geography, Label } from "@pctnxh/core"
import { CoreError } from "@pctnxh/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Audience from "./Audience.js"
import * as AttackerCheck from "./AttackerCheck.js"
import * as CellKey from "./CellKey.js"
import * as DifferentialPrivacy from "./DifferentialPrivacy.js"
import type { DisclosureError } from "./DisclosureError.js"
import { BudgetExhausted, InvalidTable, KeyRequired, PolicyBelowFloor, UnsafeRelease } from "./DisclosureError.js"
import { released as releasedCell } from "./internal/disclosure/knowledge.js"
import { fullKeys } from "./internal/disclosure/lattice.js"
import { periodParents } from "./internal/disclosure/periods.js"
import * as reports from "./internal/disclosure/report.js"
import * as model from "./internal/disclosure/model.js"
import type { Key } from "./Key.js"
import * as ReleaseLedger from "./ReleaseLedger.js"
import * as Suppression from "./Suppression.js"

// ---------------------------------------------------------------------------------------------
// The table model
// ---------------------------------------------------------------------------------------------

/**
 * The kind of a table: `frequency` (persons, contacts) or `magnitude` (money).
 *
 * @since 0.1.0
 */
export const Kind: typeof model.Kind = model.Kind
/** @since 0.1.0 */
export type Kind = model.Kind

/**
 * What happened to a cell: `published`, `suppressed` or `perturbed`.
 *
 * @since 0.1.0
 */
export const Status: typeof model.Status = model.Status
/** @since 0.1.0 */
export type Status = model.Status

/**
 * Why a cell is suppressed or perturbed: `primary-frequency`, `primary-dominance`,
 * `primary-p-percent`, `secondary`, `cell-key` or `dp`, each with a bilingual label.
 *
 * @since 0.1.0
 */
export const Reason: typeof model.Reason = model.Reason
/** @since 0.1.0 */
export type Reason = model.Reason

/**
 * The mark a released cell carries: its status, why, and what an export prints instead of
 * the value (`<5` for a count under the threshold, `x` otherwise).
 *
 * @example
 * ```ts
 * const mark: Disclosure.Mark = { status: "suppressed", reason: "primary-frequency", display: "<5" }
 * ```
 * @since 0.1.0
 */
export const Mark: typeof model.Mark = model.Mark
/** @since 0.1.0 */
export type Mark = model.Mark

/**
 * How a total relates to its parts along a dimension: `sum` (the default), or `distinct` for
 * counts of distinct persons, where a year's people are not the sum of its quarters' — the
 * total is at most the sum of its parts and at least the largest part.
 *
 * @since 0.1.0
 */
export const Aggregation: typeof model.Aggregation = model.Aggregation
/** @since 0.1.0 */
export type Aggregation = model.Aggregation

/**
 * A dimension: its name, each member's parent (the children of a member are exactly the
 * members naming it as parent, so a hierarchy lists all of them), and how totals aggregate.
 * A dimension without parents is flat.
 *
 * @since 0.1.0
 */
export const Dimension: typeof model.Dimension = model.Dimension
/** @since 0.1.0 */
export type Dimension = model.Dimension

/**
 * A cell before disclosure control: its key (dimension → member), its value, and for the
 * rules: `frequency` (the number of persons, or of contributors to an amount),
 * `contributions` (the largest contributions to an amount, needed for the dominance and p%
 * rules), `recordKeys` (keys of the records behind it, for cell-key noise), and a `mark` when
 * it was marked before (by hand, or by an earlier pass).
 *
 * @since 0.1.0
 */
export const Cell: typeof model.Cell = model.Cell
/** @since 0.1.0 */
export type Cell = model.Cell

/**
 * A table before disclosure control: an id, the measure its cells are figures of (an indicator
 * code), its kind, dimensions and cells, and — for differential privacy — its declared
 * sensitivity.
 *
 * @since 0.1.0
 */
export const Table: typeof model.Table = model.Table
/** @since 0.1.0 */
export type Table = model.Table

/**
 * A released cell: its key, its value unless suppressed, and its mark.
 *
 * @since 0.1.0
 */
export const PublishedCell: typeof model.PublishedCell = model.PublishedCell
/** @since 0.1.0 */
export type PublishedCell = model.PublishedCell

/**
 * A released table.
 *
 * @since 0.1.0
 */
export const PublishedTable: typeof model.PublishedTable = model.PublishedTable
/** @since 0.1.0 */
export type PublishedTable = model.PublishedTable

/**
 * A table as the ledger remembers it: per cell, what its readers know.
 *
 * @since 0.1.0
 */
export const ReleasedTable: typeof model.ReleasedTable = model.ReleasedTable
/** @since 0.1.0 */
export type ReleasedTable = model.ReleasedTable

/**
 * A cell as the ledger remembers it.
 *
 * @since 0.1.0
 */
export const ReleasedCell: typeof model.ReleasedCell = model.ReleasedCell
/** @since 0.1.0 */
export type ReleasedCell = model.ReleasedCell

/**
 * A dominance rule `(n, k)`: a cell is sensitive when its `n` largest contributions make up
 * more than `k` percent of it.
 *
 * @since 0.1.0
 */
export const DominanceRule: typeof model.DominanceRule = model.DominanceRule
/** @since 0.1.0 */
export type DominanceRule = model.DominanceRule

/**
 * The parameters of disclosure control (see the guide `docs/disclosure-control.md`):
 *
 * - `threshold`: the smallest count of persons shown (5: cells of 1–4 are suppressed; 1: off);
 * - `safetyRange`: how wide the attacker's interval for a suppressed count must stay (capped
 *   by what the cell's label already says: a `<5` cell must stay anywhere in 1–4);
 * - `showBelowThreshold`: show suppressed small counts as `<5` rather than `x`;
 * - `zeros`: `publish` (zeros are shown, and never hidden as complements) or `suppress`;
 * - `minContributors`, `dominance`, `pPercent`: the rules for amounts;
 * - `safetyPercent`: how wide (in percent of its value) the interval of a suppressed amount
 *   must stay;
 * - `secondary`: complementary suppression and the attacker check; `prune`: publish again
 *   complements that turn out not to be needed;
 * - `noise`: `none`, `cell-key` (with `cellKeyDeviation` for counts and `cellKeyRelative` for
 *   amounts) or `dp` (spending `epsilon` per table).
 *
 * @since 0.1.0
 */
export const Policy: typeof model.Policy = model.Policy
/** @since 0.1.0 */
export type Policy = model.Policy

/**
 * The identity of a cell: its measure and full key, as one string.
 *
 * @since 0.1.0
 */
export const cellId: (measure: string, key: Readonly<Record<string, string>>) => string = model.cellId

// ---------------------------------------------------------------------------------------------
// Dimensions
// ---------------------------------------------------------------------------------------------

/**
 * A dimension from its parents.
 *
 * @since 0.1.0
 */
export const dimension = (
  name: string,
  parents?: Readonly<Record<string, string>>,
  aggregation?: Aggregation
): Dimension => ({
  name,
  ...(parents === undefined ? {} : { parents: { ...parents } }),
  ...(aggregation === undefined ? {} : { aggregation })
})

/**
 * A categorical dimension whose members add up to a total (sex, age band, service type).
 *
 * @example
 * ```ts
 * Disclosure.categories("sex", ["female", "male"]) // { name: "sex", parents: { female: "total", male: "total" } }
 * ```
 * @since 0.1.0
 */
export const categories = (name: string, members: ReadonlyArray<string>, total = "total"): Dimension =>
  dimension(name, Object.fromEntries(members.map((m) => [m, total])))

/**
 * A period dimension over period ids (`2019M03`, `2019Q1`, `2019S1`, `2019`): months add up
 * to quarters, quarters to half-years when any half-year is among the ids (to the year
 * otherwise), half-years to years. Every sibling of every period's parents is declared, so
 * the hierarchy is complete. `aggregation: "distinct"` for counts of distinct persons.
 *
 * Throws a `TypeError` on an id that is not a month, quarter, half-year or year.
 *
 * @since 0.1.0
 */
export const periods = (name: string, ids: ReadonlyArray<string>, aggregation?: Aggregation): Dimension =>
  dimension(name, periodParents(ids, true), aggregation)

/**
 * An administrative-unit dimension over unit ids in force on `asOf`: each unit adds up to its
 * parent (commune → district → province before 1 July 2025, commune → province after), with
 * every child of every parent declared; with `total`, provinces add up to it (a national
 * total). Units that ceased before `asOf` must be rolled up first (`Geography.resolveAt`).
 *
 * @since 0.1.0
 */
export const units = (
  name: string,
  geography: Geography.Geography,
  ids: ReadonlyArray<string>,
  asOf: string,
  options?: { readonly total?: string | undefined; readonly aggregation?: Aggregation | undefined }
): Either.Either<Dimension, CoreError.UnknownAdminUnit> => {
  const parents: Record<string, string> = {}
  const declareChildren = (parent: AdminUnit.AdminUnit) => {
    for (const child of geography.children(parent.id, asOf)) parents[child.id] = parent.id
  }
  let province = false
  for (const id of ids) {
    if (options?.total !== undefined && id === options.total) continue
    const chain = geography.parentChain(id, asOf)
    if (Either.isLeft(chain)) return Either.left(chain.left)
    const units = chain.right
    if (units[0]?.id !== id) {
      return Either.left(
        new CoreError.UnknownAdminUnit({
          code: id,
          asOf,
          reason: {
            vi: "không còn hiệu lực vào ngày này; hãy quy về đơn vị kế thừa trước (Geography.resolveAt)",
            en: "is not in force on that date; roll it up to its successor first (Geography.resolveAt)"
          }
        })
      )
    }
    for (let i = 0; i + 1 < units.length; i++) {
      parents[units[i]!.id] = units[i + 1]!.id
      declareChildren(units[i + 1]!)
    }
    province = true
  }
  if (options?.total !== undefined && province) {
    for (const p of geography.unitsAt("province", asOf)) parents[p.id] = options.total
  }
  return Either.right(dimension(name, parents, options?.aggregation))
}

// ---------------------------------------------------------------------------------------------
// Policies
// ---------------------------------------------------------------------------------------------

/**
 * The protection of tables for readers outside the programme: counts under 5 suppressed and
 * shown as `<5`, safety range 5, zeros shown; amounts from fewer than 3 contributors, or where
 * one contributor makes up more than 75% or two more than 85%, or that fail the 10% rule,
 * suppressed, with a safety range of 10% of the value; complementary suppression on; no
 * noise.
 *
 * @since 0.1.0
 */
export const defaultPolicy: Policy = {
  threshold: 5,
  safetyRange: 5,
  showBelowThreshold: true,
  zeros: "publish",
  minContributors: 3,
  dominance: [
    { n: 1, k: 75 },
    { n: 2, k: 85 }
  ],
  pPercent: 10,
  safetyPercent: 10,
  secondary: true,
  prune: true,
  noise: "none",
  cellKeyDeviation: 2,
  cellKeyRelative: 0.05,
  epsilon: 1
}

/**
 * No protection at all: for the people who hold the records anyway (peer educators, model
 * officers).
 *
 * @since 0.1.0
 */
export const noProtection: Policy = {
  ...defaultPolicy,
  threshold: 1,
  safetyRange: 0,
  minContributors: 1,
  dominance: [],
  pPercent: 0,
  safetyPercent: 0,
  secondary: false
}

/**
 * The policy of an audience, from the `disclosure` section of its definition: `minCellSize`
 * becomes the threshold and the safety range (with the rules for amounts of
 * {@link defaultPolicy} whenever it is above 1), `secondarySuppression` turns complementary
 * suppression on, `noise` turns on cell-key perturbation.
 *
 * @example
 * ```ts
 * Disclosure.policyFor(Audience.donor).threshold // 5
 * Disclosure.policyFor(Audience.peerEducator).threshold // 1
 * ```
 * @since 0.1.0
 */
export const policyFor = (audience: Audience.Audience): Policy => {
  const d = audience.disclosure
  const base = d.minCellSize > 1 ? defaultPolicy : noProtection
  return {
    ...base,
    threshold: d.minCellSize,
    safetyRange: d.minCellSize > 1 ? d.minCellSize : 0,
    secondary: d.secondarySuppression,
    noise: d.noise ? "cell-key" : "none"
  }
}

const strongerDominance = (floor: ReadonlyArray<DominanceRule>, rules: ReadonlyArray<DominanceRule>): boolean =>
  floor.every((f) => rules.some((r) => r.n === f.n && r.k <= f.k))

/**
 * A policy made stricter than a floor: every setting in `changes` must protect at least as
 * much as the floor's (a larger threshold, complementary suppression kept, noise kept, a
 * smaller ε…), or the change is refused with {@link PolicyBelowFloor}.
 *
 * @since 0.1.0
 */
export const stricter = (
  floor: Policy,
  changes: Partial<Policy>,
  audience: string
): Either.Either<Policy, PolicyBelowFloor> => {
  const next: Policy = { ...floor, ...changes }
  const refuse = (setting: string, vi: string, en: string) =>
    Either.left(new PolicyBelowFloor({ audience, setting, reason: { vi, en } }))
  const atLeast = ["threshold", "safetyRange", "minContributors", "pPercent", "safetyPercent"] as const
  for (const setting of atLeast) {
    if (next[setting] < floor[setting]) {
      return refuse(setting, `phải ít nhất là ${floor[setting]}`, `must be at least ${floor[setting]}`)
    }
  }
  if (floor.secondary && !next.secondary) return refuse("secondary", "phải giữ ẩn bổ sung", "complementary suppression must stay on")
  if (floor.zeros === "suppress" && next.zeros === "publish") return refuse("zeros", "phải giữ ẩn các số 0", "zeros must stay suppressed")
  if (!floor.showBelowThreshold && next.showBelowThreshold) {
    return refuse("showBelowThreshold", "không được hiện \"<n\"", "must not show \"<n\"")
  }
  if (!strongerDominance(floor.dominance, next.dominance)) {
    return refuse("dominance", "phải giữ các quy tắc trội, với k không lớn hơn", "must keep every dominance rule, with k no larger")
  }
  if (floor.noise !== "none") {
    if (next.noise === "none") return refuse("noise", "phải giữ nhiễu", "noise must stay on")
    if (next.noise === "cell-key" && floor.noise === "cell-key") {
      if (next.cellKeyDeviation < floor.cellKeyDeviation || next.cellKeyRelative < floor.cellKeyRelative) {
        return refuse("cellKeyDeviation", "mức nhiễu không được nhỏ hơn", "the noise must not be smaller")
      }
    }
    if (next.noise === "dp" && floor.noise === "dp" && next.epsilon > floor.epsilon) {
      return refuse("epsilon", `ε không được lớn hơn ${floor.epsilon}`, `ε must not exceed ${floor.epsilon}`)
    }
  }
  return Either.right(next)
}

// ---------------------------------------------------------------------------------------------
// Checking a table
// ---------------------------------------------------------------------------------------------

const invalid = (table: Table, vi: string, en: string, cell?: Readonly<Record<string, string>>) =>
  new InvalidTable({ table: table.id, reason: { vi, en }, ...(cell === undefined ? {} : { cell: { ...cell } }) })

/**
 * Checks a table before disclosure control: cells name only declared dimensions, no two cells
 * have the same key, values are finite and not negative (whole for counts), and totals agree
 * with their parts where the table has both (equal for sums; between the largest part and
 * the sum for distinct counts).
 *
 * @since 0.1.0
 */
export const validate = (table: Table): Either.Either<Table, InvalidTable> => {
  const declared = new Map(table.dimensions.map((d) => [d.name, d]))
  const roots = new Map<string, string | undefined>()
  for (const d of table.dimensions) {
    const parents = d.parents ?? {}
    const tops = new Set(Object.values(parents).filter((p) => !Object.hasOwn(parents, p)))
    roots.set(d.name, tops.size === 1 ? [...tops][0] : undefined)
  }
  const names = [...declared.keys()].sort()
  const index = new Map<string, number>()
  const full: Array<Record<string, string>> = []
  for (let i = 0; i < table.cells.length; i++) {
    const cell = table.cells[i]!
    for (const name of Object.keys(cell.key)) {
      if (!declared.has(name)) {
        return Either.left(invalid(table, `ô có chiều "${name}" mà bảng không khai báo`, `a cell names dimension "${name}", which the table does not declare`, cell.key))
      }
    }
    if (!Number.isFinite(cell.value) || cell.value < 0) {
      return Either.left(invalid(table, "giá trị phải là số hữu hạn không âm", "the value must be a finite number, not negative", cell.key))
    }
    if (table.kind === "frequency" && !Number.isInteger(cell.value)) {
      return Either.left(invalid(table, "số đếm phải là số nguyên", "a count must be a whole number", cell.key))
    }
    const key: Record<string, string> = {}
    for (const name of names) {
      const member = cell.key[name] ?? roots.get(name)
      if (member === undefined) {
        return Either.left(
          invalid(table, `ô không có giá trị cho chiều "${name}", mà chiều này không có một tổng duy nhất`, `the cell has no member for dimension "${name}", which has no single total`, cell.key)
        )
      }
      key[name] = member
    }
    const id = model.cellId(table.measure, key)
    if (index.has(id)) return Either.left(invalid(table, "hai ô có cùng khóa", "two cells have the same key", cell.key))
    index.set(id, i)
    full.push(key)
  }
  for (let i = 0; i < full.length; i++) {
    const key = full[i]!
    const cell = table.cells[i]!
    for (const d of table.dimensions) {
      const parents = d.parents ?? {}
      const children = Object.keys(parents).filter((m) => parents[m] === key[d.name])
      if (children.length === 0) continue
      const parts: Array<number> = []
      for (const child of children) {
        const at = index.get(model.cellId(table.measure, { ...key, [d.name]: child }))
        if (at === undefined) break
        parts.push(table.cells[at]!.value)
      }
      if (parts.length < children.length) continue
      const sum = parts.reduce((s, x) => s + x, 0)
      const tolerance = 1e-9 * Math.max(1, sum)
      const ok =
        (d.aggregation ?? "sum") === "sum"
          ? Math.abs(cell.value - sum) <= tolerance
          : cell.value <= sum + tolerance && cell.value >= Math.max(...parts) - tolerance
      if (!ok) {
        return Either.left(
          invalid(
            table,
            (d.aggregation ?? "sum") === "sum"
              ? `tổng theo chiều "${d.name}" không bằng tổng các phần`
              : `tổng không trùng lặp theo chiều "${d.name}" không nằm giữa phần lớn nhất và tổng các phần`,
            (d.aggregation ?? "sum") === "sum"
              ? `the total along "${d.name}" is not the sum of its parts`
              : `the distinct total along "${d.name}" is not between its largest part and the sum of its parts`,
            cell.key
          )
        )
      }
    }
  }
  return Either.right(table)
}

// ---------------------------------------------------------------------------------------------
// Protection
// ---------------------------------------------------------------------------------------------

/**
 * Options of {@link protect}.
 *
 * @since 0.1.0
 */
export interface ProtectOptions {
  readonly policy: Policy
  /** The audience, for messages and the privacy budget. */
  readonly audience?: string | undefined
  /** What was released to the audience before (from the `ReleaseLedger`). */
  readonly history?: ReadonlyArray<AttackerCheck.History> | undefined
  /** The deployment key, for cell-key perturbation. */
  readonly key?: Key | undefined
}

/**
 * The outcome of disclosure control.
 *
 * @since 0.1.0
 */
export interface Protected {
  readonly policy: Policy
  /** The tables to publish. */
  readonly tables: ReadonlyArray<PublishedTable>
  /** What the ledger records. */
  readonly released: ReadonlyArray<ReleasedTable>
  /**
   * The attacker check of the result (when complementary suppression is on): the agency's
   * evidence that the release is safe, never to be published with it.
   */
  readonly assessment?: AttackerCheck.Assessment | undefined
}

const published = (table: Table, shown: ReadonlyArray<number | undefined> | undefined): PublishedTable => ({
  id: table.id,
  measure: table.measure,
  kind: table.kind,
  dimensions: table.dimensions,
  cells: table.cells.map((cell, i) => {
    const mark: Mark = cell.mark ?? { status: "published" }
    const value = mark.status === "suppressed" ? undefined : mark.status === "perturbed" ? (shown?.[i] ?? cell.value) : cell.value
    return { key: cell.key, ...(value === undefined ? {} : { value }), mark }
  })
})

const ledgerTable = (table: Table, shown: ReadonlyArray<number | undefined> | undefined, policy: Policy): ReleasedTable => ({
  id: table.id,
  measure: table.measure,
  kind: table.kind,
  dimensions: table.dimensions,
  cells: table.cells.map((cell, i) => releasedCell(table.kind, cell, shown?.[i], policy))
})

const knownOf = (tables: ReadonlyArray<Table>) =>
  tables.map((t) => ({
    source: t.id,
    measure: t.measure,
    kind: t.kind,
    dimensions: t.dimensions,
    cells: t.cells.map((c) => ({ key: c.key, status: "published" as const, lower: 0, upper: Infinity, required: 0 }))
  }))

/** A cell suppressed in one table of a release is suppressed in every table holding it. */
const unify = (tables: ReadonlyArray<Table>): Either.Either<ReadonlyArray<Table>, InvalidTable> =>
  Either.map(fullKeys(knownOf(tables)), (keys) => {
    const marks = new Map<string, Mark>()
    for (const t of tables) {
      const ks = keys.get(t.id)!
      t.cells.forEach((c, i) => {
        if (c.mark?.status !== "suppressed") return
        const id = model.cellId(t.measure, ks[i]!)
        const known = marks.get(id)
        if (known === undefined || (known.reason === "secondary" && c.mark.reason !== "secondary")) marks.set(id, c.mark)
      })
    }
    return tables.map((t) => {
      const ks = keys.get(t.id)!
      return {
        ...t,
        cells: t.cells.map((c, i) => {
          const mark = marks.get(model.cellId(t.measure, ks[i]!))
          return mark === undefined || c.mark?.status === "suppressed" ? c : { ...c, mark }
        })
      }
    })
  })

const perturbWithCellKeys = (
  tables: ReadonlyArray<Table>,
  key: Key,
  policy: Policy
): Effect.Effect<{ readonly tables: ReadonlyArray<Table>; readonly shown: ReadonlyMap<string, ReadonlyArray<number | undefined>> }, InvalidTable> =>
  Effect.gen(function* () {
    const keys = yield* fullKeys(knownOf(tables))
    const shown = new Map<string, ReadonlyArray<number | undefined>>()
    const out: Array<Table> = []
    for (const t of tables) {
      const ks = keys.get(t.id)!
      const values: Array<number | undefined> = []
      const cells: Array<Cell> = []
      for (let i = 0; i < t.cells.length; i++) {
        const cell = t.cells[i]!
        if (cell.mark !== undefined || cell.value === 0) {
          values.push(undefined)
          cells.push(cell)
          continue
        }
        const u = yield* CellKey.of(key, { measure: t.measure, key: ks[i]!, recordKeys: cell.recordKeys })
        values.push(CellKey.perturb(t.kind, cell.value, u, policy))
        cells.push({ ...cell, mark: { status: "perturbed", reason: "cell-key" } })
      }
      shown.set(t.id, values)
      out.push({ ...t, cells })
    }
    return { tables: out, shown }
  })

const withDifferentialPrivacy = (
  tables: ReadonlyArray<Table>,
  options: ProtectOptions
): Effect.Effect<Protected, DisclosureError> =>
  Effect.gen(function* () {
    const audience = options.audience ?? "unknown"
    const budget = yield* Effect.serviceOption(DifferentialPrivacy.Budget)
    if (Option.isNone(budget)) {
      return yield* Effect.fail(new BudgetExhausted({ audience, requested: options.policy.epsilon, remaining: 0 }))
    }
    const out: Array<PublishedTable> = []
    const released: Array<ReleasedTable> = []
    for (const t of tables) {
      const values = yield* DifferentialPrivacy.noisyValues(
        t.cells.map((c) => c.value),
        { audience, epsilon: options.policy.epsilon, sensitivity: t.sensitivity }
      ).pipe(Effect.provideService(DifferentialPrivacy.Budget, budget.value))
      const marked: Table = { ...t, cells: t.cells.map((c) => ({ ...c, mark: { status: "perturbed", reason: "dp" } })) }
      out.push(published(marked, values))
      released.push(ledgerTable(marked, values, options.policy))
    }
    return { policy: options.policy, tables: out, released }
  })

/**
 * Applies disclosure control to the tables of one release: primary suppression, perturbation
 * when the policy asks for it, complementary suppression checked by the attacker check
 * against the tables together and the history, and the marks that say why. Fails with
 * `UnsafeRelease` when no suppression pattern makes the release safe.
 *
 * @since 0.1.0
 */
export const protect = (
  tables: ReadonlyArray<Table>,
  options: ProtectOptions
): Effect.Effect<Protected, DisclosureError, AttackerCheck.Solver> =>
  Effect.gen(function* () {
    const policy = options.policy
    for (const t of tables) yield* validate(t)
    if (policy.noise === "dp") return yield* withDifferentialPrivacy(tables, options)
    const primary: Array<Table> = []
    for (const t of tables) primary.push(yield* Suppression.primary(t, policy))
    let marked = yield* unify(primary)
    let shown: ReadonlyMap<string, ReadonlyArray<number | undefined>> = new Map()
    if (policy.noise === "cell-key") {
      if (options.key === undefined) return yield* Effect.fail(new KeyRequired({ audience: options.audience ?? "unknown" }))
      const perturbed = yield* perturbWithCellKeys(marked, options.key, policy)
      marked = perturbed.tables
      shown = perturbed.shown
    }
    const history = options.history ?? []
    let assessment: AttackerCheck.Assessment | undefined
    if (policy.secondary) {
      marked = yield* Suppression.secondary(marked, { policy, history, shown, audience: options.audience })
      assessment = yield* AttackerCheck.check(marked, { policy, history, shown })
      const failed = assessment.intervals.find((i) => !i.safe)
      if (failed !== undefined) {
        return yield* Effect.fail(
          new UnsafeRelease({
            table: failed.table,
            measure: failed.measure,
            cell: { ...failed.key },
            ...(options.audience === undefined ? {} : { audience: options.audience }),
            reason: { vi: "ô đã ẩn vẫn có thể tính ra quá sát", en: "the suppressed cell can still be narrowed too far" }
          })
        )
      }
    }
    return {
      policy,
      tables: marked.map((t) => published(t, shown.get(t.id))),
      released: marked.map((t) => ledgerTable(t, shown.get(t.id), policy)),
      assessment
    }
  })

/**
 * What to release.
 *
 * @since 0.1.0
 */
export interface ReleaseInput {
  /** Whose eyes the tables are for: their policy is applied, whatever the caller asks. */
  readonly audience: Audience.Audience
  readonly tables: ReadonlyArray<Table>
  /** The release's id (random when omitted). */
  readonly id?: string | undefined
  /** Settings stricter than the audience's (weaker ones are refused). */
  readonly stricter?: Partial<Policy> | undefined
  /** The deployment key, required when the audience's tables are perturbed. */
  readonly key?: Key | undefined
}

/**
 * A release that went through: the tables to publish and the ledger's record.
 *
 * @since 0.1.0
 */
export interface Released extends Protected {
  readonly release: ReleaseLedger.Release
}

/**
 * Releases tables to an audience: applies the audience's disclosure control (made stricter on
 * request, never weaker), checks the tables together with everything released to the same
 * audience before, and records the release in the ledger. This is the one door through which
 * reports for donors and the public leave the system.
 *
 * @since 0.1.0
 */
export const release = (
  input: ReleaseInput
): Effect.Effect<Released, DisclosureError, AttackerCheck.Solver | ReleaseLedger.ReleaseLedger> =>
  Effect.gen(function* () {
    const audience = input.audience.id
    const policy = yield* stricter(policyFor(input.audience), input.stricter ?? {}, audience)
    const ledger = yield* ReleaseLedger.ReleaseLedger
    const measures = [...new Set(input.tables.map((t) => t.measure))]
    const history = yield* ledger.published(audience, measures)
    const result = yield* protect(input.tables, { policy, audience, history, key: input.key })
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    const record: ReleaseLedger.Release = {
      id: input.id ?? globalThis.crypto.randomUUID(),
      audience,
      at,
      tables: result.released
    }
    yield* ledger.record(record)
    return { ...result, release: record }
  })

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

/**
 * A report cell as disclosure control reads it — the shape of a cell of `@pctnxh/indicators`'
 * `Report`: indicator, period, unit (absent for the total), disaggregation, value, numerator,
 * denominator and the disclosure mark.
 *
 * @since 0.1.0
 */
export type ReportCell = reports.ReportCell

/**
 * A report as disclosure control reads it: its indicators (code, unit, additive) and cells.
 * An `@pctnxh/indicators` `Report` is one.
 *
 * @since 0.1.0
 */
export type ReportLike<C extends ReportCell = ReportCell> = reports.ReportLike<C>

/**
 * A report read as tables, with the link from each report cell to its table cells.
 *
 * @since 0.1.0
 */
export type ReportTables = reports.ReportTables

/**
 * The contributors to an amount of a report cell (for the dominance and p% rules).
 *
 * @since 0.1.0
 */
export type Contributors = reports.Contributors

/**
 * Options of {@link fromReport}.
 *
 * @since 0.1.0
 */
export type FromReportOptions = reports.FromReportOptions

/**
 * The units whose counts are about persons or establishments, protected by default: persons,
 * contacts (lượt), establishment-visits, establishments, cases.
 *
 * @since 0.1.0
 */
export const personUnits: ReadonlyArray<string> = reports.personUnits

/**
 * Reads a report as tables: one per indicator, keyed by period (months, quarters, halves and
 * years nested), unit (with the report's scope as total) and each breakdown attribute (with a
 * total). A ratio gives two tables, its numerators and its denominators, and a cell is hidden
 * when either is. Counts in {@link personUnits} are protected; amounts (VND) need their
 * contributors (`amounts`) unless declared public (`publicAmounts`, for budgets and norms);
 * other counts (sessions, items…) are left as they are. Totals of a non-additive indicator
 * (distinct persons) are taken as at most the sum of their parts, except along a breakdown
 * where the report's figures add up exactly.
 *
 * @since 0.1.0
 */
export const fromReport: (report: ReportLike, options?: FromReportOptions) => Either.Either<ReportTables, InvalidTable> =
  reports.fromReport

/**
 * Writes released tables back into the report they were read from: every cell gets its mark,
 * suppressed cells lose their value, numerator and denominator, perturbed ones show the
 * perturbed figures.
 *
 * @since 0.1.0
 */
export const toReport: <C extends ReportCell, R extends ReportLike<C>>(
  report: R,
  read: ReportTables,
  released: ReadonlyArray<PublishedTable>
) => R = reports.toReport

/**
 * Releases a report to an audience: reads it as tables, applies the audience's disclosure
 * control through {@link release} (with the ledger), and returns the report with every cell
 * marked. This is how reports for donors and the public are meant to leave the system.
 *
 * @example
 * ```ts
 * const { report: forDonor } = yield* Disclosure.releaseReport({ audience: Audience.donor, report })
 * forDonor.cells.map((c) => c.disclosure?.display ?? c.value) // [..., "<5", "x", ...]
 * ```
 * @since 0.1.0
 */
export const releaseReport = <C extends ReportCell, R extends ReportLike<C>>(
  input: Omit<ReleaseInput, "tables"> & { readonly report: R } & FromReportOptions
): Effect.Effect<{ readonly report: R; readonly released: Released }, DisclosureError, AttackerCheck.Solver | ReleaseLedger.ReleaseLedger> =>
  Effect.gen(function* () {
    const read = yield* reports.fromReport(input.report, input)
    const released = yield* release({ ...input, tables: read.tables })
    return { report: reports.toReport<C, R>(input.report, read, released.tables), released }
  })

// ---------------------------------------------------------------------------------------------
// Reading marks
// ---------------------------------------------------------------------------------------------

/**
 * What an export prints for a released cell: its value, or its mark's display (`<5`, `x`).
 *
 * @since 0.1.0
 */
export const display = (cell: PublishedCell): string =>
  cell.mark.status === "suppressed" || cell.value === undefined ? (cell.mark.display ?? "x") : String(cell.value)

/**
 * Why a cell is shown as it is, in one language.
 *
 * @example
 * ```ts
 * Disclosure.explain({ status: "suppressed", reason: "primary-frequency", display: "<5" }, "en")
 * // "<5: Suppressed — Too few persons or contributors (below the minimum frequency)"
 * ```
 * @since 0.1.0
 */
export const explain = (mark: Mark, lang: Label.Lang): string => {
  const status = model.Status.label(mark.status)[lang]
  const reason = mark.reason === undefined ? "" : ` — ${model.Reason.label(mark.reason)[lang]}`
  const shown = mark.display === undefined ? "" : `${mark.display}: `
  return `${shown}${status}${reason}`
}
