/**
 * The linear system an attacker can write down from a release: one variable per cell of the
 * cross product of every dimension's relevant members, bounded by what the release says about
 * it, and one row per total (parent = sum of its children, or the weaker inequalities of a
 * distinct count).
 */
import * as Either from "effect/Either"
import { InconsistentFigures, InvalidTable } from "../../DisclosureError.js"
import type { Aggregation, Dimension, Kind, Reason, Status } from "../../DisclosureTable.js"
import { cellId } from "../../DisclosureTable.js"
import { asNamed, linkCalendars } from "./calendars.js"

/** What a reader knows about one cell of a table. */
export interface KnownCell {
  readonly key: Readonly<Record<string, string>>
  readonly status: Status
  readonly reason?: Reason | undefined
  readonly display?: string | undefined
  readonly lower: number
  readonly upper: number
  /** The narrowest attacker interval allowed (0 for cells that need no protection). */
  readonly required: number
}

/** A table as known to a reader: the current release's tables and the ledger's. */
export interface KnownTable {
  /** The table id, or `ledger:<release id>` for an earlier release. */
  readonly source: string
  readonly measure: string
  readonly kind: Kind
  readonly dimensions: ReadonlyArray<Dimension>
  readonly cells: ReadonlyArray<KnownCell>
  /**
   * Dimensions along which the table lists every cell that is not zero: under each of its
   * totals, a cell it does not list (and that is not a total of cells it lists) is 0 — a report
   * shows every unit and breakdown value that has records, so its reader knows the others have
   * none.
   */
  readonly closed?: ReadonlyArray<string> | undefined
}

/** Where a variable's cell appears, and what that table says about it. */
export interface Occurrence {
  readonly source: string
  readonly index: number
  readonly cell: KnownCell
}

/** One cell of the system. */
export interface Variable {
  readonly id: string
  readonly measure: string
  readonly kind: Kind
  readonly key: Readonly<Record<string, string>>
  lower: number
  upper: number
  required: number
  readonly occurrences: Array<Occurrence>
  /** In how many dimensions the cell is a total (0 for an inner cell). */
  readonly totals: number
}

/** One constraint `lower ≤ Σ coefficient × variable ≤ upper`. */
export interface Row {
  readonly cols: ReadonlyArray<number>
  readonly coefs: ReadonlyArray<number>
  readonly lower: number
  readonly upper: number
}

/** The attacker's system. */
export interface System {
  readonly vars: ReadonlyArray<Variable>
  readonly rows: ReadonlyArray<Row>
  readonly byId: ReadonlyMap<string, number>
  /** The rows each variable appears in. */
  readonly rowsOf: ReadonlyArray<ReadonlyArray<number>>
}

/** The most cells a system may have. */
export const maxVariables = 200_000

/** One tree over a dimension's members: each member's parent and each parent's children. */
interface Tree {
  readonly parentOf: Map<string, string>
  readonly childrenOf: Map<string, Array<string>>
}

/** The dimension's own parents are the tree without a name; further hierarchies have theirs. */
const OWN = ""

interface Hierarchy {
  readonly name: string
  readonly trees: Map<string, Tree>
  /** The regions each member lies in, for dimensions that partition the same whole differently. */
  readonly regions: Map<string, ReadonlySet<string>>
  aggregation: Aggregation
  declared: boolean
}

const invalid = (table: string, vi: string, en: string, cell?: Readonly<Record<string, string>>) =>
  new InvalidTable({ table, reason: { vi, en }, ...(cell === undefined ? {} : { cell: { ...cell } }) })

const mergeDimension = (source: string, h: Hierarchy, d: Dimension): InvalidTable | undefined => {
  if (d.aggregation !== undefined) {
    // a dimension one table's figures add up along and another's do not is a distinct count:
    // "at most the sum of the parts" holds for both
    h.aggregation = h.declared && h.aggregation !== d.aggregation ? "distinct" : d.aggregation
    h.declared = true
  }
  for (const [member, regions] of Object.entries(d.regions ?? {})) {
    h.regions.set(member, new Set([...(h.regions.get(member) ?? []), ...regions]))
  }
  const given: Array<readonly [string, Readonly<Record<string, string>>]> = [[OWN, d.parents ?? {}], ...Object.entries(d.hierarchies ?? {})]
  for (const [treeName, parents] of given) {
    let tree = h.trees.get(treeName)
    if (tree === undefined) h.trees.set(treeName, (tree = { parentOf: new Map(), childrenOf: new Map() }))
    for (const [member, parent] of Object.entries(parents)) {
      const known = tree.parentOf.get(member)
      if (known !== undefined && known !== parent) {
        const where = treeName === OWN ? "" : ` (${treeName})`
        return invalid(
          source,
          `trong chiều "${d.name}"${where}, "${member}" có hai cấp trên: "${known}" và "${parent}"; nếu đây là một cách nhóm khác của cùng các thành phần, hãy khai báo nó là một phân cấp riêng có tên (Disclosure.grouping)`,
          `in dimension "${d.name}"${where}, "${member}" has two parents: "${known}" and "${parent}"; if this is another grouping of the same members, declare it as a hierarchy of its own name (Disclosure.grouping)`
        )
      }
      if (known === undefined) {
        tree.parentOf.set(member, parent)
        const siblings = tree.childrenOf.get(parent)
        if (siblings === undefined) tree.childrenOf.set(parent, [member])
        else siblings.push(member)
      }
    }
  }
  return undefined
}

/** A member's parents, one per hierarchy it has a parent in. */
const parentsOf = (h: Hierarchy, member: string): Array<string> => {
  const out: Array<string> = []
  for (const tree of h.trees.values()) {
    const p = tree.parentOf.get(member)
    if (p !== undefined && !out.includes(p)) out.push(p)
  }
  return out
}

/** A member's children in each hierarchy it is a total of, each set once. */
const childSets = (h: Hierarchy, member: string): Array<ReadonlyArray<string>> => {
  const out: Array<ReadonlyArray<string>> = []
  const seen = new Set<string>()
  for (const tree of h.trees.values()) {
    const children = tree.childrenOf.get(member)
    if (children === undefined || children.length === 0) continue
    const id = [...children].sort().join("\u0000")
    if (seen.has(id)) continue
    seen.add(id)
    out.push(children)
  }
  return out
}

const isTotal = (h: Hierarchy, member: string): boolean => {
  for (const tree of h.trees.values()) if ((tree.childrenOf.get(member)?.length ?? 0) > 0) return true
  return false
}

/** Every member above `member` in any hierarchy, nearest first. */
const ancestors = (h: Hierarchy, member: string): Array<string> => {
  const out: Array<string> = []
  const seen = new Set<string>([member])
  for (let i = -1; i < out.length; i++) {
    for (const p of parentsOf(h, i < 0 ? member : out[i]!)) {
      if (seen.has(p)) continue
      seen.add(p)
      out.push(p)
    }
  }
  return out
}

/** Every member below `member` in any hierarchy. */
const descendants = (h: Hierarchy, member: string): Array<string> => {
  const out: Array<string> = []
  const seen = new Set<string>([member])
  for (let i = -1; i < out.length; i++) {
    for (const children of childSets(h, i < 0 ? member : out[i]!)) {
      for (const c of children) {
        if (seen.has(c)) continue
        seen.add(c)
        out.push(c)
      }
    }
  }
  return out
}

/** A member that is its own ancestor, through any of the hierarchies. */
const cycleAt = (h: Hierarchy): string | undefined => {
  const state = new Map<string, 1 | 2>()
  const visit = (m: string): string | undefined => {
    const s = state.get(m)
    if (s === 2) return undefined
    if (s === 1) return m
    state.set(m, 1)
    for (const p of parentsOf(h, m)) {
      const found = visit(p)
      if (found !== undefined) return found
    }
    state.set(m, 2)
    return undefined
  }
  for (const tree of h.trees.values()) {
    for (const m of tree.parentOf.keys()) {
      const found = visit(m)
      if (found !== undefined) return found
    }
  }
  return undefined
}

/** The single member without a parent, when the hierarchies have one. */
const rootOf = (h: Hierarchy): string | undefined => {
  const roots = new Set<string>()
  for (const tree of h.trees.values()) {
    for (const parent of tree.childrenOf.keys()) if (parentsOf(h, parent).length === 0) roots.add(parent)
  }
  return roots.size === 1 ? [...roots][0] : undefined
}

/** Whether some member lies two levels below another. */
const deep = (h: Hierarchy): boolean => {
  for (const tree of h.trees.values()) for (const p of tree.parentOf.values()) if (parentsOf(h, p).length > 0) return true
  return false
}

/** Members with a parent and no children: what a hierarchy groups. */
const leaves = (h: Hierarchy): Set<string> => {
  const out = new Set<string>()
  for (const tree of h.trees.values()) for (const m of tree.parentOf.keys()) if (!isTotal(h, m)) out.add(m)
  return out
}

interface Frame {
  readonly kind: Kind
  readonly order: ReadonlyArray<string>
  readonly hierarchies: ReadonlyArray<Hierarchy>
  readonly normalised: ReadonlyArray<{
    readonly table: KnownTable
    readonly cells: ReadonlyArray<{ readonly members: ReadonlyArray<string>; readonly cell: KnownCell; readonly index: number }>
  }>
  readonly used: ReadonlyArray<Set<string>>
}

/**
 * Two dimensions of one measure that no table has together, each more than one level deep, that
 * group the same members: one dimension grouped two ways under two names. The check would take
 * them for two breakdowns and miss that their totals share their parts, so they are refused.
 */
const renamedGrouping = (group: ReadonlyArray<KnownTable>, dims: ReadonlyMap<string, Hierarchy>): InvalidTable | undefined => {
  const together = new Set<string>()
  for (const t of group) for (const a of t.dimensions) for (const b of t.dimensions) together.add(`${a.name}\u0000${b.name}`)
  const candidates = [...dims.values()].filter(deep)
  const leafSets = new Map(candidates.map((h) => [h.name, leaves(h)]))
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!
      const b = candidates[j]!
      if (together.has(`${a.name}\u0000${b.name}`)) continue
      const mine = leafSets.get(a.name)!
      let shared = 0
      for (const m of leafSets.get(b.name)!) if (mine.has(m)) shared++
      if (shared < 2) continue
      const source = group.find((t) => t.dimensions.some((d) => d.name === b.name))!.source
      return invalid(
        source,
        `chiều "${a.name}" và chiều "${b.name}" nhóm cùng ${shared} thành phần theo hai cách: đó là một chiều với hai phân cấp; hãy đặt cùng một tên và khai báo cách nhóm thứ hai (Disclosure.grouping), nếu không việc kiểm tra sẽ không thấy các tổng của chúng có chung các phần`,
        `dimensions "${a.name}" and "${b.name}" group the same ${shared} members two ways: they are one dimension with two hierarchies; give them one name and declare the second grouping (Disclosure.grouping), or the check cannot see that their totals share their parts`
      )
    }
  }
  return undefined
}

/** Merges the dimensions of a measure's tables and gives every cell a member in each. */
const frameOf = (measure: string, group: ReadonlyArray<KnownTable>): Either.Either<Frame, InvalidTable> => {
  const first = group[0]!
  const kind = first.kind
  const dims = new Map<string, Hierarchy>()
  for (const t of group) {
    if (t.kind !== kind) {
      return Either.left(
        invalid(t.source, `chỉ tiêu "${measure}" vừa là bảng tần suất vừa là bảng giá trị`, `measure "${measure}" is both a frequency and a magnitude table`)
      )
    }
    for (const d of t.dimensions) {
      let h = dims.get(d.name)
      if (h === undefined) {
        h = { name: d.name, trees: new Map(), regions: new Map(), aggregation: "sum", declared: false }
        dims.set(d.name, h)
      }
      const problem = mergeDimension(t.source, h, d)
      if (problem !== undefined) return Either.left(problem)
    }
  }
  for (const h of dims.values()) {
    const member = cycleAt(h)
    if (member !== undefined) {
      return Either.left(
        invalid(first.source, `chiều "${h.name}" có vòng lặp cấp trên tại "${member}"`, `dimension "${h.name}" has a cycle of parents at "${member}"`)
      )
    }
  }
  const renamed = renamedGrouping(group, dims)
  if (renamed !== undefined) return Either.left(renamed)
  const order = [...dims.keys()].sort()
  const hierarchies = order.map((name) => dims.get(name)!)
  const roots = hierarchies.map(rootOf)

  // every key gets a member in every dimension of the measure: the total where it names none
  const normalised: Array<{ table: KnownTable; cells: Array<{ members: Array<string>; cell: KnownCell; index: number }> }> = []
  const used = hierarchies.map(() => new Set<string>())
  for (const t of group) {
    const cells: Array<{ members: Array<string>; cell: KnownCell; index: number }> = []
    for (let index = 0; index < t.cells.length; index++) {
      const cell = t.cells[index]!
      for (const name of Object.keys(cell.key)) {
        if (!dims.has(name)) {
          return Either.left(
            invalid(t.source, `ô có chiều "${name}" mà bảng không khai báo`, `a cell names dimension "${name}", which the table does not declare`, cell.key)
          )
        }
      }
      const members: Array<string> = []
      for (let i = 0; i < order.length; i++) {
        const name = order[i]!
        const member = cell.key[name] ?? roots[i]
        if (member === undefined) {
          return Either.left(
            invalid(
              t.source,
              `ô không có giá trị cho chiều "${name}", mà chiều này không có một tổng duy nhất`,
              `the cell has no member for dimension "${name}", which has no single total`,
              cell.key
            )
          )
        }
        members.push(member)
        used[i]!.add(member)
      }
      cells.push({ members, cell, index })
    }
    normalised.push({ table: t, cells })
  }
  return Either.right({ kind, order, hierarchies, normalised, used })
}

/**
 * The variables a closed table says are 0. Along each dimension it is closed along, the table
 * lists its members and, where it lists a member and some of its children, says that the
 * children it leaves out have no records: these are its grid. A variable lies at the lowest cell
 * of the grid above it (its member, or the first ancestor in the grid, in each closed
 * dimension; equal in the others); it is 0 when that cell is within one of the table's cells,
 * is not listed and has no listed cell under it. A variable under a listed cell the table shows
 * no parts of is not the table's to say (a table by district says nothing of communes, nor a
 * table by province and sex of a commune's total).
 */
const closedZeros = (frame: Frame, vars: ReadonlyArray<Variable>, base: number): ReadonlyArray<number> => {
  const out: Array<number> = []
  const { hierarchies, normalised, order } = frame
  // along the dimension's own parents: a closed table lists one grouping, and says nothing of
  // the totals of another
  const own = hierarchies.map((h) => h.trees.get(OWN) ?? { parentOf: new Map<string, string>(), childrenOf: new Map<string, Array<string>>() })
  const selfAndAncestors = own.map((tree) => {
    const memo = new Map<string, ReadonlyArray<string>>()
    return (m: string): ReadonlyArray<string> => {
      const known = memo.get(m)
      if (known !== undefined) return known
      const s = [m]
      for (let at = tree.parentOf.get(m); at !== undefined && !s.includes(at); at = tree.parentOf.get(at)) s.push(at)
      memo.set(m, s)
      return s
    }
  })
  for (const { table, cells } of normalised) {
    const closed = new Set(table.closed ?? [])
    const along = order.map((name) => closed.has(name))
    if (!along.some((x) => x)) continue
    const rest = (members: ReadonlyArray<string>) => members.filter((_, i) => !along[i]).join("\u0000")
    const groups = new Map<string, Array<ReadonlyArray<string>>>()
    const listed = new Set<string>()
    // the grid along each closed dimension: the members listed, and every child of a listed
    // member some of whose children are listed
    const grid = order.map(() => new Set<string>())
    for (const { members } of cells) {
      const k = rest(members)
      let g = groups.get(k)
      if (g === undefined) groups.set(k, (g = []))
      g.push(members)
      listed.add(members.join("\u0000"))
      members.forEach((m, i) => along[i] && grid[i]!.add(m))
    }
    grid.forEach((set, i) => {
      if (!along[i]) return
      for (const m of [...set]) {
        const parent = own[i]!.parentOf.get(m)
        if (parent !== undefined && set.has(parent)) for (const c of own[i]!.childrenOf.get(parent) ?? []) set.add(c)
      }
    })
    // a ≤ b: a lies under b (or is b) in every dimension the table is closed along
    const under = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) =>
      a.every((m, i) => !along[i] || selfAndAncestors[i]!(m).includes(b[i]!))
    const decided = new Map<string, boolean>()
    for (let n = base; n < vars.length; n++) {
      const members = order.map((name) => vars[n]!.key[name]!)
      if (listed.has(members.join("\u0000"))) continue
      const group = groups.get(rest(members))
      if (group === undefined) continue
      // the lowest cell of the grid above the variable
      const at: Array<string> = []
      let inGrid = true
      for (let i = 0; i < members.length && inGrid; i++) {
        if (!along[i]) {
          at.push(members[i]!)
          continue
        }
        const found = selfAndAncestors[i]!(members[i]!).find((m) => grid[i]!.has(m))
        if (found === undefined) inGrid = false
        else at.push(found)
      }
      if (!inGrid) continue
      const k = at.join("\u0000")
      let zero = decided.get(k)
      if (zero === undefined) {
        zero = !listed.has(k) && group.some((t) => under(at, t)) && !group.some((l) => under(l, at))
        decided.set(k, zero)
      }
      if (zero) out.push(n)
    }
  }
  return out
}

/** The parts of each region (`Q/P/X` → `Q`, `P`, `X`), kept per set. */
const partsOf = new WeakMap<ReadonlySet<string>, ReadonlyArray<ReadonlyArray<string>>>()
const parts = (set: ReadonlySet<string>): ReadonlyArray<ReadonlyArray<string>> => {
  let out = partsOf.get(set)
  if (out === undefined) partsOf.set(set, (out = [...set].map((r) => r.split("/"))))
  return out
}

/**
 * Whether two sets of regions meet: a region of each agree part by part, where `*` or a
 * missing part agrees with anything (`Q` with `Q/P/X`, `Q/P/*` with `Q/P/X`).
 */
const meet = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const r of x) if (y.has(r)) return true
  const ys = parts(y)
  for (const a of parts(x)) {
    for (const b of ys) {
      let agree = true
      for (let i = 0; i < Math.min(a.length, b.length) && agree; i++) {
        if (a[i] !== b[i] && a[i] !== "*" && b[i] !== "*") agree = false
      }
      if (agree) return true
    }
  }
  return false
}

const byMeasure = (tables: ReadonlyArray<KnownTable>): Map<string, Array<KnownTable>> => {
  const measures = new Map<string, Array<KnownTable>>()
  for (const t of tables) {
    const list = measures.get(t.measure)
    if (list === undefined) measures.set(t.measure, [t])
    else list.push(t)
  }
  return measures
}

/**
 * The full key of every cell of every table — its key completed with the totals of the
 * dimensions it does not name — by source, in cell order.
 */
export const fullKeys = (
  tables: ReadonlyArray<KnownTable>
): Either.Either<ReadonlyMap<string, ReadonlyArray<Readonly<Record<string, string>>>>, InvalidTable> => {
  const out = new Map<string, Array<Readonly<Record<string, string>>>>()
  for (const [measure, group] of byMeasure(tables)) {
    const frame = frameOf(measure, group)
    if (Either.isLeft(frame)) return Either.left(frame.left)
    for (const { table, cells } of frame.right.normalised) {
      out.set(
        table.source,
        cells.map(({ members }) => {
          const key: Record<string, string> = {}
          frame.right.order.forEach((name, i) => (key[name] = members[i]!))
          return key
        })
      )
    }
  }
  return Either.right(out)
}

/**
 * Builds the system of a set of known tables. Cells with the same measure and key are the same
 * variable: what is known about it is intersected.
 */
export const build = (
  given: ReadonlyArray<KnownTable>
): Either.Either<System, InvalidTable | InconsistentFigures> => {
  // a measure on both calendars is one measure, its periods linked through the days they share
  const tables = linkCalendars(given)
  const measures = byMeasure(tables)
  const vars: Array<Variable> = []
  const byId = new Map<string, number>()
  const rows: Array<Row> = []

  for (const [measure, group] of measures) {
    const frame = frameOf(measure, group)
    if (Either.isLeft(frame)) return Either.left(frame.left)
    const { kind, order, hierarchies, normalised, used } = frame.right
    const first = group[0]!
    // the relevant members of each dimension: used ones, their ancestors up to the highest used
    // one, and the children of those. Above the highest used member nothing is published: a
    // total there and its other children are free, and setting those children to 0 satisfies
    // every row among them whatever the cells below hold, so they tell the attacker nothing
    // (a province's report need not carry the other 62 provinces).
    const relevant = hierarchies.map((h, i) => {
      const usedHere = used[i]!
      const out = new Set<string>(usedHere)
      const above = new Map<string, ReadonlySet<string>>()
      const ancestorSet = (m: string): ReadonlySet<string> => {
        let s = above.get(m)
        if (s === undefined) above.set(m, (s = new Set(ancestors(h, m))))
        return s
      }
      for (const m of usedHere) {
        const up = ancestorSet(m)
        const usedUp = [...up].filter((a) => usedHere.has(a))
        if (usedUp.length === 0) continue
        for (const a of up) {
          if (!usedHere.has(a) && !usedUp.some((u) => ancestorSet(a).has(u))) continue
          out.add(a)
          for (const children of childSets(h, a)) for (const c of children) out.add(c)
        }
      }
      // Two groupings of the same members are linked only through those members: when the
      // release shows totals of two hierarchies, everything below them is in the system.
      if (h.trees.size > 1) {
        const trees = [...h.trees.values()]
        const touched = new Set<Tree>()
        const linking: Array<string> = []
        for (const m of usedHere) {
          const totalIn = trees.filter((t) => (t.childrenOf.get(m)?.length ?? 0) > 0)
          if (totalIn.length === 0 || totalIn.length === trees.length) continue
          linking.push(m)
          for (const t of totalIn) touched.add(t)
        }
        if (touched.size > 1) for (const m of linking) for (const d of descendants(h, m)) out.add(d)
      }
      return [...out].sort()
    })
    // Two dimensions that partition the same whole (units on two maps) are crossed only where
    // their members' regions meet: elsewhere no record is in both, and the cell is 0 without
    // being a variable. Every other dimension is crossed in full.
    const mapped = order.map((_, i) => i).filter((i) => hierarchies[i]!.regions.size > 0)
    const axes: Array<{ readonly dims: ReadonlyArray<number>; readonly tuples: ReadonlyArray<ReadonlyArray<string>> }> = []
    if (mapped.length >= 2) {
      let tuples: Array<Array<string>> = [[]]
      for (let j = 0; j < mapped.length; j++) {
        const h = hierarchies[mapped[j]!]!
        const next: Array<Array<string>> = []
        for (const t of tuples) {
          for (const m of relevant[mapped[j]!]!) {
            const mine = h.regions.get(m)
            const fits =
              mine === undefined ||
              t.every((other, k) => {
                const theirs = hierarchies[mapped[k]!]!.regions.get(other)
                return theirs === undefined || meet(mine, theirs)
              })
            if (fits) next.push([...t, m])
          }
        }
        tuples = next
      }
      axes.push({ dims: mapped, tuples })
    }
    order.forEach((_, i) => {
      if (mapped.length < 2 || !mapped.includes(i)) axes.push({ dims: [i], tuples: relevant[i]!.map((m) => [m]) })
    })
    let size = 1
    for (const a of axes) size *= a.tuples.length
    if (vars.length + size > maxVariables) {
      return Either.left(
        invalid(
          first.source,
          `quá lớn để kiểm tra: ${size} ô (tối đa ${maxVariables}); hãy chia bảng hoặc khai báo phân cấp hẹp hơn`,
          `too large to check: ${size} cells (at most ${maxVariables}); split the table or declare narrower hierarchies`
        )
      )
    }

    // the cross product
    const base = vars.length
    const counts = axes.map((a) => a.tuples.length)
    const digits = counts.map(() => 0)
    for (let n = 0; n < size; n++) {
      const members: Array<string> = []
      axes.forEach((a, x) => {
        const tuple = a.tuples[digits[x]!]!
        a.dims.forEach((i, k) => (members[i] = tuple[k]!))
      })
      const key: Record<string, string> = {}
      let totals = 0
      for (let i = 0; i < order.length; i++) {
        const member = members[i]!
        key[order[i]!] = member
        if (isTotal(hierarchies[i]!, member)) totals++
      }
      const id = cellId(measure, key)
      byId.set(id, vars.length)
      vars.push({ id, measure, kind, key, lower: 0, upper: Infinity, required: 0, occurrences: [], totals })
      for (let x = axes.length - 1; x >= 0; x--) {
        digits[x]!++
        if (digits[x]! < counts[x]!) break
        digits[x] = 0
      }
    }

    // what the tables say about each cell
    for (const { table, cells } of normalised) {
      for (const { members, cell, index } of cells) {
        const key: Record<string, string> = {}
        for (let i = 0; i < order.length; i++) key[order[i]!] = members[i]!
        const at = byId.get(cellId(measure, key))
        if (at === undefined) {
          // a cell of two maps whose units share no record: it can only be 0
          if (cell.lower <= 1e-9) continue
          return Either.left(
            new InconsistentFigures({
              measure,
              cell: { ...key },
              reason: {
                vi: "ô ghép hai đơn vị của hai bản đồ không có chung bản ghi nào, nhưng lại có số liệu",
                en: "the cell pairs units of two maps that share no record, yet it has figures"
              }
            })
          )
        }
        const v = vars[at]!
        v.lower = Math.max(v.lower, cell.lower)
        v.upper = Math.min(v.upper, cell.upper)
        v.required = Math.max(v.required, cell.required)
        v.occurrences.push({ source: table.source, index, cell })
        const tolerance = 1e-9 * Math.max(1, Math.abs(v.lower), Math.abs(v.upper === Infinity ? 0 : v.upper))
        if (v.lower > v.upper + tolerance) {
          return Either.left(
            new InconsistentFigures({
              measure,
              cell: { ...key },
              reason: {
                vi: `ô xuất hiện ở nhiều bảng (${v.occurrences.map((o) => o.source).join(", ")}) với số liệu không khớp nhau`,
                en: `the cell appears in several tables (${v.occurrences.map((o) => o.source).join(", ")}) with figures that do not agree`
              }
            })
          )
        }
      }
    }

    // what closed tables say about the cells they leave out
    const zero = closedZeros(frame.right, vars, base)
    for (const n of zero) {
      const v = vars[n]!
      v.upper = Math.min(v.upper, 0)
      if (v.lower > 1e-9) {
        return Either.left(
          new InconsistentFigures({
            measure,
            cell: { ...v.key },
            reason: {
              vi: "một bảng đã công bố cho thấy ô này không có số liệu, nay lại có",
              en: "a table released before shows this cell had no records; now it has some"
            }
          })
        )
      }
    }

    // one row per total and combination of the other dimensions
    const relevantSets = relevant.map((r) => new Set(r))
    for (let n = base; n < vars.length; n++) {
      const v = vars[n]!
      for (let i = 0; i < order.length; i++) {
        const h = hierarchies[i]!
        const name = order[i]!
        const below = new Set<number>()
        for (const children of childSets(h, v.key[name]!)) {
          if (!children.every((c) => relevantSets[i]!.has(c))) continue
          // a child missing from the system pairs units of two maps that share no record: 0
          const childCols = children
            .map((c) => byId.get(cellId(measure, { ...v.key, [name]: c })))
            .filter((c): c is number => c !== undefined)
          if (h.aggregation === "sum") {
            rows.push({ cols: [n, ...childCols], coefs: [1, ...childCols.map(() => -1)], lower: 0, upper: 0 })
          } else {
            rows.push({ cols: [n, ...childCols], coefs: [1, ...childCols.map(() => -1)], lower: -Infinity, upper: 0 })
            for (const c of childCols) {
              if (below.has(c)) continue
              below.add(c)
              rows.push({ cols: [c, n], coefs: [1, -1], lower: -Infinity, upper: 0 })
            }
          }
        }
      }
    }
  }
  if (tables !== given) {
    // cells of the administrative calendar are named as their tables name them
    for (let n = 0; n < vars.length; n++) {
      const v = vars[n]!
      const named = asNamed(v.measure, v.key)
      if (named.measure !== v.measure) vars[n] = { ...v, measure: named.measure, key: named.key }
    }
  }
  const rowsOf: Array<Array<number>> = vars.map(() => [])
  rows.forEach((row, r) => {
    for (const c of row.cols) rowsOf[c]!.push(r)
  })
  return Either.right({ vars, rows, byId, rowsOf })
}
