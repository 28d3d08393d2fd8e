import { SheetValue, Mapping } from "@pctnxh/io"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"

const right = <A>(r: SheetValue.Read<A>) => (Either.isRight(r) ? r.right : `✗ ${r.left.en}`)

describe("Vietnamese numbers", () => {
  it.each([
    ["2.609", 2609],
    ["2609", 2609],
    ["135,8", 135.8],
    ["135.8", 135.8],
    ["1.234.567", 1_234_567],
    ["1.234.567,5", 1_234_567.5],
    ["1,234,567.5", 1_234_567.5],
    ["1,234,567", 1_234_567],
    ["2,609", 2.609],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["135.800", 135_800],
    ["1 234 567", 1_234_567],
    ["1\u00a0234", 1234],
    ["-12,5", -12.5],
    [2609, 2609]
  ])("%s → %s", (text, n) => {
    expect(right(SheetValue.number(text))).toBe(n)
  })

  it.each(["12.34.567", "1.234,56,7", "abc", "12a", "", "1,2.3,4"])("%s is refused with a hint, not the value", (text) => {
    const r = SheetValue.number(text)
    expect(Either.isLeft(r)).toBe(true)
    if (Either.isLeft(r) && text !== "") expect(r.left.en).not.toContain(text)
  })

  it("whole numbers refuse fractions and negatives", () => {
    expect(right(SheetValue.integer("2.609"))).toBe(2609)
    expect(right(SheetValue.integer("20,5"))).toBe("✗ must be a whole number")
    expect(right(SheetValue.integer("-3"))).toBe("✗ must not be negative")
  })
})

describe("money in whole đồng", () => {
  it.each([
    ["3.300.000", 3_300_000],
    ["3.300.000 đ", 3_300_000],
    ["3.300.000đ", 3_300_000],
    ["3.300.000 VNĐ", 3_300_000],
    ["3.300.000 ₫", 3_300_000],
    ["3,3 triệu", 3_300_000],
    ["3,3tr", 3_300_000],
    ["135,8 triệu đồng", 135_800_000],
    ["1,2 tỷ", 1_200_000_000],
    ["150 nghìn", 150_000],
    ["150k", 150_000],
    [3_300_000, 3_300_000]
  ])("%s → %s", (text, n) => {
    expect(right(SheetValue.money(text))).toBe(n)
  })

  it("a column in triệu đồng multiplies the cells that name no scale", () => {
    expect(SheetValue.scaleOfHeader("Kinh phí (triệu đồng)")).toBe(6)
    expect(SheetValue.scaleOfHeader("Số tiền, nghìn đồng")).toBe(3)
    expect(SheetValue.scaleOfHeader("Số tiền (đồng)")).toBe(0)
    expect(SheetValue.scaleOfHeader("Tiền phạt")).toBe(0)
    expect(right(SheetValue.money("135,8", 6))).toBe(135_800_000)
    expect(right(SheetValue.money(135.8, 6))).toBe(135_800_000)
    expect(right(SheetValue.money("3.300.000 đ", 6))).toBe(3_300_000)
  })

  it("refuses fractions of a đồng and negative amounts", () => {
    expect(right(SheetValue.money("1.500,5"))).toBe("✗ must be a whole number of đồng")
    expect(right(SheetValue.money("-5.000"))).toBe("✗ must not be negative")
    expect(right(SheetValue.money("ba triệu"))).toContain("✗ is not an amount of money")
  })
})

describe("dates, day first", () => {
  it.each([
    ["15/06/2017", "2017-06-15"],
    ["15-06-2017", "2017-06-15"],
    ["15.06.2017", "2017-06-15"],
    ["5/6/2017", "2017-06-05"],
    ["2017-06-15", "2017-06-15"],
    ["15/06/2017 08:30", "2017-06-15"],
    ["2017-06-15T00:00:00.000Z", "2017-06-15"],
    ["ngày 15 tháng 6 năm 2017", "2017-06-15"],
    [43631, "2019-06-15"],
    [new Date(Date.UTC(2017, 5, 15)), "2017-06-15"]
  ])("%s → %s", (value, iso) => {
    expect(right(SheetValue.date(value))).toBe(iso)
  })

  it("refuses month-first, two-digit years and dates that do not exist, with a hint", () => {
    expect(right(SheetValue.date("06/15/2017"))).toBe("✗ looks like month/day/year; write day/month/year, such as 15/06/2017")
    expect(right(SheetValue.date("15/06/17"))).toBe("✗ the year must have four digits")
    expect(right(SheetValue.date("29/02/2019"))).toBe("✗ is not a real date (between 1900 and 2200)")
    expect(right(SheetValue.date("mười lăm tháng sáu"))).toContain("✗ is not a date")
  })
})

describe("periods", () => {
  it.each([
    ["2019", "2019"],
    [2019, "2019"],
    ["Năm 2019", "2019"],
    ["2019Q1", "2019Q1"],
    ["Quý I/2019", "2019Q1"],
    ["Quý 4 năm 2019", "2019Q4"],
    ["Q2/2019", "2019Q2"],
    ["Tháng 3/2019", "2019M03"],
    ["03/2019", "2019M03"],
    ["201903", "2019M03"],
    ["6 tháng đầu năm 2019", "2019S1"],
    ["6 tháng cuối năm 2019", "2019S2"],
    ["2016-2020", "2016/2020"],
    ["Giai đoạn 2016 - 2020", "2016/2020"]
  ])("%s → %s", (text, id) => {
    expect(right(SheetValue.period(text))).toBe(id)
  })
})

describe("vocabularies", () => {
  const sex = Mapping.defaults.serviceEvent.fields.find((f) => f.name === "sex")!.type
  const outcome = Mapping.defaults.inspectionVisit.fields.find((f) => f.name === "outcome")!.type
  const type = Mapping.defaults.inspectionVisit.fields.find((f) => f.name === "establishmentType")!.type
  const service = Mapping.defaults.serviceEvent.fields.find((f) => f.name === "service")!.type
  const accepted = (t: Mapping.FieldType, written: string) =>
    t._tag === "member" ? Mapping.accepted(t).get(Mapping.normalise(written)) : undefined

  it("accept the key, the Vietnamese and English labels folded, label parts and aliases", () => {
    expect(["Nữ", "NỮ", "nu", "female", "Female", "F", "Nữ giới"].map((w) => accepted(sex, w))).toEqual(Array(7).fill("female"))
    expect(["Vi phạm, xử phạt", "Vi phạm", "xử phạt", "violation"].map((w) => accepted(outcome, w))).toEqual(Array(4).fill("violation"))
    expect(["Không vi phạm", "Compliant"].map((w) => accepted(outcome, w))).toEqual(["compliant", "compliant"])
    expect(["Xoa bóp, massage", "Massage", "xoa bóp"].map((w) => accepted(type, w))).toEqual(Array(3).fill("massage"))
    expect(["Tư vấn", "Counselling", "Tư vấn xét nghiệm HIV"].map((w) => accepted(service, w))).toEqual([
      "counselling",
      "counselling",
      "hiv_testing_counselling"
    ])
  })

  it("headers match folded, without parts in parentheses", () => {
    const m = Mapping.defaults.serviceEvent
    expect(Mapping.match(m, "  NGÀY ")?.field.name).toBe("date")
    expect(Mapping.match(m, "Ngày (dd/mm/yyyy)")?.field.name).toBe("date")
    expect(Mapping.match(m, "Giới tính (*)")?.field.name).toBe("sex")
    expect(Mapping.match(m, "Mã đơn vị")?.rank).toBe(0)
    expect(Mapping.match(m, "Đơn vị")?.field.name).toBe("siteId")
    expect(Mapping.match(m, "Ghi chú")).toBeUndefined()
  })
})
