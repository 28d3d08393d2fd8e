/**
 * Crash consistency of the release door: a process releasing tables again and again, killed with
 * SIGKILL at a random point, leaves the release ledger and the audit log agreeing — every
 * release in the ledger has its audit entry and every audit entry of a release its ledger record,
 * the audit chain verifies — and releasing again works and keeps them agreeing.
 *
 * `PCTNXH_CRASH_TRIALS` kills per database (2 in CI, 100 in the full run).
 */
import { Store } from "@pctnxh/core"
import { Audit } from "@pctnxh/privacy"
import { SqlStore } from "@pctnxh/store-sql"
import { MysqlStore } from "@pctnxh/store-sql/mysql"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Chunk, Effect, Stream } from "effect"
import { expect, it } from "vitest"
import { forEach, full, type Place, place, runReleaser } from "./databases.js"

const trials = Number(process.env.PCTNXH_CRASH_TRIALS ?? (full ? 100 : 2))
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The ledger's releases, the audit log's release entries, and whether the chain verifies. */
const read = async (p: Place) => {
  const db = p.name === "sqlite" ? SqliteStore.kysely(p.target) : p.name === "postgres" ? PostgresStore.kysely(p.target, { max: 2 }) : MysqlStore.kysely(p.target, { max: 2 })
  try {
    return await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* SqlStore.make({ db, dialect: p.name, schema: p.schema === "" ? undefined : p.schema })
        const ledger = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("disclosureRelease"))).map((r) => r.id)
        const entries = Chunk.toReadonlyArray(yield* Stream.runCollect(store.list("auditEntry")))
        const audited = entries.filter((e) => e.action === "release").map((e) => String(e.details.release))
        const verification = yield* Audit.verify().pipe(Effect.provide(Audit.layer), Effect.provideService(Store.Store, store))
        return { ledger: [...ledger].sort(), audited: [...audited].sort(), problems: verification.problems.length, entries: entries.length }
      })
    )
  } finally {
    await db.destroy()
  }
}

await forEach("Release crash", ["sqlite", "postgres"], (name) => {
  it(`a release process killed with SIGKILL at ${trials} random points leaves the ledger and the audit log agreeing`, { timeout: 60_000 + trials * 60_000 }, async () => {
    const released: Array<number> = []
    const p = await place(name)
    try {
      for (let trial = 0; trial < trials; trial++) {
        const releaser = runReleaser(p, 40)
        await releaser.when(/^ready$/).catch(() => undefined)
        // after a random number of releases, a random moment later: between releases, or inside one
        const after = Math.floor(Math.random() * 6)
        if (after > 0) await releaser.when(new RegExp(`^released .*-${after - 1}$`)).catch(() => undefined)
        await pause(Math.random() * 120)
        releaser.kill("SIGKILL")
        await releaser.done
        const seen = await read(p)
        expect(seen.problems, `trial ${trial}: the audit chain`).toBe(0)
        expect(seen.audited, `trial ${trial}: every release in the ledger is in the audit log, and only those`).toEqual(seen.ledger)
        released.push(seen.ledger.length)
      }
      // releasing again works, and keeps both agreeing
      const again = await runReleaser(p, 2).done
      expect(again.result?.ok, again.stderr).toBe(true)
      const end = await read(p)
      expect(end.problems).toBe(0)
      expect(end.audited).toEqual(end.ledger)
      expect(end.ledger.length).toBe(released.at(-1)! + 2)
      console.log(`release crash ${name}: ${trials} kills; releases in the ledger after each: ${JSON.stringify(released)}; ledger and audit log always agreed, the chain always verified`)
    } finally {
      await p.close()
    }
  })
})
