/**
 * Statistical disclosure control for every published table, and the door every report leaves by.
 *
 * Small numbers identify people: "1 woman referred for HIV testing in Yên Bằng commune, Q3" is
 * a person. Every report released to an audience goes through {@link release}, which returns the
 * only thing an exporter writes ({@link Released}); tables of one's own go through
 * {@link releaseTables}. Both apply the audience's rules without being asked:
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
 * 5. the release is recorded in the ledger and appended to the audit log.
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
 * const released = Disclosure.releaseTables({ audience: Audience.donor, tables: [referrals] }).pipe(
 *   Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerMemory, auditLayer))
 * )
 * // cells of 1–4 persons read "<5", their complements "x"
 * ```
 * @since 0.1.0
 */
import type { Geography, Label } from "@pctnxh/core"
import { AdminUnit, AggregateQuery, CoreError, Period, type ReportTable, Store } from "@pctnxh/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type * as Audience from "./Audience.js"
import * as AttackerCheck from "./AttackerCheck.js"
import * as Audit from "./Audit.js"
import * as CellKey from "./CellKey.js"
import * as DifferentialPrivacy from "./DifferentialPrivacy.js"
import type { DisclosureError, EarlierRelease } from "./DisclosureError.js"
import {
  BeyondAudience,
  BudgetExhausted,
  InconsistentFigures,
  InvalidTable,
  KeyRequired,
  PolicyBelowFloor,
  UnsafeRelease
} from "./DisclosureError.js"
import type {
  Aggregation,
  Cell,
  Dimension,
  DominanceRule,
  Mark,
  Policy,
  PublishedCell,
  PublishedTable,
  ReleasedTable,
  Table
} from "./DisclosureTable.js"
import * as model from "./DisclosureTable.js"
import { released as releasedCell } from "./internal/disclosure/knowledge.js"
import { withImplied } from "./internal/disclosure/implied.js"
import { fullKeys } from "./internal/disclosure/lattice.js"
import { bothCalendars, plainMeasure } from "./internal/disclosure/calendars.js"
import { withDeadline } from "./internal/disclosure/solver.js"
import { treesOf } from "./internal/disclosure/trees.js"
import { periodParents } from "./internal/disclosure/periods.js"
import * as reports from "./internal/disclosure/report.js"
import type { Key } from "./Key.js"
import * as KeyModule from "./Key.js"
import * as ReleaseLedger from "./ReleaseLedger.js"
import * as Suppression from "./Suppression.js"

// ---------------------------------------------------------------------------------------------
// The table model (module `DisclosureTable`, re-exported under the same names)
// ---------------------------------------------------------------------------------------------

export {
  /** @since 0.1.0 */
  Aggregation,
  /** @since 0.1.0 */
  Cell,
  /** @since 0.1.0 */
  cellId,
  /** @since 0.1.0 */
  Dimension,
  /** @since 0.1.0 */
  DominanceRule,
  /** @since 0.1.0 */
  Kind,
  /** @since 0.1.0 */
  Mark,
  /** @since 0.1.0 */
  Policy,
  /** @since 0.1.0 */
  PublishedCell,
  /** @since 0.1.0 */
  PublishedTable,
  /** @since 0.1.0 */
  Reason,
  /** @since 0.1.0 */
  ReleasedCell,
  /** @since 0.1.0 */
  ReleasedTable,
  /** @since 0.1.0 */
  Status,
  /** @since 0.1.0 */
  Table
} from "./DisclosureTable.js"

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
 * The dimension with a further hierarchy over its members: another grouping of the same
 * communes (a donor's large and small sites beside the districts), whose totals a release may
 * show beside the dimension's own. Tables of one measure that group a dimension differently must
 * give it one name and declare each grouping: the attacker check then writes down the totals of
 * every grouping, so no cell becomes derivable from their union.
 *
 * @example
 * ```ts
 * const byDistrict = Disclosure.dimension("unit", { c1: "d1", c2: "d1", c3: "d2", d1: "province", d2: "province" })
 * const both = Disclosure.grouping(byDistrict, "site-size", { c1: "large", c3: "large", c2: "small", large: "province", small: "province" })
 * ```
 * @since 0.1.0
 */
export const grouping = (dimension: Dimension, name: string, parents: Readonly<Record<string, string>>): Dimension => ({
  ...dimension,
  hierarchies: { ...dimension.hierarchies, [name]: { ...parents } }
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
  epsilon: 1,
  epsilonTotal: 1,
  dpReplacesSuppression: false
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
 * suppression on, `noise` turns on cell-key perturbation, and `differentialPrivacy` turns on
 * differential privacy with its ceilings of ε per release and in total (and, only when it says
 * so, in place of the small-cell rules).
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
    noise: d.noise ? "cell-key" : "none",
    ...(d.differentialPrivacy === undefined
      ? {}
      : {
          noise: "dp" as const,
          epsilon: d.differentialPrivacy.epsilonPerRelease,
          epsilonTotal: d.differentialPrivacy.epsilonTotal,
          dpReplacesSuppression: d.differentialPrivacy.replacesSuppression ?? false
        })
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
    if (floor.noise === "dp") {
      if (next.noise !== "dp") return refuse("noise", "phải giữ riêng tư vi phân", "differential privacy must stay on")
      if (next.epsilon > floor.epsilon) {
        return refuse("epsilon", `ε không được lớn hơn ${floor.epsilon}`, `ε must not exceed ${floor.epsilon}`)
      }
      if (next.epsilonTotal > floor.epsilonTotal) {
        return refuse("epsilonTotal", `tổng ε không được lớn hơn ${floor.epsilonTotal}`, `the total ε must not exceed ${floor.epsilonTotal}`)
      }
      if (next.dpReplacesSuppression && !floor.dpReplacesSuppression) {
        return refuse("dpReplacesSuppression", "phải giữ các quy tắc ô nhỏ", "the small-cell rules must stay")
      }
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
    const trees = treesOf(d)
    const tops = new Set(trees.flatMap((parents) => Object.values(parents)).filter((p) => !trees.some((t) => Object.hasOwn(t, p))))
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
      for (const parents of treesOf(d)) {
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
  /** With differential privacy: the ε to spend, at most the policy's ceiling per release (the ceiling when omitted). */
  readonly epsilon?: number | undefined
  /** The release the tables are for, recorded with the ε it spends. */
  readonly release?: string | undefined
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
  ...(table.closed === undefined ? {} : { closed: table.closed }),
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
  ...(table.closed === undefined ? {} : { closed: table.closed }),
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
    const dimensions = tables.flatMap((t) => t.dimensions)
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
        const u = yield* CellKey.of(key, CellKey.canonical({ measure: t.measure, key: ks[i]!, recordKeys: cell.recordKeys }, dimensions))
        values.push(CellKey.perturb(t.kind, cell.value, u, policy))
        cells.push({ ...cell, mark: { status: "perturbed", reason: "cell-key" } })
      }
      shown.set(t.id, values)
      out.push({ ...t, cells })
    }
    return { tables: out, shown }
  })

/** The privacy budget: the service in context, else the one kept in the Store in context. */
const budgetFor = (audience: string, epsilon: number) =>
  Effect.gen(function* () {
    const service = yield* Effect.serviceOption(DifferentialPrivacy.Budget)
    if (Option.isSome(service)) return service.value
    const store = yield* Effect.serviceOption(Store.Store)
    if (Option.isSome(store)) return yield* Effect.provideService(DifferentialPrivacy.makeStore, Store.Store, store.value)
    // no budget kept anywhere: no noisy answers (fail closed)
    return yield* Effect.fail(new BudgetExhausted({ audience, requested: epsilon, remaining: 0 }))
  })

/**
 * Differential privacy for the cells of a release that no rule hid: ε within the audience's
 * ceilings, spent before any noise is drawn, with the sensitivity of the release derived from
 * its tables (the sum of theirs). A cell shown in several tables is drawn once.
 */
const perturbWithDp = (
  tables: ReadonlyArray<Table>,
  options: ProtectOptions
): Effect.Effect<
  { readonly tables: ReadonlyArray<Table>; readonly shown: ReadonlyMap<string, ReadonlyArray<number | undefined>> },
  DisclosureError
> =>
  Effect.gen(function* () {
    const audience = options.audience ?? "unknown"
    const epsilon = yield* DifferentialPrivacy.requested(options.policy, audience, options.epsilon)
    let sensitivity = 0
    for (const t of tables) sensitivity += yield* DifferentialPrivacy.sensitivity(t)
    const keys = yield* fullKeys(knownOf(tables))
    const budget = yield* budgetFor(audience, epsilon)
    yield* budget.spend({ audience, epsilon, total: options.policy.epsilonTotal, release: options.release })
    const parameters = { sensitivity, epsilon }
    const drawn = new Map<string, number>()
    const shown = new Map<string, ReadonlyArray<number | undefined>>()
    const out: Array<Table> = []
    for (const t of tables) {
      const ks = keys.get(t.id)!
      const values: Array<number | undefined> = []
      const cells: Array<Cell> = []
      for (let i = 0; i < t.cells.length; i++) {
        const cell = t.cells[i]!
        if (cell.mark?.status === "suppressed") {
          values.push(undefined)
          cells.push(cell)
          continue
        }
        const id = model.cellId(t.measure, ks[i]!)
        let value = drawn.get(id)
        if (value === undefined) {
          value = yield* DifferentialPrivacy.laplace(cell.value, parameters)
          drawn.set(id, value)
        }
        values.push(value)
        cells.push({ ...cell, mark: { status: "perturbed", reason: "dp" } })
      }
      shown.set(t.id, values)
      out.push({ ...t, cells })
    }
    return { tables: out, shown }
  })

/**
 * The marks a table arrives with, as far as they can be trusted: a mark can only hide more. A
 * cell marked published or perturbed is judged again; a cell marked suppressed stays so, with
 * the mark the rules give it (its label says what the rules say, never what the caller wrote).
 */
const trusted = (table: Table, policy: Policy): Table => ({
  ...table,
  cells: table.cells.map((cell) => {
    if (cell.mark === undefined) return cell
    const { mark, ...rest } = cell
    if (mark.status !== "suppressed") return rest
    const found = Suppression.primaryReason(table.kind, rest, policy)
    const reason = Either.isRight(found) && Option.isSome(found.right) ? found.right.value : undefined
    return {
      ...rest,
      mark: reason === undefined ? { status: "suppressed" as const, reason: "secondary" as const, display: "x" } : Suppression.primaryMark(table.kind, reason, policy)
    }
  })
})

/**
 * Applies disclosure control to the tables of one release: primary suppression, perturbation
 * when the policy asks for it, complementary suppression checked by the attacker check
 * against the tables together and the history, and the marks that say why. Fails with
 * `UnsafeRelease` when no suppression pattern makes the release safe. A mark a cell arrives
 * with can only hide more: cells marked published or perturbed are judged again.
 *
 * @since 0.1.0
 */
export const protect = (
  given: ReadonlyArray<Table>,
  options: ProtectOptions
): Effect.Effect<Protected, DisclosureError, AttackerCheck.Solver> =>
  // suppression and the attacker check share one time limit
  withDeadline(
    Effect.gen(function* () {
      const policy = options.policy
      for (const t of given) yield* validate(t)
      // differential privacy takes the place of the small-cell rules only where the policy says so
      const rules = !(policy.noise === "dp" && policy.dpReplacesSuppression)
      // cells implied by differencing periods with what is published get the rules too
      const implied =
        policy.secondary && rules
          ? withImplied(given, options.history ?? [], (kind, cell) => {
              const found = Suppression.primaryReason(kind, cell, policy)
              return Either.isRight(found) && Option.isSome(found.right)
            })
          : { tables: given, given: new Map<string, number>() }
      const tables = implied.tables
      for (const t of tables) yield* validate(t)
      /** A table as published: without the implied cells it was given for the check. */
      const shownPart = (t: Table): Table => {
        const n = implied.given.get(t.id)
        return n === undefined || n === t.cells.length ? t : { ...t, cells: t.cells.slice(0, n) }
      }
      const primary: Array<Table> = []
      for (const t of tables) primary.push(rules ? yield* Suppression.primary(trusted(t, policy), policy) : trusted(t, policy))
      let marked = yield* unify(primary)
      let shown: ReadonlyMap<string, ReadonlyArray<number | undefined>> = new Map()
      if (policy.noise === "dp") {
        const perturbed = yield* perturbWithDp(marked, options)
        marked = perturbed.tables
        shown = perturbed.shown
      }
      if (policy.noise === "cell-key") {
        if (options.key === undefined) return yield* Effect.fail(new KeyRequired({ audience: options.audience ?? "unknown" }))
        const perturbed = yield* perturbWithCellKeys(marked, options.key, policy)
        marked = perturbed.tables
        shown = perturbed.shown
      }
      const history = options.history ?? []
      let assessment: AttackerCheck.Assessment | undefined
      if (policy.secondary && rules) {
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
        tables: marked.map((t) => published(shownPart(t), shown.get(t.id)?.slice(0, shownPart(t).cells.length))),
        released: marked.map((t) => ledgerTable(t, shown.get(t.id), policy)),
        assessment
      }
    })
  )

/**
 * What to release as tables.
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
  /**
   * With differential privacy: the ε this release spends from the audience's budget, at most
   * its ceiling per release (`EpsilonAboveCeiling` otherwise); the ceiling when omitted.
   */
  readonly epsilon?: number | undefined
  /** What is released, in an officer's words: named again if a later release conflicts with it. */
  readonly label?: Label.Label | undefined
  /** Who releases, for the audit log (`system` by default). */
  readonly actor?: string | undefined
}

/**
 * Tables that went through {@link releaseTables}: the tables to publish and the ledger's record.
 *
 * @since 0.1.0
 */
export interface ReleasedTables extends Protected {
  readonly release: ReleaseLedger.Release
}

/** The earlier releases holding a measure of a refusal, to name them. */
const earlierFor = (history: ReadonlyArray<AttackerCheck.History>, measures: ReadonlyArray<string>): Array<EarlierRelease> =>
  history
    .filter((h) => h.tables.some((t) => measures.some((m) => plainMeasure(m) === plainMeasure(t.measure))))
    .map((h) => ({ id: h.release, ...(h.at === undefined ? {} : { at: h.at }), ...(h.label === undefined ? {} : { label: h.label }) }))

/** A refusal that concerns figures released before names those releases. */
const naming = (history: ReadonlyArray<AttackerCheck.History>) => (error: DisclosureError): DisclosureError => {
  if ((error._tag !== "UnsafeRelease" && error._tag !== "InconsistentFigures") || error.earlier !== undefined) return error
  const earlier = earlierFor(history, error.measure.split(", "))
  if (earlier.length === 0) return error
  return error._tag === "UnsafeRelease"
    ? new UnsafeRelease({ ...error, earlier })
    : new InconsistentFigures({ ...error, earlier })
}

/**
 * Protects tables against the ledger and makes the ledger's record of them (written by
 * {@link commit}): the part of the door shared by tables and reports.
 */
const recorded = (
  input: Omit<ReleaseInput, "actor"> & { readonly key?: Key | undefined }
): Effect.Effect<ReleasedTables, DisclosureError, AttackerCheck.Solver | ReleaseLedger.ReleaseLedger> =>
  Effect.gen(function* () {
    const audience = input.audience.id
    const policy = yield* stricter(policyFor(input.audience), input.stricter ?? {}, audience)
    const ledger = yield* ReleaseLedger.ReleaseLedger
    const measures = [...new Set(input.tables.map((t) => t.measure))]
    // a measure's releases on the other calendar count the same records
    const history = yield* ledger.published(audience, bothCalendars(measures))
    const id = input.id ?? globalThis.crypto.randomUUID()
    const result = yield* protect(input.tables, { policy, audience, history, key: input.key, epsilon: input.epsilon, release: id }).pipe(
      Effect.mapError(naming(history))
    )
    const at = new Date(yield* Clock.currentTimeMillis).toISOString()
    const record: ReleaseLedger.Release = {
      id,
      audience,
      at,
      ...(input.label === undefined ? {} : { label: input.label }),
      tables: result.released
    }
    return { ...result, release: record }
  })

/**
 * Records a release in the ledger and appends it to the audit log, in one transaction of the
 * Store when there is one: a process stopped half-way leaves neither, never a ledger record the
 * audit log does not show (or the reverse).
 */
const commit = (
  actor: string | undefined,
  release: ReleaseLedger.Release,
  counts: { readonly cells: number; readonly suppressed: number; readonly perturbed: number }
): Effect.Effect<Audit.Head, DisclosureError | CoreError.StoreError, ReleaseLedger.ReleaseLedger | Audit.Audit> =>
  Effect.gen(function* () {
    const ledger = yield* ReleaseLedger.ReleaseLedger
    const both = Effect.zipRight(ledger.record(release), auditRelease(actor, release, counts))
    const store = yield* Effect.serviceOption(Store.Store)
    return yield* Option.isSome(store) ? store.value.transaction(both) : both
  })

/** The deployment key for cell-key noise, from the keyring service. */
const noiseKey = (policy: Policy, audience: string): Effect.Effect<Key | undefined, KeyRequired> =>
  policy.noise !== "cell-key"
    ? Effect.succeed(undefined)
    : Effect.flatMap(Effect.serviceOption(KeyModule.DeploymentKeyring), (keyring) =>
        Option.isNone(keyring) ? Effect.fail(new KeyRequired({ audience })) : Effect.succeed(KeyModule.noiseKey(keyring.value))
      )

const auditRelease = (
  actor: string | undefined,
  release: ReleaseLedger.Release,
  counts: { readonly cells: number; readonly suppressed: number; readonly perturbed: number }
): Effect.Effect<Audit.Head, CoreError.StoreError, Audit.Audit> =>
  Effect.map(
    Audit.append({
      actor: actor ?? "system",
      action: "release",
      details: {
        release: release.id,
        audience: release.audience,
        tables: release.tables.length,
        cells: counts.cells,
        suppressed: counts.suppressed,
        perturbed: counts.perturbed
      }
    }),
    (entry) => ({ sequence: entry.sequence, hash: entry.hash })
  )

/**
 * Releases tables to an audience: applies the audience's disclosure control (made stricter on
 * request, never weaker), checks the tables together with everything released to the same
 * audience before, records the release in the ledger and appends it to the audit log. Cell-key
 * noise takes its key from the deployment keyring service (`Key.DeploymentKeyring`). Reports
 * go through {@link release}, which does this and more.
 *
 * @since 0.1.0
 */
export const releaseTables = (
  input: ReleaseInput
): Effect.Effect<ReleasedTables, DisclosureError | CoreError.StoreError, AttackerCheck.Solver | ReleaseLedger.ReleaseLedger | Audit.Audit> =>
  Effect.gen(function* () {
    const policy = yield* stricter(policyFor(input.audience), input.stricter ?? {}, input.audience.id)
    const key = yield* noiseKey(policy, input.audience.id)
    const result = yield* recorded({ ...input, key })
    const all = result.tables.flatMap((t) => t.cells)
    yield* commit(input.actor, result.release, {
      cells: all.length,
      suppressed: all.filter((c) => c.mark.status === "suppressed").length,
      perturbed: all.filter((c) => c.mark.status === "perturbed").length
    })
    return result
  })

// ---------------------------------------------------------------------------------------------
// The door
// ---------------------------------------------------------------------------------------------

/**
 * The units whose counts are about persons or establishments, protected by default: persons,
 * contacts (lượt), establishment-visits, establishments, cases.
 *
 * @since 0.1.0
 */
export const personUnits: ReadonlyArray<string> = reports.personUnits

/**
 * A report table read as disclosure-control tables, with where each report cell's figures went.
 *
 * @since 0.1.0
 */
export type ReportTables = reports.ReportTables

/**
 * Reads a report table as disclosure-control tables: one per measure of its protected figures
 * (an indicator's value, a ratio's numerator and denominator — the figures of the indicators
 * it refers to, so one figure is one cell wherever it appears), keyed by period (months,
 * quarters, halves and years nested), unit on the report's map (a dimension per version of the
 * map, with the report's hierarchy up to the country) and each breakdown attribute. Counts in
 * {@link personUnits} and amounts that are not public are protected; other counts are left as
 * they are. Any mark the report arrives with is ignored.
 *
 * @since 0.1.0
 */
export const fromReport: (report: ReportTable.ReportTable, options?: reports.FromReportOptions) => Either.Either<ReportTables, InvalidTable> =
  reports.fromReport

const releasedTypeId: unique symbol = Symbol.for("@pctnxh/privacy/Disclosure/Released")
const genuine = new WeakSet<object>()
/**
 * What a release is known by: its id, audience, instant and label.
 *
 * @since 0.1.0
 */
export interface Receipt {
  readonly id: string
  readonly audience: string
  readonly at: string
  readonly label?: Label.Label | undefined
}

interface Fields<T> {
  readonly table: T
  readonly release: Receipt
  readonly audience: Audience.Audience
  readonly policy: Policy
  readonly audit: Audit.Head
  readonly assessment: AttackerCheck.Assessment | undefined
}
let construct: <T extends ReportTable.ReportTable>(fields: Fields<T>) => Released<T>

/**
 * A report table that went through the release door ({@link release}): the only thing an
 * exporter of `@pctnxh/io` writes. It cannot be made otherwise — its constructor is private, a
 * cast does not make one, and decoding a saved JSON never yields one: an exporter handed a
 * report that was not released refuses it, at compile time and at run time.
 *
 * - `table`: the report as released — every mark recomputed from the figures and the audience's
 *   policy, suppressed figures gone, perturbed figures shown with their noise, no contributions,
 *   and every text that would carry a protected figure rewritten;
 * - `release`: the release's id, audience and instant (its ledger record stays in the ledger);
 * - `audit`: the head of the audit chain after the release was appended — publish it with the
 *   table;
 * - `assessment`: the attacker check of the release, the agency's evidence that it is safe.
 *   It states bounds of hidden cells: never publish it.
 *
 * @since 0.1.0
 */
export class Released<T extends ReportTable.ReportTable = ReportTable.ReportTable> {
  readonly [releasedTypeId]: typeof releasedTypeId = releasedTypeId
  readonly #fields: Fields<T>
  private constructor(fields: Fields<T>) {
    this.#fields = fields
    genuine.add(this)
  }
  /** The report as released. */
  get table(): T {
    return this.#fields.table
  }
  /** The release's id, audience, instant and label. */
  get release(): Receipt {
    return this.#fields.release
  }
  /** The audience it was released to. */
  get audience(): Audience.Audience {
    return this.#fields.audience
  }
  /** The policy applied. */
  get policy(): Policy {
    return this.#fields.policy
  }
  /** The head of the audit chain after the release: publish it with the table. */
  get audit(): Audit.Head {
    return this.#fields.audit
  }
  /** The attacker check of the release: for the agency's review only, never to be published. */
  get assessment(): AttackerCheck.Assessment | undefined {
    return this.#fields.assessment
  }
  static {
    construct = <T extends ReportTable.ReportTable>(fields: Fields<T>) => new Released<T>(fields)
  }
}

/**
 * Whether a value is a table that went through the release door (not a copy, not a cast).
 *
 * @since 0.1.0
 */
export const isReleased = (u: unknown): u is Released => typeof u === "object" && u !== null && genuine.has(u)

/**
 * Options of {@link release}.
 *
 * @since 0.1.0
 */
export interface ReleaseOptions {
  /** Who releases, for the audit log (`system` by default). */
  readonly actor?: string | undefined
  /** The release's id (random when omitted). */
  readonly id?: string | undefined
  /** Settings stricter than the audience's (weaker ones are refused). */
  readonly stricter?: Partial<Policy> | undefined
  /** With differential privacy: the ε to spend, at most the audience's ceiling per release. */
  readonly epsilon?: number | undefined
  /** What is released, in an officer's words (for later refusals that name it). */
  readonly label?: Label.Label | undefined
}

const HIDDEN: Label.Label = {
  vi: "ô bị ẩn để bảo vệ danh tính; số liệu và cách tính ra nó không được công bố",
  en: "suppressed to protect identities; neither the figure nor how it was computed is published"
}
const PERTURBED: Label.Label = {
  vi: "giá trị đã được làm nhiễu nhẹ để bảo vệ danh tính; số liệu gốc không được công bố",
  en: "the value was slightly perturbed to protect identities; the exact figures are not published"
}
const FAILURE_HIDDEN: Label.Label = {
  vi: "Chi tiết không công bố vì liên quan đến ô bị ẩn hoặc đã làm nhiễu",
  en: "Details withheld because they involve a suppressed or perturbed cell"
}

const AUDIENCE_LEVELS: ReadonlyArray<AdminUnit.AdminLevel> = ["national", "province", "district", "commune"]
const names = (label: (m: string) => Label.Label, members: ReadonlyArray<string>, join: Label.Label): Label.Label => ({
  vi: members.map((m) => label(m).vi.toLowerCase()).join(join.vi),
  en: members.map((m) => label(m).en.toLowerCase()).join(join.en)
})
const OR: Label.Label = { vi: ", ", en: ", " }

/**
 * Checks a report table against what its audience may see: the level it is broken down by, the
 * level of the unit it is within, the grain of its periods, its breakdown attributes and
 * reported disaggregations.
 *
 * @since 0.1.0
 */
export const checkAudience = (report: ReportTable.ReportTable, audience: Audience.Audience): Either.Either<void, BeyondAudience> => {
  const d = audience.dimensions
  const refuse = (limit: BeyondAudience["limit"], asked: string, askedName: Label.Label, allowed: ReadonlyArray<string>, allowedNames: Label.Label) =>
    Either.left(new BeyondAudience({ audience: audience.id, audienceName: audience.label, limit, asked, askedName, allowed: [...allowed], allowedNames }))
  const levels = AUDIENCE_LEVELS.filter((l) => d.unitLevels.includes(l))
  const finest = levels.at(-1)
  const lower = (l: Label.Label): Label.Label => ({ vi: l.vi.toLowerCase(), en: l.en.toLowerCase() })
  const levelNames: Label.Label =
    finest === undefined ? { vi: "không cấp nào", en: "no level" } : lower(AdminUnit.AdminLevel.label(finest))
  const level = report.units.level
  if (level !== undefined && !d.unitLevels.includes(level)) {
    return refuse("unitLevel", level, lower(AdminUnit.AdminLevel.label(level)), levels, levelNames)
  }
  const scope = report.units.scope
  if (scope !== undefined && !d.unitLevels.includes(scope.level)) {
    return refuse("scopeLevel", scope.level, lower(AdminUnit.AdminLevel.label(scope.level)), levels, levelNames)
  }
  const grains = d.periodGrains
  const grainLabel = (g: string): Label.Label => GRAIN[g as keyof typeof GRAIN] ?? { vi: g, en: g }
  const seenPeriods = new Set<string>()
  const seenAttributes = new Set<string>()
  for (const c of report.cells) {
    if (!seenPeriods.has(c.period)) {
      seenPeriods.add(c.period)
      const p = Period.parse(c.period)
      const grain = Either.isRight(p) ? Period.unitOf(p.right) : "day"
      if (!(grains as ReadonlyArray<string>).includes(grain)) {
        return refuse("periodGrain", grain, grainLabel(grain), grains, names(grainLabel, grains, OR))
      }
    }
    for (const a of Object.keys(c.disaggregation)) {
      if (seenAttributes.has(a)) continue
      seenAttributes.add(a)
      if (AggregateQuery.Attribute.is(a)) {
        if (!d.attributes.includes(a)) {
          return refuse(
            "attribute",
            a,
            lower(AggregateQuery.Attribute.label(a)),
            d.attributes,
            names((x) => AggregateQuery.Attribute.label(x as AggregateQuery.Attribute), d.attributes, OR)
          )
        }
      } else if (!d.disaggregations) {
        return refuse("disaggregation", a, { vi: a, en: a }, [], { vi: "", en: "" })
      }
    }
  }
  return Either.right(undefined)
}

const GRAIN = {
  year: { vi: "năm", en: "year" },
  half: { vi: "6 tháng", en: "half-year" },
  quarter: { vi: "quý", en: "quarter" },
  month: { vi: "tháng", en: "month" },
  day: { vi: "ngày", en: "day" }
} as const satisfies Record<string, Label.Label>

const countMarks = (cells: ReadonlyArray<ReportTable.ReportCell>) => ({
  cells: cells.length,
  suppressed: cells.filter((c) => c.disclosure?.status === "suppressed").length,
  perturbed: cells.filter((c) => c.disclosure?.status === "perturbed").length
})

/**
 * The door through which every report leaves the system: releases a report table (an
 * `@pctnxh/indicators` `Report`) to an audience and returns the only thing an exporter takes, a
 * {@link Released} table.
 *
 * 1. The report must stay within what the audience may see (its unit levels, period grains,
 *    breakdowns): otherwise `BeyondAudience`, naming the limit.
 * 2. Every cell is judged again from its figures and the audience's policy — any mark it
 *    arrives with is ignored: primary rules (amounts by their contributors, dominance and p%),
 *    cell-key noise for audiences that get it (with the deployment keyring's key), and
 *    complementary suppression checked by the attacker check against this release and every
 *    earlier one to the audience (the ledger).
 * 3. What leaves carries no protected figure: a suppressed cell has no value, numerator,
 *    denominator, flags or explanation with numbers; a perturbed one shows its noisy figures and
 *    no exact explanation; contributions are dropped; a validation failure that involves a cell
 *    that is not published keeps its place but not its numbers.
 * 4. The release is recorded in the ledger (with `label`, so that a later conflicting release
 *    can name it) and appended to the audit log.
 *
 * A refusal that concerns figures released before (`UnsafeRelease`, `InconsistentFigures`)
 * names the earlier release and says what to do.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
 *
 * const released = yield* Disclosure.release(report, Audience.donor, { actor: "officer-3" })
 * released.table.cells.map((c) => c.disclosure?.display ?? c.value) // [..., "<5", "x", ...]
 * // provided with AttackerCheck.layer, ReleaseLedger.layerStore, Audit.layer (and Key.layerKeyring for the public)
 * ```
 * @since 0.1.0
 */
export const release = <T extends ReportTable.ReportTable>(
  report: T,
  audience: Audience.Audience,
  options: ReleaseOptions = {}
): Effect.Effect<
  Released<T>,
  DisclosureError | CoreError.StoreError,
  AttackerCheck.Solver | ReleaseLedger.ReleaseLedger | Audit.Audit
> =>
  Effect.gen(function* () {
    const { result, table } = yield* judge(report, audience, options)
    const audit = yield* commit(options.actor, result.release, countMarks(table.cells))
    return construct<T>({
      table,
      release: {
        id: result.release.id,
        audience: result.release.audience,
        at: result.release.at,
        ...(options.label === undefined ? {} : { label: options.label })
      },
      audience,
      policy: result.policy,
      audit,
      assessment: result.assessment
    })
  })

/**
 * What {@link release} would show an audience, without releasing it: the same limits, the same
 * judgement against every earlier release to the audience, the same rewriting — but nothing is
 * recorded in the ledger or the audit log, and the result is a plain table, which no exporter
 * takes. For a screen an officer looks at before deciding to release.
 *
 * @since 0.1.0
 */
export const preview = <T extends ReportTable.ReportTable>(
  report: T,
  audience: Audience.Audience,
  options: Omit<ReleaseOptions, "actor" | "label"> = {}
): Effect.Effect<T, DisclosureError, AttackerCheck.Solver | ReleaseLedger.ReleaseLedger> =>
  Effect.map(judge(report, audience, options), ({ table }) => table)

/** Whether a policy protects anything at all. */
const protects = (policy: Policy): boolean =>
  policy.threshold > 1 ||
  policy.secondary ||
  policy.noise !== "none" ||
  policy.minContributors > 1 ||
  policy.dominance.length > 0 ||
  policy.pPercent > 0 ||
  policy.zeros === "suppress"

const judge = <T extends ReportTable.ReportTable>(report: T, audience: Audience.Audience, options: ReleaseOptions) =>
  Effect.gen(function* () {
    yield* checkAudience(report, audience)
    const policy = yield* stricter(policyFor(audience), options.stricter ?? {}, audience.id)
    const key = yield* noiseKey(policy, audience.id)
    // an audience that holds the records anyway (peer educators, model officers) gets no protection: no tables
    const read: reports.ReportTables = protects(policy) ? yield* reports.fromReport(report) : { tables: [], links: report.cells.map(() => []) }
    const result = yield* recorded({
      audience,
      tables: read.tables,
      id: options.id,
      stricter: options.stricter,
      epsilon: options.epsilon,
      label: options.label,
      key
    })
    const outcome = reports.outcomes(report, read, result.tables)
    const formulas = new Map(report.indicators.map((i) => [i.code, i.formula]))
    const cells = report.cells.map((c, i) => {
      const o = outcome[i]!
      const { contributions: _, disclosure: __, ...rest } = c
      const words = formulas.get(c.indicator) ?? { vi: "", en: "" }
      if (o.mark.status === "published") return { ...rest, disclosure: o.mark }
      const note = o.mark.status === "suppressed" ? HIDDEN : PERTURBED
      return {
        ...rest,
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        flags: [],
        explanation: { vi: `${words.vi} (${note.vi})`.trim(), en: `${words.en} (${note.en})`.trim() },
        disclosure: o.mark
      }
    }) as unknown as T["cells"]
    const notPublished = new Set<string>()
    cells.forEach((c) => {
      if (c.disclosure?.status !== "published") notPublished.add(c.indicator)
    })
    const validation = report.validation.map((result) => ({
      ...result,
      failures: result.failures.map((f) =>
        f.indicators.some((code) => notPublished.has(code)) ? { ...f, explanation: FAILURE_HIDDEN } : f
      )
    }))
    const table = { ...report, cells, validation } as T
    return { result, table }
  })

/**
 * Records in the audit log that a released table left the system: written to a file (XLSX,
 * CSV, JSON) or sent (DHIS2, ADX). Hosts call it with every export, so the log counts what went
 * out and where from.
 *
 * @since 0.1.0
 */
export const recordExport = (
  released: Released,
  options: { readonly format: string; readonly actor?: string | undefined; readonly values?: number | undefined }
): Effect.Effect<Audit.Head, CoreError.StoreError, Audit.Audit> =>
  Effect.map(
    Audit.append({
      actor: options.actor ?? "system",
      action: "release_export",
      details: {
        release: released.release.id,
        audience: released.release.audience,
        format: options.format,
        ...(options.values === undefined ? {} : { values: options.values })
      }
    }),
    (entry) => ({ sequence: entry.sequence, hash: entry.hash })
  )

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
