/**
 * Writing an import's valid records in batches, each in one transaction, and the whole file in
 * one when asked: what `Import` and `Dhis2Import` share.
 *
 * A full batch is stored while the rows of the next one are read: at most one batch is being
 * stored at a time, and the next is handed to the store only once it has finished, so batches
 * land in the order of the file. The import's body runs under {@link writer}'s `settled`, which
 * waits for the batch being stored however the body ends (a failure, an interruption) before
 * the report is made.
 */
import type { Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import type { Batch, ImportReport } from "../ImportReport.js"
import { ImportAborted } from "../IoError.js"

/** What the batches wrote so far. */
export interface Written {
  inserted: number
  updated: number
  unchanged: number
  batches: Array<Batch>
}

/**
 * A batch writer: `add` a record (with the row or place it came from), `flush` the rest at the
 * end (which waits until every batch is stored), run the import's body under `settled`, and
 * `atomically` run a whole import in one transaction.
 */
export const writer = (options: {
  readonly store: Store.Service | undefined
  readonly kind: Entity.Kind
  readonly file: string
  readonly size: number
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

  /** The batch being stored, if one is. */
  let storing: Fiber.Fiber<void, ImportAborted> | undefined
  /** Whether the store is working on a batch now (its fiber has not ended). */
  let writing = false

  /**
   * Waits for the batch being stored; fails as it failed. The wait is not cut short by an
   * interruption (the batch is finished first, as it would be anyway), so no batch is left
   * running once the import has stopped.
   */
  const stored: Effect.Effect<void, ImportAborted> = Effect.suspend(() => {
    const fiber = storing
    storing = undefined
    return fiber === undefined ? Effect.void : Effect.uninterruptible(Fiber.join(fiber))
  })

  /** Hands the pending records to the store, once the batch before them is stored. */
  const dispatch: Effect.Effect<void, ImportAborted> = Effect.suspend(() => {
    if (pending.length === 0) return Effect.void
    return Effect.zipRight(
      stored,
      Effect.suspend(() => {
        const write = take()
        // the batch is stored, and its outcome recorded, whatever happens to the import's
        // fiber meanwhile: an import stopped by a signal keeps every batch it began
        return write === undefined
          ? Effect.void
          : Effect.suspend(() => {
              writing = true
              const done = Effect.sync(() => {
                writing = false
              })
              return Effect.map(Effect.forkDaemon(Effect.uninterruptible(Effect.ensuring(write, done))), (fiber) => {
                storing = fiber
              })
            })
      })
    )
  })

  /** Takes the pending records as a batch: the effect that stores it, or nothing without a store. */
  const take = (): Effect.Effect<void, ImportAborted> | undefined => {
    const records = pending
    const info = { index: written.batches.length, firstRow: first, lastRow: last, records: records.length }
    const rows = pendingRows
    pending = []
    pendingRows = []
    if (store === undefined) {
      progress()
      return undefined
    }
    return store.transaction(store.put(options.kind, records as never)).pipe(
      Effect.matchEffect({
        onFailure: (error) => {
          written.batches.push({ ...info, inserted: 0, updated: 0, unchanged: 0, status: "rolledBack" })
          // a store that names the record to blame names the row
          const blamed = error.record === undefined ? undefined : rows[error.record]
          return Effect.fail(
            new ImportAborted({
              file,
              row: blamed ?? info.firstRow,
              ...(blamed === undefined || error.field === undefined ? {} : { field: error.field }),
              reason: error.reason,
              report: report("aborted"),
              cause: error
            })
          )
        },
        onSuccess: (summary) => {
          written.batches.push({ ...info, ...summary, status: "stored" })
          written.inserted += summary.inserted
          written.updated += summary.updated
          written.unchanged += summary.unchanged
          progress()
          return Effect.void
        }
      })
    )
  }

  const flush: Effect.Effect<void, ImportAborted> = Effect.zipRight(dispatch, stored)

  /**
   * Runs the import's body, then waits for the batch being stored however the body ended, so
   * what the report says of the batches is final. A failure of that batch the body did not
   * wait for is in the report (`rolledBack`), and the body's own failure is the one returned.
   */
  const settled = <A, E, R>(body: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> => Effect.ensuring(body, Effect.ignore(stored))

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
    /** Whether a batch is being stored at this moment: the reader then leaves the store room to go on. */
    writing: (): boolean => writing
  }
}
