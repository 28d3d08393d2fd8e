/**
 * `@pctnxh/store-memory` — an in-memory Store, the reference implementation of the aggregate
 * algebra.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as MemoryStore from "./MemoryStore.js"
