import type { Entity } from "@pctnxh/core"
import { Store } from "@pctnxh/core"
import { Import } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Synth } from "@pctnxh/synth"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { createWriteStream } from "node:fs"
import { readFile, stat } from "node:fs/promises"
import { join } from "node:path"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import ExcelJS from "exceljs"
import { unzipSync } from "fflate"
import { csvText, SERVICE_EVENT_HEADER, serviceEventRow, tempDir } from "./files.js"

setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

/** Memory that the import itself holds: the JavaScript heap and array buffers, after a full collection. */
const retained = (): number => {
  gc()
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

/** A store that counts what it is given and keeps nothing, so that only the import is measured. */
const counting = (counter: { records: number }) =>
  Layer.succeed(
    Store.Store,
    Store.Store.of({
      put: (_kind, records) =>
        Effect.sync(() => {
          counter.records += records.length
          return { inserted: records.length, updated: 0, unchanged: 0 }
        }),
      transaction: (effect) => effect,
      get: () => Effect.die("not used"),
      list: () => Effect.die("not used") as never,
      find: () => Effect.die("not used"),
      count: () => Effect.die("not used"),
      erasePerson: () => Effect.die("not used"),
      aggregate: () => Effect.die("not used"),
      aggregateMany: () => Effect.die("not used")
    })
  )

const ROWS = 200_000

/** Writes a large contact log: synthetic contacts repeated on other days and with other pseudonyms. */
const writeLargeCsv = async (path: string): Promise<void> => {
  const base: Array<Entity.Of<"serviceEvent">> = []
  for (const g of Synth.records({ seed: 42, events: 5_000 })) {
    if (g.kind === "serviceEvent") base.push(g.record)
    if (base.length >= 2_000) break
  }
  const out = createWriteStream(path)
  const write = (text: string) => new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once("drain", () => resolve())))
  await write(csvText([SERVICE_EVENT_HEADER]))
  let lines: Array<Array<string | number>> = []
  for (let i = 0; i < ROWS; i++) {
    const e = base[i % base.length]!
    const day = String(1 + ((i / base.length) % 28 | 0)).padStart(2, "0")
    const variant = { ...e, date: `${e.date.slice(0, 8)}${day}`, personId: e.personId === undefined ? undefined : `${e.personId}.${i % 97}` }
    lines.push(serviceEventRow(variant as Entity.Of<"serviceEvent">, i))
    if (lines.length === 5_000) {
      await write(csvText(lines))
      lines = []
    }
  }
  await write(csvText(lines))
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

const XLSX_ROWS = 50_000

/** Writes a large workbook of contacts as the CLI's demo does: streamed by exceljs, its sheet before its shared strings. */
const writeLargeXlsx = async (path: string): Promise<void> => {
  const base: Array<Entity.Of<"serviceEvent">> = []
  for (const g of Synth.records({ seed: 42, events: 5_000 })) {
    if (g.kind === "serviceEvent") base.push(g.record)
    if (base.length >= 2_000) break
  }
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true })
  const sheet = book.addWorksheet("Tiếp cận")
  sheet.addRow([...SERVICE_EVENT_HEADER]).commit()
  for (let i = 0; i < XLSX_ROWS; i++) {
    const e = base[i % base.length]!
    const variant = { ...e, personId: e.personId === undefined ? undefined : `${e.personId}.${i % 97}` }
    sheet.addRow(serviceEventRow(variant as Entity.Of<"serviceEvent">, i)).commit()
  }
  sheet.commit()
  await book.commit()
}

describe("streaming", () => {
  it.effect(`imports ${ROWS.toLocaleString("en")} rows with memory well under the file's size`, () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = join(dir, "nhat-ky-tiep-can.csv")
      yield* Effect.promise(() => writeLargeCsv(path))
      const size = (yield* Effect.promise(() => stat(path))).size
      expect(size).toBeGreaterThan(20_000_000)

      // the shipped geography is decoded on first use: a constant, not part of what the import holds
      vietnam.byCode("22", "2019-01-01")
      const counter = { records: 0 }
      const baseline = retained()
      let peak = 0
      let first: number | undefined
      let batches = 0
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: NodeFile.source(path),
        batchSize: 1_000,
        maxRejections: 100,
        today: "2026-01-15",
        onProgress: () => {
          if (++batches % 25 === 0) {
            const now = retained() - baseline
            first ??= now
            peak = Math.max(peak, now)
          }
        }
      }).pipe(Effect.provide(counting(counter)))

      expect(report).toMatchObject({ read: ROWS, valid: ROWS, rejected: 0 })
      expect(counter.records).toBe(ROWS)
      expect(report.batches).toHaveLength(ROWS / 1_000)
      // rows are not held: what the import keeps is far below the file's size, and it hardly grows
      // from the first 25,000 rows to the last (the report's line per batch and 8 bytes per
      // distinct row for numbering identical rows)
      expect(peak).toBeLessThan(size / 4)
      expect(peak - (first ?? 0)).toBeLessThan(size / 8)
    }),
    { timeout: 300_000 }
  )

  it.effect(`imports ${XLSX_ROWS.toLocaleString("en")} rows of a workbook holding no more than its compressed sheet and its strings`, () =>
    Effect.gen(function* () {
      const dir = yield* Effect.promise(tempDir)
      const path = join(dir, "nhat-ky-tiep-can.xlsx")
      yield* Effect.promise(() => writeLargeXlsx(path))
      const size = (yield* Effect.promise(() => stat(path))).size
      vietnam.byCode("22", "2019-01-01")
      const counter = { records: 0 }
      const baseline = retained()
      let peak = 0
      let batches = 0
      const report = yield* Import.run({
        kind: "serviceEvent",
        source: NodeFile.source(path),
        batchSize: 1_000,
        maxRejections: 100,
        today: "2026-01-15",
        onProgress: () => {
          if (++batches % 20 === 0) peak = Math.max(peak, retained() - baseline)
        }
      }).pipe(Effect.provide(counting(counter)))
      expect(report).toMatchObject({ read: XLSX_ROWS, valid: XLSX_ROWS, rejected: 0 })
      expect(counter.records).toBe(XLSX_ROWS)
      // measured after the import: inflating the whole workbook here would move the baseline
      const xml = Object.values(unzipSync(new Uint8Array(yield* Effect.promise(() => readFile(path))))).reduce((n, part) => n + part.length, 0)
      // the sheet waits, compressed, for its shared strings (written after it) and the strings are
      // held; the XML, about seven times the compressed sheet, is never held, nor are the rows
      expect(peak).toBeLessThan(xml / 2)
      console.log(
        `XLSX of ${(size / 1_048_576).toFixed(1)} MB (${(xml / 1_048_576).toFixed(1)} MB of XML): at most ${(peak / 1_048_576).toFixed(1)} MB retained while importing`
      )
    }),
    { timeout: 300_000 }
  )
})
