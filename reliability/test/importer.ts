/**
 * A process that imports one CSV file of service events into a SQL store through the library
 * (`@pctnxh/io`'s Import and `@pctnxh/store-sql`), as an application would — the subject of the
 * crash, concurrency and fault tests, which run several at once and kill them.
 *
 * ```sh
 * node --conditions=@pctnxh/source --import tsx importer.ts <sqlite|postgres|mysql> <file or URL> <schema or ""> <csv> [batch size] [busy timeout ms] [commit rows]
 * ```
 *
 * Writes `ready` once the store is open (and, with `PCTNXH_GO=stdin`, waits for a line on its
 * standard input before importing, so that several processes start at the same moment),
 * `batch <n>` after each batch is stored and after each commit (`n` batches committed), then the import's
 * summary as one JSON line (`{"ok":true,…}`); a failure is one JSON line (`{"ok":false,…}`)
 * naming the error's tag, problem and message, with exit code 2.
 */
import { Store } from "@pctnxh/core"
import { Import } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { SqlStore } from "@pctnxh/store-sql"
import { connect, modeOf } from "./connect.js"
import { Cause, Effect, Exit, Option } from "effect"

const [mode, target, schema, csv, batch, busy, commit] = process.argv.slice(2)
const say = (line: string) => process.stdout.write(`${line}\n`)
const go = (): Promise<void> =>
  process.env.PCTNXH_GO === "stdin" ? new Promise((resolve) => process.stdin.once("data", () => resolve())) : Promise.resolve()

const dialect = modeOf(mode)
const db = connect(dialect, target!)

const exit = await Effect.runPromiseExit(
  Effect.flatMap(
    SqlStore.make({
      db,
      dialect,
      schema: schema === "" || schema === undefined ? undefined : schema,
      ...(busy === undefined || busy === "" ? {} : { busyTimeout: Number(busy) })
    }),
    (store) =>
      Effect.zipRight(
        Effect.zipRight(Effect.sync(() => say("ready")), Effect.promise(go)),
        Import.run({
          kind: "serviceEvent",
          source: NodeFile.source(csv!),
          batchSize: Number(batch ?? 100),
          ...(commit === undefined ? {} : { commitRows: Number(commit) }),
          today: "2026-01-01",
          onProgress: (p) => say(`batch ${p.committed}`)
        }).pipe(Effect.provideService(Store.Store, store))
      )
  )
)
await db.destroy().catch(() => undefined)
if (Exit.isSuccess(exit)) {
  const r = exit.value
  say(JSON.stringify({ ok: true, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, valid: r.valid, rejected: r.rejected, batches: r.batches.length }))
  process.exit(0)
}
const failure = Cause.failureOption(exit.cause)
const error = Option.isSome(failure) ? (failure.value as { _tag?: string; message?: string; cause?: { problem?: string; _tag?: string } }) : undefined
say(
  JSON.stringify({
    ok: false,
    tag: error?._tag ?? "defect",
    problem: error?.cause?.problem,
    message: error?.message ?? Cause.pretty(exit.cause)
  })
)
process.exit(2)
