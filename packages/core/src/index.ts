/**
 * @pctnxh/core — the domain model, periods and calendars, dated geography and the Store port.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Label from "./Label.js"
/** @since 0.1.0 */
export * as Classification from "./Classification.js"
/** @since 0.1.0 */
export * as CoreError from "./CoreError.js"
