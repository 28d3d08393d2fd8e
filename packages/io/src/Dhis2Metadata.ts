/**
 * Building and checking a {@link Dhis2.Mapping} from a DHIS2 instance's metadata export
 * (`/api/metadata.json` with its `dataElements`, `categoryCombos`, `categoryOptionCombos`,
 * `categories`, `categoryOptions`, `organisationUnits` and `dataSets`).
 *
 * {@link mappingFromMetadata} matches our indicators to data elements, our administrative
 * units to organisation units and our breakdowns to category option combos (and ADX
 * categories and options) — **by code first, then by name**, names folded the Vietnamese way
 * (case, tones and marks, đ/d, punctuation; "Tỉnh", "Thành phố", "Quận", "Huyện", "Xã",
 * "Phường"… before a unit's name do not count). A match must be unique; everything it could
 * not match, or could match more than one way, is listed in `unmatched` for a person to finish
 * (the list is also written into the mapping, where the exports ignore it). It takes the data
 * set's period type and each data element's value type and category option combos, and writes
 * codes where every matched object of a kind has one, else UIDs, declaring the schemes.
 *
 * {@link check} tells what a mapping would do: its id schemes, ids missing from the metadata,
 * category option combos that are not their data element's, periods of the wrong type, and —
 * given a report — the cells it does not cover, the values DHIS2 would refuse and the totals
 * left out.
 *
 * @example
 * ```ts
 * import { Dhis2Metadata } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 *
 * const built = Either.getOrThrow(Dhis2Metadata.mappingFromMetadata({ metadata: JSON.parse(text) }))
 * // built.mapping → mapping.json; built.unmatched → what a person must finish
 * ```
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import {
  Activity,
  AggregateQuery,
  Establishment,
  Finance,
  Group,
  Inspection,
  Label as Labels,
  Model,
  Person,
  ServiceEvent
} from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import { Catalogue } from "@pctnxh/indicators"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Dhis2 from "./Dhis2.js"
import * as Dhis2Period from "./Dhis2Period.js"
import { Dhis2MappingError } from "./IoError.js"

// ---------------------------------------------------------------------------------------------
// The metadata export
// ---------------------------------------------------------------------------------------------

const Ref = Schema.Struct({ id: Schema.String })
const Named = {
  id: Schema.String,
  code: Schema.optional(Schema.String),
  name: Schema.optional(Schema.String),
  shortName: Schema.optional(Schema.String)
}

/**
 * The parts of a DHIS2 metadata export the mapping is built from; other fields are ignored.
 *
 * @since 0.1.0
 */
export const Metadata = Schema.Struct({
  dataElements: Schema.optionalWith(
    Schema.Array(Schema.Struct({ ...Named, formName: Schema.optional(Schema.String), valueType: Schema.optional(Schema.String), categoryCombo: Schema.optional(Ref) })),
    { default: () => [] }
  ),
  categoryCombos: Schema.optionalWith(
    Schema.Array(Schema.Struct({ ...Named, categories: Schema.optional(Schema.Array(Ref)), categoryOptionCombos: Schema.optional(Schema.Array(Ref)) })),
    { default: () => [] }
  ),
  categoryOptionCombos: Schema.optionalWith(
    Schema.Array(Schema.Struct({ ...Named, categoryCombo: Schema.optional(Ref), categoryOptions: Schema.optional(Schema.Array(Ref)) })),
    { default: () => [] }
  ),
  categories: Schema.optionalWith(Schema.Array(Schema.Struct({ ...Named, categoryOptions: Schema.optional(Schema.Array(Ref)) })), { default: () => [] }),
  categoryOptions: Schema.optionalWith(Schema.Array(Schema.Struct(Named)), { default: () => [] }),
  organisationUnits: Schema.optionalWith(
    Schema.Array(Schema.Struct({ ...Named, level: Schema.optional(Schema.Number), parent: Schema.optional(Ref) })),
    { default: () => [] }
  ),
  dataSets: Schema.optionalWith(
    Schema.Array(
      Schema.Struct({
        ...Named,
        periodType: Schema.optional(Schema.String),
        categoryCombo: Schema.optional(Ref),
        dataSetElements: Schema.optional(Schema.Array(Schema.Struct({ dataElement: Ref, categoryCombo: Schema.optional(Ref) }))),
        organisationUnits: Schema.optional(Schema.Array(Ref))
      })
    ),
    { default: () => [] }
  )
}).annotations({ identifier: "Dhis2Metadata" })
/** @since 0.1.0 */
export type Metadata = typeof Metadata.Type

type Obj = { readonly id: string; readonly code?: string | undefined; readonly name?: string | undefined; readonly shortName?: string | undefined }

const t = (vi: string, en: string) => ({ vi, en })

/**
 * Reads a metadata export, or fails with the reason.
 *
 * @since 0.1.0
 */
export const decode = (input: unknown): Either.Either<Metadata, Dhis2MappingError> =>
  Either.mapLeft(
    Schema.decodeUnknownEither(Metadata)(input),
    () =>
      new Dhis2MappingError({
        field: "metadata",
        reason: t(
          "không phải bản xuất siêu dữ liệu DHIS2 (/api/metadata.json với dataElements, organisationUnits, categoryOptionCombos…)",
          "not a DHIS2 metadata export (/api/metadata.json with dataElements, organisationUnits, categoryOptionCombos…)"
        )
      })
  )

// ---------------------------------------------------------------------------------------------
// What we match
// ---------------------------------------------------------------------------------------------

/**
 * An indicator to match: its code and names.
 *
 * @since 0.1.0
 */
export interface IndicatorToMatch {
  readonly code: string
  readonly name: Label.Label
}

/**
 * An administrative unit to match: its id, official code, name and level.
 *
 * @since 0.1.0
 */
export interface UnitToMatch {
  readonly id: string
  readonly code: string
  readonly name: string
  readonly level: string
  readonly parentId?: string | undefined
}

/**
 * The breakdowns to match: attribute → its names, and its values with their names.
 *
 * @since 0.1.0
 */
export type Breakdowns = Readonly<Record<string, { readonly name: Label.Label; readonly values: Readonly<Record<string, Label.Label>> }>>

const vocabularies: Readonly<Record<string, { readonly labels: Readonly<Record<string, Label.Label>> }>> = {
  sex: Person.Sex,
  ageBand: Person.AgeBand,
  residence: Person.ResidenceStatus,
  population: Person.PopulationCategory,
  service: ServiceEvent.ServiceType,
  channel: ServiceEvent.Channel,
  referralOutcome: ServiceEvent.ReferralOutcome,
  modelType: Model.ModelType,
  activityType: Activity.ActivityType,
  audience: Activity.ActivityAudience,
  establishmentType: Establishment.EstablishmentType,
  outcome: Inspection.InspectionOutcome,
  category: Finance.ExpenseCategory,
  fundingSource: Finance.FundingSource,
  groupKind: Group.GroupKind
}

/**
 * The breakdowns of every attribute with a vocabulary, with their Vietnamese and English names.
 *
 * @since 0.1.0
 */
export const standardBreakdowns: Breakdowns = Object.fromEntries(
  Object.entries(vocabularies).map(([attribute, v]) => [
    attribute,
    { name: AggregateQuery.Attribute.is(attribute) ? AggregateQuery.Attribute.label(attribute) : { vi: attribute, en: attribute }, values: v.labels }
  ])
)

/**
 * Options of {@link mappingFromMetadata}.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The metadata export, as parsed JSON. */
  readonly metadata: unknown
  /** The indicators to match (the standard catalogue by default). */
  readonly indicators?: ReadonlyArray<IndicatorToMatch> | undefined
  /** The units to match (Vietnam's provinces, districts and communes in force on `asOf` by default). */
  readonly units?: ReadonlyArray<UnitToMatch> | undefined
  /** The breakdowns to match ({@link standardBreakdowns} by default). */
  readonly breakdowns?: Breakdowns | undefined
  /** The unit of the report's total: its organisation unit becomes `"*"` (the root organisation unit by default). */
  readonly scope?: string | null | undefined
  /** The data set (its code, UID or name), when the export has several. */
  readonly dataSet?: string | undefined
  /** Write UIDs or codes; by default codes where every matched object of a kind has one. */
  readonly ids?: Dhis2.IdScheme | undefined
  /** The date the default units are taken at (today by default). */
  readonly asOf?: string | undefined
}

/**
 * One match, for a person to review.
 *
 * @since 0.1.0
 */
export interface Match {
  readonly ours: string
  readonly dhis2: string
  readonly name: string
  readonly by: "code" | "name"
}

/**
 * What could not be matched, for a person to finish.
 *
 * @since 0.1.0
 */
export interface Unmatched {
  /** Data elements of the data set no indicator matched: `id code "name"`. */
  readonly dataElements: ReadonlyArray<string>
  /** Organisation units no unit matched. */
  readonly orgUnits: ReadonlyArray<string>
  /** Category option combos of matched data elements no breakdown matched. */
  readonly categoryOptionCombos: ReadonlyArray<string>
  /** Matches that were not unique: what, and the candidates. */
  readonly ambiguous: ReadonlyArray<string>
}

/**
 * A mapping built from metadata, with what was matched and what was not.
 *
 * @since 0.1.0
 */
export interface Built {
  readonly mapping: Dhis2.Mapping
  readonly matched: { readonly dataElements: ReadonlyArray<Match>; readonly orgUnits: ReadonlyArray<Match>; readonly categoryOptionCombos: ReadonlyArray<Match> }
  readonly unmatched: Unmatched
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

const fold = Labels.fold
const UNIT_PREFIX = /^(tinh|thanh pho|tp|quan|huyen|thi xa|tx|thi tran|tt|xa|phuong|dac khu) /

/** A unit's name without its kind: "Thành phố Hải Phòng" → "hai phong". */
const bare = (name: string): string => {
  let f = fold(name)
  for (let i = 0; i < 2; i++) f = f.replace(UNIT_PREFIX, "")
  return f
}

const describe = (o: Obj): string => `${o.id}${o.code === undefined ? "" : ` ${o.code}`} "${o.name ?? ""}"`

/**
 * Pairs our items with DHIS2 objects: each object's candidates by code, else by name; a pair
 * is kept only when it is the object's one candidate and the item's one object.
 */
const pair = <I extends { readonly key: string }>(
  items: ReadonlyArray<I>,
  objects: ReadonlyArray<Obj>,
  byCode: (o: Obj) => ReadonlyArray<I>,
  byName: (o: Obj) => ReadonlyArray<I>
): { matched: Array<{ item: I; object: Obj; by: "code" | "name" }>; unmatched: Array<Obj>; ambiguous: Array<string> } => {
  const proposals: Array<{ item: I; object: Obj; by: "code" | "name" }> = []
  const unmatched: Array<Obj> = []
  const ambiguous: Array<string> = []
  for (const o of objects) {
    const codes = [...new Set(byCode(o))]
    const names = codes.length === 0 ? [...new Set(byName(o))] : []
    const found = codes.length > 0 ? codes : names
    if (found.length === 1) proposals.push({ item: found[0]!, object: o, by: codes.length > 0 ? "code" : "name" })
    else if (found.length === 0) unmatched.push(o)
    else ambiguous.push(`${describe(o)}: ${found.map((i) => i.key).join(", ")}`)
  }
  const byItem = new Map<string, Array<{ item: I; object: Obj; by: "code" | "name" }>>()
  for (const p of proposals) byItem.set(p.item.key, [...(byItem.get(p.item.key) ?? []), p])
  const matched: Array<{ item: I; object: Obj; by: "code" | "name" }> = []
  for (const [key, list] of byItem) {
    const best = list.some((p) => p.by === "code") ? list.filter((p) => p.by === "code") : list
    if (best.length === 1) matched.push(best[0]!)
    else ambiguous.push(`${key}: ${best.map((p) => describe(p.object)).join(", ")}`)
  }
  return { matched, unmatched, ambiguous }
}

const index = <T>(list: ReadonlyArray<T>, key: (t: T) => ReadonlyArray<string>): Map<string, Array<T>> => {
  const out = new Map<string, Array<T>>()
  for (const item of list) for (const k of new Set(key(item))) if (k !== "") out.set(k, [...(out.get(k) ?? []), item])
  return out
}

const namesOf = (o: Obj & { readonly formName?: string | undefined }): Array<string> =>
  [o.name, o.shortName, o.formName].filter((n): n is string => n !== undefined).map(fold)

const defaultUnits = (asOf: string): ReadonlyArray<UnitToMatch> =>
  (["province", "district", "commune"] as const).flatMap((level) =>
    vietnam.unitsAt(level, asOf).map((u) => ({ id: u.id, code: u.code, name: u.name, level: u.level, parentId: u.parentId }))
  )

/**
 * Builds a mapping from a DHIS2 metadata export (see the module).
 *
 * @since 0.1.0
 */
export const mappingFromMetadata = (options: Options): Either.Either<Built, Dhis2MappingError> =>
  Either.gen(function* () {
    const md = yield* decode(options.metadata)
    const asOf = options.asOf ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

    // the data set, and the objects it limits the match to
    let dataSet = md.dataSets.length === 1 ? md.dataSets[0] : undefined
    if (options.dataSet !== undefined) {
      const wanted = options.dataSet
      dataSet = md.dataSets.find((d) => d.id === wanted || d.code === wanted || fold(d.name ?? "") === fold(wanted))
      if (dataSet === undefined) {
        return yield* Either.left(new Dhis2MappingError({ field: "dataSet", reason: t("không có bộ dữ liệu này trong siêu dữ liệu", "no such data set in the metadata"), examples: md.dataSets.map(describe) }))
      }
    } else if (md.dataSets.length > 1) {
      return yield* Either.left(
        new Dhis2MappingError({ field: "dataSet", reason: t("siêu dữ liệu có nhiều bộ dữ liệu; hãy chọn một", "the metadata has several data sets; choose one"), examples: md.dataSets.map(describe) })
      )
    }
    const inSet = dataSet?.dataSetElements === undefined ? undefined : new Set(dataSet.dataSetElements.map((e) => e.dataElement.id))
    const setCombo = new Map((dataSet?.dataSetElements ?? []).flatMap((e) => (e.categoryCombo === undefined ? [] : [[e.dataElement.id, e.categoryCombo.id] as const])))
    const dataElements = md.dataElements.filter((d) => inSet === undefined || inSet.has(d.id))
    const ouInSet = dataSet?.organisationUnits === undefined || dataSet.organisationUnits.length === 0 ? undefined : new Set(dataSet.organisationUnits.map((o) => o.id))
    const orgUnits = md.organisationUnits.filter((o) => ouInSet === undefined || ouInSet.has(o.id))

    // indicators ↔ data elements
    const indicators = (options.indicators ?? Catalogue.standard.indicators.map((i) => ({ code: i.code, name: i.name }))).map((i) => ({ ...i, key: i.code }))
    const indByCode = index(indicators, (i) => [fold(i.code)])
    const indByName = index(indicators, (i) => [fold(i.name.vi), fold(i.name.en)])
    const des = pair(
      indicators,
      dataElements,
      (o) => {
        if (o.code === undefined) return []
        const c = fold(o.code)
        const exact = indByCode.get(c) ?? []
        if (exact.length > 0) return exact
        // a prefixed code: PCTNXH_CONTACTS
        return indicators.filter((i) => c.endsWith(` ${fold(i.code)}`))
      },
      (o) => namesOf(o).flatMap((n) => indByName.get(n) ?? [])
    )

    // units ↔ organisation units
    const units = (options.units ?? defaultUnits(asOf)).map((u) => ({ ...u, key: u.id }))
    const unitByCode = index(units, (u) => [u.code, u.id])
    const unitByName = index(units, (u) => [bare(u.name)])
    const ouById = new Map(md.organisationUnits.map((o) => [o.id, o]))
    const root = md.organisationUnits.filter((o) => o.parent === undefined || !ouById.has(o.parent.id))
    const ous = pair(
      units,
      orgUnits.filter((o) => !(options.scope === undefined || options.scope === null ? root.includes(o) : false)),
      (o) => {
        if (o.code === undefined) return []
        const exact = unitByCode.get(o.code) ?? []
        if (exact.length > 0) return exact
        const digits = /^[A-Za-z_.-]*?(\d{2}|\d{3}|\d{5})$/.exec(o.code)?.[1]
        return digits === undefined ? [] : (unitByCode.get(digits) ?? [])
      },
      (o) => {
        const found = [...new Set(namesOf(o).map(bare).flatMap((n) => unitByName.get(n) ?? []))]
        const ou = o as (typeof md.organisationUnits)[number]
        // a province sits one level below the country: keep units at the organisation unit's depth
        const parentIsRoot = ou.parent !== undefined && root.some((r) => r.id === ou.parent!.id)
        const rank = ou.level !== undefined ? ou.level - 1 : parentIsRoot ? 1 : undefined
        const RANK: Record<string, number> = { province: 1, district: 2, commune: 3 }
        const atDepth = rank === undefined ? found : found.filter((u) => RANK[u.level] === rank || (rank === 2 && u.level === "commune" && !units.some((x) => x.level === "district")))
        if (atDepth.length <= 1) return atDepth
        // several units of that name: the ones under the organisation unit's parent
        const parent = ou.parent === undefined ? undefined : ouById.get(ou.parent.id)
        const parentNames = parent === undefined ? [] : namesOf(parent).map(bare)
        const under = atDepth.filter((u) => u.parentId !== undefined && units.some((p) => p.id === u.parentId && parentNames.includes(bare(p.name))))
        return under.length > 0 ? under : atDepth
      }
    )

    // breakdowns ↔ categories, options and combos
    const breakdowns = options.breakdowns ?? standardBreakdowns
    const optionById = new Map(md.categoryOptions.map((o) => [o.id, o]))
    const attributeOf = (c: Obj): string | undefined => {
      const names = [...namesOf(c), ...(c.code === undefined ? [] : [fold(c.code)])]
      const found = Object.entries(breakdowns).filter(([a, b]) => names.includes(fold(a)) || names.includes(fold(b.name.vi)) || names.includes(fold(b.name.en)))
      return found.length === 1 ? found[0]![0] : undefined
    }
    const valueOf = (attribute: string, o: Obj): string | undefined => {
      const names = [...namesOf(o), ...(o.code === undefined ? [] : [fold(o.code)])]
      const found = Object.entries(breakdowns[attribute]?.values ?? {}).filter(([v, l]) => names.includes(fold(v)) || names.includes(fold(l.vi)) || names.includes(fold(l.en)))
      return found.length === 1 ? found[0]![0] : undefined
    }
    const categories: Record<string, { category: Obj; options: Record<string, Obj> }> = {}
    for (const c of md.categories) {
      if (c.name === "default") continue
      const attribute = attributeOf(c)
      if (attribute === undefined) continue
      const options: Record<string, Obj> = {}
      for (const ref of c.categoryOptions ?? []) {
        const o = optionById.get(ref.id)
        const value = o === undefined ? undefined : valueOf(attribute, o)
        if (o !== undefined && value !== undefined) options[value] = o
      }
      categories[attribute] = { category: c, options }
    }
    const comboOfCoc = new Map(md.categoryOptionCombos.flatMap((c) => (c.categoryCombo === undefined ? [] : [[c.id, c.categoryCombo.id] as const])))
    for (const combo of md.categoryCombos) for (const ref of combo.categoryOptionCombos ?? []) comboOfCoc.set(ref.id, combo.id)
    /** The breakdown key of a category option combo, from its options (or else its name's parts). */
    const keyOf = (coc: (typeof md.categoryOptionCombos)[number]): string | undefined => {
      const parts: Record<string, string> = {}
      const options = (coc.categoryOptions ?? []).map((r) => optionById.get(r.id)).filter((o): o is Obj => o !== undefined)
      const list = options.length > 0 ? options : (coc.name ?? "").split(/,\s*/).map((name, i) => ({ id: `${coc.id}#${i}`, name }))
      for (const o of list) {
        const hits = Object.keys(breakdowns).flatMap((a) => {
          const v = valueOf(a, o)
          const category = md.categories.find((c) => (c.categoryOptions ?? []).some((r) => r.id === o.id))
          return v !== undefined && (category === undefined || attributeOf(category) === a) ? [[a, v] as const] : []
        })
        if (hits.length !== 1) return undefined
        parts[hits[0]![0]] = hits[0]![1]
      }
      const keys = Object.keys(parts).sort()
      return keys.length === 0 ? undefined : keys.map((k) => `${k}=${parts[k]}`).join(";")
    }

    // ids: codes where every matched object of the kind has one
    const scheme = (objects: ReadonlyArray<Obj>): Dhis2.IdScheme => options.ids ?? (objects.every((o) => o.code !== undefined && o.code.trim() !== "") ? "CODE" : "UID")
    const idOf = (o: Obj, s: Dhis2.IdScheme): string => (s === "CODE" ? o.code!.trim() : o.id)

    const deScheme = scheme(des.matched.map((m) => m.object))
    const ouRoot = options.scope === undefined || options.scope === null ? root[0] : undefined
    const scopeMatch = options.scope === undefined || options.scope === null ? undefined : ous.matched.find((m) => m.item.id === options.scope)
    const ouScheme = scheme([...ous.matched.map((m) => m.object), ...(ouRoot === undefined ? [] : [ouRoot])])

    const cocMatches: Array<Match> = []
    const cocUnmatched: Array<string> = []
    const perDe: Record<string, Record<string, Obj>> = {}
    for (const m of des.matched) {
      const de = md.dataElements.find((d) => d.id === m.object.id)!
      const comboId = setCombo.get(de.id) ?? de.categoryCombo?.id
      const combo = md.categoryCombos.find((c) => c.id === comboId)
      if (combo === undefined || combo.name === "default" || comboId === "bjDvmb4bfuf") continue
      const cocs = md.categoryOptionCombos.filter((c) => comboOfCoc.get(c.id) === combo.id)
      const found: Record<string, Obj> = {}
      for (const coc of cocs) {
        const key = keyOf(coc)
        if (key === undefined || found[key] !== undefined) cocUnmatched.push(`${m.item.code}: ${describe(coc)}`)
        else {
          found[key] = coc
          cocMatches.push({ ours: `${m.item.code} ${key}`, dhis2: coc.id, name: coc.name ?? "", by: "name" })
        }
      }
      perDe[m.item.code] = found
    }
    const cocScheme = scheme(Object.values(perDe).flatMap((r) => Object.values(r)))
    const catScheme = scheme(Object.values(categories).map((c) => c.category))
    const optScheme = scheme(Object.values(categories).flatMap((c) => Object.values(c.options)))
    const dsScheme = dataSet === undefined ? undefined : scheme([dataSet])

    const valueTypes = new Map(md.dataElements.map((d) => [d.id, d.valueType]))
    const mapping: Dhis2.Mapping = {
      ...(dataSet === undefined ? {} : { dataSet: idOf(dataSet, dsScheme!) }),
      ...(dataSet?.periodType !== undefined && isPeriodType(dataSet.periodType) ? { periodType: dataSet.periodType } : {}),
      idSchemes: {
        dataElement: deScheme,
        orgUnit: ouScheme,
        categoryOptionCombo: cocScheme,
        ...(dsScheme === undefined ? {} : { dataSet: dsScheme }),
        category: catScheme,
        categoryOption: optScheme
      },
      dataElements: Object.fromEntries(
        des.matched.map((m) => {
          const cocs = perDe[m.item.code]
          const valueType = valueTypes.get(m.object.id)
          return [
            m.item.code,
            {
              id: idOf(m.object, deScheme),
              ...(valueType === undefined ? {} : { valueType }),
              ...(cocs === undefined ? {} : { categoryOptionCombos: Object.fromEntries(Object.entries(cocs).map(([k, o]) => [k, idOf(o, cocScheme)])) })
            }
          ]
        })
      ),
      orgUnits: {
        ...(ouRoot === undefined ? {} : { "*": idOf(ouRoot, ouScheme) }),
        ...(scopeMatch === undefined ? {} : { "*": idOf(scopeMatch.object, ouScheme) }),
        ...Object.fromEntries(ous.matched.map((m) => [m.item.id, idOf(m.object, ouScheme)]))
      },
      categories: Object.fromEntries(
        Object.entries(categories)
          .filter(([, c]) => Object.keys(c.options).length > 0)
          .map(([a, c]) => [a, { category: idOf(c.category, catScheme), options: Object.fromEntries(Object.entries(c.options).map(([v, o]) => [v, idOf(o, optScheme)])) }])
      )
    }
    return {
      mapping,
      matched: {
        dataElements: des.matched.map((m) => ({ ours: m.item.code, dhis2: m.object.id, name: m.object.name ?? "", by: m.by })),
        orgUnits: ous.matched.map((m) => ({ ours: m.item.id, dhis2: m.object.id, name: m.object.name ?? "", by: m.by })),
        categoryOptionCombos: cocMatches
      },
      unmatched: {
        dataElements: des.unmatched.map(describe),
        orgUnits: ous.unmatched.map(describe),
        categoryOptionCombos: cocUnmatched,
        ambiguous: [...des.ambiguous, ...ous.ambiguous]
      }
    }
  })

const isPeriodType = (s: string): s is NonNullable<Dhis2.Mapping["periodType"]> => (Dhis2Period.periodTypes as ReadonlyArray<string>).includes(s)

// ---------------------------------------------------------------------------------------------
// Checking
// ---------------------------------------------------------------------------------------------

/**
 * A finding of {@link check}: what, and how serious.
 *
 * @since 0.1.0
 */
export interface Finding {
  readonly level: "error" | "warning"
  readonly field: string
  readonly reason: Label.Label
}

/**
 * What {@link check} found.
 *
 * @since 0.1.0
 */
export interface Checked {
  readonly schemes: Dhis2.Schemes
  readonly findings: ReadonlyArray<Finding>
  /** With a report: the values each export would send. */
  readonly sent?: number | undefined
}

/**
 * Checks a mapping: its id schemes and periods, against a metadata export (ids that do not
 * exist, category option combos of another category combo, data elements outside the data
 * set, the data set's period type) and against a report (cells not covered, values DHIS2
 * would refuse, totals left out, warnings of the export).
 *
 * @since 0.1.0
 */
export const check = (mapping: Dhis2.Mapping, against: { readonly metadata?: unknown; readonly report?: Dhis2.Input } = {}): Either.Either<Checked, Dhis2MappingError> =>
  Either.gen(function* () {
    const schemes = yield* Dhis2.schemesOf(mapping)
    const findings: Array<Finding> = []
    const error = (field: string, reason: Label.Label) => findings.push({ level: "error", field, reason })
    const warning = (field: string, reason: Label.Label) => findings.push({ level: "warning", field, reason })
    if (mapping.orgUnits["*"] === undefined) warning("orgUnits", t('không có "*": cột tổng của báo cáo không được gửi', 'no "*": the report\'s total is not sent'))
    if (against.metadata !== undefined) {
      const md = yield* decode(against.metadata)
      const find = <O extends Obj>(list: ReadonlyArray<O>, id: string, s: Dhis2.IdScheme | undefined): O | undefined =>
        list.find((o) => (s === "CODE" ? o.code === id : o.id === id))
      const des = new Map<string, (typeof md.dataElements)[number]>()
      for (const [indicator, target] of Object.entries(mapping.dataElements)) {
        const tg = typeof target === "string" ? { id: target } : target
        const de = find(md.dataElements, tg.id, schemes.dataElement)
        if (de === undefined) {
          error(`dataElements.${indicator}`, t(`không có phần tử dữ liệu "${tg.id}" trong siêu dữ liệu`, `no data element "${tg.id}" in the metadata`))
          continue
        }
        des.set(indicator, de)
        if ("valueType" in tg && tg.valueType !== undefined && de.valueType !== undefined && tg.valueType !== de.valueType) {
          error(`dataElements.${indicator}.valueType`, t(`ánh xạ ghi ${tg.valueType}, DHIS2 ghi ${de.valueType}`, `the mapping says ${tg.valueType}, DHIS2 says ${de.valueType}`))
        }
        for (const [key, coc] of Object.entries(("categoryOptionCombos" in tg ? tg.categoryOptionCombos : undefined) ?? {})) {
          const c = find(md.categoryOptionCombos, coc, schemes.categoryOptionCombo)
          if (c === undefined) error(`dataElements.${indicator}.categoryOptionCombos.${key}`, t(`không có nhóm phân tổ "${coc}"`, `no category option combo "${coc}"`))
          else if (c.categoryCombo !== undefined && de.categoryCombo !== undefined && c.categoryCombo.id !== de.categoryCombo.id) {
            error(`dataElements.${indicator}.categoryOptionCombos.${key}`, t(`"${coc}" không thuộc nhóm danh mục của phần tử dữ liệu; DHIS2 sẽ từ chối`, `"${coc}" is not of the data element's category combo; DHIS2 would refuse it`))
          }
        }
      }
      for (const [unit, ou] of Object.entries(mapping.orgUnits)) {
        if (find(md.organisationUnits, ou, schemes.orgUnit) === undefined) error(`orgUnits.${unit}`, t(`không có đơn vị tổ chức "${ou}"`, `no organisation unit "${ou}"`))
      }
      for (const [key, coc] of Object.entries(mapping.categoryOptionCombos ?? {})) {
        if (find(md.categoryOptionCombos, coc, schemes.categoryOptionCombo) === undefined) error(`categoryOptionCombos.${key}`, t(`không có nhóm phân tổ "${coc}"`, `no category option combo "${coc}"`))
      }
      if (mapping.dataSet !== undefined) {
        const ds = find(md.dataSets, mapping.dataSet, schemes.dataSet)
        if (ds === undefined) error("dataSet", t(`không có bộ dữ liệu "${mapping.dataSet}"`, `no data set "${mapping.dataSet}"`))
        else {
          const members = new Set((ds.dataSetElements ?? []).map((e) => e.dataElement.id))
          for (const [indicator, de] of des) {
            if (ds.dataSetElements !== undefined && !members.has(de.id)) warning(`dataElements.${indicator}`, t("phần tử dữ liệu không thuộc bộ dữ liệu", "the data element is not in the data set"))
          }
          if (ds.periodType !== undefined && mapping.periodType !== undefined && ds.periodType !== mapping.periodType) {
            error("periodType", t(`bộ dữ liệu có loại kỳ ${ds.periodType}`, `the data set's period type is ${ds.periodType}`))
          }
        }
      }
    }
    let sent: number | undefined
    if (against.report !== undefined) {
      const plan = Dhis2.plan(against.report, mapping, { unmapped: "skip", invalidValues: "skip" })
      if (Either.isLeft(plan)) {
        const e = plan.left
        error("report", { vi: e.explain("vi"), en: e.explain("en") })
      } else {
        const p = plan.right
        sent = p.sent
        for (const m of p.unmapped) error("report", t(`chưa có mã cho ${m}`, `no code for ${m}`))
        for (const v of p.invalid) error("report", t(`${v.indicator} ${v.period} ${v.unit} ${v.breakdown}: ${v.reason.vi}`, `${v.indicator} ${v.period} ${v.unit} ${v.breakdown}: ${v.reason.en}`))
        if (p.omitted.totals > 0) warning("report", t(`${p.omitted.totals} ô tổng không được gửi vì các phần phân tổ được gửi`, `${p.omitted.totals} totals are not sent because their breakdowns are`))
        for (const w of p.warnings) warning("report", t(`${w.cell.indicator} ${w.cell.period} ${w.cell.unit} ${w.cell.breakdown}: ${w.reason.vi}`, `${w.cell.indicator} ${w.cell.period} ${w.cell.unit} ${w.cell.breakdown}: ${w.reason.en}`))
      }
    }
    return { schemes, findings, sent }
  })
