import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { canonical, digest, fingerprint, hex128 } from "../src/internal/identity.js"

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
