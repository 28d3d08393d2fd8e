import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { canonical, digest, fingerprint, hex128 } from "../src/internal/identity.js"
import { Occurrences } from "../src/internal/occurrences.js"

/** The same text made another way: JSON whose replacer lists every key, sorted, at every level. */
const sortedJson = (value: unknown): string => {
  const keys = new Set<string>()
  const walk = (v: unknown) => {
    if (typeof v === "object" && v !== null) for (const [k, item] of Object.entries(v)) (keys.add(k), walk(item))
  }
  walk(value)
  return JSON.stringify(value, [...keys].sort())
}

describe("the content of a record without an id", () => {
  it("is the same text whatever the order of its keys, however shapes alternate", () => {
    const shapes: ReadonlyArray<Record<string, unknown>> = [
      { personId: "p1", date: "2019-01-02", cost: 70_000, sex: "female" },
      { date: "2019-01-02", personId: "p1", sex: "female", cost: 70_000 },
      { personId: "p2", referral: { outcome: "completed", providerKind: "health_facility" }, date: "2019-03-04" },
      { referral: { providerKind: "health_facility", outcome: "completed" }, date: "2019-03-04", personId: "p2" },
      { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 },
      { i: 9, h: 8, g: 7, f: 6, e: 5, d: 4, c: 3, b: 2, a: 1 },
      { "a,b": 1, a: 2 },
      { a: 2, "a,b": 1 },
      { x: undefined, y: "é\u00e9", z: [{ b: 1, a: 2 }] }
    ]
    // several rounds, so that each shape is met again after others
    for (let round = 0; round < 12; round++) {
      for (const shape of shapes) {
        const text = canonical(shape)
        expect(text).toBe(sortedJson(shape))
      }
    }
    expect(canonical(shapes[0])).toBe(canonical(shapes[1]))
    expect(canonical(shapes[6])).toBe(canonical(shapes[7]))
  })

  it("gives the id its first 16 bytes of SHA-256, as it always has", () => {
    const text = `serviceEvent\u0000${canonical({ personId: "p1", date: "2019-01-02", cost: 70_000 })}`
    expect(text).toBe('serviceEvent\u0000{"cost":70000,"date":"2019-01-02","personId":"p1"}')
    const hex = createHash("sha256").update(text, "utf8").digest("hex")
    expect(digest(text)).toBe(hex)
    expect(hex128(digest(text))).toBe(hex.slice(0, 32))
    expect(hex128(digest(text))).toBe("3f2f05a6f846e7638c371fcc4d1c297e")
    // the fingerprint: the low 4 bits of the first byte and the next six bytes, plus one
    const bytes = createHash("sha256").update(text, "utf8").digest()
    let n = bytes[0]! & 0x0f
    for (let i = 1; i < 7; i++) n = n * 256 + bytes[i]!
    expect(fingerprint(digest(text))).toBe(n + 1)
  })
})

describe("the occurrences of a content in a file", () => {
  // fingerprints that share their top bits and their low bits meet in one table and one slot
  const crowded = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 1_024 })).map(
    ([top, middle, low]) => top * 2 ** 44 + middle * 2 ** 20 + low
  )
  const anywhere = fc.integer({ min: 1, max: 2 ** 52 })
  const edges = fc.constantFrom(1, 2, 2 ** 44, 2 ** 44 + 1, 2 ** 52 - 1, 2 ** 52)
  // rows drawn from a few hundred contents, so that contents come back after tables grew
  const rows = fc
    .uniqueArray(fc.oneof(crowded, anywhere, edges), { minLength: 1, maxLength: 400, size: "max" })
    .chain((pool) => fc.array(fc.integer({ min: 0, max: pool.length - 1 }).map((i) => pool[i]!), { maxLength: 3_000, size: "max" }))

  it("are counted as a map of every fingerprint seen counts them, through every growth", () => {
    fc.assert(
      fc.property(rows, (fps) => {
        const table = new Occurrences()
        const seen = new Map<number, number>()
        for (const fp of fps) {
          const n = (seen.get(fp) ?? 0) + 1
          seen.set(fp, n)
          expect(table.next(fp)).toBe(n)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("are counted the same once most of them are written to disk, a few at a time", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 120 }), (fps, inMemory) => {
        const table = new Occurrences({ inMemory })
        const seen = new Map<number, number>()
        try {
          for (const fp of fps) {
            const n = (seen.get(fp) ?? 0) + 1
            seen.set(fp, n)
            expect(table.next(fp)).toBe(n)
          }
          // every distinct fingerprint past the last full table is on disk
          expect(table.spilled).toBe(seen.size - (seen.size % inMemory))
        } finally {
          table.close()
        }
      }),
      { numRuns: 60 }
    )
  })

  it("tell a row met again from 200,000 others, each met once, in memory or on disk", () => {
    const before = new Set(readdirSync(tmpdir()).filter((f) => f.startsWith("pctnxh-rows-")))
    const fps = Array.from({ length: 200_000 }, (_, i) => fingerprint(digest(`row ${i}`)))
    // everything in memory; then 180,000 in six runs of 30,000 on disk and 20,000 in memory
    for (const [inMemory, spilled] of [[undefined, 0], [30_000, 180_000]] as const) {
      const table = new Occurrences({ inMemory })
      expect(fps.filter((fp) => table.next(fp) !== 1)).toEqual([])
      expect(table.spilled).toBe(spilled)
      for (const i of [0, 1, 65_536, 199_999]) expect(table.next(fps[i]!)).toBe(2)
      expect(table.next(fps[0]!)).toBe(3)
      table.close()
    }
    // the file was removed as soon as it was opened: nothing is left in the temporary directory
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith("pctnxh-rows-") && !before.has(f))).toEqual([])
  })
})
