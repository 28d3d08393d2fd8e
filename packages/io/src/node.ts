/**
 * `@pctnxh/io/node` — reading import files from and writing exports to the file system.
 *
 * @packageDocumentation
 */

/** @since 0.1.0 */
export * as NodeFile from "./NodeFile.js"
