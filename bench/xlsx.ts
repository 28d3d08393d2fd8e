/**
 * XLSX reading throughput: rows per second of `Xlsx.rows` on a workbook of contacts written the
 * way the CLI's demo writes it (exceljs's streaming writer, shared strings, the sheet before the
 * parts it refers to), against a floor measured in the same run — inflating the sheet and
 * decoding its text, the least work that could give the same cells — and against exceljs's own
 * streaming reader (the reader `@pctnxh/io` used before its own). Run with `pnpm bench:xlsx`
 * (optionally `BENCH_ROWS=200000`, `BENCH_REPEAT=5`).
 */
import { Xlsx } from "@pctnxh/io"
import { Synth } from "@pctnxh/synth"
import { Chunk, Effect, Stream } from "effect"
import ExcelJS from "exceljs"
import { unzipSync } from "fflate"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000)
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5)

interface Case {
  readonly name: string
  readonly run: () => Promise<number>
  readonly samples: Array<number>
  rows: number
}

/** Runs every case once per round, so that the machine's load weighs on all of them alike. */
const measure = async (cases: ReadonlyArray<Case>): Promise<void> => {
  for (let round = 0; round < REPEAT; round++) {
    for (const c of cases) {
      const start = performance.now()
      c.rows = await c.run()
      c.samples.push(performance.now() - start)
    }
  }
}

const median = (samples: ReadonlyArray<number>): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!

const write = async (path: string): Promise<void> => {
  const events: Array<Record<string, unknown>> = []
  for (const g of Synth.records({ seed: 42, events: 5_000 })) {
    if (g.kind === "serviceEvent") events.push(g.record as Record<string, unknown>)
    if (events.length >= 2_000) break
  }
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true })
  const sheet = book.addWorksheet("Tiếp cận")
  const keys = ["date", "personId", "modelId", "siteId", "service", "channel", "population", "sex", "birthYear", "residence", "cost"]
  sheet.addRow(["Ngày", "Mã người", "Mã mô hình", "Mã đơn vị", "Dịch vụ", "Hình thức", "Đối tượng", "Giới tính", "Năm sinh", "Cư trú", "Chi phí"]).commit()
  for (let i = 0; i < ROWS; i++) {
    const e = events[i % events.length]!
    sheet.addRow(keys.map((k) => (k === "personId" ? `${String(e[k] ?? "")}.${i % 97}` : (e[k] as string | number | undefined) ?? null))).commit()
  }
  sheet.commit()
  await book.commit()
}

/**
 * The reader used before, as `Xlsx.rows` wired it: exceljs's streaming WorkbookReader, its rows
 * converted and handed on as an Effect `Stream` in groups of 256.
 */
const before = (bytes: Uint8Array): Stream.Stream<ReadonlyArray<unknown>, unknown> => {
  async function* rows(): AsyncGenerator<ReadonlyArray<ReadonlyArray<unknown>>> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore"
    })
    let group: Array<ReadonlyArray<unknown>> = []
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = row.values as ReadonlyArray<unknown>
        const cells: Array<unknown> = []
        for (let i = 1; i < values.length; i++) cells.push(values[i] ?? null)
        group.push(cells)
        if (group.length === 256) {
          yield group
          group = []
        }
      }
      break
    }
    if (group.length > 0) yield group
  }
  return Stream.fromAsyncIterable({ [Symbol.asyncIterator]: rows }, (e) => e).pipe(Stream.mapConcat((g) => g))
}

const count = async (stream: Stream.Stream<unknown, unknown>): Promise<number> => {
  let n = 0
  await Effect.runPromise(Stream.runForEachChunk(stream, (c) => Effect.sync(() => (n += Chunk.size(c)))))
  return n
}

const main = async () => {
  const path = join(mkdtempSync(join(tmpdir(), "pctnxh-bench-")), "tiep-can.xlsx")
  await write(path)
  const bytes = new Uint8Array(readFileSync(path))

  const cases: Array<Case> = [
    {
      name: "floor: inflate and decode the sheet and strings",
      run: async () => {
        const files = unzipSync(bytes, { filter: (f) => f.name.startsWith("xl/worksheets/") || f.name === "xl/sharedStrings.xml" })
        let chars = 0
        for (const data of Object.values(files)) chars += new TextDecoder().decode(data).length
        return chars > 0 ? ROWS + 1 : 0
      }
    },
    { name: "Xlsx.rows (fflate + saxes, ours)", run: () => count(Xlsx.rows(bytes, { file: "tiep-can.xlsx" }).rows) },
    { name: "exceljs streaming reader, as Xlsx.rows used it", run: () => count(before(bytes)) }
  ].map((c) => ({ ...c, samples: [], rows: 0 }))
  await measure(cases)
  const floor = median(cases[0]!.samples)
  console.log(`${ROWS.toLocaleString("en")} rows, ${(bytes.length / 1_048_576).toFixed(1)} MB; median of ${REPEAT} interleaved rounds`)
  console.log("case".padEnd(52), "median ms".padStart(10), "rows/s".padStart(10), "ratio".padStart(8))
  for (const c of cases) {
    const ms = median(c.samples)
    console.log(c.name.padEnd(52), ms.toFixed(0).padStart(10), Math.round((c.rows / ms) * 1000).toLocaleString("en").padStart(10), (ms / floor).toFixed(2).padStart(8))
  }
}

main()
