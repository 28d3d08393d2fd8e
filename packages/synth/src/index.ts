/**
 * `@pctnxh/synth` — seeded synthetic datasets at any scale for demos, tests, benchmarks and
 * the browser host. No real person is in them.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Synth from "./Synth.js"
/** @since 0.1.0 */
export * as Profile from "./Profile.js"
/** @since 0.1.0 */
export * as Random from "./Random.js"
