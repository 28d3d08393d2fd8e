/**
 * The compact encoding of a geography dataset, as written by `scripts/build-geography.ts`.
 *
 * - `types` is a table of unit types ("Tỉnh", "Quận", "Xã"…); a unit row stores the index of its
 *   type and its name without it.
 * - each version lists its units per level as rows `[code, type, name, parentCode, successors?]`,
 *   where `parentCode` is the code of the parent in the same version ("" for a province) and
 *   `successors` is a string of codes in the next version separated by spaces, a trailing `*`
 *   marking a successor that received only part of the unit.
 * - `legalBasis` is a table of legal acts; versions and successions refer to them by id. The
 *   successions into a version rest on its `predecessorBasis`, by level of the old unit.
 *
 * @internal
 */
import * as Schema from "effect/Schema"
import { AdminUnit, LegalBasis, Successor } from "../../AdminUnit.js"
import type { AdminLevel } from "../../AdminUnit.js"
import { Text } from "../../CoreError.js"
import { Correction, Dataset, DatasetVersion, DataSource } from "../../Geography.js"
import { IsoDate } from "../../Time.js"

// rows are checked by hand in `decode`: a schema over 14,000 tuples costs more than the rest
const Rows = Schema.Array(Schema.Array(Schema.Unknown))
const Ids = Schema.Array(Schema.String)
const Counts = Schema.Struct({ province: Schema.Int, district: Schema.Int, commune: Schema.Int })

const CompactVersion = Schema.Struct({
  id: Schema.String,
  validFrom: Schema.optional(IsoDate),
  validTo: Schema.optional(IsoDate),
  label: Text,
  legalBasis: Ids,
  predecessorBasis: Schema.optional(Schema.Struct({ province: Ids, district: Ids, commune: Ids })),
  source: Ids,
  counts: Counts,
  units: Schema.Struct({ province: Rows, district: Rows, commune: Rows })
})

/**
 * The shape of a compact dataset file.
 *
 * @internal
 */
export const CompactFile = Schema.Struct({
  format: Schema.Literal(1),
  country: Schema.String,
  sources: Schema.Array(
    Schema.Struct({
      package: Schema.String,
      version: Schema.String,
      licence: Schema.String,
      repository: Schema.String,
      use: Text
    })
  ),
  legalBasis: Schema.Array(Schema.Struct({ id: Schema.String, vi: Schema.String, en: Schema.String })),
  types: Schema.Array(Schema.String),
  versions: Schema.Array(CompactVersion),
  corrections: Schema.Array(Schema.Struct(Correction.fields))
})

const LEVELS = ["province", "district", "commune"] as const satisfies ReadonlyArray<AdminLevel>
const CODE = /^(\d{2}|\d{3}|\d{5})$/
const NONE: ReadonlyArray<Successor> = Object.freeze([])

const decodeFile = Schema.decodeUnknownSync(CompactFile)

/**
 * Makes a class instance from props checked here, as the class constructor with validation
 * disabled would (the classes have no defaults to merge), without its per-call cost.
 */
const unchecked = <A extends object>(proto: { readonly prototype: A }, props: object): A =>
  Object.assign(Object.create(proto.prototype) as A, props)

/**
 * Decodes compact JSON text into a {@link Dataset}. Throws when the text is not a well-formed
 * dataset (a unit without its parent, a successor that does not exist…): a broken data file is a
 * defect, not a runtime condition.
 *
 * @internal
 */
export const decode = (text: string): Dataset => {
  const file = decodeFile(JSON.parse(text))
  const legal = new Map(file.legalBasis.map((l) => [l.id, new LegalBasis(l, true)]))
  const basis = (ids: ReadonlyArray<string>): ReadonlyArray<LegalBasis> =>
    ids.map((id) => {
      const found = legal.get(id)
      if (found === undefined) throw new Error(`geography data: unknown legal basis ${id}`)
      return found
    })
  const typeOf = (i: number): string => {
    const t = file.types[i]
    if (t === undefined) throw new Error(`geography data: unknown unit type ${i}`)
    return t
  }

  const units: Array<AdminUnit> = []
  const ids = new Set<string>()
  const pending: Array<string> = []
  file.versions.forEach((v, index) => {
    const next = file.versions[index + 1]
    for (const level of LEVELS) {
      const successorBasis = next?.predecessorBasis === undefined ? [] : basis(next.predecessorBasis[level])
      for (const row of v.units[level]) {
        const [code, type, bare, parent, successors] = row
        if (
          typeof code !== "string" ||
          !CODE.test(code) ||
          typeof type !== "number" ||
          typeof bare !== "string" ||
          bare === "" ||
          typeof parent !== "string" ||
          (successors !== undefined && typeof successors !== "string") ||
          row.length > 5
        ) {
          throw new Error(`geography data: malformed ${level} row ${JSON.stringify(row)} in version ${v.id}`)
        }
        const id = `${code}@${v.id}`
        let succ = NONE
        if (successors !== undefined && successors !== "") {
          if (next === undefined) throw new Error(`geography data: ${id} has successors but no later version`)
          succ = successors.split(" ").map((s) => {
            const partial = s.endsWith("*")
            const to = `${partial ? s.slice(0, -1) : s}@${next.id}`
            pending.push(to)
            return unchecked(Successor, { id: to, portion: partial ? "partial" : "whole", legalBasis: successorBasis })
          })
        }
        if (parent !== "") pending.push(`${parent}@${v.id}`)
        const props: Record<string, unknown> = { id, code, name: `${typeOf(type)} ${bare}`, level }
        if (parent !== "") props["parentId"] = `${parent}@${v.id}`
        if (v.validFrom !== undefined) props["validFrom"] = v.validFrom
        if (v.validTo !== undefined) props["validTo"] = v.validTo
        props["successors"] = succ
        props["source"] = v.source
        units.push(unchecked(AdminUnit, props))
        ids.add(id)
      }
    }
  })
  for (const id of pending) if (!ids.has(id)) throw new Error(`geography data: ${id} is referred to but not defined`)

  return new Dataset(
    {
      country: file.country,
      source: file.sources.map((s) => new DataSource(s, true)),
      versions: file.versions.map(
        (v) =>
          new DatasetVersion(
            {
              id: v.id,
              ...(v.validFrom === undefined ? {} : { validFrom: v.validFrom }),
              ...(v.validTo === undefined ? {} : { validTo: v.validTo }),
              label: v.label,
              legalBasis: basis(v.legalBasis),
              source: v.source,
              counts: v.counts
            },
            true
          )
      ),
      corrections: file.corrections.map((c) => new Correction(c, true)),
      units
    },
    true
  )
}
