import { Report } from "@pctnxh/indicators"
import type { Report as ReportTypes } from "@pctnxh/indicators"
import { Audience, Disclosure, Key, PrivacyError } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { NotReleased } from "../ClientError.js"
import type { ExportedFile, ExportOptions, Format, Released, ReleaseOptions, Reports } from "../Reports.js"
import { dhis2Codes } from "../Reports.js"
import { fromEither } from "./records.js"
import type { Runner } from "./runner.js"

/** Every release made by a client in this process, with what the door returned: `export` takes nothing else. */
const releases = new WeakMap<Released, Disclosure.Released<ReportTypes.Report>>()

const MEDIA: Record<Format, { readonly ext: string; readonly type: string }> = {
  xlsx: { ext: "xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  csv: { ext: "csv", type: "text/csv;charset=utf-8" },
  json: { ext: "json", type: "application/json" },
  dhis2: { ext: "dhis2.json", type: "application/json" },
  adx: { ext: "adx.xml", type: "application/adx+xml" }
}

const file = (name: string, type: string, content: Uint8Array | string, dhis2?: ExportedFile["dhis2"]): ExportedFile => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content
  return {
    name,
    mediaType: type,
    bytes,
    text: () => new TextDecoder().decode(bytes),
    blob: () => new Blob([bytes as Uint8Array<ArrayBuffer>], { type }),
    ...(dhis2 === undefined ? {} : { dhis2 })
  }
}

const fileName = (released: Disclosure.Released<ReportTypes.Report>, format: Format): string => {
  const periods = released.table.periods.map((p) => p.id).join("_")
  return `bao-cao-${periods}-${released.release.audience}.${MEDIA[format].ext}`.replace(/[^A-Za-z0-9._-]+/g, "-")
}

const audienceOf = (ref: string | Audience.Audience): Audience.Audience => {
  const audience = typeof ref === "string" ? Audience.byId(ref) : ref
  if (audience !== undefined) return audience
  throw new PrivacyError.NotAllowed({
    audience: String(ref),
    operation: "release",
    reason: {
      vi: `không có đối tượng này; các đối tượng mặc định: ${Audience.defaults.map((a) => a.id).join(", ")}`,
      en: `there is no such audience; the default ones: ${Audience.defaults.map((a) => a.id).join(", ")}`
    }
  })
}

/** The services of the release door: the solver and, when there is one, the deployment keyring (for the public's noise). */
const door = async (runner: Runner) => {
  const [solver, keyring] = await Promise.all([runner.solver(), runner.keyringIfAny()])
  return { solver, keys: keyring === undefined ? Layer.empty : Key.layerKeyring(keyring) }
}

export const reports = (runner: Runner): Reports => ({
  run: async (spec, options) => {
    const geography = await runner.geography()
    return runner.run(
      Report.run(spec, {
        geography,
        ...(options?.catalogue === undefined ? {} : { catalogue: options.catalogue }),
        ...(options?.rules === undefined ? {} : { rules: options.rules })
      })
    )
  },

  release: async (report, ref, options = {}) => {
    const audience = audienceOf(ref)
    const { keys, solver } = await door(runner)
    const released = await runner.run(
      Disclosure.release(report, audience, {
        actor: options.actor ?? runner.actor,
        ...(options.stricter === undefined ? {} : { stricter: options.stricter }),
        ...(options.id === undefined ? {} : { id: options.id })
      }).pipe(Effect.provide(solver), Effect.provide(keys))
    )
    const result = {
      report: released.table,
      audience: audience.id,
      id: released.release.id,
      at: released.release.at,
      suppressed: released.table.cells.filter((c) => c.disclosure?.status === "suppressed").length
    } as unknown as Released
    releases.set(Object.freeze(result), released)
    return result
  },

  preview: async (report, ref, options = {}) => {
    const { keys, solver } = await door(runner)
    return runner.run(
      Disclosure.preview(report, audienceOf(ref), options.stricter === undefined ? {} : { stricter: options.stricter }).pipe(
        Effect.provide(solver),
        Effect.provide(keys)
      )
    )
  },

  export: async (handle, format, options: ExportOptions = {}) => {
    const released = releases.get(handle)
    if (released === undefined) throw new NotReleased()
    const { Dhis2, Export } = await import("@pctnxh/io")
    const lang = options.lang ?? "vi"
    const report = released.table
    await runner.run(Disclosure.recordExport(released, { format, actor: options.actor ?? runner.actor }))
    const name = options.name ?? fileName(released, format)
    const type = MEDIA[format].type
    switch (format) {
      case "xlsx":
        return file(name, type, await runner.run(Export.xlsx(released, { lang, ...(options.title === undefined ? {} : { title: options.title }) })))
      case "csv":
        return file(
          name,
          type,
          Export.csv(released, {
            lang,
            ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
            ...(options.numbers === undefined ? {} : { numbers: options.numbers })
          })
        )
      case "json":
        return file(name, type, Export.json(released))
      case "dhis2":
      case "adx": {
        const mapping = options.mapping ?? dhis2Codes(report)
        const dhis2Options = { unmapped: "skip" as const, ...options.dhis2 }
        if (format === "dhis2") {
          const result = await runner.run(fromEither(Dhis2.dataValueSet(released, mapping, dhis2Options)))
          return file(name, type, JSON.stringify(result.document, null, 2), { sent: result.sent, omitted: result.omitted })
        }
        const result = await runner.run(fromEither(Dhis2.adx(released, mapping, dhis2Options)))
        return file(name, type, result.document, { sent: result.sent, omitted: result.omitted })
      }
    }
  }
})
