/**
 * Same input, same outcome on every database: hostile text — SQL injection, quotes,
 * backslashes, every Vietnamese letter in NFC and NFD, emoji, very long strings — in every text
 * field of every kind comes back verbatim; text no database keeps alike (a NUL character, half a
 * surrogate pair, a field longer than its type) is refused the same way everywhere, naming the
 * record and the field.
 */
import { AggregateQuery, CoreError, Entity, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { Fixtures, Scenarios } from "@pctnxh/store-testkit"
import { Effect, Either, Exit, type Layer, Option } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { closeShared, forEachDialect, fresh } from "./dialects.js"

afterAll(closeShared)

const unit = Scenarios.places(vietnam).doSonCommune2019
const fixtures = Fixtures.oneOfEach(unit)

const vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
const tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
/** Every Vietnamese letter with every tone, lower and upper case, and đ Đ. */
const vietnamese = [...vowels.flatMap((v) => tones.map((t) => `${v}${t}`)), "đ"]
  .flatMap((l) => [l, l.toUpperCase()])
  .join("")
  .normalize("NFC")

/** Text that breaks naive SQL, JSON, collations and encodings. */
export const hostile: ReadonlyArray<string> = [
  "Robert'); DROP TABLE pctnxh_service_event;--",
  `" OR "1"="1`,
  "' OR 1=1 --",
  "back\\slash \\' \\\" \\\\ \\n \\u0000",
  "%_ LIKE [a-z]* $1 ? :name @x",
  "`tick` /* comment */ -- rest",
  "line\nbreak\r\nand\ttab",
  '{"json": [1, "two"]}',
  "\u2028\u2029",
  vietnamese,
  vietnamese.normalize("NFD"),
  "Nguyễn Thị Hoà / Hòa / Hoà (NFD)".normalize("NFD"),
  "👩‍👩‍👧 🇻🇳 😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  `${vietnamese}😀`.repeat(6).slice(0, 199),
  "ạ".repeat(100_000)
]

const encode = <K extends Entity.Kind>(kind: K, record: Entity.Of<K>) => Entity.encode(kind)(record) as unknown

/** Every path to a text value in a plain JSON value. */
const textPaths = (value: unknown, at: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> =>
  typeof value === "string"
    ? [at]
    : Array.isArray(value)
      ? value.flatMap((v, i) => textPaths(v, [...at, i]))
      : typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([k, v]) => textPaths(v, [...at, k]))
        : []

const setAt = (value: unknown, path: ReadonlyArray<string | number>, text: string): unknown => {
  if (path.length === 0) return text
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setAt(v, rest, text) : v))
  return { ...(value as object), [head!]: setAt((value as Record<string, unknown>)[head as string], rest, text) }
}

/** For each kind, every variant of its fixture with one text field replaced by hostile text that decodes. */
const variants = Entity.kinds.map((kind) => {
  const base = encode(kind, fixtures[kind] as never)
  const records: Array<{ readonly field: string; readonly record: Entity.Any }> = []
  let n = 0
  for (const path of textPaths(base)) {
    for (const text of hostile) {
      // an id longer than any store keeps is refused (below)
      if (path.length === 1 && path[0] === "id" && text.length > 255) continue
      let changed = setAt(base, path, text) as Record<string, unknown>
      if (path[0] !== "id") changed = { ...changed, id: `${String(changed.id)}-${n++}` }
      const decoded = Entity.decode(kind)(changed)
      // a field with a closed vocabulary, a date or a pattern refuses such text: that is no encoding matter
      if (Either.isRight(decoded)) records.push({ field: path.join("."), record: decoded.right })
    }
  }
  // one record per id: the last with an id wins, as a store would keep it
  const byId = new Map(records.map((r) => [(r.record as { id: string }).id, r]))
  return { kind, records: [...byId.values()] }
})

const run = <A, E>(effect: Effect.Effect<A, E, Store.Store>, layer: Layer.Layer<Store.Store, unknown>) =>
  Effect.runPromise(Effect.provide(effect, layer) as Effect.Effect<A, unknown>)

/** Puts a batch and returns how the store answered: its summary, or the error's shape. */
const outcome = (kind: Entity.Kind, records: ReadonlyArray<unknown>) =>
  Effect.flatMap(Store.Store, (store) =>
    Effect.map(Effect.exit(store.put(kind, records as never)), (exit) => {
      if (Exit.isSuccess(exit)) return { ok: exit.value }
      const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
      return {
        error:
          error instanceof CoreError.StoreError
            ? { problem: error.problem, record: error.record, field: error.field, en: error.reason.en, vi: error.reason.vi }
            : String(error)
      }
    })
  )

const withNul = new Entity.schemas.serviceEvent({ ...fixtures.serviceEvent, id: "ev-nul" as never, modelId: "HP\u00001" as never })
const withHalfPair = new Entity.schemas.activity({ ...fixtures.activity, id: "act-half" as never, groupId: "nhóm-\ud83d" as never })
// built without the schema's checks, as a program may: the store still refuses it
const longElement = new Entity.schemas.aggregateValue({ ...fixtures.aggregateValue, id: "av-long" as never, dataElement: "E".repeat(256) }, true)
const refused: ReadonlyArray<readonly [Entity.Kind, ReadonlyArray<unknown>]> = [
  ["serviceEvent", [fixtures.serviceEvent, withNul]],
  ["activity", [withHalfPair]],
  ["aggregateValue", [fixtures.aggregateValue, fixtures.aggregateValue, longElement]],
  ["disclosureRelease", [new Entity.schemas.disclosureRelease({ ...fixtures.disclosureRelease, id: "ạ".repeat(256) as never })]],
  ["consent", [fixtures.consent, new Entity.schemas.consent({ ...fixtures.consent, id: "c-x" as never, personId: "p\u0000x" as never })]]
]

describe("text no database keeps alike", () => {
  it("is refused when decoded, naming the record and the field, never the text", () => {
    const decoded = Entity.decodeAll("serviceEvent")([encode("serviceEvent", fixtures.serviceEvent), { ...(encode("serviceEvent", fixtures.serviceEvent) as object), modelId: "HP\u00001" }])
    expect(Either.isLeft(decoded)).toBe(true)
    const error = Either.getLeft(decoded).pipe(Option.getOrThrow)
    expect(error.records).toHaveLength(1)
    expect(error.records[0]).toMatchObject({ index: 1, issues: [{ field: "modelId" }] })
    expect(error.message).toContain('serviceEvent #2, field "modelId": contains a NUL character (U+0000)')
    expect(error.message).not.toContain("HP")
    const half = Entity.decode("activity")({ ...(encode("activity", fixtures.activity) as object), attendeeIds: ["pseudo-a", "x\udc00"] })
    expect(Either.getLeft(half).pipe(Option.getOrThrow).issues).toEqual([
      { field: "attendeeIds[1]", problem: expect.objectContaining({ en: "contains invalid Unicode (half of a surrogate pair)" }) }
    ])
  })
})

/** How the memory store answers every refused batch: every database must answer the same. */
const reference = Promise.all(refused.map(([kind, records]) => run(outcome(kind, records), MemoryStore.layer())))

await forEachDialect("Text", (dialect) => {
  it("in every text field of every kind comes back verbatim: injection, quotes, backslashes, Vietnamese NFC and NFD, emoji, 100,000 characters", { timeout: 300_000 }, async () => {
    const checked = await run(
      Effect.gen(function* () {
        const store = yield* Store.Store
        let n = 0
        for (const { kind, records } of variants) {
          yield* store.put(kind, records.map((r) => r.record) as never)
          for (const { field, record } of records) {
            const back = yield* store.get(kind, (record as { id: string }).id)
            expect(Option.isSome(back), `${kind}.${field}`).toBe(true)
            expect(encode(kind, Option.getOrThrow(back) as never), `${kind}.${field}`).toEqual(encode(kind, record as never))
            n++
          }
        }
        // text in columns comes back verbatim too: grouped by, and found by
        const models = variants.find((v) => v.kind === "serviceEvent")!.records.filter((r) => r.field === "modelId").map((r) => (r.record as Entity.Of<"serviceEvent">).modelId)
        const grouped = yield* store.aggregate(
          AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, groupBy: [AggregateQuery.by("model")] })
        )
        for (const model of models) expect(grouped.some((row) => row.key.model === model), JSON.stringify(model.slice(0, 40))).toBe(true)
        const persons = variants.find((v) => v.kind === "consent")!.records.filter((r) => r.field === "personId")
        for (const { record } of persons) {
          const found = yield* store.find("consent", { personId: (record as Entity.Of<"consent">).personId })
          expect(found.map((c) => c.id)).toEqual([(record as Entity.Of<"consent">).id])
        }
        return n
      }),
      fresh(dialect)
    )
    expect(checked).toBeGreaterThan(300)
  })

  it("that no database keeps alike is refused exactly as the memory store refuses it, naming the record and the field, storing nothing", async () => {
    const expected = await reference
    const got = await run(
      Effect.gen(function* () {
        const out: Array<unknown> = []
        for (const [kind, records] of refused) out.push(yield* outcome(kind, records))
        const store = yield* Store.Store
        return { out, counts: yield* Effect.forEach(["serviceEvent", "activity", "aggregateValue", "disclosureRelease", "consent"] as const, (k) => store.count(k)) }
      }),
      fresh(dialect)
    )
    expect(got.out).toEqual(expected)
    expect(got.counts).toEqual([0, 0, 0, 0, 0])
    expect(expected).toMatchObject([
      { error: { problem: "invalid", record: 1, field: "modelId" } },
      { error: { problem: "invalid", record: 0, field: "groupId" } },
      { error: { problem: "invalid", record: 2, field: "dataElement", en: "is longer than 200 characters" } },
      { error: { problem: "invalid", record: 0, field: "id", en: "is longer than 255 characters" } },
      { error: { problem: "invalid", record: 1, field: "personId" } }
    ])
  })
})
