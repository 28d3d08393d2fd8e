import type { Entity } from "@pctnxh/core"
import { Store } from "@pctnxh/core"
import { Import, IoError, Pseudonymise, Source } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Key, Pseudonym } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { tempDir, writeXlsx } from "./files.js"

// Invented names: no real person is in these files.
const HEADER = ["Ngày", "Họ tên mẹ", "Họ tên bố", "Giới tính", "Năm sinh", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Cư trú"]
const row = (date: string, mother: string, father: string, sex: string, year: number | string, service = "Tư vấn") => [
  date,
  mother,
  father,
  sex,
  year,
  "HP-DS",
  "308",
  service,
  "Tiếp cận cộng đồng",
  "Người bán dâm",
  "Tạm trú"
]

const keyring = Effect.flatMap(Key.generate("test-2026"), ({ secret }) => Key.load({ keys: [{ id: "test-2026", secret }] }))

const allEvents = Effect.flatMap(Store.Store, (store) => Stream.runCollect(store.list("serviceEvent"))).pipe(
  Effect.map((c) => [...c] as Array<Entity.Of<"serviceEvent">>)
)

describe("pseudonymisation on the way in", () => {
  it.effect("turns the UIC columns into keyed pseudonyms with @pctnxh/privacy's standard scheme and stores no name", () =>
    Effect.gen(function* () {
      const ring = yield* keyring
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() =>
        writeXlsx(dir, "tiep-can-uic.xlsx", [
          {
            name: "Tiếp cận",
            rows: [
              HEADER,
              row("05/03/2019", "Phạm Thị Hoa Mơ", "Lê Văn Khải", "Nữ", 1996),
              // the same person, written another way: same pseudonym
              row("19/03/2019", "PHAM THI HOA MO", "le van khai", "nữ", "1996", "Cấp phát bao cao su"),
              row("19/03/2019", "Đinh Thị Lựu", "Vũ Văn Tường", "Nữ", 2001),
              // every name unknown: refused rather than merged with everyone of that sex and year
              row("20/03/2019", "Không rõ", "?", "Nữ", 1999)
            ]
          }
        ])
      )
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: NodeFile.source(path),
        pseudonymise: Pseudonymise.withKeyring(ring)
      })
      expect(report).toMatchObject({ valid: 3, rejected: 1, pseudonymised: 3 })
      expect(report.rejections[0]?.row).toBe(5)
      expect(report.rejections[0]?.problems[0]?.reason.en).toContain("Not enough to build a UIC: missing motherName, fatherName")

      const stored = yield* allEvents
      const ids = stored.map((e) => e.personId)
      expect(ids.every((id) => id !== undefined && /^[0-9a-f]{64}$/.test(id))).toBe(true)
      expect(new Set(ids).size).toBe(2)
      const expected = yield* Pseudonym.make({ motherName: "Phạm Thị Hoa Mơ", fatherName: "Lê Văn Khải", sex: "female", birthYear: 1996 }, ring)
      expect(ids).toContain(expected.personId)

      const everything = JSON.stringify(stored) + JSON.stringify(report) + report.explain("vi") + report.explain("en")
      for (const part of ["Phạm", "PHAM", "Hoa Mơ", "Khải", "khai", "Lựu", "Tường", "HOMO", "MOKH"]) expect(everything).not.toContain(part)
      expect(report.columns.filter((c) => c.field.startsWith("uic.")).map((c) => c.header)).toEqual(["Họ tên mẹ", "Họ tên bố"])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("a UIC written whole, in any usual form, and the same UIC built from its parts give one pseudonym", () =>
    Effect.gen(function* () {
      const ring = yield* keyring
      const fromParts = yield* Pseudonym.make({ motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "female", birthYear: 1998 }, ring)
      const header = ["Mã UIC", "Ngày", "Giới tính", "Năm sinh", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Cư trú"].join(",")
      const rest = "05/03/2019,Nữ,1998,HP-DS,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Tạm trú"
      // typed by hand: lower case, separators, a "đ", a capital eth where a "Đ" was meant, decomposed marks
      const written = ["DAHUF1998", "dahuf1998", "DA-HU-F-1998", " đa hu f 1998 ", "ÐAHUF1998", "Đ\u0061\u0301HUF1998".normalize("NFD")]
      const csv = [header, ...written.map((code) => `${code},${rest}`)].join("\n")
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: Source.make("uic-written.csv", new TextEncoder().encode(csv)),
        pseudonymise: Pseudonymise.withKeyring(ring)
      })
      expect(report).toMatchObject({ valid: written.length, rejected: 0 })
      const ids = new Set((yield* allEvents).map((e) => e.personId))
      expect([...ids]).toEqual([fromParts.personId])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("re-importing the file gives the same pseudonyms, so nothing is stored twice", () =>
    Effect.gen(function* () {
      const ring = yield* keyring
      const csv = [HEADER.join(","), row("05/03/2019", "Trương Thị Na", "Hồ Văn Bình", "Nữ", 1994).join(",")].join("\n")
      const source = () => Source.make("uic.csv", new TextEncoder().encode(csv))
      const once = yield* Import.run({ kind: "serviceEvent", source: source(), pseudonymise: Pseudonymise.withKeyring(ring) })
      const twice = yield* Import.run({ kind: "serviceEvent", source: source(), pseudonymise: Pseudonymise.withKeyring(ring) })
      expect([once.inserted, twice.inserted, twice.unchanged]).toEqual([1, 0, 1])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("a file with UIC columns and no pseudonymiser is refused before anything is read", () =>
    Effect.gen(function* () {
      const csv = [HEADER.join(","), row("05/03/2019", "Trương Thị Na", "Hồ Văn Bình", "Nữ", 1994).join(",")].join("\n")
      const error = yield* Effect.flip(Import.run({ kind: "serviceEvent", source: Source.make("uic.csv", new TextEncoder().encode(csv)) }))
      expect(error).toBeInstanceOf(IoError.PseudonymiserRequired)
      expect((error as IoError.PseudonymiserRequired).columns).toEqual(['B "Họ tên mẹ"', 'C "Họ tên bố"'])
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(0)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("any function of the parts can be the pseudonymiser, as an Effect or a Promise", () =>
    Effect.gen(function* () {
      const seen: Array<string> = []
      const csv = [
        ["Mã UIC", "Ngày", "Giới tính", "Năm sinh", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Cư trú"].join(","),
        ["abc1", "05/03/2019", "Nữ", "1994", "HP-DS", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Tạm trú"].join(",")
      ].join("\n")
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: Source.make("uic-code.csv", new TextEncoder().encode(csv)),
        pseudonymise: async (parts) => {
          seen.push(Object.keys(parts).sort().join(","))
          return `p-${parts.code?.length}`
        }
      })
      expect(report.valid).toBe(1)
      expect(seen).toEqual(["birthYear,code,sex"])
      const [event] = yield* allEvents
      expect(event?.personId).toBe("p-4")
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})
