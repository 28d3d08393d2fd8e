/** The bilingual reasons a period id or period operation is refused. */
import type { Label } from "../../Label.js"
import type { Unit, UnitPeriod } from "../../Period.js"

const FORMS_VI =
  "các dạng hợp lệ: 2020 (năm), 2020S1 (6 tháng), 2020Q1 (quý), 2020M03 hoặc 202003 (tháng), 20200315 (ngày), 2016/2020 (nhiều kỳ liên tiếp)"
const FORMS_EN =
  "accepted forms are 2020 (year), 2020S1 (half-year), 2020Q1 (quarter), 2020M03 or 202003 (month), 20200315 (day) and 2016/2020 (range)"

const UNIT_VI: Record<Unit, string> = { day: "ngày", month: "tháng", quarter: "quý", half: "kỳ 6 tháng", year: "năm" }
const UNIT_EN: Record<Unit, string> = {
  day: "a day",
  month: "a month",
  quarter: "a quarter",
  half: "a half-year",
  year: "a year"
}

const UNITS_EN: Record<Unit, string> = {
  day: "days",
  month: "months",
  quarter: "quarters",
  half: "half-years",
  year: "years"
}

export const R = {
  empty: {
    vi: "chuỗi rỗng; hãy nhập mã kỳ như 2020, 2020S1, 2020Q1, 2020M03 hoặc 2016/2020",
    en: "empty; write a period id such as 2020, 2020S1, 2020Q1, 2020M03 or 2016/2020"
  },
  spaces: {
    vi: "có khoảng trắng; mã kỳ không chứa dấu cách",
    en: "contains spaces; a period id has none"
  },
  notPeriod: { vi: `không phải mã kỳ báo cáo; ${FORMS_VI}`, en: `not a period id; ${FORMS_EN}` },
  unknownPhase: (phases: ReadonlyArray<string>): Label =>
    phases.length === 0
      ? { vi: `không phải mã kỳ báo cáo; ${FORMS_VI}`, en: `not a period id; ${FORMS_EN}` }
      : {
          vi: `không phải mã kỳ báo cáo và không trùng mã giai đoạn chương trình nào đã khai báo (${phases.join(", ")})`,
          en: `not a period id and not the code of a declared programme phase (${phases.join(", ")})`
        },
  yearDigits: (digits: string): Label => ({
    vi: `năm phải có bốn chữ số (2020, không phải ${digits})`,
    en: `the year must have four digits (2020, not ${digits})`
  }),
  yearRange: (year: string | number): Label => ({
    vi: `năm ${year} nằm ngoài khoảng mã kỳ có thể biểu diễn (0001 đến 9999)`,
    en: `year ${year} is outside the years 0001 to 9999 that period ids can name`
  }),
  isoDate: (compact: string): Label => ({
    vi: `đây là một ngày, không phải mã kỳ; kỳ một ngày viết là ${compact}`,
    en: `this is a date, not a period id; the day period is written ${compact}`
  }),
  isoMonth: (canonical: string): Label => ({
    vi: `tháng viết là ${canonical}`,
    en: `write the month as ${canonical}`
  }),
  slashQuarter: (canonical: string): Label => ({
    vi: `quý viết là ${canonical} (năm trước, quý sau)`,
    en: `write the quarter as ${canonical} (year first)`
  }),
  lowercase: (fixed: string): Label => ({
    vi: `chữ ký hiệu kỳ phải viết hoa: ${fixed}`,
    en: `the period letter must be upper case: ${fixed}`
  }),
  letter: (c: string): Label => ({
    vi: `"${c}" không phải ký hiệu kỳ được dùng; sau năm hãy viết Q (quý), S (6 tháng), M (tháng) hoặc chữ số`,
    en: `"${c}" is not a period letter used here; after the year write Q (quarter), S (half-year), M (month) or digits`
  }),
  missingNumber: (letter: "Q" | "S" | "M"): Label =>
    letter === "Q"
      ? { vi: "sau Q phải có số quý, từ 1 đến 4", en: "Q must be followed by the quarter number, 1 to 4" }
      : letter === "S"
        ? { vi: "sau S phải có số 1 hoặc 2", en: "S must be followed by the half-year number, 1 or 2" }
        : { vi: "sau M phải có tháng gồm hai chữ số, từ 01 đến 12", en: "M must be followed by the month in two digits, 01 to 12" },
  quarter: (n: string): Label => ({
    vi: `quý ${n} không tồn tại; một năm có các quý 1 đến 4`,
    en: `quarter ${n} does not exist; quarters run from 1 to 4`
  }),
  half: (n: string): Label => ({
    vi: `kỳ 6 tháng thứ ${n} không tồn tại; chỉ có S1 (6 tháng đầu năm) và S2 (6 tháng cuối năm)`,
    en: `half-year ${n} does not exist; there are only S1 (first half) and S2 (second half)`
  }),
  oneDigit: (fixed: string): Label => ({
    vi: `số quý hoặc số kỳ 6 tháng chỉ có một chữ số: ${fixed}`,
    en: `the quarter or half-year number has one digit: ${fixed}`
  }),
  month: (n: string): Label => ({
    vi: `tháng ${n} không tồn tại; tháng chạy từ 01 đến 12`,
    en: `month ${n} does not exist; months run from 01 to 12`
  }),
  monthDigits: (fixed: string): Label => ({
    vi: `tháng phải có hai chữ số: ${fixed}`,
    en: `the month needs two digits: ${fixed}`
  }),
  digitsAfterYear: (n: number): Label => ({
    vi: `sau năm phải có 2 chữ số cho tháng (202003) hoặc 4 chữ số cho ngày (20200315); ở đây có ${n} chữ số`,
    en: `after the year write 2 digits for a month (202003) or 4 for a day (20200315); found ${n} digits`
  }),
  trailing: (valid: string, rest: string): Label => ({
    vi: `có ký tự thừa "${rest}" sau ${valid}`,
    en: `unexpected characters "${rest}" after ${valid}`
  }),
  slashes: {
    vi: "một khoảng kỳ chỉ có đúng một dấu '/', giữa kỳ bắt đầu và kỳ kết thúc",
    en: "a range has exactly one '/', between its start and its end"
  },
  noStart: { vi: "khoảng kỳ thiếu kỳ bắt đầu trước dấu '/'", en: "the range has no start before '/'" },
  noEnd: { vi: "khoảng kỳ thiếu kỳ kết thúc sau dấu '/'", en: "the range has no end after '/'" },
  end: (which: "start" | "end", text: string, inner: Label): Label => ({
    vi: `${which === "start" ? "kỳ bắt đầu" : "kỳ kết thúc"} "${text}": ${inner.vi}`,
    en: `the ${which} "${text}": ${inner.en}`
  }),
  phaseInRange: {
    vi: "giai đoạn chương trình không thể là một đầu của khoảng kỳ",
    en: "a programme phase cannot be an end of a range"
  },
  mixed: (a: UnitPeriod, b: UnitPeriod): Label => ({
    vi: `hai đầu của khoảng kỳ phải cùng loại; ở đây ${a.id} là ${UNIT_VI[a.kind]} còn ${b.id} là ${UNIT_VI[b.kind]}`,
    en: `both ends of a range must be of one kind; here ${a.id} is ${UNIT_EN[a.kind]} and ${b.id} is ${UNIT_EN[b.kind]}`
  }),
  order: (from: string, to: string): Label => ({
    vi: `khoảng kỳ kết thúc (${to}) trước khi bắt đầu (${from})`,
    en: `the range ends (${to}) before it starts (${from})`
  }),
  phaseCode: {
    vi: "mã giai đoạn chương trình phải bắt đầu bằng chữ cái và chỉ gồm chữ cái, chữ số, '-' và '_'",
    en: "a programme phase code starts with a letter and has only letters, digits, '-' and '_'"
  },
  nonCanonical: (canonical: string): Label => ({
    vi: `chưa ở dạng chuẩn; hãy viết ${canonical}`,
    en: `not in canonical form; write ${canonical}`
  }),
  splitCoarser: (own: Unit, unit: Unit): Label => ({
    vi: `không thể chia kỳ theo ${UNIT_VI[own]} thành các kỳ ${UNIT_VI[unit]} dài hơn`,
    en: `a period made of ${UNITS_EN[own]} cannot be split into longer ${UNITS_EN[unit]}`
  }),
  splitDays: {
    vi: "chia thành từng ngày cần biết lịch (thường hay hành chính)",
    en: "splitting into days needs a calendar (plain or administrative)"
  },
  noUnit: {
    vi: "chỉ áp dụng cho kỳ ngày, tháng, quý, 6 tháng hoặc năm",
    en: "only applies to a day, month, quarter, half-year or year"
  }
} as const
