import { type Geography, Store, Time } from "@pctnxh/core"
import { CurrentGeography, vietnam } from "@pctnxh/core/geography/vietnam"
import { Report } from "@pctnxh/indicators"
import { Import, Source } from "@pctnxh/io"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream, TestClock } from "effect"

/**
 * Today and the geography are services with defaults, provided once for a whole program.
 *
 * "Today" is one service: Effect's Clock read in `Time.TimeZone` (Vietnam's by default). At
 * 00:30 on 1 July 2025 in Hà Nội it is still 30 June in UTC — the night the provinces merged —
 * and an import of rows without a date of their own files them on the map of the day it is in
 * Vietnam.
 */
const midnightOfTheReform = Date.parse("2025-06-30T17:30:00Z")

const establishmentCsv = ["Mã cơ sở,Loại hình,Mã đơn vị,Có nguy cơ", "est-1,Karaoke,31,Có"].join("\n")

const importedUnit = Effect.gen(function* () {
  yield* Import.run({ kind: "establishment", source: Source.make("co-so.csv", new TextEncoder().encode(establishmentCsv)) })
  const store = yield* Store.Store
  return Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("establishment")))[0]?.unitId
})

describe("today, reckoned once", () => {
  it.effect("is the Clock's date in Vietnam, or in the zone provided", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(midnightOfTheReform)
      expect(yield* Time.today).toBe("2025-07-01")
      expect(yield* Effect.provideService(Time.today, Time.TimeZone, { name: "UTC", offsetMinutes: 0 })).toBe("2025-06-30")
      expect(yield* Time.now).toBe("2025-06-30T17:30:00.000Z")
    })
  )

  it.effect("an import files a row without a date on the map of today in Vietnam", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(midnightOfTheReform)
      const inVietnam = yield* importedUnit.pipe(Effect.provide(MemoryStore.layer()))
      const inUtc = yield* importedUnit.pipe(Effect.provide(MemoryStore.layer()), Effect.provideService(Time.TimeZone, { name: "UTC", offsetMinutes: 0 }))
      expect(inVietnam).toBe("31@2025")
      expect(inUtc).toBe("31@pre2025")
    })
  )
})

/** Vietnam's units, counting every lookup: to see who reads the geography provided. */
const watched = () => {
  let lookups = 0
  const g = vietnam as unknown as Record<string, unknown>
  const geography = Object.fromEntries(
    ["get", "byCode", "parentChain", "successors", "currentUnits", "resolveAt", "children", "unitsAt", "search"].map((name) => [
      name,
      (...args: Array<unknown>) => {
        lookups++
        return (g[name] as (...a: Array<unknown>) => unknown)(...args)
      }
    ])
  ) as unknown as Geography.Geography
  Object.defineProperty(geography, "dataset", { get: () => vietnam.dataset })
  return { geography, lookups: () => lookups }
}

describe("the geography, provided once", () => {
  it.effect("the store, the import and the report all read the geography the program provides", () =>
    Effect.gen(function* () {
      const w = watched()
      const csv = [
        "Ngày,Mã người,Mã mô hình,Mã đơn vị,Dịch vụ,Hình thức,Đối tượng,Giới tính,Năm sinh,Cư trú",
        "15/06/2020,P-001,model-1,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,1995,Tạm trú"
      ].join("\n")
      const program = Effect.gen(function* () {
        yield* Import.run({ kind: "serviceEvent", source: Source.make("tiep-can.csv", new TextEncoder().encode(csv)) })
        const afterImport = w.lookups()
        const report = yield* Report.run({ indicators: ["CONTACTS"], periods: ["2020"], calendar: "plain", adminUnits: { asOf: "2020-12-31", level: "province" } })
        return { afterImport, report }
      })
      const { afterImport, report } = yield* program.pipe(Effect.provide(MemoryStore.layer()), Effect.provideService(CurrentGeography, w.geography))
      expect(afterImport).toBeGreaterThan(0)
      expect(w.lookups()).toBeGreaterThan(afterImport)
      expect(report.cells.find((c) => c.adminUnit === "31@pre2025")?.value).toBe(1)
      // and without it, the shipped units: nothing of the watched one is read
      const before = w.lookups()
      yield* program.pipe(Effect.provide(MemoryStore.layer()))
      expect(w.lookups()).toBe(before)
    })
  )
})
