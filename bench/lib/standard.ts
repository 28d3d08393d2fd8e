/**
 * The standard report case on a SQL store: `Report.run` of the whole standard catalogue by
 * province, for the four administrative quarters of 2020 and the year — what the CLI's `report`
 * command runs — on the database the library's import filled (SQLite, PostgreSQL).
 *
 * Its floor is the hand-written SQL of the three-query report case (`report.ts`), not a
 * hand-written statement for every cell of the standard report: the ratio says how far the
 * whole report is from the least work that answers those three queries. The floor's cells are
 * checked equal to the store's answers to the same three queries.
 */
import { Store } from "@pctnxh/core"
import { Catalogue, Report, type ReportSpec } from "@pctnxh/indicators"
import { PostgresStore } from "@pctnxh/store-sql/postgres"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import { Effect, Either, type Layer } from "effect"
import { cellsFigure, type Figure, time } from "./measure.js"
import { AS_OF, cells } from "./queries.js"
import { byStore, floorOf } from "./report.js"

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

const cellCount = (report: Report.Report): number => report.cells.length

/** Times the standard report on the store `database` (a SQLite file or a PostgreSQL schema). */
export const standard = async (dialect: "sqlite" | "postgres", database: string, repeat: number, pgUrl: string): Promise<Figure> => {
  const layer: Layer.Layer<Store.Store, unknown> =
    dialect === "sqlite" ? SqliteStore.layer(database) : PostgresStore.layer(pgUrl, { schema: database, max: 2 })
  const { check, library } = await Effect.runPromise(
    Effect.gen(function* () {
      const runtime = yield* Effect.runtime<Store.Store>()
      const library = yield* Effect.promise(() => time(repeat, () => Effect.runPromise(Effect.provide(Report.run(spec), runtime))))
      // the store's answers to the floor's three queries, outside the clock
      const check = yield* byStore
      return { check, library }
    }).pipe(Effect.scoped, Effect.provide(layer))
  )
  const floor = await floorOf(dialect, database, repeat, pgUrl)
  const checked = cellsFigure(`standard ${dialect}`, cells.length, { ms: library.ms, value: check }, floor)
  return {
    ...checked,
    what: `${planned()} queries, ${cellCount(library.value)} cells`
  }
}
