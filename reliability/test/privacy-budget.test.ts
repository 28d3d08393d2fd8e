/**
 * The privacy budget of differential privacy is kept in the Store: a release spends ε in one
 * process, the store is closed, and a new store opened on the same database (as the next run of
 * a command-line tool would) finds it spent; spenders at the same moment, each with a store of
 * its own, never spend more than the audience's total between them.
 */
import { Store } from "@pctnxh/core"
import { AttackerCheck, Audience, Audit, DifferentialPrivacy, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, Either, Layer } from "effect"
import { expect, it } from "vitest"
import { forEach, type Place, place } from "./databases.js"

/** A connection of its own to a place, as another process would open it. */
const connect = (p: Place) =>
  p.name === "sqlite" ? SqliteStore.kysely(p.target) : p.name === "postgres" ? PostgresStore.kysely(p.target, { max: 2 }) : MysqlStore.kysely(p.target, { max: 2 })

/** A store on a place, through a connection of its own, closed after use. */
const withStore = async <A, E>(p: Place, use: (store: Store.Service) => Effect.Effect<A, E>): Promise<A> => {
  const db = connect(p)
  try {
    return await Effect.runPromise(Effect.flatMap(SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema }), use))
  } finally {
    await db.destroy()
  }
}

/** The public audience with differential privacy: at most ε 0.6 a release, 1 in all. */
const noisy = Audience.make({
  ...Audience.publicAudience,
  id: "public_dp",
  disclosure: { ...Audience.publicAudience.disclosure, noise: false, differentialPrivacy: { epsilonPerRelease: 0.6, epsilonTotal: 1 } }
})

const referrals: Disclosure.Table = {
  id: "referrals-by-commune",
  measure: "referred_hiv_testing",
  kind: "frequency",
  dimensions: [Disclosure.categories("commune", ["quat-lam", "thinh-long", "giao-phong"])],
  cells: [
    { key: { commune: "quat-lam" }, value: 13 },
    { key: { commune: "thinh-long" }, value: 19 },
    { key: { commune: "giao-phong" }, value: 30 },
    { key: { commune: "total" }, value: 62 }
  ]
}

/** One release through the door, with the budget, the ledger and the audit log in the Store. */
const release = (store: Store.Service, epsilon?: number) =>
  Effect.either(Disclosure.releaseTables({ audience: noisy, tables: [referrals], epsilon })).pipe(
    Effect.provide(Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerStore, Audit.layer)),
    Effect.provideService(Store.Store, store)
  )

await forEach("Privacy budget", ["sqlite", "postgres", "mysql"], (name) => {
  it("survives a restart: a new store on the same database finds the budget spent", { timeout: 120_000 }, async () => {
    const p = await place(name)
    try {
      const first = await withStore(p, (store) => release(store))
      expect(Either.isRight(first)).toBe(true)
      // the process ends; the next one opens the database afresh
      const second = await withStore(p, (store) => release(store))
      expect(Either.isLeft(second) && second.left._tag).toBe("BudgetExhausted")
      if (Either.isLeft(second) && second.left._tag === "BudgetExhausted") expect(second.left.remaining).toBeCloseTo(0.4)
      const above = await withStore(p, (store) => release(store, 0.7))
      expect(Either.isLeft(above) && above.left._tag).toBe("EpsilonAboveCeiling")
      const rest = await withStore(p, (store) => release(store, 0.4))
      expect(Either.isRight(rest)).toBe(true)
      const last = await withStore(p, (store) => release(store, 0.01))
      expect(Either.isLeft(last) && last.left._tag).toBe("BudgetExhausted")
      const spent = await withStore(p, (store) => Effect.provideService(DifferentialPrivacy.spent(noisy.id), DifferentialPrivacy.Budget, Effect.runSync(Effect.provideService(DifferentialPrivacy.makeStore, Store.Store, store))))
      expect(spent).toBeCloseTo(1)
      // two releases recorded, each with its spend
      const records = await withStore(p, (store) => store.find("privacySpend", { audience: noisy.id }))
      expect(records.filter((r) => r.epsilon > 0).map((r) => r.epsilon).sort()).toEqual([0.4, 0.6])
      const releases = await withStore(p, (store) => store.find("disclosureRelease", { audience: noisy.id }))
      expect(new Set(records.flatMap((r) => (r.release === undefined ? [] : [r.release])))).toEqual(new Set(releases.map((r) => r.id)))
    } finally {
      await p.close()
    }
  })

  it("six spenders at once, each with its own store, spend no more than the total between them", { timeout: 120_000 }, async () => {
    const p = await place(name)
    let outcomes: ReadonlyArray<Either.Either<number, unknown>> = []
    try {
      // every spender opens its own store first, then all spend at the same moment
      const dbs = Array.from({ length: 6 }, () => connect(p))
      try {
        const budgets = await Promise.all(
          dbs.map((db) =>
            Effect.runPromise(
              Effect.flatMap(SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema }), (store) =>
                Effect.provideService(DifferentialPrivacy.makeStore, Store.Store, store)
              )
            )
          )
        )
        outcomes = await Promise.all(budgets.map((budget) => Effect.runPromise(Effect.either(budget.spend({ audience: "public_dp", epsilon: 0.3, total: 1 })))))
      } finally {
        await Promise.all(dbs.map((db) => db.destroy()))
      }
      const granted = outcomes.filter(Either.isRight).length
      const refused = outcomes.filter((o) => Either.isLeft(o) && (o.left as { _tag?: string })._tag === "BudgetExhausted").length
      expect([granted, refused]).toEqual([3, 3])
      const records = await withStore(p, (store) => store.find("privacySpend", { audience: "public_dp" }))
      expect(records.reduce((s, r) => s + r.epsilon, 0)).toBeCloseTo(0.9)
    } finally {
      await p.close()
    }
  })
})
