/**
 * A province's 2019 report as it goes to DHIS2: a synthetic dataset (no real person) of six
 * provinces, reported by today's provinces, with a breakdown by sex, and the mapping a DHIS2
 * instance with codes would give.
 */
import { Entity, Store } from "@pctnxh/core"
import type { Dhis2 } from "@pctnxh/io"
import { Report } from "@pctnxh/indicators"
import { MemoryStore } from "@pctnxh/store-memory"
import { Synth } from "@pctnxh/synth"
import { Effect } from "effect"

export const INDICATORS = ["CONTACTS", "PERSONS_REACHED", "REFERRAL_COMPLETION_RATE", "INSPECTION_VISITS", "VIOLATION_RATE"] as const

/** The report, under a calendar, computed on a fresh memory store. */
export const report = (calendar: "plain" | "administrative", periods: readonly [string, ...Array<string>] = ["2019", "2019Q2"]): Effect.Effect<Report.Report, unknown> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const all = [...Synth.records({ seed: 13, events: 1_500, years: [2018, 2019] })]
    for (const [kind, records] of Synth.byKind(all)) yield* store.put(kind as Entity.Kind, records as never)
    return yield* Report.run({
      indicators: [...INDICATORS],
      periods,
      calendar,
      adminUnits: { level: "province", asOf: "2026-01-01" },
      disaggregations: [["sex"]]
    })
  }).pipe(Effect.provide(MemoryStore.layer()))

/** A mapping with codes: every indicator, every province, the sexes. */
export const mappingFor = (r: Report.Report): Dhis2.Mapping => ({
  dataSet: "PCTNXH_ANNUAL",
  dataElements: {
    CONTACTS: { id: "PCT_CONTACTS", valueType: "INTEGER_ZERO_OR_POSITIVE" },
    PERSONS_REACHED: { id: "PCT_PERSONS", valueType: "INTEGER_ZERO_OR_POSITIVE" },
    REFERRAL_COMPLETION_RATE: { id: "PCT_REF_RATE", valueType: "PERCENTAGE" },
    INSPECTION_VISITS: "PCT_INSP_VISITS",
    VIOLATION_RATE: { id: "PCT_VIOL_RATE", valueType: "NUMBER" }
  },
  orgUnits: {
    "*": "VN",
    ...Object.fromEntries(r.adminUnits.flatMap((u) => (u.id === null ? [] : [[u.id, `VN_${u.id.split("@")[0]}`]])))
  },
  categoryOptionCombos: { "sex=female": "SEX_F", "sex=male": "SEX_M", "sex=other": "SEX_O", "sex=unknown": "SEX_U" },
  categories: { sex: { category: "SEX", options: { female: "F", male: "M", other: "O", unknown: "U" } } }
})

/** UIDs shaped as DHIS2 makes them, one per code (deterministic). */
export const uid = (code: string): string => {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
  let h = 2166136261
  for (const c of code) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0
  let out = alphabet[h % 52]!
  for (let i = 0; i < 10; i++) {
    h = Math.imul(h ^ (i + 7), 2246822519) >>> 0
    out += alphabet[h % 62]!
  }
  return out
}

/** The same mapping with UIDs in place of codes. */
export const withUids = (m: Dhis2.Mapping): Dhis2.Mapping => {
  const swap = (r: Readonly<Record<string, string>> | undefined) => (r === undefined ? undefined : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, uid(v)])))
  return {
    ...m,
    dataSet: uid(m.dataSet!),
    dataElements: Object.fromEntries(
      Object.entries(m.dataElements).map(([k, v]) => [k, typeof v === "string" ? uid(v) : { ...v, id: uid(v.id) }])
    ),
    orgUnits: swap(m.orgUnits)!,
    categoryOptionCombos: swap(m.categoryOptionCombos)!,
    categories: Object.fromEntries(Object.entries(m.categories ?? {}).map(([a, c]) => [a, { category: uid(c.category), options: swap(c.options)! }]))
  }
}

export const kinds = Entity.kinds
