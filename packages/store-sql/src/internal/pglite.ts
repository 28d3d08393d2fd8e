/**
 * A Kysely dialect for PGlite. PGlite is one PostgreSQL session, so the driver hands out one
 * connection at a time per PGlite instance — shared by every Kysely instance over it — which
 * keeps a transaction's statements together and makes PostgreSQL's locks meaningful. The
 * instance belongs to whoever made it: destroying the Kysely instance does not close it.
 */
import type { PGliteInterface } from "@electric-sql/pglite"
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

class PgliteConnection implements DatabaseConnection {
  readonly pg: PGliteInterface
  constructor(pg: PGliteInterface) {
    this.pg = pg
  }
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(compiled.sql, [...compiled.parameters])
    const affected = result.affectedRows ?? result.rowCount
    return result.command !== undefined && WRITES.has(result.command.split(" ")[0]!.toUpperCase()) && affected !== undefined
      ? { rows: result.rows, numAffectedRows: BigInt(affected) }
      : { rows: result.rows }
  }
  async *streamQuery<R>(compiled: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const { rows } = await this.executeQuery<R>(compiled)
    for (let i = 0; i < rows.length; i += chunkSize) yield { rows: rows.slice(i, i + chunkSize) }
  }
}

const raw = (connection: DatabaseConnection, text: string) => connection.executeQuery(CompiledQuery.raw(text)).then(() => undefined)

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
    return raw(connection, modes.length === 0 ? "begin" : `start transaction ${modes.join(", ")}`)
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return raw(connection, "commit")
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return raw(connection, "rollback")
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
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
