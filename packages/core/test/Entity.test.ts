import { Classification, Entity, Label } from "@pctnxh/core"
import { describe, expect, it } from "@effect/vitest"
import { Either, ParseResult, Schema } from "effect"
import * as checked from "../src/internal/checked.js"

const validEvent = {
  id: "ev-1",
  personId: "pseudo-a",
  modelId: "model-1",
  siteId: "31@pre2025",
  date: "2019-06-15",
  service: "hiv_testing_referral",
  channel: "outreach",
  population: "sex_worker",
  sex: "female",
  residence: "temporary"
}

describe("decoding untrusted records", () => {
  it("accepts a valid record", () => {
    const decoded = Entity.decode("serviceEvent")(validEvent)
    expect(Either.isRight(decoded)).toBe(true)
  })

  it("names every wrong field in plain words, in Vietnamese and English, without the values", () => {
    const input = {
      ...validEvent,
      personId: "",
      date: "2019-02-30",
      sex: "Nữ",
      cost: -5000,
      birthYear: 1789.5,
      phone: "0912345678"
    }
    const { residence: _, ...withoutResidence } = input
    const error = Either.getLeft(Entity.decode("serviceEvent")(withoutResidence, 7))
    expect(error._tag).toBe("Some")
    if (error._tag !== "Some") return
    const e = error.value
    expect(e._tag).toBe("InvalidRecord")
    expect(e.entity).toBe("serviceEvent")
    expect(e.index).toBe(7)
    const byField = Object.fromEntries(e.issues.map((i) => [i.field, i.problem]))
    expect(Object.keys(byField).sort()).toEqual(["birthYear", "cost", "date", "personId", "phone", "residence", "sex"])
    expect(byField.residence).toEqual({ vi: "bắt buộc phải có", en: "is required" })
    expect(byField.sex?.en).toBe("must be one of: female, male, other, unknown")
    expect(byField.date?.en).toBe("must be a real date written YYYY-MM-DD")
    expect(byField.cost?.en).toBe("must not be negative")
    expect(byField.birthYear?.en).toBe("must be a whole number")
    expect(byField.personId?.en).toBe("must not be empty")
    expect(byField.phone?.en).toBe("is not an allowed field")
    for (const lang of ["vi", "en"] as const) {
      const text = e.explain(lang)
      expect(text).toContain(lang === "vi" ? "serviceEvent số 8" : "serviceEvent #8")
      for (const value of ["Nữ", "2019-02-30", "-5000", "1789.5", "0912345678"]) expect(text).not.toContain(value)
    }
    expect(e.message).not.toMatch(/\bat\s.+\(.*:\d+:\d+\)/)
  })

  it("checks rules that span fields: a fine only with a violation", () => {
    const visit = {
      id: "v1",
      roundId: "r1",
      establishmentId: "s1",
      establishmentType: "karaoke",
      unitId: "22@pre2025",
      date: "2019-04-02",
      outcome: "reminder",
      fine: 3_300_000
    }
    const error = Either.getLeft(Entity.decode("inspectionVisit")(visit))
    expect(error._tag === "Some" && error.value.issues).toEqual([
      { field: "fine", problem: { vi: "chỉ ghi tiền phạt khi kết quả là vi phạm", en: "a fine can only be recorded with a violation" } }
    ])
    expect(Either.isRight(Entity.decode("inspectionVisit")({ ...visit, outcome: "violation" }))).toBe(true)
  })

  it("reports a batch by record index and stores nothing of it", () => {
    const batch = [validEvent, { ...validEvent, id: "ev-2", service: "massage" }, validEvent, { ...validEvent, id: " " }]
    const result = Entity.decodeAll("serviceEvent")(batch)
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isRight(result)) return
    expect(result.left.size).toBe(4)
    expect(result.left.records.map((r) => [r.index, r.issues.map((i) => i.field)])).toEqual([
      [1, ["service"]],
      [3, ["id"]]
    ])
    expect(result.left.explain("vi")).toContain("2/4 bản ghi serviceEvent không hợp lệ")
  })

  it("round-trips every kind through its plain JSON form", () => {
    const decoded = Either.getOrThrow(Entity.decode("serviceEvent")(validEvent))
    expect(Entity.encode("serviceEvent")(decoded)).toEqual(validEvent)
  })
})

describe("privacy classification", () => {
  it("classifies every field of every entity", () => {
    for (const kind of Entity.kinds) {
      const schema = Entity.schemas[kind]
      const classes = Classification.fieldsOf(schema)
      expect(Object.keys(classes).sort(), kind).toEqual(Object.keys(schema.fields).sort())
    }
  })

  it("marks links to persons and health services as sensitive, and demographics as quasi-identifiers", () => {
    const event = Classification.fieldsOf(Entity.schemas.serviceEvent)
    expect(event.personId).toBe("sensitive")
    expect(event.service).toBe("sensitive")
    expect(event.referral).toBe("sensitive")
    expect(event.birthYear).toBe("quasi")
    expect(event.siteId).toBe("quasi")
    expect(event.channel).toBe("plain")
    const person = Classification.fieldsOf(Entity.schemas.person)
    expect(person.population).toBe("sensitive")
    expect(person.sex).toBe("quasi")
    expect(Object.keys(person)).not.toContain("name")
  })

  it("keeps no direct identifier in the core model", () => {
    for (const kind of Entity.kinds) {
      expect(Object.values(Classification.fieldsOf(Entity.schemas[kind])), kind).not.toContain("direct")
    }
  })
})

describe("bilingual vocabularies", () => {
  it("labels every enum member in Vietnamese and English", async () => {
    const core = await import("@pctnxh/core")
    let vocabularies = 0
    for (const module of Object.values(core)) {
      for (const value of Object.values(module as Record<string, unknown>)) {
        if (Schema_isVocabulary(value)) {
          vocabularies++
          for (const member of value.members) {
            const label = value.label(member)
            expect(label.vi.length, member).toBeGreaterThan(0)
            expect(label.en.length, member).toBeGreaterThan(0)
          }
        }
      }
    }
    expect(vocabularies).toBeGreaterThan(20)
    expect(Label.text({ vi: "lượt", en: "contacts" }, "vi")).toBe("lượt")
  })
})

function Schema_isVocabulary(u: unknown): u is Label.Vocabulary<string> {
  return typeof u === "function" && "members" in u && "label" in u && Array.isArray((u as { members: unknown }).members)
}

describe("the short road of decoding and encoding", () => {
  // Entity.decode and Entity.encode skip Effect Schema's machinery for records whose fields
  // only check their values; whatever they give must be what Effect Schema gives
  const options = { errors: "all", onExcessProperty: "error" } as const
  const mutations: ReadonlyArray<(plain: Record<string, unknown>, key: string) => Record<string, unknown>> = [
    (p) => p,
    (p, k) => {
      const { [k]: _, ...rest } = p
      return rest
    },
    (p, k) => ({ ...p, [k]: undefined }),
    (p, k) => ({ ...p, [k]: 12 }),
    (p, k) => ({ ...p, [k]: 2.5 }),
    (p, k) => ({ ...p, [k]: -0 }),
    (p, k) => ({ ...p, [k]: Number.NaN }),
    (p, k) => ({ ...p, [k]: Number.POSITIVE_INFINITY }),
    (p, k) => ({ ...p, [k]: true }),
    (p, k) => ({ ...p, [k]: "2019-02-30" }),
    (p, k) => ({ ...p, [k]: "female" }),
    (p, k) => ({ ...p, [k]: "x" }),
    (p, k) => ({ ...p, [k]: "" }),
    (p, k) => ({ ...p, [k]: ` ${String(p[k])}` }),
    (p, k) => ({ ...p, [k]: null }),
    (p, k) => ({ ...p, [k]: { value: p[k] } }),
    (p) => ({ ...p, unknownField: "a" }),
    (p) => Object.fromEntries(Object.entries(p).reverse())
  ]
  const inputs: ReadonlyArray<readonly [Entity.Kind, Record<string, unknown>]> = [
    ["serviceEvent", validEvent],
    ["serviceEvent", { ...validEvent, birthYear: 1996, cost: 70_000, amount: 2_000_000, providerId: "org-1", groupId: "g-1", activityId: "a-1" }],
    ["serviceEvent", { ...validEvent, referral: { providerKind: "health_facility", outcome: "completed" } }],
    ["person", { id: "p1", keyId: "k1", population: "sex_worker", sex: "female", residence: "temporary" }],
    ["inspectionVisit", { id: "v1", roundId: "r1", establishmentId: "s1", establishmentType: "karaoke", unitId: "22@pre2025", date: "2019-04-02", outcome: "violation", fine: 3_300_000 }]
  ]

  it.each(inputs)("%s: the same records and the same refusals as Effect Schema", (kind, plain) => {
    const schema = Entity.schemas[kind] as unknown as Schema.Schema<unknown, Record<string, unknown>>
    const decode = Entity.decode(kind)
    const encode = Entity.encode(kind) as (record: unknown) => unknown
    const full = ParseResult.decodeUnknownEither(schema, options)
    let accepted = 0
    for (const mutate of mutations) {
      for (const key of Object.keys(plain)) {
        const input = mutate(plain, key)
        const ours = decode(input)
        const theirs = full(input)
        expect(Either.isRight(ours)).toBe(Either.isRight(theirs))
        if (Either.isRight(ours) && Either.isRight(theirs)) {
          accepted++
          expect(Object.getPrototypeOf(ours.right)).toBe(Object.getPrototypeOf(theirs.right))
          expect(Object.keys(ours.right as object)).toEqual(Object.keys(theirs.right as object))
          expect(ours.right).toEqual(theirs.right)
          const encoded = encode(ours.right)
          expect(Object.keys(encoded as object)).toEqual(Object.keys(Schema.encodeSync(schema)(theirs.right)))
          expect(JSON.stringify(encoded)).toBe(JSON.stringify(Schema.encodeSync(schema)(theirs.right)))
        }
      }
    }
    expect(accepted).toBeGreaterThan(0)
  })
})

describe("the short road of decoding, for a class with a constructor of its own", () => {
  class Shouted extends Schema.Class<Shouted>("Shouted")({ name: Schema.String }) {
    constructor(props: { readonly name: string }, options?: boolean) {
      // an empty instance has no keys, yet the constructor changes what it is given
      super(props.name === undefined ? props : { ...props, name: `${props.name}!` }, options)
    }
  }
  it("makes what the constructor makes, from the first record on", () => {
    const fast = checked.decoder(Shouted, { errors: "all", onExcessProperty: "error" })!
    const full = ParseResult.decodeUnknownSync(Shouted, { errors: "all", onExcessProperty: "error" })
    for (const name of ["a", "b", "c"]) {
      const ours = fast({ name }) as Shouted
      expect(ours).toBeInstanceOf(Shouted)
      expect(ours.name).toBe(full({ name }).name)
      expect(ours.name).toBe(`${name}!`)
    }
  })
})
