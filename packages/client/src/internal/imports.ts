import type { Source } from "@pctnxh/io"
import type { Imports, Input, Options } from "../Imports.js"
import type { Runner } from "./runner.js"

const isSource = (u: unknown): u is Source.Source =>
  typeof u === "object" && u !== null && typeof (u as Source.Source).name === "string" && "bytes" in u

const isBlob = (u: unknown): u is Blob => typeof Blob !== "undefined" && u instanceof Blob

/** The io source of an input: a `File` keeps its name, a `Blob` is read as a stream. */
export const toSource = (input: Input, name: string | undefined): Source.Source => {
  // a Blob first: browsers give it a `bytes()` method, which is not a source's bytes
  if (isBlob(input)) {
    const own = (input as Blob & { readonly name?: unknown }).name
    return { name: name ?? (typeof own === "string" && own !== "" ? own : "tệp"), bytes: input.stream() }
  }
  if (isSource(input)) return name === undefined ? input : { ...input, name }
  return { name: name ?? "tệp", bytes: input }
}

export const imports = (runner: Runner): Imports => {
  const prepare = async (input: Input, options: Options) => {
    const [io, geography, keyring] = await Promise.all([import("@pctnxh/io"), runner.geography(), runner.keyringIfAny()])
    const { name, ...rest } = options
    const importOptions = {
      ...rest,
      source: toSource(input, name),
      geography,
      ...(keyring === undefined ? {} : { pseudonymise: io.Pseudonymise.withKeyring(keyring) })
    }
    return { io, importOptions }
  }
  return {
    run: async (input, options) => {
      const { io, importOptions } = await prepare(input, options)
      return runner.run(io.Import.run(importOptions))
    },
    check: async (input, options) => {
      const { io, importOptions } = await prepare(input, options)
      return runner.run(io.Import.check(importOptions))
    }
  }
}
