/**
 * Maintained summaries: after random appends, edits and erasures — written by a store that keeps
 * summaries or by one that does not — every query a summary answers equals the same query
 * counted in full, on every database.
 */
import type { AggregateQuery } from "@pctnxh/core"
import { AggregateQuery as Q, ServiceEvent, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { SqlStore } from "@pctnxh/store-sql"
import { Arbitraries, Scenarios, StoreTestkit } from "@pctnxh/store-testkit"
import { Effect, FastCheck as fc } from "effect"
import { type LogEvent, sql } from "kysely"
import { afterAll, expect, it } from "vitest"
import { closeShared, forEachDialect } from "./dialects.js"

afterAll(closeShared)

const places = Scenarios.places(vietnam)
const pools = places.pools

/** Queries a report asks, besides the random ones. */
const reportQueries: ReadonlyArray<AggregateQuery.AggregateQuery> = [
  Q.make({ source: "serviceEvent", measure: Q.count, groupBy: [Q.byUnit("province", "2019-12-31"), Q.byPeriod("quarter", "administrative")] }),
  Q.make({ source: "serviceEvent", measure: Q.distinctPersons, filters: [Q.inPeriod("2019", "administrative")], groupBy: [Q.byUnit("province", "2019-12-31")] }),
  Q.make({ source: "serviceEvent", measure: Q.distinctPersons, filters: [Q.where("service", ["hiv_testing_counselling", "counselling"])] }),
  Q.make({ source: "serviceEvent", measure: Q.newPersons("administrative"), groupBy: [Q.byPeriod("quarter", "administrative"), Q.by("sex")] }),
  Q.make({ source: "serviceEvent", measure: Q.newPersons("administrative"), filters: [Q.inPeriod("2019Q2", "administrative")], groupBy: [Q.by("sex")] }),
  Q.make({ source: "serviceEvent", measure: Q.newPersons("plain", "ever"), filters: [Q.inPeriod("2019", "plain")], groupBy: [Q.byUnit("district", "2019-12-31")] }),
  Q.make({ source: "serviceEvent", measure: Q.reached(["counselling", "hiv_testing_counselling", "condoms"], 2), groupBy: [Q.byPeriod("year", "plain")] }),
  Q.make({ source: "serviceEvent", measure: Q.sum("cost"), groupBy: [Q.by("service")] }),
  Q.make({ source: "inspectionVisit", measure: Q.distinct("establishmentId"), groupBy: [Q.byPeriod("year", "plain")] }),
  Q.make({ source: "inspectionVisit", measure: Q.contributions("fine", "establishmentId", 2), groupBy: [Q.byPeriod("year", "plain")] }),
  Q.make({ source: "serviceEvent", measure: Q.contributions("amount", "personId", 3), filters: [Q.inPeriod("2019", "administrative")], groupBy: [Q.by("service")] }),
  Q.make({ source: "serviceEvent", measure: Q.contributions("cost", "personId", 2), groupBy: [Q.by("sex")] }),
  Q.make({ source: "serviceEvent", measure: Q.contributions("cost", "modelId", 2), groupBy: [Q.by("sex")] })
]

type Op =
  | { readonly _tag: "load"; readonly dataset: Arbitraries.Dataset }
  | {
      readonly _tag: "edit"
      readonly index: number
      readonly personId: string | undefined
      readonly date: string
      readonly service: ServiceEvent.ServiceType
      readonly cost: number | undefined
    }
  | { readonly _tag: "erase"; readonly person: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  Arbitraries.dataset(pools, 8).map((dataset) => ({ _tag: "load" as const, dataset })),
  fc
    .record({
      index: fc.nat(),
      personId: fc.option(fc.constantFrom("p0", "p1", "p2", "p3", "p-new"), { nil: undefined }),
      date: fc.constantFrom("2018-12-15", "2019-01-01", "2019-03-15", "2019-06-30", "2019-12-31", "2020-02-29"),
      service: fc.constantFrom(...ServiceEvent.ServiceType.members),
      cost: fc.option(fc.integer({ min: 0, max: 9 }).map((n) => n * 100_000), { nil: undefined })
    })
    .map((r) => ({ _tag: "edit" as const, ...r })),
  fc.integer({ min: 0, max: 11 }).map((person) => ({ _tag: "erase" as const, person }))
)

await forEachDialect("Maintained summaries", (dialect) => {
  it("equal a full count after random appends, edits and erasures", { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        Arbitraries.dataset(pools, 24),
        fc.array(Arbitraries.query(pools), { minLength: 1, maxLength: 5 }),
        fc.array(fc.record({ op, writer: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        async (initial, random, ops) => {
          const connection = await dialect.connect()
          try {
            const open = (summaries: boolean) =>
              Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, summaries }))
            const summarised = await open(true)
            const full = await open(false)
            const run = <A, E>(store: Store.Service, effect: (s: Store.Service) => Effect.Effect<A, E, Store.Store>) =>
              Effect.runPromise(Effect.provideService(effect(store), Store.Store, store))
            const queries = [...reportQueries, ...random]
            const compare = async (label: string) => {
              // in one call first: summaries made from shared statements, or read, or brought up to date
              const many = await run(summarised, (s) => s.aggregateMany(queries, { concurrency: 2 }))
              for (const [i, q] of queries.entries()) {
                const [kept, counted] = [await run(summarised, (s) => s.aggregate(q)), await run(full, (s) => s.aggregate(q))]
                expect(StoreTestkit.normalise(kept), `${label}: ${JSON.stringify(q)}`).toEqual(StoreTestkit.normalise(counted))
                expect(StoreTestkit.normalise(many[i]!), `${label}, in one call: ${JSON.stringify(q)}`).toEqual(StoreTestkit.normalise(counted))
              }
            }
            await run(summarised, () => StoreTestkit.load(initial))
            await compare("first")
            await compare("again")
            const events = [...initial.serviceEvent]
            for (const [i, { op, writer }] of ops.entries()) {
              const store = writer ? summarised : full
              if (op._tag === "load") {
                await run(store, () => StoreTestkit.load(op.dataset))
                events.push(...op.dataset.serviceEvent)
              } else if (op._tag === "edit" && events.length > 0) {
                const old = events[op.index % events.length]!
                const { personId: _, ...rest } = old
                const changed = new ServiceEvent.ServiceEvent({
                  ...rest,
                  ...(op.personId === undefined ? {} : { personId: op.personId }),
                  date: op.date,
                  service: op.service,
                  cost: op.cost
                } as never)
                await run(store, (s) => s.put("serviceEvent", [changed]))
                events[op.index % events.length] = changed
              } else if (op._tag === "erase") {
                await run(store, (s) => s.erasePerson(`p${op.person}` as never))
              }
              await compare(`after step ${i + 1} (${op._tag})`)
            }
          } finally {
            await connection.close()
          }
        }
      ),
      { numRuns: dialect.name === "sqlite" ? 40 : dialect.name === "mysql" ? 6 : 12, endOnFailure: true }
    )
  })

  it("a summary with nothing logged since is read in one statement; a write brings it up to date", async () => {
    const statements: Array<string> = []
    const connection = await dialect.connect((event: LogEvent) => {
      if (event.level === "query") statements.push(event.query.sql)
    })
    try {
      const store = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema }))
      const unit = places.doSonCommune2019
      await Effect.runPromise(store.put("serviceEvent", Scenarios.returningClients(unit)))
      const query = reportQueries[1]!
      const first = await Effect.runPromise(store.aggregate(query))
      statements.length = 0
      expect(await Effect.runPromise(store.aggregate(query))).toEqual(first)
      expect(statements).toHaveLength(1)
      expect(statements[0]).toMatch(/pctnxh_summary/)
      // a new person in 2019: counted from the records the write touched, not the whole table
      await Effect.runPromise(
        store.put("serviceEvent", [
          new ServiceEvent.ServiceEvent({ ...Scenarios.returningClients(unit)[0]!, id: "summary-new", personId: "summary-new-person", date: "2019-05-05" } as never)
        ])
      )
      statements.length = 0
      const after = await Effect.runPromise(store.aggregate(query))
      expect(after.reduce((n, r) => n + r.value, 0)).toBe(first.reduce((n, r) => n + r.value, 0) + 1)
      expect(statements.some((s) => /group by/i.test(s) && /pctnxh_service_event/.test(s))).toBe(false)
    } finally {
      await connection.close()
    }
  })

  it("aggregateMany checks every summary it reads with one statement, and after a write brings each kind up to date once", async () => {
    const statements: Array<string> = []
    const connection = await dialect.connect((event: LogEvent) => {
      if (event.level === "query") statements.push(event.query.sql)
    })
    try {
      const open = () => Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema }))
      const store = await open()
      const unit = places.doSonCommune2019
      await Effect.runPromise(store.put("serviceEvent", Scenarios.returningClients(unit)))
      // the summarised queries of a report, contributions by person among them
      const queries = reportQueries
      const first = await Effect.runPromise(store.aggregateMany(queries))
      statements.length = 0
      expect(await Effect.runPromise(store.aggregateMany(queries))).toEqual(first)
      // one statement checks them all; their rows are remembered
      expect(statements).toHaveLength(1)
      expect(statements[0]).toMatch(/pctnxh_summary/)
      // another store object reads their rows with one more
      const other = await open()
      statements.length = 0
      expect(await Effect.runPromise(other.aggregateMany(queries))).toEqual(first)
      expect(statements).toHaveLength(2)
      // after a write: the first stale summary of a kind brings up to date every summary of the
      // kind, once; the others are then read without taking the lock again
      await Effect.runPromise(
        store.put("serviceEvent", [
          new ServiceEvent.ServiceEvent({ ...Scenarios.returningClients(unit)[0]!, id: "summary-many", personId: "summary-many-person", date: "2019-05-05" } as never)
        ])
      )
      statements.length = 0
      const after = await Effect.runPromise(store.aggregateMany(queries))
      expect(statements.filter((s) => /from .*pctnxh_summary_state/i.test(s))).toHaveLength(1)
      // checked: all at once, the first stale one again as it is brought up to date, the others at once
      expect(statements.filter((s) => /as stale/.test(s))).toHaveLength(3)
      expect(statements.some((s) => /group by/i.test(s) && /pctnxh_service_event/.test(s))).toBe(false)
      const full = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, summaries: false }))
      for (const [i, q] of queries.entries()) {
        expect(StoreTestkit.normalise(after[i]!), JSON.stringify(q)).toEqual(StoreTestkit.normalise(await Effect.runPromise(full.aggregate(q))))
      }
    } finally {
      await connection.close()
    }
  })

  it("contributions by person with more persons than a summary keeps sums of: equal a full count as the largest fall and leave", async () => {
    const connection = await dialect.connect()
    try {
      const open = (summaries: boolean) => Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, summaries }))
      const [store, full] = [await open(true), await open(false)]
      const unit = places.doSonCommune2019
      const [first] = Scenarios.returningClients(unit)
      // 60 persons, each with two records of 2019; person i's sum grows with i; a few records without a person
      const event = (id: string, personId: string | undefined, amount: number, date = "2019-05-05") => {
        const { personId: _, ...rest } = first!
        return new ServiceEvent.ServiceEvent({ ...rest, id, date, amount, ...(personId === undefined ? {} : { personId }) } as never)
      }
      const events = Array.from({ length: 120 }, (_, k) => event(`rank-${k}`, `rank-person-${k % 60}`, ((k % 60) + 1) * 1000 + (k < 60 ? 0 : 500)))
      await Effect.runPromise(store.put("serviceEvent", [...events, event("rank-none-1", undefined, 70_000), event("rank-none-2", undefined, 0)]))
      const queries = [
        Q.make({ source: "serviceEvent", measure: Q.contributions("amount", "personId", 2), filters: [Q.inPeriod("2019", "administrative")] }),
        Q.make({ source: "serviceEvent", measure: Q.contributions("amount", "personId", 3), groupBy: [Q.byPeriod("quarter", "administrative")] })
      ]
      const same = async (label: string) => {
        for (const q of queries) {
          const [kept, counted] = [await Effect.runPromise(store.aggregate(q)), await Effect.runPromise(full.aggregate(q))]
          expect(StoreTestkit.normalise(kept), `${label}: ${JSON.stringify(q)}`).toEqual(StoreTestkit.normalise(counted))
        }
      }
      await same("first")
      // a group keeps the number of persons and only their largest sums
      const summaries = connection.schema === undefined ? sql.id("pctnxh_summary") : sql.id(connection.schema, "pctnxh_summary")
      const made = await sql<{ result: unknown }>`select result from ${summaries}`.execute(connection.db)
      const groups = made.rows.flatMap((r) => JSON.parse(String(r.result)) as Array<[unknown, number, number, { persons: number; largest: Array<number>; bound: number | null }]>)
      expect(groups.some(([, , , g]) => g.persons === 60 && g.largest.length < 60 && g.bound !== null)).toBe(true)
      // the largest fall one by one, past the sums kept: each step is brought up to date or counted again
      for (let step = 0; step < 25; step++) {
        const person = 59 - step
        await Effect.runPromise(
          store.put("serviceEvent", [
            event(`rank-${person}`, `rank-person-${person}`, 0),
            event(`rank-${person + 60}`, step % 2 === 0 ? undefined : `rank-person-${step}`, 10, step % 3 === 0 ? "2019-09-09" : "2019-05-05")
          ])
        )
        await same(`after step ${step + 1}`)
      }
      // new persons and larger sums come
      await Effect.runPromise(store.put("serviceEvent", Array.from({ length: 30 }, (_, k) => event(`rank-new-${k}`, `rank-new-person-${k % 10}`, 100_000 + k))))
      await same("after new persons")
      // the summaries keep no pseudonym
      const kept = await sql<{ result: unknown }>`select result from ${summaries}`.execute(connection.db)
      expect(kept.rows.length).toBeGreaterThan(0)
      expect(kept.rows.filter((r) => String(r.result).includes("rank-"))).toEqual([])
    } finally {
      await connection.close()
    }
  })

  it("erasing a person leaves their pseudonym nowhere in the change log or the summaries, and every count as it was", async () => {
    const connection = await dialect.connect()
    try {
      const store = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema }))
      const unit = places.doSonCommune2019
      const [first] = Scenarios.returningClients(unit)
      const event = new ServiceEvent.ServiceEvent({ ...first!, id: "erase-1", personId: "person-to-erase", date: "2019-05-05" } as never)
      await Effect.runPromise(store.put("serviceEvent", [event]))
      // the summaries are kept from here on
      await Effect.runPromise(Effect.forEach(reportQueries, (q) => store.aggregate(q)))
      // an edit logs the record as it was, pseudonym and all
      await Effect.runPromise(store.put("serviceEvent", [new ServiceEvent.ServiceEvent({ ...event, service: "counselling" } as never)]))
      await Effect.runPromise(store.erasePerson("person-to-erase" as never))
      const table = connection.schema === undefined ? sql.id("pctnxh_change") : sql.id(connection.schema, "pctnxh_change")
      const left = await sql<{ previous: unknown }>`select previous from ${table}`.execute(connection.db)
      expect(left.rows.length).toBeGreaterThan(0)
      expect(left.rows.filter((r) => String(r.previous).includes("person-to-erase"))).toEqual([])
      // nor in the summaries
      const summaries = connection.schema === undefined ? sql.id("pctnxh_summary") : sql.id(connection.schema, "pctnxh_summary")
      const kept = await sql<{ result: unknown }>`select result from ${summaries}`.execute(connection.db)
      expect(kept.rows.filter((r) => String(r.result).includes("person-to-erase"))).toEqual([])
      const full = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, summaries: false }))
      for (const q of reportQueries) {
        expect(StoreTestkit.normalise(await Effect.runPromise(store.aggregate(q)))).toEqual(StoreTestkit.normalise(await Effect.runPromise(full.aggregate(q))))
      }
    } finally {
      await connection.close()
    }
  })

  it("writers log only kinds a summary counts; past 20,000 changes a summary is counted again and the log forgotten", { timeout: 120_000 }, async () => {
    const connection = await dialect.connect()
    try {
      const store = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema }))
      const full = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, summaries: false }))
      const table = connection.schema === undefined ? sql.id("pctnxh_change") : sql.id(connection.schema, "pctnxh_change")
      const logged = async () =>
        (await sql<{ kind: unknown; n: unknown }>`select kind, count(*) as n from ${table} group by kind`.execute(connection.db)).rows.map((r) => [String(r.kind), Number(r.n)])
      const unit = places.doSonCommune2019
      const [first] = Scenarios.returningClients(unit)
      const events = (from: number, n: number) =>
        Array.from({ length: n }, (_, i) => new ServiceEvent.ServiceEvent({ ...first!, id: `bulk-${from + i}`, personId: `bulk-person-${(from + i) % 997}` } as never))
      // a summary of inspections only: contacts are not logged
      const visits = reportQueries.find((q) => q.source === "inspectionVisit")!
      await Effect.runPromise(store.aggregate(visits))
      await Effect.runPromise(store.put("serviceEvent", events(0, 10)))
      expect(await logged()).toEqual([])
      // a summary of contacts: now they are
      const persons = reportQueries[2]!
      await Effect.runPromise(store.aggregate(persons))
      await Effect.runPromise(store.put("serviceEvent", events(10, 20)))
      expect(await logged()).toEqual([["serviceEvent", 20]])
      // more than 20,000 changes: counted again, and the log of contacts forgotten
      for (let i = 0; i < 21; i++) await Effect.runPromise(store.put("serviceEvent", events(1_000 + i * 1_000, 1_000)))
      expect(StoreTestkit.normalise(await Effect.runPromise(store.aggregate(persons)))).toEqual(
        StoreTestkit.normalise(await Effect.runPromise(full.aggregate(persons)))
      )
      expect(await logged()).toEqual([])
    } finally {
      await connection.close()
    }
  })
})
