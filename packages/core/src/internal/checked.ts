/**
 * A shorter road through Effect Schema for records of a class whose fields only check their
 * values: strings, numbers, booleans, literals, their refinements (ids, dates, codes, amounts)
 * and unions of these. Decoding or encoding such a field gives its value back unchanged, so a
 * record whose fields are all such, present and valid, decodes to `new Class(fields, true)`
 * (Effect's own transformation of the class) and encodes to a plain copy of its fields, in
 * the order of the class's fields — what Effect Schema gives, without its machinery for each
 * field of each record. Each field's check makes the tests Effect Schema's parser makes — the same
 * `typeof`, the same literals, each refinement's own filter — as one predicate.
 *
 * Whenever the road does not apply — a field that transforms (a nested class), an unknown key,
 * a missing required field, an invalid value, an input that is not a plain record — it answers
 * `undefined` and the caller takes Effect Schema's road, which finds every problem and words it.
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import type { ParseOptions } from "effect/SchemaAST"

/** Whether decoding and encoding a value of this type give it back unchanged when it is valid. */
const checksOnly = (ast: AST.AST): boolean => {
  switch (ast._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UndefinedKeyword":
    case "Literal":
    case "Enums":
      return true
    case "Union":
      return ast.types.every(checksOnly)
    case "Refinement":
      return checksOnly(ast.from)
    default:
      return false
  }
}

/**
 * Effect Schema's check of a value of a type that {@link checksOnly} accepts, as one predicate:
 * the same tests its parser makes (`typeof`, `===`, each refinement's own filter), without
 * building its results for each value.
 */
const checker = (type: AST.AST): ((value: unknown) => boolean) => {
  switch (type._tag) {
    case "StringKeyword":
      return (value) => typeof value === "string"
    case "NumberKeyword":
      return (value) => typeof value === "number"
    case "BooleanKeyword":
      return (value) => typeof value === "boolean"
    case "UndefinedKeyword":
      return (value) => value === undefined
    case "Literal": {
      const literal = type.literal
      return (value) => value === literal
    }
    case "Enums": {
      const values = type.enums.map(([, value]) => value)
      return (value) => values.includes(value as string | number)
    }
    case "Union": {
      // a union of literals (a vocabulary's keys) is one lookup; any other, each member in turn,
      // with no function made per value
      if (type.types.every((t) => t._tag === "Literal")) {
        const literals = new Set(type.types.map((t) => (t as AST.Literal).literal))
        return (value) => literals.has(value as AST.LiteralValue)
      }
      const members = type.types.map(checker)
      return (value) => {
        for (let i = 0; i < members.length; i++) if (members[i]!(value)) return true
        return false
      }
    }
    case "Refinement": {
      const from = checker(type.from)
      return (value) => from(value) && Option.isNone(type.filter(value, AST.defaultParseOption, type))
    }
    default:
      // never reached: `checksOnly` admits only the types above
      return () => false
  }
}

interface Field {
  readonly name: string
  readonly optional: boolean
  /** The field's check, or `undefined` when the field transforms its value. */
  readonly valid: ((value: unknown) => boolean) | undefined
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/** How many own enumerable string keys an object has (`Object.keys(o).length`, without the array). */
const ownKeys = (o: object): number => {
  let n = 0
  for (const key in o) if (hasOwn(o, key)) n++
  return n
}

/** The fields of a class's plain form, in order, when the class is a transformation of one. */
const fieldsOf = (ast: AST.AST): { readonly fields: ReadonlyArray<Field>; readonly ast: AST.Transformation } | undefined => {
  if (ast._tag !== "Transformation" || ast.from._tag !== "TypeLiteral" || ast.to._tag !== "Declaration") return undefined
  if (ast.transformation._tag !== "FinalTransformation" || ast.from.indexSignatures.length > 0) return undefined
  const fields: Array<Field> = []
  for (const ps of ast.from.propertySignatures) {
    if (typeof ps.name !== "string") return undefined
    fields.push({ name: ps.name, optional: ps.isOptional, valid: checksOnly(ps.type) ? checker(ps.type) : undefined })
  }
  return { fields, ast }
}

/**
 * The fields of a record copied in the class's order when each present one is valid and each
 * required one is present; `undefined` otherwise.
 */
const copy = (fields: ReadonlyArray<Field>, input: object): Record<string, unknown> | undefined => {
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (hasOwn(input, field.name)) {
      const value = (input as Record<string, unknown>)[field.name]
      if (field.valid === undefined || !field.valid(value)) return undefined
      out[field.name] = value
    } else if (!field.optional) {
      return undefined
    }
  }
  return out
}

/**
 * A decoder of untrusted input to an instance of a class, for the options `options`
 * (unknown keys refused), or `undefined` when the class is not one the road applies to. The
 * decoder answers `undefined` where Effect Schema must decide.
 */
export const decoder = (
  schema: Schema.Schema.Any,
  options: ParseOptions & { readonly onExcessProperty: "error" }
): ((input: unknown) => unknown) | undefined => {
  const found = fieldsOf(schema.ast)
  if (found === undefined) return undefined
  const { ast, fields } = found
  const transformation = ast.transformation as AST.FinalTransformation
  // a class's declaration accepts exactly its instances; another declaration is asked
  const declared =
    typeof schema === "function"
      ? (made: unknown) => (made instanceof (schema as unknown as abstract new (...args: never) => unknown) ? made : undefined)
      : (() => {
          const parse = ParseResult.decodeUnknownEither(Schema.make(ast.to), options)
          return (made: unknown) => {
            const instance = parse(made)
            return Either.isRight(instance) ? instance.right : undefined
          }
        })()
  let bare = bareOf(schema)
  /** Whether the first record made by copying was the one the constructor makes (checked once). */
  let confirmed = false
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return undefined
    if (Object.getOwnPropertySymbols(input).length > 0) return undefined
    const plain = copy(fields, input)
    // a key the class does not have: the input has more keys than were copied
    if (plain === undefined || ownKeys(input) !== ownKeys(plain)) return undefined
    if (bare !== undefined) {
      const copied = Object.assign(Object.create(bare), plain) as object
      if (confirmed) return copied
      const built = new (schema as unknown as new (props: object, disableValidation: boolean) => object)(plain, true)
      confirmed = sameOwn(copied, built)
      if (confirmed) return copied
      bare = undefined
    }
    const made = transformation.decode(plain, options, ast, input)
    if (!Either.isEither(made) || Either.isLeft(made)) return undefined
    return declared(made.right)
  }
}

/** Whether two objects have the same prototype and the same own keys, in order, with the same values. */
const sameOwn = (a: object, b: object): boolean => {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  const keys = Reflect.ownKeys(a)
  const others = Reflect.ownKeys(b)
  return keys.length === others.length && keys.every((k, i) => k === others[i] && Object.is((a as never)[k], (b as never)[k]))
}

/**
 * The prototype of a class whose constructor, given valid fields and no validation, only
 * copies them onto a new instance (Effect's `Data.Class`): none of its fields has a default and
 * it declares no fields of its own, so an instance made of no fields has no keys. Its instances
 * are then made by copying the fields onto an object of that prototype, without the
 * constructor's copies; the first one made is compared with the constructor's own, and the
 * constructor is used from then on if they differ. `undefined` for any other class.
 */
const bareOf = (schema: Schema.Schema.Any): object | undefined => {
  if (typeof schema !== "function") return undefined
  try {
    const klass = schema as unknown as new (props: object, disableValidation: boolean) => object
    const empty = new klass({}, true)
    return Reflect.ownKeys(empty).length === 0 && Object.getPrototypeOf(empty) === klass.prototype ? klass.prototype : undefined
  } catch {
    return undefined
  }
}

/**
 * An encoder of instances of a class to their plain form (unknown keys left out), or
 * `undefined` when the class is not one the road applies to. The encoder answers `undefined`
 * where Effect Schema must decide.
 */
export const encoder = (schema: Schema.Schema.Any): ((record: unknown) => unknown) | undefined => {
  const found = fieldsOf(schema.ast)
  if (found === undefined) return undefined
  const { fields } = found
  const klass = schema as unknown as abstract new (...args: never) => unknown
  return (record) => (record instanceof klass ? copy(fields, record as object) : undefined)
}
