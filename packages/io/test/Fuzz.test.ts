/**
 * Fuzzing of everything that reads untrusted input: property-based (fast-check) and mutation
 * fuzzing of the CSV and XLSX readers and of whole imports, of the cell readers, the period
 * parser, geography lookups, mapping files and schema decoding.
 *
 * For every input: no untyped exception (a defect, a thrown error) — only the typed errors each
 * function declares; no hang (each input must finish within {@link LIMIT_MS}); every error and
 * report names its file, row and column or field; and no error or report contains a value of
 * the input (marker strings are planted in the personal columns and cells, and searched for in
 * every text).
 *
 * CI runs a few hundred inputs per property. The full run: `pnpm fuzz` (PCTNXH_FUZZ_RUNS=100000,
 * shared among the properties by weight); `PCTNXH_FUZZ_SEED` replays a run. Each property's
 * figures (inputs, outcomes, slowest input) are printed at the end.
 */
import type { Entity as EntityModule, Geography } from "@pctnxh/core"
import { Entity, Period } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Csv, Import, ImportReport, IoError, Mapping, Pseudonymise, SheetValue, Source, Xlsx } from "@pctnxh/io"
import { Key } from "@pctnxh/privacy"
import { MemoryStore } from "@pctnxh/store-memory"
import { Synth } from "@pctnxh/synth"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Cause, Chunk, Effect, Either, Exit, FastCheck as fc, Option, Stream } from "effect"
import { unit as unitCell } from "../src/internal/plan.js"
import { alphabet, csv } from "./vietnamese.js"
import type { CellSpec, WorkbookSpec } from "./workbooks.js"
import { chunked, parts, workbook, zip } from "./workbooks.js"

const FULL = Number(process.env.PCTNXH_FUZZ_RUNS ?? "0")
const SEED = process.env.PCTNXH_FUZZ_SEED === undefined ? (FULL > 0 ? Date.now() % 2_147_483_647 : 20_190_615) : Number(process.env.PCTNXH_FUZZ_SEED)
/** The time one input may take before it counts as a hang. */
const LIMIT_MS = 15_000

/** A property's time: generous in CI, hours in the full run. */
const TIMEOUT = FULL > 0 ? 6 * 3_600_000 : 120_000

/** The runs of a property: `ci` in CI, its `share` of PCTNXH_FUZZ_RUNS in the full run. */
const runs = (ci: number, share: number): number => (FULL > 0 ? Math.max(ci, Math.ceil(FULL * share)) : ci)

const options = (numRuns: number) => ({ numRuns, seed: SEED, endOnFailure: true })

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

interface Tally {
  inputs: number
  outcomes: Map<string, number>
  slowestMs: number
  totalMs: number
}

const tallies = new Map<string, Tally>()

const tally = (property: string, outcome: string, ms: number) => {
  const t = tallies.get(property) ?? { inputs: 0, outcomes: new Map(), slowestMs: 0, totalMs: 0 }
  t.inputs++
  t.outcomes.set(outcome, (t.outcomes.get(outcome) ?? 0) + 1)
  t.slowestMs = Math.max(t.slowestMs, ms)
  t.totalMs += ms
  tallies.set(property, t)
}

afterAll(() => {
  const lines = [`fuzz figures (seed ${SEED}${FULL > 0 ? `, PCTNXH_FUZZ_RUNS=${FULL}` : ", CI size"}):`]
  let sum = 0
  for (const [name, t] of tallies) {
    sum += t.inputs
    const outcomes = [...t.outcomes].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`).join(", ")
    lines.push(`  ${name}: ${t.inputs} inputs, slowest ${t.slowestMs.toFixed(0)} ms, mean ${(t.totalMs / t.inputs).toFixed(1)} ms — ${outcomes}`)
  }
  lines.push(`  total: ${sum} inputs; untyped exceptions, unexpected errors and hangs: ${failures}`)
  console.log(lines.join("\n"))
})

/** Lets the test runner's own messages through between inputs of a synchronous property. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

let failures = 0

/** Runs one input, failing on a hang. */
const within = async <A>(what: string, run: () => Promise<A>): Promise<{ readonly value: A; readonly ms: number }> => {
  // one turn of the event loop per input, so that the test runner is never starved
  await breathe()
  const start = performance.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      failures++
      reject(new Error(`${what}: no answer within ${LIMIT_MS} ms (a hang)`))
    }, LIMIT_MS)
  })
  try {
    const value = await Promise.race([run(), hang])
    return { value, ms: performance.now() - start }
  } finally {
    clearTimeout(timer)
  }
}

/** Runs an Effect as one input: its success, or its typed error if `typed` accepts it; anything else fails the property. */
const attempt = async <A, E>(
  property: string,
  effect: Effect.Effect<A, E>,
  typed: (e: unknown) => boolean,
  label: (e: E) => string = (e) => (e as { _tag?: string })._tag ?? "error"
): Promise<Either.Either<A, E>> => {
  const { value: exit, ms } = await within(property, () => Effect.runPromiseExit(effect))
  if (Exit.isSuccess(exit)) {
    tally(property, "ok", ms)
    return Either.right(exit.value)
  }
  const failure = Cause.failureOption(exit.cause)
  if (Option.isNone(failure)) {
    failures++
    throw new Error(`${property}: untyped exception\n${Cause.pretty(exit.cause)}`)
  }
  if (!typed(failure.value)) {
    failures++
    throw new Error(`${property}: unexpected error ${String(failure.value)}`)
  }
  tally(property, label(failure.value), ms)
  return Either.left(failure.value)
}

/** Runs a plain function as one input: it must not throw. */
const total = <A>(property: string, f: () => A, label: (a: A) => string): A => {
  const start = performance.now()
  let out: A
  try {
    out = f()
  } catch (error) {
    failures++
    throw new Error(`${property}: untyped exception ${error instanceof Error ? error.stack : String(error)}`)
  }
  tally(property, label(out), performance.now() - start)
  return out
}

// ---------------------------------------------------------------------------------------------
// Markers: values planted in the input that must never come out in a text
// ---------------------------------------------------------------------------------------------

const marker = fc.stringMatching(/^[A-Z0-9]{6}$/).map((s) => `ZQ${s}`)

const textsOf = (u: unknown): Array<string> => {
  const out: Array<string> = []
  if (typeof u === "object" && u !== null) {
    const o = u as { explain?: (lang: "vi" | "en") => string; summary?: (lang: "vi" | "en") => string; message?: unknown }
    for (const lang of ["vi", "en"] as const) {
      if (typeof o.explain === "function") out.push(o.explain(lang))
      if (typeof o.summary === "function") out.push(o.summary(lang))
    }
    if (typeof o.message === "string") out.push(o.message)
  }
  try {
    out.push(JSON.stringify(u, (key, value) => (key === "cause" ? undefined : value)))
  } catch {
    // not JSON
  }
  return out
}

const leaked = (u: unknown, markers: Iterable<string>): Array<string> => {
  const texts = textsOf(u).map((t) => t.toLowerCase())
  return [...markers].filter((m) => texts.some((t) => t.includes(m.toLowerCase())))
}

// ---------------------------------------------------------------------------------------------
// Text, tables, chunks and mutations
// ---------------------------------------------------------------------------------------------

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...alphabet) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom("\u0000", "\ufeff", "\u2028", "\u200b", "\ufffd", "\u0001", "\u001f", "\u007f", "]]>", "&amp;", "<t>", "_x0041_") }
)
const text = fc.array(piece, { maxLength: 10 }).map((a) => a.join(""))

const chunking = fc.record({
  size: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 70_000 })),
  offset: fc.nat({ max: 64 })
})

type Mutation =
  | { readonly _tag: "truncate"; readonly at: number }
  | { readonly _tag: "flip"; readonly at: number; readonly bit: number }
  | { readonly _tag: "overwrite"; readonly at: number; readonly bytes: Uint8Array }
  | { readonly _tag: "insert"; readonly at: number; readonly bytes: Uint8Array }
  | { readonly _tag: "delete"; readonly at: number; readonly length: number }
  | { readonly _tag: "duplicate"; readonly at: number; readonly length: number; readonly to: number }

const where = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000)
const junk = fc.uint8Array({ minLength: 1, maxLength: 64 })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ _tag: fc.constant("truncate" as const), at: where }),
  fc.record({ _tag: fc.constant("flip" as const), at: where, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ _tag: fc.constant("overwrite" as const), at: where, bytes: junk }),
  fc.record({ _tag: fc.constant("insert" as const), at: where, bytes: junk }),
  fc.record({ _tag: fc.constant("delete" as const), at: where, length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ _tag: fc.constant("duplicate" as const), at: where, length: fc.integer({ min: 1, max: 512 }), to: where })
)

const mutate = (bytes: Uint8Array, m: Mutation): Uint8Array => {
  const at = Math.min(bytes.length, Math.floor(m.at * bytes.length))
  switch (m._tag) {
    case "truncate":
      return bytes.slice(0, at)
    case "flip": {
      const out = bytes.slice()
      if (at < out.length) out[at] = out[at]! ^ (1 << m.bit)
      return out
    }
    case "overwrite": {
      const out = bytes.slice()
      out.set(m.bytes.subarray(0, Math.max(0, out.length - at)), at)
      return out
    }
    case "insert":
      return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)])
    case "delete":
      return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + m.length)])
    case "duplicate": {
      const slice = bytes.subarray(at, at + m.length)
      const to = Math.floor(m.to * bytes.length)
      return new Uint8Array([...bytes.subarray(0, to), ...slice, ...bytes.subarray(to)])
    }
  }
}

const spec: fc.Arbitrary<Omit<WorkbookSpec, "sheets">> = fc.record({
  strings: fc.constantFrom("shared" as const, "inline" as const),
  order: fc.constantFrom("excel" as const, "streaming" as const, "workbookLast" as const, "reversed" as const),
  descriptors: fc.constantFrom("none" as const, "signed" as const, "unsigned" as const),
  method: fc.constantFrom("deflate" as const, "store" as const),
  date1904: fc.boolean(),
  prefixed: fc.boolean(),
  utf16Strings: fc.boolean(),
  pretty: fc.boolean()
})

const readAll = (name: string, bytes: Iterable<Uint8Array> | Uint8Array, sheet?: string | number) =>
  Effect.flatMap(Source.open(Source.make(name, bytes), { sheet }), (o) => Stream.runCollect(o.rows)).pipe(
    Effect.map((c) => Chunk.toArray(c))
  )

const isReadError = (e: unknown): boolean => e instanceof IoError.UnreadableFile || e instanceof IoError.SheetNotFound
const readLabel = (e: IoError.UnreadableFile | IoError.SheetNotFound) =>
  e instanceof IoError.UnreadableFile ? `UnreadableFile/${e.problem ?? "?"}` : e._tag

/** A reading error names the file, and says what is wrong in both languages. */
const checkReadError = (name: string, e: unknown, markers: Iterable<string> = []) => {
  const error = e as IoError.UnreadableFile | IoError.SheetNotFound
  expect(error.file).toBe(name)
  for (const lang of ["vi", "en"] as const) expect(error.explain(lang)).toContain(`"${name}"`)
  if (error instanceof IoError.UnreadableFile) {
    expect(error.problem).toBeDefined()
    expect(error.reason.vi.length * error.reason.en.length).toBeGreaterThan(0)
  }
  expect(leaked(error, markers)).toEqual([])
}

/** The texts of the cells a table plants, as markers. */
const plantedIn = (rows: ReadonlyArray<ReadonlyArray<unknown>>): Set<string> => {
  const out = new Set<string>()
  for (const r of rows) for (const c of r) if (typeof c === "string") for (const m of c.match(/ZQ[A-Z0-9]{6}/g) ?? []) out.add(m)
  return out
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

describe("fuzzing the CSV reader", () => {
  const table = fc.array(fc.array(fc.oneof(text, marker, fc.tuple(text, marker).map(([a, b]) => a + b)), { minLength: 1, maxLength: 8 }), {
    minLength: 1,
    maxLength: 20
  })

  it("any table written as CSV (any delimiter, line ending, chunking) reads back cell for cell", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(",", ";", "\t"), fc.constantFrom("\r\n", "\n", "\r"), chunking, async (rows, delimiter, eol, { size, offset }) => {
        // the line breaks between records; those inside quoted cells stay as written
        const written = rows.map((r) => csv([r], delimiter).slice(0, -2)).join(eol) + eol
        const bytes = new TextEncoder().encode("\uFEFF" + written)
        const result = await attempt(
          "csv: round trip",
          Csv.rows(chunked(bytes, size, Math.min(offset, bytes.length)), { file: "bang.csv", delimiter: delimiter as Csv.Delimiter }).pipe(Stream.runCollect),
          isReadError
        )
        if (Either.isLeft(result)) throw new Error(`a valid CSV failed: ${String(result.left)}`)
        expect(Chunk.toArray(result.right).map((r) => r.cells)).toEqual(rows)
      }),
      options(runs(100, 0.12))
    )
  }, TIMEOUT)

  it("mutated, truncated, binary, UTF-16, Windows-1258 and NUL-filled bytes: rows or a typed error naming the file", async () => {
    const encodings = fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "latin1", "nul")
    const encode = (s: string, encoding: string): Uint8Array => {
      switch (encoding) {
        case "utf-8":
          return new TextEncoder().encode(s)
        case "utf-8-bom":
          return new TextEncoder().encode("\uFEFF" + s)
        case "latin1":
          return Uint8Array.from([...s].map((c) => c.charCodeAt(0) & 0xff))
        case "nul":
          return new TextEncoder().encode(s.replace(/[aeiou]/g, "\u0000"))
        default: {
          const le = encoding.startsWith("utf-16le")
          const body = encoding.endsWith("bom") ? "\uFEFF" + s : s
          const out = new Uint8Array(body.length * 2)
          for (let i = 0; i < body.length; i++) {
            const c = body.charCodeAt(i)
            out[2 * i + (le ? 0 : 1)] = c & 0xff
            out[2 * i + (le ? 1 : 0)] = c >> 8
          }
          return out
        }
      }
    }
    await fc.assert(
      fc.asyncProperty(table, encodings, fc.array(mutation, { maxLength: 4 }), chunking, fc.boolean(), async (rows, encoding, mutations, { size, offset }, binary) => {
        let bytes = binary ? Uint8Array.from({ length: 2000 }, (_, i) => (i * 131 + rows.length * 7) % 256) : encode(csv(rows), encoding)
        for (const m of mutations) bytes = mutate(bytes, m)
        const markers = plantedIn(rows)
        const result = await attempt("csv: mutated bytes", readAll("tep.csv", chunked(bytes, size, Math.min(offset, bytes.length))), isReadError, readLabel)
        if (Either.isLeft(result)) checkReadError("tep.csv", result.left, markers)
        else for (const [i, r] of result.right.entries()) expect(r.number).toBe(i + 1)
      }),
      options(runs(100, 0.12))
    )
  }, TIMEOUT)
})

// ---------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------

describe("fuzzing the XLSX reader", () => {
  const cell: fc.Arbitrary<CellSpec> = fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 2, arbitrary: marker },
    { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) }
  )
  const table = fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 15 })

  it("any table written as XLSX (any writer's choices, any chunking) reads back cell for cell", async () => {
    await fc.assert(
      fc.asyncProperty(table, spec, chunking, async (rows, s, { size, offset }) => {
        const bytes = workbook({ ...s, sheets: [{ name: "Dữ liệu", rows }] })
        const result = await attempt("xlsx: round trip", readAll("bang.xlsx", chunked(bytes, size, Math.min(offset, bytes.length))), isReadError, readLabel)
        if (Either.isLeft(result)) throw new Error(`a valid workbook failed: ${result.left.message}`)
        const expected = rows.map((r) => {
          const cells = r.map((c) => (c === null ? null : c))
          while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
          return cells
        })
        expect(result.right.map((r) => r.cells)).toEqual(expected)
        expect(result.right.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1))
      }),
      options(runs(30, 0.06))
    )
  }, TIMEOUT)

  const seeds = (): ReadonlyArray<Uint8Array> => {
    const rows: Array<Array<CellSpec>> = [
      ["Họ tên mẹ", "Ngày", "Số tiền", "Có nguy cơ"],
      ["ZQSEED01 Nguyễn Thị Ánh", { date: 43631 }, 3_300_000, true],
      ["ZQSEED02 Trần Văn Đức", { date: 43632, format: "dd/mm/yyyy" }, { formula: "C2*2", cached: 6_600_000 }, { error: "#N/A" }],
      [{ runs: ["ZQSEED03 ", "Lê Thị"], phonetic: "x" }, "15/06/2019", "3,3 triệu", false]
    ]
    return [
      workbook({ sheets: [{ name: "S", rows }] }),
      workbook({ order: "streaming", descriptors: "signed", sheets: [{ name: "S", rows }, { name: "Ẩn", hidden: true, rows }] }),
      workbook({ order: "workbookLast", descriptors: "unsigned", method: "store", strings: "inline", sheets: [{ name: "S", rows }] }),
      workbook({ date1904: true, utf16Strings: true, prefixed: true, sheets: [{ name: "S", rows }] })
    ]
  }

  it("mutated and truncated workbooks: rows or a typed error naming the file, never a hang", async () => {
    const all = seeds()
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: all.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), chunking, async (i, mutations, { size, offset }) => {
        let bytes = all[i]!
        for (const m of mutations) bytes = mutate(bytes, m)
        const result = await attempt("xlsx: mutated bytes", readAll("hong.xlsx", chunked(bytes, size, Math.min(offset, bytes.length))), isReadError, readLabel)
        if (Either.isLeft(result)) checkReadError("hong.xlsx", result.left, ["ZQSEED01", "ZQSEED02", "ZQSEED03"])
      }),
      options(runs(60, 0.1))
    )
  }, TIMEOUT)

  const HOSTILE = [
    '<c r="XFD1048576" t="s"><v>4294967296</v></c>',
    '<c r="ZZZZZ1"><v>1</v></c>',
    '<row r="-1">',
    '<row r="99999999999">',
    '<c t="d"><v>không phải ngày</v></c>',
    '<c t="e"/>',
    '<c t="s"><v>-1</v></c>',
    '<c t="s"><v>1.5</v></c>',
    '<c s="99999"><v>43631</v></c>',
    "<v>1e400</v>",
    "&#0;",
    "&bogus;",
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
    "<![CDATA[ZQCDATA1]]>",
    "</sheetData>",
    "<sheetData>",
    "<si>",
    "<t>",
    "</t>",
    '<numFmt numFmtId="14" formatCode="[h]:mm"/>',
    '<xf numFmtId="999"/>',
    '<sheet name="x" r:id="rId99"/>',
    '<Relationship Id="rId1" Type="x/worksheet" Target="../../../../etc/passwd"/>',
    '<workbookPr date1904="true"/>',
    `<t>${"x".repeat(5000)}</t>`,
    `<c r="A1" a="${"y".repeat(5000)}"/>`,
    "\uFFFE",
    "<?xml version=\"1.0\"?>"
  ]
  const xmlMutation = fc.oneof(
    fc.record({ _tag: fc.constant("insert" as const), at: where, snippet: fc.constantFrom(...HOSTILE) }),
    fc.record({ _tag: fc.constant("delete" as const), at: where, length: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ _tag: fc.constant("duplicate" as const), at: where, length: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ _tag: fc.constant("replace" as const), from: fc.constantFrom('t="s"', 'r="', "<v>", "</row>", "<is>", 'Target="', "<sheet ", 'numFmtId="'), to: text })
  )

  it("workbooks whose XML is mutated inside a valid archive: rows or a typed error", async () => {
    const rows: Array<Array<CellSpec>> = [
      ["Họ tên", "Ngày", "Số"],
      ["ZQXML001 Phạm Thị", { date: 43631 }, 2609],
      [{ runs: ["ZQXML002", " Hoa"] }, { date: 61, format: "d/m/yyyy" }, { formula: "1/0", cached: null }]
    ]
    await fc.assert(
      fc.asyncProperty(spec, fc.nat(), fc.array(xmlMutation, { minLength: 1, maxLength: 3 }), chunking, async (s, which, mutations, { size, offset }) => {
        const files = parts({ ...s, sheets: [{ name: "S", rows }] })
        const target = which % files.length
        const mutated = files.map((f, i) => {
          if (i !== target) return f
          let xml = new TextDecoder().decode(f.data)
          for (const m of mutations) {
            const at = "at" in m ? Math.floor(m.at * xml.length) : 0
            if (m._tag === "insert") xml = xml.slice(0, at) + m.snippet + xml.slice(at)
            else if (m._tag === "delete") xml = xml.slice(0, at) + xml.slice(at + m.length)
            else if (m._tag === "duplicate") xml = xml.slice(0, at + m.length) + xml.slice(at)
            else xml = xml.replace(m.from, m.to)
          }
          return { name: f.name, data: new TextEncoder().encode(xml) }
        })
        const bytes = zip(mutated, s)
        const result = await attempt("xlsx: mutated XML", readAll("xml-hong.xlsx", chunked(bytes, size, Math.min(offset, bytes.length))), isReadError, readLabel)
        if (Either.isLeft(result)) checkReadError("xml-hong.xlsx", result.left, ["ZQXML001", "ZQXML002", "ZQCDATA1"])
      }),
      options(runs(40, 0.06))
    )
  }, TIMEOUT)

  it("the list of sheets of any mutated workbook: a list or a typed error", async () => {
    const all = seeds()
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: all.length - 1 }), fc.array(mutation, { maxLength: 3 }), async (i, mutations) => {
        let bytes = all[i]!
        for (const m of mutations) bytes = mutate(bytes, m)
        const result = await attempt("xlsx: list of sheets", Xlsx.sheets(bytes, { file: "ds.xlsx" }), (e) => e instanceof IoError.UnreadableFile, readLabel)
        if (Either.isLeft(result)) checkReadError("ds.xlsx", result.left)
      }),
      options(runs(40, 0.02))
    )
  }, TIMEOUT)
})

// ---------------------------------------------------------------------------------------------
// Whole imports
// ---------------------------------------------------------------------------------------------

/** A cell a field might hold: a good value, something near it, garbage, or a planted marker. */
const valueFor = (field: Mapping.Field): fc.Arbitrary<string | number> => {
  const type = field.type
  const good: fc.Arbitrary<string | number> = (() => {
    switch (type._tag) {
      case "text":
        return fc.oneof(fc.constantFrom("HP-DS", "QN-2019-01", "QN-KRK-1", "model-p1-1", "P-001", "ev-1"), marker)
      case "integer":
      case "number":
        return fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom("2.609", "135,8", "1.234.567,5", "20,5", "-3", "12.34.567"))
      case "money":
        return fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom("3.300.000 đ", "3,3 triệu", "150k", "1,2 tỷ", "0,5 đ", "abc đ"))
      case "date":
        return fc.oneof(
          fc.date({ min: new Date("1899-01-01"), max: new Date("2201-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).split("-").reverse().join("/")),
          fc.constantFrom("31/02/2019", "06/15/2017", "15-06-19", "ngày 15 tháng 6 năm 2019", "2019-06-15T10:00:00Z", "0/0/0000"),
          fc.integer({ min: -10, max: 3_000_000 })
        )
      case "year":
        return fc.oneof(fc.integer({ min: 1800, max: 2300 }), fc.constantFrom("1995", "95", "năm 1995"))
      case "boolean":
        return fc.constantFrom("Có", "Không", "x", "Yes", "✓", "có lẽ")
      case "period":
        return fc.constantFrom("2019", "Quý I/2019", "6 tháng đầu năm 2019", "Tháng 3/2019", "2016-2020", "Quý V/2019", "0000", "9999Q4", "2019W1", "2019/2018")
      case "unit":
        return fc.constantFrom("308", "31", "11311", "1", "Hải Phòng", "308 - Quận Đồ Sơn", "Quận Đồ Sơn (308)", "308@pre2025", "99999", "Không có", "Phường 1")
      case "list":
        return fc.constantFrom("P-1;P-2", "P-1, P-2", "")
      case "disaggregation":
        return fc.constantFrom("sex=female; ageBand=20-24", "sex=", "=female", "x=y=z", "sex=female;sex=male")
      case "member": {
        const labels = type.vocabulary.members.flatMap((m) => [m, type.vocabulary.labels[m]?.vi ?? m, type.vocabulary.labels[m]?.en ?? m])
        return fc.constantFrom(...labels)
      }
    }
  })()
  return fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: text }, { weight: 1, arbitrary: marker }, { weight: 1, arbitrary: fc.constant("") })
}

/** A name as a UIC column holds it, with a marker in it. */
const personal = fc.tuple(fc.constantFrom("Nguyễn Thị Ánh", "Trần Văn Đức", "Lê Thị Hoa Mơ", "Không rõ", "?", ""), marker).map(([n, m]) => `${n} ${m}`.trim())

interface ImportCase {
  readonly kind: Mapping.Kind
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>
  readonly titles: number
  /** The file has no header row (a header is then looked for, and not found, among the data). */
  readonly headerless: boolean
  /** Defaults for every required field, as a user would give for a file without those columns. */
  readonly defaults: boolean
}

/** A value each required field can take as a default. */
const DEFAULTS: Partial<Record<string, string>> = {
  modelId: "HP-DS",
  siteId: "308",
  unitId: "308",
  date: "15/06/2019",
  start: "01/06/2019",
  end: "30/06/2019",
  year: "2019",
  period: "2019",
  value: "1",
  amount: "1.000.000",
  sessions: "1",
  participantContacts: "10",
  atRisk: "Có",
  id: "x-1",
  roundId: "R-1",
  establishmentId: "E-1",
  dataElement: "POLICE_CASES"
}
const defaultsFor = (kind: Mapping.Kind): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const f of Mapping.defaults[kind].fields) {
    if (!f.required) continue
    const fixed = DEFAULTS[f.name]
    if (fixed !== undefined) out[f.name] = fixed
    else if (f.type._tag === "member") out[f.name] = f.type.vocabulary.members[0] as string
  }
  return out
}

const importCase: fc.Arbitrary<ImportCase> = fc.constantFrom(...Mapping.kinds).chain((kind) => {
  const fields = Mapping.defaults[kind].fields
  return fc
    .tuple(
      fc.subarray([...fields], { minLength: 1 }),
      fc.array(fc.nat(), { minLength: fields.length, maxLength: fields.length }),
      fc.nat({ max: 2 }),
      fc.boolean(),
      fc.boolean()
    )
    .chain(([chosen, headerPicks, titles, headerless, defaults]) => {
      // required fields mostly present, so that rows are read
      const columns = [...new Set([...fields.filter((f) => f.required), ...chosen])]
      const header = columns.map((f, i) => f.headers[(headerPicks[i] ?? 0) % f.headers.length] as string)
      const row = fc.tuple(...(columns.map((f) => (Mapping.isUic(f) ? personal : valueFor(f))) as [fc.Arbitrary<string | number>]))
      return fc.array(row, { maxLength: 25 }).map((rows) => ({ kind, header, rows, titles, headerless, defaults }))
    })
})

describe("fuzzing whole imports", () => {
  let pseudonymise: Import.Options["pseudonymise"]
  beforeAll(async () => {
    const ring = await Effect.runPromise(Effect.flatMap(Key.generate("fuzz-2026"), ({ secret }) => Key.load({ keys: [{ id: "fuzz-2026", secret }] })))
    pseudonymise = Pseudonymise.withKeyring(ring)
  })

  const isImportError = (e: unknown): boolean =>
    e instanceof IoError.UnreadableFile ||
    e instanceof IoError.SheetNotFound ||
    e instanceof IoError.MissingColumns ||
    e instanceof IoError.DuplicateColumns ||
    e instanceof IoError.PseudonymiserRequired ||
    e instanceof IoError.InvalidMapping ||
    e instanceof IoError.ImportAborted

  const PSEUDONYM_REASONS = new Set<string>()

  it("any file of any kind, CSV or XLSX, whole or mutated: a report or a typed error that names file, row and column, and no planted value anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(
        importCase,
        fc.constantFrom("csv" as const, "xlsx" as const),
        spec,
        fc.array(mutation, { maxLength: 2 }),
        fc.boolean(),
        fc.boolean(),
        chunking,
        async (c, format, s, mutations, store, withPseudonymiser, { size, offset }) => {
          const name = `nhap.${format}`
          const titles = Array.from({ length: c.titles }, () => ["BÁO CÁO SỐ LIỆU NĂM 2019"])
          const table = c.headerless ? c.rows : [...titles, c.header, ...c.rows]
          let bytes =
            format === "csv"
              ? new TextEncoder().encode("\uFEFF" + csv(table.map((r) => r.map(String)), ";"))
              : workbook({ ...s, sheets: [{ name: "Dữ liệu", rows: table as Array<Array<CellSpec>> }] })
          for (const m of mutations) bytes = mutate(bytes, m)
          const markers = plantedIn(c.rows)
          const options: Import.Options = {
            kind: c.kind,
            source: Source.make(name, chunked(bytes, size, Math.min(offset, bytes.length))),
            today: "2026-01-15",
            batchSize: 7,
            ...(c.defaults ? { defaults: defaultsFor(c.kind) } : {}),
            ...(withPseudonymiser ? { pseudonymise } : {})
          }
          const effect = store ? Effect.provide(Import.run(options), MemoryStore.layer()) : Import.check(options)
          const result = await attempt("import: whole files", effect, isImportError, (e) =>
            e instanceof IoError.UnreadableFile ? `UnreadableFile/${e.problem}` : e._tag
          )
          if (Either.isLeft(result)) {
            const error = result.left as IoError.FileError | IoError.ImportAborted | IoError.InvalidMapping
            if (error instanceof IoError.UnreadableFile) expect(error.problem).toBeDefined()
            if (!(error instanceof IoError.InvalidMapping)) {
              expect(error.file).toBe(name)
              for (const lang of ["vi", "en"] as const) expect(error.explain(lang)).toContain(`"${name}"`)
            }
            expect(leaked(error, markers)).toEqual([])
            if (error instanceof IoError.ImportAborted) expect(leaked(error.report, markers)).toEqual([])
            return
          }
          const report = result.right
          expect(report).toBeInstanceOf(ImportReport.ImportReport)
          expect(report.file).toBe(name)
          expect(report.read).toBe(report.valid + report.rejected)
          for (const rejection of report.rejections) {
            expect(rejection.file).toBe(name)
            expect(rejection.row).toBeGreaterThanOrEqual(1)
            expect(rejection.problems.length).toBeGreaterThan(0)
            for (const p of rejection.problems) {
              expect(p.reason.vi.length * p.reason.en.length).toBeGreaterThan(0)
              if (p.column === undefined && p.field === undefined) PSEUDONYM_REASONS.add(p.reason.en)
            }
          }
          expect(leaked(report, markers)).toEqual([])
        }
      ),
      options(runs(40, 0.08))
    )
    // a problem without a column or field is only ever the pseudonym of the row's UIC columns
    for (const reason of PSEUDONYM_REASONS) expect(reason).toMatch(/pseudonym|name|UIC|identif/i)
  }, TIMEOUT)
})

// ---------------------------------------------------------------------------------------------
// Cells, periods, geography, mappings, records
// ---------------------------------------------------------------------------------------------

const cellValue: fc.Arbitrary<SheetValue.Value> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 2, arbitrary: fc.tuple(text, marker, text).map(([a, m, b]) => a + m + b) },
  {
    weight: 3,
    arbitrary: fc.constantFrom("2.609", "135,8", "1.234.567,5", "3,3 triệu", "3.300.000 đ", "15/06/2017", "ngày 15 tháng 6 năm 2017", "Quý I/2019", "6 tháng đầu năm 2019", "2016-2020", "Có", "1e308", "9".repeat(400), "1".repeat(20_000), ".".repeat(5_000), "1,".repeat(5_000))
  },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constantFrom<SheetValue.Value>(null, { _tag: "SheetError", code: "#N/A" }) }
)

describe("fuzzing the cell readers", () => {
  it("every reader gives a value or a bilingual reason, never the value read", async () => {
    await fc.assert(
      fc.asyncProperty(cellValue, fc.constantFrom(0 as const, 3 as const, 6 as const, 9 as const), async (value, scale) => {
        await breathe()
        const markers = typeof value === "string" ? plantedIn([[value]]) : new Set<string>()
        const readers: ReadonlyArray<readonly [string, () => SheetValue.Read<unknown>]> = [
          ["number", () => SheetValue.number(value)],
          ["integer", () => SheetValue.integer(value)],
          ["money", () => SheetValue.money(value, scale)],
          ["date", () => SheetValue.date(value)],
          ["year", () => SheetValue.year(value)],
          ["boolean", () => SheetValue.boolean(value)],
          ["period", () => SheetValue.period(value)]
        ]
        for (const [name, read] of readers) {
          const r = total(`cell: ${name}`, read, (e) => (Either.isRight(e) ? "ok" : "refused"))
          if (Either.isLeft(r)) {
            expect(r.left.vi.length * r.left.en.length).toBeGreaterThan(0)
            expect(leaked(r.left, markers)).toEqual([])
          } else if (name === "date") {
            expect(r.right).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          } else if (name === "period") {
            expect(Either.isRight(Period.parse(r.right as string))).toBe(true)
          } else if (name === "number" || name === "integer" || name === "money") {
            expect(Number.isFinite(r.right)).toBe(true)
          }
        }
      }),
      options(runs(300, 0.12))
    )
  }, TIMEOUT)
})

describe("fuzzing the period parser", () => {
  const parts = fc.constantFrom("2019", "0000", "9999", "10000", "Q", "q", "S", "M", "W", "1", "4", "5", "03", "13", "/", "-", " ", "Quý", "I", "IV", "V", "Tháng", "năm", "6 tháng đầu năm", "giai đoạn", "202003", "20200315", "20190229", "PH-2021", "\u00a0", "１")
  const year = fc.integer({ min: 0, max: 10_999 }).map((y) => String(y).padStart(4, "0"))
  const valid = fc.oneof(
    year,
    fc.tuple(year, fc.constantFrom("Q", "S", "M", ""), fc.integer({ min: 0, max: 13 })).map(([y, l, n]) => (l === "M" ? `${y}M${String(n).padStart(2, "0")}` : l === "" ? `${y}${String(n).padStart(2, "0")}` : `${y}${l}${n}`)),
    fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`),
    fc.tuple(year, year).map(([a, b]) => `${a}/${b}`),
    fc.tuple(fc.integer({ min: 1, max: 5 }), year).map(([q, y]) => `Quý ${["I", "II", "III", "IV", "V"][q - 1]}/${y}`),
    fc.tuple(fc.integer({ min: 0, max: 13 }), year).map(([m, y]) => `Tháng ${m}/${y}`),
    fc.tuple(fc.constantFrom("đầu", "cuối"), year).map(([h, y]) => `6 tháng ${h} năm ${y}`),
    fc.tuple(year, year).map(([a, b]) => `giai đoạn ${a}-${b}`)
  )
  const periodText = fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 5, arbitrary: fc.array(parts, { maxLength: 8 }).map((a) => a.join("")) },
    { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ minLength: 1_000, maxLength: 20_000 }) },
    { weight: 1, arbitrary: fc.constantFrom("2019/".repeat(3_000), "1".repeat(10_000), "Q".repeat(10_000), "2019Q1/".repeat(2_000) + "2019Q1") }
  )

  it("Period.parse and SheetValue.period: a period whose id reads back to itself, or a bilingual reason; dates of any period under both calendars", async () => {
    await fc.assert(
      fc.asyncProperty(periodText, async (s) => {
        await breathe()
        const parsed = total("period: Period.parse", () => Period.parse(s), (e) => (Either.isRight(e) ? "ok" : "InvalidPeriod"))
        if (Either.isRight(parsed)) {
          const p = parsed.right
          const again = Period.parse(p.id)
          expect(Either.isRight(again) && again.right.id === p.id).toBe(true)
          total(
            "period: dates under both calendars",
            () => [Period.startDate(p, "plain"), Period.endDate(p, "plain"), Period.startDate(p, "administrative"), Period.endDate(p, "administrative")],
            () => "ok"
          )
        } else {
          for (const lang of ["vi", "en"] as const) expect(parsed.left.explain(lang).length).toBeGreaterThan(0)
        }
        const viaCell = total("period: SheetValue.period", () => SheetValue.period(s), (e) => (Either.isRight(e) ? "ok" : "refused"))
        if (Either.isRight(viaCell)) expect(Either.isRight(Period.parse(viaCell.right))).toBe(true)
      }),
      options(runs(500, 0.1))
    )
  }, TIMEOUT)
})

describe("fuzzing geography lookups", () => {
  const units = [...vietnam.unitsAt("commune", "2019-01-01").slice(0, 400), ...vietnam.unitsAt("district", "2019-01-01"), ...vietnam.unitsAt("province", "2025-08-01")]
  const isoDate = fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
  const noisy = fc.tuple(fc.constantFrom(...units), fc.constantFrom("code", "name", "id", "nameNoise", "codeNoise"), text).map(([u, how, noise]) =>
    how === "code" ? u.code : how === "name" ? u.name : how === "id" ? u.id : how === "nameNoise" ? u.name + noise : ` 0${u.code}${noise}`
  )
  const lookup = fc.oneof({ weight: 3, arbitrary: noisy }, { weight: 1, arbitrary: text }, { weight: 1, arbitrary: fc.string({ maxLength: 2_000 }) })
  const level = fc.constantFrom("province" as const, "district" as const, "commune" as const)

  it("by code, id or name on any date: a unit, nothing, or a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(lookup, isoDate, level, fc.integer({ min: -5, max: 100 }), async (s, asOf, lvl, limit) => {
        await breathe()
        const geography: Geography.Geography = vietnam
        total("geography: byCode", () => geography.byCode(s, asOf), (e) => (Either.isRight(e) ? "ok" : "UnknownAdminUnit"))
        total("geography: search", () => geography.search(s, { asOf, level: lvl, limit }), (r) => (r.length > 0 ? "found" : "none"))
        total("geography: parentChain", () => geography.parentChain(s, asOf), (e) => (Either.isRight(e) ? "ok" : "UnknownAdminUnit"))
        total("geography: resolveAt", () => geography.resolveAt(s, lvl, asOf), (o) => (Option.isSome(o) ? "found" : "none"))
        total("geography: currentUnits", () => geography.currentUnits(s, asOf), (r) => (r.length > 0 ? "found" : "none"))
        const read = total("geography: unit cells", () => unitCell(geography, s, asOf), (e) => (Either.isRight(e) ? "ok" : "refused"))
        if (Either.isLeft(read)) expect(read.left.vi.length * read.left.en.length).toBeGreaterThan(0)
      }),
      options(runs(200, 0.08))
    )
  }, TIMEOUT)
})

describe("fuzzing mapping files", () => {
  const fieldName = fc.constantFrom(...new Set(Mapping.kinds.flatMap((k) => Mapping.defaults[k].fields.map((f) => f.name))), "__proto__", "constructor", "", "x")
  const customisation = fc.record(
    {
      headers: fc.dictionary(fieldName, fc.oneof(text, fc.array(text, { maxLength: 3 }), fc.jsonValue())),
      replaceHeaders: fc.oneof(fc.boolean(), fc.jsonValue()),
      values: fc.dictionary(fieldName, fc.oneof(fc.dictionary(text, fc.oneof(fc.constantFrom("female", "counselling", "violation", "x"), fc.jsonValue())), fc.jsonValue())),
      extra: fc.jsonValue()
    },
    { requiredKeys: [] }
  )
  const input = fc.oneof(
    { weight: 4, arbitrary: customisation.map((c) => JSON.stringify(c)) },
    { weight: 1, arbitrary: customisation },
    { weight: 1, arbitrary: fc.string() },
    { weight: 1, arbitrary: fc.jsonValue().map((j) => JSON.stringify(j)) },
    { weight: 1, arbitrary: customisation.map((c) => JSON.stringify(c).slice(0, -1)) }
  )

  const fitting = (kind: Mapping.Kind) => {
    const fields = Mapping.defaults[kind].fields
    const members = fields.filter((f) => f.type._tag === "member")
    return fc.record(
      {
        headers: fc.dictionary(fc.constantFrom(...fields.map((f) => f.name)), fc.oneof(text, fc.array(text, { maxLength: 3 }))),
        replaceHeaders: fc.boolean(),
        values:
          members.length === 0
            ? fc.constant({})
            : fc.constantFrom(...members).chain((f) =>
                fc.dictionary(text, fc.constantFrom(...(f.type as Extract<Mapping.FieldType, { _tag: "member" }>).vocabulary.members)).map((d) => ({ [f.name]: d }))
              )
      },
      { requiredKeys: [] }
    )
  }
  const forKind = fc.constantFrom(...Mapping.kinds).chain((kind) =>
    fc.tuple(fc.constant(kind), fc.oneof({ weight: 2, arbitrary: fitting(kind).map((c) => JSON.stringify(c)) }, { weight: 3, arbitrary: input }))
  )

  it("any text or JSON: a customisation that applies, or an error naming the file and field", async () => {
    await fc.assert(
      fc.asyncProperty(forKind, async ([kind, json]) => {
        await breathe()
        const decoded = total("mapping: decode", () => Mapping.decodeCustomisation(kind, json, "anh-xa.json"), (e) =>
          Either.isRight(e) ? "ok" : "InvalidMapping"
        )
        if (Either.isRight(decoded)) {
          const applied = total("mapping: customise", () => Mapping.customise(Mapping.defaults[kind], decoded.right), (e) =>
            Either.isRight(e) ? "ok" : "InvalidMapping"
          )
          expect(Either.isRight(applied)).toBe(true)
        } else {
          expect(decoded.left).toBeInstanceOf(IoError.InvalidMapping)
          for (const lang of ["vi", "en"] as const) expect(decoded.left.explain(lang)).toContain('"anh-xa.json"')
        }
      }),
      options(runs(200, 0.05))
    )
  }, TIMEOUT)
})

describe("fuzzing schema decoding", () => {
  const seeds: Array<{ kind: EntityModule.Kind; encoded: Record<string, unknown> }> = []
  for (const g of Synth.records({ seed: 7, events: 300 })) {
    if (seeds.filter((s) => s.kind === g.kind).length >= 3) continue
    seeds.push({ kind: g.kind, encoded: JSON.parse(JSON.stringify(Entity.encode(g.kind)(g.record as never))) })
  }

  type Change =
    | { readonly _tag: "drop"; readonly key: number }
    | { readonly _tag: "set"; readonly key: number; readonly value: unknown }
    | { readonly _tag: "plant"; readonly key: number; readonly marker: string }
    | { readonly _tag: "extra"; readonly name: string; readonly value: unknown }
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({ _tag: fc.constant("drop" as const), key: fc.nat() }),
    fc.record({ _tag: fc.constant("set" as const), key: fc.nat(), value: fc.oneof(fc.jsonValue(), fc.constantFrom(Number.NaN, Infinity, -0, 1e308, "", "\u0000", null)) }),
    fc.record({ _tag: fc.constant("plant" as const), key: fc.nat(), marker }),
    fc.record({ _tag: fc.constant("extra" as const), name: fc.constantFrom("name", "hoTen", "phone", "__proto__", "constructor"), value: fc.jsonValue() })
  )

  it("any record, mutated or not: the record or field problems in both languages, never a planted value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: seeds.length - 1 }), fc.array(change, { maxLength: 4 }), fc.option(fc.jsonValue(), { freq: 10 }), async (i, changes, replaced) => {
        await breathe()
        const seed = seeds[i]!
        const record: Record<string, unknown> = structuredClone(seed.encoded)
        const markers = new Set<string>()
        for (const c of changes) {
          const keys = Object.keys(record)
          const key = keys.length === 0 ? "id" : (keys[("key" in c ? c.key : 0) % keys.length] as string)
          if (c._tag === "drop") delete record[key]
          else if (c._tag === "set") record[key] = c.value
          else if (c._tag === "plant") {
            record[key] = typeof record[key] === "string" ? `${record[key] as string}${c.marker}` : c.marker
            markers.add(c.marker)
          } else Object.defineProperty(record, c.name, { value: c.value, enumerable: true, configurable: true, writable: true })
        }
        const input = replaced === null ? record : replaced
        const decoded = total("entity: decode", () => Entity.decode(seed.kind)(input), (e) => (Either.isRight(e) ? "ok" : "InvalidRecord"))
        if (Either.isLeft(decoded)) {
          expect(decoded.left.issues.length).toBeGreaterThan(0)
          for (const issue of decoded.left.issues) expect(issue.problem.vi.length * issue.problem.en.length).toBeGreaterThan(0)
          expect(leaked(decoded.left, markers)).toEqual([])
        }
      }),
      options(runs(300, 0.1))
    )
  }, TIMEOUT)
})
