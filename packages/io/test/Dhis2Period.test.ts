import { Calendar } from "@pctnxh/core"
import { Dhis2Period } from "@pctnxh/io"
import { Either } from "effect"
import { describe, expect, it } from "vitest"
import { adxPeriod, dhis2Period } from "./dhis2Rules.js"

const ids = (years: ReadonlyArray<number>): Array<string> => {
  const out: Array<string> = []
  for (const y of years) {
    out.push(String(y), `${y}S1`, `${y}S2`, `${y}S3`, `${y}AprilS1`, `${y}AprilS2`, `${y}NovS1`, `${y}NovS2`, `${y}Q0`, `${y}Q5`)
    for (let q = 1; q <= 4; q++) out.push(`${y}Q${q}`, `${y}NovQ${q}`)
    for (let m = 0; m <= 13; m++) out.push(`${y}${String(m).padStart(2, "0")}`)
    for (let b = 0; b <= 7; b++) out.push(`${y}0${b}B`)
    for (const f of ["Feb", "April", "July", "Aug", "Sep", "Oct", "Nov"]) out.push(`${y}${f}`)
    for (let w = 0; w <= 54; w++) for (const infix of ["W", "WedW", "ThuW", "FriW", "SatW", "SunW", "BiW"]) out.push(`${y}${infix}${w}`)
    for (const d of ["0101", "0229", "0230", "1231", "1301"]) out.push(`${y}${d}`)
  }
  return out
}

describe("DHIS2 period ids", () => {
  it("reads every id as DHIS2's own rules do: the same ids refused, the same types and dates", () => {
    for (const id of ids([2015, 2019, 2020, 2021, 2026])) {
      const ours = Dhis2Period.parse(id)
      const theirs = dhis2Period(id)
      if (theirs === undefined) {
        expect(Either.isLeft(ours), id).toBe(true)
      } else {
        expect(Either.getOrUndefined(ours), id).toEqual({ type: theirs.type, id, start: theirs.start, end: theirs.end })
      }
    }
  })

  it("names the financial November year by its end: 2020Nov runs from 1 November 2019", () => {
    expect(Either.getOrThrow(Dhis2Period.parse("2020Nov"))).toMatchObject({ start: "2019-11-01", end: "2020-10-31" })
    expect(Either.getOrThrow(Dhis2Period.parse("2019April"))).toMatchObject({ start: "2019-04-01", end: "2020-03-31" })
    expect(Either.getOrThrow(Dhis2Period.parse("2020NovQ1"))).toMatchObject({ start: "2019-11-01", end: "2020-01-31" })
  })

  it("says why an id is refused, in both languages", () => {
    const left = Dhis2Period.parse("2019Q5")
    expect(Either.isLeft(left) && left.left.en).toContain("does not exist")
    const bad = Dhis2Period.parse("Q1/2019")
    expect(Either.isLeft(bad) && bad.left.vi).toContain("không phải mã kỳ")
  })
})

describe("ADX periods", () => {
  it("are read as DHIS2 reads them, for every day of two years and every duration", () => {
    let day = Calendar.toDayNumber("2018-11-20")
    const last = Calendar.toDayNumber("2020-02-10")
    for (; day <= last; day++) {
      const date = Calendar.fromDayNumber(day)
      for (const duration of ["P1D", "P7D", "P14D", "P1M", "P2M", "P3M", "P6M", "P1Y", "P5Y"]) {
        const text = `${date}/${duration}`
        const theirs = adxPeriod(text)
        const ours = Dhis2Period.fromAdx(text)
        if (theirs === undefined) expect(Either.isLeft(ours), text).toBe(true)
        else expect(Either.getOrUndefined(ours), text).toEqual({ period: { type: theirs.period.type, id: theirs.period.iso, start: theirs.period.start, end: theirs.period.end }, exact: theirs.exact })
      }
    }
  })

  it("files the administrative calendar's periods elsewhere or refuses them: why they are never written", () => {
    expect(adxPeriod("2018-12-15/P1Y")).toBeUndefined()
    expect(adxPeriod("2018-12-15/P3M")).toMatchObject({ period: { iso: "2018Q4" }, exact: false })
    expect(adxPeriod("2019-06-15/P6M")).toBeUndefined()
  })

  it("writes a period in ADX only when DHIS2 reads it back as the same period", () => {
    for (const id of ids([2019, 2020])) {
      const p = Either.getOrUndefined(Dhis2Period.parse(id))
      if (p === undefined) continue
      const adx = Dhis2Period.toAdx(p)
      if (p.type === "QuarterlyNov") {
        expect(adx, id).toBeUndefined()
        continue
      }
      expect(adx, id).toBeDefined()
      expect(adxPeriod(adx!), id).toMatchObject({ period: { iso: id }, exact: true })
    }
  })
})

describe("our periods and DHIS2's", () => {
  it("have the same names and, under the plain calendar, the same dates", () => {
    for (const id of ["2019", "2019S2", "2019Q1", "2019M03", "20190315"]) {
      const p = Dhis2Period.fromPeriodId(id)!
      expect(dhis2Period(p.id), id).toMatchObject({ start: p.start, end: p.end })
      expect(Dhis2Period.toPeriodId(p)).toBe(id)
    }
    expect(Dhis2Period.fromPeriodId("2019M03")?.id).toBe("201903")
    expect(Dhis2Period.fromPeriodId("2016/2020")).toBeUndefined()
    expect(Dhis2Period.toPeriodId(Either.getOrThrow(Dhis2Period.parse("2019April")))).toBeUndefined()
  })
})
