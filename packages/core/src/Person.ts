/**
 * Persons, pseudonymous only.
 *
 * A person is known to the library by a keyed pseudonym (see `@pctnxh/privacy`) and a few
 * attributes needed to disaggregate indicators. There is no name, phone or ID-card field: where
 * an organisation must keep such values they live in the privacy package's identity vault,
 * apart from programme data.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain, quasi, sensitive } from "./Classification.js"
import { PersonId } from "./Ids.js"
import { vocabulary } from "./Label.js"

/**
 * Sex as recorded by the service.
 *
 * @since 0.1.0
 */
export const Sex = vocabulary("Sex", {
  female: { vi: "Nữ", en: "Female" },
  male: { vi: "Nam", en: "Male" },
  other: { vi: "Khác", en: "Other" },
  unknown: { vi: "Không rõ", en: "Unknown" }
})
/** @since 0.1.0 */
export type Sex = typeof Sex.Type

/**
 * Residence registration (hộ khẩu thường trú / tạm trú). Most sex workers are migrants without
 * permanent residence, which has made them ineligible for loans and training: a first-class
 * attribute.
 *
 * @since 0.1.0
 */
export const ResidenceStatus = vocabulary("ResidenceStatus", {
  permanent: { vi: "Thường trú", en: "Permanent residence" },
  temporary: { vi: "Tạm trú", en: "Temporary residence" },
  none: { vi: "Không đăng ký cư trú", en: "No registered residence" },
  unknown: { vi: "Không rõ", en: "Unknown" }
})
/** @since 0.1.0 */
export type ResidenceStatus = typeof ResidenceStatus.Type

/**
 * The population a person is counted in.
 *
 * @since 0.1.0
 */
export const PopulationCategory = vocabulary("PopulationCategory", {
  sex_worker: { vi: "Người bán dâm", en: "Sex worker" },
  establishment_worker: { vi: "Người lao động tại cơ sở kinh doanh dịch vụ", en: "Establishment worker" },
  establishment_owner: { vi: "Chủ cơ sở kinh doanh dịch vụ", en: "Establishment owner or manager" },
  at_risk: { vi: "Người có nguy cơ", en: "Person at risk" },
  community_member: { vi: "Người dân", en: "Community member" },
  official: { vi: "Cán bộ", en: "Official" },
  service_provider: { vi: "Người cung cấp dịch vụ", en: "Service provider staff" },
  peer_educator: { vi: "Tuyên truyền viên đồng đẳng", en: "Peer educator" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type PopulationCategory = typeof PopulationCategory.Type

/**
 * Five-year age bands, as programmes report them.
 *
 * @since 0.1.0
 */
export const AgeBand = vocabulary("AgeBand", {
  "under-15": { vi: "Dưới 15", en: "Under 15" },
  "15-19": { vi: "15–19", en: "15–19" },
  "20-24": { vi: "20–24", en: "20–24" },
  "25-29": { vi: "25–29", en: "25–29" },
  "30-34": { vi: "30–34", en: "30–34" },
  "35-39": { vi: "35–39", en: "35–39" },
  "40-44": { vi: "40–44", en: "40–44" },
  "45-49": { vi: "45–49", en: "45–49" },
  "50+": { vi: "50 trở lên", en: "50 and over" },
  unknown: { vi: "Không rõ", en: "Unknown" }
})
/** @since 0.1.0 */
export type AgeBand = typeof AgeBand.Type

/**
 * The age band of a person born in `birthYear` on a date (`YYYY-MM-DD`). Only the birth year is
 * kept, so age is the difference of years.
 *
 * @example
 * ```ts
 * import { Person } from "@pctnxh/core"
 * Person.ageBand(1998, "2019-06-01") // "20-24"
 * ```
 * @since 0.1.0
 */
export const ageBand = (birthYear: number | undefined, date: string): AgeBand => {
  if (birthYear === undefined) return "unknown"
  const age = Number(date.slice(0, 4)) - birthYear
  if (age < 0) return "unknown"
  if (age < 15) return "under-15"
  if (age >= 50) return "50+"
  const low = Math.floor(age / 5) * 5
  return `${low}-${low + 4}` as AgeBand
}

/** The birth year field: quasi-identifying, plausible years only. @since 0.1.0 */
export const BirthYear = Schema.Int.pipe(
  Schema.between(1900, 2100)
).annotations({ identifier: "BirthYear", description: "a birth year" })

/**
 * A person known by a keyed pseudonym.
 *
 * @since 0.1.0
 */
export class Person extends Schema.Class<Person>("Person")({
  /** The keyed pseudonym (HMAC of the UIC under the deployment key). */
  id: sensitive(PersonId),
  /** The id of the key the pseudonym was made with, so it can be re-keyed. */
  keyId: plain(Schema.NonEmptyTrimmedString),
  population: sensitive(PopulationCategory),
  sex: quasi(Sex),
  birthYear: Schema.optional(quasi(BirthYear)),
  residence: quasi(ResidenceStatus),
  homeProvinceId: Schema.optional(quasi(AdminUnitId))
}) {}
