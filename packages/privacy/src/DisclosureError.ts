/**
 * The typed errors of disclosure control.
 *
 * Each error names what a person needs to act — the table, the cell by its dimension members,
 * the rule or the setting — with a reason in Vietnamese and English. None carries the value of
 * a suppressed cell, a contribution or a record key: a refusal must not disclose what it
 * protects.
 *
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import { CoreError } from "@pctnxh/core"
import * as Schema from "effect/Schema"

const Text = CoreError.Text
const CellKey = Schema.Record({ key: Schema.String, value: Schema.String })

const where = (key: Readonly<Record<string, string>>): string =>
  Object.keys(key)
    .sort()
    .map((k) => `${k}=${key[k]}`)
    .join(", ")

/**
 * An earlier release to the same audience, as a refusal names it: its id, when, and what it was.
 *
 * @since 0.1.0
 */
export const EarlierRelease = Schema.Struct({
  id: Schema.String,
  at: Schema.optional(Schema.String),
  label: Schema.optional(Text)
})
/** @since 0.1.0 */
export type EarlierRelease = typeof EarlierRelease.Type

const earlierText = (earlier: ReadonlyArray<EarlierRelease> | undefined, lang: Label.Lang): string => {
  if (earlier === undefined || earlier.length === 0) return ""
  const one = (e: EarlierRelease) => {
    const day = e.at === undefined ? "" : e.at.slice(0, 10)
    const what = e.label === undefined ? "" : `"${e.label[lang]}"`
    return lang === "vi"
      ? [what, day === "" ? "" : `ngày ${day}`, `mã ${e.id}`].filter((x) => x !== "").join(", ")
      : [what, day === "" ? "" : `on ${day}`, `id ${e.id}`].filter((x) => x !== "").join(", ")
  }
  return earlier.map(one).join("; ")
}

/**
 * A table that cannot be protected as given: a cell names a dimension the table does not
 * declare, two cells have the same key, a hierarchy gives a member two parents, totals do not
 * add up to their parts, a magnitude cell lacks its contributions.
 *
 * @since 0.1.0
 */
export class InvalidTable extends Schema.TaggedError<InvalidTable>("@pctnxh/privacy/InvalidTable")("InvalidTable", {
  table: Schema.String,
  cell: Schema.optional(CellKey),
  reason: Text
}) {
  /** The reason in one language, naming the table and the cell. */
  explain(lang: Label.Lang): string {
    const cell = this.cell === undefined ? "" : lang === "vi" ? `, ô (${where(this.cell)})` : `, cell (${where(this.cell)})`
    return lang === "vi"
      ? `Bảng "${this.table}"${cell}: ${this.reason.vi}`
      : `Table "${this.table}"${cell}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A release that disclosure control cannot make safe: a suppressed cell could still be
 * recomputed too closely from what is (or was earlier) published to the audience, and no cell
 * is left that could be suppressed to prevent it. Publish a coarser table, or leave the cell's
 * table out of the release.
 *
 * @since 0.1.0
 */
export class UnsafeRelease extends Schema.TaggedError<UnsafeRelease>("@pctnxh/privacy/UnsafeRelease")(
  "UnsafeRelease",
  {
    /** The table holding the cell at risk (`ledger:<release>` for a cell of an earlier release). */
    table: Schema.String,
    measure: Schema.String,
    cell: CellKey,
    audience: Schema.optional(Schema.String),
    reason: Text,
    /** Earlier releases to the audience holding the same figures, which this one conflicts with. */
    earlier: Schema.optional(Schema.Array(EarlierRelease))
  }
) {
  /** The reason in one language, naming the cell, the earlier release it conflicts with and what to do. */
  explain(lang: Label.Lang): string {
    const to = this.audience === undefined ? "" : lang === "vi" ? ` cho "${this.audience}"` : ` to "${this.audience}"`
    const base =
      lang === "vi"
        ? `Không thể công bố${to} an toàn: ô (${where(this.cell)}) của chỉ tiêu "${this.measure}", bảng "${this.table}": ${this.reason.vi}`
        : `Cannot release${to} safely: cell (${where(this.cell)}) of "${this.measure}", table "${this.table}": ${this.reason.en}`
    const earlier = earlierText(this.earlier, lang)
    if (earlier === "") return base
    return lang === "vi"
      ? `${base}. Bảng này cùng với lần công bố trước (${earlier}) sẽ cho phép tính ra ô đã ẩn. Hãy công bố bảng thô hơn (cấp hành chính cao hơn, ít phân tổ hơn) hoặc bỏ chỉ tiêu "${this.measure}" khỏi báo cáo.`
      : `${base}. Together with the earlier release (${earlier}) this table would let a hidden cell be worked out. Release a coarser table (a higher level, fewer breakdowns) or leave "${this.measure}" out of the report.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Figures that contradict one another: a cell published with two different values (in two
 * tables of a release, or now and in an earlier release to the same audience), or totals that
 * no non-negative values could add up to. A revised figure must be released as a revision,
 * never silently.
 *
 * @since 0.1.0
 */
export class InconsistentFigures extends Schema.TaggedError<InconsistentFigures>("@pctnxh/privacy/InconsistentFigures")(
  "InconsistentFigures",
  {
    measure: Schema.String,
    cell: Schema.optional(CellKey),
    reason: Text,
    /** Earlier releases to the audience holding the same figures, which this one contradicts. */
    earlier: Schema.optional(Schema.Array(EarlierRelease))
  }
) {
  /** The reason in one language, naming the earlier release it contradicts and what to do. */
  explain(lang: Label.Lang): string {
    const cell = this.cell === undefined ? "" : lang === "vi" ? `, ô (${where(this.cell)})` : `, cell (${where(this.cell)})`
    const base =
      lang === "vi"
        ? `Số liệu mâu thuẫn, chỉ tiêu "${this.measure}"${cell}: ${this.reason.vi}`
        : `Contradictory figures for "${this.measure}"${cell}: ${this.reason.en}`
    const earlier = earlierText(this.earlier, lang)
    if (earlier === "") return base
    return lang === "vi"
      ? `${base}. Số liệu này khác với số đã công bố lần trước cho cùng đối tượng (${earlier}): dữ liệu đã được thêm hoặc sửa sau lần đó. Không được công bố lại số đã sửa mà không đính chính; hãy kiểm tra các bản ghi đã nhập hoặc sửa sau ngày công bố, hoặc công bố cho kỳ khác.`
      : `${base}. These figures differ from those released before to the same audience (${earlier}): records were added or corrected since. A revised figure is not released again silently; check the records imported or corrected after that release, or release another period.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A caller asked for weaker protection than the audience's: a smaller minimum cell size, no
 * complementary suppression, no noise. An audience's settings are a floor; they can only be
 * made stricter.
 *
 * @since 0.1.0
 */
export class PolicyBelowFloor extends Schema.TaggedError<PolicyBelowFloor>("@pctnxh/privacy/PolicyBelowFloor")(
  "PolicyBelowFloor",
  {
    audience: Schema.String,
    setting: Schema.String,
    reason: Text
  }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Không được giảm mức bảo vệ của đối tượng "${this.audience}" (${this.setting}): ${this.reason.vi}`
      : `Cannot weaken the protection of audience "${this.audience}" (${this.setting}): ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A noise parameter that is not a finite positive number (NaN, Infinity, zero, negative).
 *
 * @since 0.1.0
 */
export class InvalidNoiseParameter extends Schema.TaggedError<InvalidNoiseParameter>(
  "@pctnxh/privacy/InvalidNoiseParameter"
)("InvalidNoiseParameter", {
  parameter: Schema.String,
  /** The value as written (a parameter, never data). */
  value: Schema.String,
  reason: Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Tham số nhiễu "${this.parameter}" = ${this.value}: ${this.reason.vi}`
      : `Noise parameter "${this.parameter}" = ${this.value}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A query that would spend more of an audience's privacy budget than is left. Once spent, a
 * budget is spent: further noisy answers would let the audience average the noise away.
 *
 * @since 0.1.0
 */
export class BudgetExhausted extends Schema.TaggedError<BudgetExhausted>("@pctnxh/privacy/BudgetExhausted")(
  "BudgetExhausted",
  {
    audience: Schema.String,
    requested: Schema.Number,
    remaining: Schema.Number
  }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Ngân sách riêng tư của "${this.audience}" không đủ: cần ε = ${this.requested}, chỉ còn ${this.remaining}. ` +
          `Không thể trả lời thêm truy vấn có nhiễu cho đối tượng này.`
      : `The privacy budget of "${this.audience}" is spent: ε = ${this.requested} requested, ${this.remaining} left. ` +
          `No further noisy answers can be given to this audience.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A release asking for more ε than its audience's policy allows for one release. The
 * ceiling is the audience's; no caller can raise it.
 *
 * @since 0.1.0
 */
export class EpsilonAboveCeiling extends Schema.TaggedError<EpsilonAboveCeiling>("@pctnxh/privacy/EpsilonAboveCeiling")(
  "EpsilonAboveCeiling",
  {
    audience: Schema.String,
    requested: Schema.Number,
    ceiling: Schema.Number
  }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Đối tượng "${this.audience}" chỉ được nhận ε tối đa ${this.ceiling} cho mỗi lần công bố; yêu cầu ε = ${this.requested} bị từ chối.`
      : `Audience "${this.audience}" may be given at most ε = ${this.ceiling} per release; ε = ${this.requested} was refused.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A release that needs a key it was not given: cell-key perturbation is keyed, so that nobody
 * without the deployment key can recompute the noise and remove it.
 *
 * @since 0.1.0
 */
export class KeyRequired extends Schema.TaggedError<KeyRequired>("@pctnxh/privacy/KeyRequired")("KeyRequired", {
  audience: Schema.String
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Bảng cho "${this.audience}" phải được làm nhiễu theo khóa ô: cần khóa bí mật của đơn vị (Key).`
      : `Tables for "${this.audience}" are perturbed with cell keys: the deployment key (Key) is required.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * The linear-programming solver (HiGHS) failed to load or to answer. `cause` holds its error.
 *
 * @since 0.1.0
 */
export class SolverFailed extends Schema.TaggedError<SolverFailed>("@pctnxh/privacy/SolverFailed")("SolverFailed", {
  reason: Text,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Bộ giải quy hoạch tuyến tính (HiGHS) lỗi: ${this.reason.vi}`
      : `The linear-programming solver (HiGHS) failed: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * The attacker check of a release did not finish within its time limit
 * (`AttackerCheck.TimeLimit`, a minute unless set): the release is refused rather than published
 * unchecked. `cells` and `releases` say how large the system was.
 *
 * @since 0.1.0
 */
export class CheckTooLong extends Schema.TaggedError<CheckTooLong>("@pctnxh/privacy/CheckTooLong")("CheckTooLong", {
  /** The cells of the attacker's system. */
  cells: Schema.Int,
  /** The tables it was built from, this release's and the earlier ones'. */
  tables: Schema.Int,
  /** The limit, in seconds. */
  seconds: Schema.Number
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Việc kiểm tra khả năng suy ra ô bị ẩn không xong trong ${this.seconds} giây (${this.cells} ô, ${this.tables} bảng kể cả các lần công bố trước), nên chưa công bố. Hãy chia nhỏ: công bố riêng từng tỉnh, ít phân tổ hơn, hoặc bảng thô trước bảng chi tiết.`
      : `The check that no hidden cell can be worked out did not finish within ${this.seconds} s (${this.cells} cells, ${this.tables} tables including earlier releases), so nothing was released. Partition it: release each province's tables on their own, with fewer breakdowns, or coarse tables before detailed ones.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * The release ledger could not be read or written. `cause` holds the store's error.
 *
 * @since 0.1.0
 */
export class LedgerFailed extends Schema.TaggedError<LedgerFailed>("@pctnxh/privacy/LedgerFailed")("LedgerFailed", {
  operation: Schema.String,
  reason: Text,
  cause: Schema.optional(Schema.Unknown)
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Sổ công bố (${this.operation}): ${this.reason.vi}`
      : `Release ledger (${this.operation}): ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A person-level extract that cannot be made k-anonymous and l-diverse without suppressing more
 * records than allowed, even at the coarsest generalisation.
 *
 * @since 0.1.0
 */
export class UnprotectableExtract extends Schema.TaggedError<UnprotectableExtract>(
  "@pctnxh/privacy/UnprotectableExtract"
)("UnprotectableExtract", {
  k: Schema.Int,
  l: Schema.Int,
  records: Schema.Int,
  /** The fewest records that would have to be withheld. */
  wouldSuppress: Schema.Int,
  allowed: Schema.Int
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Không thể bảo vệ trích xuất ${this.records} bản ghi (k = ${this.k}, l = ${this.l}): phải ẩn ít nhất ` +
          `${this.wouldSuppress} bản ghi, vượt mức cho phép ${this.allowed}.`
      : `Cannot protect the extract of ${this.records} records (k = ${this.k}, l = ${this.l}): at least ` +
          `${this.wouldSuppress} records would have to be suppressed, more than the ${this.allowed} allowed.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A table that goes beyond what its audience may see: broken down by a unit level, a period
 * grain, an attribute or a reported disaggregation the audience's dimensions do not allow
 * (the donor audience sees provinces at most), or within a unit below its levels.
 *
 * @since 0.1.0
 */
export class BeyondAudience extends Schema.TaggedError<BeyondAudience>("@pctnxh/privacy/BeyondAudience")("BeyondAudience", {
  audience: Schema.String,
  audienceName: Text,
  /** Which limit: `unitLevel`, `scopeLevel`, `periodGrain`, `attribute` or `disaggregation`. */
  limit: Schema.Literal("unitLevel", "scopeLevel", "periodGrain", "attribute", "disaggregation"),
  /** What was asked for: a level, a period grain, an attribute. */
  asked: Schema.String,
  askedName: Text,
  /** What the audience may see. */
  allowed: Schema.Array(Schema.String),
  allowedNames: Text
}) {
  /** The limit in one language, in an officer's words. */
  explain(lang: Label.Lang): string {
    const who = this.audienceName[lang]
    const asked = this.askedName[lang]
    const allowed = this.allowedNames[lang]
    if (lang === "vi") {
      switch (this.limit) {
        case "unitLevel":
          return `Báo cáo cho "${who}" không được chia theo cấp ${asked}: đối tượng này chỉ được xem đến cấp ${allowed}. Hãy chọn cấp cao hơn.`
        case "scopeLevel":
          return `Báo cáo cho "${who}" không được giới hạn trong một đơn vị cấp ${asked}: đối tượng này chỉ được xem đến cấp ${allowed}.`
        case "periodGrain":
          return `Báo cáo cho "${who}" không được chia theo ${asked}: đối tượng này chỉ được xem theo ${allowed}.`
        case "attribute":
          return `Báo cáo cho "${who}" không được phân tổ theo ${asked}: đối tượng này chỉ được xem các phân tổ ${allowed}.`
        case "disaggregation":
          return `Báo cáo cho "${who}" không được phân tổ số liệu báo cáo theo "${asked}": đối tượng này không được xem phân tổ của số liệu tổng hợp.`
      }
    }
    switch (this.limit) {
      case "unitLevel":
        return `A report for "${who}" may not be broken down by ${asked} level: this audience sees down to ${allowed} level at most. Choose a higher level.`
      case "scopeLevel":
        return `A report for "${who}" may not be limited to one ${asked}-level unit: this audience sees down to ${allowed} level at most.`
      case "periodGrain":
        return `A report for "${who}" may not be broken down by ${asked}: this audience sees ${allowed} only.`
      case "attribute":
        return `A report for "${who}" may not be broken down by ${asked}: this audience sees the breakdowns ${allowed} only.`
      case "disaggregation":
        return `A report for "${who}" may not break reported values down by "${asked}": this audience does not see the disaggregations of reported values.`
    }
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Any error of disclosure control.
 *
 * @since 0.1.0
 */
export type DisclosureError =
  | InvalidTable
  | UnsafeRelease
  | InconsistentFigures
  | PolicyBelowFloor
  | InvalidNoiseParameter
  | BudgetExhausted
  | EpsilonAboveCeiling
  | KeyRequired
  | SolverFailed
  | CheckTooLong
  | LedgerFailed
  | UnprotectableExtract
  | BeyondAudience
