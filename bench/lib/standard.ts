/**
 * The standard report case on a SQL store: `Report.run` of the whole standard catalogue by
 * province, for the four administrative quarters of 2020 and the year — what the CLI's `report`
 * command runs — on the database the library's import filled (SQLite, PostgreSQL).
 *
 * Its floor is the hand-written SQL of `standard-floor.ts`: every cell of the indicators whose
 * figures come from the service events, in nine statements. Those cells of the library's report
 * are checked equal to the floor's.
 */
import { Store } from "@pctnxh/core"
import { Catalogue, Report, type ReportSpec } from "@pctnxh/indicators"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, Either, type Layer } from "effect"
import { Import, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import { Key } from "@pctnxh/privacy"
import { cellsFigure, type Figure, time } from "./measure.js"
import { AS_OF } from "./queries.js"
import { withDatabase } from "./report.js"
import { SECRET } from "./secret.js"
import * as floors from "./standard-floor.js"

/** The standard report: every indicator of the catalogue, by province, 2020's quarters and the year. */
export const spec: ReportSpec.Encoded = {
  indicators: Catalogue.standard.indicators.map((i) => i.code) as unknown as readonly [string, ...Array<string>],
  periods: ["2020Q1", "2020Q2", "2020Q3", "2020Q4", "2020"],
  calendar: "administrative" as const,
  adminUnits: { level: "province" as const, asOf: AS_OF }
}

/** How many aggregate queries the standard report plans. */
export const planned = (): number =>
  Either.match(Report.plan(spec), {
    onLeft: (e) => {
      throw new Error(`the standard report cannot be planned: ${String(e)}`)
    },
    onRight: (queries) => queries.length
  })

/** The library's cells of the indicators the floor computes, as the floor writes them. */
const coveredCells = (report: Report.Report): Array<string> => {
  const covered = new Set(floors.covered)
  return report.cells
    .filter((c) => covered.has(c.indicator) && c.value !== null)
    .map((c) => `${c.indicator}|${c.period}|${c.adminUnit ?? "*"}=${c.value}`)
}

/**
 * Times the standard report on the store `database` (a SQLite file or a PostgreSQL schema),
 * after `first` has run on the same store (not timed with the report). With `summaries`, the
 * store keeps its summaries (the library's default); without, each report counts every record.
 */
const timed = async <A>(
  dialect: "sqlite" | "postgres",
  database: string,
  repeat: number,
  pgUrl: string,
  first: Effect.Effect<A, unknown, Store.Store>,
  summaries: boolean
): Promise<{ readonly figure: Figure; readonly first: A }> => {
  const layer: Layer.Layer<Store.Store, unknown> =
    dialect === "sqlite" ? SqliteStore.layer(database, { summaries }) : PostgresStore.layer(pgUrl, { schema: database, max: 2, summaries })
  const { before, library } = await Effect.runPromise(
    Effect.gen(function* () {
      const before = yield* first
      const runtime = yield* Effect.runtime<Store.Store>()
      const library = yield* Effect.promise(() => time(repeat, () => Effect.runPromise(Effect.provide(Report.run(spec), runtime))))
      return { before, library }
    }).pipe(Effect.scoped, Effect.provide(layer))
  )
  const floor = await withDatabase(dialect, database, pgUrl, async (run, table) => {
    const statements = await floors.written(run, table, dialect)
    return time(repeat, () => floors.byHand(run, statements))
  })
  const checked = cellsFigure(`standard ${dialect}`, planned(), { ms: library.ms, value: coveredCells(library.value) }, floor)
  return { figure: { ...checked, what: `${planned()} queries, ${floor.value.length}/${library.value.cells.length} cells` }, first: before }
}

/**
 * Times the standard report on the store `database` (a SQLite file or a PostgreSQL schema),
 * counting every record each time (the store keeps no summaries), as the floor does.
 */
export const standard = async (dialect: "sqlite" | "postgres", database: string, repeat: number, pgUrl: string): Promise<Figure> =>
  (await timed(dialect, database, repeat, pgUrl, Effect.void, false)).figure

/**
 * The standard report again after the events of `csv` (about a thousand, of another seed) are
 * imported into the store: what an agency waits for after a day's records. The store keeps its
 * summaries (the library's default): the report before the import (not timed) made them, and
 * the report after brings them up to date from the records the import wrote. The floor counts
 * every record again.
 */
export const afterAppend = async (dialect: "sqlite" | "postgres", database: string, csv: string, _repeat: number, pgUrl: string): Promise<Figure> => {
  const append = Effect.gen(function* () {
    // the report an agency ran before the day's records: the store keeps its summaries
    const before = performance.now()
    yield* Report.run(spec)
    const made = performance.now() - before
    const ring = yield* Key.load({ keys: [{ id: "bench", secret: SECRET }] })
    const start = performance.now()
    const report = yield* Import.run({ kind: "serviceEvent", source: NodeFile.source(csv), pseudonymise: Pseudonymise.withKeyring(ring) })
    return { rows: report.valid, ms: performance.now() - start, made }
  })
  // the report right after the append brings every summary up to date: it alone is timed
  const { figure, first } = await timed(dialect, database, 1, pgUrl, append, true)
  return {
    ...figure,
    case: `append ${dialect}`,
    what: `+${first.rows} rows (${Math.round(first.ms)} ms), report from summaries (the report before: ${Math.round(first.made)} ms)`
  }
}
