/**
 * pctnxh — the command-line host of @pctnxh.
 *
 *   pctnxh init                 create the database and the pseudonym key
 *   pctnxh import FILE…         bring in CSV/XLSX files of events, activities, inspections…
 *   pctnxh report               compute the indicators for periods, units and breakdowns
 *   pctnxh export REPORT.json   write a saved report as XLSX, CSV, JSON, DHIS2 or ADX
 *   pctnxh dhis2 mapping|check|import   build a DHIS2 mapping from metadata, check it, read DHIS2 data in
 *   pctnxh audit verify         check the audit log's hash chain
 *   pctnxh demo                 everything above on a realistic synthetic dataset
 */
import { Command, ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { audit } from "./commands/audit.js"
import { demo } from "./commands/demo.js"
import { dhis2 } from "./commands/dhis2.js"
import { exportCommand } from "./commands/export.js"
import { importCommand } from "./commands/import.js"
import { init } from "./commands/init.js"
import { report } from "./commands/report.js"
import { Failed } from "./Failed.js"
import * as CliText from "./CliText.js"
import * as Lang from "./Lang.js"

const root = Command.make("pctnxh").pipe(
  Command.withDescription(
    Lang.t({ vi: "Ghi nhận hoạt động của các mô hình giảm hại, tính các chỉ tiêu của chương trình và công bố mà không làm lộ ai.", en: "Record the work of harm-reduction models, compute the programme's indicators and publish them without exposing anyone." })
  ),
  Command.withSubcommands([init, importCommand, report, exportCommand, dhis2, audit, demo])
)

const cli = Command.run(root, { name: "pctnxh", version: "0.1.0" })

const joined = (text: string): string =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ")

const oneLine = (error: unknown): string => {
  // the command-line parser has already said what was wrong with the arguments
  if (ValidationError.isValidationError(error)) return ""
  if (typeof error === "object" && error !== null) {
    if ("explain" in error && typeof error.explain === "function") return joined(String(error.explain(Lang.current)))
    if ("message" in error && typeof error.message === "string") return joined(error.message)
  }
  return String(error)
}

const program = cli(process.argv).pipe(
  CliText.speaking(Lang.current),
  Effect.catchAllCause((cause) =>
    Effect.sync(() => {
      if (Cause.isInterruptedOnly(cause)) {
        process.exitCode = 130
        return
      }
      const failure = Cause.failureOption(cause)
      const error = Option.isSome(failure) ? failure.value : Cause.squash(cause)
      if (error instanceof Failed) {
        process.exitCode = error.code
        return
      }
      const line = oneLine(error)
      if (line !== "") process.stderr.write(`${CliText.errorPrefix(Lang.current)} ${line}\n`)
      process.exitCode = 1
    })
  ),
  Effect.provide(NodeContext.layer)
)

// SIGINT and SIGTERM interrupt the command (runMain's own handlers): an import stops after the
// batch being stored, and the process exits with 128 + the signal's number, as shells expect
let signalled: NodeJS.Signals | undefined
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (signalled ??= signal))

NodeRuntime.runMain(program, {
  disableErrorReporting: true,
  teardown: (_exit, onExit) => onExit(signalled === "SIGTERM" ? 143 : signalled === "SIGINT" ? 130 : 0)
})
