/**
 * Importing a CSV or XLSX file of service events, activities, establishments, inspection rounds
 * and visits, budgets, expenditures or aggregate values into a store.
 *
 * The file is streamed: rows are read, checked and written in batches, so memory does not grow
 * with the file. Each row is read through a {@link Mapping.Mapping} (Vietnamese and English
 * headers out of the box), its cells by the rules of the {@link SheetValue} module, and the record is
 * checked by `Entity.decode` of `@pctnxh/core`. Every rejected row is reported with its file,
 * row, column and reason, and never with its values; the valid rows are stored in batches of
 * `batchSize`, each batch all or nothing (a savepoint), so a failure leaves no half batch
 * behind, and the batches are committed together every `commitRows` records.
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
import { Store, Time } from "@pctnxh/core"
import { CurrentGeography } from "@pctnxh/core/geography/vietnam"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import type * as SheetValue from "./SheetValue.js"
import type * as Csv from "./Csv.js"
import { ImportReport } from "./ImportReport.js"
import type { DuplicateColumns, MissingColumns } from "./IoError.js"
import { ImportAborted, InvalidMapping, PseudonymiserRequired, SheetNotFound, UnreadableFile } from "./IoError.js"
import * as Mapping from "./Mapping.js"
import * as Source from "./Source.js"
import { writer } from "./internal/batches.js"
import { Occurrences } from "./internal/occurrences.js"
import { unreadable } from "./internal/unreadable.js"
import type { Plan, RowContext } from "./internal/plan.js"
import { memos, plan as makePlan } from "./internal/plan.js"
import { decoder, headerFinder, type Mapped, mapRow, pseudonymiseRow, Tally } from "./internal/stages.js"

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
  /** Batches stored so far, those of the transaction under way included (see `commitRows`). */
  readonly batches: number
  /** Batches committed so far: what another connection sees, and what a killed process keeps. */
  readonly committed: number
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
  /** Valid rows per batch (5,000 by default), each batch stored all or nothing. */
  readonly batchSize?: number | undefined
  /**
   * `batch` (default): each batch is all or nothing, and batches stored before a failure stay.
   * `file`: the whole file is one transaction: all of it lands, or none.
   */
  readonly atomic?: "batch" | "file" | undefined
  /**
   * In `batch` mode, how many records are committed together (100,000 by default). The batches
   * are stored in one transaction, each under a savepoint of its own, and it is committed once
   * it holds this many records, and at the end. A batch that fails undoes only itself: the
   * batches before it are committed, and it is written once more in a transaction of its own
   * (a store busy with another writer gives way) before the import stops. A commit writes every
   * page of the database its records touched, so fewer commits make a large import faster (at
   * 1 million events into SQLite, 100,000 per commit took about a quarter less time than one
   * commit per batch); the transaction keeps other writers of the database waiting until it
   * commits. A process killed part-way loses what it had not committed; importing the file again
   * stores that, and nothing twice. `batchSize` or less commits every batch.
   */
  readonly commitRows?: number | undefined
  /** The geography unit codes are resolved in (Vietnam's by default). */
  readonly geography?: Geography.Geography | undefined
  /** The date every unit code is resolved at, instead of each row's date. */
  readonly unitsAsOf?: string | undefined
  /** Today's date `YYYY-MM-DD`, for rows with no date of their own (today in Vietnam by default). */
  readonly today?: string | undefined
  /** At most this many rejected rows are listed in the report (10,000 by default); all are counted. */
  readonly maxRejections?: number | undefined
  /** Called after each batch is stored and after each commit. */
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

/** How many rows an import reads, while a batch is being stored, before letting the event loop run. */
const ROWS_BETWEEN_TURNS = 100

/**
 * Lets the event loop run once (a macrotask: I/O callbacks, such as a database's answer, run
 * before it ends), where `Effect.yieldNow` would resume on a microtask first.
 */
const turn: Effect.Effect<void> = Effect.async<void>((resume) => {
  const resumed = () => resume(Effect.void)
  if (typeof setImmediate === "function") {
    const handle = setImmediate(resumed)
    return Effect.sync(() => clearImmediate(handle))
  }
  const handle = setTimeout(resumed, 0)
  return Effect.sync(() => clearTimeout(handle))
})

const importing = (
  options: Options,
  store: Store.Service | undefined
): Effect.Effect<ImportReport, ImportError> =>
  Effect.gen(function* () {
    const mapping = yield* mappingOf(options)
    const kind = options.kind
    const file = options.source.name
    // read
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
    const tally = new Tally(file, opened.sheet, Math.max(0, options.maxRejections ?? 10_000))
    // the table numbering identical rows, and its temporary file, last as long as the import
    const occurrences = new Occurrences()
    const decode = decoder(kind, occurrences)

    // report
    const report = (outcome: "complete" | "aborted"): ImportReport => {
      const sheet = opened.sheet()
      const plan = header.plan()
      return new ImportReport({
        file,
        ...(sheet === undefined ? {} : { sheet }),
        format: opened.format,
        entity: kind,
        headerRow: plan?.headerRow ?? 0,
        columns: (plan?.columns ?? []).map((c) => ({ index: c.index, letter: c.letter, header: c.header, field: c.field.name })),
        ignoredColumns: [...(plan?.ignored ?? [])],
        read: tally.read,
        skipped: tally.skipped,
        valid: tally.valid,
        rejected: tally.rejected,
        inserted: batches.written.inserted,
        updated: batches.written.updated,
        unchanged: batches.written.unchanged,
        pseudonymised: tally.pseudonymised,
        rejections: tally.rejections,
        rejectionsTruncated: tally.truncated,
        batches: batches.written.batches,
        dryRun: store === undefined,
        outcome
      })
    }
    const progress = () =>
      options.onProgress?.({ rows: tally.read, valid: tally.valid, rejected: tally.rejected, ...batches.counts() })

    // batch and write
    const batches = writer({ store, kind, file, size: Math.max(1, options.batchSize ?? 5_000), commitRows: options.commitRows, report, progress })

    // decode, then batch: a row is rejected with every problem found, or added to the batch
    const decoded = (plan: Plan, mapped: Mapped): Effect.Effect<void, ImportAborted> =>
      Either.match(decode(plan, mapped), {
        onLeft: (problems) => {
          tally.reject(mapped.row, problems)
          return Effect.void
        },
        onRight: (record) => {
          tally.valid++
          return batches.add(record, mapped.row.number)
        }
      })

    // map, pseudonymise, decode
    const data = (plan: Plan, row: Csv.Row): Effect.Effect<void, ImportAborted> => {
      const mapped = mapRow(plan, row, context, tally)
      if (mapped === undefined) return Effect.void
      const named = pseudonymiseRow(mapped, options.pseudonymise, tally)
      return Effect.isEffect(named) ? Effect.flatMap(named, (m) => decoded(plan, m)) : decoded(plan, named)
    }

    // header
    const header = headerFinder<ImportError>({
      mapping,
      headerRow: options.headerRow,
      establish: (row: Csv.Row) =>
        Effect.gen(function* () {
          const sheet = opened.sheet()
          const plan = yield* makePlan({ file, sheet, mapping, header: row, defaults })
          if (plan.uic.length > 0 && options.pseudonymise === undefined) {
            return yield* new PseudonymiserRequired({
              file,
              ...(sheet === undefined ? {} : { sheet }),
              columns: plan.uic.map((c) => `${c.letter} "${c.header}"`)
            })
          }
          return plan
        }),
      data
    })

    // the rows of a chunk in a plain loop: an Effect only where a row has work to wait for (a
    // pseudonym given later, a batch to store). While a batch is being stored, the loop lets
    // the event loop run every `ROWS_BETWEEN_TURNS` rows, so the store's answers from the
    // database are taken up at once rather than after the rest of the chunk
    let sinceTurn = 0
    const rowsFrom = (rows: ReadonlyArray<Csv.Row>, from: number): Effect.Effect<void, ImportError> => {
      for (let i = from; i < rows.length; i++) {
        if (++sinceTurn >= ROWS_BETWEEN_TURNS && batches.writing()) {
          sinceTurn = 0
          return Effect.flatMap(turn, () => rowsFrom(rows, i))
        }
        const step = header.row(rows[i]!)
        if (step !== Effect.void) return Effect.flatMap(step, () => rowsFrom(rows, i + 1))
      }
      return Effect.void
    }

    const body = Stream.runForEachChunk(opened.rows, (chunk) => Effect.suspend(() => rowsFrom(Chunk.toReadonlyArray(chunk), 0))).pipe(
      Effect.zipRight(header.settle),
      Effect.zipRight(
        Effect.suspend((): Effect.Effect<void, ImportError> =>
          header.plan() === undefined
            ? options.headerRow === undefined
              ? Effect.fail(unreadable(file, "noRows", { format: opened.format, sheet: opened.sheet() }))
              : header.emptyHeader(options.headerRow)
            : Effect.void
        )
      ),
      Effect.zipRight(batches.flush),
      batches.settled,
      Effect.ensuring(Effect.sync(() => occurrences.close())),
      Effect.catchIf(
        (error): error is UnreadableFile | SheetNotFound =>
          (error instanceof UnreadableFile || error instanceof SheetNotFound) && header.plan() !== undefined,
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

    yield* options.atomic === "file" ? batches.atomically(body) : body
    progress()
    return report("complete")
  })

/**
 * Imports a file into the store: every valid row is stored, in batches of `batchSize` each
 * written all or nothing and committed together every `commitRows` records; every rejected row
 * is listed in the report.
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
