/**
 * What every export of a released report shares: the released report itself (nothing else is
 * written), the keys of its cells, and the words an officer reads for units, breakdowns and
 * marks. Making the cells safe is the release door's work, done once, before any export.
 */
import type { Label as LabelModule } from "@pctnxh/core"
import { AggregateQuery, ReportTable } from "@pctnxh/core"
import { Cell as ReportCell, Unit } from "@pctnxh/indicators"
import { Disclosure } from "@pctnxh/privacy"
import type { Report } from "@pctnxh/indicators"

type Lang = LabelModule.Lang
type Label = LabelModule.Label
export type Cell = ReportCell.Cell
export type AReport = Report.Report

/** Whether disclosure control suppressed a cell. */
export const isSuppressed = (cell: Cell): boolean => cell.disclosure?.status === "suppressed"

/**
 * The report of a released table, refusing anything else: types keep an unreleased report away
 * from the exporters; this keeps a JavaScript caller's (or a cast's) away too.
 */
export const releasedReport = (released: Disclosure.Released<AReport>): AReport => {
  if (!Disclosure.isReleased(released)) {
    throw new TypeError("@pctnxh/io exports only tables released through @pctnxh/privacy's Disclosure.release")
  }
  return released.table
}

/** A breakdown as a key: `population=sex_worker;sex=female`, attributes sorted; `""` for the total. */
export const breakdownKey = (d: Readonly<Record<string, string | null>>): string => ReportTable.breakdownKey(d)

/** The key of a cell: its indicator, period, unit (the total when absent) and breakdown. */
export const cellKey = (indicator: string, period: string, adminUnit: string | null | undefined, breakdown: Readonly<Record<string, string | null>>): string =>
  ReportTable.key({ indicator, period, adminUnit, disaggregation: breakdown })

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
