/**
 * Report tables (`@pctnxh/core`'s `ReportTable`) as disclosure-control tables, and back.
 *
 * Every figure a report's cells are made of becomes a cell of the table of its measure: an
 * indicator's value, or a ratio's numerator and denominator — which are the figures of the
 * indicators the ratio refers to, so the numerator of the average fine and the total of fines
 * are one cell. The tables are keyed by period, by unit on the report's map (a dimension per
 * version of the map: units before and after the 2025 reorganisation are two partitions of the
 * same country) and by each breakdown attribute, with the report's hierarchies. Marks a report
 * arrives with are ignored: every cell is judged again from its figures.
 */
import { ReportTable } from "@pctnxh/core"
import * as Either from "effect/Either"
import { InvalidTable } from "../../DisclosureError.js"
import type { Aggregation, Cell, Dimension, Kind, Mark, PublishedTable, Table } from "../../DisclosureTable.js"
import { periodParents } from "./periods.js"

/** The units whose counts are about persons or establishments, protected by default. */
export const personUnits: ReadonlyArray<string> = ["persons", "contacts", "visits", "establishments", "cases"]

/** Which figure of a report cell a table cell holds. */
export type Role = "value" | "numerator" | "denominator" | "figure"

/** Where one figure of a report cell went. */
export interface Link {
  readonly table: number
  readonly cell: number
  readonly role: Role
}

/** The tables of a report, and where each report cell's figures went. */
export interface ReportTables {
  readonly tables: ReadonlyArray<Table>
  /**
   * For each report cell, the table cells holding its protected figures; `undefined` for a
   * cell derived from figures the report does not hold, which cannot be judged.
   */
  readonly links: ReadonlyArray<ReadonlyArray<Link> | undefined>
}

/** Options of {@link fromReport}. */
export interface FromReportOptions {
  /** Units whose counts are about persons or establishments, and so protected. */
  readonly protectedUnits?: ReadonlyArray<string> | undefined
}

const TOTAL = ReportTable.TOTAL
const NONE = ReportTable.NONE

/** The name of the unit dimension of a map version (`unit@2025`). */
export const unitDimension = (units: ReportTable.Units): string | undefined => {
  const ids = [...Object.keys(units.parents), ...(units.scope === undefined ? [] : [units.scope.id])]
  if (units.level === undefined && units.scope === undefined) return undefined
  const versions = new Set(ids.map((id) => id.slice(id.indexOf("@") + 1)).filter((v) => v !== ""))
  return versions.size === 1 ? `unit@${[...versions][0]}` : "unit"
}

/** What a figure is for disclosure control: a count of people, an amount, or nothing to protect. */
const kindOf = (figure: ReportTable.Figure, protectedUnits: ReadonlySet<string>): Kind | undefined => {
  if (figure.public !== undefined) return undefined
  if (figure.unit === "vnd") return "magnitude"
  return protectedUnits.has(figure.unit) ? "frequency" : undefined
}

interface Draft {
  readonly measure: string
  readonly figure: ReportTable.Figure
  readonly kind: Kind
  readonly cells: Array<Cell>
  readonly byKey: Map<string, number>
  readonly attributes: Set<string>
  readonly periods: Set<string>
}

const keyText = (key: Readonly<Record<string, string>>) =>
  Object.keys(key)
    .sort()
    .map((k) => `${k}=${key[k]}`)
    .join(";")

/**
 * Whether the figures of a table add up along a dimension: every listed cell with listed cells
 * under it equals the sum of the lowest of them; `undefined` when nothing can be compared.
 */
const addsUp = (
  cells: ReadonlyArray<Cell>,
  name: string,
  parentOf: (member: string) => string | undefined
): boolean | undefined => {
  const groups = new Map<string, Array<Cell>>()
  for (const c of cells) {
    const rest = keyText({ ...c.key, [name]: "" })
    let g = groups.get(rest)
    if (g === undefined) groups.set(rest, (g = []))
    g.push(c)
  }
  const ancestors = (m: string): ReadonlyArray<string> => {
    const out: Array<string> = []
    for (let at = parentOf(m); at !== undefined && !out.includes(at); at = parentOf(at)) out.push(at)
    return out
  }
  let checked = false
  for (const group of groups.values()) {
    const members = new Set(group.map((c) => c.key[name]!))
    const above = new Map(group.map((c) => [c.key[name]!, ancestors(c.key[name]!)]))
    const hasBelow = new Set<string>()
    for (const [m, as] of above) for (const a of as) if (members.has(a) && a !== m) hasBelow.add(a)
    for (const total of group) {
      const t = total.key[name]!
      if (!hasBelow.has(t)) continue
      const leaves = group.filter((c) => !hasBelow.has(c.key[name]!) && above.get(c.key[name]!)!.includes(t))
      if (leaves.length === 0) continue
      checked = true
      const sum = leaves.reduce((s, c) => s + c.value, 0)
      if (Math.abs(sum - total.value) > 1e-9 * Math.max(1, sum)) return false
    }
  }
  return checked ? true : undefined
}

/** Reads a report table as disclosure-control tables: one per protected figure's measure. */
export const fromReport = (report: ReportTable.ReportTable, options: FromReportOptions = {}): Either.Either<ReportTables, InvalidTable> => {
  const protectedUnits = new Set(options.protectedUnits ?? personUnits)
  const suffix = report.calendar === "plain" ? "" : `@${report.calendar}`
  const unitName = unitDimension(report.units)
  const scope = report.units.scope?.id
  const unitMember = (adminUnit: string | null | undefined): string =>
    adminUnit === undefined ? (scope ?? TOTAL) : adminUnit === null ? NONE : adminUnit
  const drafts = new Map<string, Draft>()
  const order: Array<string> = []
  const indicators = new Map(report.indicators.map((i) => [i.code, i]))
  const pending: Array<{ readonly cell: number; readonly measure: string; readonly key: Record<string, string>; readonly role: Role }> = []
  const derived = new Set<number>()

  for (let i = 0; i < report.cells.length; i++) {
    const c = report.cells[i]!
    const indicator = indicators.get(c.indicator)
    if (indicator === undefined) {
      return Either.left(
        new InvalidTable({
          table: c.indicator,
          reason: { vi: "ô của một chỉ số mà bảng không mô tả", en: "a cell of an indicator the table does not describe" }
        })
      )
    }
    const key: Record<string, string> = { period: c.period }
    if (unitName !== undefined) key[unitName] = unitMember(c.adminUnit)
    for (const [a, v] of Object.entries(c.disaggregation)) key[a] = ReportTable.member(v)
    const f = indicator.figures
    const parts: ReadonlyArray<readonly [Role, ReportTable.Figure, number | null]> =
      f._tag === "value"
        ? [["value", f.value, c.value]]
        : f._tag === "ratio"
          ? [
              ["numerator", f.numerator, c.numerator],
              ["denominator", f.denominator, c.denominator]
            ]
          : []
    if (f._tag === "derived") {
      derived.add(i)
      for (const figure of f.figures) {
        if (kindOf(figure, protectedUnits) !== undefined) pending.push({ cell: i, measure: figure.measure + suffix, key, role: "figure" })
      }
      continue
    }
    for (const [role, figure, raw] of parts) {
      const kind = kindOf(figure, protectedUnits)
      if (kind === undefined) continue
      const measure = figure.measure + suffix
      // "no data" is not 0: the reader sees no figure, so the tables hold none (a year reported
      // beside quarters that were not is not their sum)
      if (raw === null) {
        if (c.disclosure?.status !== "suppressed") continue
        // a cell hidden by an earlier release holds no figure: it cannot be judged again
        return Either.left(
          new InvalidTable({
            table: measure,
            cell: key,
            reason: {
              vi: "ô đã bị ẩn ở lần công bố trước nên không còn số liệu để đánh giá lại; hãy lập lại báo cáo từ dữ liệu",
              en: "the cell was hidden by an earlier release and holds no figure to judge again; make the report again from the data"
            }
          })
        )
      }
      let draft = drafts.get(measure)
      if (draft === undefined) {
        draft = { measure, figure, kind, cells: [], byKey: new Map(), attributes: new Set(), periods: new Set() }
        drafts.set(measure, draft)
        order.push(measure)
      }
      const value = raw
      let cell: Cell = { key, value }
      if (kind === "magnitude" && role !== "denominator") {
        const found = c.contributions
        if (found === undefined) {
          return Either.left(
            new InvalidTable({
              table: measure,
              cell: key,
              reason: {
                vi: "số tiền không công khai cần kèm số đơn vị đóng góp và các khoản lớn nhất (contributions)",
                en: "an amount that is not public needs its number of contributors and largest contributions (contributions)"
              }
            })
          )
        }
        cell = { ...cell, frequency: found.contributors, contributions: found.largest }
      }
      const k = keyText(key)
      const at = draft.byKey.get(k)
      if (at !== undefined) {
        if (Math.abs(draft.cells[at]!.value - value) > 1e-9 * Math.max(1, value)) {
          return Either.left(
            new InvalidTable({
              table: measure,
              cell: key,
              reason: { vi: "cùng một số liệu có hai giá trị trong báo cáo", en: "the same figure has two values in the report" }
            })
          )
        }
      } else {
        draft.byKey.set(k, draft.cells.length)
        draft.cells.push(cell)
        for (const a of Object.keys(c.disaggregation)) draft.attributes.add(a)
        draft.periods.add(c.period)
      }
      pending.push({ cell: i, measure, key, role })
    }
  }

  // the unit hierarchy on the report's map: the country is the root
  const unitParents: Record<string, string> = {}
  for (const [id, parent] of Object.entries(report.units.parents)) unitParents[id] = parent ?? TOTAL
  if (scope !== undefined) unitParents[scope] ??= TOTAL
  const hasNone = report.cells.some((c) => c.adminUnit === null)
  if (hasNone) unitParents[NONE] = scope ?? TOTAL

  const tables: Array<Table> = []
  const index = new Map<string, number>()
  for (const measure of order) {
    const draft = drafts.get(measure)!
    const additive = draft.figure.additive
    const attributes = [...draft.attributes].sort()
    // every cell names every attribute of its table: the total where it has none
    const cells = draft.cells.map((c) => {
      const key = { ...c.key }
      for (const a of attributes) key[a] ??= TOTAL
      return { ...c, key }
    })
    draft.byKey.clear()
    cells.forEach((c, n) => draft.byKey.set(keyText(c.key), n))
    const aggregation = (name: string, parentOf: (m: string) => string | undefined): { aggregation?: Aggregation } => {
      if (additive) return { aggregation: "sum" }
      const adds = addsUp(cells, name, parentOf)
      return adds === undefined ? {} : { aggregation: adds ? "sum" : "distinct" }
    }
    const dimensions: Array<Dimension> = [
      { name: "period", parents: periodParents([...draft.periods], false), aggregation: additive ? "sum" : "distinct" }
    ]
    if (unitName !== undefined) {
      const regions = report.units.regions
      dimensions.push({
        name: unitName,
        parents: unitParents,
        ...aggregation(unitName, (m) => unitParents[m]),
        ...(regions === undefined ? {} : { regions: { ...regions } })
      })
    }
    for (const a of attributes) {
      const members = [...new Set(cells.map((c) => c.key[a]!))].filter((m) => m !== TOTAL)
      const parents = Object.fromEntries(members.map((m) => [m, TOTAL]))
      dimensions.push({ name: a, parents, ...aggregation(a, (m) => parents[m]) })
    }
    index.set(measure, tables.length)
    tables.push({
      id: measure,
      measure,
      kind: draft.kind,
      dimensions,
      cells,
      // a report lists every unit of its level, and every breakdown value, that has records
      closed: [...(unitName === undefined || report.units.level === undefined ? [] : [unitName]), ...attributes]
    })
  }

  const links: Array<Array<Link> | undefined> = report.cells.map(() => [])
  for (const p of pending) {
    const t = index.get(p.measure)
    const table = t === undefined ? undefined : tables[t]
    const key = { ...p.key }
    if (table !== undefined) for (const d of table.dimensions) if (d.name !== "period") key[d.name] ??= TOTAL
    const n = table === undefined ? undefined : drafts.get(p.measure)!.byKey.get(keyText(key))
    if (t === undefined || n === undefined) {
      // a figure of a derived cell that the report does not hold: the cell cannot be judged
      links[p.cell] = undefined
      continue
    }
    links[p.cell]?.push({ table: t, cell: n, role: p.role })
  }
  for (const i of derived) if (links[i] !== undefined && links[i]!.length === 0) links[i] = undefined
  return Either.right({ tables, links })
}

const priority = (m: Mark): number => (m.status === "suppressed" ? (m.reason === "secondary" ? 1 : 2) : 0)

/** What a released cell shows: its mark, and its figures as released. */
export interface Outcome {
  readonly mark: Mark
  readonly value: number | null
  readonly numerator: number | null
  readonly denominator: number | null
}

const HIDDEN_DERIVED: Mark = { status: "suppressed", reason: "secondary", display: "x" }

/**
 * The outcome of every report cell once its tables are released: suppressed when any of its
 * figures is; perturbed (with the value recomputed from the perturbed figures) when any is;
 * published otherwise. A derived cell whose figures are perturbed or unknown is suppressed.
 */
export const outcomes = (
  report: ReportTable.ReportTable,
  read: ReportTables,
  released: ReadonlyArray<PublishedTable>
): ReadonlyArray<Outcome> => {
  const indicators = new Map(report.indicators.map((i) => [i.code, i]))
  return report.cells.map((c, i): Outcome => {
    const figures = indicators.get(c.indicator)!.figures
    const links = read.links[i]
    if (links === undefined) return { mark: HIDDEN_DERIVED, value: null, numerator: null, denominator: null }
    const parts = links.map((l) => ({ role: l.role, cell: released[l.table]!.cells[l.cell]! }))
    const suppressed = parts.filter((p) => p.cell.mark.status === "suppressed").sort((a, b) => priority(b.cell.mark) - priority(a.cell.mark))
    if (suppressed.length > 0) {
      // "<5" speaks of a count: on a rate or a sum computed from one it would read as "under 5%"
      const mark = suppressed[0]!.cell.mark
      const shownAs = figures._tag !== "value" && mark.display?.startsWith("<") === true ? { ...mark, display: "x" } : mark
      return { mark: shownAs, value: null, numerator: null, denominator: null }
    }
    const perturbed = parts.find((p) => p.cell.mark.status === "perturbed")
    if (perturbed === undefined) return { mark: { status: "published" }, value: c.value, numerator: c.numerator, denominator: c.denominator }
    if (figures._tag === "derived") {
      return { mark: { status: "suppressed", reason: perturbed.cell.mark.reason ?? "cell-key", display: "x" }, value: null, numerator: null, denominator: null }
    }
    const shown = (role: Role) => parts.find((p) => p.role === role)?.cell.value
    if (figures._tag === "value") {
      const value = c.value === null ? null : (shown("value") ?? c.value)
      return { mark: perturbed.cell.mark, value, numerator: value, denominator: null }
    }
    const numerator = c.numerator === null ? null : (shown("numerator") ?? c.numerator)
    const denominator = c.denominator === null ? null : (shown("denominator") ?? c.denominator)
    const value = c.value === null || numerator === null || !denominator ? null : (figures.factor * numerator) / denominator
    return { mark: perturbed.cell.mark, value, numerator, denominator }
  })
}
