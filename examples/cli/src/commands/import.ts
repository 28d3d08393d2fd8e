import { Args, Command, Options } from "@effect/cli"
import { Import, Mapping, Pseudonymise } from "@pctnxh/io"
import { NodeFile } from "@pctnxh/io/node"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { readFileSync } from "node:fs"
import { basename } from "node:path"
import * as Database from "../Database.js"
import { Failed } from "../Failed.js"
import * as Keys from "../Keys.js"
import * as Terminal from "../Terminal.js"
import { db, keyring, lang } from "./shared.js"

const files = Args.file({ name: "file", exists: "yes" }).pipe(
  Args.atLeast(1),
  Args.withDescription("CSV or XLSX files, one kind of record each")
)

const kind = Options.choice("kind", Mapping.kinds).pipe(
  Options.withDefault("serviceEvent" as const),
  Options.withDescription("What each row is: " + Mapping.kinds.join(", "))
)

const sheet = Options.text("sheet").pipe(Options.optional, Options.withDescription("For XLSX: the sheet's name or number"))

const mapping = Options.file("mapping", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription("A JSON file of header and value mappings for files whose columns are named differently")
)

const defaults = Options.keyValueMap("default").pipe(
  Options.optional,
  Options.withDescription("A value for a field the file has no column for, e.g. --default modelId=HP-2019")
)

const wholeFile = Options.boolean("whole-file").pipe(
  Options.withDescription("Store the whole file in one transaction: all of it or nothing (default: batch by batch)")
)

export const importCommand = Command.make(
  "import",
  { files, kind, sheet, mapping, defaults, wholeFile, db, lang, keyring },
  (o) =>
    Effect.gen(function* () {
      const customisation = yield* Effect.transposeOption(
        Option.map(o.mapping, (path) => Mapping.decodeCustomisation(o.kind, readFileSync(path, "utf8"), basename(path)))
      )
      const keys = yield* Effect.either(Keys.load(Option.getOrElse(o.keyring, () => Keys.pathFor(o.db))))
      let rejected = 0
      for (const path of o.files) {
        const bar = Terminal.progress(path.split("/").pop() ?? path, undefined, 5_000)
        const report = yield* Import.run({
          kind: o.kind,
          source: NodeFile.source(path),
          ...(Option.isSome(o.sheet) ? { sheet: /^\d+$/.test(o.sheet.value) ? Number(o.sheet.value) : o.sheet.value } : {}),
          ...(Option.isSome(customisation) ? { mapping: customisation.value } : {}),
          ...(Option.isSome(o.defaults) ? { defaults: Object.fromEntries(o.defaults.value) } : {}),
          ...(keys._tag === "Right" ? { pseudonymise: Pseudonymise.withKeyring(keys.right) } : {}),
          atomic: o.wholeFile ? "file" : "batch",
          onProgress: (p) => Effect.runSync(bar.update(p.rows))
        })
        yield* bar.finish(report.summary(o.lang))
        for (const line of report.explain(o.lang).split("\n").slice(1)) console.log(line)
        rejected += report.rejected
      }
      if (rejected > 0) return yield* Effect.fail(new Failed(2))
    }).pipe(Effect.provide(Database.layer(o.db)))
).pipe(
  Command.withDescription(
    "Import CSV/XLSX files: valid rows are stored in batches (re-importing stores nothing twice), every rejected row is listed with its row, column and reason; exits with 2 when rows were rejected"
  )
)
