/**
 * Importing a CSV or XLSX file of service events, activities, establishments, inspection rounds
 * and visits, budgets, expenditures or aggregate values into a store.
 *
 * The file is streamed: rows are read, checked and written in batches, so memory does not grow
 * with the file. Each row is read through a {@link Mapping.Mapping} (Vietnamese and English
 * headers out of the box), its cells by the rules of the {@link SheetValue} module, and the record is
 * checked by `Entity.decode` of `@pctnxh/core`. Every rejected row is reported with its file,
 * row, column and reason, and never with its values; the valid rows are stored in batches of
 * `batchSize`, each batch in one transaction, so a failure leaves no half batch behind.
 *
 * **Ids.** A row with an id column keeps its id. A row without one gets an id made from its
 * content: `h-` and 128 bits of the SHA-256 of the kind and the record's normalised fields
 * (after reading, so `2.609` and `2609`, `Nữ` and `female` give the same id), followed by `-2`,
 * `-3`… for the second, third… identical row of the file. Re-importing a file — or the same
 * file with rows added, removed or sorted — therefore stores nothing twice. Change a row and
 * it becomes a new record (the old one stays); give rows ids where records are edited.
 * Remembering which contents were seen costs 8 bytes per distinct row.
 *
 * **Pseudonyms.** Columns that are parts of a unique identifier code (`Mã UIC`, `Họ tên`,
 * `Họ tên mẹ`, `Họ tên bố`, `Ngày sinh`; see {@link Mapping.uicParts}) are read only to be
 * passed, with the row's sex and birth year, to the `pseudonymise` function; its result becomes
 * the row's `personId`. These columns are never stored nor reported. A file with such columns
 * and no `pseudonymise` is refused ({@link IoError.PseudonymiserRequired}). A row that has a
 * `personId` keeps it.
 *
 * **Units.** Unit cells hold an id (`308@pre2025`), an official code (`308`, `31`, `11311`; a
 * code whose leading zero a spreadsheet dropped is padded), a code with a name (`308 - Quận Đồ
 * Sơn`, `Quận Đồ Sơn (308)`), or a name that only one unit has. Codes are resolved with
 * `Geography.byCode(code, date)`, where the date is `unitsAsOf` when given, else the row's own
 * date (its date, its year's 1 January, or its period's first day), else today.
 *
 * **Header row.** The first row, among the first 20, in which at least two cells name fields
 * of the mapping; rows above it (titles) are skipped. `headerRow` sets it. Blank rows and
 * rows of totals (`Tổng cộng`, `Cộng`, `Total` in their first filled cell) are skipped.
 *
 * @example
 * ```ts
 * import { Import, Source } from "@pctnxh/io"
 * import { MemoryStore } from "@pctnxh/store-memory"
 * import { Effect } from "effect"
 *
 * const report = await Effect.runPromise(
 *   Import.run({ kind: "serviceEvent", source: Source.make("tiep-can.csv", bytes), defaults: { modelId: "HP-2019" } }).pipe(
 *     Effect.provide(MemoryStore.layer())
 *   )
 * )
 * console.log(report.summary("vi"))
 * ```
 * @since 0.1.0
 */
import type { Geography } from "@pctnxh/core"
import { Entity, Store, Time } from "@pctnxh/core"
import { CurrentGeography } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Stream from "effect/Stream"
import type * as SheetValue from "./SheetValue.js"
import type * as Csv from "./Csv.js"
import type { Problem, RejectedRow } from "./ImportReport.js"
import { ImportReport } from "./ImportReport.js"
import type { DuplicateColumns, MissingColumns } from "./IoError.js"
import { ImportAborted, InvalidMapping, PseudonymiserRequired, SheetNotFound, UnreadableFile } from "./IoError.js"
import * as Mapping from "./Mapping.js"
import * as Source from "./Source.js"
import { writer } from "./internal/batches.js"
import { unreadable } from "./internal/unreadable.js"
import { canonical, digest, fingerprint, hex128, Occurrences } from "./internal/identity.js"
import type { Plan, RowContext } from "./internal/plan.js"
import { candidate, columnOfIssue, headerScore, isBlankRow, isTotalRow, memos, plan as makePlan } from "./internal/plan.js"

/**
 * The parts of a unique identifier code read from a row, as written (names) or normalised
 * (`sex` as a member key such as `female`, `birthYear` and `birthDate` as `1995` and
 * `1995-03-02`). Only the parts the file has are present.
 *
 * @since 0.1.0
 */
export type UicParts = { readonly [P in Mapping.UicPart]?: string }

/**
 * Turns UIC parts into a person's pseudonym: an Effect or a Promise of the pseudonym. With
 * `@pctnxh/privacy`, a keyed HMAC scheme; the parts are not kept after the call.
 *
 * A failure rejects the row; an error with a bilingual `reason` (`{ vi, en }`) gives the
 * reason reported, which must not repeat the parts.
 *
 * @since 0.1.0
 */
export type Pseudonymiser = (parts: UicParts) => Effect.Effect<string, unknown> | Promise<string>

/**
 * Progress of an import, reported after each batch.
 *
 * @since 0.1.0
 */
export interface Progress {
  /** Data rows read so far. */
  readonly rows: number
  readonly valid: number
  readonly rejected: number
  /** Batches written so far. */
  readonly batches: number
}

/**
 * What to import and how.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The kind of record each row is. */
  readonly kind: Mapping.Kind
  readonly source: Source.Source
  /** For XLSX: the sheet's name, or its position among the tabs from 1 (the first by default). */
  readonly sheet?: string | number | undefined
  /** For CSV: the delimiter (found from the first line by default). */
  readonly delimiter?: Csv.Delimiter | undefined
  /** The header's row number as the sheet shows it; found among the first 20 rows by default. */
  readonly headerRow?: number | undefined
  /** A whole mapping for the kind, or changes to its default mapping. */
  readonly mapping?: Mapping.Mapping | Mapping.Customisation | undefined
  /**
   * Values for fields whose column is absent or whose cell is empty, written as in a cell
   * (`{ modelId: "HP-2019", source: "Số liệu công an" }`).
   */
  readonly defaults?: { readonly [field: string]: string | number | boolean } | undefined
  /** Makes a pseudonym from a row's UIC columns (see the module's rules). */
  readonly pseudonymise?: Pseudonymiser | undefined
  /** Valid rows per batch (500 by default). */
  readonly batchSize?: number | undefined
  /**
   * `batch` (default): each batch is one transaction, and batches stored before a failure stay.
   * `file`: the whole file is one transaction: all of it lands, or none.
   */
  readonly atomic?: "batch" | "file" | undefined
  /** The geography unit codes are resolved in (Vietnam's by default). */
  readonly geography?: Geography.Geography | undefined
  /** The date every unit code is resolved at, instead of each row's date. */
  readonly unitsAsOf?: string | undefined
  /** Today's date `YYYY-MM-DD`, for rows with no date of their own (today in Vietnam by default). */
  readonly today?: string | undefined
  /** At most this many rejected rows are listed in the report (10,000 by default); all are counted. */
  readonly maxRejections?: number | undefined
  /** Called after each batch. */
  readonly onProgress?: ((progress: Progress) => void) | undefined
}

/**
 * Any error an import can fail with.
 *
 * @since 0.1.0
 */
export type ImportError =
  | UnreadableFile
  | SheetNotFound
  | MissingColumns
  | DuplicateColumns
  | PseudonymiserRequired
  | InvalidMapping
  | ImportAborted

const PENDING_ID = "pending"
const HEADER_SEARCH = 20

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
 * The mapping an import uses: the default mapping of the kind, changed or replaced as the
 * options say, and the defaults checked against it.
 *
 * @since 0.1.0
 */
export const mappingOf = (options: Pick<Options, "kind" | "mapping" | "defaults">): Either.Either<Mapping.Mapping, InvalidMapping> => {
  const base = Mapping.defaults[options.kind]
  const given = options.mapping
  const mapping =
    given === undefined
      ? Either.right(base)
      : "fields" in given
        ? given.kind === options.kind
          ? Either.right(given as Mapping.Mapping)
          : Either.left(
              new InvalidMapping({
                kind: options.kind,
                field: "",
                reason: { vi: `ánh xạ này dành cho ${given.kind}`, en: `this mapping is for ${given.kind}` }
              })
            )
        : Mapping.customise(base, given as Mapping.Customisation)
  return Either.flatMap(mapping, (m) => {
    for (const field of Object.keys(options.defaults ?? {})) {
      if (!m.fields.some((f) => f.name === field)) {
        return Either.left(
          new InvalidMapping({
            kind: options.kind,
            field,
            reason: { vi: "giá trị mặc định cho một trường không có", en: "a default is given for a field that does not exist" }
          })
        )
      }
    }
    return Either.right(m)
  })
}

interface State {
  plan: Plan | undefined
  seen: Array<Csv.Row>
  read: number
  skipped: number
  valid: number
  rejected: number
  pseudonymised: number
  rejections: Array<RejectedRow>
  truncated: boolean
}

const importing = (
  options: Options,
  store: Store.Service | undefined
): Effect.Effect<ImportReport, ImportError> =>
  Effect.gen(function* () {
    const mapping = yield* mappingOf(options)
    const kind = options.kind
    const file = options.source.name
    const batchSize = Math.max(1, options.batchSize ?? 500)
    const maxRejections = Math.max(0, options.maxRejections ?? 10_000)
    const opened = yield* Source.open(options.source, { sheet: options.sheet, delimiter: options.delimiter })
    const defaults = new Map<string, SheetValue.Value>(Object.entries(options.defaults ?? {}))
    const context: RowContext = {
      geography: options.geography ?? (yield* CurrentGeography),
      unitsAsOf: options.unitsAsOf,
      today: options.today ?? (yield* Time.today),
      memo: memos(),
      dimensionTypes: new Map(
        mapping.fields
          .filter((f) => f.name.startsWith("disaggregation.") && f.type._tag === "member")
          .map((f) => [f.name.slice("disaggregation.".length), f.type as Extract<Mapping.FieldType, { _tag: "member" }>])
      )
    }
    const decode = Entity.decode(kind)
    const schema = Entity.schemas[kind] as unknown as new (props: object, disableValidation: boolean) => Entity.Any
    const occurrences = new Occurrences()
    const s: State = {
      plan: undefined,
      seen: [],
      read: 0,
      skipped: 0,
      valid: 0,
      rejected: 0,
      pseudonymised: 0,
      rejections: [],
      truncated: false
    }

    const report = (outcome: "complete" | "aborted"): ImportReport => {
      const sheet = opened.sheet()
      return new ImportReport({
        file,
        ...(sheet === undefined ? {} : { sheet }),
        format: opened.format,
        entity: kind,
        headerRow: s.plan?.headerRow ?? 0,
        columns: (s.plan?.columns ?? []).map((c) => ({ index: c.index, letter: c.letter, header: c.header, field: c.field.name })),
        ignoredColumns: [...(s.plan?.ignored ?? [])],
        read: s.read,
        skipped: s.skipped,
        valid: s.valid,
        rejected: s.rejected,
        inserted: w.written.inserted,
        updated: w.written.updated,
        unchanged: w.written.unchanged,
        pseudonymised: s.pseudonymised,
        rejections: s.rejections,
        rejectionsTruncated: s.truncated,
        batches: w.written.batches,
        dryRun: store === undefined,
        outcome
      })
    }

    const progress = () =>
      options.onProgress?.({ rows: s.read, valid: s.valid, rejected: s.rejected, batches: w.written.batches.length })

    const w = writer({ store, kind, file, size: batchSize, report, progress })
    const flush = w.flush

    const reject = (row: Csv.Row, problems: ReadonlyArray<Problem>) => {
      s.rejected++
      if (s.rejections.length < maxRejections) {
        const sheet = opened.sheet()
        s.rejections.push({ file, ...(sheet === undefined ? {} : { sheet }), row: row.number, problems })
      } else {
        s.truncated = true
      }
    }

    const accept = (plan: Plan, row: Csv.Row, record: Record<string, unknown>, problems: Array<Problem>) => {
      const idGiven = record.id !== undefined
      if (!idGiven) record.id = PENDING_ID
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
      if (problems.length > 0 || Either.isLeft(decoded)) {
        reject(row, problems)
        return Effect.void
      }
      let value = decoded.right as Entity.Any
      if (!idGiven) {
        // the candidate holds the row's values as read (plain data), the same as the record's
        const { id: _id, ...content } = record
        const d = digest(`${kind}\u0000${canonical(content)}`)
        const n = occurrences.next(fingerprint(d))
        value = new schema({ ...value, id: `h-${hex128(d)}${n > 1 ? `-${n}` : ""}` }, true)
      }
      s.valid++
      return w.add(value, row.number)
    }

    const data = (plan: Plan, row: Csv.Row): Effect.Effect<void, ImportAborted> => {
      if (isBlankRow(row) || isTotalRow(row)) {
        s.skipped++
        return Effect.void
      }
      s.read++
      const c = candidate(plan, row, context)
      const record = c.record
      const identifying = ["code", "ownName", "motherName", "fatherName", "birthDate"].some((p) => c.uic[p] !== undefined)
      if (c.uic.birthDate !== undefined && record.birthYear === undefined && plan.mapping.fields.some((f) => f.name === "birthYear")) {
        record.birthYear = Number(c.uic.birthDate.slice(0, 4))
      }
      if (!identifying || record.personId !== undefined || options.pseudonymise === undefined || c.problems.length > 0) {
        return accept(plan, row, record, c.problems)
      }
      const parts: Record<string, string> = { ...c.uic }
      if (typeof record.sex === "string") parts.sex = record.sex
      if (typeof record.birthYear === "number") parts.birthYear = String(record.birthYear)
      const hook = options.pseudonymise
      const named = (pseudonym: string) => {
        record.personId = pseudonym
        s.pseudonymised++
        return accept(plan, row, record, c.problems)
      }
      let out: ReturnType<Pseudonymiser>
      try {
        out = hook(parts)
      } catch (defect) {
        return Effect.die(defect)
      }
      // a pseudonym given at once is taken at once
      if (Exit.isExit(out) && Exit.isSuccess(out)) return named(out.value as string)
      return (Effect.isEffect(out) ? out : Effect.tryPromise({ try: () => out, catch: (e) => e })).pipe(
        Effect.matchEffect({
          onFailure: (error) => {
            c.problems.push({ reason: reasonOf(error) })
            return accept(plan, row, record, c.problems)
          },
          onSuccess: named
        })
      )
    }

    const establish = (header: Csv.Row) =>
      Effect.gen(function* () {
        const sheet = opened.sheet()
        const plan = yield* makePlan({ file, sheet, mapping, header, defaults })
        if (plan.uic.length > 0 && options.pseudonymise === undefined) {
          return yield* new PseudonymiserRequired({
            file,
            ...(sheet === undefined ? {} : { sheet }),
            columns: plan.uic.map((c) => `${c.letter} "${c.header}"`)
          })
        }
        s.plan = plan
        return plan
      })

    const row = (r: Csv.Row) => {
      if (s.plan !== undefined) return data(s.plan, r)
      if (options.headerRow !== undefined) {
        if (r.number < options.headerRow) return Effect.void
        const header = r.number === options.headerRow ? r : { number: options.headerRow, cells: [] }
        return Effect.flatMap(establish(header), (plan) => (r.number > options.headerRow! ? data(plan, r) : Effect.void))
      }
      if (isBlankRow(r)) return Effect.void
      s.seen.push(r)
      if (headerScore(mapping, r) >= 2) {
        s.seen = []
        return Effect.asVoid(establish(r))
      }
      if (s.seen.length < HEADER_SEARCH) return Effect.void
      return settle
    }

    // no header found among the rows seen: the first one is the header, the rest are data
    const settle = Effect.suspend(() => {
      const [first, ...rest] = s.seen
      s.seen = []
      if (first === undefined) return Effect.void
      return Effect.flatMap(establish(first), (plan) => Effect.forEach(rest, (r) => data(plan, r), { discard: true }))
    })

    // the rows of a chunk in a plain loop: an Effect only where a row has work to wait for (a
    // pseudonym given later, a batch to store)
    const rowsFrom = (rows: ReadonlyArray<Csv.Row>, from: number): Effect.Effect<void, ImportError> => {
      for (let i = from; i < rows.length; i++) {
        const step = row(rows[i]!)
        if (step !== Effect.void) return Effect.flatMap(step, () => rowsFrom(rows, i + 1))
      }
      return Effect.void
    }

    const body = Stream.runForEachChunk(opened.rows, (chunk) => Effect.suspend(() => rowsFrom(Chunk.toReadonlyArray(chunk), 0))).pipe(
      Effect.zipRight(settle),
      Effect.zipRight(
        Effect.suspend((): Effect.Effect<void, ImportError> =>
          s.plan === undefined
            ? options.headerRow === undefined
              ? Effect.fail(unreadable(file, "noRows", { format: opened.format, sheet: opened.sheet() }))
              : Effect.asVoid(establish({ number: options.headerRow, cells: [] }))
            : Effect.void
        )
      ),
      Effect.zipRight(flush),
      Effect.catchIf(
        (error): error is UnreadableFile | SheetNotFound =>
          (error instanceof UnreadableFile || error instanceof SheetNotFound) && s.plan !== undefined,
        (error) =>
          Effect.fail(
            new ImportAborted({
              file,
              ...(error instanceof UnreadableFile && error.row !== undefined ? { row: error.row } : {}),
              reason: error instanceof UnreadableFile ? error.reason : { vi: "không đọc được trang", en: "the sheet could not be read" },
              report: report("aborted"),
              cause: error
            })
          )
      ),
      Effect.as(undefined)
    )

    yield* options.atomic === "file" ? w.atomically(body) : body
    progress()
    return report("complete")
  })

/**
 * Imports a file into the store: every valid row is stored, in batches of `batchSize` each
 * written in one transaction; every rejected row is listed in the report.
 *
 * Fails before storing anything when the file cannot be read, lacks a required column, or has
 * UIC columns and no pseudonymiser; fails with {@link IoError.ImportAborted} (whose report says
 * which batches landed) when the file becomes unreadable part-way or the store fails.
 *
 * @since 0.1.0
 */
export const run = (options: Options): Effect.Effect<ImportReport, ImportError, Store.Store> =>
  Effect.flatMap(Store.Store, (store) => importing(options, store))

/**
 * Reads and checks a file without storing anything: the same report as {@link run}, with
 * `dryRun` set and nothing inserted — for a preview before an officer confirms.
 *
 * @since 0.1.0
 */
export const check = (options: Options): Effect.Effect<ImportReport, ImportError> => importing(options, undefined)
