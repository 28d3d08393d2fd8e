/**
 * A Kysely dialect for PGlite. PGlite is one PostgreSQL session, so the driver hands out one
 * connection at a time per PGlite instance — shared by every Kysely instance over it — which
 * keeps a transaction's statements together and makes PostgreSQL's locks meaningful. The
 * instance belongs to whoever made it: destroying the Kysely instance does not close it.
 *
 * Transactions run through PGlite's own `transaction`, so that a PGlite persisted to a file
 * system (IndexedDB in a browser) writes its files once, at the commit, rather than after every
 * statement — which on IndexedDB is the difference between seconds and minutes for a batch.
 */
import type { PGliteInterface, Transaction } from "@electric-sql/pglite"
import type { DatabaseConnection, DatabaseIntrospector, Dialect, DialectAdapter, Driver, Kysely, QueryCompiler, QueryResult, TransactionSettings } from "kysely"
import { CompiledQuery, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from "kysely"

/** A queue of holders of an instance's one session. */
class Session {
  #tail: Promise<void> = Promise.resolve()
  acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const turn = this.#tail.then(() => release)
    this.#tail = this.#tail.then(() => held)
    return turn
  }
}

const sessions = new WeakMap<object, Session>()
const sessionOf = (pg: PGliteInterface): Session => {
  let s = sessions.get(pg)
  if (s === undefined) {
    s = new Session()
    sessions.set(pg, s)
  }
  return s
}

const WRITES = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"])

/** A transaction open on a connection: PGlite's handle, and how to end it. */
interface Open {
  readonly tx: Transaction
  /** Ends the transaction: commits on `true`, rolls back on `false`. */
  readonly end: (commit: boolean) => void
  /** Settles when PGlite has committed or rolled back; rejects when the commit failed. */
  readonly settled: Promise<void>
}

const BEGIN = /^\s*(?:begin(?:\s+(?:work|transaction))?|start\s+transaction)(\s+[^;]*)?\s*;?\s*$/i
const COMMIT = /^\s*(?:commit|end)(?:\s+(?:work|transaction))?\s*;?\s*$/i
const ROLLBACK = /^\s*(?:rollback|abort)(?:\s+(?:work|transaction))?\s*;?\s*$/i

class PgliteConnection implements DatabaseConnection {
  readonly pg: PGliteInterface
  #open: Open | undefined
  constructor(pg: PGliteInterface) {
    this.pg = pg
  }
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    // transaction control goes through PGlite's own transactions (see the module)
    const begin = BEGIN.exec(compiled.sql)
    if (begin !== null && compiled.parameters.length === 0) {
      const modes = begin[1]?.trim()
      await this.begin(modes === undefined || modes === "" ? undefined : `set transaction ${modes}`)
      return { rows: [] }
    }
    if (COMMIT.test(compiled.sql) || ROLLBACK.test(compiled.sql)) {
      await this.end(COMMIT.test(compiled.sql))
      return { rows: [] }
    }
    const result = await (this.#open?.tx ?? this.pg).query<R>(compiled.sql, [...compiled.parameters])
    const affected = result.affectedRows ?? result.rowCount
    return result.command !== undefined && WRITES.has(result.command.split(" ")[0]!.toUpperCase()) && affected !== undefined
      ? { rows: result.rows, numAffectedRows: BigInt(affected) }
      : { rows: result.rows }
  }
  async *streamQuery<R>(compiled: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiled)
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) }
  }
  /** Opens a transaction through PGlite's `transaction`, held open until {@link end}. */
  begin(first: string | undefined): Promise<void> {
    if (this.#open !== undefined) return Promise.reject(new Error("there is already a transaction in progress"))
    return new Promise<void>((ready, fail) => {
      let started = false
      let end!: (commit: boolean) => void
      const decided = new Promise<boolean>((resolve) => (end = resolve))
      const settled = this.pg.transaction(async (tx) => {
        if (first !== undefined) await tx.exec(first)
        this.#open = { tx, end, settled }
        started = true
        ready()
        if (!(await decided)) await tx.rollback()
      })
      settled.catch((error: unknown) => {
        this.#open = undefined
        if (!started) fail(error)
      })
    })
  }
  /** Ends the transaction (committing or rolling back) and waits for PGlite to finish it. */
  async end(commit: boolean): Promise<void> {
    const open = this.#open
    if (open === undefined) return
    this.#open = undefined
    open.end(commit)
    await open.settled
  }
}

class PgliteDriver implements Driver {
  readonly pg: PGliteInterface
  readonly #releases = new WeakMap<DatabaseConnection, () => void>()
  constructor(pg: PGliteInterface) {
    this.pg = pg
  }
  async init(): Promise<void> {
    await this.pg.waitReady
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await sessionOf(this.pg).acquire()
    const connection = new PgliteConnection(this.pg)
    this.#releases.set(connection, release)
    return connection
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const modes = [
      ...(settings.isolationLevel === undefined ? [] : [`isolation level ${settings.isolationLevel}`]),
      ...(settings.accessMode === undefined ? [] : [settings.accessMode])
    ]
    return (connection as PgliteConnection).begin(modes.length === 0 ? undefined : `set transaction ${modes.join(", ")}`)
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return (connection as PgliteConnection).end(true)
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return (connection as PgliteConnection).end(false)
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // a transaction left open by its user is rolled back, so the session is free again
    await (connection as PgliteConnection).end(false).catch(() => undefined)
    const release = this.#releases.get(connection)
    this.#releases.delete(connection)
    release?.()
  }
  async destroy(): Promise<void> {}
}

/** A Kysely dialect over a PGlite instance. */
export const dialect = (pg: PGliteInterface): Dialect => ({
  createAdapter: (): DialectAdapter => new PostgresAdapter(),
  createDriver: (): Driver => new PgliteDriver(pg),
  createQueryCompiler: (): QueryCompiler => new PostgresQueryCompiler(),
  createIntrospector: (db: Kysely<any>): DatabaseIntrospector => new PostgresIntrospector(db)
})
