/**
 * Writing an import's valid records in batches, each in one transaction, and the whole file in
 * one when asked: what `Import` and `Dhis2Import` share.
 */
import type { Entity, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
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
 * end, and `atomically` run a whole import in one transaction.
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

  const flush: Effect.Effect<void, ImportAborted> = Effect.suspend(() => {
    if (pending.length === 0) return Effect.void
    const records = pending
    const info = { index: written.batches.length, firstRow: first, lastRow: last, records: records.length }
    const rows = pendingRows
    pending = []
    pendingRows = []
    if (store === undefined) {
      progress()
      return Effect.void
    }
    // a batch being stored is finished before an interruption takes effect: an import stopped
    // by a signal keeps every batch it began
    return Effect.uninterruptible(store.transaction(store.put(options.kind, records as never))).pipe(
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
  })

  const add = (record: Entity.Any, at: number): Effect.Effect<void, ImportAborted> => {
    if (pending.length === 0) first = at
    last = at
    pending.push(record)
    pendingRows.push(at)
    return pending.length >= options.size ? flush : Effect.void
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

  return { written, add, flush, atomically }
}
