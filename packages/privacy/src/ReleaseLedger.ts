/**
 * The release ledger: what was published to which audience.
 *
 * Every release records, per table and cell, what its readers know: the value of published
 * cells, the noise bounds of perturbed ones, and for suppressed cells what their label tells
 * and how much protection they need. Before a new release to the same audience, disclosure
 * control reads the ledger and checks the new tables together with everything released
 * before, so a cell suppressed in January cannot be recomputed by subtracting February and
 * March from a first-quarter total; and a cell suppressed once stays suppressed.
 *
 * The ledger of a suppressed amount states how much protection it needs, which is a share of
 * its value: the ledger is as sensitive as the data and is kept with it, never published.
 *
 * The port is small (`record`, `published`); {@link layerMemory} keeps it in memory and
 * {@link fromPersistence} puts it on any storage that can append a release and list an
 * audience's releases.
 *
 * @since 0.1.0
 */
import { CoreError, DisclosureRelease, Store } from "@pctnxh/core"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import { LedgerFailed } from "./DisclosureError.js"
import { ReleasedTable } from "./DisclosureTable.js"
import type { History } from "./internal/disclosure/solver.js"

/**
 * One release: its id, the audience, when, and its tables as their readers know them.
 *
 * @since 0.1.0
 */
export const Release: Schema.Struct<{
  id: typeof Schema.NonEmptyTrimmedString
  audience: typeof Schema.NonEmptyTrimmedString
  at: typeof Schema.String
  label: Schema.optional<typeof CoreError.Text>
  tables: Schema.Array$<typeof ReleasedTable>
}> = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  audience: Schema.NonEmptyTrimmedString,
  /** The instant of the release, ISO 8601 UTC. */
  at: Schema.String,
  /** What was released, in an officer's words: named again when a later release conflicts with it. */
  label: Schema.optional(CoreError.Text),
  tables: Schema.Array(ReleasedTable)
})
/** @since 0.1.0 */
export type Release = typeof Release.Type

/**
 * The ledger service.
 *
 * @since 0.1.0
 */
export class ReleaseLedger extends Context.Tag("@pctnxh/privacy/ReleaseLedger")<
  ReleaseLedger,
  {
    /** Records a release. */
    readonly record: (release: Release) => Effect.Effect<void, LedgerFailed>
    /** The tables of the given measures released to an audience, oldest release first. */
    readonly published: (audience: string, measures: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<History>, LedgerFailed>
  }
>() {}

/**
 * Where a ledger keeps its releases.
 *
 * @since 0.1.0
 */
export interface Persistence {
  readonly append: (release: Release) => Effect.Effect<void, LedgerFailed>
  /** An audience's releases, oldest first. */
  readonly list: (audience: string) => Effect.Effect<ReadonlyArray<Release>, LedgerFailed>
}

const historyOf = (releases: ReadonlyArray<Release>, measures: ReadonlyArray<string>): ReadonlyArray<History> => {
  const wanted = new Set(measures)
  const out: Array<History> = []
  for (const release of releases) {
    const tables = release.tables.filter((t) => wanted.has(t.measure))
    if (tables.length > 0) {
      out.push({ release: release.id, at: release.at, ...(release.label === undefined ? {} : { label: release.label }), tables })
    }
  }
  return out
}

/**
 * A ledger over a persistence.
 *
 * @since 0.1.0
 */
export const fromPersistence = (persistence: Persistence): Context.Tag.Service<ReleaseLedger> => ({
  record: persistence.append,
  published: (audience, measures) => Effect.map(persistence.list(audience), (releases) => historyOf(releases, measures))
})

/**
 * A ledger kept in memory (for tests, and for a browser session that publishes nothing
 * beyond itself).
 *
 * @since 0.1.0
 */
export const makeMemory: Effect.Effect<Context.Tag.Service<ReleaseLedger>> = Effect.map(
  Ref.make<ReadonlyArray<Release>>([]),
  (ref) =>
    fromPersistence({
      append: (release) => Ref.update(ref, (all) => [...all, release]),
      list: (audience) => Effect.map(Ref.get(ref), (all) => all.filter((r) => r.audience === audience))
    })
)

/**
 * A {@link ReleaseLedger} in memory, empty when built.
 *
 * @since 0.1.0
 */
export const layerMemory: Layer.Layer<ReleaseLedger> = Layer.effect(ReleaseLedger, makeMemory)

/**
 * Records a release in the ledger.
 *
 * @since 0.1.0
 */
export const record = (release: Release): Effect.Effect<void, LedgerFailed, ReleaseLedger> =>
  Effect.flatMap(ReleaseLedger, (ledger) => ledger.record(release))

/**
 * The tables of the given measures released to an audience.
 *
 * @since 0.1.0
 */
export const published = (
  audience: string,
  measures: ReadonlyArray<string>
): Effect.Effect<ReadonlyArray<History>, LedgerFailed, ReleaseLedger> =>
  Effect.flatMap(ReleaseLedger, (ledger) => ledger.published(audience, measures))

const Tables = Schema.parseJson(Schema.Array(ReleasedTable))

const failed = (operation: string) => (cause: unknown) =>
  new LedgerFailed({
    operation,
    reason: { vi: "không đọc hoặc ghi được sổ công bố trong kho dữ liệu", en: "the release ledger could not be read or written in the store" },
    cause
  })

/**
 * A ledger kept in the Store (as `disclosureRelease` records), so that every process and every
 * later session checks a new release against what was published before. An audience's
 * releases are read by their indexed `audience` (`Store.find`), not by listing every release.
 *
 * @since 0.1.0
 */
export const makeStore: Effect.Effect<Context.Tag.Service<ReleaseLedger>, never, Store.Store> = Effect.map(Store.Store, (store) =>
  fromPersistence({
    append: (release) =>
      Effect.gen(function* () {
        const tables = yield* Schema.encode(Tables)(release.tables)
        const record = yield* Schema.decodeUnknown(DisclosureRelease.DisclosureRelease)({
          id: release.id,
          audience: release.audience,
          at: release.at,
          measures: [...new Set(release.tables.map((t) => t.measure))],
          ...(release.label === undefined ? {} : { label: release.label }),
          tables
        })
        yield* store.put("disclosureRelease", [record])
      }).pipe(Effect.mapError(failed("record"))),
    list: (audience) =>
      store.find("disclosureRelease", { audience }).pipe(
        Effect.catchTag("NotIndexed", Effect.die),
        Effect.flatMap((found) =>
          Effect.forEach(
            [...found].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1)),
            (r) =>
              Effect.map(
                Schema.decode(Tables)(r.tables),
                (tables): Release => ({ id: r.id, audience: r.audience, at: r.at, ...(r.label === undefined ? {} : { label: r.label }), tables })
              )
          )
        ),
        Effect.mapError(failed("published"))
      )
  })
)

/**
 * A layer of the ledger kept in the Store.
 *
 * @since 0.1.0
 */
export const layerStore: Layer.Layer<ReleaseLedger, never, Store.Store> = Layer.effect(ReleaseLedger, makeStore)
