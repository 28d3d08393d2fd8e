/**
 * `@pctnxh/io` — CSV and XLSX import with validation reports, and report export to XLSX, CSV,
 * JSON and DHIS2 (dataValueSet JSON and ADX). File-system helpers are in `@pctnxh/io/node`.
 *
 * @packageDocumentation
 */

/**
 * The old name of {@link SheetValue}.
 *
 * @deprecated Use `SheetValue`: in this library a cell is a cell of a report table.
 * @since 0.1.0
 */
export * as Cell from "./SheetValue.js"
/** @since 0.1.0 */
export * as Csv from "./Csv.js"
/** @since 0.1.0 */
export * as Dhis2 from "./Dhis2.js"
/** @since 0.1.0 */
export * as Dhis2Period from "./Dhis2Period.js"
/** @since 0.1.0 */
export * as Dhis2Import from "./Dhis2Import.js"
/** @since 0.1.0 */
export * as Dhis2Metadata from "./Dhis2Metadata.js"
/** @since 0.1.0 */
export * as Export from "./Export.js"
/** @since 0.1.0 */
export * as Import from "./Import.js"
/** @since 0.1.0 */
export * as ImportReport from "./ImportReport.js"
/** @since 0.1.0 */
export * as IoError from "./IoError.js"
/** @since 0.1.0 */
export * as Mapping from "./Mapping.js"
/** @since 0.1.0 */
export * as Pseudonymise from "./Pseudonymise.js"
/** @since 0.1.0 */
export * as SheetValue from "./SheetValue.js"
/** @since 0.1.0 */
export * as Source from "./Source.js"
/** @since 0.1.0 */
export * as Xlsx from "./Xlsx.js"
