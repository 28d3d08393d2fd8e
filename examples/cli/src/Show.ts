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

type Breakdown = Readonly<Record<string, string | null>>

/** The name of a breakdown value: its label, else the value itself ("–" for no value). */
const valueName = (report: Report.Report, attribute: string, value: string | null, lang: Lang): string =>
  value === null ? "–" : (report.labels[attribute]?.[value]?.[lang] ?? value)

/** A breakdown row's title: its values' names, joined (`Người bán dâm · Nữ`). */
const breakdownName = (report: Report.Report, breakdown: Breakdown, lang: Lang): string =>
  Object.entries(breakdown)
    .map(([attribute, value]) => valueName(report, attribute, value, lang))
    .join(" · ")

/**
 * The breakdowns of an indicator, in the order its cells come: every distinct non-empty
 * disaggregation.
 */
const breakdownsOf = (report: Report.Report, indicator: string): ReadonlyArray<Breakdown> => {
  const seen = new Map<string, Breakdown>()
  for (const c of report.cells) {
    if (c.indicator !== indicator) continue
    const breakdown = c.disaggregation as Breakdown | undefined
    if (breakdown === undefined || Object.keys(breakdown).length === 0) continue
    const key = JSON.stringify(Object.entries(breakdown))
    if (!seen.has(key)) seen.set(key, breakdown)
  }
  return [...seen.values()]
}

/**
 * The headline table of a report: one row per requested indicator, followed by one indented row
 * per breakdown value (`--by sex`: `  Nữ`, `  Nam`…), one column per period (for the report's
 * total), or per unit when there is one period and the report is by unit.
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
  const row = (code: string, title: string, breakdown: Breakdown | undefined) => [
    title,
    ...columns.map((c) =>
      cellText(
        Report.cell(report, {
          indicator: code,
          period: c.period,
          ...(c.unit === undefined ? {} : { adminUnit: c.unit }),
          ...(breakdown === undefined ? {} : { disaggregation: breakdown })
        }),
        lang
      )
    )
  ]
  const rows = report.indicators
    .filter((i) => requested.has(i.code))
    .flatMap((indicator) => [
      row(indicator.code, indicator.name[lang], undefined),
      ...breakdownsOf(report, indicator.code).map((b) => row(indicator.code, `  ${breakdownName(report, b, lang)}`, b))
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
