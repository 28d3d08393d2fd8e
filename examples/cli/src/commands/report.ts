import { Command, Options } from "@effect/cli"
import { Geography } from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Report, ReportSpec } from "@pctnxh/indicators"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Database from "../Database.js"
import * as Keys from "../Keys.js"
import * as Protect from "../Protect.js"
import { calendar, db, keyring, lang } from "./shared.js"
import * as Output from "./output.js"

/** The indicators shown when none are asked for. */
export const HEADLINE = [
  "CONTACTS",
  "PERSONS_REACHED",
  "NEW_PERSONS",
  "NO_PERMANENT_RESIDENCE_SHARE",
  "HIV_TESTING_REFERRALS",
  "REFERRAL_COMPLETION_RATE",
  "GROUP_SESSIONS",
  "PARTICIPANTS_PER_SESSION",
  "INSPECTION_VISITS",
  "VIOLATION_RATE",
  "AVERAGE_FINE",
  "POLICE_CASES",
  "ARRESTS_PER_CASE",
  "BUDGET",
  "SPENDING",
  "EXECUTION_RATE"
] as const

export const periods = Options.text("period").pipe(
  Options.repeated,
  Options.withDescription("A period: 2019, 2019Q1, 2019S1, 2019M03 or 2016/2020 (repeat for several; default: last year)")
)
const indicators = Options.text("indicators").pipe(
  Options.optional,
  Options.withDescription("Indicator codes, comma-separated (default: the headline indicators)")
)
const level = Options.choice("level", ["province", "district", "commune"]).pipe(
  Options.optional,
  Options.withDescription("Break the report down by the units of this level")
)
const asOf = Options.text("as-of").pipe(
  Options.optional,
  Options.withDescription("The date whose map the units follow, YYYY-MM-DD (default: today: old units roll up into today's)")
)
const within = Options.text("within").pipe(
  Options.optional,
  Options.withDescription("Only records within this unit: an official code (e.g. 31) or a unit id (e.g. 31@2025)")
)
const by = Options.text("by").pipe(
  Options.repeated,
  Options.withDescription("A breakdown: sex, population, residence, ageBand, service… (several crossed: population,sex)")
)
export const audience = Options.choice("audience", Protect.audiences).pipe(
  Options.withDefault("province" as const),
  Options.withDescription(
    "Who the report is for: their limits (donor and public: provinces at most) and disclosure control (small cells suppressed; noise for the public) are applied, and the release is recorded"
  )
)
export const format = Options.choice("format", Output.formats).pipe(
  Options.withDefault("table" as const),
  Options.withDescription("table (print), xlsx, csv, json, dhis2 (dataValueSet JSON), dhis2-csv (dataValueSet CSV) or adx")
)
export const out = Options.text("out").pipe(Options.optional, Options.withDescription("The file to write"))
export const mapping = Options.file("dhis2-mapping", { exists: "yes" }).pipe(
  Options.optional,
  Options.withDescription("For dhis2/adx: a JSON file mapping indicators, units and breakdowns to DHIS2 codes")
)

const today = () => Geography.todayInVietnam()

export const report = Command.make(
  "report",
  { periods, indicators, calendar, level, asOf, within, by, audience, format, out, mapping, numbers: Output.numbers, db, lang, keyring },
  (o) =>
    Effect.gen(function* () {
      const date = Option.getOrElse(o.asOf, today)
      const unit = Option.map(o.within, (w) =>
        w.includes("@") ? w : Either.match(vietnam.byCode(w, date), { onLeft: () => w, onRight: (u) => u.id })
      )
      const spec = yield* Either.match(
        ReportSpec.decode({
          indicators: Option.match(o.indicators, { onNone: () => [...HEADLINE], onSome: (s) => s.split(",").map((x) => x.trim()) }),
          periods: o.periods.length > 0 ? o.periods : [String(Number(today().slice(0, 4)) - 1)],
          calendar: o.calendar,
          adminUnits: {
            asOf: date,
            ...(Option.isSome(o.level) ? { level: o.level.value } : {}),
            ...(Option.isSome(unit) ? { within: unit.value } : {})
          },
          disaggregations: o.by.map((b) => b.split(",").map((x) => x.trim()))
        }),
        { onLeft: Effect.fail, onRight: Effect.succeed }
      )
      const computed = yield* Report.run(spec)
      const published = yield* Protect.protect(computed, o.audience, Option.getOrElse(o.keyring, () => Keys.pathFor(o.db)))
      yield* Output.write(published, {
        format: o.format,
        out: Option.getOrUndefined(o.out),
        lang: o.lang,
        mapping: Option.getOrUndefined(o.mapping),
        numbers: o.numbers
      })
    }).pipe(Effect.provide(Database.existing(o.db)))
).pipe(
  Command.withDescription(
    "Compute indicators for periods (either calendar), units (as of a date, old units rolled up through the 2025 crosswalk) and breakdowns; release them to the audience (its limits and disclosure control, checked against its earlier releases, recorded in the audit log); print or write it"
  )
)
