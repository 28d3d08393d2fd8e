import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { Effect } from "effect"
import { Async, Audit } from "@pctnxh/privacy"
import { programme } from "./fixtures.js"

describe("the Promise door", () => {
  it("makes keys and pseudonyms without Effect, and rejects with the typed error", async () => {
    const { secret } = await Async.generateKey("hp-2026")
    const keyring = await Async.loadKeyring({ keys: [{ id: "hp-2026", secret }] })
    const parts = { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "Nữ", birthYear: "1998" }
    const a = await Async.pseudonym(parts, keyring)
    const b = await Async.pseudonym({ ...parts, motherName: "nguyen thi dao" }, keyring)
    expect(b).toEqual(a)
    await expect(Async.pseudonym(parts, keyring, { algorithm: "SHA-256" })).rejects.toMatchObject({ _tag: "UnkeyedPseudonym" })
    await expect(Async.loadKeyring({ keys: [{ id: "k", secret: "c2hvcnQ" }] })).rejects.toMatchObject({ _tag: "WeakKey" })
    const next = (await Async.generateKey("hp-2027")).key
    const rotated = await Async.rotateKeyring(keyring, next)
    expect(await Async.lift(a, rotated)).toEqual(await Async.pseudonym(parts, rotated))
    expect((await Async.pseudonyms(parts, rotated)).map((p) => p.keyId)).toEqual(["hp-2027", "hp-2026"])
  })

  it("verifies an exported audit log offline", async () => {
    const entries = await Effect.runPromise(
      Effect.gen(function* () {
        yield* Audit.append({ actor: "officer-3", action: "release", details: { report: "2025" } })
        yield* Audit.append({ actor: "officer-3", action: "release", details: { report: "2026" } })
        const audit = yield* Audit.Audit
        const head = yield* Effect.flatten(audit.head)
        return { head, log: yield* Effect.flatMap(Audit.verify(), () => Effect.succeed(head)) }
      }).pipe(Effect.provide(programme()))
    )
    expect(entries.head.sequence).toBe(1)
    expect((await Async.verifyAuditLog([], entries.head)).problems).toEqual([{ sequence: 1, kind: "truncated" }])
  })

  it("uses no Node built-in: it runs in a browser", () => {
    const dir = join(import.meta.dirname, "..", "src")
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8")
      expect(text, file).not.toMatch(/from "(node:|crypto"|fs"|path"|buffer")/)
      expect(text, file).not.toMatch(/\bBuffer\./)
    }
  })
})
