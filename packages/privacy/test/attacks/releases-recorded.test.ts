/**
 * Attack: releases that leave no trace. An agency that cannot say what it published, to whom
 * and when cannot answer for a leak; a log that can be edited quietly is no better. Every
 * release through the door, and every export of one, is appended to the hash-chained audit log.
 */
import { Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as AttackerCheck from "../../src/AttackerCheck.js"
import * as Audience from "../../src/Audience.js"
import * as Audit from "../../src/Audit.js"
import * as Disclosure from "../../src/Disclosure.js"
import * as ReleaseLedger from "../../src/ReleaseLedger.js"
import { counselling, counsellingByProvince } from "./fixtures.js"

// one store for the ledger and the log, as a deployment has
const inStore = Layer.provideMerge(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerStore, Audit.layer), MemoryStore.layer())

describe("releases are recorded", () => {
  it.effect("naive: tables protected outside the door leave the log empty", () =>
    Effect.gen(function* () {
      const read = yield* Disclosure.fromReport(counselling())
      yield* Disclosure.protect(read.tables, { policy: Disclosure.policyFor(Audience.national) })
      expect((yield* Audit.verify()).length).toBe(0)
    }).pipe(Effect.provide(inStore))
  )

  it.effect("ours: every release and every export is in the chain, which verifies, and an edit of it is caught", () =>
    Effect.gen(function* () {
      const first = yield* Disclosure.release(counselling(), Audience.national, { actor: "officer-3" })
      const second = yield* Disclosure.release(counsellingByProvince([40, 50, 60]), Audience.donor, { actor: "officer-3" })
      yield* Disclosure.recordExport(second, { format: "xlsx", actor: "officer-3" })
      const log = yield* Audit.verify()
      expect(log).toMatchObject({ length: 3, problems: [] })
      expect(log.head).toEqual(yield* Audit.head)
      const store = yield* Store.Store
      const entries = yield* Stream.runCollect(store.list("auditEntry"))
      expect([...entries].map((e) => [e.action, e.details["release"], e.details["audience"]])).toEqual([
        ["release", first.release.id, "national"],
        ["release", second.release.id, "donor"],
        ["release_export", second.release.id, "donor"]
      ])
      // counts, never a figure: how many cells were hidden
      expect([...entries][0]!.details).toMatchObject({ cells: 4, suppressed: 2, perturbed: 0 })
      // someone with write access to the database edits the first entry: the chain says so
      const edited = [...entries][0]!
      yield* store.put("auditEntry", [{ ...edited, details: { ...edited.details, audience: "model_officer" } } as never])
      const after = yield* Audit.verify()
      expect(after.problems).toContainEqual({ sequence: 0, kind: "edited" })
    }).pipe(Effect.provide(inStore))
  )
})
