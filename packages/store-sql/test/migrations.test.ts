/**
 * Frozen migrations: replayed on every database they make exactly the layout the store derives
 * from the registry; a database written by an earlier release upgrades with nothing lost and
 * every answer unchanged; and adding an attribute takes one registry entry and one migration.
 */
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { AggregateQuery, Entity, Organisation, Registry, ServiceEvent, Store } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { MemoryStore } from "@pctnxh/store-memory"
import { Migrations, SqlStore } from "@pctnxh/store-sql"
import { Effect } from "effect"
import { afterAll, expect, it } from "vitest"
import { closeShared, forEachDialect } from "./dialects.js"
import { differences } from "./introspect.js"
import { loadFixture } from "./upgrade/load.js"
import { contents, fixtureRecords, normalise } from "./upgrade/records.js"

afterAll(closeShared)

const fixturesDir = fileURLToPath(new URL("./upgrade/", import.meta.url))
/** Every committed fixture: one per release whose schema later releases upgrade from. */
const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()

interface Expected {
  readonly migrations: ReadonlyArray<string>
  readonly counts: Readonly<Record<string, number>>
  readonly digest: string
  readonly queries: ReadonlyArray<{ readonly query: unknown; readonly rows: unknown }>
}

const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)


// One field added to service events, read from a record, and the attribute that groups by it:
// everything a later release writes to offer "referred to which kind of provider".
const withProvider: Registry.Registry = {
  ...Registry.registry,
  kinds: {
    ...Registry.registry.kinds,
    serviceEvent: {
      ...Registry.kinds.serviceEvent,
      fields: {
        ...Registry.kinds.serviceEvent.fields,
        referralProvider: Registry.optional(Registry.code((e: Entity.Of<"serviceEvent">) => e.referral?.providerKind))
      }
    }
  },
  sources: {
    ...Registry.registry.sources,
    serviceEvent: {
      ...Registry.registry.sources.serviceEvent!,
      attributes: { ...Registry.registry.sources.serviceEvent!.attributes, referralProvider: "referralProvider" }
    }
  },
  attributes: {
    ...Registry.registry.attributes,
    referralProvider: { label: { vi: "Chuyển gửi tới", en: "Referred to" }, values: Organisation.OrganisationKind }
  }
}
// …and the one migration that gives the SQL store its column, filled from the stored records
const addProvider: readonly [string, Migrations.Migration] = [
  "0003_referral_provider",
  async (ctx) => {
    await ctx.addColumn("pctnxh_service_event", { name: "referral_provider", type: "code" })
    await ctx.fill("pctnxh_service_event", (data) => ({
      referral_provider: typeof data.referral?.providerKind === "string" ? data.referral.providerKind : null
    }))
  }
]

const byProvider = [
  // built without the shipped vocabulary's check: the attribute exists only in this registry
  new AggregateQuery.AggregateQuery(
    { source: "serviceEvent", measure: AggregateQuery.count, filters: [], groupBy: [{ _tag: "attribute", name: "referralProvider" as never }, AggregateQuery.by("sex")] },
    true
  ),
  new AggregateQuery.AggregateQuery(
    {
      source: "serviceEvent",
      measure: AggregateQuery.distinctPersons,
      filters: [{ _tag: "in", attribute: "referralProvider" as never, values: ["clinic", "health_centre"] }],
      groupBy: [AggregateQuery.byPeriod("year", "plain")]
    },
    true
  )
]

await forEachDialect("Migrations", (dialect) => {
  it("replayed from nothing, they make exactly the layout the store derives from the registry", async () => {
    const c = await dialect.connect()
    try {
      expect(await run(Migrations.run({ db: c.db, dialect: dialect.dialect, schema: c.schema }))).toEqual(Migrations.all().map(([n]) => n))
      expect(await differences(dialect, c, Migrations.layout())).toEqual([])
    } finally {
      await c.close()
    }
  })

  for (const name of fixtures) {
    const dir = `${fixturesDir}${name}`
    const want = JSON.parse(readFileSync(`${dir}/expected.json`, "utf8")) as Expected

    it(`a database written by the release of ${name} upgrades with every record and every answer unchanged`, async () => {
      const c = await loadFixture(dialect, dir)
      try {
        const store = await run(SqlStore.make({ db: c.db, dialect: dialect.dialect, schema: c.schema }))
        const all = Migrations.all().map(([n]) => n)
        expect(all.slice(0, want.migrations.length)).toEqual(want.migrations)
        const got = await run(Effect.provideService(contents, Store.Store, store))
        // kinds added after the fixture's release start empty
        const added = Object.keys(got.counts).filter((k) => !Object.hasOwn(want.counts, k))
        expect(added.map((k) => got.counts[k])).toEqual(added.map(() => 0))
        expect(Object.fromEntries(Object.keys(want.counts).map((k) => [k, got.counts[k]]))).toEqual(want.counts)
        expect(got.digest).toBe(want.digest)
        for (const { query, rows } of want.queries) {
          const q = await run(AggregateQuery.decode(query))
          expect(normalise(await run(store.aggregate(q))), JSON.stringify(query)).toEqual(rows)
        }
        // the upgraded database has the layout of a new one, and the new keys were filled
        expect(await differences(dialect, c, Migrations.layout())).toEqual([])
        expect((await run(store.find("vaultEntry", { personId: "pseudo-b" }))).map((e) => e.id)).toEqual(["vault-1"])
        expect((await run(store.find("incident", { notifiedAt: null }))).map((i) => i.id)).toEqual(["incident-1"])
      } finally {
        await c.close()
      }
    })
  }

  it("adding an attribute takes one registry entry and one migration: a database of today upgrades, and reports group by it", async () => {
    const c = await dialect.connect()
    try {
      const records = fixtureRecords(vietnam)
      const putAll = Effect.flatMap(Store.Store, (store) => Effect.forEach(records, ({ kind, records }) => store.put(kind, records)))
      // today's store writes the records
      await run(Effect.provide(putAll, SqlStore.layer({ db: c.db, dialect: dialect.dialect, schema: c.schema })))
      // the next release: the registry with the attribute, the migrations with one more record
      const migrations = [...Migrations.all(), addProvider]
      const store = await run(SqlStore.make({ db: c.db, dialect: dialect.dialect, schema: c.schema, registry: withProvider, migrations }))
      expect(await differences(dialect, c, Migrations.layout(withProvider))).toEqual([])
      // a record written after the upgrade fills the column too
      const first = records.find((r) => r.kind === "serviceEvent")!.records[0] as unknown as Entity.Of<"serviceEvent">
      const referred = new Entity.schemas.serviceEvent({
        ...first,
        id: "ev-after" as Entity.Of<"serviceEvent">["id"],
        referral: new ServiceEvent.Referral({ providerKind: "law_firm", outcome: "pending" })
      })
      await run(store.put("serviceEvent", [referred]))
      const memory = await run(MemoryStore.make({ registry: withProvider }))
      await run(Effect.provideService(putAll, Store.Store, memory))
      await run(memory.put("serviceEvent", [referred]))
      for (const q of byProvider) {
        const sqlRows = normalise(await run(store.aggregate(q)))
        expect(sqlRows, JSON.stringify(q)).toEqual(normalise(await run(memory.aggregate(q))))
        expect(sqlRows.length, JSON.stringify(q)).toBeGreaterThan(0)
      }
      const keys = normalise(await run(store.aggregate(byProvider[0]!))).map((r) => r.key.referralProvider)
      expect(keys).toContain("clinic")
      expect(keys).toContain("law_firm")
      // the shipped registry knows no such attribute, and says so
      const plain = await run(MemoryStore.make())
      const refused = await Effect.runPromise(Effect.flip(plain.aggregate(byProvider[0]!)))
      expect(refused.message).toContain('has no attribute "referralProvider"')
    } finally {
      await c.close()
    }
  })
})
