/**
 * Writing an import's valid records in batches and committing them together, and the whole file
 * in one transaction when asked: what `Import` and `Dhis2Import` share.
 *
 * A full batch is stored while the rows of the next one are read: at most one batch is being
 * stored at a time, and the next is handed to the store only once it has finished, so batches
 * land in the order of the file. Batches are stored in a transaction that is committed once it
 * holds `commitRows` records (or at the end), each batch under a savepoint of its own: a batch
 * that fails undoes only itself, the batches before it are committed, and it is written again
 * in a transaction of its own (a busy store gives way), which fails the import if it fails
 * again. A commit writes every page the records touched, and the indexes on ids and persons
 * take records all over: one commit per `commitRows` rather than per batch is most of the time
 * a large import takes. The import's body runs under {@link writer}'s `settled`, which commits
 * what was stored however the body ends (a failure, an interruption) before the report is made.
 */
import type { CoreError, Entity, Store } from "@pctnxh/core"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Queue from "effect/Queue"
import type { Batch, ImportReport } from "../ImportReport.js"
import { ImportAborted } from "../IoError.js"

/** What the batches wrote so far. */
export interface Written {
  inserted: number
  updated: number
  unchanged: number
  batches: Array<Batch>
}

/** Records committed together by default: one commit per 100,000 rather than per batch. */
export const COMMIT_ROWS = 100_000

/** A batch handed to the store, and the signal that it has been stored (or has failed). */
interface Job {
  /** Emptied once stored: a batch is not held while the next is read. */
  records: ReadonlyArray<Entity.Any>
  /** The row (or place) of each record. */
  readonly rows: ReadonlyArray<number>
  readonly info: { readonly index: number; readonly firstRow: number; readonly lastRow: number; readonly records: number }
  readonly done: Deferred.Deferred<void, ImportAborted>
}

type Summary = Store.PutSummary

/** A transaction re-run by the store after its commit failed: the batches it took cannot be taken again. */
class NotReplayable {
  readonly _tag = "NotReplayable"
}

/** Why an import stops when the store could not commit the batches it had stored. */
const notCommitted = (cause: NotReplayable) => ({
  reason: {
    vi: "kho dữ liệu không lưu được các lô đã ghi từ lần lưu trước (đang bận); các lô đó đã được huỷ",
    en: "the store could not commit the batches written since the last commit (it was busy); they were rolled back"
  },
  cause
})

/**
 * A batch writer: `add` a record (with the row or place it came from), `flush` the rest at the
 * end (which waits until every batch is stored and committed), run the import's body under
 * `settled`, and `atomically` run a whole import in one transaction.
 */
export const writer = (options: {
  readonly store: Store.Service | undefined
  readonly kind: Entity.Kind
  readonly file: string
  readonly size: number
  /** Records committed together ({@link COMMIT_ROWS} by default); a commit holds at least one batch. */
  readonly commitRows?: number | undefined
  readonly report: (outcome: "complete" | "aborted") => ImportReport
  readonly progress: () => void
}) => {
  const written: Written = { inserted: 0, updated: 0, unchanged: 0, batches: [] }
  let pending: Array<Entity.Any> = []
  /** The row (or place) of each pending record. */
  let pendingRows: Array<number> = []
  let first = 0
  let last = 0
  const { store, file, report, progress } = options
  const commitRows = Math.max(1, options.commitRows ?? COMMIT_ROWS)

  /** Whether the store is working on a batch or a commit now. */
  let writing = false
  /** The batch handed over last, and how many have been. */
  let previous: Job | undefined
  let handedOver = 0
  /** The fiber storing batches, and where they are handed to it (`undefined` ends it). */
  let storer: { readonly inbox: Queue.Queue<Job | undefined>; readonly fiber: Fiber.Fiber<void, ImportAborted> } | undefined
  /** Why the storer stopped, once it has failed. */
  let failure: ImportAborted | undefined
  /** Batches stored so far (those of the transaction under way included), and committed. */
  const counts = { batches: 0, committed: 0 }

  const stored = (info: Job["info"], summary: Summary, status: "stored" | "rolledBack") => {
    if (status === "rolledBack") {
      written.batches.push({ ...info, inserted: 0, updated: 0, unchanged: 0, status })
      return
    }
    written.batches.push({ ...info, ...summary, status })
    counts.committed++
    written.inserted += summary.inserted
    written.updated += summary.updated
    written.unchanged += summary.unchanged
  }

  /** The import's failure for a store error met writing a batch (`job`) or committing batches (from row `job`). */
  const aborted = (
    error: { readonly reason: { readonly vi: string; readonly en: string }; readonly record?: number | undefined; readonly field?: string | undefined },
    job: Job | number | undefined
  ) => {
    // a store that names the record to blame names the row
    const blamed = typeof job !== "object" || error.record === undefined ? undefined : job.rows[error.record]
    const row = blamed ?? (typeof job === "object" ? job.info.firstRow : job)
    return new ImportAborted({
      file,
      ...(row === undefined ? {} : { row }),
      ...(blamed === undefined || error.field === undefined ? {} : { field: error.field }),
      reason: error.reason,
      report: report("aborted"),
      cause: error
    })
  }

  const put = (job: Job) => store!.transaction(store!.put(options.kind, job.records as never))

  /** A batch in a transaction of its own, after it failed among others. */
  const alone = (job: Job): Effect.Effect<void, ImportAborted> =>
    Effect.matchEffect(put(job), {
      onFailure: (error) => {
        stored(job.info, undefined as never, "rolledBack")
        return Effect.fail(aborted(error, job))
      },
      onSuccess: (summary) => {
        job.records = []
        counts.batches++
        stored(job.info, summary, "stored")
        progress()
        return Deferred.succeed(job.done, undefined)
      }
    })

  /**
   * One transaction of batches taken from the inbox, each under a savepoint, until it holds
   * `commitRows` records or the inbox ends: `"end"`, `"more"`, or the batch that failed (the
   * ones before it committed).
   */
  const group = (inbox: Queue.Queue<Job | undefined>): Effect.Effect<"end" | "more" | Job, ImportAborted> => {
    // what the transaction stored: the batches' places and counts, not their records
    const open: Array<readonly [Job["info"], Summary]> = []
    /** The batch that failed, and how: the transaction ends with it. */
    let failed: { readonly job: Job; readonly error: CoreError.StoreError } | undefined
    let entered = false
    const body = Effect.gen(function* () {
      if (entered) return yield* Effect.fail(new NotReplayable())
      entered = true
      let rows = 0
      while (true) {
        const job = yield* Queue.take(inbox)
        if (job === undefined) return "end" as const
        const exit = yield* Effect.either(put(job))
        if (exit._tag === "Left") {
          failed = { job, error: exit.left }
          return job
        }
        open.push([job.info, exit.right])
        rows += job.records.length
        job.records = []
        counts.batches++
        writing = false
        progress()
        yield* Deferred.succeed(job.done, undefined)
        if (rows >= commitRows) return "more" as const
      }
    })
    return Effect.matchEffect(store!.transaction(body), {
      onFailure: (error) => {
        for (const [info] of open) stored(info, undefined as never, "rolledBack")
        // a database that undid the whole transaction with the batch that failed (SQLite's
        // full disk) cannot commit the others: the batch's failure is the one that counts
        if (failed !== undefined) {
          stored(failed.job.info, undefined as never, "rolledBack")
          return Effect.fail(aborted(failed.error, failed.job))
        }
        return Effect.fail(aborted(error instanceof NotReplayable ? notCommitted(error) : error, open[0]?.[0].firstRow))
      },
      onSuccess: (outcome) => {
        for (const [info, summary] of open) stored(info, summary, "stored")
        if (open.length > 0) progress()
        return Effect.succeed(outcome)
      }
    })
  }

  /** Stores what the inbox is handed, transaction after transaction, until it ends or fails. */
  const storing = (inbox: Queue.Queue<Job | undefined>): Effect.Effect<void, ImportAborted> =>
    Effect.gen(function* () {
      while (true) {
        const outcome = yield* group(inbox)
        if (outcome === "end") return
        // the batch that failed among others, in a transaction of its own
        if (outcome !== "more") yield* alone(outcome)
      }
    }).pipe(
      Effect.tapError((error) =>
        Effect.suspend(() => {
          failure = error
          writing = false
          // the batch that failed, and any handed over after it, fail with the import
          return Effect.flatMap(Queue.takeAll(inbox), (left) =>
            Effect.forEach([...(previous === undefined ? [] : [previous]), ...left], (job) => (job === undefined ? Effect.void : Deferred.fail(job.done, error)), {
              discard: true
            })
          )
        })
      )
    )

  /** The storer, started with the first batch: a fiber of its own that an interruption of the import does not stop. */
  const started: Effect.Effect<NonNullable<typeof storer>> = Effect.suspend(() => {
    if (storer !== undefined) return Effect.succeed(storer)
    return Effect.flatMap(Queue.unbounded<Job | undefined>(), (inbox) =>
      Effect.map(Effect.forkDaemon(Effect.uninterruptible(storing(inbox))), (fiber) => (storer = { inbox, fiber }))
    )
  })

  /** Waits until the batch handed over last is stored; fails as the storer failed. */
  const handed: Effect.Effect<void, ImportAborted> = Effect.suspend(() =>
    previous === undefined ? Effect.void : Effect.uninterruptible(Deferred.await(previous.done))
  )

  /** Hands the pending records to the store, once the batch before them is stored. */
  const dispatch: Effect.Effect<void, ImportAborted> = Effect.suspend(() => {
    if (pending.length === 0) return Effect.void
    return Effect.zipRight(
      handed,
      Effect.suspend(() => {
        if (failure !== undefined) return Effect.fail(failure)
        const records = pending
        const rows = pendingRows
        const info = { index: handedOver++, firstRow: first, lastRow: last, records: records.length }
        pending = []
        pendingRows = []
        if (store === undefined) {
          counts.batches++
          progress()
          return Effect.void
        }
        return Effect.flatMap(Deferred.make<void, ImportAborted>(), (done) => {
          const job: Job = { records, rows, info, done }
          previous = job
          // the store is at work from now on: the reader gives way as it reads the next batch
          writing = true
          return Effect.flatMap(started, (s) => Queue.offer(s.inbox, job))
        })
      })
    )
  })

  /** Ends the storer once it has stored what it was handed: the last transaction is committed. Fails as it failed. */
  const closed: Effect.Effect<void, ImportAborted> = Effect.suspend(() => {
    const s = storer
    if (s === undefined) return failure === undefined ? Effect.void : Effect.fail(failure)
    return Effect.uninterruptible(Effect.zipRight(Queue.offer(s.inbox, undefined), Fiber.join(s.fiber)))
  })

  const flush: Effect.Effect<void, ImportAborted> = Effect.zipRight(dispatch, closed)

  /**
   * Runs the import's body, then ends the storer however the body ended, so what the report
   * says of the batches is final. A failure of a batch the body did not wait for is in the
   * report (`rolledBack`), and the body's own failure is the one returned.
   */
  const settled = <A, E, R>(body: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> => Effect.ensuring(body, Effect.ignore(closed))

  const add = (record: Entity.Any, at: number): Effect.Effect<void, ImportAborted> => {
    if (pending.length === 0) first = at
    last = at
    pending.push(record)
    pendingRows.push(at)
    return pending.length >= options.size ? dispatch : Effect.void
  }

  /** Runs the import in one transaction; a failure rolls every batch back and says so. */
  const atomically = <E extends { readonly _tag: string }>(body: Effect.Effect<void, E>): Effect.Effect<void, E | ImportAborted> => {
    if (store === undefined) return body
    const rolledBack = () => {
      written.batches = written.batches.map((b) => ({ ...b, status: "rolledBack" as const }))
      written.inserted = 0
      written.updated = 0
      written.unchanged = 0
    }
    return store.transaction(body).pipe(
      Effect.catchAll((error): Effect.Effect<never, E | ImportAborted> => {
        if (error instanceof ImportAborted) {
          rolledBack()
          return Effect.fail(new ImportAborted({ ...error, report: report("aborted") }))
        }
        if (error._tag === "StoreError") {
          rolledBack()
          const reason = (error as unknown as { reason: { vi: string; en: string } }).reason
          return Effect.fail(new ImportAborted({ file, reason, report: report("aborted"), cause: error }))
        }
        return Effect.fail(error as E)
      })
    )
  }

  return {
    written,
    add,
    flush,
    settled,
    atomically,
    /** Batches stored so far, the transaction under way's included, and batches committed. */
    counts: (): { readonly batches: number; readonly committed: number } => counts,
    /** Whether a batch is being stored at this moment: the reader then leaves the store room to go on. */
    writing: (): boolean => writing
  }
}
