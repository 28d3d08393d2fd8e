/**
 * The conformance suite of the Store port. An adapter's whole test file is three lines:
 *
 * ```ts
 * import { StoreTestkit } from "@pctnxh/store-testkit"
 * import { MyStore } from "my-adapter"
 * StoreTestkit.suite("my adapter", MyStore.layer({ url: process.env.MY_URL }))
 * ```
 *
 * The layer must provide a fresh, empty store each time it is built: the suite builds it once
 * per test and once per generated dataset.
 *
 * @since 0.1.0
 */
import { AggregateQuery, type CoreError, Entity, type Geography, Ids, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, FastCheck as fc, Layer, Option, Stream } from "effect"
import * as Arbitraries from "./Arbitraries.js"
import { oneOfEach } from "./Fixtures.js"
import * as Scenarios from "./Scenarios.js"

/**
 * Options of the suite.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The geography the adapter was built with (Vietnam's by default). */
  readonly geography?: Geography.Geography
  /** How many random datasets the property part generates (default 20). */
  readonly datasets?: number
  /** How many random queries run on each dataset (default 12). */
  readonly queriesPerDataset?: number
  /** How many records of each source a dataset holds at most (default 40). */
  readonly datasetSize?: number
}

/**
 * Sorts rows so that two stores' answers compare regardless of order, rounding sums of
 * fractional values to 9 decimals (contributions too).
 *
 * @since 0.1.0
 */
export const normalise = (rows: ReadonlyArray<AggregateQuery.Row>) =>
  rows
    .map((row) => ({
      key: row.key,
      value: Math.round(row.value * 1e9) / 1e9,
      ...(row.contributions === undefined
        ? {}
        : {
            contributions: {
              contributors: row.contributions.contributors,
              largest: row.contributions.largest.map((x) => Math.round(x * 1e9) / 1e9)
            }
          })
    }))
    .sort((a, b) => {
      const ka = JSON.stringify(a.key)
      const kb = JSON.stringify(b.key)
      return ka < kb ? -1 : ka > kb ? 1 : 0
    })

/**
 * Puts a dataset into the store in dependency order, in one transaction (with
 * `Store.load` of `@pctnxh/core`).
 *
 * @since 0.1.0
 */
export const load = (dataset: Arbitraries.Dataset): Effect.Effect<void, CoreError.StoreError, Store.Store> =>
  Store.load(dataset).pipe(
    Effect.asVoid,
    // every record of a dataset is decoded already, so none can fail to decode
    Effect.catchTag("InvalidRecord", (e) => Effect.die(e))
  )

/**
 * Registers the whole conformance suite for an adapter with vitest.
 *
 * @since 0.1.0
 */
export const suite = (name: string, layer: Layer.Layer<Store.Store, unknown>, options: Options = {}): void => {
  const geography = options.geography ?? vietnam
  const places = Scenarios.places(geography)
  const fixtures = oneOfEach(places.doSonCommune2019)
  const run = <A, E>(effect: Effect.Effect<A, E, Store.Store>) => Effect.provide(effect, layer)

  describe(`Store conformance: ${name}`, () => {
    describe("records", () => {
      it.effect("puts and gets back one record of every kind", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            for (const kind of Entity.kinds) {
              const record = fixtures[kind]
              const summary = yield* store.put(kind, [record] as never)
              expect(summary).toEqual({ inserted: 1, updated: 0, unchanged: 0 })
              const back = yield* store.get(kind, (record as { id: string }).id)
              expect(Option.isSome(back), kind).toBe(true)
              expect(Entity.encode(kind)(Option.getOrThrow(back) as never)).toEqual(Entity.encode(kind)(record as never))
              expect(Option.isNone(yield* store.get(kind, "no-such-id"))).toBe(true)
            }
          })
        )
      )

      it.effect("an officer's mixed batch — establishments, visits, contacts, sessions — loads in one call, or not at all", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const unitId = places.doSonCommune2019
            const contact = (id: string, date: string) => ({
              id,
              personId: "p-load-1",
              modelId: "model-1",
              siteId: unitId,
              date,
              service: "counselling",
              channel: "outreach",
              population: "sex_worker",
              sex: "female",
              residence: "temporary"
            })
            // the visit comes before its establishment in the call; the loader puts them in order
            const summary = yield* Store.load({
              inspectionVisit: [
                { id: "load-visit-1", roundId: "round-1", establishmentId: "load-est-1", establishmentType: "karaoke", unitId, date: "2019-04-02", outcome: "violation", fine: 3_500_000 }
              ],
              establishment: [{ id: "load-est-1", type: "karaoke", unitId, atRisk: true, opened: "2015-05-01" }],
              serviceEvent: [contact("load-ev-1", "2019-05-01"), contact("load-ev-2", "2019-06-01")],
              activity: Scenarios.groupSessions(unitId)
            })
            expect(summary).toEqual({
              serviceEvent: { inserted: 2, updated: 0, unchanged: 0 },
              activity: { inserted: 4, updated: 0, unchanged: 0 },
              establishment: { inserted: 1, updated: 0, unchanged: 0 },
              inspectionVisit: { inserted: 1, updated: 0, unchanged: 0 }
            })
            expect(yield* store.count("establishment")).toBe(1)
            // one contact with an impossible date: nothing of the batch is written, and the
            // error names the kind, the record and the field, never a value
            const refused = yield* Effect.flip(
              Store.load({
                establishment: [{ id: "load-est-2", type: "bar", unitId, atRisk: false, opened: "2016-01-01" }],
                serviceEvent: [contact("load-ev-3", "2019-07-01"), contact("load-ev-4", "2019-02-30")]
              })
            )
            expect(refused._tag).toBe("InvalidRecord")
            if (refused._tag === "InvalidRecord") {
              expect([refused.entity, refused.index, refused.issues.map((i) => i.field)]).toEqual(["serviceEvent", 1, ["date"]])
              expect(refused.explain("en")).not.toContain("p-load-1")
              expect(refused.explain("vi")).not.toContain("p-load-1")
            }
            expect(yield* store.count("establishment")).toBe(1)
            expect(yield* store.count("serviceEvent")).toBe(2)
          })
        )
      )

      it.effect("put is idempotent: the same batch twice changes nothing", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const events = Scenarios.returningClients(places.doSonCommune2019)
            const first = yield* store.put("serviceEvent", events)
            expect(first.inserted).toBe(events.length)
            const before = yield* store.aggregate(Scenarios.contactsAndPersons())
            const second = yield* store.put("serviceEvent", events)
            expect(second).toEqual({ inserted: 0, updated: 0, unchanged: events.length })
            expect(yield* store.count("serviceEvent")).toBe(events.length)
            expect(yield* store.aggregate(Scenarios.contactsAndPersons())).toEqual(before)
          })
        )
      )

      it.effect("an id repeated inside one batch is new once: then unchanged or updated, the last one kept", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const event = new Entity.schemas.serviceEvent({ ...fixtures.serviceEvent, id: Ids.ServiceEventId.make("repeated-in-batch") })
            const changed = new Entity.schemas.serviceEvent({ ...event, service: "counselling" })
            expect(yield* store.put("serviceEvent", [event, event, changed])).toEqual({ inserted: 1, updated: 1, unchanged: 1 })
            expect(yield* store.count("serviceEvent")).toBe(1)
            expect(Option.getOrThrow(yield* store.get("serviceEvent", event.id)).service).toBe("counselling")
          })
        )
      )

      it.effect("put replaces a record with the same id and reports it as updated", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const event = fixtures.serviceEvent
            yield* store.put("serviceEvent", [event])
            const changed = new Entity.schemas.serviceEvent({ ...event, service: "counselling" })
            expect(yield* store.put("serviceEvent", [changed])).toEqual({ inserted: 0, updated: 1, unchanged: 0 })
            const back = Option.getOrThrow(yield* store.get("serviceEvent", event.id))
            expect(back.service).toBe("counselling")
            expect(yield* store.count("serviceEvent")).toBe(1)
          })
        )
      )

      it.effect("lists every record in id order, whatever the batch size", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const events = Scenarios.returningClients(places.doSonCommune2019)
            yield* store.put("serviceEvent", events)
            const ids = [...events.map((e) => e.id)].sort()
            for (const batchSize of [1, 7, 10_000]) {
              const listed = yield* Stream.runCollect(store.list("serviceEvent", { batchSize }))
              expect(Chunk.toReadonlyArray(listed).map((e) => e.id)).toEqual(ids)
            }
            expect(Chunk.size(yield* Stream.runCollect(store.list("budget")))).toBe(0)
          })
        )
      )

      it.effect("a failed transaction leaves nothing behind", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("person", [fixtures.person])
            const attempt = store.transaction(
              Effect.gen(function* () {
                yield* store.put("serviceEvent", Scenarios.returningClients(places.doSonCommune2019))
                yield* store.put("person", [new Entity.schemas.person({ ...fixtures.person, residence: "none" })])
                return yield* Effect.fail("import aborted" as const)
              })
            )
            expect(yield* Effect.flip(attempt)).toBe("import aborted")
            expect(yield* store.count("serviceEvent")).toBe(0)
            expect(Option.getOrThrow(yield* store.get("person", fixtures.person.id)).residence).toBe("temporary")
            const ok = yield* store.transaction(store.put("serviceEvent", [fixtures.serviceEvent]))
            expect(ok.inserted).toBe(1)
            expect(yield* store.count("serviceEvent")).toBe(1)
          })
        )
      )

      it.effect("a transaction inside another is a savepoint: its failure, caught, undoes only its own writes", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const events = Scenarios.returningClients(places.doSonCommune2019)
            const [first, ...rest] = events
            const outcome = yield* store.transaction(
              Effect.gen(function* () {
                yield* store.put("person", [fixtures.person])
                yield* store.transaction(store.put("serviceEvent", [first!]))
                // the inner transaction writes, then fails: its writes go, the outer goes on
                const inner = yield* Effect.flip(
                  store.transaction(
                    Effect.gen(function* () {
                      yield* store.put("serviceEvent", rest)
                      yield* store.put("person", [new Entity.schemas.person({ ...fixtures.person, residence: "none" })])
                      return yield* Effect.fail("batch refused" as const)
                    })
                  )
                )
                expect(yield* store.count("serviceEvent")).toBe(1)
                // a savepoint nested in a savepoint, and a write after the failure
                yield* store.transaction(store.transaction(store.put("serviceEvent", [fixtures.serviceEvent])))
                return inner
              })
            )
            expect(outcome).toBe("batch refused")
            expect(yield* store.count("serviceEvent")).toBe(2)
            expect(Option.isSome(yield* store.get("serviceEvent", first!.id))).toBe(true)
            expect(Option.isSome(yield* store.get("serviceEvent", fixtures.serviceEvent.id))).toBe(true)
            expect(Option.getOrThrow(yield* store.get("person", fixtures.person.id)).residence).toBe("temporary")
            // and an outer failure undoes what its savepoints had kept
            expect(
              yield* Effect.flip(store.transaction(Effect.zipRight(store.transaction(store.put("serviceEvent", rest)), Effect.fail("import aborted" as const))))
            ).toBe("import aborted")
            expect(yield* store.count("serviceEvent")).toBe(2)
          })
        )
      )

      it.effect("finds records by indexed fields, in id order, as filtering every record would", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const consent = (id: string, personId: string) =>
              new Entity.schemas.consent({ ...fixtures.consent, id: id as never, personId: personId as never })
            yield* store.put("consent", [consent("c3", "p-b"), consent("c1", "p-a"), consent("c2", "p-b"), consent("c4", "p-c")])
            const ids = (records: ReadonlyArray<{ readonly id: string }>) => records.map((r) => r.id)
            expect(ids(yield* store.find("consent", { personId: "p-b" }))).toEqual(["c2", "c3"])
            expect(ids(yield* store.find("consent", { personId: ["p-c", "p-a", "p-x"] }))).toEqual(["c1", "c4"])
            expect(ids(yield* store.find("consent", { personId: [] }))).toEqual([])
            expect(ids(yield* store.find("consent", { personId: "p-nobody" }))).toEqual([])
            expect(ids(yield* store.find("consent", { personId: "p-b" }, { order: "descending", limit: 1 }))).toEqual(["c3"])
            expect(ids(yield* store.find("consent", {}, { limit: 2 }))).toEqual(["c1", "c2"])
            expect(ids(yield* store.find("consent", {}, { order: "descending", limit: 1 }))).toEqual(["c4"])
            // the index follows updates
            yield* store.put("consent", [consent("c2", "p-a")])
            expect(ids(yield* store.find("consent", { personId: "p-a" }))).toEqual(["c1", "c2"])
            expect(ids(yield* store.find("consent", { personId: "p-b" }))).toEqual(["c3"])
            // empty fields are found with null
            const shredded = new Entity.schemas.vaultEntry({ id: "vault-0" as never, keyId: fixtures.vaultEntry.keyId, values: [], updated: fixtures.vaultEntry.updated })
            yield* store.put("vaultEntry", [fixtures.vaultEntry, shredded])
            expect(ids(yield* store.find("vaultEntry", { personId: null }))).toEqual(["vault-0"])
            expect(ids(yield* store.find("vaultEntry", { personId: fixtures.vaultEntry.personId! }))).toEqual(["vault-1"])
            expect(ids(yield* store.find("vaultEntry", { personId: [null, fixtures.vaultEntry.personId!] }))).toEqual(["vault-0", "vault-1"])
            const notified = new Entity.schemas.incident({ ...fixtures.incident, id: "incident-0" as never, notifiedAt: fixtures.incident.deadline })
            yield* store.put("incident", [fixtures.incident, notified])
            expect(ids(yield* store.find("incident", { notifiedAt: null }))).toEqual(["incident-1"])
            // releases and privacy spends by audience
            const toPublic = new Entity.schemas.disclosureRelease({ ...fixtures.disclosureRelease, id: "release-0" as never, audience: "public" })
            yield* store.put("disclosureRelease", [fixtures.disclosureRelease, toPublic])
            expect(ids(yield* store.find("disclosureRelease", { audience: "public" }))).toEqual(["release-0"])
            expect(ids(yield* store.find("disclosureRelease", { audience: ["donor", "public"] }))).toEqual(["release-0", "release-1"])
            const account = new Entity.schemas.privacySpend({ id: "donor" as never, audience: "donor", at: fixtures.privacySpend.at, epsilon: 0 })
            yield* store.put("privacySpend", [fixtures.privacySpend, account])
            expect(ids(yield* store.find("privacySpend", { audience: "donor" }))).toEqual(["donor", "donor/spend-1"])
            expect(ids(yield* store.find("privacySpend", { audience: "public" }))).toEqual([])
            // several fields at once, on a source with composite indexes
            const events = Scenarios.returningClients(places.doSonCommune2019)
            yield* store.put("serviceEvent", events)
            const all = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("serviceEvent")))
            for (const person of ["p-returning-1", "p-returning-2", "p-nobody"]) {
              expect(ids(yield* store.find("serviceEvent", { personId: person }))).toEqual(ids(all.filter((e) => e.personId === person)))
              expect(ids(yield* store.find("serviceEvent", { personId: person, date: "2019-05-06" }))).toEqual(
                ids(all.filter((e) => e.personId === person && e.date === "2019-05-06"))
              )
            }
            expect(ids(yield* store.find("serviceEvent", { personId: null }))).toEqual(ids(all.filter((e) => e.personId === undefined)))
          })
        )
      )

      it.effect("refuses to find by a field that has no index, naming the fields it can find by", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const error = yield* Effect.flip(store.find("consent", { given: "2019-06-15" } as never))
            expect(error._tag).toBe("NotIndexed")
            expect(error).toMatchObject({ kind: "consent", field: "given", indexed: ["personId"] })
            expect(error.message).toContain('"given"')
          })
        )
      )

      it.effect("erasing a person cuts every link and keeps past aggregates", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            for (const kind of Entity.kinds) yield* store.put(kind, [fixtures[kind]] as never)
            const events = Scenarios.returningClients(places.doSonCommune2019)
            yield* store.put("serviceEvent", events)
            const query = Scenarios.contactsAndPersons()
            const before = yield* store.aggregate(query)
            const erased = yield* store.erasePerson(fixtures.person.id)
            expect(erased.person).toBe(true)
            expect(erased.consents).toBe(1)
            expect(erased.unlinked).toBeGreaterThanOrEqual(3)
            expect(Option.isNone(yield* store.get("person", fixtures.person.id))).toBe(true)
            expect(Option.isNone(yield* store.get("consent", fixtures.consent.id))).toBe(true)
            expect(yield* store.find("consent", { personId: fixtures.person.id })).toEqual([])
            expect(yield* store.find("serviceEvent", { personId: fixtures.person.id })).toEqual([])
            const remaining = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("serviceEvent")))
            expect(remaining.some((e) => e.personId === fixtures.person.id)).toBe(false)
            const activity = Option.getOrThrow(yield* store.get("activity", fixtures.activity.id))
            expect(activity.attendeeIds?.includes(fixtures.person.id)).toBe(false)
            const group = Option.getOrThrow(yield* store.get("group", fixtures.group.id))
            expect(group.coreMemberIds.includes(fixtures.person.id)).toBe(false)
            expect(yield* store.aggregate(query)).toEqual(before)
            // a second person erased stays a distinct person
            yield* store.erasePerson("p-returning-1" as never)
            expect(yield* store.aggregate(query)).toEqual(before)
          })
        )
      )
    })

    describe("aggregates", () => {
      it.effect("Quảng Ninh 2019: 445 establishment-visits, 41 violations fined 135.8 M VND, 308 reminders", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("inspectionVisit", Scenarios.quangNinh2019(places.quangNinhUnit2019))
            const byOutcome = yield* store.aggregate(
              AggregateQuery.make({
                source: "inspectionVisit",
                measure: AggregateQuery.count,
                filters: [AggregateQuery.inPeriod("2019", "plain")],
                groupBy: [AggregateQuery.by("outcome")]
              })
            )
            expect(normalise(byOutcome)).toEqual([
              { key: { outcome: "compliant" }, value: 96 },
              { key: { outcome: "reminder" }, value: 308 },
              { key: { outcome: "violation" }, value: 41 }
            ])
            const fines = yield* store.aggregate(
              AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.sum("fine") })
            )
            expect(fines).toEqual([{ key: {}, value: 135_800_000 }])
            const establishments = yield* store.aggregate(
              AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.distinct("establishmentId") })
            )
            expect(establishments[0]?.value).toBe(300)
            const rounds = yield* store.aggregate(
              AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.distinct("roundId") })
            )
            expect(rounds[0]?.value).toBe(51)
          })
        )
      )

      it.effect("Quảng Ninh 2019 fines by establishment: how many were fined, and the largest fines (for the dominance rule)", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const visits = Scenarios.quangNinh2019(places.quangNinhUnit2019)
            // one karaoke bar is fined again, 50 million VND: it now dominates the province's fines
            const again = Entity.decode("inspectionVisit")({
              id: "qn-2019-again",
              roundId: "qn-round-0",
              establishmentId: "qn-est-0",
              establishmentType: "karaoke",
              unitId: places.quangNinhUnit2019,
              date: "2019-12-01",
              outcome: "violation",
              fine: 50_000_000
            })
            if (again._tag === "Left") throw new Error(again.left.message)
            yield* store.put("inspectionVisit", [...visits, again.right])
            const fines = yield* store.aggregate(
              AggregateQuery.make({
                source: "inspectionVisit",
                measure: AggregateQuery.contributions("fine", "establishmentId", 3),
                filters: [AggregateQuery.inPeriod("2019", "plain")]
              })
            )
            expect(normalise(fines)).toEqual([
              { key: {}, value: 185_800_000, contributions: { contributors: 41, largest: [53_800_000, 3_300_000, 3_300_000] } }
            ])
            const byType = yield* store.aggregate(
              AggregateQuery.make({
                source: "inspectionVisit",
                measure: AggregateQuery.contributions("fine", "establishmentId", 2),
                filters: [AggregateQuery.where("outcome", ["violation"])],
                groupBy: [AggregateQuery.by("establishmentType")]
              })
            )
            // violations 0…40 and the second fine: karaoke bars are visits 0, 3, …, 39 (14 of them)
            expect(normalise(byType)).toEqual([
              { key: { establishmentType: "guesthouse" }, value: 13 * 3_300_000, contributions: { contributors: 13, largest: [3_300_000, 3_300_000] } },
              { key: { establishmentType: "karaoke" }, value: 53_800_000 + 13 * 3_300_000, contributions: { contributors: 14, largest: [53_800_000, 3_300_000] } },
              { key: { establishmentType: "massage" }, value: 14 * 3_300_000, contributions: { contributors: 14, largest: [3_300_000, 3_300_000] } }
            ])
            const none = yield* store.aggregate(
              AggregateQuery.make({
                source: "inspectionVisit",
                measure: AggregateQuery.contributions("fine", "establishmentId"),
                filters: [AggregateQuery.inPeriod("2018", "plain")]
              })
            )
            expect(none).toEqual([])
          })
        )
      )

      it.effect("a year's distinct persons are not the sum of its quarters' when people return", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", Scenarios.returningClients(places.doSonCommune2019))
            const year = yield* store.aggregate(
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [AggregateQuery.inPeriod("2019", "plain")]
              })
            )
            const quarters = yield* store.aggregate(
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [AggregateQuery.inPeriod("2019", "plain")],
                groupBy: [AggregateQuery.byPeriod("quarter", "plain")]
              })
            )
            expect(year).toEqual([{ key: {}, value: 3 }])
            expect(normalise(quarters).map((r) => r.value)).toEqual([3, 2, 1, 1])
            expect(quarters.reduce((s, r) => s + r.value, 0)).toBe(7)
          })
        )
      )

      it.effect("new persons (first contact in the year) add up across quarters; distinct persons do not", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const events = [
              ...Scenarios.returningClients(places.doSonCommune2019),
              ...Scenarios.decemberEdge(places.doSonCommune2019)
            ]
            yield* store.put("serviceEvent", events)
            const byQuarter = (calendar: "plain" | "administrative") =>
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.newPersons(calendar),
                  filters: [AggregateQuery.inPeriod("2019", calendar)],
                  groupBy: [AggregateQuery.byPeriod("quarter", calendar)]
                })
              )
            // plain: p1–p3 first seen in Q1; the two December women in Q4
            expect(normalise(yield* byQuarter("plain"))).toEqual([
              { key: { period: "2019Q1" }, value: 3 },
              { key: { period: "2019Q4" }, value: 2 }
            ])
            // administrative: 15 December belongs to 2020, so only one December woman is new in 2019
            expect(normalise(yield* byQuarter("administrative"))).toEqual([
              { key: { period: "2019Q1" }, value: 3 },
              { key: { period: "2019Q4" }, value: 1 }
            ])
            const year = yield* store.aggregate(
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [AggregateQuery.inPeriod("2019", "plain")]
              })
            )
            expect(year).toEqual([{ key: {}, value: 5 }])
            // a period filter does not make a returning person new
            const q2 = yield* store.aggregate(
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.newPersons("plain"),
                filters: [AggregateQuery.inPeriod("2019Q2", "plain")]
              })
            )
            expect(q2).toEqual([])
          })
        )
      )

      it.effect("over 2019/2020 a woman met in both years is new once, not once a year", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", Scenarios.returningNextYear(places.doSonCommune2019))
            const newPersons = (window: "year" | "ever", period: string, groupBy: ReadonlyArray<AggregateQuery.Dimension> = []) =>
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.newPersons("plain", window),
                  filters: [AggregateQuery.inPeriod(period, "plain")],
                  groupBy
                })
              )
            // each year counts its own first contacts
            expect(normalise(yield* newPersons("year", "2019/2020", [AggregateQuery.byPeriod("year", "plain")]))).toEqual([
              { key: { period: "2019" }, value: 1 },
              { key: { period: "2020" }, value: 2 }
            ])
            // since ever: the returning woman is new in 2019 only
            expect(yield* newPersons("ever", "2019/2020")).toEqual([{ key: {}, value: 2 }])
            expect(normalise(yield* newPersons("ever", "2019/2020", [AggregateQuery.byPeriod("year", "plain")]))).toEqual([
              { key: { period: "2019" }, value: 1 },
              { key: { period: "2020" }, value: 1 }
            ])
            // a contact before the range makes her not new in it
            expect(yield* newPersons("ever", "2020")).toEqual([{ key: {}, value: 1 }])
          })
        )
      )

      it.effect("group sessions: 50 participant contacts, 3 women attending, one of them at every session", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("activity", Scenarios.groupSessions(places.doSonCommune2019))
            const attendees = (groupBy: ReadonlyArray<AggregateQuery.Dimension>) =>
              store.aggregate(
                AggregateQuery.make({
                  source: "activity",
                  measure: AggregateQuery.distinctPersons,
                  filters: [AggregateQuery.inPeriod("2019", "plain")],
                  groupBy
                })
              )
            expect(yield* attendees([])).toEqual([{ key: {}, value: 3 }])
            // persons of the halves do not add up to the year's: the woman at every session is in both
            expect(normalise(yield* attendees([AggregateQuery.byPeriod("half", "plain")]))).toEqual([
              { key: { period: "2019S1" }, value: 3 },
              { key: { period: "2019S2" }, value: 1 }
            ])
            const contacts = yield* store.aggregate(
              AggregateQuery.make({ source: "activity", measure: AggregateQuery.sum("participantContacts"), filters: [AggregateQuery.inPeriod("2019", "plain")] })
            )
            expect(contacts).toEqual([{ key: {}, value: 50 }])
            // an amount cannot be split among the attendees of an activity
            const split = yield* Effect.flip(
              store.aggregate(AggregateQuery.make({ source: "activity", measure: AggregateQuery.contributions("cost", "personId") }))
            )
            expect(split._tag).toBe("InvalidQuery")
          })
        )
      )

      it.effect("package reach counts persons with at least N services of the package in the period", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", Scenarios.packageReach(places.doSonCommune2019))
            const reach = (groupBy: ReadonlyArray<AggregateQuery.Dimension>) =>
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.reached(["outreach_information", "counselling", "condoms"], 2),
                  filters: [AggregateQuery.inPeriod("2019", "plain")],
                  groupBy
                })
              )
            expect(yield* reach([])).toEqual([{ key: {}, value: 2 }])
            expect(normalise(yield* reach([AggregateQuery.byPeriod("quarter", "plain")]))).toEqual([
              { key: { period: "2019Q1" }, value: 1 },
              { key: { period: "2019Q2" }, value: 0 }
            ])
          })
        )
      )

      it.effect("the administrative calendar puts 15 December into the next year, the plain one does not", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", Scenarios.decemberEdge(places.doSonCommune2019))
            const byYear = (calendar: "plain" | "administrative") =>
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.count,
                  groupBy: [AggregateQuery.byPeriod("year", calendar)]
                })
              )
            expect(normalise(yield* byYear("plain"))).toEqual([{ key: { period: "2019" }, value: 2 }])
            expect(normalise(yield* byYear("administrative"))).toEqual([
              { key: { period: "2019" }, value: 1 },
              { key: { period: "2020" }, value: 1 }
            ])
          })
        )
      )

      it.effect("a period filter of one calendar, grouped by the periods of the other, puts each contact in the period of its date", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", Scenarios.periodEdges(places.doSonCommune2019))
            const aggregate = (measure: AggregateQuery.Measure, filters: ReadonlyArray<AggregateQuery.Filter>, groupBy: AggregateQuery.Dimension) =>
              store.aggregate(AggregateQuery.make({ source: "serviceEvent", measure, filters, groupBy: [groupBy] }))
            const year2020 = [AggregateQuery.inPeriod("2020", "administrative")]
            // the administrative 2020: 2019-12-15 … 2020-12-14
            expect(normalise(yield* aggregate(AggregateQuery.count, year2020, AggregateQuery.byPeriod("month", "administrative")))).toEqual([
              { key: { period: "2020M01" }, value: 3 },
              { key: { period: "2020M03" }, value: 1 },
              { key: { period: "2020M04" }, value: 3 },
              { key: { period: "2020M12" }, value: 1 }
            ])
            expect(normalise(yield* aggregate(AggregateQuery.count, year2020, AggregateQuery.byPeriod("quarter", "plain")))).toEqual([
              { key: { period: "2019Q4" }, value: 2 },
              { key: { period: "2020Q1" }, value: 4 },
              { key: { period: "2020Q2" }, value: 1 },
              { key: { period: "2020Q4" }, value: 1 }
            ])
            // two filters: the dates both let through
            const both = [...year2020, AggregateQuery.inPeriod("2020S1", "plain")]
            expect(normalise(yield* aggregate(AggregateQuery.count, both, AggregateQuery.byPeriod("quarter", "administrative")))).toEqual([
              { key: { period: "2020Q1" }, value: 2 },
              { key: { period: "2020Q2" }, value: 3 }
            ])
            // new in the administrative 2020: p-a on 2019-12-15, p-b on 2019-12-31, p-c on
            // 2020-01-01, p-d on 2020-03-15; the plain first quarter shows the last two
            const firstQuarter = [AggregateQuery.inPeriod("2020Q1", "plain")]
            const newPersons = AggregateQuery.newPersons("administrative")
            expect(normalise(yield* aggregate(newPersons, firstQuarter, AggregateQuery.byPeriod("month", "administrative")))).toEqual([
              { key: { period: "2020M01" }, value: 1 },
              { key: { period: "2020M04" }, value: 1 }
            ])
            expect(normalise(yield* aggregate(newPersons, year2020, AggregateQuery.byPeriod("year", "plain")))).toEqual([
              { key: { period: "2019" }, value: 2 },
              { key: { period: "2020" }, value: 2 }
            ])
          })
        )
      )

      it.effect("an event of 2019 in Đồ Sơn rolls up into today's Hải Phòng", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            yield* store.put("serviceEvent", [fixtures.serviceEvent])
            const asOf = (date: string) =>
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.count,
                  groupBy: [AggregateQuery.byUnit("province", date)]
                })
              )
            expect(yield* asOf("2019-12-31")).toEqual([{ key: { unit: places.haiPhong2019 }, value: 1 }])
            expect(yield* asOf("2026-01-01")).toEqual([{ key: { unit: places.haiPhongToday }, value: 1 }])
            const within = yield* store.aggregate(
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.count,
                filters: [AggregateQuery.within(places.haiPhongToday, "2026-01-01")]
              })
            )
            expect(within).toEqual([{ key: {}, value: 1 }])
          })
        )
      )

      it.effect("refuses a query its source cannot answer", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const error = yield* Effect.flip(
              store.aggregate(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.sum("fine") }))
            )
            expect(error._tag).toBe("InvalidQuery")
            const badPeriod = yield* Effect.flip(
              store.aggregate(
                AggregateQuery.make({
                  source: "serviceEvent",
                  measure: AggregateQuery.count,
                  filters: [AggregateQuery.inPeriod("2019Q5", "plain")]
                })
              )
            )
            expect(badPeriod._tag).toBe("InvalidQuery")
          })
        )
      )

      it.effect("Đồ Sơn 2019 in one call: each query of a batch gets exactly its own rows, a group only where its own filters matched", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const unit = places.doSonCommune2019
            yield* store.put("serviceEvent", [
              ...Scenarios.returningClients(unit),
              ...Scenarios.packageReach(unit)
            ])
            const year = [AggregateQuery.inPeriod("2019", "plain")]
            const byQuarter = [AggregateQuery.byPeriod("quarter", "plain")]
            const queries = [
              // persons by quarter: 3, 2, 1, 1
              AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.distinctPersons, filters: year, groupBy: byQuarter }),
              // contacts by quarter, and of counselling alone: quarters without counselling have no row
              AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: year, groupBy: byQuarter }),
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.count,
                filters: [...year, AggregateQuery.where("service", ["counselling"])],
                groupBy: byQuarter
              }),
              // overlapping and disjoint lists of services, and an empty one: no row at all
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [...year, AggregateQuery.where("service", ["counselling", "outreach_information"])],
                groupBy: byQuarter
              }),
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [...year, AggregateQuery.where("service", [])],
                groupBy: byQuarter
              }),
              // the second quarter alone, under its own period filter
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.count,
                filters: [AggregateQuery.inPeriod("2019Q2", "plain")],
                groupBy: byQuarter
              }),
              // without group-by: a row for 2019, none for 2020
              AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: year }),
              AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.inPeriod("2020", "plain")] }),
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.distinctPersons,
                filters: [...year, AggregateQuery.where("service", ["gbv_support"])]
              }),
              // measures that are answered alone, in the same call
              AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.newPersons("plain"), filters: year, groupBy: byQuarter }),
              AggregateQuery.make({
                source: "serviceEvent",
                measure: AggregateQuery.reached(["counselling", "condoms", "hiv_testing_counselling"], 2),
                filters: year
              })
            ]
            const many = yield* store.aggregateMany(queries)
            const alone = yield* Effect.forEach(queries, (q) => store.aggregate(q))
            expect(many).toHaveLength(queries.length)
            queries.forEach((q, i) => expect(normalise(many[i]!), JSON.stringify(q)).toEqual(normalise(alone[i]!)))
            expect(many[4]).toEqual([])
            expect(many[7]).toEqual([])
            expect(many[8]).toEqual([])
            expect(many[6]!.map((r) => r.key)).toEqual([{}])
            expect(many[5]!.map((r) => r.key.period)).toEqual(["2019Q2"])
            expect(yield* store.aggregateMany([])).toEqual([])
          })
        )
      )

      it.effect("refuses a batch with one query its source cannot answer, naming that query's source", () =>
        run(
          Effect.gen(function* () {
            const store = yield* Store.Store
            const refused = yield* Effect.flip(
              store.aggregateMany([
                AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count }),
                AggregateQuery.make({ source: "establishment", measure: AggregateQuery.count, filters: [AggregateQuery.inPeriod("2019", "plain")] })
              ])
            )
            expect(refused._tag).toBe("InvalidQuery")
            expect(refused._tag === "InvalidQuery" && refused.source).toBe("establishment")
          })
        )
      )

      it("answers random batches of queries on random datasets exactly as each query alone", { timeout: 600_000 }, async () => {
        const pools = places.pools
        await fc.assert(
          fc.asyncProperty(Arbitraries.dataset(pools, options.datasetSize ?? 40), Arbitraries.batch(pools), async (dataset, queries) => {
            const [many, alone] = await Effect.runPromise(
              Effect.provide(
                Effect.gen(function* () {
                  yield* load(dataset)
                  const store = yield* Store.Store
                  const many = yield* store.aggregateMany(queries, { concurrency: 2 })
                  const alone = yield* Effect.forEach(queries, (q) => store.aggregate(q))
                  return [many, alone] as const
                }),
                layer
              ) as Effect.Effect<readonly [ReadonlyArray<ReadonlyArray<AggregateQuery.Row>>, ReadonlyArray<ReadonlyArray<AggregateQuery.Row>>], unknown>
            )
            expect(many).toHaveLength(queries.length)
            queries.forEach((q, i) => expect(normalise(many[i]!), JSON.stringify(q)).toEqual(normalise(alone[i]!)))
          }),
          { numRuns: options.datasets ?? 20, endOnFailure: true }
        )
      })

      it("answers random queries on random datasets exactly as the memory store does", { timeout: 600_000 }, async () => {
        const pools = places.pools
        const reference = MemoryStore.layer({ geography })
        await fc.assert(
          fc.asyncProperty(
            Arbitraries.dataset(pools, options.datasetSize ?? 40),
            fc.array(Arbitraries.query(pools), { minLength: 1, maxLength: options.queriesPerDataset ?? 12 }),
            async (dataset, queries) => {
              const answer = (l: Layer.Layer<Store.Store, unknown>) =>
                Effect.runPromise(
                  Effect.provide(
                    Effect.gen(function* () {
                      yield* load(dataset)
                      const store = yield* Store.Store
                      return yield* Effect.forEach(queries, (q) =>
                        Effect.map(store.aggregate(q), normalise)
                      )
                    }),
                    l
                  ) as Effect.Effect<ReadonlyArray<unknown>, unknown>
                )
              const [expected, actual] = [await answer(reference), await answer(layer)]
              queries.forEach((q, i) => expect(actual[i], JSON.stringify(q)).toEqual(expected[i]))
            }
          ),
          { numRuns: options.datasets ?? 20, endOnFailure: true }
        )
      })
    })
  })
}
