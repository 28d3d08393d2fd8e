/**
 * `@pctnxh/client` — the Promise door to the library for applications that do not use Effect.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as Client from "./Client.js"
