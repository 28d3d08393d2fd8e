/**
 * Made-up test data: no real person. Names are common Vietnamese names put together at random;
 * keys are fixed byte patterns.
 */
import type { Consent, CoreError, Person, ServiceEvent, Store } from "@pctnxh/core"
import { Entity } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { Audit, Key } from "@pctnxh/privacy"

/** A fixed test key: 32 bytes counting up from `seed`. */
export const testKey = (id: string, seed: number) => Key.fromBytes(id, Uint8Array.from({ length: 32 }, (_, i) => (seed + i * 7) % 256))

/** A keyring of one fixed key. */
export const ringOf = (id: string, seed: number) => Effect.flatMap(testKey(id, seed), (key) => Key.ring(key))

/** A fresh memory store with the audit log over it. */
export const programme = (): Layer.Layer<Audit.Audit | Store.Store, CoreError.StoreError> =>
  Layer.provideMerge(Audit.layer, MemoryStore.layer())

export const decodeOrThrow = <K extends Entity.Kind>(kind: K, input: unknown): Entity.Of<K> => {
  const e = Entity.decode(kind)(input)
  if (e._tag === "Left") throw new Error(e.left.message)
  return e.right
}

/** A service event at Đồ Sơn (308@pre2025) or elsewhere. */
export const event = (fields: {
  readonly id: string
  readonly personId?: string
  readonly date: string
  readonly service?: string
  readonly siteId?: string
  readonly referral?: { readonly providerKind: string; readonly outcome: string }
}): ServiceEvent.ServiceEvent =>
  decodeOrThrow("serviceEvent", {
    modelId: "model-ds",
    siteId: "308@pre2025",
    service: "counselling",
    channel: "outreach",
    population: "sex_worker",
    sex: "female",
    birthYear: 1996,
    residence: "temporary",
    ...fields
  })

/** A consent. */
export const consent = (fields: {
  readonly id: string
  readonly personId: string
  readonly purposes: ReadonlyArray<{ readonly purpose: string; readonly providerKind?: string }>
  readonly given: string
  readonly withdrawn?: string
}): Consent.Consent => decodeOrThrow("consent", fields)

/** A person record. */
export const person = (id: string, keyId = "hp-2026"): Person.Person =>
  decodeOrThrow("person", { id, keyId, population: "sex_worker", sex: "female", birthYear: 1996, residence: "temporary" })
