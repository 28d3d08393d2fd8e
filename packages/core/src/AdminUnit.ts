/**
 * Administrative units of Vietnam as dated, versioned records.
 *
 * Official codes are reused: code `31` is the old Hải Phòng until 30 June 2025 and the merged
 * Hải Phòng (old Hải Phòng and Hải Dương) from 1 July 2025. A unit is therefore identified by
 * its code *and* the version of the geography it belongs to, written `<code>@<version>`:
 * `31@pre2025` and `31@2025` are two units. Records store the {@link AdminUnitId}; the bare
 * {@link AdminUnitCode} is what officers and forms write, and a `Geography` (see the
 * `Geography` module and docs/geography.md) turns a code and a date into the unit meant.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain } from "./Classification.js"
import { vocabulary } from "./Label.js"
import { IsoDate } from "./Time.js"

/**
 * The level of an administrative unit. Vietnam had three levels (province, district, commune)
 * until 30 June 2025 and has two (province, commune) since 1 July 2025. `national` is the
 * level of country-wide figures; no unit record carries it.
 *
 * @since 0.1.0
 */
export const AdminLevel = vocabulary("AdminLevel", {
  national: { vi: "Toàn quốc", en: "National" },
  province: { vi: "Tỉnh/Thành phố", en: "Province" },
  district: { vi: "Quận/Huyện", en: "District" },
  commune: { vi: "Xã/Phường/Thị trấn", en: "Commune" }
})
/** @since 0.1.0 */
export type AdminLevel = typeof AdminLevel.Type

/**
 * The levels from the top down, for comparing them.
 *
 * @since 0.1.0
 */
export const levelRank: { readonly [L in AdminLevel]: number } = { national: 0, province: 1, district: 2, commune: 3 }

/**
 * The official code of a unit in the list of the General Statistics Office (now the National
 * Statistics Office): 2 digits for a province, 3 for a district, 5 for a commune. A code alone
 * does not identify a unit over time; see {@link AdminUnitId}.
 *
 * @since 0.1.0
 */
export const AdminUnitCode = Schema.String.pipe(
  Schema.filter((s) => /^(\d{2}|\d{3}|\d{5})$/.test(s), {
    message: () => "must be an official unit code of 2, 3 or 5 digits"
  }),
  Schema.brand("AdminUnitCode")
).annotations({ identifier: "AdminUnitCode", description: "an official administrative unit code" })
/** @since 0.1.0 */
export type AdminUnitCode = typeof AdminUnitCode.Type

/**
 * The identity of a unit in one version of the geography: `<code>@<version>`, e.g. `31@2025`
 * (Thành phố Hải Phòng from 1 July 2025) or `308@pre2025` (Quận Đồ Sơn until 30 June 2025).
 * The version names the dataset version the record belongs to, not the day the unit was
 * created. Ids never change once published; a later rearrangement adds a new version.
 *
 * @since 0.1.0
 */
export const AdminUnitId = Schema.String.pipe(
  Schema.filter((s) => /^(\d{2}|\d{3}|\d{5})@[0-9A-Za-z][0-9A-Za-z._-]*$/.test(s), {
    message: () => "must be a versioned unit id <code>@<version>, such as 31@2025"
  }),
  Schema.brand("AdminUnitId")
).annotations({ identifier: "AdminUnitId", description: "a versioned administrative unit id" })
/** @since 0.1.0 */
export type AdminUnitId = typeof AdminUnitId.Type

/**
 * Builds the id of a unit from its code and version.
 *
 * @example
 * ```ts
 * import { AdminUnit } from "@pctnxh/core"
 * AdminUnit.makeId("31", "2025") // "31@2025"
 * ```
 * @since 0.1.0
 */
export const makeId = (code: string, version: string): AdminUnitId => Schema.decodeSync(AdminUnitId)(`${code}@${version}`)

/**
 * Splits an id into its code and version.
 *
 * @since 0.1.0
 */
export const parseId = (id: AdminUnitId): { readonly code: AdminUnitCode; readonly version: string } => {
  const at = id.indexOf("@")
  return { code: id.slice(0, at) as AdminUnitCode, version: id.slice(at + 1) }
}

/**
 * Whether a successor received all of the old unit or a part of it.
 *
 * @since 0.1.0
 */
export const SuccessorPortion = vocabulary("SuccessorPortion", {
  whole: { vi: "Nhập toàn bộ", en: "Whole" },
  partial: { vi: "Nhập một phần", en: "Part" }
})
/** @since 0.1.0 */
export type SuccessorPortion = typeof SuccessorPortion.Type

/**
 * A legal act a version of the geography or a succession rests on, with a stable short id and
 * its title in Vietnamese and English.
 *
 * @since 0.1.0
 */
export class LegalBasis extends Schema.Class<LegalBasis>("LegalBasis")({
  id: plain(Schema.NonEmptyTrimmedString),
  vi: plain(Schema.NonEmptyTrimmedString),
  en: plain(Schema.NonEmptyTrimmedString)
}) {}

/**
 * One successor of a unit that ceased: the unit (all or part of) the old one went into, the
 * legal basis of the change and, when the source knows it, the share of the old unit it
 * received (a fraction of its population or area, as the dataset says). Used to roll records
 * of old units up into the units of a later date.
 *
 * @since 0.1.0
 */
export class Successor extends Schema.Class<Successor>("Successor")({
  id: plain(AdminUnitId),
  portion: plain(SuccessorPortion),
  share: Schema.optional(plain(Schema.Number.pipe(Schema.between(0, 1)))),
  legalBasis: plain(Schema.Array(LegalBasis))
}) {}

/**
 * An administrative unit in one version of the geography.
 *
 * - `name` is the official name with its type, e.g. "Quận Đồ Sơn", "Thành phố Hải Phòng".
 * - `validFrom` is the first day the record is in force; it is absent when the unit was in
 *   force before the start of the recorded history (all units of the version before
 *   1 July 2025: the dataset records their state on 30 June 2025, not when each was created).
 * - `validTo` is the first day the record is no longer in force (an exclusive end): the units
 *   of the version before the reform have `validTo` 2025-07-01, i.e. in force until 30 June
 *   2025. It is absent for units in force today.
 * - `parentId` is the unit one level up in the same version (absent for provinces).
 * - `successors` are the units it went into when it ceased (empty while it is in force, and
 *   for the districts abolished on 1 July 2025, whose communes carry the succession).
 * - `source` names the package(s) the record was read from, as `name@version`.
 *
 * @since 0.1.0
 */
export class AdminUnit extends Schema.Class<AdminUnit>("AdminUnit")({
  id: plain(AdminUnitId),
  code: plain(AdminUnitCode),
  name: plain(Schema.NonEmptyTrimmedString),
  level: plain(AdminLevel),
  parentId: Schema.optional(plain(AdminUnitId)),
  validFrom: Schema.optional(plain(IsoDate)),
  validTo: Schema.optional(plain(IsoDate)),
  successors: plain(Schema.Array(Successor)),
  source: plain(Schema.Array(Schema.NonEmptyTrimmedString))
}) {
  /** Whether the unit is in force on a date (`YYYY-MM-DD`). */
  isValidAt(date: string): boolean {
    return (this.validFrom === undefined || this.validFrom <= date) && (this.validTo === undefined || date < this.validTo)
  }
}
