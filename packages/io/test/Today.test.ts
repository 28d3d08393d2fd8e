import { Store, Time } from "@pctnxh/core"
import { Import, Source } from "@pctnxh/io"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream, TestClock } from "effect"

/**
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
