/**
 * Import and export: a CSV or XLSX file checked and imported with its row report (every
 * rejected row with its row, column and reason), and a report released to an audience and
 * downloaded as XLSX, CSV or a DHIS2 dataValueSet.
 */
import type { Reports } from "@pctnxh/client"
import { ImportReport } from "@pctnxh/io"
import { Audience } from "@pctnxh/privacy"
import * as app from "./app.js"
import { HEADLINE } from "./dashboard.js"
import { explain, l, lang, number, t } from "./i18n.js"
import { download, field, h, select } from "./ui.js"

const KINDS: ReadonlyArray<readonly [string, { vi: string; en: string }]> = [
  ["serviceEvent", { vi: "Lượt tiếp cận, hỗ trợ", en: "Service contacts" }],
  ["activity", { vi: "Hoạt động (sinh hoạt nhóm, tập huấn…)", en: "Activities (group sessions, trainings…)" }],
  ["establishment", { vi: "Cơ sở kinh doanh dịch vụ", en: "Establishments" }],
  ["inspectionRound", { vi: "Đợt kiểm tra", en: "Inspection rounds" }],
  ["inspectionVisit", { vi: "Lượt kiểm tra cơ sở", en: "Inspection visits" }],
  ["budget", { vi: "Dự toán", en: "Budgets" }],
  ["expenditure", { vi: "Khoản chi", en: "Expenditures" }],
  ["aggregateValue", { vi: "Số liệu tổng hợp (công an, khảo sát)", en: "Aggregate values (police, surveys)" }]
]

const importSection = async (): Promise<HTMLElement> => {
  const models = await app.models()
  const kind = field("kind", t("kind"), select(KINDS.map(([k, label]) => [k, l(label)] as const), "serviceEvent"))
  const file = field("file", t("file"), h("input", { type: "file", accept: ".csv,.tsv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", required: true }))
  const model = field("modelId", t("defaultModel"), select([["", t("none")], ...models.map((m) => [m.id, m.name] as const)]))
  const progress = h("progress", { max: 1, value: 0, hidden: true, "aria-label": t("import") })
  const out = h("div", { class: "report", "aria-live": "polite", "data-testid": "row-report" })
  const run = (dryRun: boolean) => async () => {
    const chosen = (file.control as HTMLInputElement).files?.[0]
    if (chosen === undefined) {
      out.replaceChildren(h("p", { class: "error", role: "alert" }, `${t("file")}: ${t("required")}`))
      return
    }
    progress.hidden = false
    progress.removeAttribute("value")
    out.replaceChildren()
    try {
      const client = await app.client()
      const options = {
        kind: kind.control.value as "serviceEvent",
        ...(model.control.value === "" ? {} : { defaults: { modelId: model.control.value } }),
        onProgress: (p: { rows: number }) => (progress.textContent = number(p.rows))
      }
      const report = dryRun ? await client.imports.check(chosen, options) : await client.imports.run(chosen, options)
      out.replaceChildren(
        h("h3", {}, t("rowReport")),
        h("pre", { class: "summary" }, report.summary(lang())),
        report.rejections.length === 0
          ? ""
          : h("ul", { class: "rejections" }, ...report.rejections.flatMap((row) => ImportReport.explainRow(row, lang()).split("\n").map((line) => h("li", {}, line))))
      )
    } catch (error) {
      console.error(error, (error as { cause?: unknown }).cause)
      out.replaceChildren(h("p", { class: "error", role: "alert" }, explain(error)))
    } finally {
      progress.hidden = true
    }
  }
  return h(
    "section",
    { class: "card", "aria-labelledby": "import-title" },
    h("h3", { id: "import-title" }, t("importTitle")),
    kind.row,
    file.row,
    model.row,
    h("div", { class: "buttons" }, h("button", { type: "button", class: "secondary", onclick: () => void run(true)() }, t("check")), h("button", { type: "button", onclick: () => void run(false)() }, t("import"))),
    progress,
    out
  )
}

const exportSection = async (): Promise<HTMLElement> => {
  const client = await app.client()
  const byYear = await client.records.aggregate({ source: "serviceEvent", measure: { _tag: "count" }, filters: [], groupBy: [{ _tag: "period", grain: "year", calendar: "plain" }] })
  const years = byYear.map((r) => Number(String(r.key.period).slice(0, 4))).sort((a, b) => b - a)
  if (years.length === 0) years.push(new Date().getFullYear())
  const year = field("year", t("year"), select(years.map((y) => [String(y), String(y)] as const), String(years[0])))
  const calendar = field("calendar", t("calendar"), select([["plain", lang() === "vi" ? "Năm dương lịch" : "Calendar year"], ["administrative", lang() === "vi" ? "Kỳ báo cáo (NĐ 09/2019)" : "Reporting year (Decree 09/2019)"]], "plain"))
  const audience = field("audience", t("release"), select(Audience.defaults.map((a) => [a.id, l(a.label)] as const), "donor"))
  const status = h("p", { role: "status", "data-testid": "release-status" })
  const buttons = h("div", { class: "buttons" })
  let released: Reports.Released | undefined
  const downloadAs = (format: "xlsx" | "csv" | "dhis2") => async () => {
    if (released === undefined) return
    try {
      const file = await client.reports.export(released, format, { lang: lang() })
      download(file.blob(), file.name)
    } catch (error) {
      status.textContent = explain(error)
    }
  }
  const release = async () => {
    status.textContent = t("computing")
    buttons.replaceChildren()
    try {
      const y = year.control.value
      const report = await client.reports.run({
        title: { vi: `Báo cáo năm ${y}`, en: `Report for ${y}` },
        indicators: [...HEADLINE],
        periods: [y],
        calendar: calendar.control.value as "plain",
        adminUnits: { level: "province", asOf: `${y}-12-${calendar.control.value === "administrative" ? "14" : "31"}` }
      })
      released = await client.reports.release(report, audience.control.value)
      status.textContent = `${t("released")}: ${l(Audience.byId(released.audience)!.label)} — ${number(released.suppressed)} ${t("cellsHidden")}`
      buttons.replaceChildren(
        h("button", { type: "button", onclick: () => void downloadAs("xlsx")() }, t("exportXlsx")),
        h("button", { type: "button", onclick: () => void downloadAs("csv")() }, t("exportCsv")),
        h("button", { type: "button", onclick: () => void downloadAs("dhis2")() }, t("exportDhis2"))
      )
    } catch (error) {
      status.textContent = explain(error)
    }
  }
  return h(
    "section",
    { class: "card", "aria-labelledby": "export-title" },
    h("h3", { id: "export-title" }, t("exportTitle")),
    year.row,
    calendar.row,
    audience.row,
    h("button", { type: "button", onclick: () => void release() }, t("releaseNow")),
    status,
    buttons
  )
}

export const render = async (main: HTMLElement): Promise<void> => {
  main.replaceChildren(h("h2", {}, t("files")), await importSection(), await exportSection())
}
