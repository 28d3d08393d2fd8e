import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc, Option } from "effect"
import { Key, Pseudonym, Uic } from "@pctnxh/privacy"
import { ringOf, testKey } from "./fixtures.js"

// a made-up client; the names are common Vietnamese names, not a real family
const dao = { motherName: "Nguyễn Thị Đào", fatherName: "Trần Văn Hùng", sex: "female", birthYear: 1998 }

describe("UIC normalisation", () => {
  it("folds NFC and NFD, Vietnamese marks, đ/Đ, case and spaces to one code", () => {
    const nfc = "Nguyễn Thị Đào".normalize("NFC")
    const nfd = "Nguyễn Thị Đào".normalize("NFD")
    expect(nfc).not.toBe(nfd)
    expect(Uic.normaliseName(nfc)).toBe("NGUYEN THI DAO")
    expect(Uic.normaliseName(nfd)).toBe("NGUYEN THI DAO")
    expect(Uic.normaliseName("  nguyen   THI  dao ")).toBe("NGUYEN THI DAO")
    expect(Uic.normaliseName("Ｎｇｕｙễｎ")).toBe("NGUYEN") // full-width letters
    expect(Uic.normaliseName("đ")).toBe(Uic.normaliseName("D"))
    expect(Uic.normaliseName("Đ")).toBe("D")
    expect(Uic.normaliseName("Nguyễn").normalize("NFD")).toBe(Uic.normaliseName("Nguyễn".normalize("NFD")))
  })

  it("builds the documented default code: mother's and father's given-name letters, sex, year", () => {
    expect(Either.getOrThrow(Uic.make(dao))).toBe("DAHUF1998")
    expect(Either.getOrThrow(Uic.make({ ...dao, motherName: "Đào", fatherName: "hùng", sex: "Nữ", birthYear: "1998" }))).toBe(
      "DAHUF1998"
    )
  })

  it("has documented fallbacks for unknown and short parts", () => {
    expect(Either.getOrThrow(Uic.make({ motherName: "Lê Thị Y", fatherName: "không rõ", sex: "?", birthYear: 98 }))).toBe(
      "Y999U0000"
    )
    expect(Uic.normaliseSex("Nam")).toBe("M")
    expect(Uic.normaliseSex("khác")).toBe("O")
    expect(Uic.normaliseYear("１９９８")).toBe("1998")
    expect(Uic.normaliseYear(1850)).toBe("0000")
    const none = Uic.make({ motherName: "Không biết", fatherName: "", sex: "female", birthYear: 1998 })
    expect(Either.isLeft(none) && none.left._tag).toBe("IncompleteUic")
    expect(Either.isLeft(none) && none.left.explain("vi")).not.toContain("1998")
  })
})

describe("pseudonyms", () => {
  it.effect("NFC vs NFD 'Nguyễn', 'Đ' vs 'D' and extra spaces give one pseudonym", () =>
    Effect.gen(function* () {
      const keyring = yield* ringOf("hp-2026", 11)
      const variants = [
        { motherName: "Nguyễn Thị Đào".normalize("NFC"), fatherName: "Trần Văn Hùng", sex: "female", birthYear: 1998 },
        { motherName: "Nguyễn Thị Đào".normalize("NFD"), fatherName: "Trần Văn Hùng".normalize("NFD"), sex: "F", birthYear: "1998" },
        { motherName: "  nguyen  thi   DAO ", fatherName: "TRAN VAN HUNG", sex: "Nữ", birthYear: 1998 },
        { motherName: "Nguyen Thi Dao", fatherName: "tran   van hùng", sex: "nu", birthYear: " 1998 " }
      ]
      const ids = new Set<string>()
      for (const parts of variants) ids.add((yield* Pseudonym.make(parts, keyring)).personId)
      expect(ids.size).toBe(1)
      const one = yield* Pseudonym.make(variants[0]!, keyring)
      expect(one.keyId).toBe("hp-2026")
      expect(one.personId).toMatch(/^[0-9a-f]{64}$/)
    })
  )

  const syllables = ["Nguyễn", "Trần", "Lê", "Phạm", "Thị", "Văn", "Đào", "Hùng", "Hoa", "Lan", "Đức", "Yến", "Ánh", "Tuyết", "Y"]
  const name = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "))
  const parts = fc.record({
    motherName: name,
    fatherName: name,
    sex: fc.constantFrom("female", "male", "other"),
    birthYear: fc.integer({ min: 1960, max: 2010 })
  })
  const scramble = (text: string, how: number) => {
    const forms = [
      text.normalize("NFD"),
      text.toLowerCase(),
      `  ${text.toUpperCase().split(" ").join("   ")} `,
      text.replace(/Đ/g, "D").replace(/đ/g, "d")
    ]
    return forms[how % forms.length]!
  }

  it.effect.prop(
    "the same person gives the same pseudonym under the same key, however the names are typed",
    { parts, how: fc.nat() },
    ({ parts, how }) =>
      Effect.gen(function* () {
        const keyring = yield* ringOf("hp-2026", 11)
        const a = yield* Pseudonym.make(parts, keyring)
        const b = yield* Pseudonym.make(
          { ...parts, motherName: scramble(parts.motherName, how), fatherName: scramble(parts.fatherName, how + 1) },
          keyring
        )
        expect(b).toEqual(a)
      }),
    { fastCheck: { numRuns: 50 } }
  )

  it.effect.prop(
    "two deployments with different keys give unlinkable pseudonyms",
    { people: fc.uniqueArray(parts, { minLength: 2, maxLength: 20, selector: (p) => Either.getOrThrow(Uic.make(p)) }) },
    ({ people }) =>
      Effect.gen(function* () {
        const haiPhong = yield* ringOf("hp-2026", 11)
        const quangNinh = yield* ringOf("qn-2026", 101)
        const a = yield* Effect.forEach(people, (p) => Pseudonym.make(p, haiPhong))
        const b = yield* Effect.forEach(people, (p) => Pseudonym.make(p, quangNinh))
        const inA = new Set(a.map((p) => p.personId))
        expect(inA.size).toBe(people.length) // distinct people stay distinct
        expect(b.some((p) => inA.has(p.personId))).toBe(false) // nothing in common across deployments
        // no shared prefix either: one deployment's ids say nothing about the other's
        for (let i = 0; i < people.length; i++) expect(a[i]!.personId.slice(0, 8)).not.toBe(b[i]!.personId.slice(0, 8))
      }),
    { fastCheck: { numRuns: 20 } }
  )
})

describe("why a plain hash is refused", () => {
  it.effect("enumerating every UIC under a plain SHA-256 finds the people; the library refuses that mode", () =>
    Effect.gen(function* () {
      // made-up clients, stored the naive way: SHA-256 of the UIC beside sex and birth year (quasi-identifiers kept on Person)
      const clients = [
        { motherName: "Lê Thị Hoa", fatherName: "Phạm Văn Minh", sex: "female", birthYear: 1996 },
        { motherName: "Đỗ Thị Yến", fatherName: "Vũ Đức Thắng", sex: "female", birthYear: 2001 }
      ]
      const sha = (text: string) => createHash("sha256").update(text).digest("hex")
      const leaked = clients.map((c) => ({ hash: sha(Either.getOrThrow(Uic.make(c))), sexCode: "F", year: String(c.birthYear) }))
      const keyring = yield* ringOf("hp-2026", 11)
      const keyed = yield* Pseudonym.make(clients[0]!, keyring)

      // every two-letter code of a name: k letters A–Z then 9s (703 codes)
      const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      const codes = ["99", ...[...letters].map((a) => `${a}9`), ...[...letters].flatMap((a) => [...letters].map((b) => a + b))]
      expect(codes.length).toBe(703)
      expect(Uic.size()).toBe(703 * 703 * 4 * 202)

      const found: Array<string> = []
      let keyedFound = false
      for (const row of leaked) {
        for (const m of codes)
          for (const f of codes) {
            const guess = `${m}${f}${row.sexCode}${row.year}`
            const h = sha(guess)
            if (h === row.hash) found.push(guess)
            if (h === keyed.personId) keyedFound = true
          }
      }
      expect(found).toEqual(["HOMIF1996", "YETHF2001"]) // both people recovered from their "anonymous" hashes
      expect(keyedFound).toBe(false) // the keyed pseudonym resists the same search

      for (const algorithm of ["SHA-256", "sha256", "MD5", "none"]) {
        const refused = yield* Effect.flip(Pseudonym.make(clients[0]!, keyring, { algorithm }))
        expect(refused._tag).toBe("UnkeyedPseudonym")
      }
      const noKey = yield* Effect.flip(Pseudonym.make(clients[0]!, undefined as unknown as Key.Keyring))
      expect(noKey._tag).toBe("UnkeyedPseudonym")
      expect(noKey.explain("en")).toContain("399,320,872")
      expect(noKey.explain("vi")).toContain("HMAC-SHA-256")
      expect((yield* Effect.flip(Pseudonym.unkeyed("SHA-256")))._tag).toBe("UnkeyedPseudonym")
      expect((yield* Pseudonym.make(clients[0]!, keyring, { algorithm: "HMAC-SHA-256" })).personId).toBe(keyed.personId)
    })
  )

  it.effect("is HMAC-SHA-256 under the key's HKDF sub-key, computed the same on every platform", () =>
    Effect.gen(function* () {
      // the pseudonym as a browser computes it: WebCrypto only, written out here independently
      const secret = new Uint8Array(32).map((_, i) => (i * 11 + 5) % 256)
      const key = yield* Key.fromBytes("k-2026", secret)
      const ring = yield* Key.ring(key)
      const te = new TextEncoder()
      const expected = yield* Effect.promise(async () => {
        const material = await crypto.subtle.importKey("raw", secret, "HKDF", false, ["deriveKey"])
        const hmac = await crypto.subtle.deriveKey(
          { name: "HKDF", hash: "SHA-256", salt: te.encode("@pctnxh/privacy"), info: te.encode("pseudonym/hmac/v1") },
          material,
          { name: "HMAC", hash: "SHA-256", length: 256 },
          false,
          ["sign"]
        )
        const signature = await crypto.subtle.sign("HMAC", hmac, te.encode(`pctnxh-uic/1|${Uic.standard.id}|DAHUF1998`))
        return [...new Uint8Array(signature)].map((b) => b.toString(16).padStart(2, "0")).join("")
      })
      // twice: the first derives the sub-key, the second uses it as derived
      for (let i = 0; i < 2; i++) expect((yield* Pseudonym.fromUic("DAHUF1998" as Uic.Uic, ring)).personId).toBe(expected)
    })
  )

  it.effect("weak keys are refused: short, one byte repeated, not base64", () =>
    Effect.gen(function* () {
      expect((yield* Effect.flip(Key.fromBytes("k", new Uint8Array(16).fill(7))))._tag).toBe("WeakKey")
      expect((yield* Effect.flip(Key.fromBytes("k", new Uint8Array(32))))._tag).toBe("WeakKey")
      expect((yield* Effect.flip(Key.fromBase64("k", "not base64 at all!")))._tag).toBe("WeakKey")
      expect((yield* Effect.flip(Key.fromBytes("bad id with spaces", new Uint8Array(32).map((_, i) => i))))._tag).toBe("WeakKey")
      const { key, secret } = yield* Key.generate("hp-2026")
      expect(String(key)).toBe("Key(hp-2026)")
      expect(JSON.stringify({ key })).not.toContain(secret)
      const again = yield* Key.fromBase64("hp-2026", secret)
      const ring1 = yield* Key.ring(key)
      const ring2 = yield* Key.ring(again)
      expect(yield* Pseudonym.make(dao, ring1)).toEqual(yield* Pseudonym.make(dao, ring2))
      expect((yield* Effect.flip(Key.ring(key, again)))._tag).toBe("InvalidKeyring")
    })
  )
})

describe("key rotation", () => {
  it.effect("records under an old key stay linkable: lift, generations, and a new key's pseudonyms", () =>
    Effect.gen(function* () {
      const k1 = yield* testKey("hp-2024", 3)
      const k2 = yield* testKey("hp-2026", 29)
      const before = yield* Key.ring(k1)
      const after = yield* Key.rotate(before, k2)
      const old = yield* Pseudonym.make(dao, before)
      const current = yield* Pseudonym.make(dao, after)
      expect(old.keyId).toBe("hp-2024")
      expect(current.keyId).toBe("hp-2026")
      expect(current.personId).not.toBe(old.personId)
      expect(yield* Pseudonym.lift(old, after)).toEqual(current)
      expect(yield* Pseudonym.lift(current, after)).toEqual(current)
      expect(yield* Pseudonym.generations(dao, after)).toEqual([current, old])
      // the new key alone (a deployment that lost the old one) does not reproduce them
      const alone = yield* Pseudonym.make(dao, yield* Key.ring(k2))
      expect(alone.personId).not.toBe(current.personId)
      expect((yield* Effect.flip(Pseudonym.lift({ ...old, keyId: "elsewhere" }, after)))._tag).toBe("UnknownKey")
    })
  )

  it.effect("a batch signer gives the pseudonyms make and fromUic give, under one key and after a rotation", () =>
    Effect.gen(function* () {
      const k1 = yield* testKey("hp-2024", 3)
      const k2 = yield* testKey("hp-2026", 29)
      for (const ring of [yield* Key.ring(k1), yield* Key.ring(k1, k2)]) {
        const sign = yield* Pseudonym.batchSigner(ring)
        expect(Option.isSome(sign)).toBe(true)
        const uic = Either.getOrThrow(Uic.make(dao))
        expect(Option.getOrThrow(sign)(uic)).toEqual(yield* Pseudonym.make(dao, ring))
        expect(Option.getOrThrow(sign)(Uic.normaliseCode("hoMO f 1996"))).toEqual(yield* Pseudonym.fromUic(Uic.normaliseCode("HOMOF1996"), ring))
      }
      expect((yield* Effect.flip(Pseudonym.batchSigner(yield* Key.ring(k1), { algorithm: "SHA-256" })))._tag).toBe("UnkeyedPseudonym")
    })
  )

  it("a code typed in capitals, in small letters, with marks or with separators is one code", () => {
    const forms = ["HOMO F 1996", "HOMOF1996", "homo f 1996", "HỒMƠ F 1996", "Homo-F-1996", "HOMO_F/1996", " HOMO  F 1996 ", "HOMO\tF\u00a01996"]
    for (const form of forms) expect(Uic.normaliseCode(form)).toBe("HOMOF1996")
    expect(Uic.normaliseCode("ĐAHU M 1990")).toBe("DAHUM1990")
  })
})
