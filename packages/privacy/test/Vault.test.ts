import { Store, VaultEntry } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Option, Stream } from "effect"
import { Audit, Consents, Key, Vault } from "@pctnxh/privacy"
import { consent, person, ringOf, testKey } from "./fixtures.js"

// made-up contact details
const hoa = { name: "Lê Thị Hoa", phone: "0900 000 001" }
const lan = { name: "Phạm Thị Lan", phone: "0900 000 002" }

const withVault = <A, E>(effect: Effect.Effect<A, E, Vault.Vault | Store.Store | Audit.Audit>) =>
  Effect.flatMap(ringOf("vault-2026", 53), (keyring) =>
    Effect.provide(effect, Layer.provideMerge(Layer.merge(Vault.layer(keyring), Audit.layer), MemoryStore.layer()))
  )

const entryOf = (personId: string) =>
  Effect.flatMap(Store.Store, (store) =>
    Effect.map(Stream.runCollect(Stream.filter(store.list("vaultEntry"), (e) => e.personId === personId)), (c) => Chunk.unsafeHead(c))
  )

describe("the identity vault", () => {
  it.effect("seals each value on its own and opens them again", () =>
    withVault(
      Effect.gen(function* () {
        const vault = yield* Vault.Vault
        const entry = yield* vault.seal("p-hoa" as never, hoa)
        expect(entry.values.map((v) => v.field)).toEqual(["name", "phone"])
        expect(JSON.stringify(entry)).not.toContain("Hoa")
        expect(JSON.stringify(entry)).not.toContain("0900")
        expect(entry.keyId).toBe("vault-2026")
        // a fresh IV per value: sealing the same values twice gives other ciphertexts
        const again = yield* vault.seal("p-hoa" as never, hoa)
        expect(again.id).toBe(entry.id)
        expect(again.values[0]!.ciphertext).not.toBe(entry.values[0]!.ciphertext)
        expect(Option.getOrThrow(yield* vault.open("p-hoa" as never))).toEqual(hoa)
        expect(Option.isNone(yield* vault.open("p-nobody" as never))).toBe(true)
      })
    )
  )

  it.effect("a ciphertext moved to another record, another field, or an entry re-pointed at another person fails", () =>
    withVault(
      Effect.gen(function* () {
        const vault = yield* Vault.Vault
        const store = yield* Store.Store
        yield* vault.seal("p-hoa" as never, hoa)
        yield* vault.seal("p-lan" as never, lan)
        const a = yield* entryOf("p-hoa")
        const b = yield* entryOf("p-lan")

        // Hoa's phone ciphertext copied into Lan's entry
        const moved = new VaultEntry.VaultEntry({
          ...b,
          values: b.values.map((v) => (v.field === "phone" ? new VaultEntry.VaultValue({ field: "phone", ciphertext: a.values[1]!.ciphertext }) : v))
        })
        yield* store.put("vaultEntry", [moved])
        const movedError = yield* Effect.flip(vault.open("p-lan" as never))
        expect(movedError._tag === "DecryptionFailed" && movedError.field).toBe("phone")
        expect(movedError.message).not.toContain("0900")

        // within one entry, the name ciphertext put in the phone field
        const swapped = new VaultEntry.VaultEntry({
          ...a,
          values: [new VaultEntry.VaultValue({ field: "phone", ciphertext: a.values[0]!.ciphertext })]
        })
        yield* store.put("vaultEntry", [swapped])
        expect((yield* Effect.flip(vault.open("p-hoa" as never)))._tag).toBe("DecryptionFailed")

        // Hoa's whole entry pointed at another person
        yield* store.put("vaultEntry", [new VaultEntry.VaultEntry({ ...a, personId: "p-mai" as never })])
        expect((yield* Effect.flip(vault.open("p-mai" as never)))._tag).toBe("DecryptionFailed")
      })
    )
  )

  it.effect("another deployment's vault key cannot open it", () =>
    Effect.gen(function* () {
      const store = yield* Store.Store
      const mine = yield* Vault.make(yield* ringOf("vault-2026", 53))
      const theirs = yield* Vault.make(yield* Key.ring(yield* testKey("vault-2026", 54)))
      yield* mine.seal("p-hoa" as never, hoa)
      expect((yield* Effect.flip(theirs.open("p-hoa" as never)))._tag).toBe("DecryptionFailed")
      expect(yield* store.count("vaultEntry")).toBe(1)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("shredding leaves an empty tombstone with no person, key or value", () =>
    withVault(
      Effect.gen(function* () {
        const vault = yield* Vault.Vault
        const store = yield* Store.Store
        yield* vault.seal("p-hoa" as never, hoa)
        expect(yield* vault.shred("p-hoa" as never)).toBe(1)
        const all = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("vaultEntry")))
        expect(all.length).toBe(1)
        expect(all[0]!.personId).toBeUndefined()
        expect(all[0]!.wrappedKey).toBeUndefined()
        expect(all[0]!.values).toEqual([])
        expect(Option.isNone(yield* vault.open("p-hoa" as never))).toBe(true)
      })
    )
  )

  it.effect("rotating the vault key re-encrypts entries under the new key", () =>
    Effect.gen(function* () {
      const old = yield* testKey("vault-2024", 61)
      const next = yield* testKey("vault-2026", 62)
      const before = yield* Vault.make(yield* Key.ring(old))
      yield* before.seal("p-hoa" as never, hoa)
      const after = yield* Vault.make(yield* Key.ring(old, next))
      expect(yield* after.rotate).toBe(1)
      expect((yield* entryOf("p-hoa")).keyId).toBe("vault-2026")
      const onlyNew = yield* Vault.make(yield* Key.ring(next))
      expect(Option.getOrThrow(yield* onlyNew.open("p-hoa" as never))).toEqual(hoa)
    }).pipe(Effect.provide(MemoryStore.layer()))
  )

  it.effect("keep and reveal need consent to follow-up contact and are audited", () =>
    withVault(
      Effect.gen(function* () {
        const store = yield* Store.Store
        yield* store.put("person", [person("p-hoa")])
        const refused = yield* Effect.flip(Vault.keep("p-hoa" as never, hoa, { actor: "peer-07", on: "2026-02-01" }))
        expect(refused._tag).toBe("ConsentRequired")
        yield* Consents.give(consent({ id: "c-1", personId: "p-hoa", purposes: [{ purpose: "follow_up" }], given: "2026-01-05" }))
        yield* Vault.keep("p-hoa" as never, hoa, { actor: "peer-07", on: "2026-02-01" })
        const values = yield* Vault.reveal("p-hoa" as never, { actor: "peer-07", on: "2026-02-02" })
        expect(Option.getOrThrow(values)).toEqual(hoa)
        const entries = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("auditEntry")))
        expect(entries.map((e) => e.action)).toEqual(["vault_write", "vault_read"])
        expect(JSON.stringify(entries)).not.toContain("0900")
        expect(entries[0]!.details).toEqual({ fields: "name,phone", basis: "consent" })
      })
    )
  )
})
