/**
 * Privacy classification of fields.
 *
 * Every field of every entity carries one of four classes, read by `@pctnxh/privacy` to build
 * allow-lists, audiences and disclosure control. The categories follow Law 91/2025/QH15 on
 * personal data protection and Decree 356/2025: health, sex life, violence and criminal records
 * are sensitive.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import { vocabulary } from "./Label.js"

/**
 * The privacy class of a field.
 *
 * - `direct`: identifies a person by itself (a name, a phone number). The core model has none;
 *   such values live only in the identity vault of `@pctnxh/privacy`.
 * - `quasi`: identifies a person in combination (birth year, sex, commune, date of a contact).
 * - `sensitive`: a special category of personal data (health, HIV status, sex work, violence,
 *   criminal record) or a keyed pseudonym that links records of one person.
 * - `plain`: not personal.
 *
 * @since 0.1.0
 */
export const PrivacyClass = vocabulary("PrivacyClass", {
  direct: { vi: "Định danh trực tiếp", en: "Direct identifier" },
  quasi: { vi: "Định danh gián tiếp", en: "Quasi-identifier" },
  sensitive: { vi: "Dữ liệu nhạy cảm", en: "Sensitive" },
  plain: { vi: "Không phải dữ liệu cá nhân", en: "Plain" }
})

/**
 * @since 0.1.0
 */
export type PrivacyClass = typeof PrivacyClass.Type

/**
 * The annotation key holding a field's {@link PrivacyClass}.
 *
 * @since 0.1.0
 */
export const PrivacyClassAnnotationId: unique symbol = Symbol.for("@pctnxh/core/Classification/PrivacyClass")

/**
 * Annotates a schema with a privacy class.
 *
 * @since 0.1.0
 */
export const classify =
  (privacy: PrivacyClass) =>
  <S extends Schema.Schema.Any>(schema: S): S =>
    schema.annotations({ [PrivacyClassAnnotationId]: privacy }) as S

/**
 * Marks a field as a direct identifier.
 *
 * @since 0.1.0
 */
export const direct = classify("direct")
/**
 * Marks a field as a quasi-identifier.
 *
 * @since 0.1.0
 */
export const quasi = classify("quasi")
/**
 * Marks a field as sensitive personal data.
 *
 * @since 0.1.0
 */
export const sensitive = classify("sensitive")
/**
 * Marks a field as not personal.
 *
 * @since 0.1.0
 */
export const plain = classify("plain")

const annotationOf = (ast: SchemaAST.AST): Option.Option<PrivacyClass> => {
  const own = SchemaAST.getAnnotation<PrivacyClass>(PrivacyClassAnnotationId)(ast)
  if (Option.isSome(own)) return own
  // optional fields wrap their type in a union with undefined; transformations keep it on either side
  switch (ast._tag) {
    case "Union": {
      for (const member of ast.types) {
        const found = annotationOf(member)
        if (Option.isSome(found)) return found
      }
      return Option.none()
    }
    case "Transformation":
      return Option.orElse(annotationOf(ast.to), () => annotationOf(ast.from))
    case "Refinement":
      return annotationOf(ast.from)
    default:
      return Option.none()
  }
}

/**
 * Reads the privacy class of a schema, if it has one.
 *
 * @since 0.1.0
 */
export const get = (schema: Schema.Schema.Any | SchemaAST.AST): Option.Option<PrivacyClass> =>
  annotationOf(Schema.isSchema(schema) ? schema.ast : schema)

/**
 * The privacy class of every field of a struct or class schema. A field without an annotation
 * is absent from the result: callers treat it as sensitive (fail closed).
 *
 * @example
 * ```ts
 * import { Classification, Person } from "@pctnxh/core"
 * Classification.fieldsOf(Person.Person).birthYear // "quasi"
 * ```
 * @since 0.1.0
 */
export const fieldsOf = (schema: { readonly fields: Schema.Struct.Fields }): Readonly<Record<string, PrivacyClass>> => {
  const out: Record<string, PrivacyClass> = {}
  for (const [name, field] of Object.entries(schema.fields)) {
    const ast = Schema.isPropertySignature(field) ? field.ast : (field as Schema.Schema.Any).ast
    const found =
      ast._tag === "PropertySignatureDeclaration" || ast._tag === "PropertySignatureTransformation"
        ? Option.orElse(
            SchemaAST.getAnnotation<PrivacyClass>(PrivacyClassAnnotationId)(ast as never),
            () => annotationOf(ast._tag === "PropertySignatureDeclaration" ? ast.type : ast.to.type)
          )
        : annotationOf(ast as SchemaAST.AST)
    if (Option.isSome(found)) out[name] = found.value
  }
  return out
}
