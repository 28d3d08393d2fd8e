/**
 * A process that releases a small table to the donor audience again and again through the
 * release door (`@pctnxh/privacy`'s `Disclosure.releaseTables`, with the ledger and the audit
 * log kept in a SQL store), as an application would — the subject of the release crash test,
 * which kills it.
 *
 * ```sh
 * node --conditions=@pctnxh/source --import tsx releaser.ts <sqlite|postgres|mysql> <file or URL> <schema or ""> <releases>
 * ```
 *
 * Writes `ready` once the store is open, `released <id>` after each release, then `{"ok":true}`;
 * a failure is one JSON line (`{"ok":false,…}`) with exit code 2.
 */
import { Store } from "@pctnxh/core"
import { AttackerCheck, Audience, Audit, Disclosure, ReleaseLedger } from "@pctnxh/privacy"
import { SqlStore } from "@pctnxh/store-sql"
import { connect, modeOf } from "./connect.js"
import { Cause, Effect, Exit, Layer } from "effect"

const [mode, target, schema, count] = process.argv.slice(2)
const say = (line: string) => process.stdout.write(`${line}\n`)

const dialect = modeOf(mode)
const db = connect(dialect, target!)

/** Contacts by district and service in one province: small cells to protect, totals to protect them from. */
const inner: ReadonlyArray<readonly [string, string, number]> = [
  ["d1", "counselling", 12],
  ["d1", "testing", 2],
  ["d2", "counselling", 9],
  ["d2", "testing", 7],
  ["d3", "counselling", 15],
  ["d3", "testing", 6]
]
const sum = (unit: string, service: string) =>
  inner.filter(([u, s]) => (unit === "p" || u === unit) && (service === "total" || s === service)).reduce((n, c) => n + c[2], 0)
const table: Disclosure.Table = {
  id: "contacts",
  measure: "contacts",
  kind: "frequency",
  dimensions: [Disclosure.dimension("unit", { d1: "p", d2: "p", d3: "p" }), Disclosure.categories("service", ["counselling", "testing"])],
  cells: ["d1", "d2", "d3", "p"].flatMap((unit) => ["counselling", "testing", "total"].map((service) => ({ key: { unit, service }, value: sum(unit, service) })))
}

const exit = await Effect.runPromiseExit(
  Effect.flatMap(SqlStore.make({ db, dialect, schema: schema === "" || schema === undefined ? undefined : schema }), (store) => {
    const services = Layer.mergeAll(AttackerCheck.layer, ReleaseLedger.layerStore, Audit.layer).pipe(Layer.provideMerge(Layer.succeed(Store.Store, store)))
    return Effect.gen(function* () {
      say("ready")
      for (let i = 0; i < Number(count ?? 20); i++) {
        const id = `release-${process.pid}-${i}`
        yield* Disclosure.releaseTables({ audience: Audience.donor, tables: [table], id, actor: "releaser" })
        say(`released ${id}`)
      }
    }).pipe(Effect.provide(services))
  })
)
await db.destroy().catch(() => undefined)
if (Exit.isSuccess(exit)) {
  say(JSON.stringify({ ok: true }))
  process.exit(0)
}
say(JSON.stringify({ ok: false, message: Cause.pretty(exit.cause) }))
process.exit(2)
