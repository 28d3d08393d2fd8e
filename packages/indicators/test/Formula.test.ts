import { Catalogue, Formula, Indicator } from "@pctnxh/indicators"
import { describe, expect, it } from "vitest"
import { Either, Schema } from "effect"

const I = Catalogue.indicators

/**
 * These lines are checked by the compiler (`tsc -b packages/indicators`): each marked line must
 * fail to compile. The function is never called.
 */
export const unitsAreTypes = () => {
  const contacts = Formula.count("serviceEvent")
  const persons = Formula.persons()
  const newPersons = Formula.newPersons()
  const fines = Formula.sum("inspectionVisit", "fine")
  // contacts and persons are different units
  // @ts-expect-error contacts (lượt) cannot be added to persons (người)
  Formula.add(contacts, newPersons)
  // distinct persons are not additive: a person in both would count twice
  // @ts-expect-error distinct persons cannot be added
  Formula.add(persons, persons)
  // @ts-expect-error a share needs a part and a total of one unit
  Formula.share(persons, contacts)
  // @ts-expect-error a cost per unit divides an amount of VND
  Formula.perUnit(contacts, persons)
  // @ts-expect-error and divides it by a count, not by VND
  Formula.perUnit(fines, fines)
  // @ts-expect-error coverage is of persons
  Formula.coverage(contacts, "sex_worker")
  // @ts-expect-error inspections have no residence status
  Formula.count("inspectionVisit", { where: { residence: ["none"] } })
  // @ts-expect-error "violated" is not an inspection outcome
  Formula.count("inspectionVisit", { where: { outcome: ["violated"] } })
  // @ts-expect-error service events have no fines
  Formula.sum("serviceEvent", "fine")
  // @ts-expect-error a rollup of distinct persons is refused as one of non-additive quantities
  const additive: Formula.Expr<"persons", true> = persons
  // these compile
  const ok = [
    Formula.add(contacts, Formula.count("serviceEvent", { where: { service: ["legal_aid"] } })),
    Formula.add(newPersons, newPersons),
    Formula.difference(persons, Formula.persons({ where: { residence: ["permanent"] } })),
    Formula.percent(persons, contacts),
    Formula.perUnit(fines, Formula.count("inspectionVisit", { where: { outcome: ["violation"] } })),
    Formula.share(Formula.ref(I.HIV_TESTING_REFERRAL_PERSONS), Formula.ref(I.PERSONS_REACHED))
  ]
  return [additive, ok]
}

const env: Formula.Environment = {
  indicator: (code) => {
    const found = Catalogue.standard.get(code)
    return found === undefined ? Either.left({ reason: { vi: `không có ${code}`, en: `no ${code}` } }) : Either.right(found)
  },
  hasPackage: (code) => code === "PREV"
}

const decodeFormula = (json: unknown) => Schema.decodeUnknownSync(Formula.Formula)(json)

describe("the formula algebra", () => {
  it("types every standard indicator by its formula: contacts are additive, distinct persons are not", () => {
    expect([I.CONTACTS.unit, I.CONTACTS.additive]).toEqual(["contacts", true])
    expect([I.PERSONS_REACHED.unit, I.PERSONS_REACHED.additive]).toEqual(["persons", false])
    expect([I.NEW_PERSONS.unit, I.NEW_PERSONS.additive]).toEqual(["persons", true])
    expect([I.VIOLATION_RATE.unit, I.AVERAGE_FINE.unit, I.ARRESTS_PER_CASE.unit]).toEqual(["percent", "vnd", "ratio"])
    expect([I.ESTABLISHMENTS_AT_RISK.unit, I.ESTABLISHMENTS_AT_RISK.additive]).toEqual(["establishments", false])
    expect(Formula.check(I.AVERAGE_FINE.formula, env)).toEqual(Either.right({ unit: "vnd", additive: false }))
  })

  it("refuses contacts added to persons in a formula read from JSON, in both languages", () => {
    const json = { _tag: "add", terms: [{ _tag: "count", source: "serviceEvent", where: [] }, { _tag: "newPersons", where: [] }] }
    const result = Formula.check(decodeFormula(json), env)
    const error = Either.getLeft(result).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
    expect(error._tag).toBe("UnitMismatch")
    expect(error.explain("en")).toBe("cannot add contacts (lượt) and persons (người): they are different units (at formula.terms[1])")
    expect(error.explain("vi")).toBe("không thể cộng lượt với người: hai đại lượng khác đơn vị (tại formula.terms[1])")
  })

  it("refuses to add distinct persons, whatever they are split by", () => {
    const json = {
      _tag: "add",
      terms: [
        { _tag: "distinct", source: "serviceEvent", field: "personId", where: [{ attribute: "population", values: ["sex_worker"] }] },
        { _tag: "distinct", source: "serviceEvent", field: "personId", where: [{ attribute: "population", values: ["establishment_worker"] }] }
      ]
    }
    const error = Either.getLeft(Formula.check(decodeFormula(json), env)).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
    expect(error._tag).toBe("NotAdditive")
    expect(error.explain("en")).toContain("a person counted in two parts would count twice")
  })

  it("names the wrong attribute, value, field or package rule", () => {
    const problem = (json: unknown) =>
      Either.getLeft(Formula.check(decodeFormula(json), env)).pipe((o) => (o._tag === "Some" ? o.value.explain("en") : "accepted"))
    expect(problem({ _tag: "count", source: "inspectionVisit", where: [{ attribute: "sex", values: ["female"] }] })).toBe(
      'source "inspectionVisit" has no attribute "sex" (Sex) (at formula.where[0])'
    )
    expect(problem({ _tag: "count", source: "inspectionVisit", where: [{ attribute: "outcome", values: ["violated"] }] })).toBe(
      '"violated" is not a value of "outcome" (at formula.where[0])'
    )
    expect(problem({ _tag: "distinct", source: "activity", field: "personId", where: [] })).toBe(
      'cannot count distinct "personId" of source "activity" (at formula.field)'
    )
    expect(problem({ _tag: "reached", package: "CARE", where: [] })).toBe('there is no package rule "CARE" (at formula.package)')
    expect(problem({ _tag: "perUnit", amount: { _tag: "count", source: "serviceEvent", where: [] }, per: { _tag: "count", source: "group", where: [] } })).toBe(
      "cannot take a cost per unit from contacts (lượt) and VND (đồng): they are different units (at formula.amount)"
    )
    expect(problem({ _tag: "indicator", code: "NOT_THERE" })).toBe("no NOT_THERE (at formula)")
  })

  it("describes a formula in words in both languages", () => {
    const names: Formula.Names = { indicator: (code) => Catalogue.standard.get(code)?.name }
    expect(Formula.describe(I.VIOLATION_RATE.formula, "vi", names)).toBe(
      "lượt cơ sở vi phạm bị xử phạt [INSPECTION_VIOLATIONS] ÷ lượt cơ sở được kiểm tra [INSPECTION_VISITS] × 100"
    )
    expect(Formula.describe(I.COUNSELLING_CONTACTS.formula, "en", names)).toBe(
      "number of service contacts, where service type is Counselling, or the reported value of COUNSELLING_CONTACTS"
    )
    expect(Formula.describe(I.COST_PER_PERSON_TRAINED_VS_NORM.formula, "en", names)).toBe(
      "vocational spending per person trained [COST_PER_PERSON_TRAINED] ÷ the vocational training support cost norm in force at the end of the period × 100"
    )
    expect(Formula.describe(I.NO_PERMANENT_RESIDENCE_PERSONS.formula, "vi", names)).toBe(
      "số người khác nhau trong lượt dịch vụ, với tình trạng cư trú là Tạm trú hoặc Không đăng ký cư trú, hoặc số liệu báo cáo NO_PERMANENT_RESIDENCE_PERSONS"
    )
  })
})

describe("indicators and catalogues of one's own", () => {
  const mine = Indicator.make({
    code: "LOANS_TO_MIGRANTS",
    theme: "services",
    name: { vi: "Số người không có hộ khẩu thường trú được vay vốn", en: "Persons without permanent residence given a loan" },
    definition: { vi: "Số người tạm trú hoặc không đăng ký cư trú được vay vốn.", en: "Persons with temporary or no registered residence given a loan." },
    formula: Formula.persons({ where: { service: ["loan"], residence: ["temporary", "none"] } }),
    disaggregations: ["sex", "population"]
  })

  it("makes an indicator whose unit, additivity and breakdowns come from its formula", () => {
    expect([mine.unit, mine.additive, mine.decimals]).toEqual(["persons", false, 0])
    const catalogue = Either.getOrThrow(Catalogue.extend(Catalogue.standard, [mine]))
    expect(catalogue.get("LOANS_TO_MIGRANTS")).toBe(mine)
    expect(() =>
      Indicator.make({ ...mine, code: "BAD", formula: Formula.count("inspectionVisit"), disaggregations: ["sex"] } as never)
    ).toThrow('cannot be broken down by "sex": the formula supports establishmentType, outcome, atRisk')
  })

  it("reads indicators from JSON and checks them against the catalogue", () => {
    const json = JSON.parse(JSON.stringify(Indicator.encode(mine))) as unknown
    const back = Either.getOrThrow(Indicator.decode(json))
    expect(Either.isRight(Catalogue.extend(Catalogue.standard, [back]))).toBe(true)
    const lying = Either.getOrThrow(Indicator.decode({ ...(json as object), code: "LYING", additive: true }))
    const error = Either.getLeft(Catalogue.extend(Catalogue.standard, [lying])).pipe((o) => (o._tag === "Some" ? o.value : undefined))!
    expect(error.message).toBe(
      "Indicator LYING: the formula is not additive over periods (distinct persons, package reach or a ratio) but the indicator says it is (at additive)"
    )
    const shape = Indicator.decode({ code: "lower case", name: "x" })
    expect(Either.isLeft(shape) && shape.left.explain("en").includes("the indicator definition is malformed: code: an indicator code is upper-case")).toBe(true)
  })

  it("refuses duplicate codes, unknown references and reference cycles", () => {
    const a = Indicator.decode({ ...Indicator.encode(mine), code: "A", unit: "percent", formula: { _tag: "share", part: { _tag: "indicator", code: "B" }, total: { _tag: "indicator", code: "CONTACTS" } } })
    const b = Indicator.decode({ ...Indicator.encode(mine), code: "B", unit: "percent", formula: { _tag: "share", part: { _tag: "indicator", code: "A" }, total: { _tag: "indicator", code: "CONTACTS" } } })
    const cycle = Catalogue.extend(Catalogue.standard, [Either.getOrThrow(a), Either.getOrThrow(b)])
    expect(Either.getLeft(cycle).pipe((o) => (o._tag === "Some" ? o.value.message : ""))).toContain("reference cycle")
    const twice = Catalogue.extend(Catalogue.standard, [{ ...mine, code: "CONTACTS" }])
    expect(Either.getLeft(twice).pipe((o) => (o._tag === "Some" ? o.value.message : ""))).toBe("Indicator CONTACTS: the code appears twice in the catalogue (at code)")
  })
})
