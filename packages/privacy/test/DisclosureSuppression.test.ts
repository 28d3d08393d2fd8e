import { describe, expect, it } from "@effect/vitest"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as AttackerCheck from "../src/AttackerCheck.js"
import * as Disclosure from "../src/Disclosure.js"
import * as Suppression from "../src/Suppression.js"
import { cellOf, complement, oneWay, primary, suppressedCells, twoWay } from "./DisclosureFixtures.js"

const policy = Disclosure.defaultPolicy
const reasonOf = (kind: Disclosure.Kind, cell: Disclosure.Cell, p: Disclosure.Policy = policy) =>
  Option.getOrUndefined(Either.getOrThrow(Suppression.primaryReason(kind, cell, p)))

describe("Primary suppression of counts", () => {
  it("Yên Bằng, 2019Q3: 1 woman referred for HIV testing is hidden and shown as <5", () => {
    const cell = { key: { unit: "yen-bang", period: "2019Q3" }, value: 1 }
    expect(reasonOf("frequency", cell)).toBe("primary-frequency")
    expect(Suppression.primaryMark("frequency", "primary-frequency", policy)).toEqual(primary)
    expect(reasonOf("frequency", { ...cell, value: 5 })).toBeUndefined()
  })

  it("12 contacts (lượt) of 2 persons are hidden by the persons behind them", () => {
    expect(reasonOf("frequency", { key: {}, value: 12, frequency: 2 })).toBe("primary-frequency")
    expect(reasonOf("frequency", { key: {}, value: 12, frequency: 7 })).toBeUndefined()
  })

  it("zeros are shown unless the policy says a zero reveals something", () => {
    expect(reasonOf("frequency", { key: {}, value: 0 })).toBeUndefined()
    expect(reasonOf("frequency", { key: {}, value: 0 }, { ...policy, zeros: "suppress" })).toBe("primary-frequency")
  })

  it("shows x instead of <5 when asked", () => {
    expect(Suppression.primaryMark("frequency", "primary-frequency", { ...policy, showBelowThreshold: false }).display).toBe("x")
  })
})

describe("Primary suppression of amounts", () => {
  it("Hạ Long 2019: one karaoke bar paid 50 of the 60.8 million VND of fines → dominance flags the total", () => {
    const haLong = {
      key: { district: "ha-long" },
      value: 60_800_000,
      frequency: 14,
      contributions: [50_000_000, 1_500_000, 1_200_000]
    }
    expect(Suppression.dominates(haLong.contributions, haLong.value, { n: 1, k: 75 })).toBe(true)
    expect(reasonOf("magnitude", haLong)).toBe("primary-dominance")
    // Cẩm Phả: 45 million from 12 establishments, the largest 9 million
    expect(reasonOf("magnitude", { key: { district: "cam-pha" }, value: 45_000_000, frequency: 12, contributions: [9_000_000, 7_000_000, 5_000_000] })).toBeUndefined()
  })

  it("two establishments fined 40 and 20 million of 63.5: the second could estimate the first within 10% (p%)", () => {
    const cell = { key: {}, value: 63_500_000, frequency: 4, contributions: [40_000_000, 20_000_000, 2_000_000] }
    expect(Suppression.pPercentSensitive(cell.contributions, cell.value, 10)).toBe(true)
    expect(reasonOf("magnitude", cell, { ...policy, dominance: [] })).toBe("primary-p-percent")
  })

  it("an amount from 2 establishments is hidden, shown as x", () => {
    expect(reasonOf("magnitude", { key: {}, value: 9_000_000, frequency: 2, contributions: [6_000_000, 3_000_000] })).toBe("primary-frequency")
    expect(Suppression.primaryMark("magnitude", "primary-frequency", policy).display).toBe("x")
  })

  it("an amount without its contributors or largest contributions cannot be judged", () => {
    const table: Disclosure.Table = {
      id: "fines",
      measure: "fines",
      kind: "magnitude",
      dimensions: [Disclosure.categories("district", ["ha-long"])],
      cells: [{ key: { district: "ha-long" }, value: 60_800_000, frequency: 14 }]
    }
    const result = Suppression.primary(table, policy)
    expect(Either.isLeft(result) && result.left._tag).toBe("InvalidTable")
    expect(Either.isLeft(Suppression.primary({ ...table, cells: [{ key: { district: "ha-long" }, value: 1 }] }, policy))).toBe(true)
  })
})

// Persons referred for HIV testing, four communes of Nam Định by quarter of 2019.
const communes = ["quat-lam", "thinh-long", "yen-bang", "giao-phong"] as const
const quarters = ["Q1", "Q2", "Q3", "Q4"] as const
const referrals = [
  [3, 2, 20, 30],
  [9, 8, 25, 18],
  [22, 17, 4, 12],
  [15, 24, 13, 1]
]

describe("The attacker check and complementary suppression", () => {
  // Every row and every column has two suppressed cells, the pattern a "two per line" rule
  // accepts. By hand: row Yên Bằng gives Q3 + Q4 = 55 − 22 − 17 = 16, column Q4 gives
  // Yên Bằng Q4 + Giao Phong Q4 = 61 − 30 − 18 = 13, so Yên Bằng Q3 − Giao Phong Q4 = 3.
  // "<5" says Yên Bằng Q3 ≤ 4, and zeros are shown, so Giao Phong Q4 ≥ 1: Yên Bằng Q3 = 4 and
  // Giao Phong Q4 = 1, exactly.
  const handMarked = twoWay({
    id: "referrals-2019",
    measure: "referred_hiv_testing",
    rows: ["commune", communes],
    cols: ["quarter", quarters],
    values: referrals,
    marks: {
      "quat-lam/Q1": primary,
      "quat-lam/Q2": primary,
      "yen-bang/Q3": primary,
      "giao-phong/Q4": primary,
      "thinh-long/Q1": complement,
      "thinh-long/Q2": complement,
      "yen-bang/Q4": complement,
      "giao-phong/Q3": complement
    }
  })

  it.effect("finds the cells of a hand-checked 4×4 table that can be recomputed exactly", () =>
    Effect.gen(function* () {
      const { intervals, safe } = yield* AttackerCheck.check([handMarked], { policy })
      expect(safe).toBe(false)
      const at = (commune: string, quarter: string) => intervals.find((i) => i.key.commune === commune && i.key.quarter === quarter)!
      expect([at("yen-bang", "Q3").lower, at("yen-bang", "Q3").upper]).toEqual([4, 4])
      expect([at("giao-phong", "Q4").lower, at("giao-phong", "Q4").upper]).toEqual([1, 1])
      // the other two small cells are protected: anywhere in 1–4, as their label says
      expect([at("quat-lam", "Q1").lower, at("quat-lam", "Q1").upper, at("quat-lam", "Q1").safe]).toEqual([1, 4, true])
      expect(at("quat-lam", "Q2").safe).toBe(true)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("fixes it by suppressing more, keeping every small cell as <5", () =>
    Effect.gen(function* () {
      const result = yield* Disclosure.protect([handMarked], { policy })
      const table = result.tables[0]!
      expect(result.assessment?.safe).toBe(true)
      for (const i of result.assessment!.intervals) expect(i.upper - i.lower).toBeGreaterThanOrEqual(3)
      for (const [commune, quarter] of [["quat-lam", "Q1"], ["quat-lam", "Q2"], ["yen-bang", "Q3"], ["giao-phong", "Q4"]] as const) {
        const cell = cellOf(table, { commune, quarter })
        expect(cell.mark).toEqual(primary)
        expect(cell.value).toBeUndefined()
      }
      const hidden = suppressedCells(table)
      expect(hidden.length).toBeGreaterThan(8)
      // totals are kept
      expect(hidden.some((k) => k.includes("total"))).toBe(false)
      // and a second look finds nothing more to do
      const again = yield* AttackerCheck.check(
        [{ ...handMarked, cells: handMarked.cells.map((c, i) => ({ ...c, ...(table.cells[i]!.mark.status === "published" ? {} : { mark: table.cells[i]!.mark }) })) }],
        { policy }
      )
      expect(again.safe).toBe(true)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("protects an unmarked table from scratch, the same way", () =>
    Effect.gen(function* () {
      const plain = twoWay({ id: "referrals-2019", measure: "referred_hiv_testing", rows: ["commune", communes], cols: ["quarter", quarters], values: referrals })
      const result = yield* Disclosure.protect([plain], { policy })
      const table = result.tables[0]!
      expect(result.assessment?.safe).toBe(true)
      expect(cellOf(table, { commune: "giao-phong", quarter: "Q4" }).mark).toEqual(primary)
      expect(Disclosure.display(cellOf(table, { commune: "giao-phong", quarter: "Q4" }))).toBe("<5")
      expect(Disclosure.display(cellOf(table, { commune: "total", quarter: "total" }))).toBe("223")
      const secondary = table.cells.filter((c) => c.mark.reason === "secondary")
      expect(secondary.length).toBeGreaterThan(0)
      for (const c of secondary) expect(Disclosure.display(c)).toBe("x")
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("a small cell alone in its row is protected by the cheapest cell beside it, never the total", () =>
    Effect.gen(function* () {
      const table = oneWay({
        id: "contacts",
        measure: "outreach_contacts",
        dimension: Disclosure.categories("commune", ["quat-lam", "thinh-long", "yen-bang"], "giao-thuy"),
        values: { "quat-lam": 2, "thinh-long": 30, "yen-bang": 11, "giao-thuy": 43 }
      })
      const result = yield* Disclosure.protect([table], { policy })
      expect(suppressedCells(result.tables[0]!)).toEqual(["quat-lam", "yen-bang"])
      expect(cellOf(result.tables[0]!, { commune: "yen-bang" }).mark).toEqual(complement)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("distinct persons do not add up over quarters, so the year does not give a quarter away", () =>
    Effect.gen(function* () {
      const persons = (aggregation: Disclosure.Aggregation) =>
        oneWay({
          id: "persons",
          measure: "persons_reached",
          dimension: Disclosure.periods("period", ["2019Q1", "2019Q2", "2019Q3", "2019Q4", "2019"], aggregation),
          values: { "2019Q1": 3, "2019Q2": 10, "2019Q3": 12, "2019Q4": 9, "2019": aggregation === "sum" ? 34 : 25 }
        })
      const distinct = yield* Disclosure.protect([persons("distinct")], { policy })
      expect(suppressedCells(distinct.tables[0]!)).toEqual(["2019Q1"])
      const summed = yield* Disclosure.protect([persons("sum")], { policy })
      expect(suppressedCells(summed.tables[0]!)).toEqual(["2019Q1", "2019Q4"])
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it.effect("protects fines by district where one establishment pays most", () =>
    Effect.gen(function* () {
      const fines: Disclosure.Table = {
        id: "fines-2019",
        measure: "fines_vnd",
        kind: "magnitude",
        dimensions: [Disclosure.categories("district", ["ha-long", "cam-pha", "uong-bi"], "quang-ninh")],
        cells: [
          { key: { district: "ha-long" }, value: 60_800_000, frequency: 14, contributions: [50_000_000, 1_500_000, 1_200_000] },
          { key: { district: "cam-pha" }, value: 45_000_000, frequency: 12, contributions: [9_000_000, 7_000_000, 5_000_000] },
          { key: { district: "uong-bi" }, value: 30_000_000, frequency: 15, contributions: [4_000_000, 3_000_000, 3_000_000] },
          { key: { district: "quang-ninh" }, value: 135_800_000, frequency: 41, contributions: [50_000_000, 9_000_000, 7_000_000] }
        ]
      }
      const result = yield* Disclosure.protect([fines], { policy })
      const table = result.tables[0]!
      expect(cellOf(table, { district: "ha-long" }).mark).toEqual({ status: "suppressed", reason: "primary-dominance", display: "x" })
      expect(suppressedCells(table)).toEqual(["ha-long", "uong-bi"])
      const haLong = result.assessment!.intervals.find((i) => i.key.district === "ha-long")!
      // at least 10% of 60.8 million either way
      expect(haLong.upper - haLong.lower).toBeGreaterThanOrEqual(6_080_000)
    }).pipe(Effect.provide(AttackerCheck.layer))
  )

  it("refuses tables whose totals do not add up", () => {
    const table = oneWay({
      id: "contacts",
      measure: "outreach_contacts",
      dimension: Disclosure.categories("commune", ["quat-lam", "thinh-long"], "giao-thuy"),
      values: { "quat-lam": 2, "thinh-long": 30, "giao-thuy": 33 }
    })
    const result = Disclosure.validate(table)
    expect(Either.isLeft(result) && result.left.explain("en")).toBe(
      'Table "contacts", cell (commune=giao-thuy): the total along "commune" is not the sum of its parts'
    )
    expect(Either.isLeft(result) && result.left.explain("vi")).toBe(
      'Bảng "contacts", ô (commune=giao-thuy): tổng theo chiều "commune" không bằng tổng các phần'
    )
  })

  it("explains every mark in both languages", () => {
    expect(Disclosure.explain(primary, "en")).toBe("<5: Suppressed — Too few persons or contributors (below the minimum frequency)")
    expect(Disclosure.explain(complement, "vi")).toBe("x: Ẩn — Ẩn bổ sung để không thể tính ngược một ô đã ẩn từ các tổng")
    expect(Disclosure.explain({ status: "perturbed", reason: "cell-key" }, "en")).toContain("same cell always gets the same noise")
  })
})

describe("Dimensions", () => {
  it("periods nest months in quarters and quarters in the year, with every sibling declared", () => {
    const d = Disclosure.periods("period", ["2019M02"])
    expect(d.parents).toEqual({
      "2019M01": "2019Q1",
      "2019M02": "2019Q1",
      "2019M03": "2019Q1",
      "2019Q1": "2019",
      "2019Q2": "2019",
      "2019Q3": "2019",
      "2019Q4": "2019"
    })
    expect(Disclosure.periods("period", ["2019S1", "2019Q2"]).parents?.["2019Q2"]).toBe("2019S1")
    expect(() => Disclosure.periods("period", ["2016/2020"])).toThrow(TypeError)
  })

  it("units nest communes in their district and province as of a date, and refuse units no longer in force", () => {
    const quatLam = "14152@pre2025"
    const d = Either.getOrThrow(Disclosure.units("unit", vietnam, [quatLam], "2019-06-01", { total: "VN" }))
    expect(d.parents?.[quatLam]).toBe("365@pre2025")
    expect(d.parents?.["365@pre2025"]).toBe("36@pre2025")
    expect(d.parents?.["36@pre2025"]).toBe("VN")
    // every commune of Giao Thủy is declared, so the district total is the sum of them all
    const communes = vietnam.children("365@pre2025", "2019-06-01")
    expect(communes.every((c) => d.parents?.[c.id] === "365@pre2025")).toBe(true)
    const after = Disclosure.units("unit", vietnam, [quatLam], "2026-01-01")
    expect(Either.isLeft(after) && after.left._tag).toBe("UnknownAdminUnit")
  })
})
