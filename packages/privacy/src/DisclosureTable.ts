/**
 * The table model of disclosure control: tables before and after protection, their
 * dimensions and hierarchies, the marks of released cells, and the policy that protects them.
 *
 * `Disclosure` re-exports every name here (`Disclosure.Table` is `DisclosureTable.Table`);
 * the attacker check, suppression, the ledger and differential privacy take and give these
 * types.
 *
 * @example
 * ```ts
 * import { DisclosureTable } from "@pctnxh/privacy"
 *
 * const table: DisclosureTable.Table = {
 *   id: "contacts-by-sex",
 *   measure: "CONTACTS",
 *   kind: "frequency",
 *   dimensions: [{ name: "sex", parents: { female: "total", male: "total" } }],
 *   cells: [
 *     { key: { sex: "female" }, value: 41 },
 *     { key: { sex: "male" }, value: 3 },
 *     { key: { sex: "total" }, value: 44 }
 *   ]
 * }
 * ```
 * @since 0.1.0
 */
import { Label, ReportTable } from "@pctnxh/core"
import * as Schema from "effect/Schema"

const NonNegative = Schema.Number.pipe(Schema.finite(), Schema.nonNegative())
const Key = Schema.Record({ key: Schema.String, value: Schema.String })

/**
 * The kind of a table: `frequency` (persons, contacts) or `magnitude` (money).
 *
 * @since 0.1.0
 */
export const Kind = Label.vocabulary("DisclosureKind", {
  frequency: { vi: "Bảng tần suất (số người, số lượt)", en: "Frequency table (persons, contacts)" },
  magnitude: { vi: "Bảng giá trị (tiền phạt, kinh phí)", en: "Magnitude table (fines, spending)" }
})
/** @since 0.1.0 */
export type Kind = typeof Kind.Type

/**
 * What happened to a cell: `published`, `suppressed` or `perturbed`.
 *
 * @since 0.1.0
 */
export const Status: typeof ReportTable.Status = ReportTable.Status
/** @since 0.1.0 */
export type Status = ReportTable.Status

/**
 * Why a cell is suppressed or perturbed: `primary-frequency`, `primary-dominance`,
 * `primary-p-percent`, `secondary`, `cell-key` or `dp`, each with a bilingual label.
 *
 * @since 0.1.0
 */
export const Reason: typeof ReportTable.Reason = ReportTable.Reason
/** @since 0.1.0 */
export type Reason = ReportTable.Reason

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
export const Mark: typeof ReportTable.Mark = ReportTable.Mark
/** @since 0.1.0 */
export type Mark = ReportTable.Mark

/**
 * How a total relates to its parts along a dimension: `sum` (the default), or `distinct` for
 * counts of distinct persons, where a year's people are not the sum of its quarters' — the
 * total is at most the sum of its parts and at least the largest part.
 *
 * @since 0.1.0
 */
export const Aggregation = Label.vocabulary("DisclosureAggregation", {
  sum: { vi: "Tổng bằng tổng các phần", en: "The total is the sum of its parts" },
  distinct: {
    vi: "Đếm không trùng lặp: tổng không lớn hơn tổng các phần và không nhỏ hơn phần nào",
    en: "Distinct count: the total is at most the sum of its parts and at least each part"
  }
})
/** @since 0.1.0 */
export type Aggregation = typeof Aggregation.Type

/**
 * A dimension: its name, each member's parent (the children of a member are exactly the
 * members naming it as parent, so a hierarchy lists all of them), and how totals aggregate.
 * A dimension without parents is flat. Other groupings of the same members are further
 * `hierarchies` of the one dimension, never a dimension of another name.
 *
 * @since 0.1.0
 */
export const Dimension = Schema.Struct({
  name: Schema.NonEmptyTrimmedString,
  /** Each member's parent: the children of a member are exactly the members naming it. */
  parents: Schema.optional(Key),
  aggregation: Schema.optional(Aggregation),
  /**
   * For two partitions of the same whole (units before and after the 2025 reorganisation):
   * the regions each member lies in, as paths of parts separated by `/` (`Q/P/X`), where `*`
   * or a missing part stands for any. Two regions meet when they agree part by part; two
   * members of two such dimensions whose regions do not meet share no record, and the
   * attacker check crosses them not at all.
   */
  regions: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) })),
  /**
   * Further hierarchies over the same members, by name, each given like `parents`: the same
   * communes grouped by a donor into large and small sites beside their districts. Every
   * hierarchy's totals are the sums of their parts, and the attacker check writes down all of
   * them, in one release and across the ledger. A member has one parent in each hierarchy.
   */
  hierarchies: Schema.optional(Schema.Record({ key: Schema.String, value: Key }))
})
/** @since 0.1.0 */
export type Dimension = typeof Dimension.Type

/**
 * A cell before disclosure control: its key (dimension → member), its value, and for the
 * rules: `frequency` (the number of persons, or of contributors to an amount),
 * `contributions` (the largest contributions to an amount, needed for the dominance and p%
 * rules), `recordKeys` (keys of the records behind it, for cell-key noise), and a `mark` when
 * it was marked before (by hand, or by an earlier pass).
 *
 * @since 0.1.0
 */
export const Cell = Schema.Struct({
  key: Key,
  value: NonNegative,
  frequency: Schema.optional(Schema.NonNegativeInt),
  contributions: Schema.optional(Schema.Array(NonNegative)),
  recordKeys: Schema.optional(Schema.Array(Schema.String)),
  mark: Schema.optional(Mark)
})
/** @since 0.1.0 */
export type Cell = typeof Cell.Type

/**
 * A table before disclosure control: an id, the measure its cells are figures of (an indicator
 * code), its kind, dimensions and cells, and — for differential privacy of amounts — the cap
 * each contributor's amounts were clipped to.
 *
 * @since 0.1.0
 */
export const Table = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(Cell),
  /**
   * For differential privacy: the most one person or contributor adds to the table's grand
   * total, summed over its finest cells — the cap their records were clipped to before the
   * table was made. 1 for counts of persons (the default for frequency tables); required for
   * amounts. The sensitivity of the table is derived from it and the table's shape.
   */
  contributorCap: Schema.optional(Schema.Number.pipe(Schema.finite(), Schema.positive())),
  /**
   * Dimensions along which the table lists every cell that is not zero (a report lists every
   * unit and breakdown value with records): a reader knows a cell it leaves out under one of its
   * totals is 0, and the attacker check knows it too, in later releases.
   */
  closed: Schema.optional(Schema.Array(Schema.String))
})
/** @since 0.1.0 */
export type Table = typeof Table.Type

/**
 * A released cell: its key, its value unless suppressed, and its mark.
 *
 * @since 0.1.0
 */
export const PublishedCell = Schema.Struct({
  key: Key,
  value: Schema.optional(Schema.Number),
  mark: Mark
})
/** @since 0.1.0 */
export type PublishedCell = typeof PublishedCell.Type

/**
 * A released table.
 *
 * @since 0.1.0
 */
export const PublishedTable = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(PublishedCell),
  closed: Schema.optional(Schema.Array(Schema.String))
})
/** @since 0.1.0 */
export type PublishedTable = typeof PublishedTable.Type

/**
 * A cell as the ledger remembers it.
 *
 * @since 0.1.0
 */
export const ReleasedCell = Schema.Struct({
  key: Key,
  status: Status,
  reason: Schema.optional(Reason),
  display: Schema.optional(Schema.String),
  /** The value shown (published or perturbed cells). */
  value: Schema.optional(Schema.Number),
  /** What the reader knows the true value lies between, before any arithmetic on totals. */
  lower: Schema.Number.pipe(Schema.finite()),
  /** Absent when the reader knows no upper bound. */
  upper: Schema.optional(Schema.Number.pipe(Schema.finite())),
  /** The narrowest interval an attacker may be left with (suppressed cells). */
  required: NonNegative
})
/** @since 0.1.0 */
export type ReleasedCell = typeof ReleasedCell.Type

/**
 * A table as the ledger remembers it: per cell, what its readers know.
 *
 * @since 0.1.0
 */
export const ReleasedTable = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(ReleasedCell),
  closed: Schema.optional(Schema.Array(Schema.String))
})
/** @since 0.1.0 */
export type ReleasedTable = typeof ReleasedTable.Type

/**
 * A dominance rule `(n, k)`: a cell is sensitive when its `n` largest contributions make up
 * more than `k` percent of it.
 *
 * @since 0.1.0
 */
export const DominanceRule = Schema.Struct({
  n: Schema.Int.pipe(Schema.positive()),
  k: Schema.Number.pipe(Schema.greaterThan(0), Schema.lessThanOrEqualTo(100))
})
/** @since 0.1.0 */
export type DominanceRule = typeof DominanceRule.Type

/**
 * How perturbation is applied: `none`, consistent cell-key noise (`cell-key`) or
 * differential privacy (`dp`).
 *
 * @since 0.1.0
 */
export const Noise = Schema.Literal("none", "cell-key", "dp")
/** @since 0.1.0 */
export type Noise = typeof Noise.Type

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
 *   amounts) or `dp`;
 * - `epsilon`: with `dp`, the most ε one release may spend (the ceiling per release);
 *   `epsilonTotal`: the most ε all releases to the audience may spend together;
 *   `dpReplacesSuppression`: whether noise takes the place of the small-cell rules (`false`:
 *   the rules apply first and the cells they leave published get the noise).
 *
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  threshold: Schema.Int.pipe(Schema.positive()),
  safetyRange: NonNegative,
  showBelowThreshold: Schema.Boolean,
  zeros: Schema.Literal("publish", "suppress"),
  minContributors: Schema.Int.pipe(Schema.positive()),
  dominance: Schema.Array(DominanceRule),
  pPercent: NonNegative,
  safetyPercent: NonNegative,
  secondary: Schema.Boolean,
  prune: Schema.Boolean,
  noise: Noise,
  cellKeyDeviation: Schema.NonNegativeInt,
  cellKeyRelative: Schema.Number.pipe(Schema.finite(), Schema.between(0, 0.5)),
  epsilon: Schema.Number.pipe(Schema.finite(), Schema.positive()),
  epsilonTotal: Schema.Number.pipe(Schema.finite(), Schema.positive()),
  dpReplacesSuppression: Schema.Boolean
})
/** @since 0.1.0 */
export type Policy = typeof Policy.Type

/**
 * The identity of a cell: its measure and full key, as one string.
 *
 * @since 0.1.0
 */
export const cellId = (measure: string, key: Readonly<Record<string, string>>): string =>
  JSON.stringify([measure, Object.keys(key).sort().map((k) => [k, key[k]])])

/**
 * A key as `name=member, …`, for messages.
 *
 * @since 0.1.0
 */
export const keyText = (key: Readonly<Record<string, string>>): string =>
  Object.keys(key)
    .sort()
    .map((k) => `${k}=${key[k]}`)
    .join(", ")
