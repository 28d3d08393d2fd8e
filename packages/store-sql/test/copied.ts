/**
 * What the tests of a driver's copier share (`COPY` on PostgreSQL, the prepared single-row
 * `INSERT` on SQLite): a spy on the copier of a Kysely instance, and batches of service events
 * whose texts a statement or `COPY`'s format must take as they are.
 */
import { Entity, type Store } from "@pctnxh/core"
import { Effect } from "effect"
import type { Kysely } from "kysely"
import { expect } from "vitest"
import { type Copier, copiers } from "../src/internal/copy.js"

/** Counts the records each call of a Kysely instance's copier took. */
export const spy = (db: Kysely<any>): Array<number> => {
  const copy = copiers.get(db) as Copier
  const calls: Array<number> = []
  copiers.set(db, (d, table, columns, rows) => {
    calls.push(rows.length)
    return copy(d, table, columns, rows)
  })
  return calls
}

const decode = (fields: Record<string, unknown>) => {
  const decoded = Entity.decode("serviceEvent")(fields)
  if (decoded._tag === "Left") throw new Error(decoded.left.message)
  return decoded.right
}

/**
 * Texts a copier must take as they are: backslashes (and `\N`, COPY's null), tabs, line
 * breaks, quotes, placeholders' look-alikes, Vietnamese.
 */
const awkward = ["a\\b", "\\N", "x\ty", "line\nbreak", "cr\rlf", "it's", 'quote "q"', "Đồ Sơn – mô hình", "tab\\t", "?", "$1"]

/** `n` service events, ids `<prefix>-00000`…, some with awkward texts, nulls and large amounts. */
export const events = (n: number, prefix = "ev"): Array<Entity.Of<"serviceEvent">> =>
  Array.from({ length: n }, (_, i) =>
    decode({
      id: `${prefix}-${String(i).padStart(5, "0")}${i % 50 === 0 ? awkward[(i / 50) % awkward.length] : ""}`,
      ...(i % 3 === 0 ? {} : { personId: `p-${i % 97}${i % 7 === 0 ? awkward[i % awkward.length] : ""}` }),
      modelId: i % 11 === 0 ? `model ${awkward[i % awkward.length]}` : "model-1",
      siteId: "11527@pre2025",
      date: `2019-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      service: "outreach_information",
      channel: "outreach",
      population: "sex_worker",
      sex: i % 5 === 0 ? "male" : "female",
      ...(i % 4 === 0 ? {} : { birthYear: 1980 + (i % 30) }),
      residence: "temporary",
      ...(i % 2 === 0 ? { cost: 1000 * i } : {}),
      ...(i % 9 === 0 ? { amount: 2_000_000_000_000 + i } : {})
    })
  )

/**
 * A batch of new and changed records on a store whose copier `calls` counts: the new records
 * go through the copier, the changed ones are updated.
 */
export const newAndChanged = async (s: Store.Service, calls: ReadonlyArray<number>): Promise<void> => {
  const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)
  const first = events(300)
  await run(s.put("serviceEvent", first))
  const changed = first.slice(0, 150).map((e) => new Entity.schemas.serviceEvent({ ...e, channel: "office" }))
  const summary = await run(s.put("serviceEvent", [...changed, ...events(200, "more")]))
  expect(summary).toEqual({ inserted: 200, updated: 150, unchanged: 0 })
  expect(calls).toEqual([300, 200])
  expect(await run(s.count("serviceEvent"))).toBe(500)
  expect(await run(s.get("serviceEvent", first[0]!.id))).toMatchObject({ value: { channel: "office" } })
}
