/**
 * `@pctnxh/indicators` — the indicator catalogue, the unit-checked formula algebra, reports
 * assembled from aggregate queries, validation rules and rollups.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Catalogue from "./Catalogue.js"
/** @since 0.1.0 */
export * as Cell from "./Cell.js"
/** @since 0.1.0 */
export * as Formula from "./Formula.js"
/** @since 0.1.0 */
export * as Indicator from "./Indicator.js"
/** @since 0.1.0 */
export * as IndicatorError from "./IndicatorError.js"
/** @since 0.1.0 */
export * as Package from "./Package.js"
/** @since 0.1.0 */
export * as Report from "./Report.js"
/** @since 0.1.0 */
export * as ReportSpec from "./ReportSpec.js"
/** @since 0.1.0 */
export * as Rollup from "./Rollup.js"
/** @since 0.1.0 */
export * as Unit from "./Unit.js"
/** @since 0.1.0 */
export * as Validation from "./Validation.js"
