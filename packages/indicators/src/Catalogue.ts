/**
 * The catalogue: the indicators a report can ask for and the package rules their formulas
 * name. {@link standard} covers every figure of the programme reports the library was built
 * from; {@link make} and {@link extend} check a catalogue of one's own — every formula's units,
 * additivity, references (no cycles) and disaggregations — so that an indicator read from JSON
 * is held to the same rules as the typed ones.
 *
 * @example
 * ```ts
 * import { Catalogue, Formula, Indicator } from "@pctnxh/indicators"
 *
 * const mine = Indicator.make({
 *   code: "COUNSELLING_PER_PERSON",
 *   theme: "services",
 *   name: { vi: "Lượt tư vấn bình quân mỗi người", en: "Counselling contacts per person counselled" },
 *   definition: { vi: "…", en: "…" },
 *   formula: Formula.ratio(
 *     Formula.ref(Catalogue.indicators.COUNSELLING_CONTACTS),
 *     Formula.ref(Catalogue.indicators.COUNSELLING_PERSONS)
 *   )
 * })
 * const catalogue = Catalogue.extend(Catalogue.standard, [mine]) // Either<Catalogue, …>
 * ```
 * @since 0.1.0
 */
import { AggregateQuery, Label } from "@pctnxh/core"
import * as Either from "effect/Either"
import * as Formula from "./Formula.js"
import * as Indicator from "./Indicator.js"
import { InvalidFormula, NotAdditive, UnitMismatch, UnknownIndicator } from "./IndicatorError.js"
import { attributeLabel as attributeName } from "./internal/attributes.js"
import { order } from "./internal/order.js"
import * as standardIndicators from "./internal/standard.js"
import * as Package from "./Package.js"
import { Unit } from "./Unit.js"

/**
 * A checked set of indicators and package rules.
 *
 * @since 0.1.0
 */
export interface Catalogue {
  /** The indicators, in the order given. */
  readonly indicators: ReadonlyArray<Indicator.Indicator>
  /** The package rules, all versions. */
  readonly packages: ReadonlyArray<Package.PackageRule>
  /** The indicator with this code. */
  readonly get: (code: string) => Indicator.Indicator | undefined
}

/**
 * Errors a catalogue can be refused with.
 *
 * @since 0.1.0
 */
export type CatalogueError = InvalidFormula | UnitMismatch | NotAdditive

const withIndicator = (error: CatalogueError, code: string): CatalogueError => {
  switch (error._tag) {
    case "NotAdditive":
      return error.indicators.length > 0 ? error : new NotAdditive({ indicators: [code], path: error.path, reason: error.reason })
    case "UnitMismatch":
      return error.indicator !== undefined ? error : new UnitMismatch({ indicator: code, path: error.path, reason: error.reason })
    case "InvalidFormula":
      return error.indicator !== undefined ? error : new InvalidFormula({ indicator: code, path: error.path, reason: error.reason })
  }
}

/**
 * Checks indicators and package rules into a catalogue: codes are unique, references resolve
 * without cycles, every formula's unit and additivity are what the indicator declares, and
 * every disaggregation offered is one the formula supports.
 *
 * @since 0.1.0
 */
export const make = (
  indicators: ReadonlyArray<Indicator.Indicator>,
  packages: ReadonlyArray<Package.PackageRule> = Package.standard
): Either.Either<Catalogue, CatalogueError> => {
  const byCode = new Map<string, Indicator.Indicator>()
  for (const indicator of indicators) {
    if (byCode.has(indicator.code)) {
      return Either.left(
        new InvalidFormula({
          indicator: indicator.code,
          path: "code",
          reason: { vi: "mã chỉ số bị trùng trong danh mục", en: "the code appears twice in the catalogue" }
        })
      )
    }
    byCode.set(indicator.code, indicator)
  }
  const packageCodes = new Set(packages.map((p) => p.code))
  const typed = new Map<string, Formula.Typing>()
  const visiting = new Set<string>()
  const typing = (code: string): Either.Either<Formula.Typing, CatalogueError | { readonly unknown: Label.Label }> => {
    const done = typed.get(code)
    if (done !== undefined) return Either.right(done)
    const indicator = byCode.get(code)
    if (indicator === undefined) {
      return Either.left({ unknown: { vi: `không có chỉ số "${code}" trong danh mục`, en: `there is no indicator "${code}" in the catalogue` } })
    }
    if (visiting.has(code)) {
      return Either.left({
        unknown: { vi: `vòng tham chiếu: chỉ số "${code}" tham chiếu lại chính nó`, en: `reference cycle: indicator "${code}" refers back to itself` }
      })
    }
    visiting.add(code)
    let inner: CatalogueError | undefined
    const env: Formula.Environment = {
      indicator: (ref) => {
        const t = typing(ref)
        if (Either.isRight(t)) return Either.right(t.right)
        if ("unknown" in t.left) return Either.left({ reason: t.left.unknown })
        inner ??= t.left
        return Either.left({ reason: { vi: `chỉ số "${ref}" không hợp lệ`, en: `indicator "${ref}" is invalid` } })
      },
      hasPackage: (p) => packageCodes.has(p)
    }
    const result = Formula.check(indicator.formula, env)
    visiting.delete(code)
    if (inner !== undefined) return Either.left(inner)
    if (Either.isLeft(result)) return Either.left(withIndicator(result.left, code))
    const t = result.right
    if (t.unit !== indicator.unit) {
      return Either.left(
        new InvalidFormula({
          indicator: code,
          path: "unit",
          reason: {
            vi: `đơn vị khai báo là ${Unit.label(indicator.unit).vi} nhưng công thức cho ra ${Unit.label(t.unit).vi}`,
            en: `the declared unit is ${Unit.label(indicator.unit).en} but the formula gives ${Unit.label(t.unit).en}`
          }
        })
      )
    }
    if (t.additive !== indicator.additive) {
      return Either.left(
        new InvalidFormula({
          indicator: code,
          path: "additive",
          reason: t.additive
            ? { vi: "công thức cộng dồn được nhưng chỉ số khai báo là không cộng dồn", en: "the formula is additive but the indicator says it is not" }
            : {
                vi: "công thức không cộng dồn được theo kỳ (người không trùng lặp, gói dịch vụ hoặc tỉ lệ) nhưng chỉ số khai báo là cộng dồn",
                en: "the formula is not additive over periods (distinct persons, package reach or a ratio) but the indicator says it is"
              }
        })
      )
    }
    typed.set(code, t)
    return Either.right(t)
  }
  for (const indicator of indicators) {
    const t = typing(indicator.code)
    if (Either.isLeft(t)) {
      return Either.left(
        "unknown" in t.left ? new InvalidFormula({ indicator: indicator.code, path: "formula", reason: t.left.unknown }) : t.left
      )
    }
  }
  const supported = new Map<string, ReadonlyArray<string> | null>()
  const capability = (code: string): ReadonlyArray<string> | null => {
    if (!supported.has(code)) {
      const indicator = byCode.get(code)!
      supported.set(code, Formula.disaggregations(indicator.formula, (ref) => byCode.get(ref)?.disaggregations))
    }
    return supported.get(code) ?? null
  }
  for (const indicator of indicators) {
    const can = capability(indicator.code)
    const bad = can === null ? undefined : indicator.disaggregations.find((d) => !can.includes(d))
    if (bad !== undefined) {
      return Either.left(
        new InvalidFormula({
          indicator: indicator.code,
          path: "disaggregations",
          reason: {
            vi: `không thể phân tổ theo "${bad}": công thức chỉ phân tổ được theo ${can?.join(", ") || "không thuộc tính nào"}`,
            en: `cannot be broken down by "${bad}": the formula supports ${can?.join(", ") || "no disaggregation"}`
          }
        })
      )
    }
  }
  return Either.right({ indicators: [...indicators], packages: [...packages], get: (code) => byCode.get(code) })
}

/**
 * {@link make}, throwing the error.
 *
 * @since 0.1.0
 */
export const unsafeMake = (
  indicators: ReadonlyArray<Indicator.Indicator>,
  packages: ReadonlyArray<Package.PackageRule> = Package.standard
): Catalogue => Either.getOrThrowWith(make(indicators, packages), (e) => e)

/**
 * A catalogue with more indicators and package rules; an indicator with the code of an
 * existing one is refused.
 *
 * @since 0.1.0
 */
export const extend = (
  base: Catalogue,
  indicators: ReadonlyArray<Indicator.Indicator>,
  packages: ReadonlyArray<Package.PackageRule> = []
): Either.Either<Catalogue, CatalogueError> => make([...base.indicators, ...indicators], [...base.packages, ...packages])

/**
 * Every standard indicator by code, typed with its unit and additivity, for use in formulas
 * (`Formula.ref(Catalogue.indicators.PERSONS_REACHED)`).
 *
 * @since 0.1.0
 */
export const indicators = standardIndicators

/**
 * The standard catalogue.
 *
 * @since 0.1.0
 */
export const standard: Catalogue = unsafeMake(order, Package.standard)

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

/**
 * The indicator with a code, or an {@link UnknownIndicator} suggesting the closest codes.
 *
 * @since 0.1.0
 */
export const resolve = (catalogue: Catalogue, code: string): Either.Either<Indicator.Indicator, UnknownIndicator> => {
  const found = catalogue.get(code)
  if (found !== undefined) return Either.right(found)
  const wanted = code.toUpperCase()
  const suggestions = catalogue.indicators
    .map((i) => {
      const d = distance(wanted, i.code)
      return { code: i.code, d: wanted.length >= 4 && i.code.includes(wanted) ? Math.min(d, 2) : d }
    })
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || (a.code < b.code ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.code)
  return Either.left(new UnknownIndicator({ code, suggestions }))
}

/**
 * Every indicator a set of indicators depends on, itself included, dependencies first.
 *
 * @since 0.1.0
 */
export const closure = (catalogue: Catalogue, codes: ReadonlyArray<string>): ReadonlyArray<Indicator.Indicator> => {
  const out: Array<Indicator.Indicator> = []
  const seen = new Set<string>()
  const visit = (code: string) => {
    if (seen.has(code)) return
    seen.add(code)
    const indicator = catalogue.get(code)
    if (indicator === undefined) return
    Formula.references(indicator.formula).forEach(visit)
    out.push(indicator)
  }
  codes.forEach(visit)
  return out
}

// -------------------------------------------------------------------------------------------
// Documentation
// -------------------------------------------------------------------------------------------

const esc = (s: string) => s.replace(/\|/g, "\\|")

/**
 * Renders a catalogue as a Markdown guide in Vietnamese and English: for every indicator its
 * definition, unit, additivity, disaggregations and formula in words, grouped by theme.
 * `docs/indicators.md` is this function's output for the standard catalogue.
 *
 * @since 0.1.0
 */
export const markdown = (catalogue: Catalogue): string => {
  const names: Formula.Names = {
    indicator: (code) => catalogue.get(code)?.name,
    package: (code) => catalogue.packages.find((p) => p.code === code)?.name
  }
  const lines: Array<string> = []
  lines.push("# Danh mục chỉ số — The indicator catalogue", "")
  lines.push(
    "<!-- Generated from the catalogue by packages/indicators/scripts/indicators-doc.ts; edit the catalogue, not this file. -->",
    ""
  )
  lines.push(
    "Mỗi chỉ số có mã, tên, định nghĩa, đơn vị và công thức. **lượt** (contacts) và **người** (persons) là hai đơn vị khác nhau và không bao giờ được cộng lẫn; số người không trùng lặp **không cộng dồn** qua các kỳ con (số người của năm không phải tổng số người của các quý).",
    "",
    "Every indicator has a code, a name, a definition, a unit and a formula. **Contacts** (lượt) and **persons** (người) are different units and are never added together; distinct persons are **not additive** over sub-periods (a year's persons are not the sum of its quarters').",
    ""
  )
  lines.push("| Chủ đề — Theme | Số chỉ số — Indicators |", "| --- | --- |")
  for (const theme of Indicator.Theme.members) {
    const n = catalogue.indicators.filter((i) => i.theme === theme).length
    if (n > 0) lines.push(`| [${Indicator.Theme.label(theme).vi} — ${Indicator.Theme.label(theme).en}](#${theme}) | ${n} |`)
  }
  lines.push("")
  for (const theme of Indicator.Theme.members) {
    const members = catalogue.indicators.filter((i) => i.theme === theme)
    if (members.length === 0) continue
    const t = Indicator.Theme.label(theme)
    lines.push(`<a id="${theme}"></a>`, "", `## ${t.vi} — ${t.en}`, "")
    for (const i of members) {
      const unit = Unit.label(i.unit)
      lines.push(`### \`${i.code}\``, "")
      lines.push("| | Tiếng Việt | English |", "| --- | --- | --- |")
      lines.push(`| Tên — Name | ${esc(i.name.vi)} | ${esc(i.name.en)} |`)
      lines.push(`| Định nghĩa — Definition | ${esc(i.definition.vi)} | ${esc(i.definition.en)} |`)
      lines.push(`| Đơn vị — Unit | ${esc(unit.vi)} | ${esc(unit.en)} |`)
      lines.push(
        `| Cộng dồn qua các kỳ — Additive over periods | ${i.additive ? "có" : "không"} | ${i.additive ? "yes" : "no"} |`
      )
      lines.push(
        `| Công thức — Formula | ${esc(Formula.describe(i.formula, "vi", names))} | ${esc(Formula.describe(i.formula, "en", names))} |`
      )
      if (i.disaggregations.length > 0) {
        const vi = i.disaggregations.map((d) => Label.text(attributeName(d), "vi")).join(", ")
        const en = i.disaggregations.map((d) => Label.text(attributeName(d), "en")).join(", ")
        lines.push(`| Phân tổ — Disaggregations | ${esc(vi)} | ${esc(en)} |`)
      }
      if (i.benchmark !== undefined) lines.push(`| Mốc — Benchmark | ${esc(benchmarkText(i.benchmark, "vi"))} | ${esc(benchmarkText(i.benchmark, "en"))} |`)
      if (i.figures !== undefined) lines.push(`| Số liệu nguồn — Source figures | ${esc(i.figures.vi)} | ${esc(i.figures.en)} |`)
      if (i.publicAmount !== undefined) lines.push(`| Số tiền công khai — Public amount | ${esc(i.publicAmount.vi)} | ${esc(i.publicAmount.en)} |`)
      if (i.contributors !== undefined) {
        lines.push(`| Đơn vị đóng góp — Contributors | ${esc(AggregateQuery.DistinctField.label(i.contributors).vi)} | ${esc(AggregateQuery.DistinctField.label(i.contributors).en)} |`)
      }
      lines.push("")
    }
  }
  if (catalogue.packages.length > 0) {
    lines.push("## Quy tắc gói dịch vụ — Package rules", "")
    lines.push("| Mã — Code | Chương trình — Programme | Hiệu lực — In force | Tên — Name | Ít nhất — At least | Dịch vụ — Services |", "| --- | --- | --- | --- | --- | --- |")
    for (const p of catalogue.packages) {
      lines.push(
        `| \`${p.code}\` | ${esc(p.programme)} | ${p.validFrom} – ${p.validTo ?? "…"} | ${esc(p.name.vi)} — ${esc(p.name.en)} | ${p.atLeast} | ${p.services.map((s) => `\`${s}\``).join(", ")} |`
      )
    }
    lines.push("")
  }
  return lines.join("\n")
}


const benchmarkText = (b: Indicator.Benchmark, lang: Label.Lang): string => {
  const vi = lang === "vi"
  const parts: Array<string> = []
  if (b.atLeast !== undefined) parts.push(vi ? `ít nhất ${b.atLeast}` : `at least ${b.atLeast}`)
  if (b.atMost !== undefined) parts.push(vi ? `nhiều nhất ${b.atMost}` : `at most ${b.atMost}`)
  const per = b.periodKind === undefined ? "" : vi ? ` mỗi ${({ year: "năm", half: "6 tháng", quarter: "quý", month: "tháng" } as const)[b.periodKind]}` : ` per ${b.periodKind}`
  return `${parts.join(vi ? " và " : " and ")}${per} (${b.basis[lang]})`
}
