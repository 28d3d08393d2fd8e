/**
 * `client.reports`: compute a report, release it to an audience, export the release.
 *
 * 1. `run` computes indicators × periods (either calendar) × administrative units (as of a
 *    date, old units rolled up through the 2025 crosswalk) × breakdowns, in the database. The
 *    result holds every figure: it is for the people who hold the records anyway.
 * 2. `release` is the one door out: it applies the audience's disclosure control (small cells
 *    suppressed, and every cell that could be recomputed from totals, checked against what was
 *    released to the same audience before) and records the release in the ledger.
 * 3. `export` writes a release — and only a release — as XLSX, CSV, JSON, a DHIS2
 *    dataValueSet or ADX, as bytes or a `Blob`.
 *
 * @example
 * ```ts
 * const report = await client.reports.run({
 *   indicators: ["CONTACTS", "PERSONS_REACHED", "VIOLATION_RATE"],
 *   periods: ["2019"],
 *   calendar: "administrative",
 *   adminUnits: { level: "province", asOf: "2026-01-01" }
 * })
 * const forDonor = await client.reports.release(report, "donor")
 * const file = await client.reports.export(forDonor, "xlsx", { lang: "vi" })
 * download(file.blob(), file.name) // in a browser; in Node: writeFile(file.name, file.bytes)
 * ```
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import type { Catalogue, Report, ReportSpec, Validation } from "@pctnxh/indicators"
import type { Dhis2 } from "@pctnxh/io"
import type { Audience, Disclosure } from "@pctnxh/privacy"

/**
 * Options of `run`.
 *
 * @since 0.1.0
 */
export interface RunOptions {
  /** The catalogue (the standard one by default); the spec's `define` extends it. */
  readonly catalogue?: Catalogue.Catalogue | undefined
  /** The validation rules (the standard ones by default). */
  readonly rules?: ReadonlyArray<Validation.Rule> | undefined
}

/**
 * An audience: one of the default ones by id (`peer_educator`, `model_officer`, `local`,
 * `province`, `national`, `donor`, `public`) or one of an agency's own.
 *
 * @since 0.1.0
 */
export type AudienceRef = Audience.Audience | string

/**
 * Options of `release`.
 *
 * @since 0.1.0
 */
export interface ReleaseOptions {
  /** Settings stricter than the audience's policy (weaker ones are refused). */
  readonly stricter?: Partial<Disclosure.Policy> | undefined
  /** The release's id in the ledger (random by default). */
  readonly id?: string | undefined
  /** Who releases, for the audit log (the client's actor by default). */
  readonly actor?: string | undefined
}

declare const ReleasedBrand: unique symbol

/**
 * A report released to an audience: only `client.reports.release` makes one, and only a
 * released report can be exported. Suppressed cells carry no number, only their mark
 * (`cell.disclosure.display`: `<5`, `x`).
 *
 * @since 0.1.0
 */
export interface Released {
  readonly [ReleasedBrand]: true
  /** The report as the audience may see it. */
  readonly report: Report.Report
  /** The audience's id. */
  readonly audience: string
  /** The release's id in the ledger. */
  readonly id: string
  /** When it was released (ISO timestamp). */
  readonly at: string
  /** Cells suppressed by disclosure control. */
  readonly suppressed: number
}

/**
 * A file format an export writes.
 *
 * @since 0.1.0
 */
export type Format = "xlsx" | "csv" | "json" | "dhis2" | "adx"

/**
 * Options of `export`.
 *
 * @since 0.1.0
 */
export interface ExportOptions {
  /** The language of headers and labels: Vietnamese by default. */
  readonly lang?: Label.Lang | undefined
  /** A title for XLSX; the report's own by default. */
  readonly title?: string | undefined
  /** CSV: `,` by default, `;` with `numbers: "vi"`. */
  readonly delimiter?: "," | ";" | "\t" | undefined
  /** CSV: `plain` numbers for programs (default) or `vi` (decimal comma) for a Vietnamese Excel. */
  readonly numbers?: "plain" | "vi" | undefined
  /**
   * DHIS2 and ADX: the mapping to the instance's codes; by default {@link dhis2Codes} of the
   * report (codes for `idScheme=CODE`).
   */
  readonly mapping?: Dhis2.Mapping | undefined
  /** DHIS2 and ADX: see `Dhis2.Options` (`unmapped: "skip"` by default). */
  readonly dhis2?: Dhis2.Options | undefined
  /** The file name; made from the report's periods and the audience by default. */
  readonly name?: string | undefined
  /** Who exports, for the audit log (the client's actor by default). */
  readonly actor?: string | undefined
}

/**
 * An exported file.
 *
 * @since 0.1.0
 */
export interface ExportedFile {
  /** A file name, e.g. `bao-cao-2019-donor.xlsx`. */
  readonly name: string
  /** Its media type, for a download or an HTTP response. */
  readonly mediaType: string
  readonly bytes: Uint8Array
  /** The bytes as text (CSV, JSON, DHIS2, ADX). */
  readonly text: () => string
  /** The bytes as a `Blob`, for a download link in a browser. */
  readonly blob: () => Blob
  /** DHIS2 and ADX: values sent, and cells left out (suppressed, without value, unmapped). */
  readonly dhis2?: { readonly sent: number; readonly omitted: Dhis2.Result<unknown>["omitted"] } | undefined
}

/**
 * The report operations of a client.
 *
 * @since 0.1.0
 */
export interface Reports {
  /**
   * Computes a report (rejects with `InvalidSpec` naming the wrong field, `InvalidQuery` or
   * `StoreError`).
   */
  readonly run: (spec: ReportSpec.ReportSpec | ReportSpec.Encoded, options?: RunOptions) => Promise<Report.Report>
  /**
   * Releases a report to an audience through its disclosure control, checked against the
   * ledger of earlier releases, and records it in the ledger and the audit log. Rejects with
   * `UnsafeRelease` when no suppression pattern protects every cell, `PolicyBelowFloor` for a
   * weaker policy, `NotAllowed` for an unknown audience.
   */
  readonly release: (report: Report.Report, audience: AudienceRef, options?: ReleaseOptions) => Promise<Released>
  /**
   * The report as `release` would give it to an audience — checked against what the audience
   * was given before — without recording a release: for a dashboard that shows which cells
   * the audience would not see. The result is a plain report and cannot be exported.
   */
  readonly preview: (
    report: Report.Report,
    audience: AudienceRef,
    options?: Omit<ReleaseOptions, "id" | "actor">
  ) => Promise<Report.Report>
  /**
   * Writes a release as a file. Rejects with `NotReleased` for anything that did not come out
   * of `release`, with `Dhis2CalendarMismatch` for a report under the administrative calendar
   * written for DHIS2 unless the mapping says how its periods are filed (`periods`), and with
   * `ExportError` when a format cannot carry the report.
   */
  readonly export: (released: Released, format: Format, options?: ExportOptions) => Promise<ExportedFile>
}

/**
 * A DHIS2 mapping by codes: every indicator to `PCTNXH_<CODE>`, every unit to `VN_<official
 * code>`, the report's total to `VN`, breakdowns to `attribute_value` combos — for an instance
 * whose metadata was made with these codes (import with `idScheme=CODE`). Replace it with a
 * mapping from the instance's own metadata where it has other codes.
 *
 * @since 0.1.0
 */
export const dhis2Codes = (report: Report.Report): Dhis2.Mapping => {
  const combos: Record<string, string> = {}
  for (const cell of report.cells) {
    const entries = Object.entries(cell.disaggregation).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    if (entries.length === 0) continue
    const key = entries.map(([k, v]) => `${k}=${v ?? ""}`).join(";")
    combos[key] = entries.map(([k, v]) => `${k}_${v ?? "none"}`).join("_").toUpperCase().slice(0, 50)
  }
  return {
    dataSet: "PCTNXH",
    dataElements: Object.fromEntries(report.indicators.map((i) => [i.code, `PCTNXH_${i.code}`.slice(0, 50)])),
    orgUnits: {
      "*": report.scope.id === null ? "VN" : `VN_${report.scope.id.split("@")[0]}`,
      ...Object.fromEntries(report.adminUnits.flatMap((u) => (u.id === null ? [] : [[u.id, `VN_${u.id.split("@")[0]}`]])))
    },
    ...(Object.keys(combos).length === 0 ? {} : { categoryOptionCombos: combos })
  }
}
