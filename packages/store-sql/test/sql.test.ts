import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { PGlite } from "@electric-sql/pglite"
import { AggregateQuery, CoreError, Entity, Registry, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { Migrations, SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PgliteStore } from "@pctnxh/store-sql/pglite"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Arbitraries, Fixtures, Scenarios, StoreTestkit } from "@pctnxh/store-testkit"
import { Chunk, Effect, Either, Exit, FastCheck as fc, Layer, Stream } from "effect"
import { CompiledQuery, Kysely, type LogEvent, MysqlDialect, PostgresDialect, SqliteDialect, sql } from "kysely"
import { createPool } from "mysql2"
import pg from "pg"
import Database from "better-sqlite3"
import { afterAll, describe, expect, it } from "vitest"
import { type Connection, closeShared, forEachDialect, fresh, MYSQL_URL, PG_URL, type TestDialect } from "./dialects.js"
import { compile, OUTSIDE_RECORDED, outsideRecorded } from "../src/internal/aggregate.js"
import { dialects } from "../src/internal/dialect.js"
import { names } from "../src/internal/names.js"
import { differences } from "./introspect.js"
import { fixtureQueries, fixtureRecords } from "./upgrade/records.js"

afterAll(closeShared)

let lastQuery: { readonly sql: string; readonly parameters: ReadonlyArray<unknown> } | undefined

const places = Scenarios.places(vietnam)
const unit = places.doSonCommune2019

/** A store on a fresh place, every statement it runs written to `statements`. */
const open = async (dialect: TestDialect, options: { readonly summaries?: boolean } = {}) => {
  const statements: Array<string> = []
  const connection = await dialect.connect((event: LogEvent) => {
    if (event.level === "query") {
      statements.push(event.query.sql)
      lastQuery = event.query
    }
  })
  const store = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, ...options }))
  const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)
  return { store, connection, statements, run }
}

/** The memory store's rows, normalised, for `queries` over `events`: what every SQL store must give. */
const memoryAnswers = (events: ReadonlyArray<Entity.Of<"serviceEvent">>, queries: ReadonlyArray<AggregateQuery.AggregateQuery>) =>
  Effect.runPromise(
    Effect.provide(
      Effect.flatMap(Store.Store, (memory) =>
        Effect.zipRight(memory.put("serviceEvent", events), Effect.forEach(queries, (q) => Effect.map(memory.aggregate(q), StoreTestkit.normalise)))
      ),
      MemoryStore.layer()
    )
  )

/** Everything a report might be built from: one record of every kind, the scenarios, a random dataset. */
const everything = () => fixtureRecords(vietnam)

const putAll = (store: Store.Service, batches: ReturnType<typeof everything>) =>
  Effect.forEach(batches, ({ kind, records }) => store.put(kind, records))

const TABLES = ["pctnxh_migrations", "pctnxh_period", "pctnxh_unit", "pctnxh_unit_rollup", "pctnxh_person_link"]
const tableOf = (kind: string) => `pctnxh_${kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`

const rowCounts = async (connection: Connection) => {
  const counts: Record<string, number> = {}
  for (const table of [...TABLES, ...Entity.kinds.map(tableOf)]) {
    const ref = connection.schema === undefined ? sql.id(table) : sql.id(connection.schema, table)
    const result = await sql<{ n: unknown }>`select count(*) as n from ${ref}`.execute(connection.db)
    counts[table] = Number(result.rows[0]?.n)
  }
  return counts
}

/** The queries of a small report, over every source. */
const reportQueries = fixtureQueries(vietnam)

const sourceTable = (source: AggregateQuery.Source) => tableOf(source)

/**
 * The statement reading the first and last dates of a source's records, which the store runs
 * before an aggregate by period with no period filter, and SQLite's before one over a period
 * (two index lookups).
 */
const datesRead = (s: string) => /^\s*select \(select min\(["`]?\w+["`]?\) from [^)]*\) as first, \(select max\(/i.test(s)

await forEachDialect("SQL store", (dialect) => {
  it("answers each aggregate of a report with one GROUP BY statement, fetching no record", async () => {
    const { connection, run, statements, store } = await open(dialect, { summaries: false })
    try {
      await run(putAll(store, everything()))
      for (const query of reportQueries) {
        for (const round of ["first", "again"]) {
          statements.length = 0
          const rows = await run(store.aggregate(query))
          const label = `${query.source} ${JSON.stringify(query.groupBy)} (${round})`
          expect(statements.filter(datesRead).length, label).toBeLessThanOrEqual(1)
          const counting = statements.filter((s) => !datesRead(s))
          const onSource = counting.filter((s) => s.includes(sourceTable(query.source)))
          expect(onSource, label).toHaveLength(1)
          const statement = onSource[0]!.toLowerCase()
          expect(statement.trimStart().startsWith("select"), label).toBe(true)
          expect(statement, label).toMatch(query.groupBy.length > 0 ? /group by/ : /having count\(\*\) > 0/)
          // the records' JSON is never read to answer a query
          expect(statements.some((s) => /["`]data["`]/.test(s)), label).toBe(false)
          // anything else only keeps the unit roll-ups up to date
          for (const other of counting.filter((s) => s !== onSource[0])) expect(other, label).toMatch(/pctnxh_unit/)
          const hasUnits = query.groupBy.some((d) => d._tag === "unit") || query.filters.some((f) => f._tag === "within")
          if (!hasUnits) expect(counting, label).toHaveLength(1)
          expect(rows.length, label).toBeGreaterThan(0)
        }
      }
    } finally {
      await connection.close()
    }
  })

  it("answers a report's queries in one call: one statement per source, dimensions and common filters, the same rows", async () => {
    // counting, not reading summaries
    const { connection, run, statements, store } = await open(dialect, { summaries: false })
    try {
      await run(putAll(store, everything()))
      const alone = await run(Effect.forEach(reportQueries, (q) => store.aggregate(q)))
      const extra = [
        // queries that differ from a report query only in attribute and period filters
        ...reportQueries.flatMap((q) =>
          q.source === "serviceEvent" && (q.measure._tag === "count" || q.measure._tag === "distinct")
            ? [AggregateQuery.make({ ...q, filters: [...q.filters, AggregateQuery.where("service", ["counselling"])] })]
            : []
        )
      ]
      const queries = [...reportQueries, ...extra]
      const extraAlone = await run(Effect.forEach(extra, (q) => store.aggregate(q)))
      statements.length = 0
      const many = await run(store.aggregateMany(queries))
      expect(many).toEqual([...alone, ...extraAlone])
      // the classes the statements answer: a shared one for count, sum and distinct measures
      // (distinct persons an activity lists apart), one statement each for the others
      const classes = new Set(
        queries.map((q, i) =>
          q.measure._tag === "count" || q.measure._tag === "sum" || q.measure._tag === "distinct"
            ? JSON.stringify([
                q.source,
                q.measure._tag === "distinct" && q.measure.field === "personId" && q.source === "activity",
                q.groupBy,
                q.filters.filter((f) => f._tag !== "in" && f._tag !== "period")
              ])
            : String(i)
        )
      )
      const onSources = statements.filter((s) => queries.some((q) => s.includes(sourceTable(q.source))) && !/^\s*insert/i.test(s) && !datesRead(s))
      expect(extra.length).toBeGreaterThan(0)
      expect(onSources).toHaveLength(classes.size)
      expect(classes.size).toBeLessThan(queries.length)
      expect(statements.some((s) => /["`]data["`]/.test(s))).toBe(false)
    } finally {
      await connection.close()
    }
  })

  it("puts a dated record of a period filter in its period by its date, without reading the period table", async () => {
    const { connection, run, statements, store } = await open(dialect)
    try {
      await run(store.put("serviceEvent", Scenarios.periodEdges(unit)))
      const filters = [AggregateQuery.inPeriod("2020", "administrative")]
      const queries = [
        AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters, groupBy: [AggregateQuery.byPeriod("month", "plain")] }),
        AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.newPersons("administrative"), filters }),
        AggregateQuery.make({
          source: "serviceEvent",
          measure: AggregateQuery.newPersons("plain"),
          filters,
          groupBy: [AggregateQuery.byPeriod("quarter", "administrative")]
        })
      ]
      for (const query of queries) {
        statements.length = 0
        const rows = await run(store.aggregate(query))
        expect(rows.length).toBeGreaterThan(0)
        expect(statements.filter((s) => s.includes("pctnxh_period"))).toEqual([])
      }
    } finally {
      await connection.close()
    }
  })

  it("reads the events straight through for a period that covers much of their dates, through an index otherwise", async () => {
    const { connection, run, statements, store } = await open(dialect, { summaries: false })
    try {
      const first = Fixtures.oneOfEach(unit).serviceEvent
      const services = ["counselling", "outreach_information", "hiv_testing_referral"] as const
      // two years of events, a few a week, over three services and forty persons
      const events = Array.from({ length: 240 }, (_, i) => {
        const date = new Date(Date.UTC(2019, 0, 1 + i * 3)).toISOString().slice(0, 10)
        return { ...first, id: `ev-${i}`, personId: `p-${i % 40}`, date, service: services[i % 3]! } as typeof first
      })
      const queries = {
        // 2020: half the recorded dates
        year: AggregateQuery.make({
          source: "serviceEvent",
          measure: AggregateQuery.distinctPersons,
          filters: [AggregateQuery.inPeriod("2020", "plain")],
          groupBy: [AggregateQuery.byPeriod("quarter", "plain")]
        }),
        // a month: 4% of them
        month: AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.inPeriod("2020M03", "plain")] }),
        // a year of one service: the service's index may narrow it
        service: AggregateQuery.make({
          source: "serviceEvent",
          measure: AggregateQuery.count,
          filters: [AggregateQuery.inPeriod("2020", "plain"), AggregateQuery.where("service", ["counselling"])]
        })
      }
      const expected = await memoryAnswers(events, Object.values(queries))
      await run(store.put("serviceEvent", events))
      const read: Record<string, string> = {}
      for (const [name, query] of Object.entries(queries)) {
        statements.length = 0
        const rows = StoreTestkit.normalise(await run(store.aggregate(query)))
        expect(rows, name).toEqual(expected[Object.keys(queries).indexOf(name)])
        const statement = statements.find((s) => s.includes("pctnxh_service_event") && /group by|having/i.test(s))!
        expect(statement, name).toBeDefined()
        read[name] = dialect.name === "sqlite" ? await plan(dialect, connection, statement, query) : statement
      }
      // the same queries in one call share a statement, read the same way
      statements.length = 0
      const many = await run(store.aggregateMany([queries.year, queries.month]))
      expect(many.map(StoreTestkit.normalise)).toEqual(expected.slice(0, 2))
      if (dialect.name === "sqlite") {
        expect(read.year).toMatch(/^SCAN t$/m)
        expect(read.year).not.toMatch(/INDEX/)
        expect(read.month).toMatch(/SEARCH t USING (COVERING )?INDEX pctnxh_service_event_date_idx/)
        expect(read.service).toMatch(/USING (COVERING )?INDEX pctnxh_service_event_service_date_idx/)
        // a month is 4% of the dates and a year half: together, still half
        expect(statements.some((s) => /"pctnxh_service_event" as t not indexed/.test(s))).toBe(true)
      } else {
        for (const s of [...Object.values(read), ...statements]) expect(s).not.toMatch(/not indexed/i)
      }
    } finally {
      await connection.close()
    }
  })

  it("puts records in periods by their date over the recorded dates when no period filter bounds them", async () => {
    const { connection, run, statements, store } = await open(dialect, { summaries: false })
    try {
      const first = Fixtures.oneOfEach(unit).serviceEvent
      const events = Array.from({ length: 90 }, (_, i) => {
        const date = new Date(Date.UTC(2018, 11, 20 + i * 9)).toISOString().slice(0, 10)
        return { ...first, id: `ev-${i}`, personId: `p-${i % 20}`, date } as typeof first
      })
      const queries = [
        AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, groupBy: [AggregateQuery.byPeriod("quarter", "administrative")] }),
        AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.distinctPersons, groupBy: [AggregateQuery.byPeriod("year", "plain")] }),
        AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.sum("cost"), groupBy: [AggregateQuery.by("service")] })
      ]
      const expected = await memoryAnswers(events, queries)
      await run(store.put("serviceEvent", events))
      for (const [i, query] of queries.entries()) {
        statements.length = 0
        expect(StoreTestkit.normalise(await run(store.aggregate(query))), JSON.stringify(query.groupBy)).toEqual(expected[i])
        const statement = statements.find((s) => /group by/i.test(s))!
        // a CASE over the periods of the recorded dates, not a join to the period table
        expect(statement).not.toMatch(/join ["`]?(\w+["`]?\.)?["`]?pctnxh_period/)
        if (dialect.name === "sqlite") expect(statement).toMatch(/"pctnxh_service_event" as t not indexed/)
        else expect(statement).not.toMatch(/not indexed/i)
      }
      // dates read before a record was written: the record is marked as outside them
      const compiled = compile({
        registry: Registry.registry,
        checked: Either.getOrThrow(AggregateQuery.check(queries[0]!, Registry.registry)),
        dialect: dialects[dialect.dialect],
        names: names(connection.schema),
        geography: "",
        withinLevels: new Map(),
        recorded: { first: "2019-06-01", last: "2019-09-30" }
      })
      const rows = (await compiled.execute(connection.db)).rows
      expect(outsideRecorded(rows)).toBe(true)
      const inside = rows.filter((r) => r.k0 !== OUTSIDE_RECORDED).map((r) => String(r.k0))
      expect(inside.length).toBeGreaterThan(1)
      for (const period of inside) expect(["2019Q2", "2019Q3", "2019Q4"]).toContain(period)
    } finally {
      await connection.close()
    }
  })

  it("looks for units to roll up once while none is added, and rolls up a unit another store added", async () => {
    const { connection, run, statements, store } = await open(dialect)
    try {
      const event = Fixtures.oneOfEach(unit).serviceEvent
      await run(store.put("serviceEvent", [event]))
      const query = AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, groupBy: [AggregateQuery.byUnit("province", "2019-12-31")] })
      const first = await run(store.aggregate(query))
      expect(first.map((r) => r.value)).toEqual([1])
      statements.length = 0
      await run(store.aggregate(query))
      // the aggregate alone: it counts the recorded units itself
      expect(statements.filter((s) => /not exists/i.test(s))).toHaveLength(0)
      expect(statements).toHaveLength(1)
      // another writer on the same database records a unit of another province
      const quangNinh = vietnam.search("Quảng Ninh", { level: "province", asOf: "2019-06-30", limit: 1 })[0]!.id
      const inQuangNinh = AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, filters: [AggregateQuery.within(quangNinh, "2019-12-31")] })
      expect(await run(store.aggregate(inQuangNinh))).toEqual([])
      const other = await Effect.runPromise(SqlStore.make({ db: connection.db, dialect: dialect.dialect, schema: connection.schema, migrate: false }))
      await run(other.put("serviceEvent", [{ ...event, id: "ev-2" as typeof event.id, siteId: places.quangNinhUnit2019 as typeof event.siteId }]))
      expect((await run(store.aggregate(inQuangNinh))).map((r) => r.value)).toEqual([1])
      const after = await run(store.aggregate(query))
      expect(after.map((r) => r.value)).toEqual([1, 1])
      expect(after.every((r) => r.key["unit"] !== null)).toBe(true)
    } finally {
      await connection.close()
    }
  })

  it("re-importing the same records changes nothing: same summaries, same row counts, no write", async () => {
    const { connection, run, statements, store } = await open(dialect)
    try {
      const batches = everything()
      const first = await run(putAll(store, batches))
      expect(first.reduce((n, s) => n + s.inserted, 0)).toBeGreaterThan(500)
      const before = await rowCounts(connection)
      statements.length = 0
      const again = await run(putAll(store, batches))
      expect(again.map((s) => s.inserted + s.updated)).toEqual(again.map(() => 0))
      expect(again.map((s) => s.unchanged)).toEqual(first.map((s) => s.inserted + s.updated + s.unchanged))
      expect(statements.filter((s) => /^\s*(insert|update|delete|replace)\b/i.test(s))).toEqual([])
      expect(await rowCounts(connection)).toEqual(before)
    } finally {
      await connection.close()
    }
  })

  it("finds through an index: the database's plan reads no whole table", async () => {
    const { connection, run, statements, store } = await open(dialect)
    try {
      const fixtures = Fixtures.oneOfEach(unit)
      await run(putAll(store, everything()))
      const plans: Array<string> = []
      const cases: ReadonlyArray<Effect.Effect<ReadonlyArray<unknown>, unknown>> = [
        store.find("consent", { personId: fixtures.person.id }),
        store.find("vaultEntry", { personId: ["pseudo-b", "pseudo-c"] }),
        store.find("incident", { notifiedAt: null }),
        store.find("serviceEvent", { personId: "p-returning-1" }),
        store.find("serviceEvent", { service: "counselling", date: "2019-05-06" })
      ]
      for (const find of cases) {
        statements.length = 0
        await run(find)
        expect(statements).toHaveLength(1)
        const statement = statements[0]!
        plans.push(await plan(dialect, connection, statement, find))
      }
      for (const p of plans) expect(p, p).toMatch(/USING (COVERING )?INDEX|Index Scan|Index Only Scan|Bitmap Index Scan|possible: \S*pctnxh_/i)
      for (const p of plans) expect(p, p).not.toMatch(/^SCAN pctnxh_|Seq Scan/m)
    } finally {
      await connection.close()
    }
  })

  it("lists in pages of the batch size", async () => {
    const { connection, run, statements, store } = await open(dialect)
    try {
      await run(store.put("serviceEvent", Scenarios.returningClients(unit)))
      statements.length = 0
      const listed = await run(Stream.runCollect(store.list("serviceEvent", { batchSize: 4 })))
      expect(Chunk.toReadonlyArray(listed).map((e) => e.id)).toEqual(Scenarios.returningClients(unit).map((e) => e.id))
      expect(statements).toHaveLength(3)
      for (const s of statements) expect(s.toLowerCase()).toMatch(/order by .* limit/)
    } finally {
      await connection.close()
    }
  })

  it("answers disaggregation keys, reported periods and establishments at risk as the memory store does", async () => {
    const value = (id: string, period: string, disaggregation: Record<string, string>, v: number) =>
      Entity.decode("aggregateValue")({ id, dataElement: "POLICE_CASES", period, unitId: unit, disaggregation, value: v, source: "police" })
    const values = [
      value("v1", "2019", {}, 10),
      value("v2", "2019Q1", { sex: "female" }, 3),
      value("v3", "2019Q1", { sex: "male", 'key "quoted"': "x" }, 4),
      value("v4", "2019M12", { 'key "quoted"': "y", sex: "female" }, 5),
      value("v5", "PHASE2", { ageBand: "20-24" }, 6),
      value("v6", "2018/2020", { sex: "female", ageBand: "20-24" }, 7)
    ].map((e) => {
      if (e._tag === "Left") throw new Error(e.left.message)
      return e.right
    })
    const establishments = [
      new Entity.schemas.establishment({ id: "qn-est-0" as never, type: "karaoke", unitId: unit as never, atRisk: true }),
      new Entity.schemas.establishment({ id: "qn-est-1" as never, type: "massage", unitId: unit as never, atRisk: false })
    ]
    const queries = [
      ...[[], ["sex"], ["sex", 'key "quoted"'], ["ageBand", "sex"], ["sex", "sex"]].map((keys) =>
        AggregateQuery.make({
          source: "aggregateValue",
          measure: AggregateQuery.sum("value"),
          filters: [AggregateQuery.disaggregatedBy(keys)],
          groupBy: [AggregateQuery.by("reportedPeriod")]
        })
      ),
      AggregateQuery.make({
        source: "aggregateValue",
        measure: AggregateQuery.count,
        groupBy: [AggregateQuery.byDisaggregation('key "quoted"'), AggregateQuery.byDisaggregation("sex")]
      }),
      AggregateQuery.make({
        source: "aggregateValue",
        measure: AggregateQuery.sum("value"),
        filters: [{ _tag: "disaggregation", equals: { sex: "female", 'key "quoted"': "y" } }],
        groupBy: [AggregateQuery.byPeriod("quarter", "plain")]
      }),
      AggregateQuery.make({
        source: "inspectionVisit",
        measure: AggregateQuery.count,
        filters: [AggregateQuery.where("atRisk", ["true"])],
        groupBy: [AggregateQuery.by("atRisk"), AggregateQuery.by("establishmentType")]
      }),
      AggregateQuery.make({ source: "inspectionVisit", measure: AggregateQuery.count, groupBy: [AggregateQuery.by("atRisk")] })
    ]
    const load = Effect.flatMap(Store.Store, (store) =>
      Effect.gen(function* () {
        yield* store.put("aggregateValue", values)
        yield* store.put("establishment", establishments)
        yield* store.put("inspectionVisit", Scenarios.quangNinh2019(unit))
        return yield* Effect.forEach(queries, (q) => Effect.map(store.aggregate(q), StoreTestkit.normalise))
      })
    )
    const expected = await Effect.runPromise(Effect.provide(load, MemoryStore.layer()))
    const actual = await Effect.runPromise(Effect.provide(load, fresh(dialect)))
    queries.forEach((q, i) => expect(actual[i], JSON.stringify(q)).toEqual(expected[i]))
    expect(expected.every((rows) => rows.length > 0)).toBe(true)
  })

  it("migrations run once, when run twice and when two processes run them at once", async () => {
    const all = Migrations.all().map(([name]) => name)
    expect(all).toContain("0001_tables")
    const place = await dialect.connectShared()
    try {
      const options = { db: place.db, dialect: dialect.dialect, schema: place.schema }
      expect(await Effect.runPromise(Migrations.run(options))).toEqual(all)
      expect(await Effect.runPromise(Migrations.run(options))).toEqual([])
    } finally {
      await place.close()
    }
    const shared = await dialect.connectShared()
    try {
      const ran =
        dialect.name === "pglite"
          ? await inProcess(dialect, shared)
          : await Promise.all([1, 2].map(() => inChildProcess(dialect, shared)))
      expect([...ran[0]!, ...ran[1]!].sort()).toEqual([...all].sort())
      const counts = await rowCounts(shared)
      expect(counts["pctnxh_migrations"]).toBe(all.length)
      // one schema, exactly the one a single process makes
      expect(await differences(dialect, shared, Migrations.layout())).toEqual([])
    } finally {
      await shared.close()
    }
  })

  it("a constraint violation is a StoreError naming the operation, with the driver's error as cause", async () => {
    const { connection, run, store } = await open(dialect)
    try {
      const table = connection.schema === undefined ? sql.id("pctnxh_service_event") : sql.id(connection.schema, "pctnxh_service_event")
      // SQLite cannot add a check to a table; MySQL's upsert would merge rows on a unique index
      await (dialect.name === "sqlite"
        ? sql`create unique index one_event_per_person on ${table} (person_id)`
        : sql`alter table ${table} add constraint no_female_events check (sex <> 'female')`
      ).execute(connection.db)
      const events = Scenarios.returningClients(unit)
      const exit = await Effect.runPromiseExit(store.put("serviceEvent", events))
      const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
      expect(error).toBeInstanceOf(CoreError.StoreError)
      expect(error).toMatchObject({ operation: "put serviceEvent", reason: { en: "the data violates a constraint of the database" } })
      expect(error?.cause).toBeDefined()
      expect(error?.message).not.toContain("p-returning")
      // all or nothing, and the store goes on
      expect(await run(store.count("serviceEvent"))).toBe(0)
      const allowed = new Entity.schemas.serviceEvent({ ...events[0]!, sex: "male" })
      expect((await run(store.put("serviceEvent", [allowed]))).inserted).toBe(1)
    } finally {
      await connection.close()
    }
  })

  // PGlite runs the same statements (the PostgreSQL dialect), at a tenth of the speed
  if (dialect.name === "postgres") {
    it("a table that grew by 10,000 rows is analyzed for the planner; a small write is not", async () => {
      const { connection, run, store } = await open(dialect)
      try {
        const namespace = connection.schema === undefined ? sql`current_schema()` : sql`${connection.schema}`
        const estimate = async (table: string) => {
          const { rows } = await sql<{ n: unknown }>`select c.reltuples as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
            where c.relname = ${table} and s.nspname = ${namespace}`.execute(connection.db)
          return Number(rows[0]?.n)
        }
        const base = Scenarios.returningClients(unit)[0]!
        const events = (from: number, count: number) =>
          Array.from({ length: count }, (_, i) => new Entity.schemas.serviceEvent({ ...base, id: `grown-${from + i}` as never }))
        await run(store.put("serviceEvent", events(0, 100)))
        // never analyzed: PostgreSQL knows no row count (-1)
        expect(await estimate("pctnxh_service_event")).toBe(-1)
        await run(store.put("serviceEvent", events(100, 11_900)))
        // the analysis runs beside what follows the write: wait for it (the estimate moves once)
        let after = await estimate("pctnxh_service_event")
        for (let tries = 0; after === -1 && tries < 600; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 50))
          after = await estimate("pctnxh_service_event")
        }
        expect(after).toBe(12_000)
        // the first report fills the roll-ups, and analyzes them
        await run(store.aggregate(AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, groupBy: [AggregateQuery.byUnit("province", "2026-01-01")] })))
        expect(await estimate("pctnxh_unit_rollup")).toBeGreaterThan(0)
      } finally {
        await connection.close()
      }
    })
  }

  it("a lost connection is a StoreError, not a crash, and the store goes on", async () => {
    const lost = await loseConnection(dialect)
    expect(lost.error).toBeInstanceOf(CoreError.StoreError)
    expect(lost.error).toMatchObject({ reason: { en: "the database cannot be reached, or the connection was lost" } })
    expect(lost.error?.cause).toBeDefined()
    if (lost.after !== undefined) expect(lost.after).toBe(0)
  })
})

describe("SQL store errors before any connection", () => {
  const reason = { en: "the database cannot be reached, or the connection was lost" }
  const failure = async (layer: Layer.Layer<Store.Store, CoreError.StoreError>) => {
    const exit = await Effect.runPromiseExit(Effect.provide(Effect.flatMap(Store.Store, (s) => s.count("person")), layer))
    return Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
  }
  it("an unreachable PostgreSQL server fails the layer with a StoreError", async () => {
    expect(await failure(PostgresStore.layer("postgres://postgres@127.0.0.1:9/test"))).toMatchObject({ operation: "migrate", reason })
  })
  it("an unreachable MariaDB server fails the layer with a StoreError", async () => {
    expect(await failure(MysqlStore.layer("mysql://root@127.0.0.1:9/test"))).toMatchObject({ operation: "migrate", reason })
  })
  it("an SQLite file that cannot be opened fails the layer with a StoreError", async () => {
    expect(await failure(SqliteStore.layer("/no/such/directory/pctnxh.db"))).toMatchObject({
      operation: "open",
      problem: "connection",
      reason: { en: "the database file cannot be opened: its folder does not exist, or the file or its folder may not be read or written" }
    })
  })
})

const fixture = fileURLToPath(new URL("./fixtures/migrate.ts", import.meta.url))
const root = fileURLToPath(new URL("../../..", import.meta.url))

const inChildProcess = async (dialect: TestDialect, place: Connection): Promise<ReadonlyArray<string>> => {
  const target = dialect.name === "sqlite" ? place.file! : dialect.name === "postgres" ? PG_URL : MYSQL_URL
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=@pctnxh/source", "--import", "tsx", fixture, dialect.dialect, target, place.schema ?? ""],
    { cwd: root, timeout: 60_000 }
  )
  return JSON.parse(stdout) as ReadonlyArray<string>
}

const inProcess = async (dialect: TestDialect, place: Connection): Promise<ReadonlyArray<ReadonlyArray<string>>> => {
  const other = await dialect.reconnect(place)
  try {
    return await Promise.all(
      [place, other].map((c) => Effect.runPromise(Migrations.run({ db: c.db, dialect: dialect.dialect, schema: c.schema })))
    )
  } finally {
    await other.close()
  }
}

/**
 * Cuts the connection a store's transaction holds, then writes in that transaction: the write
 * fails with a StoreError; afterwards (where the database can reconnect) the store works again.
 */
const loseConnection = async (dialect: TestDialect): Promise<{ error: CoreError.StoreError | undefined; after?: number }> => {
  const events = Scenarios.returningClients(unit)
  const attempt = async (db: Kysely<any>, schema: string | undefined, cut: () => Promise<void>) => {
    const store = await Effect.runPromise(SqlStore.make({ db, dialect: dialect.dialect, schema }))
    const exit = await Effect.runPromiseExit(
      store.transaction(
        Effect.gen(function* () {
          yield* store.count("serviceEvent")
          yield* Effect.promise(cut)
          return yield* store.put("serviceEvent", events)
        })
      )
    )
    const error = Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined
    return { store, error }
  }
  switch (dialect.name) {
    case "sqlite": {
      const database = new (await import("better-sqlite3")).default(":memory:")
      const db = new Kysely<any>({ dialect: new (await import("kysely")).SqliteDialect({ database }) })
      const { error } = await attempt(db, undefined, async () => void database.close())
      return { error }
    }
    case "pglite": {
      // PGlite is in the process: its "connection" is lost when the instance is closed. A close
      // waits for a transaction in progress to end, so the instance is closed between two writes.
      const instance = await PGlite.create()
      const store = await Effect.runPromise(SqlStore.make({ db: PgliteStore.kysely(instance), dialect: dialect.dialect }))
      await Effect.runPromise(store.count("serviceEvent"))
      await instance.close()
      const exit = await Effect.runPromiseExit(store.put("serviceEvent", events))
      return { error: Exit.isFailure(exit) && exit.cause._tag === "Fail" ? exit.cause.error : undefined }
    }
    case "postgres": {
      const place = await dialect.connect()
      const pool = PostgresStore.pool(PG_URL, { max: 1 })
      let backend: number | undefined
      pool.on("connect", (client) => void (backend = (client as unknown as { processID: number }).processID))
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) })
      try {
        const { error, store } = await attempt(db, place.schema, async () => {
          const killer = new pg.Client({ connectionString: PG_URL })
          await killer.connect()
          await killer.query("select pg_terminate_backend($1)", [backend])
          await killer.end()
        })
        const after = await Effect.runPromise(store.count("serviceEvent"))
        return { error, after }
      } finally {
        await db.destroy()
        await place.close()
      }
    }
    case "mysql": {
      const place = await dialect.connect()
      const pool = createPool({ uri: MYSQL_URL, connectionLimit: 1 })
      let thread: number | undefined
      pool.on("connection", (connection) => void (thread = connection.threadId))
      const db = new Kysely<any>({ dialect: new MysqlDialect({ pool }) })
      try {
        const { error, store } = await attempt(db, place.schema, async () => {
          await sql`kill ${sql.raw(String(Number(thread)))}`.execute(place.db)
        })
        const after = await Effect.runPromise(store.count("serviceEvent"))
        return { error, after }
      } finally {
        await db.destroy()
        await place.close()
      }
    }
  }
}

/** The database's plan for a statement the store ran, with its parameters as the test gave them. */
async function plan(dialect: TestDialect, connection: Connection, statement: string, _find: unknown): Promise<string> {
  const compiled = lastQuery
  if (compiled === undefined || compiled.sql !== statement) throw new Error("the statement was not captured")
  const explain = dialect.name === "sqlite" ? "explain query plan " : dialect.name === "mysql" ? "explain " : "explain "
  return connection.db.connection().execute(async (conn) => {
    if (dialect.dialect === "postgres") await sql`set enable_seqscan = off`.execute(conn)
    try {
      const result = await conn.executeQuery(CompiledQuery.raw(explain + compiled.sql, [...compiled.parameters]))
      return (result.rows as Array<Record<string, unknown>>)
        .map((row) =>
          dialect.name === "sqlite"
            ? String(row.detail)
            : dialect.name === "mysql"
              ? // small tables are read whole on MariaDB whatever the indexes: check the index is there to use
                `type: ${String(row.type)} key: ${String(row.key)} possible: ${String(row.possible_keys)}`
              : String(Object.values(row)[0])
        )
        .join("\n")
    } finally {
      if (dialect.dialect === "postgres") await sql`reset enable_seqscan`.execute(conn)
    }
  })
}

describe("SQL store on sqlite, a record written between the dates read and the count", () => {
  it("is counted in its period: the store counts again with the period table joined", async () => {
    const first = Fixtures.oneOfEach(unit).serviceEvent
    const events = Array.from({ length: 40 }, (_, i) => {
      const date = new Date(Date.UTC(2019, 0, 5 + i * 9)).toISOString().slice(0, 10)
      return { ...first, id: `ev-${i}`, personId: `p-${i % 10}`, date } as typeof first
    })
    const late = { ...first, id: "ev-late", personId: "p-late", date: "2020-11-20" } as typeof first
    const query = AggregateQuery.make({ source: "serviceEvent", measure: AggregateQuery.count, groupBy: [AggregateQuery.byPeriod("quarter", "administrative")] })
    const [expected] = await memoryAnswers([...events, late], [query])
    const database = new Database(":memory:")
    const statements: Array<string> = []
    let other: Store.Service | undefined
    let written = false
    const db = new Kysely<any>({
      dialect: new SqliteDialect({ database }),
      log: (event) => {
        if (event.level !== "query") return
        statements.push(event.query.sql)
        // right after the dates are read, another writer's record dated after them: written
        // here on the same file, as the store's statement has not started yet
        if (datesRead(event.query.sql) && !written && other !== undefined) {
          written = true
          database.prepare(`insert into pctnxh_service_event select 'ev-late', replace(data, '"ev-1"', '"ev-late"'), 'p-late', model_id, unit_id, '2020-11-20', service, channel, referral_outcome, sex, age_band, residence, population, cost, amount from pctnxh_service_event where id = 'ev-1'`).run()
        }
      }
    })
    try {
      const store = await Effect.runPromise(SqlStore.make({ db, dialect: "sqlite", summaries: false }))
      // records of 2019 bring the periods of 2019 and 2020 into the period table
      await Effect.runPromise(store.put("serviceEvent", events))
      other = store
      statements.length = 0
      const rows = StoreTestkit.normalise(await Effect.runPromise(store.aggregate(query)))
      expect(written).toBe(true)
      expect(rows).toEqual(expected)
      // the CASE over the dates read, then the join
      const counts = statements.filter((s) => /group by/i.test(s))
      expect(counts).toHaveLength(2)
      expect(counts[0]).not.toMatch(/join "pctnxh_period"/)
      expect(counts[1]).toMatch(/join "pctnxh_period"/)
    } finally {
      await db.destroy()
    }
  })
})
