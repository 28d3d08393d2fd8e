/**
 * The dated geography: administrative units over time, and the lookups that turn a code and a
 * date into a unit, a unit into its parents, and an old unit into the units that replaced it.
 *
 * Vietnam's geography changed on 1 July 2025: 63 provinces were merged into 34 (Resolution
 * 202/2025/QH15), the district level was abolished, and the communes were rearranged into
 * 3,321 (code list of Decision 19/2025/QĐ-TTg). A {@link Dataset} holds both versions and the
 * crosswalk between them; {@link make} builds a {@link Geography} over it. The Vietnamese
 * dataset itself ships separately, as `@pctnxh/core/geography/vietnam`.
 *
 * Dates are ISO calendar dates `YYYY-MM-DD`. A unit is in force on a date when `validFrom` (if
 * any) is on or before it and `validTo` (if any) is after it.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { AdminLevel, AdminUnit, LegalBasis, levelRank } from "./AdminUnit.js"
import type { Successor } from "./AdminUnit.js"
import { Text, UnknownAdminUnit } from "./CoreError.js"
import { fold } from "./Label.js"
import * as Time from "./Time.js"
import { IsoDate, isIsoDate } from "./Time.js"

// -------------------------------------------------------------------------------------------
// Dataset
// -------------------------------------------------------------------------------------------

/**
 * A source a dataset was built from: a package at an exact version, its licence, and what was
 * taken from it.
 *
 * @since 0.1.0
 */
export class DataSource extends Schema.Class<DataSource>("DataSource")({
  package: Schema.NonEmptyTrimmedString,
  version: Schema.NonEmptyTrimmedString,
  licence: Schema.NonEmptyTrimmedString,
  repository: Schema.String,
  use: Text
}) {}

/**
 * One version of the geography: when it is in force, what it rests on, where it was read from
 * and how many units it has at each level.
 *
 * @since 0.1.0
 */
export class DatasetVersion extends Schema.Class<DatasetVersion>("DatasetVersion")({
  id: Schema.String.pipe(Schema.pattern(/^[0-9A-Za-z][0-9A-Za-z._-]*$/)),
  validFrom: Schema.optional(IsoDate),
  validTo: Schema.optional(IsoDate),
  label: Text,
  legalBasis: Schema.Array(LegalBasis),
  source: Schema.Array(Schema.String),
  counts: Schema.Struct({ province: Schema.Int, district: Schema.Int, commune: Schema.Int })
}) {}

/**
 * A correction the build made to its sources, with the reason, so that every departure from
 * the sources is on record.
 *
 * @since 0.1.0
 */
export class Correction extends Schema.Class<Correction>("Correction")({
  kind: Schema.Literal("code", "successor"),
  version: Schema.String,
  code: Schema.String,
  was: Schema.String,
  to: Schema.optional(Schema.String),
  reason: Text
}) {}

/**
 * A geography dataset: its units (all versions) with their provenance.
 *
 * @since 0.1.0
 */
export class Dataset extends Schema.Class<Dataset>("Dataset")({
  country: Schema.String,
  source: Schema.Array(DataSource),
  versions: Schema.Array(DatasetVersion),
  corrections: Schema.Array(Correction),
  units: Schema.Array(AdminUnit)
}) {}

// -------------------------------------------------------------------------------------------
// Geography
// -------------------------------------------------------------------------------------------

/**
 * A successor of a unit with the record of the succession.
 *
 * @since 0.1.0
 */
export interface Succession {
  /** The unit (all or part of) the old unit went into. */
  readonly unit: AdminUnit
  /** The succession: portion, share when known, legal basis. */
  readonly successor: Successor
}

/**
 * Options of {@link Geography.search}.
 *
 * @since 0.1.0
 */
export interface SearchOptions {
  /** Only units of this level. */
  readonly level?: AdminLevel | undefined
  /** Only units in force on this date; all versions when omitted. */
  readonly asOf?: string | undefined
  /** At most this many results (20 when omitted). */
  readonly limit?: number | undefined
}

/**
 * Options of {@link make}.
 *
 * @since 0.1.0
 */
export interface MakeOptions {
  /** Today's date `YYYY-MM-DD`, used when a lookup is given no date. Defaults to the date in
   * Vietnam (UTC+7). */
  readonly today?: (() => string) | undefined
}

/**
 * Lookups over a dataset. Every method that takes a date expects `YYYY-MM-DD` and throws on
 * anything else (a programming error); a code, id or date the data does not cover is an
 * {@link UnknownAdminUnit} or an empty result.
 *
 * @since 0.1.0
 */
export interface Geography {
  /** The dataset, with its sources and versions. */
  readonly dataset: Dataset
  /** The unit with this id (`31@2025`). */
  readonly get: (id: string) => Option.Option<AdminUnit>
  /** The unit with this official code in force on `asOf` (today when omitted). */
  readonly byCode: (code: string, asOf?: string) => Either.Either<AdminUnit, UnknownAdminUnit>
  /**
   * The unit and its parents up to the province, as in force on `asOf`: `[commune, district,
   * province]` before 1 July 2025, `[commune, province]` after. Given a code, the unit with
   * that code in force on `asOf`, or else the last one before it. A unit that ceased before
   * `asOf` is first carried forward through its successors (see {@link Geography.resolveAt});
   * a district, which has no successor, through its province.
   */
  readonly parentChain: (idOrCode: string, asOf: string) => Either.Either<ReadonlyArray<AdminUnit>, UnknownAdminUnit>
  /** The direct successors of a unit with the record of each succession, in code order. */
  readonly successors: (id: string) => ReadonlyArray<Succession>
  /**
   * The units in force on `asOf` (today when omitted) that a unit is or became, following every
   * successor chain; a unit with no successor (a district abolished in 2025) became what its
   * children became. In code order.
   */
  readonly currentUnits: (id: string, asOf?: string) => ReadonlyArray<AdminUnit>
  /**
   * The one unit of `level` in force on `asOf` that contains or succeeds the unit: the unit
   * itself, one of its parents, or, for a unit that ceased before `asOf`, the unit reached by
   * following its successors and then going up. Where a unit went into several successors the
   * one followed is, in order: the largest known share, a whole successor before a partial
   * one, the lowest code. A unit with no successor is carried by its parent. None when the id
   * is unknown, when `asOf` is before the unit existed, or when no unit of `level` contains it
   * on that date (a district after 1 July 2025; a commune for a province). Memoised per
   * (level, date), for stores that call it once per record.
   */
  readonly resolveAt: (id: string, level: AdminLevel, asOf: string) => Option.Option<AdminUnit>
  /** The units whose parent is this unit, in code order; only those in force on `asOf` when
   * given. */
  readonly children: (id: string, asOf?: string) => ReadonlyArray<AdminUnit>
  /** All units of a level in force on `asOf` (today when omitted), in code order. */
  readonly unitsAt: (level: AdminLevel, asOf?: string) => ReadonlyArray<AdminUnit>
  /**
   * Units whose name matches a text, ignoring case, diacritics, đ/d, punctuation and spacing
   * ("Do Son", "do son", "ĐỒ SƠN" all find "Quận Đồ Sơn"): the text must start at the start of
   * a word of the name and run on from there ("do so" finds "Đồ Sơn", "son" finds "Đồ Sơn",
   * "oson" finds nothing). A text of digits also matches the code. Exact names first, then names
   * that start with the text, then the rest; units in force today before older ones; provinces
   * before districts before communes; then by code.
   */
  readonly search: (text: string, options?: SearchOptions) => ReadonlyArray<AdminUnit>
}

/**
 * The identifier of the geography in use, `CurrentGeography` of `@pctnxh/core/geography/vietnam`
 * (a `Context.Reference` whose default is Vietnam's shipped units).
 *
 * @since 0.1.0
 */
export interface Current {
  readonly CurrentGeography: unique symbol
}

/**
 * Today's date in Vietnam (UTC+7, no daylight saving time), from the system clock: for code
 * outside Effect. Inside Effect, `Time.today` reads the `Clock` and the `Time.TimeZone`.
 *
 * @since 0.1.0
 */
export const todayInVietnam = (): string => Time.dateAt(Date.now(), Time.vietnam)

const checkDate = (date: string): string => {
  if (!isIsoDate(date)) throw new TypeError(`Geography: "${date}" is not a date written YYYY-MM-DD`)
  return date
}

const codeOfId = (s: { readonly id: string }): string => s.id.slice(0, Math.max(0, s.id.indexOf("@")))

const byCodeThenId = (a: AdminUnit, b: AdminUnit): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Unit types as they start a name, folded, longest first. */
const TYPE_PREFIXES = ["thanh pho ", "thi tran ", "dac khu ", "thi xa ", "phuong ", "huyen ", "quan ", "tinh ", "xa "]
const bareName = (folded: string): string => {
  for (const p of TYPE_PREFIXES) if (folded.startsWith(p)) return folded.slice(p.length)
  return folded
}

/**
 * The successor followed when a unit went into several: the largest known share, then a whole
 * successor before a partial one, then the lowest code (then id).
 *
 * @since 0.1.0
 */
export const preferredSuccessor = <S extends Successor>(
  successors: ReadonlyArray<S>,
  codeOf: (s: S) => string
): S | undefined => {
  let best: S | undefined
  for (const s of successors) {
    if (best === undefined) {
      best = s
      continue
    }
    const shareA = s.share ?? -1
    const shareB = best.share ?? -1
    if (shareA !== shareB) {
      if (shareA > shareB) best = s
      continue
    }
    if (s.portion !== best.portion) {
      if (s.portion === "whole") best = s
      continue
    }
    const ca = codeOf(s)
    const cb = codeOf(best)
    if (ca < cb || (ca === cb && s.id < best.id)) best = s
  }
  return best
}

interface Indexes {
  readonly byId: ReadonlyMap<string, AdminUnit>
  readonly byCode: ReadonlyMap<string, ReadonlyArray<AdminUnit>>
  readonly children: ReadonlyMap<string, ReadonlyArray<AdminUnit>>
  readonly byLevel: ReadonlyMap<AdminLevel, ReadonlyArray<AdminUnit>>
  readonly names: ReadonlyArray<{ readonly unit: AdminUnit; readonly full: string; readonly bare: string }>
}

const buildIndexes = (dataset: Dataset): Indexes => {
  const byId = new Map<string, AdminUnit>()
  const byCode = new Map<string, Array<AdminUnit>>()
  const children = new Map<string, Array<AdminUnit>>()
  const byLevel = new Map<AdminLevel, Array<AdminUnit>>()
  const push = <K>(m: Map<K, Array<AdminUnit>>, k: K, u: AdminUnit): void => {
    const xs = m.get(k)
    if (xs === undefined) m.set(k, [u])
    else xs.push(u)
  }
  for (const u of dataset.units) {
    if (byId.has(u.id)) throw new Error(`Geography: duplicate unit id ${u.id}`)
    byId.set(u.id, u)
    push(byCode, u.code, u)
    push(byLevel, u.level, u)
    if (u.parentId !== undefined) push(children, u.parentId, u)
  }
  // versions of one code from the oldest; units without validFrom first
  for (const xs of byCode.values()) {
    xs.sort((a, b) => {
      const fa = a.validFrom ?? ""
      const fb = b.validFrom ?? ""
      return fa < fb ? -1 : fa > fb ? 1 : 0
    })
  }
  for (const xs of children.values()) xs.sort(byCodeThenId)
  for (const xs of byLevel.values()) xs.sort(byCodeThenId)
  const names = dataset.units.map((unit) => {
    const full = fold(unit.name)
    return { unit, full, bare: bareName(full) }
  })
  return { byId, byCode, children, byLevel, names }
}

const unknown = (code: string, asOf: string | undefined, vi: string, en: string): UnknownAdminUnit =>
  new UnknownAdminUnit({ code, ...(asOf === undefined ? {} : { asOf }), reason: { vi, en } })

const span = (u: AdminUnit): { vi: string; en: string } => {
  const from = u.validFrom
  const to = u.validTo
  if (from === undefined && to === undefined) return { vi: "không thời hạn", en: "always" }
  if (from === undefined) return { vi: `trước ngày ${to}`, en: `before ${to}` }
  if (to === undefined) return { vi: `từ ngày ${from}`, en: `from ${from}` }
  return { vi: `từ ${from} đến trước ${to}`, en: `from ${from} until before ${to}` }
}

/**
 * Builds a {@link Geography} over a dataset. Indexes are built on the first lookup.
 *
 * @example
 * ```ts
 * import { Geography } from "@pctnxh/core"
 * import { dataset } from "@pctnxh/core/geography/vietnam"
 * const g = Geography.make(dataset(), { today: () => "2026-01-01" })
 * g.byCode("31") // Right(Thành phố Hải Phòng, 31@2025)
 * g.byCode("308", "2019-05-01") // Right(Quận Đồ Sơn, 308@pre2025)
 * ```
 * @since 0.1.0
 */
export const make = (dataset: Dataset, options?: MakeOptions): Geography => {
  const today = options?.today ?? todayInVietnam
  let built: Indexes | undefined
  const ix = (): Indexes => (built ??= buildIndexes(dataset))

  const get = (id: string): Option.Option<AdminUnit> => Option.fromNullable(ix().byId.get(id))
  const parentOf = (u: AdminUnit): AdminUnit | undefined =>
    u.parentId === undefined ? undefined : ix().byId.get(u.parentId)
  const successorUnits = (u: AdminUnit): ReadonlyArray<Succession> => {
    const out: Array<Succession> = []
    for (const s of u.successors) {
      const unit = ix().byId.get(s.id)
      if (unit !== undefined) out.push({ unit, successor: s })
    }
    return out.sort((a, b) => byCodeThenId(a.unit, b.unit))
  }

  /** The unit in force on `asOf` that `u` is or became, at its level or coarser; undefined when
   * `asOf` is before `u` (or the chain) began. */
  const forward = (u: AdminUnit, asOf: string): AdminUnit | undefined => {
    let cur: AdminUnit | undefined = u
    for (let guard = 0; cur !== undefined && guard < 64; guard++) {
      if (cur.isValidAt(asOf)) return cur
      if (cur.validTo === undefined || asOf < cur.validTo) return undefined
      const next: Successor | undefined = preferredSuccessor(cur.successors, codeOfId)
      cur = next === undefined ? parentOf(cur) : ix().byId.get(next.id)
    }
    return undefined
  }

  /** The unit a code meant on `asOf`: the one in force then, or else the last one before. */
  const codeAt = (code: string, asOf: string): AdminUnit | undefined => {
    const versions = ix().byCode.get(code) ?? []
    const valid = versions.find((u) => u.isValidAt(asOf))
    if (valid !== undefined) return valid
    let last: AdminUnit | undefined
    for (const u of versions) if (u.validTo !== undefined && u.validTo <= asOf) last = u
    return last
  }

  const byCode = (code: string, asOf?: string): Either.Either<AdminUnit, UnknownAdminUnit> => {
    const date = checkDate(asOf ?? today())
    const versions = ix().byCode.get(code.trim())
    if (versions === undefined || versions.length === 0) {
      return Either.left(
        unknown(code, date, "không có trong danh mục đơn vị hành chính.", "not in the list of administrative units.")
      )
    }
    const found = versions.find((u) => u.isValidAt(date))
    if (found !== undefined) return Either.right(found)
    const known = versions.map((u) => `${u.name} (${span(u).vi})`).join("; ")
    const knownEn = versions.map((u) => `${u.name} (${span(u).en})`).join("; ")
    return Either.left(
      unknown(
        code,
        date,
        `không có đơn vị nào mang mã này có hiệu lực vào ngày đó; mã này là: ${known}.`,
        `no unit with this code is in force on that date; the code was: ${knownEn}.`
      )
    )
  }

  const chainFrom = (u: AdminUnit): ReadonlyArray<AdminUnit> => {
    const out: Array<AdminUnit> = []
    for (let cur: AdminUnit | undefined = u; cur !== undefined && out.length < 8; cur = parentOf(cur)) out.push(cur)
    return out
  }

  const parentChain = (idOrCode: string, asOf: string): Either.Either<ReadonlyArray<AdminUnit>, UnknownAdminUnit> => {
    const date = checkDate(asOf)
    const start = idOrCode.includes("@") ? ix().byId.get(idOrCode) : codeAt(idOrCode.trim(), date)
    if (start === undefined) {
      return Either.left(
        idOrCode.includes("@") || (ix().byCode.get(idOrCode.trim()) ?? []).length === 0
          ? unknown(idOrCode, date, "không có trong danh mục đơn vị hành chính.", "not in the list of administrative units.")
          : unknown(idOrCode, date, "đơn vị mang mã này chưa được thành lập vào ngày đó.", "the unit with this code did not exist yet on that date.")
      )
    }
    const reached = forward(start, date)
    if (reached === undefined) {
      return Either.left(
        unknown(
          start.id,
          date,
          `đơn vị ${start.name} chưa có hiệu lực vào ngày đó (${span(start).vi}).`,
          `${start.name} was not in force on that date (${span(start).en}).`
        )
      )
    }
    return Either.right(chainFrom(reached))
  }

  const successors = (id: string): ReadonlyArray<Succession> => {
    const u = ix().byId.get(id)
    return u === undefined ? [] : successorUnits(u)
  }

  const currentUnits = (id: string, asOf?: string): ReadonlyArray<AdminUnit> => {
    const date = checkDate(asOf ?? today())
    const start = ix().byId.get(id)
    if (start === undefined) return []
    const out = new Map<string, AdminUnit>()
    const seen = new Set<string>()
    const visit = (u: AdminUnit): void => {
      if (seen.has(u.id)) return
      seen.add(u.id)
      if (u.isValidAt(date)) {
        out.set(u.id, u)
        return
      }
      if (u.validTo === undefined || date < u.validTo) return
      const next: ReadonlyArray<Succession> = successorUnits(u)
      if (next.length > 0) for (const s of next) visit(s.unit)
      else for (const c of ix().children.get(u.id) ?? []) visit(c)
    }
    visit(start)
    return [...out.values()].sort(byCodeThenId)
  }

  const memo = new Map<string, Map<string, Option.Option<AdminUnit>>>()
  const resolveUncached = (id: string, level: AdminLevel, date: string): Option.Option<AdminUnit> => {
    const u = ix().byId.get(id)
    let x = u === undefined || level === "national" ? undefined : forward(u, date)
    if (x === undefined) return Option.none()
    while (levelRank[x.level] > levelRank[level]) {
      const p = parentOf(x)
      if (p === undefined || levelRank[p.level] < levelRank[level]) break
      x = p
    }
    return x.level === level ? Option.some(x) : Option.none()
  }
  const resolveAt = (id: string, level: AdminLevel, asOf: string): Option.Option<AdminUnit> => {
    const key = `${level}|${asOf}`
    let table = memo.get(key)
    if (table === undefined) {
      checkDate(asOf)
      table = new Map()
      memo.set(key, table)
    }
    const hit = table.get(id)
    if (hit !== undefined) return hit
    const result = resolveUncached(id, level, asOf)
    table.set(id, result)
    return result
  }

  const children = (id: string, asOf?: string): ReadonlyArray<AdminUnit> => {
    const xs = ix().children.get(id) ?? []
    if (asOf === undefined) return xs
    const date = checkDate(asOf)
    return xs.filter((u) => u.isValidAt(date))
  }

  const unitsAt = (level: AdminLevel, asOf?: string): ReadonlyArray<AdminUnit> => {
    const date = checkDate(asOf ?? today())
    return (ix().byLevel.get(level) ?? []).filter((u) => u.isValidAt(date))
  }

  const search = (text: string, options?: SearchOptions): ReadonlyArray<AdminUnit> => {
    const q = fold(text)
    if (q === "") return []
    const date = options?.asOf === undefined ? undefined : checkDate(options.asOf)
    const limit = options?.limit ?? 20
    const now = today()
    const digits = /^\d+$/.test(q)
    const hits: Array<{ unit: AdminUnit; rank: number; current: number }> = []
    for (const row of ix().names) {
      const u = row.unit
      if (options?.level !== undefined && u.level !== options.level) continue
      if (date !== undefined && !u.isValidAt(date)) continue
      let rank: number
      if (digits && u.code === q) rank = 0
      else if (row.bare === q) rank = 0
      else if (row.full === q) rank = 1
      else if (row.bare.startsWith(q)) rank = 2
      else if (` ${row.full}`.includes(` ${q}`)) rank = 3
      else continue
      hits.push({ unit: u, rank, current: u.isValidAt(now) ? 0 : 1 })
    }
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        a.current - b.current ||
        levelRank[a.unit.level] - levelRank[b.unit.level] ||
        byCodeThenId(a.unit, b.unit)
    )
    return hits.slice(0, Math.max(0, limit)).map((h) => h.unit)
  }

  return {
    dataset,
    get,
    byCode,
    parentChain,
    successors,
    currentUnits,
    resolveAt,
    children,
    unitsAt,
    search
  }
}

/**
 * A {@link Geography} whose dataset is loaded on the first lookup, so that importing a module
 * that defines one costs nothing until it is used.
 *
 * @since 0.1.0
 */
export const suspend = (load: () => Dataset, options?: MakeOptions): Geography => {
  let inner: Geography | undefined
  const g = (): Geography => (inner ??= make(load(), options))
  return {
    get dataset() {
      return g().dataset
    },
    get: (id) => g().get(id),
    byCode: (code, asOf) => g().byCode(code, asOf),
    parentChain: (idOrCode, asOf) => g().parentChain(idOrCode, asOf),
    successors: (id) => g().successors(id),
    currentUnits: (id, asOf) => g().currentUnits(id, asOf),
    resolveAt: (id, level, asOf) => g().resolveAt(id, level, asOf),
    children: (id, asOf) => g().children(id, asOf),
    unitsAt: (level, asOf) => g().unitsAt(level, asOf),
    search: (text, options) => g().search(text, options)
  }
}
