/**
 * Package rules: when a person counts as *reached* by a package of services — at least N
 * distinct services of a list within the period (the KP_PREV style of HIV prevention
 * programmes). A rule has a code that formulas name (`Formula.reached("PREV")`) and versions,
 * one per programme, so a report of 2019 applies the rule of the 2016–2020 programme and a
 * report of 2023 the rule of 2021–2025.
 *
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import { ServiceEvent, Time } from "@pctnxh/core"
import * as Schema from "effect/Schema"

/**
 * One version of a package rule.
 *
 * @since 0.1.0
 */
export class PackageRule extends Schema.Class<PackageRule>("PackageRule")({
  /** The code formulas name, e.g. `PREV`. */
  code: Schema.NonEmptyTrimmedString,
  /** The programme this version belongs to, e.g. `361/QĐ-TTg`. */
  programme: Schema.NonEmptyTrimmedString,
  name: Schema.Struct({ vi: Schema.String, en: Schema.String }),
  services: Schema.NonEmptyArray(ServiceEvent.ServiceType),
  atLeast: Schema.Int.pipe(Schema.positive()),
  /** First day the version applies. */
  validFrom: Time.IsoDate,
  /** Last day the version applies (inclusive); open-ended when absent. */
  validTo: Schema.optional(Time.IsoDate)
}) {}

/**
 * Picks the version of a package rule for a report: the one of `programme` when given, else
 * the one in force on `date` (the end of the report's last period).
 *
 * @since 0.1.0
 */
export const select = (
  rules: ReadonlyArray<PackageRule>,
  code: string,
  options: { readonly programme?: string | undefined; readonly date: string }
): PackageRule | undefined => {
  const versions = rules.filter((r) => r.code === code)
  if (options.programme !== undefined) return versions.find((r) => r.programme === options.programme)
  const inForce = versions.filter((r) => r.validFrom <= options.date && (r.validTo === undefined || options.date <= r.validTo))
  const pool = inForce.length > 0 ? inForce : versions.filter((r) => r.validFrom <= options.date)
  return pool.sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0] ?? versions[0]
}

const prevServices = [
  "outreach_information",
  "counselling",
  "hiv_testing_counselling",
  "hiv_testing_referral",
  "sti_rh_check",
  "condoms"
] as const

/**
 * The library's default prevention package (`PREV`): a person is reached when she received at
 * least two different services among outreach and information, counselling, HIV testing
 * counselling, referral to HIV testing, reproductive-health or STI check-ups and condoms within
 * the period; from 2021 legal aid and gender-based-violence support count too. These are
 * defaults, not an official definition: a programme that sets its own package declares its own
 * rule with the same code and its programme.
 *
 * @since 0.1.0
 */
export const standard: ReadonlyArray<PackageRule> = [
  new PackageRule({
    code: "PREV",
    programme: "361/QĐ-TTg",
    name: { vi: "Gói dự phòng cơ bản (2016–2020)", en: "Basic prevention package (2016–2020)" },
    services: [...prevServices],
    atLeast: 2,
    validFrom: Time.date("2016-01-01"),
    validTo: Time.date("2020-12-31")
  }),
  new PackageRule({
    code: "PREV",
    programme: "1629/QĐ-TTg",
    name: { vi: "Gói dự phòng cơ bản (2021–2025)", en: "Basic prevention package (2021–2025)" },
    services: [...prevServices, "legal_aid", "gbv_support"],
    atLeast: 2,
    validFrom: Time.date("2021-01-01")
  })
]
