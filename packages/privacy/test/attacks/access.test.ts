/**
 * Access, end to end through a store: every default audience reads and exports every kind of
 * record, and what comes out is exactly its allow-list — every field it may see, with the stored
 * value, and nothing else. A person-level export needs an audience allowed to make one and a
 * consent covering the purpose from every person in it; without either it fails, and nothing is
 * recorded as exported.
 */
import { Entity, Store } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Option, Stream } from "effect"
import { Access, Audience, Projection } from "@pctnxh/privacy"
import { decodeOrThrow, oneOfEachKind, programme } from "../fixtures.js"

/** Every record of the fixture, as the store holds it; the consent of p-1 covers referrals only. */
const seed = Effect.flatMap(Store.Store, (store) =>
  Effect.forEach(Entity.kinds, (kind) => store.put(kind, [decodeOrThrow(kind, oneOfEachKind[kind]) as never]), { discard: true })
)

const stored = (kind: Entity.Kind) => Entity.encode(kind)(decodeOrThrow(kind, oneOfEachKind[kind]) as never) as Record<string, unknown>

const actions = Effect.flatMap(Store.Store, (s) => Effect.map(Stream.runCollect(s.list("auditEntry")), (c) => Chunk.toReadonlyArray(c).map((e) => e.action)))

/** What an audience should see of a record: its allow-list, with the stored values. */
const expected = (kind: Entity.Kind, audience: Audience.Audience) => {
  const all = stored(kind)
  return Object.fromEntries(Audience.fieldsOf(audience, kind).filter((f) => f in all).map((f) => [f, all[f]]))
}

/** A record as it leaves: encoded the way a file or a screen would get it. */
const out = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>

describe("access: every audience × every kind × every field × every way out", () => {
  it.effect("reading one record shows exactly the allow-list", () =>
    Effect.gen(function* () {
      yield* seed
      let fields = 0
      for (const audience of Audience.defaults) {
        for (const kind of Entity.kinds) {
          const id = String(stored(kind).id)
          const seen = yield* Access.read(kind, id, { actor: "officer-1", audience, purpose: "reporting" })
          expect(out(Option.getOrThrow(seen)), `${audience.id} reads ${kind}`).toEqual(out(expected(kind, audience)))
          fields += Object.keys(stored(kind)).length
        }
      }
      expect(fields).toBeGreaterThan(Audience.defaults.length * Entity.kinds.length * 3)
    }).pipe(Effect.provide(programme()))
  )

  it.effect("exporting a kind gives exactly the allow-list, or is refused; person-level data needs consent", () =>
    Effect.gen(function* () {
      yield* seed
      const outcomes: Record<string, number> = { exported: 0, nothingVisible: 0, personLevelRefused: 0, consentRequired: 0 }
      for (const audience of Audience.defaults) {
        for (const kind of Entity.kinds) {
          const before = (yield* actions).length
          const context = { actor: "officer-1", audience, purpose: "research", on: "2026-03-01" } as const
          const result = yield* Effect.either(Access.exportRecords(kind, context))
          const visible = Audience.fieldsOf(audience, kind)
          const personLevel = Projection.personLevelKinds.includes(kind)
          const label = `${audience.id} exports ${kind}`
          if (visible.length === 0) {
            expect(result._tag === "Left" && result.left._tag, label).toBe("NotAllowed")
            outcomes.nothingVisible!++
          } else if (personLevel && !audience.personLevelExport) {
            expect(result._tag === "Left" && result.left._tag, label).toBe("NotAllowed")
            outcomes.personLevelRefused!++
          } else if (personLevel && (Projection.personFields[kind] ?? []).length > 0) {
            // p-1 consented to referrals, not to research
            expect(result._tag === "Left" && result.left._tag, label).toBe("ConsentRequired")
            outcomes.consentRequired!++
          } else {
            expect(result._tag, label).toBe("Right")
            if (result._tag === "Right") {
              const own = result.right.records.filter((r) => (r as { id?: unknown }).id === stored(kind).id || kind === "auditEntry")
              if (kind !== "auditEntry") expect(own.map(out), label).toEqual([out(expected(kind, audience))])
              for (const r of result.right.records) {
                for (const field of Object.keys(out(r))) expect(visible, `${label}: ${field}`).toContain(field)
              }
            }
            outcomes.exported!++
          }
          // a refused export leaves no "export" entry; a made one leaves exactly one
          const after = yield* actions
          expect(after.slice(before).filter((a) => a === "export").length, label).toBe(result._tag === "Right" ? 1 : 0)
        }
      }
      // every branch is met by some audience and kind
      for (const [branch, n] of Object.entries(outcomes)) expect(n, branch).toBeGreaterThan(0)
    }).pipe(Effect.provide(programme()))
  )

  it.effect("with consent for the purpose, a person-level export goes out to the audiences allowed to make one", () =>
    Effect.gen(function* () {
      yield* seed
      const store = yield* Store.Store
      yield* store.put("consent", [decodeOrThrow("consent", { id: "consent-2", personId: "p-1", purposes: [{ purpose: "research" }], given: "2026-01-01", recordedBy: "org-1" })])
      const allowed = Audience.defaults.filter((a) => a.personLevelExport && Audience.fieldsOf(a, "serviceEvent").length > 0)
      expect(allowed.length).toBeGreaterThan(0)
      for (const audience of allowed) {
        const result = yield* Access.exportRecords("serviceEvent", { actor: "officer-1", audience, purpose: "research", on: "2026-03-01" })
        expect(result.records.map(out)).toEqual([out(expected("serviceEvent", audience))])
      }
    }).pipe(Effect.provide(programme()))
  )
})
