/**
 * Dashboard: a period under either calendar, an area, a model and an audience; the headline
 * indicators with their units (lượt and người never mixed), the year by quarter, contacts by
 * service and by site as charts (uPlot) with their tables, the report's data checks, and every
 * cell the chosen audience would not see shown as hidden.
 */
import type { Report } from "@pctnxh/indicators"
import { Cell, Unit } from "@pctnxh/indicators"
import { Audience } from "@pctnxh/privacy"
import uPlot from "uplot"
import "uplot/dist/uPlot.min.css"
import * as app from "./app.js"
import { explain, l, lang, number, t } from "./i18n.js"
import { field, h, select } from "./ui.js"

import { asOfFor, type Choice, HEADLINE, specs } from "./spec.js"

export { HEADLINE }

const KEY = "pctnxh.dashboard"
const saved = (): Partial<Choice> => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Partial<Choice>
  } catch {
    return {}
  }
}

type ReportCell = Report.Report["cells"][number]

const keyOf = (d: Readonly<Record<string, string | null>>) => JSON.stringify(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : 1)))

/** The cell of an indicator, a period, the total of the area, and a breakdown (the model's when one is chosen). */
const pick = (report: Report.Report, indicator: string, period: string, choice: Choice, extra: Record<string, string> = {}, unit?: string | null) => {
  const want = keyOf({ ...(choice.model === "" ? {} : { model: choice.model }), ...extra })
  return report.cells.find((c) => c.indicator === indicator && c.period === period && c.adminUnit === unit && keyOf(c.disaggregation) === want)
}

const isHidden = (c: ReportCell | undefined) => c?.disclosure?.status === "suppressed"
const shown = (c: ReportCell | undefined): number | null => (c === undefined || isHidden(c) ? null : c.value)

const valueText = (c: ReportCell | undefined): string => {
  if (c === undefined) return "—"
  if (isHidden(c)) return `${c.disclosure?.display ?? "x"} (${t("suppressed")})`
  if (c.value === null) return "—"
  return c.unit === "percent" || c.unit === "ratio" || c.unit === "vnd" ? Cell.display(c, lang()) : number(c.value)
}

const unitWord = (unit: string): string => (Unit.Unit.is(unit) ? l(Unit.Unit.label(unit)) : unit)

const charts: Array<uPlot> = []
window.addEventListener("resize", () => {
  for (const c of charts) {
    const width = c.root.parentElement?.clientWidth
    if (width !== undefined && width > 0) c.setSize({ width, height: c.height })
  }
})

const chart = (
  title: string,
  labels: ReadonlyArray<string>,
  series: ReadonlyArray<{ label: string; unit: string; values: ReadonlyArray<number | null>; color: string; scale?: string }>,
  bars: boolean
) => {
  const holder = h("div", { class: "chart", role: "img", "aria-label": title })
  const figure = h(
    "figure",
    { class: "card" },
    h("figcaption", {}, title),
    series.length > 1
      ? h("ul", { class: "legend" }, ...series.map((s) => h("li", {}, h("span", { class: "swatch", style: `background:${s.color}` }), `${s.label}`)))
      : null,
    holder,
    h(
      "details",
      {},
      h("summary", {}, t("table")),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, ""), ...series.map((s) => h("th", { scope: "col" }, s.label)))),
        h(
          "tbody",
          {},
          ...labels.map((label, i) =>
            h("tr", {}, h("th", { scope: "row" }, label), ...series.map((s) => h("td", {}, s.values[i] === null ? t("suppressed") : number(s.values[i] ?? 0))))
          )
        )
      )
    )
  )
  requestAnimationFrame(() => {
    const width = Math.max(260, holder.clientWidth)
    const scales = [...new Set(series.map((s) => s.scale ?? "y"))]
    const plot = new uPlot(
      {
        width,
        height: 230,
        padding: [8, 8, 0, 0],
        scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, ...Object.fromEntries(scales.map((s) => [s, { range: (_u: uPlot, _min: number, max: number) => [0, Math.max(1, max * 1.1)] as [number, number] }])) },
        axes: [
          {
            values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? (labels[v]?.slice(0, 12) ?? "") : "")),
            splits: () => labels.map((_, i) => i),
            rotate: labels.length > 4 ? -60 : 0,
            size: labels.length > 4 ? 90 : 40,
            font: "12px system-ui"
          },
          ...scales.map((scale, i) => ({
            scale,
            side: i === 0 ? 3 : 1,
            label: series.filter((s) => (s.scale ?? "y") === scale).map((s) => s.unit).join(", "),
            font: "12px system-ui",
            grid: { show: i === 0 }
          }))
        ],
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            scale: s.scale ?? "y",
            stroke: s.color,
            ...(bars ? { fill: s.color } : {}),
            width: bars ? 0 : 2,
            points: { show: !bars, size: 7 },
            ...(bars ? { paths: uPlot.paths.bars!({ size: [0.7, 60] }) } : {})
          }))
        ],
        legend: { show: false },
        cursor: { show: false }
      },
      [labels.map((_, i) => i), ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      holder
    )
    charts.push(plot)
  })
  return figure
}

const controls = async (choice: Choice, onShow: (next: Choice) => void): Promise<HTMLElement> => {
  const client = await app.client()
  const byYear = await client.records.aggregate({
    source: "serviceEvent",
    measure: { _tag: "count" },
    filters: [],
    groupBy: [{ _tag: "period", grain: "year", calendar: choice.calendar }]
  })
  const years = [...new Set([...byYear.map((r) => Number(String(r.key.period).slice(0, 4))), choice.year])].sort((a, b) => b - a)
  const provinces = await app.provinces(asOfFor(choice))
  const models = await app.models()
  const calendar = field("calendar", t("calendar"), select([["plain", lang() === "vi" ? "Năm dương lịch" : "Calendar year"], ["administrative", lang() === "vi" ? "Kỳ báo cáo (NĐ 09/2019: 15/12–14/12)" : "Reporting year (Decree 09/2019: 15 Dec–14 Dec)"]], choice.calendar))
  const year = field("year", t("year"), select(years.map((y) => [String(y), String(y)] as const), String(choice.year)))
  const quarter = field("quarter", t("period"), select([["", t("wholeYear")], ...[1, 2, 3, 4].map((q) => [`Q${q}`, `${t("quarter")} ${q}`] as const)], choice.quarter))
  const unit = field("unit", t("unit"), select([["", t("wholeCountry")], ...provinces.map((p) => [p.id, p.name] as const)], choice.unit))
  const model = field("model", t("model"), select([["", t("allModels")], ...models.map((m) => [m.id, m.name] as const)], choice.model))
  const audience = field("audience", t("viewAs"), select(Audience.defaults.map((a) => [a.id, l(a.label)] as const), choice.audience))
  const form = h("form", { class: "controls card", "aria-label": t("show") }, calendar.row, year.row, quarter.row, unit.row, model.row, audience.row, h("button", { type: "submit" }, t("show")))
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    onShow({
      calendar: calendar.control.value as Choice["calendar"],
      year: Number(year.control.value),
      quarter: quarter.control.value,
      unit: unit.control.value,
      model: model.control.value,
      audience: audience.control.value
    })
  })
  return form
}

export const render = async (main: HTMLElement, demoButton: () => HTMLElement): Promise<void> => {
  const client = await app.client()
  const stored = saved()
  const latest = await client.records.aggregate({ source: "serviceEvent", measure: { _tag: "count" }, filters: [], groupBy: [{ _tag: "period", grain: "year", calendar: stored.calendar ?? "plain" }] })
  const lastYear = Math.max(...latest.map((r) => Number(String(r.key.period).slice(0, 4))), 0) || new Date().getFullYear()
  const choice: Choice = { calendar: "plain", year: lastYear, quarter: "", unit: "", model: "", audience: "model_officer", ...stored }
  const show = (next: Choice) => {
    sessionStorage.setItem(KEY, JSON.stringify(next))
    void render(main, demoButton)
  }
  const results = h("div", { class: "results", "aria-live": "polite", "aria-busy": "true", "data-audience": choice.audience }, h("p", {}, t("computing")))
  charts.splice(0).forEach((c) => c.destroy())
  main.replaceChildren(h("h2", {}, t("dashboard")), await controls(choice, show), results)
  if (latest.length === 0) {
    results.replaceChildren(h("section", { class: "card" }, h("p", {}, t("noData")), demoButton()))
    results.setAttribute("aria-busy", "false")
    return
  }
  try {
    const { main: mainSpec, sites: sitesSpec } = specs(choice)
    const [rawMain, rawSites] = await Promise.all([client.reports.run(mainSpec), sitesSpec === undefined ? undefined : client.reports.run(sitesSpec)])
    const report = await client.reports.preview(rawMain, choice.audience)
    const sites = rawSites === undefined ? undefined : await client.reports.preview(rawSites, choice.audience)
    const period = mainSpec.periods[0]
    const info = new Map(report.indicators.map((i) => [i.code, i]))

    const cards = h(
      "section",
      { class: "headline", "aria-labelledby": "headline-title" },
      h("h3", { id: "headline-title" }, t("headline")),
      h(
        "div",
        { class: "cards" },
        ...HEADLINE.map((code) => {
          const cell = pick(report, code, period, choice)
          const value = cell === undefined ? "none" : isHidden(cell) ? "suppressed" : String(cell.value ?? "none")
          return h(
            "div",
            { class: `kpi${isHidden(cell) ? " hidden-cell" : ""}`, "data-indicator": code, "data-value": value },
            h("div", { class: "kpi-name" }, l(info.get(code)?.name ?? { vi: code, en: code })),
            h("div", { class: "kpi-value" }, cell === undefined && choice.model !== "" ? t("notForModel") : valueText(cell)),
            h("div", { class: "kpi-unit" }, unitWord(info.get(code)?.unit ?? ""))
          )
        })
      ),
      h("p", { class: "help" }, t("suppressedNote"))
    )

    const quarters = [1, 2, 3, 4].map((q) => `${choice.year}Q${q}`)
    const contacts = quarters.map((q) => shown(pick(report, "CONTACTS", q, choice)))
    const persons = quarters.map((q) => shown(pick(report, "PERSONS_REACHED", q, choice)))
    const trend = chart(
      `${t("trend")} ${choice.year}`,
      quarters.map((q) => q.slice(4)),
      [
        { label: `${l(info.get("CONTACTS")!.name)} (${unitWord("contacts")})`, unit: unitWord("contacts"), values: contacts, color: "#0b5394" },
        { label: `${l(info.get("PERSONS_REACHED")!.name)} (${unitWord("persons")})`, unit: unitWord("persons"), values: persons, color: "#b45f06", scale: "persons" }
      ],
      false
    )

    const services = Object.keys(report.labels.service ?? {})
      .map((s) => ({ s, cell: pick(report, "CONTACTS", period, choice, { service: s }) }))
      .filter((x) => x.cell !== undefined && (isHidden(x.cell) || (x.cell.value ?? 0) > 0))
      .sort((a, b) => (shown(b.cell) ?? -1) - (shown(a.cell) ?? -1))
      .slice(0, 10)
    const byService = chart(
      t("byService"),
      services.map((x) => l(report.labels.service?.[x.s] ?? { vi: x.s, en: x.s })),
      [{ label: unitWord("contacts"), unit: unitWord("contacts"), values: services.map((x) => shown(x.cell)), color: "#0b5394" }],
      true
    )

    const bySite =
      sites === undefined
        ? h("figure", { class: "card", "data-testid": "sites-beyond-audience" }, h("figcaption", {}, t("bySite")), h("p", { class: "note" }, t("sitesBeyondAudience")))
        : (() => {
            const siteCells = sites.adminUnits
              .map((u) => ({ u, cell: pick(sites, "CONTACTS", period, choice, {}, u.id) }))
              .filter((x) => x.cell !== undefined && (isHidden(x.cell) || (x.cell.value ?? 0) > 0))
              .sort((a, b) => (shown(b.cell) ?? -1) - (shown(a.cell) ?? -1))
              .slice(0, 12)
            return chart(
              t("bySite"),
              siteCells.map((x) => l(x.u.name)),
              [{ label: unitWord("contacts"), unit: unitWord("contacts"), values: siteCells.map((x) => shown(x.cell)), color: "#38761d" }],
              true
            )
          })()

    const seesAll = (Audience.byId(choice.audience)?.disclosure.minCellSize ?? 5) <= 1
    const failures = report.validation.flatMap((v) => v.failures.map((f) => ({ v, f })))
    const warnings = h(
      "section",
      { class: "card", "aria-labelledby": "warnings-title" },
      h("h3", { id: "warnings-title" }, t("warnings")),
      failures.length === 0
        ? h("p", { "data-testid": "no-warnings" }, t("noWarnings"))
        : h("ul", { class: "warnings" }, ...failures.slice(0, 20).map(({ v, f }) => h("li", {}, `${l(v.name)} — ${f.period}${seesAll ? `: ${l(f.explanation)}` : ""}`)))
    )
    results.replaceChildren(cards, h("div", { class: "grid" }, trend, byService, bySite), warnings)
  } catch (error) {
    results.replaceChildren(h("p", { class: "error", role: "alert" }, `${t("error")}: ${explain(error)}`))
  }
  results.setAttribute("aria-busy", "false")
  results.dataset.ready = "true"
}
