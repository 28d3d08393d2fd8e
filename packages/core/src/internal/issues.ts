import * as Option from "effect/Option"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import type { Label } from "../Label.js"
import { LabelsAnnotationId } from "../Label.js"

/** Annotation holding the bilingual words for a refinement's failure. */
export const ProblemAnnotationId: unique symbol = Symbol.for("@pctnxh/core/Problem")

/** Annotations for a filter: an English message and the bilingual problem. */
export const problem = (label: Label) => ({ message: () => label.en, [ProblemAnnotationId]: label })

/** One problem found in a record, without the offending value. */
export interface FieldProblem {
  readonly field: string
  readonly problem: Label
}

const byId = (ast: AST.AST): Label | undefined => {
  const id = ast.annotations[AST.SchemaIdAnnotationId]
  const json = ast.annotations[AST.JSONSchemaAnnotationId] as Record<string, unknown> | undefined
  switch (id) {
    case Schema.IntSchemaId:
      return { vi: "phải là số nguyên", en: "must be a whole number" }
    case Schema.GreaterThanOrEqualToSchemaId:
      return json?.minimum === 0
        ? { vi: "không được là số âm", en: "must not be negative" }
        : { vi: `phải từ ${String(json?.minimum)} trở lên`, en: `must be at least ${String(json?.minimum)}` }
    case Schema.GreaterThanSchemaId:
      return json?.exclusiveMinimum === 0
        ? { vi: "phải lớn hơn 0", en: "must be greater than zero" }
        : { vi: `phải lớn hơn ${String(json?.exclusiveMinimum)}`, en: `must be greater than ${String(json?.exclusiveMinimum)}` }
    case Schema.BetweenSchemaId:
      return {
        vi: `phải nằm trong khoảng ${String(json?.minimum)}–${String(json?.maximum)}`,
        en: `must be between ${String(json?.minimum)} and ${String(json?.maximum)}`
      }
    case Schema.LessThanOrEqualToSchemaId:
      return { vi: "quá lớn", en: "is too large" }
    case Schema.FiniteSchemaId:
      return { vi: "phải là một số hữu hạn", en: "must be a finite number" }
    case Schema.MinLengthSchemaId:
      return { vi: "không được để trống", en: "must not be empty" }
    case Schema.MaxLengthSchemaId:
      return { vi: `dài quá ${String(json?.maxLength)} ký tự`, en: `is longer than ${String(json?.maxLength)} characters` }
    case Schema.TrimmedSchemaId:
      return { vi: "không được có khoảng trắng ở đầu hoặc cuối", en: "must not start or end with spaces" }
    case Schema.PatternSchemaId:
      return { vi: "sai định dạng", en: "is not in the expected format" }
    default:
      return undefined
  }
}

const literalMembers = (ast: AST.AST): ReadonlyArray<string> | undefined => {
  const labels = ast.annotations[LabelsAnnotationId] as Record<string, unknown> | undefined
  if (labels !== undefined) return Object.keys(labels)
  if (AST.isLiteral(ast)) return [String(ast.literal)]
  if (AST.isUnion(ast) && ast.types.every(AST.isLiteral)) return ast.types.map((t) => String((t as AST.Literal).literal))
  return undefined
}

const expected = (ast: AST.AST): Label => {
  const own = ast.annotations[ProblemAnnotationId] as Label | undefined
  if (own !== undefined) return own
  const members = literalMembers(ast)
  if (members !== undefined) {
    const list = members.join(", ")
    return { vi: `phải là một trong: ${list}`, en: `must be one of: ${list}` }
  }
  switch (ast._tag) {
    case "StringKeyword":
      return { vi: "phải là chữ", en: "must be text" }
    case "NumberKeyword":
      return { vi: "phải là một số", en: "must be a number" }
    case "BooleanKeyword":
      return { vi: "phải là có hoặc không (true/false)", en: "must be true or false" }
    case "TupleType":
      return { vi: "phải là một danh sách", en: "must be a list" }
    case "TypeLiteral":
    case "Declaration":
      return { vi: "phải là một bản ghi", en: "must be a record" }
    case "Refinement":
      return byId(ast) ?? expected(ast.from)
    case "Transformation":
      return expected(ast.to)
    case "Union": {
      const nonUndefined = ast.types.filter((t) => t._tag !== "UndefinedKeyword")
      if (nonUndefined.length === 1 && nonUndefined[0] !== undefined) return expected(nonUndefined[0])
      return { vi: "không đúng kiểu", en: "has the wrong type" }
    }
    default:
      return { vi: "không hợp lệ", en: "is not valid" }
  }
}

const refinementProblem = (ast: AST.Refinement): Label =>
  (ast.annotations[ProblemAnnotationId] as Label | undefined) ??
  byId(ast) ??
  Option.match(AST.getDescriptionAnnotation(ast), {
    onNone: () => ({ vi: "không hợp lệ", en: "is not valid" }),
    onSome: (d) => ({ vi: "không hợp lệ", en: `must be ${d}` })
  })

const join = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc === "" ? String(key) : `${acc}.${String(key)}`),
    ""
  )

/**
 * Flattens a parse issue into field problems in plain words. The actual value is never read
 * into the words: only the schema's expectations are.
 */
export const problems = (issue: ParseResult.ParseIssue): ReadonlyArray<FieldProblem> => {
  const out: Array<FieldProblem> = []
  const walk = (i: ParseResult.ParseIssue, path: ReadonlyArray<PropertyKey>): void => {
    switch (i._tag) {
      case "Pointer":
        walk(i.issue, [...path, ...(Array.isArray(i.path) ? i.path : [i.path as PropertyKey])])
        return
      case "Composite": {
        if (literalMembers(i.ast) !== undefined) {
          out.push({ field: join(path), problem: expected(i.ast) })
          return
        }
        const list = Array.isArray(i.issues) ? i.issues : [i.issues as ParseResult.ParseIssue]
        for (const sub of list) walk(sub, path)
        return
      }
      case "Missing":
        out.push({ field: join(path), problem: { vi: "bắt buộc phải có", en: "is required" } })
        return
      case "Unexpected":
        out.push({ field: join(path), problem: { vi: "không phải là trường được phép", en: "is not an allowed field" } })
        return
      case "Refinement": {
        if (i.kind === "From") {
          walk(i.issue, path)
          return
        }
        // a filter may point at the field it blames
        let inner: ParseResult.ParseIssue = i.issue
        let at = path
        while (inner._tag === "Pointer") {
          at = [...at, ...(Array.isArray(inner.path) ? inner.path : [inner.path as PropertyKey])]
          inner = inner.issue
        }
        out.push({ field: join(at), problem: refinementProblem(i.ast) })
        return
      }
      case "Transformation":
        if (i.kind === "Transformation") {
          const own = i.ast.annotations[ProblemAnnotationId] as Label | undefined
          if (own !== undefined) {
            out.push({ field: join(path), problem: own })
            return
          }
        }
        walk(i.issue, path)
        return
      case "Type":
        // an optional field's "or undefined" branch says nothing useful about a wrong value
        if (i.ast._tag === "UndefinedKeyword") return
        out.push({ field: join(path), problem: expected(i.ast) })
        return
      case "Forbidden":
        out.push({ field: join(path), problem: { vi: "không kiểm tra được", en: "could not be checked" } })
        return
    }
  }
  walk(issue, [])
  // unions report one issue per member; keep one line per field and problem
  const seen = new Set<string>()
  return out.filter((p) => {
    const key = `${p.field}\u0000${p.problem.en}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
