/**
 * The import case, run in a child process so its peak RSS is its own:
 * `tsx lib/import.ts <library|floor> <sqlite|postgres> <csv> <database>` prints one JSON line.
 *
 * - library: `Import.run` of the CSV (validated, pseudonymised with a keyring) into the store.
 * - floor: the same rows read line by line, the pseudonym a raw HMAC, the id a hash of the row,
 *   and written with one prepared statement (SQLite) or `COPY … FROM STDIN` (PostgreSQL) in one
 *   transaction, into the store's own table (made by the store's migrations before the clock
 *   starts).
 *
 * Both then report the same checks of what the table holds.
 */
import { createHash } from "node:crypto"
import { createReadStream } from "node:fs"
import { rmSync } from "node:fs"
import { createInterface } from "node:readline"
import { Person } from "@pctnxh/core"
import { Import, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Key } from "@pctnxh/privacy"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import Database from "better-sqlite3"
import { Effect, Layer } from "effect"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { normalisedUic } from "./data.js"
import { messageOf, rawSigner, SECRET } from "./secret.js"

/** What an import run reports to the parent. */
export interface ImportResult {
  readonly ms: number
  readonly rows: number
  readonly maxRssMb: number
  readonly check: Record<string, string | number | null>
}

const TABLE = "pctnxh_service_event"

/** The figures both sides must agree on. */
const CHECK = `select count(*) as rows, count(distinct person_id) as persons, sum(cost) as cost, sum(amount) as amount,
  min(person_id) as first_person, max(person_id) as last_person, count(distinct unit_id) as units,
  min(date) as first_date, max(date) as last_date, count(distinct age_band) as age_bands from `

const normalise = (row: Record<string, unknown>): Record<string, string | number | null> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null || v === undefined ? null : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : (v as string | number)]))

const storeLayer = (dialect: string, database: string) =>
  dialect === "sqlite" ? SqliteStore.layer(database) : PostgresStore.layer(process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test", { schema: database, max: 2 })

const pgUrl = () => process.env.PCTNXH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** A fresh database: the SQLite file removed, or the PostgreSQL schema dropped. */
const reset = async (dialect: string, database: string) => {
  if (dialect === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(database + suffix, { force: true })
    return
  }
  const client = new pg.Client(pgUrl())
  await client.connect()
  await client.query(`drop schema if exists "${database}" cascade`)
  await client.end()
}

/** The store's tables, made by its migrations. */
const migrate = (dialect: string, database: string) =>
  Effect.runPromise(Effect.scoped(Layer.build(storeLayer(dialect, database))))

const check = async (dialect: string, database: string) => {
  if (dialect === "sqlite") {
    const db = new Database(database, { readonly: true })
    const row = db.prepare(CHECK + TABLE).get() as Record<string, unknown>
    db.close()
    return normalise(row)
  }
  const client = new pg.Client(pgUrl())
  await client.connect()
  const { rows } = await client.query(CHECK + `"${database}".${TABLE}`)
  await client.end()
  return normalise(rows[0] as Record<string, unknown>)
}

const library = async (dialect: string, csv: string, database: string) => {
  const start = performance.now()
  const report = await Effect.runPromise(
    Effect.gen(function* () {
      const ring = yield* Key.load({ keys: [{ id: "bench", secret: SECRET }] })
      return yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), pseudonymise: Pseudonymise.withKeyring(ring) })
    }).pipe(Effect.provide(storeLayer(dialect, database)))
  )
  const ms = performance.now() - start
  if (report.rejected > 0) throw new Error(`the library rejected ${report.rejected} rows`)
  return { ms, rows: report.valid }
}

/** The columns of the service-event table, in order, from a CSV line. */
const columnsOf = (cells: Array<string>, n: number, sign: (m: string) => string): Array<string | number | null> => {
  const [uic, modelId, siteId, date, service, channel, population, sex, birthYear, residence, cost, amount] = cells as [string, ...Array<string>]
  const personId = sign(messageOf(normalisedUic(uic)))
  // an id as the library makes one for a row without: a hash of the row, so ids arrive in no
  // order and each insert lands at a random place of the key's index, as the library's do
  const id = `h-${createHash("sha256").update(`${n}\u0000${cells.join(",")}`).digest("hex").slice(0, 32)}`
  const year = birthYear === "" ? undefined : Number(birthYear)
  const record: Record<string, unknown> = { id, personId, modelId, siteId, date, service, channel, population, sex }
  if (year !== undefined) record.birthYear = year
  record.residence = residence
  if (cost !== "") record.cost = Number(cost)
  if (amount !== "") record.amount = Number(amount)
  return [
    id,
    JSON.stringify(record),
    personId,
    modelId!,
    siteId!,
    date!,
    service!,
    channel!,
    null,
    sex!,
    Person.ageBand(year, date!),
    residence!,
    population!,
    cost === "" ? null : Number(cost),
    amount === "" ? null : Number(amount)
  ]
}

const COLUMNS = ["id", "data", "person_id", "model_id", "unit_id", "date", "service", "channel", "referral_outcome", "sex", "age_band", "residence", "population", "cost", "amount"]

const lines = (csv: string) => createInterface({ input: createReadStream(csv), crlfDelay: Infinity })

const floor = async (dialect: string, csv: string, database: string) => {
  const sign = await rawSigner()
  let n = 0
  if (dialect === "sqlite") {
    const start = performance.now()
    const db = new Database(database)
    db.pragma("journal_mode = WAL")
    const insert = db.prepare(`insert into ${TABLE} (${COLUMNS.join(", ")}) values (${COLUMNS.map(() => "?").join(", ")})`)
    db.exec("begin")
    let header = true
    for await (const line of lines(csv)) {
      if (header) {
        header = false
        continue
      }
      if (line === "") continue
      insert.run(columnsOf(line.split(","), ++n, sign))
    }
    db.exec("commit")
    db.close()
    return { ms: performance.now() - start, rows: n }
  }
  const client = new pg.Client(pgUrl())
  await client.connect()
  const start = performance.now()
  await client.query("begin")
  const copy = client.query(copyFrom(`copy "${database}".${TABLE} (${COLUMNS.join(", ")}) from stdin`))
  const done = new Promise<void>((resolve, reject) => {
    copy.on("finish", resolve)
    copy.on("error", reject)
  })
  let header = true
  let chunk = ""
  for await (const line of lines(csv)) {
    if (header) {
      header = false
      continue
    }
    if (line === "") continue
    chunk += columnsOf(line.split(","), ++n, sign).map(copyText).join("\t") + "\n"
    if (chunk.length > 1 << 16) {
      if (!copy.write(chunk)) await new Promise((resolve) => copy.once("drain", resolve))
      chunk = ""
    }
  }
  copy.end(chunk)
  await done
  await client.query("commit")
  await client.end()
  return { ms: performance.now() - start, rows: n }
}

/** A value in COPY's text format: `\N` for null, backslashes, tabs and line breaks escaped. */
const copyText = (value: string | number | null): string =>
  value === null ? "\\N" : typeof value === "number" ? String(value) : value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"))

const main = async () => {
  const [mode, dialect, csv, database] = process.argv.slice(2) as [string, string, string, string]
  await reset(dialect, database)
  if (mode === "floor") await migrate(dialect, database)
  const { ms, rows } = mode === "library" ? await library(dialect, csv, database) : await floor(dialect, csv, database)
  const result: ImportResult = { ms, rows, maxRssMb: process.resourceUsage().maxRSS / 1024, check: await check(dialect, database) }
  process.stdout.write(JSON.stringify(result) + "\n")
}

// run as `tsx lib/import.ts …` or as the bundle `pnpm bench` makes of it
if (process.argv[1]?.endsWith("import.ts") || /[\\/]import-\d+\.mjs$/.test(process.argv[1] ?? "")) {
  main().catch((error) => {
    process.stderr.write(String(error?.stack ?? error) + "\n")
    process.exit(1)
  })
}
