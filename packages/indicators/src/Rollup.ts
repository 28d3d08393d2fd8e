/**
 * Rollups: a report of quarters into a year, a report of 2019's districts onto today's
 * provinces.
 *
 * Only additive indicators can be rolled up by adding cells. Distinct persons are not additive:
 * a woman reached in Q1 and again in Q3 is one person in the year, two if the quarters were
 * added. So {@link sumPeriods} refuses a report with such an indicator with a
 * {@link NotAdditive} error that says why, and {@link toPeriod} and {@link toUnits} re-query the
 * store for the longer period or the other map instead — the store counts distinct persons over
 * the whole period, and rolls old units up through the crosswalk record by record.
 *
 * @since 0.1.0
 */
import { type CoreError, Period, type Store } from "@pctnxh/core"
import type * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Catalogue from "./Catalogue.js"
import type { Cell } from "./Cell.js"
import { type IndicatorError, InvalidSpec, NotAdditive } from "./IndicatorError.js"
import * as format from "./internal/format.js"
import { countsNewPersons, spansYears } from "./internal/years.js"
import * as Report from "./Report.js"
import * as ReportSpec from "./ReportSpec.js"
import { Unit } from "./Unit.js"
import * as Validation from "./Validation.js"

const RANK = { day: 0, month: 1, quarter: 2, half: 3, year: 4 } as const

/**
 * Adds up the cells of a report's periods that tile a longer period (the four quarters of a
 * year, the years of a range) into cells of that period. Every indicator of the report must be
 * additive: distinct persons, package reach, stocks and ratios fail with {@link NotAdditive} —
 * use {@link toPeriod}, which asks the store for the longer period. New persons add up across
 * the sub-periods of one reporting year only: into a period longer than a reporting year they
 * fail the same way.
 *
 * @example
 * ```ts
 * import { Rollup } from "@pctnxh/indicators"
 * // report: CONTACTS and PERSONS_REACHED for 2019Q1 … 2019Q4
 * Rollup.sumPeriods(report, "2019")
 * // Left(NotAdditive): Indicator PERSONS_REACHED: persons are not additive across
 * // sub-periods: a person reached in several of them would be counted once for each …
 * ```
 * @since 0.1.0
 */
export const sumPeriods = (
  report: Report.Report,
  into: string,
  options: { readonly catalogue?: Catalogue.Catalogue } = {}
): Either.Either<Report.Report, NotAdditive | InvalidSpec> =>
  Either.gen(function* () {
    const target = Period.parse(into)
    if (Either.isLeft(target)) return yield* Either.left(new InvalidSpec({ field: "into", reason: target.left.reason }))
    const whole = target.right
    const catalogue = options.catalogue ?? Catalogue.standard
    const extended = report.spec.define.length === 0 ? catalogue : Either.getOrElse(Catalogue.extend(catalogue, report.spec.define), () => catalogue)
    // new persons add up within one reporting year only: a returning person is new again each year
    const manyYears = spansYears(whole, report.calendar)
    const newEachYear = (code: string) => {
      const indicator = extended.get(code)
      return manyYears && indicator !== undefined && countsNewPersons(indicator, extended.get)
    }
    const notAdditive = report.indicators.filter((i) => !i.additive || newEachYear(i.code))
    if (notAdditive.some((i) => i.additive)) {
      const codes = notAdditive.filter((i) => i.additive).map((i) => i.code)
      return yield* Either.left(
        new NotAdditive({
          indicators: notAdditive.map((i) => i.code),
          path: "Rollup.sumPeriods",
          reason: {
            vi: `${codes.join(", ")}: người mới chỉ cộng dồn được giữa các kỳ con của một năm báo cáo; qua nhiều năm, một người quay lại sẽ bị tính là mới mỗi năm. Hãy chạy lại báo cáo cho kỳ ${whole.id} (Rollup.toPeriod) để đếm người có lần tiếp cận đầu tiên trong kỳ`,
            en: `${codes.join(", ")}: new persons add up across the sub-periods of one reporting year only; across years a returning person would be new once each year. Run the report for ${whole.id} instead (Rollup.toPeriod), which counts persons whose first contact falls in the period`
          }
        })
      )
    }
    if (notAdditive.length > 0) {
      const units = [...new Set(notAdditive.map((i) => Unit.label(i.unit)))]
      return yield* Either.left(
        new NotAdditive({
          indicators: notAdditive.map((i) => i.code),
          path: "Rollup.sumPeriods",
          reason: {
            vi: `${units.map((u) => u.vi).join(", ")} không cộng dồn được qua các kỳ con: một người được tiếp cận ở nhiều kỳ sẽ bị tính nhiều lần (tỉ lệ và số tồn cũng không cộng được). Hãy chạy lại báo cáo cho kỳ ${whole.id} (Rollup.toPeriod) để đếm trên toàn bộ kỳ`,
            en: `${units.map((u) => u.en).join(", ")} are not additive across sub-periods: a person reached in several of them would be counted once for each (ratios and stocks do not add up either). Run the report for ${whole.id} instead (Rollup.toPeriod), which counts over the whole period`
          }
        })
      )
    }
    const periods = report.periods.map((p) => Period.unsafeParse(p.id))
    const kinds = ["year", "half", "quarter", "month"] as const
    const ownRank = Period.unitOf(whole) === "day" ? 0 : RANK[Period.unitOf(whole)]
    const tiling = kinds
      .filter((k) => RANK[k] <= ownRank)
      .map((k) => Period.split(whole, k).map((p): string => p.id))
      .find((ids) => ids.every((id) => periods.some((p) => p.id === id)))
    if (tiling === undefined) {
      return yield* Either.left(
        new InvalidSpec({
          field: "into",
          reason: {
            vi: `các kỳ của báo cáo không phủ kín kỳ ${whole.id} bằng các kỳ cùng loại`,
            en: `the report's periods do not cover ${whole.id} exactly with periods of one kind`
          }
        })
      )
    }
    const groups = new Map<string, Array<Cell>>()
    for (const c of report.cells) {
      if (!tiling.includes(c.period)) continue
      const key = JSON.stringify([c.indicator, c.adminUnit === undefined ? "*" : c.adminUnit, Object.entries(c.disaggregation).sort()])
      let g = groups.get(key)
      if (g === undefined) groups.set(key, (g = []))
      g.push(c)
    }
    const cells: Array<Cell> = []
    for (const g of groups.values()) {
      const first = g[0]!
      const value = g.some((c) => c.value === null) ? null : g.reduce((a, c) => a + (c.value ?? 0), 0)
      const sources = new Set(g.map((c) => c.source).filter((s) => s !== "none"))
      const parts = (lang: "vi" | "en") => g.map((c) => `${c.period}: ${format.number(c.value ?? 0, lang)}`).join(" + ")
      cells.push({
        indicator: first.indicator,
        period: whole.id,
        ...(first.adminUnit === undefined ? {} : { adminUnit: first.adminUnit }),
        disaggregation: first.disaggregation,
        value,
        numerator: value,
        denominator: null,
        unit: first.unit,
        source: sources.size === 0 ? "none" : sources.size > 1 ? "both" : [...sources][0]!,
        flags: [],
        explanation: {
          vi: `tổng các kỳ con ${parts("vi")} = ${value === null ? "không có số liệu" : format.number(value, "vi")}`,
          en: `sum of the sub-periods ${parts("en")} = ${value === null ? "no value" : format.number(value, "en")}`
        }
      })
    }
    const spec = new ReportSpec.ReportSpec({ ...report.spec, periods: [whole.id] })
    return {
      ...report,
      spec,
      periods: [
        {
          id: whole.id,
          name: { vi: Period.labelWithDates(whole, report.calendar, "vi"), en: Period.labelWithDates(whole, report.calendar, "en") },
          ...Period.dateRange(whole, report.calendar)
        }
      ],
      cells,
      validation: Validation.run(Validation.standard, { cells, indicator: extended.get, periods: [whole], calendar: report.calendar }),
      queries: 0
    }
  })

/**
 * Re-runs a report for other periods — a year instead of its quarters — so that distinct
 * persons are counted by the store over each whole period.
 *
 * @since 0.1.0
 */
export const toPeriod = (
  report: Pick<Report.Report, "spec">,
  periods: readonly [string, ...Array<string>],
  options: Report.Options = {}
): Effect.Effect<Report.Report, IndicatorError | CoreError.StoreError | CoreError.InvalidQuery, Store.Store> =>
  Report.run(new ReportSpec.ReportSpec({ ...report.spec, periods }), options)

/**
 * Re-runs a report on another map: the units of `level` as of `asOf` — for instance 2019's
 * districts onto today's provinces (`{ level: "province", asOf: "2026-01-01" }`). Every record
 * is placed through the crosswalk, so distinct persons stay distinct.
 *
 * @since 0.1.0
 */
export const toUnits = (
  report: Pick<Report.Report, "spec">,
  adminUnits: typeof ReportSpec.AdminUnits.Encoded,
  options: Report.Options = {}
): Effect.Effect<Report.Report, IndicatorError | CoreError.StoreError | CoreError.InvalidQuery, Store.Store> =>
  Report.run({ ...ReportSpec.encode(new ReportSpec.ReportSpec(report.spec)), adminUnits }, options)
