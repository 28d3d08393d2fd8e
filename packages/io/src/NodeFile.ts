/**
 * Files on disk, for Node: a {@link Source.Source} read from a path as a stream, and bytes
 * written to a path. The rest of the package takes and gives bytes, so it also runs where there
 * is no file system (a browser passes `file.stream()`).
 *
 * @example
 * ```ts
 * import { Import } from "@pctnxh/io"
 * import { NodeFile } from "@pctnxh/io/node"
 *
 * Import.run({ kind: "inspectionVisit", source: NodeFile.source("./kiem-tra-2019.xlsx") })
 * ```
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import { createReadStream } from "node:fs"
import { writeFile } from "node:fs/promises"
import { basename } from "node:path"
import { ExportError } from "./IoError.js"
import type * as Source from "./Source.js"

/**
 * A source reading the file at `path` as a stream, named by its base name (so reports and
 * errors do not show the folders).
 *
 * @since 0.1.0
 */
export const source = (path: string, format?: Source.Format): Source.Source => {
  const bytes: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => createReadStream(path, { highWaterMark: 1 << 16 })[Symbol.asyncIterator]()
  }
  return format === undefined ? { name: basename(path), bytes } : { name: basename(path), bytes, format }
}

/**
 * Writes bytes (an export) to `path`.
 *
 * @since 0.1.0
 */
export const write = (path: string, bytes: Uint8Array | string): Effect.Effect<void, ExportError> =>
  Effect.tryPromise({
    try: () => writeFile(path, bytes),
    catch: () =>
      new ExportError({
        target: basename(path),
        reason: { vi: "không ghi được tệp", en: "the file could not be written" }
      })
  })
