/**
 * `@pctnxh/client/node` — files on disk for the client in Node: a file to import by its path,
 * and an exported file written to a path.
 *
 * @example
 * ```ts
 * import { file, save } from "@pctnxh/client/node"
 * const report = await client.imports.run(file("./tiep-can-2019.xlsx"), { kind: "serviceEvent" })
 * await save(await client.reports.export(released, "xlsx"), "./out")
 * ```
 * @packageDocumentation
 */
import { NodeFile } from "@pctnxh/io/node"
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Source } from "@pctnxh/io"
import type { ExportedFile } from "./Reports.js"

/**
 * A file to import, read from `path` as a stream; the report names it by its base name.
 *
 * @since 0.1.0
 */
export const file = (path: string, format?: Source.Format): Source.Source => NodeFile.source(path, format)

/**
 * Writes an exported file into a directory under its own name (or to `path` when it names a
 * file with an extension); resolves with the path written.
 *
 * @since 0.1.0
 */
export const save = async (exported: ExportedFile, path: string): Promise<string> => {
  const target = /\.[A-Za-z0-9]+$/.test(path) ? path : join(path, exported.name)
  await writeFile(target, exported.bytes)
  return target
}
