/** The table model of disclosure control, shared by its modules and re-exported by `Disclosure`. */
import { Label, ReportTable } from "@pctnxh/core"
import * as Schema from "effect/Schema"

const NonNegative = Schema.Number.pipe(Schema.finite(), Schema.nonNegative())
const Key = Schema.Record({ key: Schema.String, value: Schema.String })

/** Frequency tables count persons or contacts; magnitude tables sum money. */
export const Kind = Label.vocabulary("DisclosureKind", {
  frequency: { vi: "Bảng tần suất (số người, số lượt)", en: "Frequency table (persons, contacts)" },
  magnitude: { vi: "Bảng giá trị (tiền phạt, kinh phí)", en: "Magnitude table (fines, spending)" }
})
export type Kind = typeof Kind.Type

/** What happened to a cell: the report table's status (`@pctnxh/core`). */
export const Status: typeof ReportTable.Status = ReportTable.Status
export type Status = ReportTable.Status

/** Why a cell is suppressed or perturbed: the report table's reasons. */
export const Reason: typeof ReportTable.Reason = ReportTable.Reason
export type Reason = ReportTable.Reason

/** What a reader is told about a cell: the report table's one mark. */
export const Mark: typeof ReportTable.Mark = ReportTable.Mark
export type Mark = ReportTable.Mark

/** How totals relate to their parts along a dimension. */
export const Aggregation = Label.vocabulary("DisclosureAggregation", {
  sum: { vi: "Tổng bằng tổng các phần", en: "The total is the sum of its parts" },
  distinct: {
    vi: "Đếm không trùng lặp: tổng không lớn hơn tổng các phần và không nhỏ hơn phần nào",
    en: "Distinct count: the total is at most the sum of its parts and at least each part"
  }
})
export type Aggregation = typeof Aggregation.Type

/** A dimension of a table and its hierarchy. */
export const Dimension = Schema.Struct({
  name: Schema.NonEmptyTrimmedString,
  /** Each member's parent: the children of a member are exactly the members naming it. */
  parents: Schema.optional(Key),
  aggregation: Schema.optional(Aggregation),
  /**
   * For two partitions of the same whole (units before and after the 2025 reorganisation):
   * the regions each member lies in. Two members of two such dimensions whose regions do not
   * meet share no record, and the attacker check knows it.
   */
  regions: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Array(Schema.String) }))
})
export type Dimension = typeof Dimension.Type

/** A cell of a table before disclosure control. */
export const Cell = Schema.Struct({
  key: Key,
  value: NonNegative,
  frequency: Schema.optional(Schema.NonNegativeInt),
  contributions: Schema.optional(Schema.Array(NonNegative)),
  recordKeys: Schema.optional(Schema.Array(Schema.String)),
  mark: Schema.optional(Mark)
})
export type Cell = typeof Cell.Type

/** A table before disclosure control. */
export const Table = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(Cell),
  sensitivity: Schema.optional(Schema.Number.pipe(Schema.finite(), Schema.positive())),
  /**
   * Dimensions along which the table lists every cell that is not zero (a report lists every
   * unit and breakdown value with records): a reader knows a cell it leaves out under one of its
   * totals is 0, and the attacker check knows it too, in later releases.
   */
  closed: Schema.optional(Schema.Array(Schema.String))
})
export type Table = typeof Table.Type

/** A cell as released. */
export const PublishedCell = Schema.Struct({
  key: Key,
  value: Schema.optional(Schema.Number),
  mark: Mark
})
export type PublishedCell = typeof PublishedCell.Type

/** A table as released. */
export const PublishedTable = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(PublishedCell),
  closed: Schema.optional(Schema.Array(Schema.String))
})
export type PublishedTable = typeof PublishedTable.Type

/** A cell as a release ledger remembers it: what a reader of the release knows about it. */
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
export type ReleasedCell = typeof ReleasedCell.Type

/** A table as a release ledger remembers it. */
export const ReleasedTable = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  measure: Schema.NonEmptyTrimmedString,
  kind: Kind,
  dimensions: Schema.Array(Dimension),
  cells: Schema.Array(ReleasedCell),
  closed: Schema.optional(Schema.Array(Schema.String))
})
export type ReleasedTable = typeof ReleasedTable.Type

/** A dominance rule: the `n` largest contributions may not exceed `k` percent of the cell. */
export const DominanceRule = Schema.Struct({
  n: Schema.Int.pipe(Schema.positive()),
  k: Schema.Number.pipe(Schema.greaterThan(0), Schema.lessThanOrEqualTo(100))
})
export type DominanceRule = typeof DominanceRule.Type

/** How perturbation is applied. */
export const Noise = Schema.Literal("none", "cell-key", "dp")
export type Noise = typeof Noise.Type

/** The parameters of disclosure control. */
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
  epsilon: Schema.Number.pipe(Schema.finite(), Schema.positive())
})
export type Policy = typeof Policy.Type

/** The identity of a cell: its measure and its full key, as one string. */
export const cellId = (measure: string, key: Readonly<Record<string, string>>): string =>
  JSON.stringify([measure, Object.keys(key).sort().map((k) => [k, key[k]])])

/** A key as `name=member, …` for messages. */
export const keyText = (key: Readonly<Record<string, string>>): string =>
  Object.keys(key)
    .sort()
    .map((k) => `${k}=${key[k]}`)
    .join(", ")
