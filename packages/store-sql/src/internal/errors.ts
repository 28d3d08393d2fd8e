import { CoreError } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type { Dialect } from "./dialect.js"

const reasons = {
  connection: {
    vi: "không kết nối được tới cơ sở dữ liệu, hoặc kết nối đã bị mất",
    en: "the database cannot be reached, or the connection was lost"
  },
  constraint: {
    vi: "dữ liệu vi phạm một ràng buộc của cơ sở dữ liệu",
    en: "the data violates a constraint of the database"
  },
  busy: {
    vi: "cơ sở dữ liệu đang bận (bị khóa hoặc bế tắc); hãy thử lại",
    en: "the database is busy (locked or deadlocked); try again"
  },
  other: {
    vi: "cơ sở dữ liệu từ chối thao tác",
    en: "the database refused the operation"
  }
} as const

/** A driver error as a `StoreError` naming the operation; the driver's error is only its cause. */
export const storeError = (dialect: Dialect, operation: string) => (cause: unknown): CoreError.StoreError =>
  cause instanceof CoreError.StoreError
    ? cause
    : new CoreError.StoreError({ operation, reason: reasons[dialect.classify(cause)], cause })

/** A stored record that no longer decodes. */
export const undecodable = (operation: string, cause: unknown): CoreError.StoreError =>
  new CoreError.StoreError({
    operation,
    reason: {
      vi: "một bản ghi đã lưu không còn đúng cấu trúc",
      en: "a stored record no longer matches its schema"
    },
    cause
  })

/** A record that cannot be encoded for storage. */
export const unencodable = (operation: string, cause: unknown): CoreError.StoreError =>
  new CoreError.StoreError({
    operation,
    reason: { vi: "bản ghi không đúng cấu trúc", en: "a record does not match its schema" },
    cause
  })

/** Runs a promise, failing with a `StoreError` for the operation. */
export const attempt = <A>(dialect: Dialect, operation: string, run: () => Promise<A>): Effect.Effect<A, CoreError.StoreError> =>
  Effect.tryPromise({ try: run, catch: storeError(dialect, operation) })
