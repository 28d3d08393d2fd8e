import { AuditEntry, Store } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { Audit } from "@pctnxh/privacy"
import { programme } from "./fixtures.js"

const kinds = (v: Audit.Verification) => v.problems.map((p) => `${p.kind}@${p.sequence}`)

// ten entries of a working week: accesses, an export, a release
const week = Effect.gen(function* () {
  for (let i = 0; i < 10; i++) {
    yield* Audit.append(
      i === 7
        ? { actor: "officer-3", action: "export", purpose: "reporting", details: { kind: "serviceEvent", records: 120 } }
        : i === 9
          ? { actor: "officer-3", action: "release", details: { report: "2025-Q4", audience: "donor" } }
          : { actor: "peer-07", action: "access", subject: { kind: "serviceEvent", id: `ev-${i}` }, purpose: "service_delivery" }
    )
  }
  const store = yield* Store.Store
  return Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("auditEntry")))
})

const replace = (entry: AuditEntry.AuditEntry, change: Partial<AuditEntry.AuditEntry>) => new AuditEntry.AuditEntry({ ...entry, ...change })

describe("the audit chain", () => {
  it.effect("links every entry to the one before and verifies intact", () =>
    Effect.gen(function* () {
      const entries = yield* week
      expect(entries.map((e) => e.sequence)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(entries[0]!.previousHash).toBe(Audit.genesis)
      for (let i = 1; i < entries.length; i++) expect(entries[i]!.previousHash).toBe(entries[i - 1]!.hash)
      const head = yield* Audit.head
      expect(head).toEqual({ sequence: 9, hash: entries[9]!.hash })
      const result = yield* Audit.verified({ head })
      expect(result.length).toBe(10)
      expect(result.problems).toEqual([])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("catches an edited entry in the store", () =>
    Effect.gen(function* () {
      const entries = yield* week
      const store = yield* Store.Store
      yield* store.put("auditEntry", [replace(entries[7]!, { details: { kind: "serviceEvent", records: 12 } })])
      expect(kinds(yield* Audit.verify())).toEqual(["edited@7"])
      const error = yield* Effect.flip(Audit.verified())
      expect(error._tag).toBe("AuditChainBroken")
      expect(error.explain("vi")).toContain("#7: bản ghi đã bị sửa")
    }).pipe(Effect.provide(programme()))
  )

  it.effect("catches a changed subject, even though the subject is outside the hash", () =>
    Effect.gen(function* () {
      const entries = yield* week
      const store = yield* Store.Store
      const e = entries[2]!
      yield* store.put("auditEntry", [replace(e, { subject: new AuditEntry.AuditSubject({ ...e.subject!, id: "ev-99" }) })])
      expect(kinds(yield* Audit.verify())).toEqual(["edited@2"])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("catches entries swapped between positions", () =>
    Effect.gen(function* () {
      const entries = yield* week
      const store = yield* Store.Store
      const [a, b] = [entries[3]!, entries[4]!]
      yield* store.put("auditEntry", [replace(b, { id: a.id }), replace(a, { id: b.id })])
      expect(kinds(yield* Audit.verify())).toEqual(["reordered@4", "reordered@3", "broken_link@5"])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("catches a deleted entry and a reordered log in an exported copy", () =>
    Effect.gen(function* () {
      const entries = yield* week
      const deleted = entries.filter((e) => e.sequence !== 5)
      expect(kinds(yield* Audit.verifyEntries(deleted))).toEqual(["missing@5"])
      const reordered = [...entries.slice(0, 3), entries[4]!, entries[3]!, ...entries.slice(5)]
      expect(kinds(yield* Audit.verifyEntries(reordered))).toEqual(["missing@3", "reordered@3", "broken_link@5"])
      const forked = [...entries.slice(0, 6), replace(entries[5]!, { actor: "someone-else" }), ...entries.slice(6)]
      expect(kinds(yield* Audit.verifyEntries(forked))).toEqual(["edited@5", "forked@5"])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("catches truncation and a rebuilt chain only against a published head", () =>
    Effect.gen(function* () {
      const entries = yield* week
      const published = { sequence: 9, hash: entries[9]!.hash }
      // the last two entries cut off: the rest is a valid chain on its own
      const truncated = entries.slice(0, 8)
      expect(kinds(yield* Audit.verifyEntries(truncated))).toEqual([])
      expect(kinds(yield* Audit.verifyEntries(truncated, { head: published }))).toEqual(["truncated@9"])

      // someone with write access edits entry 7 and recomputes every hash after it
      const rebuilt: Array<AuditEntry.AuditEntry> = [...entries.slice(0, 7)]
      for (const e of entries.slice(7)) {
        const previousHash = rebuilt[rebuilt.length - 1]!.hash
        const details = e.sequence === 7 ? { ...e.details, records: 12 } : e.details
        const hash = yield* Audit.hashOf({ ...e, details, previousHash })
        rebuilt.push(replace(e, { details, previousHash, hash }))
      }
      expect(kinds(yield* Audit.verifyEntries(rebuilt))).toEqual([])
      expect(kinds(yield* Audit.verifyEntries(rebuilt, { head: published }))).toEqual(["edited@9"])
    }).pipe(Effect.provide(programme()))
  )

  it.effect("keeps appending after a rolled-back transaction without breaking the chain", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      yield* Audit.append({ actor: "officer-3", action: "release", details: { report: "2025" } })
      const failed = store.transaction(
        Effect.zipRight(Audit.append({ actor: "officer-3", action: "export", details: {} }), Effect.fail("aborted" as const))
      )
      expect(yield* Effect.flip(failed)).toBe("aborted")
      yield* Audit.append({ actor: "officer-3", action: "release", details: { report: "2026" } })
      const result = yield* Audit.verify()
      expect(result.length).toBe(2)
      expect(result.problems).toEqual([])
    }).pipe(Effect.provide(programme()))
  )
})
