import type { SheetValue } from "@pctnxh/io"
import { Csv, IoError, Source, Xlsx } from "@pctnxh/io"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Either, Stream } from "effect"
import ExcelJS from "exceljs"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { CellSpec, WorkbookSpec } from "./workbooks.js"
import { chunked, workbook, zip, parts } from "./workbooks.js"
import { alphabet, csv, letters, table } from "./vietnamese.js"

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))))

/** The rows of a file read through `Source.open`, fed as the given chunks. */
const readRows = (name: string, chunks: Iterable<Uint8Array> | Uint8Array, sheet?: string | number) =>
  Effect.flatMap(Source.open(Source.make(name, chunks), { sheet }), (opened) =>
    Stream.runCollect(opened.rows).pipe(Effect.map((c) => Chunk.toArray(c)))
  )

const texts = (rows: ReadonlyArray<{ readonly cells: ReadonlyArray<SheetValue.Value> }>) =>
  rows.map((r) => r.cells.map((c) => (c === null ? "" : String(c))))

/** Chunk sizes and first-chunk offsets: every split of a multi-byte character happens somewhere. */
const CHUNKINGS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [2, 0],
  [2, 1],
  [3, 0],
  [3, 1],
  [3, 2],
  [4, 1],
  [5, 3],
  [7, 2],
  [16, 9],
  [61, 17],
  [256, 101],
  [4093, 1],
  [65_536, 0]
]

describe("every Vietnamese letter in every column, at every chunk boundary", () => {
  const header = ["Cột A", "Cột B", "Cột C", "Cột D", "Cột E", "Cột F"]
  const body = table(header.length, 24)
  const expected = [header, ...body]

  it("the corpus holds 146 letters, their combining forms and emoji, and each column sees all of them", () => {
    expect(letters).toHaveLength(146)
    for (let c = 0; c < header.length; c++) {
      const column = body.map((r) => r[c]).join("")
      for (const unit of alphabet) expect(column.includes(unit)).toBe(true)
    }
  })

  const csvBytes = new TextEncoder().encode("\uFEFF" + csv(expected))
  const variants: ReadonlyArray<readonly [string, Omit<WorkbookSpec, "sheets">]> = [
    ["shared strings, deflated, Excel's order", {}],
    ["inline strings, stored, sheet first, signed descriptors", { strings: "inline", method: "store", order: "streaming", descriptors: "signed" }],
    ["shared strings, stored, workbook last, descriptors without signature", { method: "store", order: "workbookLast", descriptors: "unsigned" }],
    ["shared strings in UTF-16, reversed order", { utf16Strings: true, order: "reversed", descriptors: "signed" }],
    ["prefixed and pretty-printed", { prefixed: true, pretty: true }]
  ]

  it.effect("the CSV copy reads back exactly, however its bytes are split", () =>
    Effect.gen(function* () {
      for (const [size, offset] of CHUNKINGS) {
        const rows = yield* readRows("ban-sao.csv", chunked(csvBytes, size, offset))
        expect(texts(rows)).toEqual(expected)
      }
    })
  )

  for (const [name, spec] of variants) {
    it.effect(`XLSX (${name}) reads the same text as the CSV copy, however its bytes are split`, () =>
      Effect.gen(function* () {
        const bytes = workbook({ ...spec, sheets: [{ name: "Dữ liệu", rows: expected }] })
        const fromCsv = texts(yield* readRows("ban-sao.csv", csvBytes))
        for (const [size, offset] of CHUNKINGS) {
          const rows = yield* readRows("du-lieu.xlsx", chunked(bytes, size, offset))
          expect(texts(rows)).toEqual(fromCsv)
        }
      })
    )
  }

  it.effect("rich-text runs and phonetic guides: the runs joined, the guide left out", () =>
    Effect.gen(function* () {
      const rows: Array<Array<CellSpec>> = body.map((r) => r.map((cell) => ({ runs: [cell.slice(0, 5), cell.slice(5, 11), cell.slice(11)], phonetic: "ふりがな" })))
      for (const strings of ["shared", "inline"] as const) {
        const bytes = workbook({ strings, sheets: [{ name: "Sheet1", rows }] })
        for (const [size, offset] of CHUNKINGS.slice(0, 6)) {
          expect(texts(yield* readRows("runs.xlsx", chunked(bytes, size, offset)))).toEqual(body)
        }
      }
    })
  )

  it.effect("a workbook written by exceljs (as the demo writes it), streamed or not", () =>
    Effect.gen(function* () {
      // exceljs writes a carriage return and a literal "_x000D_" as they are, which XML reads differently
      const plain = expected.map((r) => r.map((c) => c.replaceAll("\r", "").replaceAll("_x000D_", "")))
      const book = new ExcelJS.Workbook()
      const ws = book.addWorksheet("Dữ liệu")
      for (const r of plain) ws.addRow(r)
      const written = new Uint8Array(yield* Effect.promise(() => book.xlsx.writeBuffer()))
      for (const [size, offset] of CHUNKINGS) {
        expect(texts(yield* readRows("exceljs.xlsx", chunked(written, size, offset)))).toEqual(plain)
      }
    })
  )

  it.effect("a workbook written by LibreOffice Calc from the CSV copy", () =>
    Effect.gen(function* () {
      const bytes = fixture("libreoffice-vietnamese.xlsx")
      const rows = texts(yield* readRows("libreoffice.xlsx", bytes))
      // LibreOffice keeps line breaks as LF
      const plain = expected.map((r) => r.map((c) => c.replaceAll("\r\n", "\n")))
      expect(rows).toEqual(plain)
      for (const [size, offset] of CHUNKINGS.slice(0, 4)) {
        expect(texts(yield* readRows("libreoffice.xlsx", chunked(bytes, size, offset)))).toEqual(plain)
      }
    })
  )

})

const d = (iso: string) => new Date(`${iso}Z`)

describe("cell types", () => {
  const sheet: ReadonlyArray<ReadonlyArray<CellSpec>> = [
    ["Văn bản", "Số", "Có/không", "Ngày", "Công thức", "Lỗi"],
    ["  khoảng trắng  ", 2609, true, { date: 43631 }, { formula: "B2*2", cached: 5218 }, { error: "#N/A" }],
    ["Hải Phòng & <Quảng Ninh>", 135.8, false, { date: 43631.75, format: "dd/mm/yyyy hh:mm" }, { formula: "A2&\"x\"", cached: "Quý I/2019" }, { error: "#REF!" }],
    ["dòng 1\r\ndòng 2", -3.5e-7, true, { date: 1, format: "d/m/yyyy" }, { formula: "TRUE()", cached: true }, { formula: "1/0", cached: null }],
    ["_x005F_ nguyên văn", 1e21, false, { date: 61, format: '[$-42A]dd/mm/yyyy;@' }, { formula: "B2", cached: 0 }, null],
    ["", 0, null, { date: 43631, format: "#,##0 \"đ\"" }, { date: 43631, format: "0.00%" }, { date: 0.5, format: "hh:mm" }]
  ]

  it.effect("text, numbers, booleans, dates by their format, formulas' cached values, errors", () =>
    Effect.gen(function* () {
      const rows = yield* readRows("kieu.xlsx", workbook({ sheets: [{ name: "Kiểu", rows: sheet }] }))
      expect(rows.map((r) => r.cells)).toEqual([
        ["Văn bản", "Số", "Có/không", "Ngày", "Công thức", "Lỗi"],
        ["  khoảng trắng  ", 2609, true, d("2019-06-15T00:00:00"), 5218, { _tag: "SheetError", code: "#N/A" }],
        ["Hải Phòng & <Quảng Ninh>", 135.8, false, d("2019-06-15T18:00:00"), "Quý I/2019", { _tag: "SheetError", code: "#REF!" }],
        ["dòng 1\r\ndòng 2", -3.5e-7, true, d("1900-01-01T00:00:00"), true],
        ["_x005F_ nguyên văn", 1e21, false, d("1900-03-01T00:00:00"), 0],
        ["", 0, null, 43631, 43631, d("1899-12-30T12:00:00")]
      ])
    })
  )

  it.effect("the 1904 date system", () =>
    Effect.gen(function* () {
      const rows = yield* readRows("1904.xlsx", workbook({ date1904: true, sheets: [{ name: "Mac", rows: [[{ date: 0 }, { date: 42169 }, 42169]] }] }))
      expect(rows[0]?.cells).toEqual([d("1904-01-01T00:00:00"), d("2019-06-15T00:00:00"), 42169])
    })
  )

  it.effect("sparse rows and columns keep the sheet's numbering; rows and cells without references follow on", () =>
    Effect.gen(function* () {
      const sparse = workbook({
        sheets: [
          {
            name: "Thưa",
            firstRow: 3,
            rows: [
              ["a", null, null, "d"],
              [],
              [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "AB"]
            ]
          }
        ]
      })
      const rows = yield* readRows("thua.xlsx", sparse)
      expect(rows.map((r) => [r.number, r.cells.length, r.cells.at(-1)])).toEqual([
        [3, 4, "d"],
        [4, 0, undefined],
        [5, 28, "AB"]
      ])
      expect(rows[0]?.cells).toEqual(["a", null, null, "d"])
      const noRefs = workbook({ sheets: [{ name: "Không tham chiếu", noRefs: true, rows: [["x", 1], ["y", 2]] }] })
      expect((yield* readRows("noref.xlsx", noRefs)).map((r) => [r.number, ...r.cells])).toEqual([
        [1, "x", 1],
        [2, "y", 2]
      ])
    })
  )

  it.effect("a cell beyond column XFD is a damaged sheet, not a huge row", () =>
    Effect.gen(function* () {
      const bytes = workbook({ sheets: [{ name: "S", rows: [["a", { raw: '<c r="ZZZZ1"><v>1</v></c>' }]] }] })
      const error = yield* Effect.flip(readRows("rong.xlsx", bytes))
      expect(error).toMatchObject({ _tag: "UnreadableFile", problem: "damaged", sheet: "S", row: 1 })
    })
  )
})

describe("choosing a sheet", () => {
  const book = workbook({
    sheets: [
      { name: "Hướng dẫn", rows: [["Điền số liệu ở trang sau"]] },
      { name: "Ẩn", hidden: true, rows: [["ẩn"]] },
      { name: "Lượt kiểm tra", rows: [["Mã cơ sở"], ["QN-1"]] },
      { name: "Biểu đồ", chart: true, rows: [] }
    ]
  })

  it.effect("by its name (also without diacritics), by its position, the first by default", () =>
    Effect.gen(function* () {
      expect(texts(yield* readRows("kiem-tra.xlsx", book, "Lượt kiểm tra"))).toEqual([["Mã cơ sở"], ["QN-1"]])
      expect(texts(yield* readRows("kiem-tra.xlsx", book, "luot kiem tra"))).toEqual([["Mã cơ sở"], ["QN-1"]])
      expect(texts(yield* readRows("kiem-tra.xlsx", book, 2))).toEqual([["ẩn"]])
      expect(texts(yield* readRows("kiem-tra.xlsx", book))).toEqual([["Điền số liệu ở trang sau"]])
      const opened = yield* Source.open(Source.make("kiem-tra.xlsx", book), { sheet: 3 })
      expect(opened.sheet()).toBeUndefined()
      yield* Stream.runDrain(opened.rows)
      expect(opened.sheet()).toBe("Lượt kiểm tra")
    })
  )

  it.effect("a sheet that is not there names the sheets there are; a chart sheet says it has no cells", () =>
    Effect.gen(function* () {
      const missing = yield* Effect.flip(readRows("kiem-tra.xlsx", book, "2021"))
      expect(missing).toBeInstanceOf(IoError.SheetNotFound)
      expect((missing as IoError.SheetNotFound).available).toEqual(["Hướng dẫn", "Ẩn", "Lượt kiểm tra", "Biểu đồ"])
      const chart = yield* Effect.flip(readRows("kiem-tra.xlsx", book, "Biểu đồ"))
      expect(chart).toMatchObject({ problem: "notTable", sheet: "Biểu đồ" })
      expect((chart as IoError.UnreadableFile).explain("vi")).toBe('Tệp "kiem-tra.xlsx", trang "Biểu đồ": trang này là biểu đồ, không có ô số liệu')
    })
  )

  it.effect("the list of sheets, for a user to choose from", () =>
    Effect.gen(function* () {
      const sheets = yield* Xlsx.sheets(book, { file: "kiem-tra.xlsx" })
      expect(sheets).toEqual([
        { name: "Hướng dẫn", position: 1, hidden: false, kind: "worksheet" },
        { name: "Ẩn", position: 2, hidden: true, kind: "worksheet" },
        { name: "Lượt kiểm tra", position: 3, hidden: false, kind: "worksheet" },
        { name: "Biểu đồ", position: 4, hidden: false, kind: "chartsheet" }
      ])
    })
  )
})

describe("files that are not what they say", () => {
  const good = workbook({ sheets: [{ name: "S", rows: [["Năm", "Số tiền"], [2019, 300]] }] })

  const fails = (name: string, bytes: Uint8Array) => Effect.flip(readRows(name, bytes))

  it.effect("an empty file, random bytes, a ZIP that is not a workbook, an empty ZIP", () =>
    Effect.gen(function* () {
      expect(yield* fails("rong.xlsx", new Uint8Array())).toMatchObject({ problem: "empty", file: "rong.xlsx" })
      expect(yield* fails("rong.csv", new Uint8Array())).toMatchObject({ problem: "empty" })
      const junk = new Uint8Array(5000).map((_, i) => (i * 7919 + 13) % 251)
      expect(yield* fails("rac.xlsx", junk)).toMatchObject({ problem: "notXlsx" })
      const docx = zip([{ name: "word/document.xml", data: new TextEncoder().encode("<w:document/>") }])
      expect(yield* fails("van-ban.xlsx", docx)).toMatchObject({ problem: "notWorkbook" })
      expect(yield* fails("zip-rong.xlsx", zip([]))).toMatchObject({ problem: "notWorkbook" })
      const explained = (yield* fails("van-ban.xlsx", docx)) as IoError.UnreadableFile
      expect(explained.explain("vi")).toBe('Tệp "van-ban.xlsx": là tệp nén ZIP nhưng không phải sổ tính Excel')
      expect(explained.explain("en")).toBe('File "van-ban.xlsx": is a ZIP archive but not an Excel workbook')
    })
  )

  it.effect("an old .xls workbook, a password-protected one, a web page named .xls", () =>
    Effect.gen(function* () {
      const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
      expect(yield* fails("bao-cao.xls", cfb)).toMatchObject({ problem: "oldXls" })
      expect(yield* fails("bao-cao.xlsx", cfb)).toMatchObject({ problem: "oldXls" })
      const html = new TextEncoder().encode("<html><body><table><tr><td>Năm</td></tr></table></body></html>")
      expect(yield* fails("xuat-tu-phan-mem.xls", html)).toMatchObject({ problem: "webPage" })
    })
  )

  it.effect("a workbook named .csv is read as a workbook", () =>
    Effect.gen(function* () {
      expect(texts(yield* readRows("nham-ten.csv", good))).toEqual([["Năm", "Số tiền"], ["2019", "300"]])
    })
  )

  it.effect("a damaged part, a flipped byte, a missing shared strings part", () =>
    Effect.gen(function* () {
      const broken = zip(
        parts({ sheets: [{ name: "S", rows: [["a"]] }] }).map((p) =>
          p.name.endsWith("sheet1.xml") ? { ...p, data: new TextEncoder().encode("<worksheet><sheetData><row><c") } : p
        )
      )
      expect(yield* fails("hong.xlsx", broken)).toMatchObject({ problem: "damaged", sheet: "S" })
      const flipped = good.slice()
      const at = flipped.length >> 1
      flipped[at] = flipped[at]! ^ 0x5a
      expect(["damaged", "truncated"]).toContain(((yield* fails("lat-byte.xlsx", flipped)) as IoError.UnreadableFile).problem)
      const noStrings = workbook({ dropSharedStrings: true, sheets: [{ name: "S", rows: [["a"], ["b"]] }] })
      expect(yield* fails("thieu.xlsx", noStrings)).toMatchObject({ problem: "damaged", sheet: "S", row: 1 })
    })
  )

  it.effect("a cell of more than 1,000,000 characters is refused, not held", () =>
    Effect.gen(function* () {
      const bytes = workbook({ strings: "inline", sheets: [{ name: "S", rows: [["x".repeat(1_000_001)]] }] })
      expect(yield* fails("dai.xlsx", bytes)).toMatchObject({ problem: "tooLong" })
    })
  )
})

describe("a download cut off part-way", () => {
  const sources = (): ReadonlyArray<readonly [string, Uint8Array]> => {
    const rows = table(6, 24)
    return [
      ["excel-order.xlsx", workbook({ sheets: [{ name: "S", rows }] })],
      ["streaming-order.xlsx", workbook({ order: "streaming", descriptors: "signed", sheets: [{ name: "S", rows }] })],
      ["libreoffice.xlsx", fixture("libreoffice-vietnamese.xlsx")]
    ]
  }

  it.effect("cut at 80–95 % or anywhere: a clear error naming the file, at once", () =>
    Effect.gen(function* () {
      for (const [name, bytes] of sources()) {
        const cuts = new Set<number>()
        for (let pct = 80; pct <= 95; pct++) cuts.add(Math.floor((bytes.length * pct) / 100))
        for (let k = 1; k < 40; k++) cuts.add(Math.floor((bytes.length * ((k * 7919) % 1000)) / 1000))
        cuts.add(bytes.length - 1)
        for (const cut of cuts) {
          if (cut <= 0) continue
          for (const size of [cut, 1000]) {
            const result = yield* Effect.either(readRows(name, chunked(bytes.subarray(0, cut), size)))
            expect(Either.isLeft(result), `${name} cut at ${cut}`).toBe(true)
            const error = (result as Either.Left<IoError.UnreadableFile, unknown>).left
            expect(error, `${name} cut at ${cut}`).toBeInstanceOf(IoError.UnreadableFile)
            expect(error.problem, `${name} cut at ${cut}`).toBe(cut < 4 ? "notXlsx" : "truncated")
            expect(error.explain("vi")).toContain(name)
          }
        }
      }
    })
  )

  it.effect("through the import: the officer is told the file is cut off", () =>
    Effect.gen(function* () {
      const [name, bytes] = sources()[0]!
      const cut = bytes.subarray(0, Math.floor(bytes.length * 0.9))
      const error = yield* Effect.flip(readRows(name, cut))
      expect((error as IoError.UnreadableFile).explain("vi")).toBe(
        `Tệp "${name}": tệp bị cắt cụt giữa chừng (tải về hoặc sao chép chưa xong); hãy tải hoặc sao chép lại tệp`
      )
    })
  )
})

describe("CSV in other encodings", () => {
  const text = "Năm;Nguồn kinh phí\r\n2019;Ngân sách địa phương\r\n"

  it.effect("UTF-16 with a byte-order mark (Excel's Unicode Text) is read; without a mark it is refused", () =>
    Effect.gen(function* () {
      const le = new Uint8Array(2 + text.length * 2)
      le[0] = 0xff
      le[1] = 0xfe
      for (let i = 0; i < text.length; i++) {
        le[2 + 2 * i] = text.charCodeAt(i) & 0xff
        le[3 + 2 * i] = text.charCodeAt(i) >> 8
      }
      expect(texts(yield* readRows("unicode.txt", chunked(le, 3)))).toEqual([
        ["Năm", "Nguồn kinh phí"],
        ["2019", "Ngân sách địa phương"]
      ])
      const error = yield* Effect.flip(readRows("unicode.txt", le.subarray(2)))
      expect(error).toMatchObject({ problem: "notUtf8" })
    })
  )

  it.effect("Windows-1258 bytes are refused at the row where they are", () =>
    Effect.gen(function* () {
      const head = new TextEncoder().encode("Năm,Nguồn\r\n2019,a\r\n2020,b\r\n")
      // "Ngày" in Windows-1258 on the fourth row
      const bytes = new Uint8Array([...head, 0x4e, 0x67, 0xe0, 0x79, 0x2c, 0x41, 0x0d, 0x0a])
      for (const size of [1, 5, 1000]) {
        const error = yield* Effect.flip(readRows("ansi.csv", chunked(bytes, size)))
        expect(error).toMatchObject({ problem: "notUtf8", row: 4 })
      }
    })
  )

  it.effect("an unclosed quote and a record of a million characters stop with the row", () =>
    Effect.gen(function* () {
      const open = new TextEncoder().encode('Năm,Ghi chú\r\n2019,"không đóng\r\n2020,x\r\n')
      expect(yield* Effect.flip(readRows("ngoac.csv", open))).toMatchObject({ problem: "quote", row: 2 })
      const long = new TextEncoder().encode("Năm\r\n" + "x".repeat(1_000_001))
      expect(yield* Effect.flip(readRows("dai.csv", chunked(long, 65_536)))).toMatchObject({ problem: "tooLong", row: 2 })
    })
  )

  it("the delimiter is found among comma, semicolon and tab", () => {
    expect(Csv.sniffDelimiter("Tiêu đề\nNăm;Nguồn;Số tiền\n2019;a;1,5")).toBe(";")
  })
})
