import type { Entity } from "@pctnxh/core"
import { CoreError, Store } from "@pctnxh/core"
import { Import, ImportReport, IoError, Source } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { MemoryStore } from "@pctnxh/store-memory"
import { Synth } from "@pctnxh/synth"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Fiber, Layer, Option, Schema, Stream } from "effect"
import { readFile } from "node:fs/promises"
import { SERVICE_EVENT_HEADER, serviceEventRow, tempDir, writeCsv, writeXlsx } from "./files.js"

const TODAY = "2026-01-15"

const events = (n: number, seed = 2019): Array<Entity.Of<"serviceEvent">> => {
  const out: Array<Entity.Of<"serviceEvent">> = []
  for (const g of Synth.records({ seed, events: Math.max(200, n * 2) })) {
    if (g.kind === "serviceEvent") out.push(g.record)
    if (out.length >= n) break
  }
  return out
}

const all = <K extends Entity.Kind>(kind: K) =>
  Effect.flatMap(Store.Store, (store) => Stream.runCollect(store.list(kind))).pipe(Effect.map((c) => [...c]))

const withoutId = (r: object) => {
  const { id: _id, ...rest } = r as Record<string, unknown>
  return JSON.parse(JSON.stringify(rest))
}

describe("importing a service-event file with Vietnamese headers", () => {
  it.effect("reads every synthetic contact back as it was written, apart from its id", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(300)
      const path = yield* Effect.promise(() =>
        writeCsv(dir, "tiep-can-2019.csv", [SERVICE_EVENT_HEADER, ...sample.map(serviceEventRow)], ";")
      )
      const report = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(path), today: TODAY, batchSize: 100 })
      expect(report.rejections).toEqual([])
      expect(report).toMatchObject({ read: 300, valid: 300, rejected: 0, inserted: 300, outcome: "complete", headerRow: 1 })
      expect(report.ignoredColumns.map((c) => c.header)).toEqual(["STT"])
      expect(report.batches.map((b) => [b.firstRow, b.lastRow, b.records, b.status])).toEqual([
        [2, 101, 100, "stored"],
        [102, 201, 100, "stored"],
        [202, 301, 100, "stored"]
      ])
      const stored = yield* all("serviceEvent")
      const written = sample.map(withoutId).map((e) => JSON.stringify(e)).sort()
      const read = stored.map(withoutId).map((e) => JSON.stringify(e)).sort()
      // the file carries no referral, provider, group or amount columns
      const comparable = (s: string) => {
        const { referral: _r, providerId: _p, groupId: _g, activityId: _a, amount: _m, ...rest } = JSON.parse(s)
        return JSON.stringify(rest, Object.keys(rest).sort())
      }
      expect(read.map(comparable).sort()).toEqual(written.map(comparable).sort())
      expect(stored.every((e) => /^h-[0-9a-f]{32}(-\d+)?$/.test(e.id))).toBe(true)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("rejects a bad date and an unknown sex label with file, row, column and reason, and never the value", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() =>
        writeCsv(dir, "tiep-can-loi.csv", [
          ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HẢI PHÒNG"],
          ["DANH SÁCH LƯỢT TIẾP CẬN NĂM 2019"],
          [],
          ["STT", "Ngày", "Mã người", "Mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Giới tính", "Năm sinh", "Cư trú", "Chi phí (nghìn đồng)"],
          [1, "15/06/2019", "P-001", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", 1995, "Tạm trú", "150"],
          [2, "31/02/2019", "P-002", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", 1996, "Tạm trú", ""],
          [3, "16/06/2019", "P-003", "HP-1", "308", "Cấp phát bao cao su", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ giới", 1990, "Thường trú", "1,5"],
          [4, "17/06/2019", "P-004", "HP-1", "308", "Khám sức khỏe", "Đường dây nóng", "Người bán dâm", "Gái", 1991, "Tạm trú", ""],
          [5, "17/06/2019", "P-005", "HP-1", "308", "Tư vấn", "Tiếp cận cộng đồng", "Người bán dâm", "Đàn bà", 1991, "Tạm trú", ""],
          [],
          ["Tổng cộng", "", "", "", "", "", "", "", "", "", "", "151,5"]
        ])
      )
      const report = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(path), today: TODAY })
      expect(report).toMatchObject({ headerRow: 4, read: 5, valid: 3, rejected: 2, skipped: 2, inserted: 3 })
      expect(report.rejections).toEqual([
        {
          file: "tiep-can-loi.csv",
          row: 6,
          problems: [
            {
              column: { index: 1, letter: "B", header: "Ngày" },
              field: "date",
              reason: { vi: "không phải là ngày có thật (trong khoảng 1900–2200)", en: "is not a real date (between 1900 and 2200)" }
            }
          ]
        },
        {
          file: "tiep-can-loi.csv",
          row: 9,
          problems: [
            {
              column: { index: 8, letter: "I", header: "Giới tính" },
              field: "sex",
              reason: {
                vi: "không phải là giá trị được chấp nhận; hãy dùng một trong: Nữ, Nam, Khác, Không rõ",
                en: "is not an accepted value; use one of: Female, Male, Other, Unknown"
              }
            }
          ]
        }
      ])
      const text = JSON.stringify(report) + report.explain("vi") + report.explain("en")
      for (const value of ["31/02/2019", "Đàn bà", "P-002", "P-005"]) expect(text).not.toContain(value)
      const stored = yield* all("serviceEvent")
      expect(stored.map((e) => [e.personId, e.service, e.sex, e.siteId, e.cost]).sort()).toEqual([
        ["P-001", "counselling", "female", "308@pre2025", 150_000],
        ["P-003", "condoms", "female", "308@pre2025", 1_500],
        ["P-004", "sti_rh_check", "female", "308@pre2025", undefined]
      ])
      expect(report.explain("vi")).toContain("tiep-can-loi.csv, dòng 9, cột I \"Giới tính\" (sex): không phải là giá trị được chấp nhận")
      expect(report.summary("en")).toContain("Stored 3 new records, updated 0, 0 unchanged; rejected 2 rows.")
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("refuses a file without a required column, naming the file, the column and the headers that would do", () =>
    Effect.gen(function* () {
      const csv = "Ngày,Mã người,Mô hình,Mã đơn vị,Dịch vụ,Hình thức,Đối tượng,Cư trú\n15/06/2019,P1,HP-1,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Tạm trú\n"
      const error = yield* Effect.flip(
        Import.run({ kind: "serviceEvent", source: Source.make("thieu-cot.csv", new TextEncoder().encode(csv)) })
      )
      expect(error).toBeInstanceOf(IoError.MissingColumns)
      const missing = error as IoError.MissingColumns
      expect(missing.file).toBe("thieu-cot.csv")
      expect(missing.columns.map((c) => c.field)).toEqual(["sex"])
      expect(missing.explain("vi")).toContain('Giới tính (trường sex); tiêu đề được chấp nhận: "Giới tính", "Giới", "Sex", "Gender"')
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(0)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("a column that is absent can take a default for the whole file", () =>
    Effect.gen(function* () {
      const csv = "Ngày,Mã đơn vị,Dịch vụ,Hình thức,Đối tượng,Giới tính,Cư trú\n15/06/2019,308,Tư vấn,Tiếp cận cộng đồng,Người bán dâm,Nữ,Tạm trú\n"
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: Source.make("mot-mo-hinh.csv", new TextEncoder().encode(csv)),
        defaults: { modelId: "HP-2019" }
      })
      expect(report.valid).toBe(1)
      const [event] = yield* all("serviceEvent")
      expect(event?.modelId).toBe("HP-2019")
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("English headers and user-defined headers and values work alike", () =>
    Effect.gen(function* () {
      const csv = [
        "Date,Client code,Model,Unit,Service,Channel,Population,Sex,Residence",
        "2019-06-15,P1,HP-1,308@pre2025,TV,Hotline,Sex worker,F,Temporary residence"
      ].join("\n")
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: Source.make("english.csv", new TextEncoder().encode(csv)),
        mapping: { headers: { personId: "Client code" }, values: { service: { TV: "counselling" } } }
      })
      expect(report.rejections).toEqual([])
      const [event] = yield* all("serviceEvent")
      expect(event).toMatchObject({ personId: "P1", service: "counselling", channel: "hotline", sex: "female", residence: "temporary" })
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("a mapping naming a field the kind does not have is an error", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Import.check({
          kind: "serviceEvent",
          source: Source.make("x.csv", new Uint8Array()),
          mapping: { headers: { personName: "Họ tên" } }
        })
      )
      expect(error).toBeInstanceOf(IoError.InvalidMapping)
    })
  )

  it.effect("two columns with the same header are a file-level error", () =>
    Effect.gen(function* () {
      const csv = "Ngày,Ngày,Mô hình,Mã đơn vị,Dịch vụ,Hình thức,Đối tượng,Giới tính,Cư trú\n"
      const error = yield* Effect.flip(Import.check({ kind: "serviceEvent", source: Source.make("hai-cot.csv", new TextEncoder().encode(csv)) }))
      expect(error).toBeInstanceOf(IoError.DuplicateColumns)
      expect((error as IoError.DuplicateColumns).columns).toEqual(['A "Ngày"', 'B "Ngày"'])
    })
  )

  it.effect("a file that is not UTF-8 text is refused with the hint to save it as CSV UTF-8", () =>
    Effect.gen(function* () {
      // "Ngày" in Windows-1258 is not valid UTF-8
      const bytes = new Uint8Array([0x4e, 0x67, 0xe0, 0x79, 0x2c, 0x41, 0x0a])
      const error = yield* Effect.flip(Import.check({ kind: "serviceEvent", source: Source.make("ansi.csv", bytes) }))
      expect(error).toBeInstanceOf(IoError.UnreadableFile)
      expect((error as IoError.UnreadableFile).explain("en")).toContain("CSV UTF-8")
    })
  )

  it.effect("an old .xls workbook is refused with the hint to save it as .xlsx", () =>
    Effect.gen(function* () {
      const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
      const error = yield* Effect.flip(Import.check({ kind: "budget", source: Source.make("du-toan", bytes) }))
      expect((error as IoError.UnreadableFile).reason.en).toContain(".xlsx")
    })
  )
})

describe("sources", () => {
  it.effect("a browser File's stream, tab-separated text and an explicit header row", () =>
    Effect.gen(function* () {
      const text = [
        "Danh sách ngân sách",
        "Năm\tNguồn kinh phí\tMã đơn vị\tSố tiền",
        "2019\tNgân sách địa phương\t308\t300.000.000",
        "2020\tNgân sách địa phương\t308\t600.000.000"
      ].join("\n")
      const file = new Blob([text]).stream()
      const report = yield* Import.check({ kind: "budget", source: Source.make("ngan-sach.tsv", file), headerRow: 2 })
      expect(report).toMatchObject({ headerRow: 2, read: 2, valid: 2, rejected: 0 })
    })
  )
})

describe("re-importing", () => {
  it.effect("the same file stores nothing twice, identical rows stay two contacts, and sorted or extended files add only the new rows", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(120, 7)
      const rows = sample.map(serviceEventRow)
      // two anonymous contacts that look the same are two contacts
      const twin = [0, "01/07/2019", "", "model-p1-1", "11440", "Cấp phát bao cao su", "Tiếp cận cộng đồng", "Người bán dâm", "Nữ", "", "Không rõ", ""]
      const first = yield* Effect.promise(() => writeCsv(dir, "lan-1.csv", [SERVICE_EVENT_HEADER, ...rows, twin, twin]))
      const once = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(first), batchSize: 50 })
      expect(once).toMatchObject({ valid: 122, inserted: 122, unchanged: 0 })
      const again = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(first), batchSize: 50 })
      expect(again).toMatchObject({ valid: 122, inserted: 0, updated: 0, unchanged: 122 })
      expect(again.summary("vi")).toContain("Lưu 0 bản ghi mới, cập nhật 0, 122 không đổi")

      const extra = events(130, 7).slice(120).map(serviceEventRow)
      const sorted = yield* Effect.promise(() =>
        writeCsv(dir, "lan-2.csv", [SERVICE_EVENT_HEADER, twin, ...[...rows].reverse(), ...extra, twin])
      )
      const later = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(sorted) })
      expect(later).toMatchObject({ valid: 132, inserted: 10, unchanged: 122 })
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(132)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})

/** The memory store, its `put` replaced by the one `put` makes of the memory store's own. */
const withPut = (put: (inner: Store.Service) => Store.Service["put"]) =>
  Layer.effect(
    Store.Store,
    Effect.map(MemoryStore.make(), (inner) => Store.Store.of({ ...inner, put: put(inner) }))
  )

/** A store that writes records one by one through the memory store and fails at a chosen record. */
const failingAt = (poisonId: (id: string) => boolean) =>
  withPut(
    (inner) => (kind, records) =>
      Effect.gen(function* () {
        let inserted = 0
        for (const record of records) {
          if (poisonId((record as { id: string }).id)) {
            return yield* new CoreError.StoreError({
              operation: `put ${kind}`,
              reason: { vi: "mất kết nối cơ sở dữ liệu", en: "the database connection was lost" }
            })
          }
          const r = yield* inner.put(kind, [record] as never)
          inserted += r.inserted
        }
        return { inserted, updated: 0, unchanged: 0 }
      })
  )

describe("a failure part-way through", () => {
  it.effect("the store failing in the middle of a batch rolls that batch back and the report says which batches landed", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(250, 11).map((e, i) => ({ ...e, id: `ev-${String(i).padStart(3, "0")}` }))
      const path = yield* Effect.promise(() =>
        writeCsv(dir, "giua-chung.csv", [
          ["Mã lượt", ...SERVICE_EVENT_HEADER],
          ...sample.map((e, i) => [e.id, ...serviceEventRow(e as never, i)])
        ])
      )
      const error = yield* Effect.flip(Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 100 }))
      expect(error).toBeInstanceOf(IoError.ImportAborted)
      const aborted = error as IoError.ImportAborted
      expect(aborted.report.outcome).toBe("aborted")
      expect(aborted.report.batches.map((b) => [b.index, b.firstRow, b.lastRow, b.status])).toEqual([
        [0, 2, 101, "stored"],
        [1, 102, 201, "rolledBack"]
      ])
      expect(aborted.explain("en")).toContain("1 batches (100 records, up to row 101) were stored before; the batch in progress was rolled back.")
      const stored = (yield* all("serviceEvent")).map((e) => e.id).sort()
      // the first batch is there; of the second, not even the records written before the failure
      expect(stored).toEqual(sample.slice(0, 100).map((e) => e.id))
    }).pipe(Effect.provide(failingAt((id) => id === "ev-150")))
  )

  it.effect("with atomic: \"file\", nothing of the file lands", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(250, 11).map((e, i) => ({ ...e, id: `ev-${String(i).padStart(3, "0")}` }))
      const path = yield* Effect.promise(() =>
        writeCsv(dir, "ca-tep.csv", [["Mã lượt", ...SERVICE_EVENT_HEADER], ...sample.map((e, i) => [e.id, ...serviceEventRow(e as never, i)])])
      )
      const error = yield* Effect.flip(
        Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 100, atomic: "file" })
      )
      const aborted = error as IoError.ImportAborted
      expect(aborted.report.batches.map((b) => b.status)).toEqual(["rolledBack", "rolledBack", "rolledBack"])
      expect(aborted.report.inserted).toBe(0)
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(0)
    }).pipe(Effect.provide(failingAt((id) => id === "ev-220")))
  )

  it.effect("a file that becomes unreadable part-way keeps the batches before and leaves no half batch", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(160, 3)
      const good = sample.map(serviceEventRow)
      const path = yield* Effect.promise(async () => {
        const p = await writeCsv(dir, "hong.csv", [SERVICE_EVENT_HEADER, ...good])
        // a quote opened on row 152 and never closed
        const text = (await readFile(p, "utf8")).split("\r\n")
        text[151] = text[151]!.replace(",", ',"')
        const { writeFile } = await import("node:fs/promises")
        await writeFile(p, text.join("\r\n"))
        return p
      })
      const error = yield* Effect.flip(Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 50 }))
      expect(error).toBeInstanceOf(IoError.ImportAborted)
      const aborted = error as IoError.ImportAborted
      expect(aborted.row).toBe(152)
      expect(aborted.report.batches.map((b) => [b.lastRow, b.status])).toEqual([
        [51, "stored"],
        [101, "stored"],
        [151, "stored"]
      ])
      expect(aborted.explain("vi")).toContain("dấu ngoặc kép")
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(150)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})

/**
 * A memory store whose every batch takes a while to store (a real timer, as a database's round
 * trips take), so the import reads the next rows while a batch is being stored; `stored` lists
 * the first id of each batch as it lands, and `fail` refuses the batch holding that id.
 */
const slowStore = (options: { readonly ms: number; readonly fail?: (id: string) => boolean }) => {
  const landed: Array<string> = []
  let begun!: () => void
  const firstBegun = new Promise<void>((resolve) => (begun = resolve))
  let concurrent = 0
  let most = 0
  const layer = withPut(
    (inner) => (kind, records) =>
      Effect.gen(function* () {
        concurrent++
        most = Math.max(most, concurrent)
        begun()
        yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, options.ms)))
        concurrent--
        const ids = records.map((r) => (r as { id: string }).id)
        if (options.fail !== undefined && ids.some(options.fail)) {
          return yield* new CoreError.StoreError({ operation: `put ${kind}`, reason: { vi: "cơ sở dữ liệu bị đầy", en: "the database is full" } })
        }
        landed.push(ids[0]!)
        return yield* inner.put(kind, records)
      })
  )
  return { layer, landed, firstBegun, most: () => most }
}

describe("a batch stored while the next is read", () => {
  const numbered = (n: number) => events(n, 5).map((e, i) => ({ ...e, id: `ev-${String(i).padStart(3, "0")}` }))
  const file = (dir: string, name: string, sample: ReadonlyArray<{ readonly id: string }>) =>
    writeCsv(dir, name, [["Mã lượt", ...SERVICE_EVENT_HEADER], ...sample.map((e, i) => [e.id, ...serviceEventRow(e as never, i)])])

  it.effect("batches land one at a time, in the order of the file, and the report lists each once", () => {
    const slow = slowStore({ ms: 15 })
    return Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = numbered(230)
      const path = yield* Effect.promise(() => file(dir, "cham.csv", sample))
      const report = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 50 })
      expect(slow.landed).toEqual(["ev-000", "ev-050", "ev-100", "ev-150", "ev-200"])
      expect(slow.most()).toBe(1)
      expect(report.batches.map((b) => [b.index, b.firstRow, b.lastRow, b.status])).toEqual([
        [0, 2, 51, "stored"],
        [1, 52, 101, "stored"],
        [2, 102, 151, "stored"],
        [3, 152, 201, "stored"],
        [4, 202, 231, "stored"]
      ])
      expect(report.inserted).toBe(230)
    }).pipe(Effect.provide(slow.layer))
  })

  it.effect("a batch the store refuses stops the import: the batches after it are never stored", () => {
    const slow = slowStore({ ms: 15, fail: (id) => id === "ev-120" })
    return Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() => file(dir, "day.csv", numbered(300)))
      const error = yield* Effect.flip(Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 50 }))
      const aborted = error as IoError.ImportAborted
      expect(aborted).toBeInstanceOf(IoError.ImportAborted)
      expect(aborted.report.batches.map((b) => [b.index, b.status])).toEqual([
        [0, "stored"],
        [1, "stored"],
        [2, "rolledBack"]
      ])
      expect(slow.landed).toEqual(["ev-000", "ev-050"])
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(100)
    }).pipe(Effect.provide(slow.layer))
  })

  it.effect("a file that turns unreadable while a batch is being stored: that batch lands, and the report says so", () => {
    const slow = slowStore({ ms: 30 })
    return Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = numbered(160)
      const path = yield* Effect.promise(async () => {
        const p = await file(dir, "hong-giua.csv", sample)
        // a quote opened on row 152 and never closed, right after the third batch is handed over
        const text = (await readFile(p, "utf8")).split("\r\n")
        text[151] = text[151]!.replace(",", ',"')
        const { writeFile } = await import("node:fs/promises")
        await writeFile(p, text.join("\r\n"))
        return p
      })
      const error = yield* Effect.flip(Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 50 }))
      const aborted = error as IoError.ImportAborted
      expect(aborted.row).toBe(152)
      expect(aborted.report.batches.map((b) => [b.lastRow, b.status])).toEqual([
        [51, "stored"],
        [101, "stored"],
        [151, "stored"]
      ])
      expect(aborted.report.inserted).toBe(150)
      expect(yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))).toBe(150)
    }).pipe(Effect.provide(slow.layer))
  })

  it.live("while a batch is being stored, the store's answer is taken up within about 100 rows, not after the rest of the rows at hand", () => {
    // the store answers on the event loop's next turn, as a database's answer arrives; the
    // rows read by then are counted through the pseudonymiser, which every row goes through
    let read = 0
    const seen: Array<number> = []
    const layer = withPut(
      (inner) => (kind, records) =>
        Effect.zipRight(
          Effect.async<void>((resume) => {
            setImmediate(() => {
              seen.push(read)
              resume(Effect.void)
            })
          }),
          inner.put(kind, records)
        )
    )
    return Effect.gen(function* () {
      const sample = numbered(3_000)
      const header = ["Mã lượt", ...SERVICE_EVENT_HEADER.map((h) => (h === "Mã người" ? "Mã UIC" : h))]
      const rows = sample.map((e, i) => [e.id, ...serviceEventRow({ ...e, personId: undefined } as never, i).map((v, k) => (SERVICE_EVENT_HEADER[k] === "Mã người" ? `NGAN F ${1980 + (i % 20)}` : v))])
      const text = [header, ...rows].map((r) => r.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(",")).join("\r\n")
      // the whole file in memory: its rows come in large pieces, not a few at a time
      const source = Source.make("mot-khoi.csv", new TextEncoder().encode(text))
      const report = yield* Import.run({
        kind: "serviceEvent",
        source,
        batchSize: 1_000,
        pseudonymise: (parts) => {
          read++
          return Effect.succeed(`p-${parts.code ?? ""}`)
        }
      })
      expect(report.rejected).toBe(0)
      expect(report.inserted).toBe(3_000)
      expect(seen).toHaveLength(3)
      // the first batch is handed over at row 1,000; its answer is taken up soon after
      expect(seen[0]).toBeGreaterThanOrEqual(1_000)
      expect(seen[0]).toBeLessThanOrEqual(1_000 + 200)
    }).pipe(Effect.provide(layer))
  })

  it.live("an import interrupted while a batch is being stored ends once that batch is stored whole", () => {
    const slow = slowStore({ ms: 40 })
    return Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() => file(dir, "dung.csv", numbered(400)))
      const fiber = yield* Effect.fork(Import.run({ kind: "serviceEvent", source: NodeFile.source(path), batchSize: 100 }))
      // interrupted while its first batch is being stored
      yield* Effect.promise(() => slow.firstBegun)
      yield* Fiber.interrupt(fiber)
      const count = yield* Effect.flatMap(Store.Store, (s) => s.count("serviceEvent"))
      expect(slow.landed.length).toBeGreaterThanOrEqual(1)
      expect(count).toBe(slow.landed.length * 100)
    }).pipe(Effect.provide(slow.layer))
  })
})

describe("XLSX", () => {
  it.effect("inspection visits: date cells, money with words, a title row, a fine without a violation, totals", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
      const path = yield* Effect.promise(() =>
        writeXlsx(dir, "kiem-tra-2019.xlsx", [
          { name: "Hướng dẫn", rows: [["Điền số liệu ở trang Lượt kiểm tra"]] },
          {
            name: "Lượt kiểm tra",
            rows: [
              ["KẾT QUẢ KIỂM TRA CƠ SỞ KINH DOANH DỊCH VỤ NĂM 2019 — QUẢNG NINH"],
              ["Mã đợt", "Mã cơ sở", "Loại hình", "Mã đơn vị", "Ngày kiểm tra", "Kết quả", "Tiền phạt"],
              ["QN-2019-01", "QN-KRK-1", "Karaoke", 193, d("2019-03-12"), "Vi phạm", "3,3 triệu"],
              ["QN-2019-01", "QN-MSG-2", "Xoa bóp, massage", "193", d("2019-03-12"), "Nhắc nhở", 3_300_000],
              ["QN-2019-01", "QN-KS-3", "Khách sạn", 193, "13/03/2019", "Không vi phạm", null],
              ["QN-2019-02", "QN-NN-4", "Nhà nghỉ", 193, d("2019-04-02"), "Xử phạt", "3.300.000 đ"],
              ["QN-2019-02", "QN-NH-5", "Nhà hàng", 193, 43557, "Tuân thủ", null],
              ["Tổng cộng", null, null, null, null, null, 9_900_000]
            ]
          }
        ])
      )
      const report = yield* Import.run({ kind: "inspectionVisit", source: NodeFile.source(path), sheet: "Lượt kiểm tra" })
      expect(report).toMatchObject({ sheet: "Lượt kiểm tra", format: "xlsx", headerRow: 2, read: 5, valid: 4, rejected: 1, skipped: 1 })
      expect(report.rejections).toEqual([
        {
          file: "kiem-tra-2019.xlsx",
          sheet: "Lượt kiểm tra",
          row: 4,
          problems: [
            {
              column: { index: 6, letter: "G", header: "Tiền phạt" },
              field: "fine",
              reason: { vi: "chỉ ghi tiền phạt khi kết quả là vi phạm", en: "a fine can only be recorded with a violation" }
            }
          ]
        }
      ])
      const visits = (yield* all("inspectionVisit")).map((v) => [v.establishmentId, v.establishmentType, v.unitId, v.date, v.outcome, v.fine]).sort()
      expect(visits).toEqual([
        ["QN-KRK-1", "karaoke", "193@pre2025", "2019-03-12", "violation", 3_300_000],
        ["QN-KS-3", "hotel", "193@pre2025", "2019-03-13", "compliant", undefined],
        ["QN-NH-5", "restaurant", "193@pre2025", "2019-04-02", "compliant", undefined],
        ["QN-NN-4", "guesthouse", "193@pre2025", "2019-04-02", "violation", 3_300_000]
      ])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("a sheet that is not there is named with the sheets there are", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() =>
        writeXlsx(dir, "ngan-sach.xlsx", [
          { name: "2019", rows: [["Năm"]] },
          { name: "2020", rows: [["Năm"]] }
        ])
      )
      const error = yield* Effect.flip(Import.check({ kind: "budget", source: NodeFile.source(path), sheet: "2021" }))
      expect(error).toBeInstanceOf(IoError.SheetNotFound)
      expect((error as IoError.SheetNotFound).available).toEqual(["2019", "2020"])
      expect((error as IoError.SheetNotFound).explain("vi")).toBe('Tệp "ngan-sach.xlsx" không có trang "2021"; các trang có: "2019", "2020"')
    })
  )

  it.effect("budgets in triệu đồng by their header, with units by code and name", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = yield* Effect.promise(() =>
        writeXlsx(dir, "du-toan.xlsx", [
          {
            name: "Dự toán",
            rows: [
              ["Năm", "Nguồn kinh phí", "Mã mô hình", "Đơn vị", "Kinh phí (triệu đồng)"],
              [2019, "Ngân sách địa phương", "HP-DS", "Quận Đồ Sơn (308)", 300],
              [2020, "Địa phương", "HP-DS", "308 - Đồ Sơn", "600"],
              [2020, "Trung ương", "HP-TN", "31", "135,8"],
              [2020, "Tài trợ", "HP-TN", "Hải Phòng", "1,2345678"]
            ]
          }
        ])
      )
      const report = yield* Import.run({ kind: "budget", source: NodeFile.source(path) })
      expect(report.rejections.map((r) => [r.row, r.problems.map((p) => p.field)])).toEqual([[5, ["amount"]]])
      const budgets = (yield* all("budget")).map((b) => [b.year, b.source, b.unitId, b.amount]).sort()
      expect(budgets).toEqual([
        [2019, "local", "308@pre2025", 300_000_000],
        [2020, "central", "31@pre2025", 135_800_000],
        [2020, "local", "308@pre2025", 600_000_000]
      ])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})

describe("aggregate values and activities", () => {
  it.effect("police statistics with Vietnamese periods and a disaggregation by sex", () =>
    Effect.gen(function* () {
      const csv = [
        "Chỉ tiêu;Kỳ báo cáo;Mã đơn vị;Giới tính;Giá trị;Nguồn;Văn bản",
        "POLICE_CASES;Năm 2019;31;;56;Số liệu công an;Báo cáo số 12/BC-CA",
        "POLICE_ARRESTS;2019;31;;292;Công an;",
        "POLICE_ARRESTS;Quý I/2019;31;Nữ;70;Công an;",
        "POLICE_ARRESTS;6 tháng đầu năm 2019;31;Nam;90;Công an;",
        "POLICE_ARRESTS;Tháng 3/2019;31;;2.609;Công an;",
        "POLICE_ARRESTS;Quý V/2019;31;;1;Công an;"
      ].join("\n")
      const report = yield* Import.run({ kind: "aggregateValue", source: Source.make("cong-an-2019.csv", new TextEncoder().encode(csv)) })
      expect(report.rejections.map((r) => [r.row, r.problems.map((p) => p.column?.header)])).toEqual([[7, ["Kỳ báo cáo"]]])
      const values = (yield* all("aggregateValue")).map((v) => [v.dataElement, v.period, v.unitId, v.disaggregation, v.value, v.source]).sort()
      expect(values).toEqual([
        ["POLICE_ARRESTS", "2019", "31@pre2025", {}, 292, "police"],
        ["POLICE_ARRESTS", "2019M03", "31@pre2025", {}, 2609, "police"],
        ["POLICE_ARRESTS", "2019Q1", "31@pre2025", { sex: "female" }, 70, "police"],
        ["POLICE_ARRESTS", "2019S1", "31@pre2025", { sex: "male" }, 90, "police"],
        ["POLICE_CASES", "2019", "31@pre2025", {}, 56, "police"]
      ])
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("group sessions: sessions and participant contacts are whole numbers", () =>
    Effect.gen(function* () {
      const csv = [
        "Loại hoạt động,Đối tượng tham gia,Mã mô hình,Mã đơn vị,Ngày,Số buổi,Số lượt người tham gia,Kinh phí",
        "Sinh hoạt nhóm,Người bán dâm,HP-DS,308,05/03/2019,1,20,1.500.000",
        "Sinh hoạt nhóm,Người bán dâm,HP-DS,308,12/03/2019,1,\"20,5\",1.500.000",
        "Tập huấn,Cán bộ,HP-DS,308,20/03/2019,0,30,"
      ].join("\n")
      const report = yield* Import.run({ kind: "activity", source: Source.make("sinh-hoat.csv", new TextEncoder().encode(csv)) })
      expect(report.rejections.map((r) => [r.row, r.problems.map((p) => [p.column?.letter, p.reason.en])])).toEqual([
        [3, [["G", "must be a whole number"]]],
        [4, [["F", "must be greater than zero"]]]
      ])
      const [session] = yield* all("activity")
      expect(session).toMatchObject({ type: "group_session", audience: "sex_workers", sessions: 1, participantContacts: 20, cost: 1_500_000 })
    }).pipe(Effect.provide(MemoryStore.layer()))
  )
})

describe("checking without storing", () => {
  it.effect("gives the same report with nothing stored", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const sample = events(40, 5)
      const path = yield* Effect.promise(() => writeCsv(dir, "xem-truoc.csv", [SERVICE_EVENT_HEADER, ...sample.map(serviceEventRow)]))
      const report = yield* Import.check({ kind: "serviceEvent", source: NodeFile.source(path) })
      expect(report).toMatchObject({ dryRun: true, valid: 40, inserted: 0, batches: [] })
      expect(report.summary("vi")).toContain("Kiểm tra, không lưu: 40 dòng hợp lệ")
      const store = yield* Effect.serviceOption(Store.Store)
      expect(Option.isNone(store)).toBe(true)
    })
  )
})

describe("the report", () => {
  it("is a plain value that round-trips through JSON", () => {
    const json = {
      file: "a.csv",
      format: "csv",
      entity: "serviceEvent",
      headerRow: 1,
      columns: [],
      ignoredColumns: [],
      read: 0,
      skipped: 0,
      valid: 0,
      rejected: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      pseudonymised: 0,
      rejections: [],
      rejectionsTruncated: false,
      batches: [],
      dryRun: false,
      outcome: "complete"
    }
    const decoded = Schema.decodeUnknownEither(ImportReport.ImportReport)(json)
    expect(Either.isRight(decoded)).toBe(true)
  })
})
