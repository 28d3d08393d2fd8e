/**
 * Printing reports as readable tables.
 */
import { Report } from "@pctnxh/indicators"
import type { Lang } from "./Terminal.js"
import { table } from "./Terminal.js"

const cellText = (cell: Report.Report["cells"][number] | undefined, lang: Lang): string => {
  if (cell === undefined) return "–"
  if (cell.disclosure !== undefined && cell.disclosure.status === "suppressed") return cell.disclosure.display ?? "x"
  const decimals = cell.unit === "percent" ? 1 : cell.unit === "ratio" ? 2 : 0
  if (cell.value === null) return "–"
  const text = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: decimals }).format(cell.value)
  const unit = cell.unit === "percent" ? " %" : ""
  const flag = cell.flags.length > 0 ? " !" : ""
  return `${text}${unit}${flag}`
}

/**
 * The headline table of a report: one row per requested indicator, one column per period (for
 * the report's total), or per unit when there is one period and the report is by unit.
 */
export const headline = (report: Report.Report, lang: Lang): string => {
  const byUnit = report.periods.length === 1 && report.adminUnits.length > 0
  const columns: Array<{ title: string; period: string; unit: string | null | undefined }> = byUnit
    ? [
        ...report.adminUnits.map((u) => ({ title: u.name[lang], period: report.periods[0]!.id, unit: u.id })),
        { title: lang === "vi" ? "Tổng" : "Total", period: report.periods[0]!.id, unit: undefined }
      ]
    : report.periods.map((p) => ({ title: p.name[lang], period: p.id, unit: undefined }))
  const requested = new Set(report.spec.indicators)
  const rows = report.indicators
    .filter((i) => requested.has(i.code))
    .map((indicator) => [
      indicator.name[lang],
      ...columns.map((c) =>
        cellText(
          Report.cell(report, { indicator: indicator.code, period: c.period, ...(c.unit === undefined ? {} : { adminUnit: c.unit }) }),
          lang
        )
      )
    ])
  const head = [lang === "vi" ? "Chỉ tiêu" : "Indicator", ...columns.map((c) => c.title)]
  return table(head, rows)
}

/** The validation failures of a report, one line each. */
export const problems = (report: Report.Report, lang: Lang, limit = 8): ReadonlyArray<string> => {
  const lines = report.validation.flatMap((result) =>
    result.failures.map((f) => `! ${result.name[lang]} (${f.period}): ${f.explanation[lang]}`)
  )
  return lines.length <= limit
    ? lines
    : [...lines.slice(0, limit), lang === "vi" ? `… và ${lines.length - limit} cảnh báo khác` : `… and ${lines.length - limit} more`]
}
