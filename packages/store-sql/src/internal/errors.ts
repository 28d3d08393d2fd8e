import { CoreError } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import type { Dialect, ErrorKind } from "./dialect.js"
import { RecordFailed, WriteConflict } from "./write.js"

const reasons: { readonly [K in ErrorKind]: CoreError.StoreError["reason"] } = {
  connection: {
    vi: "không kết nối được tới cơ sở dữ liệu, hoặc kết nối đã bị mất",
    en: "the database cannot be reached, or the connection was lost"
  },
  cannotOpen: {
    vi: "không mở được tệp cơ sở dữ liệu: thư mục không tồn tại, hoặc tệp hay thư mục chứa nó không được phép đọc, ghi",
    en: "the database file cannot be opened: its folder does not exist, or the file or its folder may not be read or written"
  },
  constraint: {
    vi: "dữ liệu vi phạm một ràng buộc của cơ sở dữ liệu",
    en: "the data violates a constraint of the database"
  },
  busy: {
    vi: "cơ sở dữ liệu đang bận vì một chương trình khác đang ghi vào đó; hãy thử lại",
    en: "the database is busy: another program is writing to it; try again"
  },
  readOnly: {
    vi: "không ghi được vào cơ sở dữ liệu: tệp, thư mục chứa nó hoặc tài khoản chỉ được phép đọc",
    en: "the database cannot be written: its file, its folder or the account is read-only"
  },
  full: {
    vi: "ổ đĩa hoặc cơ sở dữ liệu đã đầy",
    en: "the disk or the database is full"
  },
  schema: {
    vi: "bảng của cơ sở dữ liệu không khớp với phiên bản này: còn thiếu một bước nâng cấp (migration)",
    en: "the database's tables do not match this version: a migration has not run"
  },
  other: {
    vi: "cơ sở dữ liệu từ chối thao tác",
    en: "the database refused the operation"
  }
}

const problems: { readonly [K in ErrorKind]: CoreError.StoreProblem } = {
  connection: "connection",
  cannotOpen: "connection",
  constraint: "constraint",
  busy: "busy",
  readOnly: "readOnly",
  full: "full",
  schema: "schema",
  other: "other"
}

/**
 * A driver error as a `StoreError` naming the operation; the driver's error is only its cause.
 * A record a batch statement failed on is named by its position, and by its field when the
 * database named a column (`field` turns a column into the registry's name).
 */
export const storeError =
  (dialect: Dialect, operation: string, field: (column: string) => string = (c) => c) =>
  (cause: unknown): CoreError.StoreError => {
    if (cause instanceof CoreError.StoreError) return cause
    if (cause instanceof WriteConflict) {
      return new CoreError.StoreError({ operation, problem: "busy", reason: reasons.busy, cause })
    }
    if (cause instanceof RecordFailed) {
      const kind = dialect.classify(cause.cause)
      return new CoreError.StoreError({
        operation,
        problem: problems[kind],
        record: cause.record,
        ...(cause.column === undefined ? {} : { field: field(cause.column) }),
        reason: reasons[kind],
        cause: cause.cause
      })
    }
    const kind = dialect.classify(cause)
    return new CoreError.StoreError({ operation, problem: problems[kind], reason: reasons[kind], cause })
  }

/** Whether a failure is another writer holding the database: the transaction can run again. */
export const isRetryable = (error: unknown): error is CoreError.StoreError =>
  error instanceof CoreError.StoreError && error.problem === "busy"

/** The failure after waiting `timeout` milliseconds for other writers. */
export const busy = (operation: string, timeout: number, last: CoreError.StoreError): CoreError.StoreError => {
  const seconds = Math.round(timeout / 100) / 10
  const vi = seconds.toLocaleString("vi-VN")
  return new CoreError.StoreError({
    operation,
    problem: "busy",
    reason: {
      vi: `cơ sở dữ liệu đang bận: một chương trình khác đang ghi vào đó và sau ${vi} giây chờ vẫn chưa xong. Không có gì bị ghi dở; hãy chạy lại khi chương trình kia đã xong`,
      en: `the database is busy: another program is writing to it and had not finished after ${seconds} seconds of waiting. Nothing was half-written; run this again once the other program has finished`
    },
    cause: last.cause ?? last
  })
}

/** A stored record that no longer decodes. */
export const undecodable = (operation: string, cause: unknown): CoreError.StoreError =>
  new CoreError.StoreError({
    operation,
    problem: "schema",
    reason: {
      vi: "một bản ghi đã lưu không còn đúng cấu trúc",
      en: "a stored record no longer matches its schema"
    },
    cause
  })

/** Runs a promise, failing with a `StoreError` for the operation. */
export const attempt = <A>(
  dialect: Dialect,
  operation: string,
  run: () => Promise<A>,
  field?: (column: string) => string
): Effect.Effect<A, CoreError.StoreError> => Effect.tryPromise({ try: run, catch: storeError(dialect, operation, field) })

/**
 * Runs an effect again while it fails because other writers hold the database (a lock, a
 * deadlock, a record inserted at the same moment), waiting a little longer each time, until
 * `timeout` milliseconds have passed; then fails with a `busy` StoreError in plain words.
 */
export const retryWhileBusy = <A, E, R>(
  operation: string,
  timeout: number,
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E | CoreError.StoreError, R> =>
  Effect.suspend(() => {
    const started = Date.now()
    const loop = (n: number): Effect.Effect<A, E | CoreError.StoreError, R> =>
      Effect.catchIf(effect as Effect.Effect<A, E | CoreError.StoreError, R>, isRetryable, (error) => {
        const waited = Date.now() - started
        if (waited >= timeout) return Effect.fail(busy(operation, timeout, error))
        const pause = Math.min(timeout - waited, Math.min(1000, 10 * 2 ** Math.min(n, 7)) * (0.5 + Math.random()))
        return Effect.zipRight(Effect.sleep(pause), loop(n + 1))
      })
    return loop(0)
  })
