/**
 * Every audience, end to end: each default audience gets its own protection through the same
 * door; the public's noise takes its key from the deployment keyring and is the same every
 * time; and a report on the map before the 2025 reorganisation releases against a ledger that
 * already holds releases on today's map — without letting the crosswalk between the two maps
 * give a hidden cell away.
 */
import { ReportTable } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Audience from "../../src/Audience.js"
import * as Disclosure from "../../src/Disclosure.js"
import * as Key from "../../src/Key.js"
import { reportCell, reportTable, valueIndicator } from "../DisclosureFixtures.js"
import { bounds, readerKnows } from "./attacker.js"
import { counsellingByProvince, services } from "./fixtures.js"

const keyring = (seed: number) => Effect.flatMap(Key.fromBytes(`k${seed}`, new Uint8Array(32).map((_, i) => i * 3 + seed)), (k) => Key.ring(k))

describe("every audience", () => {
  it.effect("each default audience gets its own protection through the one door", () =>
    Effect.gen(function* () {
      const report = counsellingByProvince([2, 4, 60])
      const ring = yield* keyring(5)
      const shown = (released: Disclosure.Released) => released.table.cells.map((c) => c.disclosure?.display ?? c.disclosure?.status)
      const results: Record<string, ReadonlyArray<string | undefined>> = {}
      for (const audience of Audience.defaults) {
        const released = yield* Disclosure.release(report, audience).pipe(Effect.provideService(Key.DeploymentKeyring, ring))
        results[audience.id] = shown(released)
      }
      // those who hold the records see them all
      expect(results["peer_educator"]).toEqual(["published", "published", "published", "published"])
      expect(results["model_officer"]).toEqual(results["peer_educator"])
      // district, commune and province officials: counts under 3 hidden (and a complement)
      for (const id of ["local", "province"]) {
        expect(results[id]![0]).toBe("<3")
        expect(results[id]!.filter((s) => s !== "published").length).toBeGreaterThanOrEqual(2)
      }
      // the ministry, donors and the public: counts under 5 hidden; the public's figures perturbed
      for (const id of ["national", "donor", "public"]) expect(results[id]!.slice(0, 2)).toEqual(["<5", "<5"])
      expect(results["public"]!.slice(2).every((s) => s === "perturbed" || s === "x")).toBe(true)
    }).pipe(Effect.provide(services))
  )

  it.effect("the public's noise takes its key from the keyring: none without it, the same noise every time, unchanged by rotation", () =>
    Effect.gen(function* () {
      const report = counsellingByProvince([40, 37, 60])
      const refused = yield* Effect.flip(Disclosure.release(report, Audience.publicAudience))
      expect(refused._tag).toBe("KeyRequired")
      const ring = yield* keyring(7)
      const once = yield* Disclosure.release(report, Audience.publicAudience).pipe(Effect.provideService(Key.DeploymentKeyring, ring))
      const rotated = yield* Key.rotate(ring, (yield* keyring(9)).current)
      const twice = yield* Disclosure.release(report, Audience.publicAudience).pipe(Effect.provideService(Key.DeploymentKeyring, rotated))
      const values = (r: Disclosure.Released) => r.table.cells.map((c) => c.value)
      expect(values(twice)).toEqual(values(once))
      expect(once.table.cells.every((c) => c.disclosure?.status === "perturbed")).toBe(true)
      expect(values(once)).not.toEqual(report.cells.map((c) => c.value))
    }).pipe(Effect.provide(services))
  )
})

// Today's Ninh Bình (Y) is the old Nam Định (X1) and Ninh Bình (X2); Z stayed as it was (Z0).
const TODAY = { Y: "37@2025", Z: "31@2025" }
const BEFORE = { X1: "36@pre2025", X2: "37@pre2025", Z0: "31@pre2025" }
const regions = { [TODAY.Y]: [TODAY.Y], [TODAY.Z]: [TODAY.Z], [BEFORE.X1]: [TODAY.Y], [BEFORE.X2]: [TODAY.Y], [BEFORE.Z0]: [TODAY.Z] }
const onMap = (
  ids: Readonly<Record<string, number>>,
  asOf: string,
  regionOf: ((id: string) => ReadonlyArray<string>) | undefined,
  level: "province" | "commune" = "province"
): ReportTable.ReportTable => {
  const total = Object.values(ids).reduce((a, x) => a + x, 0)
  return reportTable(
    [valueIndicator("COUNSELLING_CONTACTS", "contacts", true)],
    [
      ...Object.entries(ids).map(([u, v]) => reportCell("COUNSELLING_CONTACTS", { adminUnit: u }, v, { unit: "contacts" })),
      reportCell("COUNSELLING_CONTACTS", {}, total, { unit: "contacts" })
    ],
    {
      asOf,
      level,
      parents: Object.fromEntries(Object.keys(ids).map((u) => [u, null])),
      ...(regionOf === undefined ? {} : { regions: Object.fromEntries(Object.keys(ids).map((u) => [u, [...regionOf(u)]])) })
    }
  )
}
const today = onMap({ [TODAY.Y]: 63, [TODAY.Z]: 50 }, "2026-01-01", (u) => regions[u]!)
const before = (withRegions = true) =>
  onMap({ [BEFORE.X1]: 60, [BEFORE.X2]: 3, [BEFORE.Z0]: 50 }, "2024-12-31", withRegions ? (u) => regions[u]! : undefined)
const byUnit = (c: ReportTable.ReportCell) => c.adminUnit ?? "*"
// the attacker knows the crosswalk: today's Ninh Bình is the old Nam Định and Ninh Bình
const crosswalk = [
  { total: "*", parts: [TODAY.Y, TODAY.Z] },
  { total: "*", parts: [BEFORE.X1, BEFORE.X2, BEFORE.Z0] },
  { total: TODAY.Y, parts: [BEFORE.X1, BEFORE.X2] },
  { total: TODAY.Z, parts: [BEFORE.Z0] }
]

describe("a report on the map before the 2025 reorganisation", () => {
  it.effect("naive: without the link between the maps, the old Ninh Bình's 3 contacts are today's Ninh Bình less the old Nam Định", () =>
    Effect.gen(function* () {
      const first = yield* Disclosure.release(today, Audience.national)
      const second = yield* Disclosure.release(before(false), Audience.national)
      const known = { ...readerKnows(first.table.cells, byUnit), ...readerKnows(second.table.cells, byUnit) }
      expect(bounds(known, crosswalk, BEFORE.X2)).toEqual({ lower: 3, upper: 3 })
    }).pipe(Effect.provide(services))
  )

  it.effect("ours: it releases against the ledger on today's map, and the attacker who knows the crosswalk still finds it anywhere in 1–4", () =>
    Effect.gen(function* () {
      const first = yield* Disclosure.release(today, Audience.national)
      const second = yield* Disclosure.release(before(), Audience.national)
      const known = { ...readerKnows(first.table.cells, byUnit), ...readerKnows(second.table.cells, byUnit) }
      expect(bounds(known, crosswalk, BEFORE.X2)).toEqual({ lower: 1, upper: 4 })
      expect(ReportTable.get(second.table, { indicator: "COUNSELLING_CONTACTS", period: "2019", adminUnit: BEFORE.X1 })?.disclosure?.status).toBe("suppressed")
      // the other way round too: the old map first, today's after
      yield* Disclosure.release(today, Audience.national)
    }).pipe(Effect.provide(services))
  )
})

// Đồ Sơn's six wards before 1 July 2025 became two wards of today's Hải Phòng: Đồ Sơn (the
// first three) and Hải Phòng's 11737 (the last three): each unit's region names today's province,
// the province the unit lay in on its own map, and today's ward.
const HP = "31@2025"
const NEW = { A: "11455@2025", B: "11737@2025" }
const OLD = { a1: "11455@pre2025", a2: "11458@pre2025", a3: "11461@pre2025", b1: "11465@pre2025", b2: "11467@pre2025", b3: "11737@pre2025" }
const wardOf: Readonly<Record<string, string>> = { a1: NEW.A, a2: NEW.A, a3: NEW.A, b1: NEW.B, b2: NEW.B, b3: NEW.B }
const wards = (ids: Readonly<Record<string, number>>, asOf: string, region: (id: string) => string) =>
  onMap(ids, asOf, (u) => [region(u)], "commune")
const todayWards = wards({ [NEW.A]: 72, [NEW.B]: 80 }, "2026-01-01", (u) => `${HP}/*/${u}`)
const oldValues = { a1: 40, a2: 2, a3: 30, b1: 25, b2: 20, b3: 35 }
const oldWards = (region: (id: string) => string) =>
  wards(Object.fromEntries(Object.entries(oldValues).map(([k, v]) => [OLD[k as keyof typeof OLD], v])), "2019-12-31", region)
const byOld = Object.fromEntries(Object.entries(OLD).map(([k, id]) => [id, k]))
const wardCrosswalk = [
  { total: "*", parts: [NEW.A, NEW.B] },
  { total: "*", parts: Object.values(OLD) },
  { total: NEW.A, parts: [OLD.a1, OLD.a2, OLD.a3] },
  { total: NEW.B, parts: [OLD.b1, OLD.b2, OLD.b3] }
]

describe("wards before and after the 2025 reorganisation, linked ward by ward", () => {
  it.effect("with only today's province as the link, a hidden ward of 2 is found exactly; with today's wards, it is not", () =>
    Effect.gen(function* () {
      const attack = (region: (id: string) => string) =>
        Effect.gen(function* () {
          const first = yield* Disclosure.release(todayWards, Audience.national)
          const second = yield* Disclosure.release(oldWards(region), Audience.national)
          const known = { ...readerKnows(first.table.cells, byUnit), ...readerKnows(second.table.cells, byUnit) }
          return { bounds: bounds(known, wardCrosswalk, OLD.a2), hidden: second.table.cells.filter((c) => c.disclosure?.status === "suppressed").map(byUnit) }
        }).pipe(Effect.provide(services))
      // by province alone the check does not know which old wards make which ward of today
      const byProvince = yield* attack(() => HP)
      expect(byProvince.bounds).toEqual({ lower: 2, upper: 2 })
      // ward by ward it does, and hides a second ward of the same ward of today
      const byWard = yield* attack((u) => `${HP}/31@pre2025/${wardOf[byOld[u]!]!}`)
      expect(byWard.hidden).toContain(OLD.a2)
      expect(byWard.bounds.lower).toBeLessThan(2)
      expect(byWard.bounds.upper).toBeGreaterThan(2)
    })
  )
})
