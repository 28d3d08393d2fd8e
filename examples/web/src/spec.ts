/** What the dashboard asks: two report specifications from the choices on screen (no DOM, so tests compute the same report in Node). */
import type { ReportSpec } from "@pctnxh/indicators"
import { Audience } from "@pctnxh/privacy"

/** The headline indicators, in the order an officer reads them. */
export const HEADLINE = [
  "CONTACTS",
  "PERSONS_REACHED",
  "NEW_PERSONS",
  "HIV_TESTING_REFERRALS",
  "GROUP_SESSIONS",
  "INSPECTION_VISITS",
  "VIOLATION_RATE"
] as const

export interface Choice {
  readonly calendar: "plain" | "administrative"
  readonly year: number
  /** `""` for the whole year, or `Q1`…`Q4`. */
  readonly quarter: string
  /** A province id, or `""` for the whole country. */
  readonly unit: string
  /** A model id, or `""` for every model. */
  readonly model: string
  readonly audience: string
}

/** The last day of a year under a calendar: the units of that day are the report's. */
export const asOfFor = (choice: Pick<Choice, "calendar" | "year">) => `${choice.year}-12-${choice.calendar === "administrative" ? "14" : "31"}`

/**
 * The two report specifications behind the dashboard. The sites chart breaks a province down by
 * commune (the country by province): for an audience that may not see that level (a donor sees
 * provinces at most) there is no sites report, and the dashboard says why.
 */
export const specs = (
  choice: Choice
): { readonly main: ReportSpec.Encoded & { periods: readonly [string, ...Array<string>] }; readonly sites: ReportSpec.Encoded | undefined } => {
  const asOf = asOfFor(choice)
  const period = `${choice.year}${choice.quarter}`
  const quarters = [1, 2, 3, 4].map((q) => `${choice.year}Q${q}`)
  const within = choice.unit === "" ? {} : { within: choice.unit }
  const byModel = choice.model !== ""
  const siteLevel = choice.unit === "" ? ("province" as const) : ("commune" as const)
  const seesSites = Audience.byId(choice.audience)?.dimensions.unitLevels.includes(siteLevel) ?? false
  return {
    main: {
      indicators: HEADLINE,
      periods: [period, ...quarters.filter((q) => q !== period)],
      calendar: choice.calendar,
      adminUnits: { asOf, ...within },
      disaggregations: byModel ? [["model"], ["model", "service"]] : [["service"]]
    },
    sites: seesSites
      ? {
          indicators: ["CONTACTS"],
          periods: [period],
          calendar: choice.calendar,
          adminUnits: { asOf, level: siteLevel, ...within },
          disaggregations: byModel ? [["model"]] : []
        }
      : undefined
  }
}


/** The demo dataset the "load demo data" button makes: the same seed gives the same records everywhere. */
export const DEMO = { seed: 2019, events: 3_000, years: [2019, 2020] as const }
