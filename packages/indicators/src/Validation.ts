/**
 * Validation rules: the consistency checks every report runs, each failure explained in
 * Vietnamese and English — because reported numbers are often inconsistent (more violations and
 * reminders than visits, yearly budgets above the total, parts that do not add up).
 *
 * The standard rules:
 *
 * | rule | checks |
 * | --- | --- |
 * | `violationsAndRemindersWithinVisits` | violations + reminders ≤ establishment-visits |
 * | `personsWithinContacts` | distinct persons ≤ contacts, for every persons/contacts pair |
 * | `partsAgreeWithTotal` | the parts of a breakdown, the units and the sub-periods of an additive indicator add up to its total; a part of a non-additive count never exceeds its total (formerly `partsSumToTotal`) |
 * | `yearlyBudgetsWithinTotal` | the yearly budgets of a multi-year period are within its total |
 * | `shareWithinWhole` | no share has a part larger than its total |
 * | `coverageAbove100` | coverage above 100% (a stale or too low size estimate) |
 * | `spendAboveNorm` | spending per person above the cost norm |
 * | `benchmark` | values outside the programme's benchmark (inspection coverage below 20% a year) |
 * | `eventsMatchReported` | recorded events and a reported value of the same cell agree (the one the precedence rule set aside is named) |
 *
 * A rule applies to the cells the report has: a report without visits does not check
 * violations against them.
 *
 * @since 0.1.0
 */
import { type Calendar, type Label, Period, ReportTable } from "@pctnxh/core"
import * as Schema from "effect/Schema"
import type { Cell } from "./Cell.js"
import type * as Indicator from "./Indicator.js"
import * as format from "./internal/format.js"
import { countsNewPersons, spansYears } from "./internal/years.js"
import { Unit } from "./Unit.js"

/**
 * How serious a failure is: an `error` is an inconsistency in the data; a `warning` a finding
 * to look at.
 *
 * @since 0.1.0
 */
export const Severity = Schema.Literal("error", "warning")
/** @since 0.1.0 */
export type Severity = typeof Severity.Type

/**
 * One failure: the cell it is about and the values compared (`ReportTable.ValidationFailure`
 * of `@pctnxh/core`).
 *
 * @since 0.1.0
 */
export const Failure: typeof ReportTable.ValidationFailure = ReportTable.ValidationFailure
/** @since 0.1.0 */
export type Failure = typeof Failure.Type

/**
 * What one rule found in a report: how many comparisons it made and which failed
 * (`ReportTable.ValidationResult` of `@pctnxh/core`).
 *
 * @since 0.1.0
 */
export const Result: typeof ReportTable.ValidationResult = ReportTable.ValidationResult
/** @since 0.1.0 */
export type Result = typeof Result.Type

/**
 * What a rule looks at: the cells, the indicators, the periods and their calendar.
 *
 * @since 0.1.0
 */
export interface Input {
  readonly cells: ReadonlyArray<Cell>
  readonly indicator: (code: string) => Indicator.Indicator | undefined
  readonly periods: ReadonlyArray<Period.Period>
  readonly calendar: Calendar.Calendar
}

/**
 * A rule.
 *
 * @since 0.1.0
 */
export interface Rule {
  readonly id: string
  readonly name: Label.Label
  readonly severity: Severity
  readonly check: (input: Input) => { readonly checked: number; readonly failures: ReadonlyArray<Failure> }
}

// -------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------

const unitOf = (c: Cell) => ReportTable.member(c.adminUnit)
const at = (cells: ReportTable.Index<Cell>, indicator: string, period: string, like: Cell) =>
  cells.get({ indicator, period, adminUnit: like.adminUnit, disaggregation: like.disaggregation })

const index = (cells: ReadonlyArray<Cell>): ReportTable.Index<Cell> => ReportTable.index({ cells })

const where = (c: Cell): Pick<Failure, "period" | "adminUnit" | "disaggregation"> => ({
  period: c.period,
  ...(c.adminUnit === undefined ? {} : { adminUnit: c.adminUnit }),
  disaggregation: c.disaggregation
})

const num = (n: number, lang: Label.Lang) => format.number(n, lang, 2)

const named = (input: Input, code: string, lang: Label.Lang) => {
  const i = input.indicator(code)
  return i === undefined ? code : i.name[lang].toLowerCase()
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

// -------------------------------------------------------------------------------------------
// Rules
// -------------------------------------------------------------------------------------------

/**
 * A rule: in every cell where they all have values, the sum of `parts` is at most `whole`.
 *
 * @since 0.1.0
 */
export const atMost = (options: {
  readonly id: string
  readonly name: Label.Label
  readonly pairs: ReadonlyArray<{ readonly parts: ReadonlyArray<string>; readonly whole: string }>
  readonly severity?: Severity
}): Rule => ({
  id: options.id,
  name: options.name,
  severity: options.severity ?? "error",
  check: (input) => {
    const cells = index(input.cells)
    let checked = 0
    const failures: Array<Failure> = []
    for (const pair of options.pairs) {
      for (const whole of cells.byIndicator(pair.whole)) {
        if (whole.value === null) continue
        const parts = pair.parts.map((p) => at(cells, p, whole.period, whole))
        if (parts.some((p) => p === undefined || p.value === null)) continue
        checked++
        const sum = parts.reduce((a, p) => a + (p?.value ?? 0), 0)
        if (sum > whole.value + 1e-9) {
          const line = (lang: Label.Lang) => {
            const left = pair.parts.map((p, i) => `${named(input, p, lang)} (${num(parts[i]?.value ?? 0, lang)})`).join(" + ")
            const total = pair.parts.length > 1 ? ` = ${num(sum, lang)}` : ""
            return lang === "vi"
              ? `${left}${total} lớn hơn ${named(input, pair.whole, lang)} (${num(whole.value ?? 0, lang)})`
              : `${left}${total} exceeds ${named(input, pair.whole, lang)} (${num(whole.value ?? 0, lang)})`
          }
          failures.push({ indicators: [...pair.parts, pair.whole], ...where(whole), explanation: { vi: line("vi"), en: line("en") } })
        }
      }
    }
    return { checked, failures }
  }
})

/**
 * Violations and reminders cannot outnumber the establishment-visits they ended.
 *
 * @since 0.1.0
 */
export const violationsAndRemindersWithinVisits: Rule = atMost({
  id: "violationsAndRemindersWithinVisits",
  name: {
    vi: "Số lượt vi phạm cộng nhắc nhở không vượt quá số lượt cơ sở được kiểm tra",
    en: "Violations plus reminders do not exceed establishment-visits"
  },
  pairs: [{ parts: ["INSPECTION_VIOLATIONS", "INSPECTION_REMINDERS"], whole: "INSPECTION_VISITS" }]
})

/**
 * Distinct persons cannot outnumber the contacts they had.
 *
 * @since 0.1.0
 */
export const personsWithinContacts: Rule = atMost({
  id: "personsWithinContacts",
  name: { vi: "Số người không vượt quá số lượt", en: "Persons do not exceed contacts" },
  pairs: [
    { parts: ["PERSONS_REACHED"], whole: "CONTACTS" },
    { parts: ["COUNSELLING_PERSONS"], whole: "COUNSELLING_CONTACTS" },
    { parts: ["HIV_TESTING_REFERRAL_PERSONS"], whole: "HIV_TESTING_REFERRALS" },
    { parts: ["VOCATIONAL_TRAINING_PERSONS"], whole: "VOCATIONAL_TRAINING_CONTACTS" },
    { parts: ["LEGAL_AID_PERSONS"], whole: "LEGAL_AID_CONTACTS" },
    { parts: ["GBV_SUPPORT_PERSONS"], whole: "GBV_SUPPORT_CONTACTS" },
    { parts: ["NEW_PERSONS"], whole: "PERSONS_REACHED" },
    { parts: ["PACKAGE_REACH"], whole: "PERSONS_REACHED" }
  ]
})

const countable = (i: Indicator.Indicator) => i.unit !== "percent" && i.unit !== "ratio" && i.unit !== "vnd"

/**
 * The parts of a total add up to it — the options of a breakdown, the units of the report, the
 * sub-periods that tile a longer period of the report — for additive indicators; for
 * non-additive counts (distinct persons) no part exceeds its total.
 *
 * @since 0.1.0
 */
export const partsAgreeWithTotal: Rule = {
  id: "partsAgreeWithTotal",
  name: {
    vi: "Các phần khớp với tổng: cộng lại bằng tổng (chỉ số cộng dồn được), không phần nào lớn hơn tổng (số đếm không trùng lặp)",
    en: "Parts agree with their total: they add up to it (additive indicators), none exceeds it (distinct counts)"
  },
  severity: "error",
  check: (input) => {
    const cells = index(input.cells)
    let checked = 0
    const failures: Array<Failure> = []
    const compare = (
      indicator: Indicator.Indicator,
      total: Cell,
      parts: ReadonlyArray<Cell>,
      what: Label.Label,
      additive: boolean = indicator.additive
    ) => {
      if (total.value === null || parts.length === 0 || parts.some((p) => p.value === null)) return
      if (parts.every((p) => p.source === "none")) return
      checked++
      const sum = parts.reduce((a, p) => a + (p.value ?? 0), 0)
      const unit = Unit.label(indicator.unit)
      if (additive) {
        if (close(sum, total.value)) return
        failures.push({
          indicators: [indicator.code],
          ...where(total),
          explanation: {
            vi: `${indicator.name.vi}: tổng các ${what.vi} là ${num(sum, "vi")} ${unit.vi}, khác tổng chung ${num(total.value, "vi")} ${unit.vi}`,
            en: `${indicator.name.en}: the ${what.en} add up to ${num(sum, "en")} ${unit.en}, not the total of ${num(total.value, "en")} ${unit.en}`
          }
        })
      } else if (countable(indicator)) {
        const over = parts.find((p) => (p.value ?? 0) > (total.value ?? 0) + 1e-9)
        if (over === undefined) return
        failures.push({
          indicators: [indicator.code],
          ...where(over),
          explanation: {
            vi: `${indicator.name.vi}: một phần (${num(over.value ?? 0, "vi")} ${unit.vi}) lớn hơn tổng (${num(total.value, "vi")} ${unit.vi})`,
            en: `${indicator.name.en}: a part (${num(over.value ?? 0, "en")} ${unit.en}) is larger than its total (${num(total.value, "en")} ${unit.en})`
          }
        })
      }
    }
    const byIndicator = new Map<string, Array<Cell>>()
    for (const c of input.cells) {
      let list = byIndicator.get(c.indicator)
      if (list === undefined) byIndicator.set(c.indicator, (list = []))
      list.push(c)
    }
    const ranges = new Map(input.periods.map((p) => [p.id, Period.dateRange(p, input.calendar)]))
    // the periods of the report inside each of its periods, by kind, and whether they tile it:
    // the same for every indicator
    const subPeriods: Array<{
      readonly p: Period.Period
      readonly same: ReadonlyArray<Period.Period>
      readonly complete: boolean
      readonly spans: boolean
      readonly what: Label.Label
    }> = []
    for (const p of input.periods) {
      const range = ranges.get(p.id)!
      const inside = input.periods.filter((q) => {
        if (q.id === p.id) return false
        const r = ranges.get(q.id)!
        return r.start >= range.start && r.end <= range.end
      })
      const spans = spansYears(p, input.calendar)
      for (const kind of ["year", "half", "quarter", "month"] as const) {
        const same = inside.filter((q) => q.kind === kind)
        if (same.length === 0) continue
        const tiles = Period.unitOf(p) !== "day" && rank[Period.unitOf(p)] >= rank[kind] ? Period.split(p, kind).map((q) => q.id) : []
        const complete = tiles.length > 0 && tiles.every((id) => same.some((q) => q.id === id))
        const ids = same.map((q) => q.id).join(", ")
        subPeriods.push({ p, same, complete, spans, what: { vi: `kỳ con (${ids})`, en: `sub-periods (${ids})` } })
      }
    }
    for (const [code, list] of byIndicator) {
      const indicator = input.indicator(code)
      if (indicator === undefined || (!indicator.additive && !countable(indicator))) continue
      // breakdowns
      const groups = new Map<string, Array<Cell>>()
      for (const c of list) {
        const keys = Object.keys(c.disaggregation).sort()
        if (keys.length === 0) continue
        const g = `${c.period}|${unitOf(c)}|${keys.join("×")}`
        let arr = groups.get(g)
        if (arr === undefined) groups.set(g, (arr = []))
        arr.push(c)
      }
      for (const parts of groups.values()) {
        const first = parts[0]!
        const total = cells.get({ indicator: code, period: first.period, adminUnit: first.adminUnit })
        if (total !== undefined) compare(indicator, total, parts, { vi: "nhóm phân tổ", en: "parts of the breakdown" })
      }
      // units
      const byPlace = new Map<string, Array<Cell>>()
      for (const c of list) {
        if (c.adminUnit === undefined) continue
        const k = ReportTable.coordinates({ period: c.period, disaggregation: c.disaggregation })
        let arr = byPlace.get(k)
        if (arr === undefined) byPlace.set(k, (arr = []))
        arr.push(c)
      }
      for (const total of list) {
        if (total.adminUnit !== undefined) continue
        const parts = byPlace.get(ReportTable.coordinates({ period: total.period, disaggregation: total.disaggregation })) ?? []
        if (parts.length > 0) compare(indicator, total, parts, { vi: "đơn vị hành chính", en: "administrative units" })
      }
      // sub-periods
      const byPeriod = new Map<string, Array<Cell>>()
      for (const c of list) {
        let arr = byPeriod.get(c.period)
        if (arr === undefined) byPeriod.set(c.period, (arr = []))
        arr.push(c)
      }
      for (const { complete, p, same, spans, what } of subPeriods) {
        // new persons add up within a reporting year; over several, a returning person is new once
        const additive = indicator.additive && !(spans && countsNewPersons(indicator, input.indicator))
        if (!complete && additive) continue
        for (const total of byPeriod.get(p.id) ?? []) {
          const parts = same
            .map((q) => at(cells, code, q.id, total))
            .filter((c): c is Cell => c !== undefined)
          if (parts.length === same.length) {
            compare(indicator, total, parts, what, additive)
          }
        }
      }
    }
    return { checked, failures }
  }
}

/**
 * The former name of {@link partsAgreeWithTotal}: the rule also checks that no part of a
 * distinct count exceeds its total, which "sum to" did not say.
 *
 * @deprecated Use {@link partsAgreeWithTotal}; its results carry the rule id `partsAgreeWithTotal`.
 * @since 0.1.0
 */
export const partsSumToTotal: Rule = partsAgreeWithTotal

const rank = { day: 0, month: 1, quarter: 2, half: 3, year: 4 } as const

/**
 * The yearly budgets inside a multi-year period of the report do not exceed the budget of that
 * period (Hải Phòng 2019–2020: 300 M + 600 M within 900 M).
 *
 * @since 0.1.0
 */
export const yearlyBudgetsWithinTotal: Rule = {
  id: "yearlyBudgetsWithinTotal",
  name: { vi: "Kinh phí các năm không vượt tổng kinh phí của giai đoạn", en: "Yearly budgets stay within the total" },
  severity: "error",
  check: (input) => {
    const cells = index(input.cells)
    let checked = 0
    const failures: Array<Failure> = []
    const ranges = new Map(input.periods.map((p) => [p.id, Period.dateRange(p, input.calendar)]))
    for (const total of input.cells) {
      if (total.indicator !== "BUDGET" || total.value === null) continue
      const p = input.periods.find((q) => q.id === total.period)
      if (p === undefined || p.kind === "year" || Period.unitOf(p) !== "year") continue
      const range = ranges.get(p.id)!
      const years = input.periods.filter((q) => q.kind === "year" && ranges.get(q.id)!.start >= range.start && ranges.get(q.id)!.end <= range.end)
      const parts = years.map((y) => at(cells, "BUDGET", y.id, total)).filter((c): c is Cell => c !== undefined && c.value !== null)
      if (parts.length === 0) continue
      checked++
      const sum = parts.reduce((a, c) => a + (c.value ?? 0), 0)
      if (sum > total.value + 1e-9) {
        const line = (lang: Label.Lang) =>
          `${parts.map((c) => `${c.period}: ${num(c.value ?? 0, lang)}`).join(" + ")} = ${num(sum, lang)} ${lang === "vi" ? "lớn hơn tổng kinh phí" : "exceeds the total budget"} ${total.period}: ${num(total.value ?? 0, lang)} ${Unit.label("vnd")[lang]}`
        failures.push({ indicators: ["BUDGET"], ...where(total), explanation: { vi: line("vi"), en: line("en") } })
      }
    }
    return { checked, failures }
  }
}

const flagged = (options: {
  readonly id: string
  readonly name: Label.Label
  readonly severity: Severity
  readonly applies: (i: Indicator.Indicator) => boolean
  readonly flags: ReadonlyArray<Cell["flags"][number]>
  readonly say: (c: Cell, i: Indicator.Indicator, lang: Label.Lang) => string
}): Rule => ({
  id: options.id,
  name: options.name,
  severity: options.severity,
  check: (input) => {
    let checked = 0
    const failures: Array<Failure> = []
    for (const c of input.cells) {
      const i = input.indicator(c.indicator)
      if (i === undefined || !options.applies(i) || c.value === null) continue
      checked++
      if (c.flags.some((f) => options.flags.includes(f))) {
        failures.push({ indicators: [c.indicator], ...where(c), explanation: { vi: options.say(c, i, "vi"), en: options.say(c, i, "en") } })
      }
    }
    return { checked, failures }
  }
})

const topTag = (i: Indicator.Indicator) => i.formula._tag

/**
 * A share whose part is larger than its whole (more completed referrals than referrals).
 *
 * @since 0.1.0
 */
export const shareWithinWhole: Rule = flagged({
  id: "shareWithinWhole",
  name: { vi: "Tỉ lệ không vượt quá 100%", en: "Shares do not exceed 100%" },
  severity: "error",
  applies: (i) => topTag(i) === "share",
  flags: ["partAboveTotal"],
  say: (c, i, lang) =>
    lang === "vi"
      ? `${i.name.vi}: phần (${num(c.numerator ?? 0, "vi")}) lớn hơn tổng (${num(c.denominator ?? 0, "vi")}), tỉ lệ ${format.number(c.value ?? 0, "vi", 1)}%`
      : `${i.name.en}: the part (${num(c.numerator ?? 0, "en")}) is larger than its total (${num(c.denominator ?? 0, "en")}), ${format.number(c.value ?? 0, "en", 1)}%`
})

/**
 * Coverage above 100%: the population estimate is stale or too low.
 *
 * @since 0.1.0
 */
export const coverageAbove100: Rule = flagged({
  id: "coverageAbove100",
  name: { vi: "Độ bao phủ trên 100% (ước tính quy mô đã cũ)", en: "Coverage above 100% (a stale size estimate)" },
  severity: "warning",
  applies: (i) => topTag(i) === "coverage",
  flags: ["staleEstimate"],
  say: (c, i, lang) =>
    lang === "vi"
      ? `${i.name.vi} là ${format.number(c.value ?? 0, "vi", 1)}%: số người được tiếp cận (${num(c.numerator ?? 0, "vi")}) nhiều hơn ước tính quy mô (${num(c.denominator ?? 0, "vi")}); ước tính có thể đã cũ hoặc quá thấp`
      : `${i.name.en} is ${format.number(c.value ?? 0, "en", 1)}%: more persons were reached (${num(c.numerator ?? 0, "en")}) than the population is estimated at (${num(c.denominator ?? 0, "en")}); the estimate is probably stale or too low`
})

/**
 * Spending per person above the cost norm in force.
 *
 * @since 0.1.0
 */
export const spendAboveNorm: Rule = flagged({
  id: "spendAboveNorm",
  name: { vi: "Chi phí mỗi người vượt định mức", en: "Spending per person above the norm" },
  severity: "warning",
  applies: (i) => topTag(i) === "normComparison",
  flags: ["overNorm"],
  say: (c, i, lang) =>
    lang === "vi"
      ? `${i.name.vi}: ${num(c.numerator ?? 0, "vi")} đồng mỗi người là ${format.number(c.value ?? 0, "vi", 1)}% định mức ${num(c.denominator ?? 0, "vi")} đồng`
      : `${i.name.en}: ${num(c.numerator ?? 0, "en")} VND per person is ${format.number(c.value ?? 0, "en", 1)}% of the ${num(c.denominator ?? 0, "en")} VND norm`
})

/**
 * Values outside an indicator's benchmark (inspection coverage below 20% a year).
 *
 * @since 0.1.0
 */
export const benchmark: Rule = flagged({
  id: "benchmark",
  name: { vi: "Đạt mốc chương trình đặt ra", en: "Programme benchmarks met" },
  severity: "warning",
  applies: (i) => i.benchmark !== undefined,
  flags: ["belowBenchmark", "aboveBenchmark"],
  say: (c, i, lang) => {
    const b = i.benchmark!
    const value = format.withUnit(c.value, i.unit, i.decimals, lang, Unit.label(i.unit))
    const below = c.flags.includes("belowBenchmark")
    const bound = format.number((below ? b.atLeast : b.atMost) ?? 0, lang, 2)
    return lang === "vi"
      ? `${i.name.vi} là ${value}, ${below ? "thấp hơn mức tối thiểu" : "cao hơn mức tối đa"} ${bound} (${b.basis.vi})`
      : `${i.name.en} is ${value}, ${below ? "below the minimum of" : "above the maximum of"} ${bound} (${b.basis.en})`
  }
})

/**
 * Recorded events and a reported value of the same cell that disagree (Quảng Ninh's log has 10
 * contacts, its yearly report 12): the precedence rule kept one, and this warning says the
 * other differs, so a disagreement is never silently resolved.
 *
 * @since 0.1.0
 */
export const eventsMatchReported: Rule = flagged({
  id: "eventsMatchReported",
  name: { vi: "Số liệu ghi nhận khớp với số liệu báo cáo", en: "Recorded events agree with reported values" },
  severity: "warning",
  applies: () => true,
  flags: ["reportedDiffers"],
  say: (c, i, lang) => {
    const value = format.withUnit(c.value, i.unit, i.decimals, lang, Unit.label(i.unit))
    return lang === "vi"
      ? `${i.name.vi}: đã dùng ${value} ${c.source === "aggregate" ? "theo số liệu báo cáo" : "theo số liệu ghi nhận"}; ${c.explanation.vi}`
      : `${i.name.en}: ${value} was used ${c.source === "aggregate" ? "from the reported value" : "from the recorded events"}; ${c.explanation.en}`
  }
})

/**
 * The rules every report runs.
 *
 * @since 0.1.0
 */
export const standard: ReadonlyArray<Rule> = [
  violationsAndRemindersWithinVisits,
  personsWithinContacts,
  partsAgreeWithTotal,
  yearlyBudgetsWithinTotal,
  shareWithinWhole,
  coverageAbove100,
  spendAboveNorm,
  benchmark,
  eventsMatchReported
]

/**
 * Runs rules over a report's cells.
 *
 * @since 0.1.0
 */
export const run = (rules: ReadonlyArray<Rule>, input: Input): ReadonlyArray<Result> =>
  rules.map((rule) => {
    const { checked, failures } = rule.check(input)
    return { rule: rule.id, name: rule.name, severity: rule.severity, checked, failures: [...failures] }
  })
