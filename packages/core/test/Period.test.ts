import { describe, expect, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import * as Either from "effect/Either"
import * as Schema from "effect/Schema"
import * as Calendar from "../src/Calendar.js"
import type { InvalidPeriod } from "../src/CoreError.js"
import * as Period from "../src/Period.js"

const P = (id: string): Period.Period => Period.unsafeParse(id)
const ids = (ps: ReadonlyArray<Period.Period>): Array<string> => ps.map((p) => p.id)
const calendars: ReadonlyArray<Calendar.Calendar> = ["plain", "administrative"]
const units: ReadonlyArray<Period.Unit> = ["day", "month", "quarter", "half", "year"]

const error = (input: string): InvalidPeriod => {
  const r = Period.parse(input)
  if (Either.isRight(r)) throw new Error(`expected ${input} to be rejected, got ${r.right.id}`)
  return r.left
}

describe("Calendar", () => {
  it("has bilingual labels", () => {
    expect(Calendar.Calendar.members).toEqual(["plain", "administrative"])
    expect(Calendar.Calendar.label("plain")).toEqual({ vi: "Lịch thường", en: "Calendar year" })
    expect(Calendar.Calendar.label("administrative")).toEqual({
      vi: "Kỳ báo cáo hành chính (Nghị định 09/2019)",
      en: "Administrative reporting calendar (Decree 09/2019)"
    })
  })

  it("knows leap years", () => {
    expect(Calendar.isLeapYear(2020)).toBe(true)
    expect(Calendar.isLeapYear(2021)).toBe(false)
    expect(Calendar.isLeapYear(2000)).toBe(true)
    expect(Calendar.isLeapYear(2100)).toBe(false)
    expect(Calendar.daysInMonth(2020, 2)).toBe(29)
    expect(Calendar.daysInMonth(2100, 2)).toBe(28)
  })

  it("reads and validates ISO dates", () => {
    expect(Calendar.ymd("2020-03-15")).toBe(20200315)
    expect(Calendar.ymd("2020-02-29")).toBe(20200229)
    for (const bad of ["2021-02-29", "2100-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "2020-3-1", "2020/03/01", "", "abcd-ef-gh"]) {
      expect(Calendar.ymd(bad)).toBe(-1)
      expect(Either.isLeft(Calendar.validateDate(bad))).toBe(true)
    }
    expect(Calendar.validateDate("2020-02-29")).toEqual(Either.right("2020-02-29"))
    const e = Calendar.validateDate("2021-02-29")
    expect(Either.isLeft(e) && e.left.reason).toEqual({
      vi: "ngày 29/2/2021 không tồn tại: năm 2021 không phải năm nhuận nên tháng 2 chỉ có 28 ngày",
      en: "29 February 2021 does not exist: 2021 is not a leap year, so February has 28 days"
    })
    expect(Calendar.dateReason("2020-04-31")?.en).toBe("day 31 does not exist: April 2020 has 30 days")
    expect(Calendar.dateReason("2020-3-1")?.en).toMatch(/YYYY-MM-DD/)
  })

  it("does date maths on day numbers", () => {
    expect(Calendar.toDayNumber("1970-01-01")).toBe(0)
    expect(Calendar.toDayNumber("1969-12-31")).toBe(-1)
    expect(Calendar.fromDayNumber(18336)).toBe("2020-03-15")
    expect(Calendar.addDays("2020-02-28", 1)).toBe("2020-02-29")
    expect(Calendar.addDays("2021-02-28", 1)).toBe("2021-03-01")
    expect(Calendar.addDays("2100-02-28", 1)).toBe("2100-03-01")
    expect(Calendar.addDays("2020-01-01", -1)).toBe("2019-12-31")
    expect(Calendar.daysBetween("2019-12-15", "2020-12-14")).toBe(365)
    expect(() => Calendar.toDayNumber("2021-02-29")).toThrow(/leap year/)
  })

  it("agrees with Date.UTC on day numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719528, max: 2932896 }), (n) => {
        const iso = Calendar.fromDayNumber(n)
        expect(Calendar.toDayNumber(iso)).toBe(n)
        const utc = new Date(n * 86_400_000)
        if (utc.getUTCFullYear() >= 0) {
          expect(iso).toBe(utc.toISOString().slice(0, 10))
        }
      })
    )
  })
})

describe("Period vocabularies", () => {
  it("labels every kind and unit", () => {
    expect(Period.PeriodKind.members).toEqual(["day", "month", "quarter", "half", "year", "range", "phase"])
    expect(Period.Unit.members).toEqual(["day", "month", "quarter", "half", "year"])
    expect(Period.PeriodKind.label("half")).toEqual({ vi: "6 tháng", en: "Half-year" })
    expect(Period.Unit.is("range")).toBe(false)
  })
})

describe("parse and format", () => {
  const canonical = ["2020", "2020S1", "2020S2", "2020Q1", "2020Q4", "2020M01", "2020M12", "20200315", "20200229", "2016/2020", "2020Q1/2020Q3", "2020S1/2021S2", "2020M01/2020M06", "20200101/20200315", "0001", "9999M12"]

  it.each(canonical)("round-trips %s", (id) => {
    const p = P(id)
    expect(Period.format(p)).toBe(id)
    expect(P(Period.format(p))).toEqual(p)
  })

  it("reads each kind into its fields", () => {
    expect(P("2020")).toEqual({ kind: "year", id: "2020", year: 2020 })
    expect(P("2020S2")).toEqual({ kind: "half", id: "2020S2", year: 2020, half: 2 })
    expect(P("2020Q1")).toEqual({ kind: "quarter", id: "2020Q1", year: 2020, quarter: 1 })
    expect(P("2020M03")).toEqual({ kind: "month", id: "2020M03", year: 2020, month: 3 })
    expect(P("20200315")).toEqual({ kind: "day", id: "20200315", year: 2020, month: 3, day: 15 })
    expect(P("2016/2020")).toEqual({
      kind: "range",
      id: "2016/2020",
      unit: "year",
      from: { kind: "year", id: "2016", year: 2016 },
      to: { kind: "year", id: "2020", year: 2020 }
    })
  })

  it("reads the DHIS2 month form 202003 as 2020M03", () => {
    expect(P("202003")).toEqual(P("2020M03"))
    expect(Period.format(P("202003"))).toBe("2020M03")
    expect(P("202001/202006").id).toBe("2020M01/2020M06")
  })

  it("builds the same periods with constructors", () => {
    expect(Period.year(2020)).toEqual(P("2020"))
    expect(Period.half(2020, 1)).toEqual(P("2020S1"))
    expect(Period.quarter(2020, 3)).toEqual(P("2020Q3"))
    expect(Period.month(2020, 3)).toEqual(P("2020M03"))
    expect(Period.day(2020, 3, 15)).toEqual(P("20200315"))
    expect(Period.range(Period.year(2016), Period.year(2020))).toEqual(P("2016/2020"))
    expect(() => Period.quarter(2020, 5)).toThrow(/quarter 5 does not exist/)
    expect(() => Period.day(2021, 2, 29)).toThrow(/not a leap year/)
    expect(() => Period.year(10000)).toThrow(/outside the years 0001 to 9999/)
    expect(() => Period.range(Period.year(2020), Period.year(2016))).toThrow(/ends \(2016\) before it starts \(2020\)/)
    expect(() => Period.range(Period.year(2020), Period.quarter(2020, 1))).toThrow(/one kind/)
  })

  it("accepts a one-period range", () => {
    expect(P("2020/2020").kind).toBe("range")
    expect(Period.dateRange(P("2020/2020"), "plain")).toEqual(Period.dateRange(P("2020"), "plain"))
  })
})

describe("parse errors", () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ["", "chuỗi rỗng; hãy nhập mã kỳ như 2020, 2020S1, 2020Q1, 2020M03 hoặc 2016/2020", "empty; write a period id such as 2020, 2020S1, 2020Q1, 2020M03 or 2016/2020"],
    [" 2020", "có khoảng trắng; mã kỳ không chứa dấu cách", "contains spaces; a period id has none"],
    ["2020 ", "có khoảng trắng; mã kỳ không chứa dấu cách", "contains spaces; a period id has none"],
    ["2020Q5", "quý 5 không tồn tại; một năm có các quý 1 đến 4", "quarter 5 does not exist; quarters run from 1 to 4"],
    ["2020Q0", "quý 0 không tồn tại; một năm có các quý 1 đến 4", "quarter 0 does not exist; quarters run from 1 to 4"],
    ["2020Q", "sau Q phải có số quý, từ 1 đến 4", "Q must be followed by the quarter number, 1 to 4"],
    ["2020Q01", "số quý hoặc số kỳ 6 tháng chỉ có một chữ số: 2020Q1", "the quarter or half-year number has one digit: 2020Q1"],
    ["2020S3", "kỳ 6 tháng thứ 3 không tồn tại; chỉ có S1 (6 tháng đầu năm) và S2 (6 tháng cuối năm)", "half-year 3 does not exist; there are only S1 (first half) and S2 (second half)"],
    ["2020M13", "tháng 13 không tồn tại; tháng chạy từ 01 đến 12", "month 13 does not exist; months run from 01 to 12"],
    ["2020M00", "tháng 00 không tồn tại; tháng chạy từ 01 đến 12", "month 00 does not exist; months run from 01 to 12"],
    ["202013", "tháng 13 không tồn tại; tháng chạy từ 01 đến 12", "month 13 does not exist; months run from 01 to 12"],
    ["2020M3", "tháng phải có hai chữ số: 2020M03", "the month needs two digits: 2020M03"],
    ["2020M", "sau M phải có tháng gồm hai chữ số, từ 01 đến 12", "M must be followed by the month in two digits, 01 to 12"],
    ["20210229", "ngày 29/2/2021 không tồn tại: năm 2021 không phải năm nhuận nên tháng 2 chỉ có 28 ngày", "29 February 2021 does not exist: 2021 is not a leap year, so February has 28 days"],
    ["21000229", "ngày 29/2/2100 không tồn tại: năm 2100 không phải năm nhuận nên tháng 2 chỉ có 28 ngày", "29 February 2100 does not exist: 2100 is not a leap year, so February has 28 days"],
    ["20200431", "ngày 31 không tồn tại: tháng 4/2020 chỉ có 30 ngày", "day 31 does not exist: April 2020 has 30 days"],
    ["2020031", "sau năm phải có 2 chữ số cho tháng (202003) hoặc 4 chữ số cho ngày (20200315); ở đây có 3 chữ số", "after the year write 2 digits for a month (202003) or 4 for a day (20200315); found 3 digits"],
    ["2020Q1x", "có ký tự thừa \"x\" sau 2020Q1", "unexpected characters \"x\" after 2020Q1"],
    ["2020M03-01", "có ký tự thừa \"-01\" sau 2020M03", "unexpected characters \"-01\" after 2020M03"],
    ["2020q1", "chữ ký hiệu kỳ phải viết hoa: 2020Q1", "the period letter must be upper case: 2020Q1"],
    ["2020W01", "\"W\" không phải ký hiệu kỳ được dùng; sau năm hãy viết Q (quý), S (6 tháng), M (tháng) hoặc chữ số", "\"W\" is not a period letter used here; after the year write Q (quarter), S (half-year), M (month) or digits"],
    ["20Q1", "năm phải có bốn chữ số (2020, không phải 20)", "the year must have four digits (2020, not 20)"],
    ["0000", "năm 0000 nằm ngoài khoảng mã kỳ có thể biểu diễn (0001 đến 9999)", "year 0000 is outside the years 0001 to 9999 that period ids can name"],
    ["2020-03-15", "đây là một ngày, không phải mã kỳ; kỳ một ngày viết là 20200315", "this is a date, not a period id; the day period is written 20200315"],
    ["2020-03", "tháng viết là 2020M03", "write the month as 2020M03"],
    ["3/2020", "tháng viết là 2020M03", "write the month as 2020M03"],
    ["Q1/2020", "quý viết là 2020Q1 (năm trước, quý sau)", "write the quarter as 2020Q1 (year first)"],
    ["2020/2016", "khoảng kỳ kết thúc (2016) trước khi bắt đầu (2020)", "the range ends (2016) before it starts (2020)"],
    ["2020Q3/2020Q1", "khoảng kỳ kết thúc (2020Q1) trước khi bắt đầu (2020Q3)", "the range ends (2020Q1) before it starts (2020Q3)"],
    ["2020Q1/2020M06", "hai đầu của khoảng kỳ phải cùng loại; ở đây 2020Q1 là quý còn 2020M06 là tháng", "both ends of a range must be of one kind; here 2020Q1 is a quarter and 2020M06 is a month"],
    ["2016/2018/2020", "một khoảng kỳ chỉ có đúng một dấu '/', giữa kỳ bắt đầu và kỳ kết thúc", "a range has exactly one '/', between its start and its end"],
    ["2016/", "khoảng kỳ thiếu kỳ kết thúc sau dấu '/'", "the range has no end after '/'"],
    ["/2020", "khoảng kỳ thiếu kỳ bắt đầu trước dấu '/'", "the range has no start before '/'"],
    ["2020Q5/2020Q6", "kỳ bắt đầu \"2020Q5\": quý 5 không tồn tại; một năm có các quý 1 đến 4", "the start \"2020Q5\": quarter 5 does not exist; quarters run from 1 to 4"],
    ["2020Q1/2020M13", "kỳ kết thúc \"2020M13\": tháng 13 không tồn tại; tháng chạy từ 01 đến 12", "the end \"2020M13\": month 13 does not exist; months run from 01 to 12"]
  ]

  it.each(cases)("rejects %j", (input, vi, en) => {
    const e = error(input)
    expect(e._tag).toBe("InvalidPeriod")
    expect(e.input).toBe(input)
    expect(e.reason).toEqual({ vi, en })
  })

  it("says what the accepted forms are for text that is not a period", () => {
    const e = error("last year")
    expect(e.reason.en).toBe("contains spaces; a period id has none")
    const f = error("Q1")
    expect(f.reason.en).toMatch(/^not a period id; accepted forms are 2020 \(year\), 2020S1/)
    expect(f.reason.vi).toMatch(/^không phải mã kỳ báo cáo; các dạng hợp lệ/)
    expect(f.explain("vi")).toMatch(/^Kỳ báo cáo "Q1": /)
    expect(f.message).toMatch(/^Period "Q1": not a period id/)
  })
})

describe("schemas", () => {
  it("PeriodFromString decodes, encodes and surfaces the reason", () => {
    const decode = Schema.decodeUnknownSync(Period.PeriodFromString)
    const encode = Schema.encodeSync(Period.PeriodFromString)
    expect(decode("2020Q1")).toEqual(P("2020Q1"))
    expect(decode("202003")).toEqual(P("2020M03"))
    expect(encode(P("202003"))).toBe("2020M03")
    expect(() => decode("2020Q5")).toThrow(/quarter 5 does not exist; quarters run from 1 to 4/)
    expect(() => decode("2020Q5")).toThrow(/quý 5 không tồn tại/)
    expect(() => decode(2020)).toThrow()
  })

  it("PeriodId accepts canonical ids only", () => {
    const is = Schema.is(Period.PeriodId)
    for (const id of ["2020", "2020S1", "2020Q4", "2020M03", "20200315", "2016/2020", "MD2125"]) expect(is(id)).toBe(true)
    for (const id of ["202003", "2020Q5", "2020 ", "2020/2016", ""]) expect(is(id)).toBe(false)
    expect(() => Schema.decodeUnknownSync(Period.PeriodId)("202003")).toThrow(/not in canonical form; write 2020M03/)
  })
})

describe("phases", () => {
  const MD2125 = Period.phase({
    id: "MD2125",
    name: {
      vi: "Chương trình phòng, chống mại dâm giai đoạn 2021–2025",
      en: "Prostitution prevention programme 2021–2025"
    },
    span: "2021/2025"
  })

  it("is read by code when declared, and behaves as its span", () => {
    expect(Period.parse("MD2125", { phases: [MD2125] })).toEqual(Either.right(MD2125))
    expect(Period.dateRange(MD2125, "plain")).toEqual({ start: "2021-01-01", end: "2025-12-31" })
    expect(Period.dateRange(MD2125, "administrative")).toEqual({ start: "2020-12-15", end: "2025-12-14" })
    expect(Period.label(MD2125, "vi")).toBe("Chương trình phòng, chống mại dâm giai đoạn 2021–2025")
    expect(ids(Period.split(MD2125, "year"))).toEqual(["2021", "2022", "2023", "2024", "2025"])
    expect(Period.unitOf(MD2125)).toBe("year")
    const schema = Period.periodFromString({ phases: [MD2125] })
    expect(Schema.decodeUnknownSync(schema)("MD2125")).toEqual(MD2125)
    expect(Schema.encodeSync(schema)(MD2125)).toBe("MD2125")
  })

  it("is refused when unknown, or inside a range", () => {
    expect(error("MD2125").reason.en).toMatch(/^not a period id/)
    const r = Period.parse("MD1620", { phases: [MD2125] })
    expect(Either.isLeft(r) && r.left.reason.en).toBe(
      "not a period id and not the code of a declared programme phase (MD2125)"
    )
    const inRange = Period.parse("MD2125/2026", { phases: [MD2125] })
    expect(Either.isLeft(inRange) && inRange.left.reason.en).toBe(
      "the start \"MD2125\": a programme phase cannot be an end of a range"
    )
    expect(() => Period.phase({ id: "2021-25", name: MD2125.name, span: "2021/2025" })).toThrow(/starts with a letter/)
    expect(() => Period.phase({ id: "X", name: MD2125.name, span: "2021/2020" })).toThrow(/before it starts/)
  })
})

describe("dateRange", () => {
  const table: ReadonlyArray<readonly [string, string, string, string, string]> = [
    // id, plain start, plain end, administrative start, administrative end
    ["2020", "2020-01-01", "2020-12-31", "2019-12-15", "2020-12-14"],
    ["2020S1", "2020-01-01", "2020-06-30", "2019-12-15", "2020-06-14"],
    ["2020S2", "2020-07-01", "2020-12-31", "2020-06-15", "2020-12-14"],
    ["2020Q1", "2020-01-01", "2020-03-31", "2019-12-15", "2020-03-14"],
    ["2020Q2", "2020-04-01", "2020-06-30", "2020-03-15", "2020-06-14"],
    ["2020Q3", "2020-07-01", "2020-09-30", "2020-06-15", "2020-09-14"],
    ["2020Q4", "2020-10-01", "2020-12-31", "2020-09-15", "2020-12-14"],
    ["2020M01", "2020-01-01", "2020-01-31", "2019-12-15", "2020-01-14"],
    ["2020M02", "2020-02-01", "2020-02-29", "2020-01-15", "2020-02-14"],
    ["2021M02", "2021-02-01", "2021-02-28", "2021-01-15", "2021-02-14"],
    ["2020M03", "2020-03-01", "2020-03-31", "2020-02-15", "2020-03-14"],
    ["2020M12", "2020-12-01", "2020-12-31", "2020-11-15", "2020-12-14"],
    ["20200315", "2020-03-15", "2020-03-15", "2020-03-15", "2020-03-15"],
    ["2016/2020", "2016-01-01", "2020-12-31", "2015-12-15", "2020-12-14"],
    ["2020Q1/2020Q3", "2020-01-01", "2020-09-30", "2019-12-15", "2020-09-14"],
    ["20200101/20200315", "2020-01-01", "2020-03-15", "2020-01-01", "2020-03-15"]
  ]

  it.each(table)("%s", (id, ps, pe, as, ae) => {
    expect(Period.dateRange(P(id), "plain")).toEqual({ start: ps, end: pe })
    expect(Period.dateRange(P(id), "administrative")).toEqual({ start: as, end: ae })
    expect(Period.startDate(P(id), "administrative")).toBe(as)
    expect(Period.endDate(P(id), "plain")).toBe(pe)
  })

  it("counts days", () => {
    expect(Period.dayCount(P("2020"), "plain")).toBe(366)
    expect(Period.dayCount(P("2020"), "administrative")).toBe(366)
    expect(Period.dayCount(P("2021"), "administrative")).toBe(365)
    expect(Period.dayCount(P("2020M03"), "administrative")).toBe(29)
    expect(Period.dayCount(P("2100M03"), "administrative")).toBe(28)
  })
})

describe("containing: the edges of both calendars", () => {
  const at = (date: string, unit: Period.Unit, calendar: Calendar.Calendar): string =>
    Period.containing(date, unit, calendar).id

  it("14 vs 15 December", () => {
    expect(at("2019-12-14", "year", "administrative")).toBe("2019")
    expect(at("2019-12-15", "year", "administrative")).toBe("2020")
    expect(at("2019-12-14", "quarter", "administrative")).toBe("2019Q4")
    expect(at("2019-12-15", "quarter", "administrative")).toBe("2020Q1")
    expect(at("2019-12-14", "half", "administrative")).toBe("2019S2")
    expect(at("2019-12-15", "half", "administrative")).toBe("2020S1")
    expect(at("2019-12-14", "month", "administrative")).toBe("2019M12")
    expect(at("2019-12-15", "month", "administrative")).toBe("2020M01")
    for (const d of ["2019-12-14", "2019-12-15", "2019-12-31"]) {
      expect(at(d, "year", "plain")).toBe("2019")
      expect(at(d, "quarter", "plain")).toBe("2019Q4")
      expect(at(d, "half", "plain")).toBe("2019S2")
      expect(at(d, "month", "plain")).toBe("2019M12")
    }
    expect(at("2020-01-01", "year", "plain")).toBe("2020")
    expect(at("2019-12-15", "day", "administrative")).toBe("20191215")
  })

  it("14 vs 15 March", () => {
    expect(at("2020-03-14", "quarter", "administrative")).toBe("2020Q1")
    expect(at("2020-03-15", "quarter", "administrative")).toBe("2020Q2")
    expect(at("2020-03-14", "month", "administrative")).toBe("2020M03")
    expect(at("2020-03-15", "month", "administrative")).toBe("2020M04")
    expect(at("2020-03-15", "half", "administrative")).toBe("2020S1")
    expect(at("2020-03-14", "quarter", "plain")).toBe("2020Q1")
    expect(at("2020-03-15", "quarter", "plain")).toBe("2020Q1")
    expect(at("2020-03-31", "quarter", "plain")).toBe("2020Q1")
    expect(at("2020-04-01", "quarter", "plain")).toBe("2020Q2")
    expect(at("2020-03-15", "month", "plain")).toBe("2020M03")
  })

  it("14 vs 15 June", () => {
    expect(at("2020-06-14", "half", "administrative")).toBe("2020S1")
    expect(at("2020-06-15", "half", "administrative")).toBe("2020S2")
    expect(at("2020-06-14", "quarter", "administrative")).toBe("2020Q2")
    expect(at("2020-06-15", "quarter", "administrative")).toBe("2020Q3")
    expect(at("2020-06-15", "half", "plain")).toBe("2020S1")
    expect(at("2020-07-01", "half", "plain")).toBe("2020S2")
  })

  it("14 vs 15 September", () => {
    expect(at("2020-09-14", "quarter", "administrative")).toBe("2020Q3")
    expect(at("2020-09-15", "quarter", "administrative")).toBe("2020Q4")
    expect(at("2020-09-15", "quarter", "plain")).toBe("2020Q3")
    expect(at("2020-10-01", "quarter", "plain")).toBe("2020Q4")
  })

  it("contains agrees at the edges", () => {
    const y2020 = P("2020")
    expect(Period.contains(y2020, "2019-12-14", "administrative")).toBe(false)
    expect(Period.contains(y2020, "2019-12-15", "administrative")).toBe(true)
    expect(Period.contains(y2020, "2020-12-14", "administrative")).toBe(true)
    expect(Period.contains(y2020, "2020-12-15", "administrative")).toBe(false)
    expect(Period.contains(y2020, "2019-12-15", "plain")).toBe(false)
    expect(Period.contains(y2020, "2020-12-31", "plain")).toBe(true)
    expect(Period.contains(P("2020Q1"), "2020-03-15", "administrative")).toBe(false)
    expect(Period.contains(P("2020Q1"), "2020-03-15", "plain")).toBe(true)
  })

  it("leap days", () => {
    expect(at("2020-02-29", "day", "plain")).toBe("20200229")
    expect(at("2020-02-29", "month", "administrative")).toBe("2020M03")
    expect(at("2020-02-29", "month", "plain")).toBe("2020M02")
    expect(() => at("2100-02-29", "month", "plain")).toThrow(/2100 is not a leap year/)
    expect(() => at("2021-02-29", "year", "administrative")).toThrow(/2021 is not a leap year/)
  })

  it("refuses dates outside what ids can name", () => {
    expect(at("9999-12-14", "year", "administrative")).toBe("9999")
    expect(() => at("9999-12-15", "year", "administrative")).toThrow(/year 10000/)
    expect(() => at("0000-06-01", "year", "plain")).toThrow(/year 0 /)
    expect(() => at("2020-3-1", "year", "plain")).toThrow(/YYYY-MM-DD/)
  })

  it("containingId gives the id of containing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Calendar.toDayNumber("1900-01-01"), max: Calendar.toDayNumber("2200-12-31") }),
        fc.constantFrom(...units),
        fc.constantFrom(...calendars),
        (n, unit, calendar) => {
          const date = Calendar.fromDayNumber(n)
          expect(Period.containingId(date, unit, calendar)).toBe(Period.containing(date, unit, calendar).id)
        }
      )
    )
  })
})

describe("properties", () => {
  const date = fc
    .integer({ min: Calendar.toDayNumber("1900-01-01"), max: Calendar.toDayNumber("2200-12-31") })
    .map(Calendar.fromDayNumber)

  it("a date is in the period that contains it, and not in its neighbours", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...units), fc.constantFrom(...calendars), (d, unit, calendar) => {
        const p = Period.containing(d, unit, calendar)
        expect(p.kind).toBe(unit)
        expect(Period.contains(p, d, calendar)).toBe(true)
        expect(Period.contains(Period.next(p), d, calendar)).toBe(false)
        expect(Period.contains(Period.previous(p), d, calendar)).toBe(false)
        const { start, end } = Period.dateRange(p, calendar)
        expect(start <= d && d <= end).toBe(true)
      })
    )
  })

  it("the periods of a unit tile time: each ends the day before the next starts", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...units), fc.constantFrom(...calendars), (d, unit, calendar) => {
        const p = Period.containing(d, unit, calendar)
        expect(Calendar.addDays(Period.endDate(p, calendar), 1)).toBe(Period.startDate(Period.next(p), calendar))
      })
    )
  })

  it("the sub-periods of a year partition it exactly, in both calendars", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2199 }),
        fc.constantFrom(...units),
        fc.constantFrom(...calendars),
        (y, unit, calendar) => {
          const year = Period.year(y)
          const parts = Period.split(year, unit, calendar)
          const whole = Period.dateRange(year, calendar)
          expect(parts.length).toBe({ day: Period.dayCount(year, calendar), month: 12, quarter: 4, half: 2, year: 1 }[unit])
          expect(Period.startDate(parts[0]!, calendar)).toBe(whole.start)
          expect(Period.endDate(parts[parts.length - 1]!, calendar)).toBe(whole.end)
          let days = 0
          parts.forEach((part, i) => {
            expect(part.kind).toBe(unit)
            days += Period.dayCount(part, calendar)
            const following = parts[i + 1]
            if (following !== undefined) {
              expect(Calendar.addDays(Period.endDate(part, calendar), 1)).toBe(Period.startDate(following, calendar))
            }
          })
          expect(days).toBe(Period.dayCount(year, calendar))
        }
      ),
      { numRuns: 200 }
    )
  })

  it("ids round-trip for random periods", () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...units), fc.constantFrom(...calendars), (d, unit, calendar) => {
        const p = Period.containing(d, unit, calendar)
        expect(Period.unsafeParse(Period.format(p))).toEqual(p)
      })
    )
  })

  it("compare is consistent with the order of dates for one unit, in both calendars", () => {
    fc.assert(
      fc.property(date, date, fc.constantFrom(...units), fc.constantFrom(...calendars), (a, b, unit, calendar) => {
        const pa = Period.containing(a, unit, calendar)
        const pb = Period.containing(b, unit, calendar)
        const byDate = Math.sign(Calendar.daysBetween(Period.startDate(pb, calendar), Period.startDate(pa, calendar)))
        expect(Period.compare(pa, pb)).toBe(byDate)
      })
    )
  })
})

describe("split, sequence, next and previous", () => {
  it("splits a year", () => {
    expect(ids(Period.split(P("2020"), "quarter"))).toEqual(["2020Q1", "2020Q2", "2020Q3", "2020Q4"])
    expect(ids(Period.split(P("2020"), "half"))).toEqual(["2020S1", "2020S2"])
    expect(ids(Period.split(P("2020"), "month"))).toHaveLength(12)
    expect(ids(Period.split(P("2020"), "year"))).toEqual(["2020"])
    expect(Period.split(P("2020"), "day", "plain")).toHaveLength(366)
    expect(Period.split(P("2020"), "day", "administrative")[0]?.id).toBe("20191215")
  })

  it("splits halves, quarters and ranges", () => {
    expect(ids(Period.split(P("2020S2"), "quarter"))).toEqual(["2020Q3", "2020Q4"])
    expect(ids(Period.split(P("2020Q2"), "month"))).toEqual(["2020M04", "2020M05", "2020M06"])
    expect(ids(Period.split(P("2016/2020"), "year"))).toEqual(["2016", "2017", "2018", "2019", "2020"])
    expect(Period.split(P("2016/2020"), "quarter")).toHaveLength(20)
    expect(ids(Period.split(P("2020Q4/2021Q1"), "month"))).toEqual(["2020M10", "2020M11", "2020M12", "2021M01", "2021M02", "2021M03"])
    expect(ids(Period.split(P("2020M03"), "day", "administrative")).slice(0, 2)).toEqual(["20200215", "20200216"])
    expect(ids(Period.split(P("20200101/20200103"), "day", "plain"))).toEqual(["20200101", "20200102", "20200103"])
  })

  it("refuses to split into a longer unit", () => {
    expect(() => Period.split(P("2020M03"), "quarter")).toThrow(/cannot be split into longer quarters/)
    expect(() => Period.split(P("2020Q1/2020Q3"), "half")).toThrow(/cannot be split/)
    expect(() => (Period.split as (p: Period.Period, u: Period.Unit) => unknown)(P("2020"), "day")).toThrow(/needs a calendar/)
  })

  it("steps through periods", () => {
    expect(Period.next(Period.quarter(2020, 4)).id).toBe("2021Q1")
    expect(Period.previous(Period.month(2020, 1)).id).toBe("2019M12")
    expect(Period.next(Period.half(2020, 2)).id).toBe("2021S1")
    expect(Period.next(Period.day(2020, 2, 28)).id).toBe("20200229")
    expect(Period.next(Period.day(2021, 2, 28)).id).toBe("20210301")
    expect(Period.next(Period.year(2020)).id).toBe("2021")
    expect(Period.next(P("2016/2020") as Period.Range).id).toBe("2021/2025")
    expect(Period.previous(P("2020Q1/2020Q2") as Period.Range).id).toBe("2019Q3/2019Q4")
    expect(Period.shift(Period.quarter(2020, 1), -4).id).toBe("2019Q1")
    expect(() => Period.next(Period.year(9999))).toThrow(/year 10000/)
  })

  it("makes sequences", () => {
    expect(ids(Period.sequence(Period.month(2020, 11), Period.month(2021, 2)))).toEqual(["2020M11", "2020M12", "2021M01", "2021M02"])
    expect(Period.sequence(Period.year(2021), Period.year(2020))).toEqual([])
    expect(() => Period.sequence<Period.UnitPeriod>(Period.year(2020), Period.quarter(2020, 1))).toThrow(/one kind/)
  })

  it("lists the periods covering a span of dates", () => {
    expect(ids(Period.covering("2019-12-15", "2020-03-14", "quarter", "administrative"))).toEqual(["2020Q1"])
    expect(ids(Period.covering("2019-12-15", "2020-03-14", "quarter", "plain"))).toEqual(["2019Q4", "2020Q1"])
    expect(ids(Period.covering("2019-12-15", "2021-01-01", "year", "administrative"))).toEqual(["2020", "2021"])
  })
})

describe("compare and equality", () => {
  it("orders by start, then end, then kind", () => {
    const sorted = ["2020Q2", "2019", "2020", "2020Q1", "20200101", "2020M01", "2016/2020", "2020/2020"]
      .map(P)
      .sort(Period.compare)
      .map(Period.format)
    expect(sorted).toEqual(["2016/2020", "2019", "20200101", "2020M01", "2020Q1", "2020", "2020/2020", "2020Q2"])
    expect(Period.Order(P("2020"), P("2021"))).toBe(-1)
    expect(Period.equals(P("202003"), P("2020M03"))).toBe(true)
    expect(Period.Equivalence(P("2020"), P("2020Q1"))).toBe(false)
  })
})

describe("elapsedShare", () => {
  it("is 0 before, 1 after, and the share of days in between", () => {
    const y = P("2020")
    expect(Period.elapsedShare(y, "2019-12-31", "plain")).toBe(0)
    expect(Period.elapsedShare(y, "2020-01-01", "plain")).toBe(1 / 366)
    expect(Period.elapsedShare(y, "2020-12-31", "plain")).toBe(1)
    expect(Period.elapsedShare(y, "2021-06-01", "plain")).toBe(1)
    expect(Period.elapsedShare(y, "2019-12-15", "administrative")).toBe(1 / 366)
    expect(Period.elapsedShare(y, "2019-12-14", "administrative")).toBe(0)
    expect(Period.elapsedShare(y, "2020-06-14", "administrative")).toBe(183 / 366)
    expect(Period.elapsedShare(y, "2020-12-14", "administrative")).toBe(1)
  })

  it("grows with the date and stays within 0..1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Calendar.toDayNumber("2018-01-01"), max: Calendar.toDayNumber("2022-12-31") }),
        fc.constantFrom("2020", "2020Q1", "2020M02", "2016/2020", "20200315"),
        fc.constantFrom(...calendars),
        (n, id, calendar) => {
          const p = P(id)
          const a = Period.elapsedShare(p, Calendar.fromDayNumber(n), calendar)
          const b = Period.elapsedShare(p, Calendar.fromDayNumber(n + 1), calendar)
          expect(a).toBeGreaterThanOrEqual(0)
          expect(b).toBeLessThanOrEqual(1)
          expect(b).toBeGreaterThanOrEqual(a)
        }
      )
    )
  })
})

describe("labels", () => {
  const table: ReadonlyArray<readonly [string, string, string]> = [
    ["2020", "Năm 2020", "Year 2020"],
    ["2020S1", "6 tháng đầu năm 2020", "First half of 2020"],
    ["2020S2", "6 tháng cuối năm 2020", "Second half of 2020"],
    ["2020Q1", "Quý 1/2020", "Q1 2020"],
    ["2020M03", "Tháng 3/2020", "March 2020"],
    ["20200315", "Ngày 15/3/2020", "15 March 2020"],
    ["2016/2020", "Giai đoạn 2016–2020", "2016–2020"],
    ["2020Q1/2020Q3", "Từ quý 1/2020 đến quý 3/2020", "From Q1 2020 to Q3 2020"],
    ["2020S1/2021S2", "Từ 6 tháng đầu năm 2020 đến 6 tháng cuối năm 2021", "From first half of 2020 to second half of 2021"]
  ]

  it.each(table)("%s", (id, vi, en) => {
    expect(Period.label(P(id), "vi")).toBe(vi)
    expect(Period.label(P(id), "en")).toBe(en)
  })

  it("adds the dates of a calendar", () => {
    expect(Period.labelWithDates(P("2020Q1"), "administrative", "vi")).toBe("Quý 1/2020 (từ 15/12/2019 đến 14/3/2020)")
    expect(Period.labelWithDates(P("2020Q1"), "administrative", "en")).toBe("Q1 2020 (15 December 2019 to 14 March 2020)")
    expect(Period.labelWithDates(P("2020Q1"), "plain", "en")).toBe("Q1 2020 (1 January 2020 to 31 March 2020)")
    expect(Period.labelWithDates(P("20200315"), "administrative", "vi")).toBe("Ngày 15/3/2020")
  })
})
