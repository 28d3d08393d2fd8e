/**
 * The unit roll-up table: for each unit records sit in, the unit it rolls up to at a level as of
 * a date. It is filled from the geography the first time a query needs a (level, date), for the
 * units not yet rolled up, and then joined by the aggregate like any table.
 */
import type { AdminUnit, Geography } from "@pctnxh/core"
import type { Kysely } from "kysely"
import { type RawBuilder, sql } from "kysely"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import { rollupTable, unitTable } from "./tables.js"

/** A level and a date a query rolls units up to. */
export interface Pair {
  readonly level: AdminUnit.AdminLevel
  readonly asOf: string
}

const fingerprints = new WeakMap<Geography.Geography, string>()

const mix = (h: number, text: string): number => {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * A short text that changes when the geography's units, parents, dates or successors change, so
 * roll-ups made under another version of the geography are never reused.
 */
export const fingerprint = (geography: Geography.Geography): string => {
  const known = fingerprints.get(geography)
  if (known !== undefined) return known
  let a = 0x811c9dc5
  let b = 0x01000193
  for (const unit of geography.dataset.units) {
    const line = [
      unit.id,
      unit.level,
      unit.parentId ?? "",
      unit.validFrom ?? "",
      unit.validTo ?? "",
      ...unit.successors.map((s) => `${s.id}:${s.portion}:${s.share ?? ""}`)
    ].join("|")
    a = mix(a, line)
    b = mix(b ^ a, line)
  }
  const value = `${geography.dataset.units.length.toString(36)}-${a.toString(36)}${b.toString(36)}`
  fingerprints.set(geography, value)
  return value
}

/**
 * The pairs already filled, each with the number of recorded units when it was filled. The unit
 * table only grows, so while its row count is unchanged a filled pair stays complete; one count
 * replaces the per-pair search for missing units.
 */
export type Filled = Map<string, number>

/** An empty record of filled pairs, one per store. */
export const makeFilled = (): Filled => new Map()

/**
 * The number of recorded units at which every pair was filled, if they were all filled at the
 * same number: an aggregate that counts as many units in its own statement needs no roll-up
 * added.
 */
export const filledAt = (filled: Filled, geography: Geography.Geography, pairs: ReadonlyArray<Pair>): number | undefined => {
  const key = fingerprint(geography)
  let at: number | undefined
  for (const p of pairs) {
    const n = filled.get(`${key}|${p.level}|${p.asOf}`)
    if (n === undefined || (at !== undefined && n !== at)) return undefined
    at = n
  }
  return at
}

/**
 * A statement that answers as `statement` does, each row also carrying the number of recorded
 * units (`pctnxh_units`) as the same statement saw them.
 */
export const counting = (statement: RawBuilder<Record<string, unknown>>, names: Names): RawBuilder<Record<string, unknown>> =>
  sql<Record<string, unknown>>`select q.*, (select count(*) from ${names.ref(unitTable.name)}) as pctnxh_units from (${statement}) as q`

/** Adds the missing roll-ups of recorded units for each pair; whether it added any. */
export const fill = async (
  db: Kysely<any>,
  dialect: Dialect,
  names: Names,
  geography: Geography.Geography,
  pairs: ReadonlyArray<Pair>,
  filled: Filled = makeFilled()
): Promise<boolean> => {
  if (pairs.length === 0) return false
  let added = false
  const key = fingerprint(geography)
  const counted = await sql<{ n: unknown }>`select count(*) as n from ${names.ref(unitTable.name)}`.execute(db)
  const units = Number(counted.rows[0]?.n ?? 0)
  const todo = pairs.filter((p) => filled.get(`${key}|${p.level}|${p.asOf}`) !== units)
  for (const { asOf, level } of todo) {
    const done = () => filled.set(`${key}|${level}|${asOf}`, units)
    const missing = await sql<{ unit_id: string }>`select un.unit_id from ${names.ref(unitTable.name)} as un
      where not exists (select 1 from ${names.ref(rollupTable.name)} as r
        where r.geography = ${key} and r.level = ${level} and r.as_of = ${asOf} and r.unit_id = un.unit_id)`.execute(db)
    if (missing.rows.length === 0) {
      done()
      continue
    }
    const rows = missing.rows.map(({ unit_id }) => {
      const found = geography.resolveAt(unit_id, level, asOf)
      return { geography: key, level, as_of: asOf, unit_id, ancestor_id: found._tag === "Some" ? found.value.id : null }
    })
    for (let i = 0; i < rows.length; i += 1000) {
      await dialect.insertMissing(db.insertInto(names.name(rollupTable.name)).values(rows.slice(i, i + 1000)), rollupTable.primaryKey).execute()
    }
    added = true
    done()
  }
  return added
}
