/**
 * The stages an import passes each row through, in order:
 *
 *   read (Source) → header (find the header row, make the plan) → map (cells to a record) →
 *   pseudonymise (UIC parts to a personId) → decode (the record checked, its id given) →
 *   batch and write (internal/batches) → report (the tally)
 *
 * Each stage is a function of what the one before gives it; the only state is the header
 * finder's rows before the header and the tally of what happened to the rows.
 */
import type { Entity } from "@pctnxh/core"
import { Entity as Entities } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import type * as Csv from "../Csv.js"
import type { Problem, RejectedRow } from "../ImportReport.js"
import type * as Mapping from "../Mapping.js"
import { canonical, digest, fingerprint, hex128 } from "./identity.js"
import type { Occurrences } from "./occurrences.js"
import type { Plan, RowContext } from "./plan.js"
import { candidate, columnOfIssue, headerScore, isBlankRow, isTotalRow } from "./plan.js"

type UicParts = { readonly [P in Mapping.UicPart]?: string }
type Pseudonymiser = (parts: UicParts) => Effect.Effect<string, unknown> | Promise<string>

/** How many rows are looked at for a header before the first one is taken. */
export const HEADER_SEARCH = 20

/** What happened to the rows so far: the numbers of the report. */
export class Tally {
  read = 0
  skipped = 0
  valid = 0
  rejected = 0
  pseudonymised = 0
  readonly rejections: Array<RejectedRow> = []
  truncated = false
  constructor(
    private readonly file: string,
    private readonly sheet: () => string | undefined,
    private readonly maxRejections: number
  ) {}
  reject(row: Csv.Row, problems: ReadonlyArray<Problem>): void {
    this.rejected++
    if (this.rejections.length < this.maxRejections) {
      const sheet = this.sheet()
      this.rejections.push({ file: this.file, ...(sheet === undefined ? {} : { sheet }), row: row.number, problems })
    } else {
      this.truncated = true
    }
  }
}

// ---------------------------------------------------------------------------------------------
// header
// ---------------------------------------------------------------------------------------------

/**
 * Finds the header: the row given as `headerRow`, else the first of the first 20 non-blank rows
 * that names two fields of the mapping, else the first of them. `establish` makes the plan of a
 * header; `data` takes each data row after it. Returns the step of one row and the step that
 * settles the rows held back when the rows end (or 20 rows named no field).
 */
export const headerFinder = <E>(options: {
  readonly mapping: Mapping.Mapping
  readonly headerRow: number | undefined
  readonly establish: (header: Csv.Row) => Effect.Effect<Plan, E>
  readonly data: (plan: Plan, row: Csv.Row) => Effect.Effect<void, E>
}) => {
  const { mapping, headerRow, establish, data } = options
  let plan: Plan | undefined
  let seen: Array<Csv.Row> = []
  const established = (header: Csv.Row) => Effect.tap(establish(header), (p) => Effect.sync(() => (plan = p)))

  // no header found among the rows seen: the first one is the header, the rest are data
  const settle: Effect.Effect<void, E> = Effect.suspend(() => {
    const [first, ...rest] = seen
    seen = []
    if (first === undefined) return Effect.void
    return Effect.flatMap(established(first), (p) => Effect.forEach(rest, (r) => data(p, r), { discard: true }))
  })

  const row = (r: Csv.Row): Effect.Effect<void, E> => {
    if (plan !== undefined) return data(plan, r)
    if (headerRow !== undefined) {
      if (r.number < headerRow) return Effect.void
      const header = r.number === headerRow ? r : { number: headerRow, cells: [] }
      return Effect.flatMap(established(header), (p) => (r.number > headerRow ? data(p, r) : Effect.void))
    }
    if (isBlankRow(r)) return Effect.void
    seen.push(r)
    if (headerScore(mapping, r) >= 2) {
      seen = []
      return Effect.asVoid(established(r))
    }
    if (seen.length < HEADER_SEARCH) return Effect.void
    return settle
  }

  return {
    row,
    settle,
    /** When there was no row at all after `headerRow`: the plan of an empty header. */
    emptyHeader: (number: number) => Effect.asVoid(established({ number, cells: [] })),
    plan: (): Plan | undefined => plan
  }
}

// ---------------------------------------------------------------------------------------------
// map
// ---------------------------------------------------------------------------------------------

/** A data row read into a record, with what was wrong and, if it names a person, the UIC parts. */
export interface Mapped {
  readonly row: Csv.Row
  readonly record: Record<string, unknown>
  readonly problems: Array<Problem>
  /** The parts of the person's UIC, when the row names a person who needs a pseudonym. */
  readonly parts: UicParts | undefined
}

const UIC_PARTS = ["code", "ownName", "motherName", "fatherName", "birthDate"] as const

/** Reads a data row into a record; blank rows and rows of totals are skipped (`undefined`). */
export const mapRow = (plan: Plan, row: Csv.Row, context: RowContext, tally: Tally): Mapped | undefined => {
  if (isBlankRow(row) || isTotalRow(row)) {
    tally.skipped++
    return undefined
  }
  tally.read++
  const c = candidate(plan, row, context)
  const record = c.record
  if (c.uic.birthDate !== undefined && record.birthYear === undefined && plan.mapsBirthYear) {
    record.birthYear = Number(c.uic.birthDate.slice(0, 4))
  }
  const identifying = UIC_PARTS.some((p) => c.uic[p] !== undefined)
  if (!identifying || record.personId !== undefined || c.problems.length > 0) return { row, record, problems: c.problems, parts: undefined }
  const parts: Record<string, string> = { ...c.uic }
  if (typeof record.sex === "string") parts.sex = record.sex
  if (typeof record.birthYear === "number") parts.birthYear = String(record.birthYear)
  return { row, record, problems: c.problems, parts }
}

// ---------------------------------------------------------------------------------------------
// pseudonymise
// ---------------------------------------------------------------------------------------------

const NO_PSEUDONYM = {
  vi: "không tạo được mã giả danh từ các cột thông tin nhận diện",
  en: "could not make a pseudonym from the identifying columns"
}

const isText = (u: unknown): u is { vi: string; en: string } =>
  typeof u === "object" && u !== null && typeof (u as { vi?: unknown }).vi === "string" && typeof (u as { en?: unknown }).en === "string"

const reasonOf = (error: unknown): { vi: string; en: string } => {
  const reason = typeof error === "object" && error !== null ? (error as { reason?: unknown }).reason : undefined
  return isText(reason) ? { vi: reason.vi, en: reason.en } : NO_PSEUDONYM
}

/**
 * Gives the row its pseudonym: at once when the pseudonymiser answers at once (the usual
 * case), through an Effect when it answers later. A failure becomes a problem of the row.
 */
export const pseudonymiseRow = (
  mapped: Mapped,
  hook: Pseudonymiser | undefined,
  tally: Tally
): Mapped | Effect.Effect<Mapped> => {
  if (mapped.parts === undefined || hook === undefined) return mapped
  const named = (pseudonym: string): Mapped => {
    mapped.record.personId = pseudonym
    tally.pseudonymised++
    return mapped
  }
  let out: ReturnType<Pseudonymiser>
  try {
    out = hook(mapped.parts)
  } catch (defect) {
    return Effect.die(defect)
  }
  if (Exit.isExit(out) && Exit.isSuccess(out)) return named(out.value as string)
  return (Effect.isEffect(out) ? out : Effect.tryPromise({ try: () => out, catch: (e) => e })).pipe(
    Effect.match({
      onFailure: (error) => {
        mapped.problems.push({ reason: reasonOf(error) })
        return mapped
      },
      onSuccess: named
    })
  )
}

// ---------------------------------------------------------------------------------------------
// decode
// ---------------------------------------------------------------------------------------------

/**
 * Checks records of a kind: a record, or every problem of its row (those found reading the
 * cells, then those `Entity.decode` finds in fields no cell problem already blames). A record
 * without an id gets one made from its content (see the module `Import`).
 */
export const decoder = (kind: Entity.Kind, occurrences: Occurrences) => {
  const decode = Entities.decode(kind)
  const schema = Entities.schemas[kind] as unknown as new (props: object, disableValidation: boolean) => Entity.Any
  return (plan: Plan, mapped: Mapped): Either.Either<Entity.Any, Array<Problem>> => {
    const { record, problems } = mapped
    const idGiven = record.id !== undefined
    // the candidate holds the row's values as read (plain data), the same as the record's; the
    // record is decoded with the id its first occurrence gets, so it is built once
    const d = idGiven ? undefined : digest(`${kind}\u0000${canonical(record)}`)
    if (d !== undefined) record.id = `h-${hex128(d)}`
    const decoded = decode(record)
    if (Either.isLeft(decoded)) {
      const blamed = new Set(problems.map((p) => p.field))
      for (const issue of decoded.left.issues) {
        const field = issue.field.replace(/\[\d+\]/g, "")
        if (blamed.has(field) || blamed.has(issue.field)) continue
        const column = columnOfIssue(plan, issue.field)
        problems.push({
          ...(column === undefined ? {} : { column: { index: column.index, letter: column.letter, header: column.header } }),
          ...(issue.field === "" ? {} : { field: issue.field }),
          reason: issue.problem
        })
      }
    }
    if (problems.length > 0 || Either.isLeft(decoded)) return Either.left(problems)
    let value = decoded.right as Entity.Any
    if (d !== undefined) {
      const n = occurrences.next(fingerprint(d))
      if (n > 1) value = new schema({ ...value, id: `h-${hex128(d)}-${n}` }, true)
    }
    return Either.right(value)
  }
}
