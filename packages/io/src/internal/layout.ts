/**
 * What every export of a report shares: the cells made safe (a suppressed cell never carries a
 * number, whatever it was given), their keys, and the words an officer reads for units,
 * breakdowns and marks.
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { AggregateQuery } from "@pctnxh/core"
import { Cell as ReportCell, Unit } from "@pctnxh/indicators"
import { Disclosure } from "@pctnxh/privacy"
import type { Report } from "@pctnxh/indicators"

type Lang = LabelModule.Lang
type Label = LabelModule.Label
export type Cell = ReportCell.Cell
export type AReport = Report.Report

/** Whether disclosure control suppressed a cell. */
export const isSuppressed = (cell: Cell): boolean => cell.disclosure?.status === "suppressed"

const HIDDEN: Label = {
  vi: "Ô bị ẩn để bảo vệ danh tính; không công bố số liệu và cách tính",
  en: "Suppressed to protect identities; neither the value nor its computation is published"
}
const PERTURBED: Label = { vi: "giá trị đã được làm nhiễu nhẹ", en: "the value was slightly perturbed" }

/**
 * A cell as an export may show it: a suppressed cell keeps no value, numerator or denominator,
 * and no explanation (which would carry them); a perturbed cell's explanation, which was
 * computed before the noise, is replaced by the formula in words.
 */
export const safe = (cell: Cell, formula?: Label): Cell => {
  if (isSuppressed(cell)) return { ...cell, value: null, numerator: null, denominator: null, explanation: HIDDEN }
  if (cell.disclosure?.status === "perturbed") {
    const words = formula ?? { vi: "", en: "" }
    return {
      ...cell,
      numerator: null,
      denominator: null,
      explanation: { vi: `${words.vi} (${PERTURBED.vi})`.trim(), en: `${words.en} (${PERTURBED.en})`.trim() }
    }
  }
  return cell
}

/** Every cell of a report made safe, with the formula of its indicator. */
export const safeCells = (report: AReport): ReadonlyArray<Cell> => {
  const formulas = new Map(report.indicators.map((i) => [i.code, i.formula]))
  return report.cells.map((c) => safe(c, formulas.get(c.indicator)))
}

const FAILURE_HIDDEN: Label = {
  vi: "Chi tiết không công bố vì liên quan đến ô bị ẩn",
  en: "Details withheld because they involve a suppressed cell"
}

/**
 * The report's validation results with the explanation of any failure that touches a
 * suppressed or perturbed cell withheld (it would state the hidden numbers).
 */
export const safeValidation = (report: AReport): AReport["validation"] => {
  const hidden = new Set<string>()
  for (const c of report.cells) {
    if (c.disclosure !== undefined && c.disclosure.status !== "published") {
      hidden.add(`${c.period}\u0000${c.adminUnit === undefined ? "*" : String(c.adminUnit)}\u0000${breakdownKey(c.disaggregation)}`)
    }
  }
  if (hidden.size === 0) return report.validation
  return report.validation.map((result) => ({
    ...result,
    failures: result.failures.map((f) =>
      hidden.has(`${f.period}\u0000${f.adminUnit === undefined ? "*" : String(f.adminUnit)}\u0000${breakdownKey(f.disaggregation)}`)
        ? { ...f, explanation: FAILURE_HIDDEN }
        : f
    )
  }))
}

/** A breakdown as a key: `population=sex_worker;sex=female`, attributes sorted; `""` for the total. */
export const breakdownKey = (d: Readonly<Record<string, string | null>>): string =>
  Object.keys(d)
    .sort()
    .map((k) => `${k}=${d[k] ?? ""}`)
    .join(";")

/** The key of a cell: indicator, period, unit (`*` for the total) and breakdown. */
export const cellKey = (indicator: string, period: string, adminUnit: string | null | undefined, breakdown: string): string =>
  `${indicator}\u0000${period}\u0000${adminUnit === undefined ? "*" : adminUnit === null ? "" : adminUnit}\u0000${breakdown}`

const NOT_RECORDED: Label = { vi: "Không ghi nhận", en: "Not recorded" }
const TOTAL: Label = { vi: "Tổng số", en: "Total" }

/** The name of an attribute (`sex` → Giới tính). */
export const attributeName = (attribute: string, lang: Lang): string =>
  AggregateQuery.Attribute.is(attribute) ? AggregateQuery.Attribute.label(attribute)[lang] : attribute

/** The words of a breakdown: `Giới tính: Nữ`, `Tổng số` for the total. */
export const breakdownLabel = (report: AReport, d: Readonly<Record<string, string | null>>, lang: Lang): string => {
  const keys = Object.keys(d).sort()
  if (keys.length === 0) return TOTAL[lang]
  return keys
    .map((k) => {
      const v = d[k] ?? null
      const name = v === null ? NOT_RECORDED[lang] : (report.labels[k]?.[v]?.[lang] ?? v)
      return `${attributeName(k, lang)}: ${name}`
    })
    .join("; ")
}

/** The word of a unit: `lượt`, `đồng`, `%`. */
export const unitLabel = (unit: Cell["unit"], lang: Lang): string => Unit.Unit.label(unit)[lang]

/** The text printed for a suppressed cell. */
export const suppressedText = (cell: Cell): string => cell.disclosure?.display ?? "x"

/** What a cell shows as text: its value with its unit, its mark, or that there is no value. */
export const display = (cell: Cell, decimals: number, lang: Lang): string =>
  isSuppressed(cell) ? suppressedText(cell) : cell.value === null ? "-" : ReportCell.display(cell, lang, decimals)

/** The words of a disclosure reason (the codes of `@pctnxh/privacy`'s disclosure control). */
export const reasonLabel = (reason: string, lang: Lang): string =>
  Disclosure.Reason.is(reason) ? Disclosure.Reason.label(reason)[lang] : reason
