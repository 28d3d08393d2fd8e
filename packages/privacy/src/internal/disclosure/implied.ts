/**
 * Cells a release implies by differencing periods: a year released with three of its quarters
 * published (before, or in the same release) gives the fourth away; a quarter with two of its
 * months gives the third. An implied cell that no table shows is added to the table that holds
 * its period's parent or a sibling, so that the primary rules and the attacker check judge it
 * like any other cell; it is taken out again before the tables are published.
 */
import { Period } from "@pctnxh/core"
import * as Either from "effect/Either"
import type { Cell, Dimension, ReleasedTable, Table } from "../../DisclosureTable.js"
import { cellId } from "../../DisclosureTable.js"
import type { History } from "./solver.js"

const isPeriod = (id: string): boolean => Either.isRight(Period.parse(id))

/** Whether a dimension is a hierarchy of periods. */
const periodic = (d: Dimension): boolean => {
  const parents = d.parents ?? {}
  const members = Object.keys(parents)
  return members.length > 0 && members.every((m) => isPeriod(m) && isPeriod(parents[m]!))
}

/**
 * The tables with the implied cells that the rules would hide added, and the number of cells
 * each table had before (the cells after it are implied).
 */
export const withImplied = (
  tables: ReadonlyArray<Table>,
  history: ReadonlyArray<History>,
  sensitive: (kind: Table["kind"], cell: Cell) => boolean
): { readonly tables: ReadonlyArray<Table>; readonly given: ReadonlyMap<string, number> } => {
  const given = new Map(tables.map((t) => [t.id, t.cells.length]))
  const earlier: Array<ReleasedTable> = history.flatMap((h) => h.tables)
  const out: Array<Table> = []
  const added = new Set<string>()
  for (const t of tables) {
    const extra: Array<Cell> = []
    if (t.kind === "frequency") {
      const same = tables.filter((o) => o.measure === t.measure)
      const before = earlier.filter((o) => o.measure === t.measure)
      const dims = [...same.flatMap((o) => o.dimensions), ...before.flatMap((o) => o.dimensions)]
      // the top of every dimension that is not a period: a key at its top is the key without it
      const tops = new Map<string, Set<string>>()
      for (const d of dims) {
        if (periodic(d)) continue
        const parents = d.parents ?? {}
        const set = tops.get(d.name) ?? new Set<string>()
        for (const p of Object.values(parents)) if (!Object.hasOwn(parents, p)) set.add(p)
        tops.set(d.name, set)
      }
      for (const d of t.dimensions.filter((x) => periodic(x) && x.aggregation !== "distinct")) {
        const parents: Record<string, string> = {}
        for (const x of dims) if (x.name === d.name) Object.assign(parents, x.parents ?? {})
        const children = new Map<string, Array<string>>()
        for (const [child, parent] of Object.entries(parents)) children.set(parent, [...(children.get(parent) ?? []), child])
        const rest = (key: Readonly<Record<string, string>>): string => {
          const kept: Record<string, string> = {}
          for (const [k, v] of Object.entries(key)) if (k !== d.name && !(tops.get(k)?.has(v) ?? false)) kept[k] = v
          return cellId(t.measure, kept)
        }
        // what is known exactly of each (rest, period): true values of this release, published values before
        const known = new Map<string, number>()
        for (const o of before) for (const c of o.cells) if (c.status === "published" && c.value !== undefined && c.key[d.name] !== undefined) known.set(`${rest(c.key)}|${c.key[d.name]}`, c.value)
        for (const o of same) for (const c of o.cells) if (c.key[d.name] !== undefined) known.set(`${rest(c.key)}|${c.key[d.name]}`, c.value)
        // a period released before, even hidden, is a cell of the attacker's system already: the
        // attacker check sees its relation to its parent and siblings, and protects it there
        const shown = new Set<string>()
        for (const o of before) for (const c of o.cells) if (c.key[d.name] !== undefined) shown.add(`${rest(c.key)}|${c.key[d.name]}`)
        const declared = new Set(Object.keys(d.parents ?? {}))
        for (const c of t.cells) {
          const m = c.key[d.name]
          if (m === undefined) continue
          const r = rest(c.key)
          for (const p of new Set([m, ...(Object.hasOwn(parents, m) ? [parents[m]!] : [])])) {
            const kids = children.get(p)
            const total = known.get(`${r}|${p}`)
            if (kids === undefined || total === undefined) continue
            const missing = kids.filter((k) => !known.has(`${r}|${k}`))
            if (missing.length !== 1 || !declared.has(missing[0]!) || shown.has(`${r}|${missing[0]!}`)) continue
            const value = total - kids.reduce((s, k) => s + (known.get(`${r}|${k}`) ?? 0), 0)
            const cell: Cell = { key: { ...c.key, [d.name]: missing[0]! }, value }
            const id = `${t.id}|${cellId(t.measure, cell.key)}`
            if (value <= 0 || added.has(id) || !sensitive(t.kind, cell)) continue
            added.add(id)
            known.set(`${r}|${missing[0]!}`, value)
            extra.push(cell)
          }
        }
      }
    }
    out.push(extra.length === 0 ? t : { ...t, cells: [...t.cells, ...extra] })
  }
  return { tables: out, given }
}
