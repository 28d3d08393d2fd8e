/**
 * The memory store case: the report's cells asked of `@pctnxh/store-memory` against one plain
 * JavaScript pass over the same events.
 */
import type { Entity } from "@pctnxh/core"
import { Period, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { Effect } from "effect"
import { cellsFigure, type Figure, time } from "./measure.js"
import { AS_OF, cells, libraryCell } from "./queries.js"

type Event = Entity.Of<"serviceEvent">

/** The cells by one pass over the events per query: a map from key to a count, a sum or a set. */
const onePass = (events: ReadonlyArray<Event>): Array<string> => {
  const province = new Map<string, string>()
  const provinceOf = (unit: string) => {
    let p = province.get(unit)
    if (p === undefined) {
      const found = vietnam.resolveAt(unit, "province", AS_OF)
      province.set(unit, (p = found._tag === "Some" ? found.value.id : "null"))
    }
    return p
  }
  const out: Array<string> = []
  for (const c of cells) {
    const groups = new Map<string, number | Set<string>>()
    for (const e of events) {
      const keys: Array<string> = []
      if (c.byProvince) keys.push(provinceOf(e.siteId))
      if (c.grain !== undefined) keys.push(Period.containingId(e.date, c.grain, "administrative"))
      if (c.column === "service") keys.push(e.service)
      const key = keys.join("|")
      if (c.measure === "count(distinct person_id)") {
        let s = groups.get(key) as Set<string> | undefined
        if (s === undefined) groups.set(key, (s = new Set()))
        if (e.personId !== undefined) s.add(e.personId)
      } else {
        const add = c.measure === "count(*)" ? 1 : (e.cost ?? 0)
        groups.set(key, ((groups.get(key) as number | undefined) ?? 0) + add)
      }
    }
    for (const [key, v] of groups) out.push(`${c.name}: ${key}=${typeof v === "number" ? v : v.size}`)
  }
  return out
}

export const memory = async (events: ReadonlyArray<Event>, repeat: number): Promise<Figure> => {
  const library = await Effect.runPromise(
    Effect.gen(function* () {
      const store = yield* Store.Store
      for (let i = 0; i < events.length; i += 10_000) yield* store.put("serviceEvent", events.slice(i, i + 10_000))
      const ask = Effect.gen(function* () {
        const out: Array<string> = []
        for (const c of cells) for (const row of yield* store.aggregate(c.query)) out.push(`${c.name}: ${libraryCell(row)}`)
        return out
      })
      return yield* Effect.promise(() => time(repeat, () => Effect.runPromise(ask)))
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
  const floor = await time(repeat, () => onePass(events))
  return cellsFigure("report memory", cells.length, library, floor)
}
