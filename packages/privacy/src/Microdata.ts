/**
 * Person-level extracts: k-anonymity and l-diversity over quasi-identifiers, generalisation
 * along hierarchies, local suppression, and the risk before and after.
 *
 * - **k-anonymity**: every combination of quasi-identifier values (birth year, sex, commune,
 *   date of first contact…) is shared by at least `k` records, so a record cannot be singled
 *   out by what a neighbour knows about a person.
 * - **l-diversity** (distinct): within each such group, every sensitive attribute (HIV status,
 *   violence experienced…) takes at least `l` different values. Five records that look alike
 *   but are all HIV-positive are 5-anonymous and still tell everyone who knows one of the five
 *   that she is positive.
 *
 * {@link protect} tries every combination of generalisation levels (birth year → 5-year band →
 * 10-year band; commune → commune of today → province, old units through the 2025 crosswalk;
 * date → month → quarter → year; any value → `*`), suppresses the quasi-identifiers of the
 * records left in groups that are too small or not diverse (local suppression: they become
 * `*`; if those records still form a group too small or not diverse, they are withheld), and
 * keeps the combination that loses the least detail with at most `maxSuppressed` of the records
 * suppressed.
 *
 * @example
 * ```ts
 * import { Microdata } from "@pctnxh/privacy"
 * const risk = Microdata.assess(rows, { quasiIdentifiers: ["birthYear", "sex", "commune"], sensitive: ["hiv"], k: 5, l: 2 })
 * risk.kAnonymous // false: 12 records are in groups smaller than 5
 * ```
 * @since 0.1.0
 */
import type { Calendar, Geography, Label } from "@pctnxh/core"
import { Period } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import { UnprotectableExtract } from "./DisclosureError.js"

/**
 * A value of a record: a quasi-identifier or a sensitive attribute.
 *
 * @since 0.1.0
 */
export type Value = string | number | boolean | undefined

/**
 * A person-level record.
 *
 * @since 0.1.0
 */
export type Row = Readonly<Record<string, Value>>

/**
 * What a suppressed or fully generalised value is shown as.
 *
 * @since 0.1.0
 */
export const suppressed = "*"

/**
 * One level of a generalisation hierarchy.
 *
 * @since 0.1.0
 */
export interface Level {
  readonly name: Label.Label
  readonly generalise: (value: string) => string
}

/**
 * A generalisation hierarchy: from the value as recorded (level 0) to ever coarser values; the
 * last level maps everything to `*`.
 *
 * @since 0.1.0
 */
export interface Hierarchy {
  readonly levels: ReadonlyArray<Level>
}

const asRecorded: Level = { name: { vi: "Như ghi nhận", en: "As recorded" }, generalise: (v) => v }
const everything: Level = { name: { vi: "Ẩn", en: "Suppressed" }, generalise: () => suppressed }

/**
 * A hierarchy from coarser levels: the recorded value comes first and `*` last.
 *
 * @since 0.1.0
 */
export const hierarchy = (...levels: ReadonlyArray<Level>): Hierarchy => ({ levels: [asRecorded, ...levels, everything] })

/**
 * Values kept or suppressed, nothing in between.
 *
 * @since 0.1.0
 */
export const keepOrSuppress: Hierarchy = hierarchy()

const band = (width: number) => (value: string): string => {
  const year = Number(value)
  if (value === "" || !Number.isInteger(year)) return value
  const from = Math.floor(year / width) * width
  return `${from}–${from + width - 1}`
}

/**
 * Birth years: year → 5-year band (`1995–1999`) → 10-year band (`1990–1999`) → `*`.
 *
 * @since 0.1.0
 */
export const birthYear: Hierarchy = hierarchy(
  { name: { vi: "Nhóm 5 năm sinh", en: "5-year band" }, generalise: band(5) },
  { name: { vi: "Nhóm 10 năm sinh", en: "10-year band" }, generalise: band(10) }
)

/**
 * Dates (`YYYY-MM-DD`): date → month → quarter → year → `*`, under a calendar (the plain one
 * unless given; the administrative calendar of Decree 09/2019 moves the edges).
 *
 * @since 0.1.0
 */
export const date = (calendar: Calendar.Calendar = "plain"): Hierarchy => {
  const to = (unit: "month" | "quarter" | "year") => (value: string): string =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? Period.containingId(value, unit, calendar) : value
  return hierarchy(
    { name: { vi: "Tháng", en: "Month" }, generalise: to("month") },
    { name: { vi: "Quý", en: "Quarter" }, generalise: to("quarter") },
    { name: { vi: "Năm", en: "Year" }, generalise: to("year") }
  )
}

/**
 * Administrative units (ids): unit as recorded → the commune it is or became on `asOf` → the
 * province it lies in on `asOf` → `*`. Units abolished or merged in 2025 follow the crosswalk.
 *
 * @since 0.1.0
 */
export const geography = (geo: Geography.Geography, asOf: string): Hierarchy => {
  const province = (value: string): string =>
    value === "" ? value : Option.match(geo.resolveAt(value, "province", asOf), { onNone: () => suppressed, onSome: (u) => u.id })
  return hierarchy(
    {
      name: { vi: "Xã, phường hiện hành", en: "Commune in force" },
      generalise: (value) =>
        value === "" ? value : Option.match(geo.resolveAt(value, "commune", asOf), { onNone: () => province(value), onSome: (u) => u.id })
    },
    { name: { vi: "Tỉnh, thành phố", en: "Province" }, generalise: province }
  )
}

/**
 * Categories grouped into broader ones (a value not listed goes to `*` at the group level).
 *
 * @since 0.1.0
 */
export const categories = (groups: Readonly<Record<string, string>>, name?: Label.Label): Hierarchy =>
  hierarchy({
    name: name ?? { vi: "Nhóm", en: "Group" },
    generalise: (value) => (value === "" ? value : Object.hasOwn(groups, value) ? groups[value]! : suppressed)
  })

/**
 * What is assessed.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly quasiIdentifiers: ReadonlyArray<string>
  readonly sensitive?: ReadonlyArray<string> | undefined
  readonly k: number
  /** Distinct values of each sensitive attribute required in every group; 1 (off) by default. */
  readonly l?: number | undefined
}

/**
 * The disclosure risk of an extract.
 *
 * @since 0.1.0
 */
export interface Risk {
  readonly records: number
  /** Groups of records with the same quasi-identifiers. */
  readonly classes: number
  readonly smallestClass: number
  /** Records in groups smaller than `k`. */
  readonly belowK: number
  /** Records in groups where a sensitive attribute has fewer than `l` distinct values. */
  readonly belowL: number
  /** The fewest distinct values of a sensitive attribute in any group. */
  readonly smallestDiversity: number
  /** The highest chance of re-identifying a record: 1 / the smallest group. */
  readonly maxRisk: number
  /** The average chance over records: groups / records. */
  readonly averageRisk: number
  readonly kAnonymous: boolean
  readonly lDiverse: boolean
}

const text = (v: Value): string => (v === undefined ? "" : String(v))

interface Group {
  readonly rows: Array<number>
  readonly values: Array<Set<string>>
}

const groupsOf = (rows: ReadonlyArray<Row>, options: Options): Map<string, Group> => {
  const sensitive = options.sensitive ?? []
  const groups = new Map<string, Group>()
  rows.forEach((row, i) => {
    const id = JSON.stringify(options.quasiIdentifiers.map((q) => text(row[q])))
    let g = groups.get(id)
    if (g === undefined) groups.set(id, (g = { rows: [], values: sensitive.map(() => new Set()) }))
    g.rows.push(i)
    sensitive.forEach((s, j) => {
      const v = row[s]
      if (v !== undefined) g.values[j]!.add(String(v))
    })
  })
  return groups
}

const failing = (g: Group, options: Options): boolean =>
  g.rows.length < options.k || g.values.some((set) => set.size < (options.l ?? 1))

/**
 * The disclosure risk of an extract over its quasi-identifiers.
 *
 * @since 0.1.0
 */
export const assess = (rows: ReadonlyArray<Row>, options: Options): Risk => {
  const groups = [...groupsOf(rows, options).values()]
  const l = options.l ?? 1
  const smallestClass = groups.reduce((m, g) => Math.min(m, g.rows.length), Infinity)
  const smallestDiversity = groups.reduce((m, g) => Math.min(m, ...g.values.map((s) => s.size)), Infinity)
  const belowK = groups.filter((g) => g.rows.length < options.k).reduce((n, g) => n + g.rows.length, 0)
  const belowL = groups.filter((g) => g.values.some((s) => s.size < l)).reduce((n, g) => n + g.rows.length, 0)
  return {
    records: rows.length,
    classes: groups.length,
    smallestClass: rows.length === 0 ? 0 : smallestClass,
    belowK,
    belowL,
    smallestDiversity: smallestDiversity === Infinity ? 0 : smallestDiversity,
    maxRisk: rows.length === 0 ? 0 : 1 / smallestClass,
    averageRisk: rows.length === 0 ? 0 : groups.length / rows.length,
    kAnonymous: belowK === 0,
    lDiverse: belowL === 0
  }
}

/**
 * Options of {@link protect}.
 *
 * @since 0.1.0
 */
export interface ProtectOptions extends Options {
  /** The hierarchy of each quasi-identifier; one without is kept or suppressed. */
  readonly hierarchies?: Readonly<Record<string, Hierarchy>> | undefined
  /** The largest share of records that may be suppressed or withheld (5% by default). */
  readonly maxSuppressed?: number | undefined
  /** At most this many combinations of levels are tried (10,000 by default). */
  readonly maxCombinations?: number | undefined
}

/**
 * A protected extract.
 *
 * @since 0.1.0
 */
export interface Protected {
  /** The records, generalised, with suppressed quasi-identifiers as `*`; withheld ones left out. */
  readonly rows: ReadonlyArray<Row>
  /** The level chosen for each quasi-identifier, by name. */
  readonly levels: Readonly<Record<string, Label.Label>>
  /** Records whose quasi-identifiers were suppressed. */
  readonly suppressed: number
  /** Records left out altogether. */
  readonly withheld: number
  readonly before: Risk
  readonly after: Risk
}

interface Outcome {
  readonly levels: ReadonlyArray<number>
  readonly loss: number
  readonly rows: ReadonlyArray<Row>
  readonly suppressed: number
  readonly withheld: number
}

const attempt = (
  rows: ReadonlyArray<Row>,
  options: ProtectOptions,
  hierarchies: ReadonlyArray<Hierarchy>,
  levels: ReadonlyArray<number>
): Outcome => {
  const qs = options.quasiIdentifiers
  const generalised: Array<Row> = rows.map((row) => {
    const out: Record<string, Value> = { ...row }
    qs.forEach((q, i) => {
      const level = hierarchies[i]!.levels[levels[i]!]!
      out[q] = level.generalise(text(row[q]))
    })
    return out
  })
  const masked = new Set<number>()
  for (const g of groupsOf(generalised, options).values()) {
    if (failing(g, options)) for (const r of g.rows) masked.add(r)
  }
  let kept: Array<Row> = generalised.map((row, i) => {
    if (!masked.has(i)) return row
    const out: Record<string, Value> = { ...row }
    for (const q of qs) out[q] = suppressed
    return out
  })
  // the suppressed records form a group of their own; if it fails too, they are withheld
  const drop = new Set<number>()
  for (const g of groupsOf(kept, options).values()) if (failing(g, options)) for (const r of g.rows) drop.add(r)
  const withheld = drop.size
  if (withheld > 0) kept = kept.filter((_, i) => !drop.has(i))
  const loss = levels.reduce((s, level, i) => s + level / Math.max(1, hierarchies[i]!.levels.length - 1), 0)
  return { levels, loss, rows: kept, suppressed: masked.size - withheld, withheld }
}

/**
 * Generalises and suppresses an extract until it is k-anonymous and l-diverse, losing the
 * least detail with at most `maxSuppressed` of the records suppressed or withheld, and reports
 * the risk before and after. Fails with `UnprotectableExtract` when no combination of levels
 * gets there.
 *
 * @since 0.1.0
 */
export const protect = (rows: ReadonlyArray<Row>, options: ProtectOptions): Either.Either<Protected, UnprotectableExtract> => {
  const qs = options.quasiIdentifiers
  const hierarchies = qs.map((q) => options.hierarchies?.[q] ?? keepOrSuppress)
  const allowed = Math.floor((options.maxSuppressed ?? 0.05) * rows.length)
  const limit = options.maxCombinations ?? 10_000
  const combinations: Array<Array<number>> = [[]]
  for (const h of hierarchies) {
    const next: Array<Array<number>> = []
    for (const c of combinations) for (let level = 0; level < h.levels.length; level++) next.push([...c, level])
    combinations.splice(0, combinations.length, ...next)
    if (combinations.length > limit) combinations.length = limit
  }
  let best: Outcome | undefined
  let fewest = Infinity
  for (const levels of combinations) {
    const outcome = attempt(rows, options, hierarchies, levels)
    const lost = outcome.suppressed + outcome.withheld
    fewest = Math.min(fewest, lost)
    if (lost > allowed) continue
    if (
      best === undefined ||
      outcome.loss < best.loss - 1e-12 ||
      (Math.abs(outcome.loss - best.loss) <= 1e-12 && lost < best.suppressed + best.withheld)
    ) {
      best = outcome
    }
  }
  if (best === undefined) {
    return Either.left(
      new UnprotectableExtract({ k: options.k, l: options.l ?? 1, records: rows.length, wouldSuppress: fewest === Infinity ? rows.length : fewest, allowed })
    )
  }
  const chosen = best
  return Either.right({
    rows: chosen.rows,
    levels: Object.fromEntries(qs.map((q, i) => [q, hierarchies[i]!.levels[chosen.levels[i]!]!.name])),
    suppressed: chosen.suppressed,
    withheld: chosen.withheld,
    before: assess(rows, options),
    after: assess(chosen.rows, options)
  })
}
