/**
 * `@pctnxh/store-testkit` — the conformance suite of the Store port, published so that every
 * adapter, ours or a third party's, runs the same tests.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as StoreTestkit from "./StoreTestkit.js"
/** @since 0.1.0 */
export * as Arbitraries from "./Arbitraries.js"
/** @since 0.1.0 */
export * as Fixtures from "./Fixtures.js"
/** @since 0.1.0 */
export * as Scenarios from "./Scenarios.js"
