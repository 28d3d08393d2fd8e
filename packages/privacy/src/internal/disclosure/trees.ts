/** The hierarchies of a dimension: its own parents first, then each further grouping. */
import type { Dimension } from "../../DisclosureTable.js"

/** Each hierarchy of a dimension as a member → parent record, its own parents first. */
export const treesOf = (d: Dimension): ReadonlyArray<Readonly<Record<string, string>>> => [
  d.parents ?? {},
  ...Object.values(d.hierarchies ?? {})
]

/** The member itself and every member above it, in any hierarchy of the dimension. */
export const selfAndAbove = (trees: ReadonlyArray<Readonly<Record<string, string>>>, member: string): ReadonlySet<string> => {
  const out = new Set<string>([member])
  const queue = [member]
  while (queue.length > 0) {
    const m = queue.pop()!
    for (const parents of trees) {
      if (!Object.hasOwn(parents, m)) continue
      const p = parents[m]!
      if (out.has(p)) continue
      out.add(p)
      queue.push(p)
    }
  }
  return out
}
