/**
 * Maintained summaries: the rows of an aggregate query kept in the database with the number of
 * records behind each (`matched`), and brought up to date after writes from the records the
 * writes touched, without counting the whole table again.
 *
 * - Writers log, in the same transaction as the records, each record they change or delete,
 *   with its JSON before the first change of the current generation — only while a summary is
 *   kept (the state row's `active`). They read the state row under a shared lock, so a summary
 *   is never made while a write it cannot see is under way.
 * - A summary is made, or brought up to date, under the state row's exclusive lock: no write is
 *   under way, so the rows counted and the changes logged agree. Then the generation moves on:
 *   a summary at generation g has counted every change logged under a generation below g.
 * - Bringing one up to date: the changed records are split by the measure's partition — by
 *   record for counts, sums and contributions (a contributor's sum in a group), by person (or the distinct field) for distinct counts, new
 *   persons and package reach, whose value for a group is a sum over persons. The records of the
 *   partitions touched are read as they are and as they were (the logged JSON), both are
 *   evaluated with the reference evaluator, and the difference is added to the summary.
 * - Contributions by person are split by person too, but a group keeps no pseudonym: only the
 *   number of persons and their largest sums ({@link Ranked}), which each touched person's whole
 *   sum, as it was and as it is, brings up to date.
 * - Queries that read a field of another record (an attribute through a lookup) or that count
 *   the persons a record lists are not summarised: they are counted in full each time.
 */
import type { Geography } from "@pctnxh/core"
import { AggregateQuery, Entity, Evaluation, Period, Registry } from "@pctnxh/core"
import * as Either from "effect/Either"
import type { Kysely } from "kysely"
import { sql } from "kysely"
import { chunks } from "./chunks.js"
import type { Dialect } from "./dialect.js"
import type { Names } from "./names.js"
import { changeTable, snake, summaryStateTable, summaryTable, tableName } from "./tables.js"

/** The most changes a summary is brought up to date from; past them it is counted again. */
export const MAX_CHANGES = 20_000

/** The most summaries kept; the least recently made leave first. */
export const MAX_SUMMARIES = 512

/** About how many characters of summaries one statement writes. */
const WRITE_BATCH = 1_000_000

/** How a measure's value splits over the records: by record, or by the value of a field. */
export type Partition =
  | { readonly _tag: "record" }
  | { readonly _tag: "field"; readonly field: string; readonly column: string }

const partitionKey = (p: Partition) => (p._tag === "record" ? "record" : `field:${p.column}`)

/**
 * The partition of a query's measure, or `undefined` when the query is not summarised (see the
 * module's rules).
 */
export const partitionOf = (registry: Registry.Registry, query: AggregateQuery.AggregateQuery): Partition | undefined => {
  const spec = registry.sources[query.source]
  if (spec === undefined) return undefined
  const looksUp = (name: string) => Registry.attributeField(spec, name)?.lookup !== undefined
  for (const f of query.filters) if (f._tag === "in" && looksUp(f.attribute)) return undefined
  for (const d of query.groupBy) if (d._tag === "attribute" && looksUp(d.name)) return undefined
  const byField = (field: string): Partition | undefined => {
    const name = Object.hasOwn(spec.distinct, field) ? spec.distinct[field] : undefined
    return name === undefined ? undefined : { _tag: "field", field: name, column: snake(name) }
  }
  const m = query.measure
  switch (m._tag) {
    case "count":
    case "sum":
      return { _tag: "record" }
    case "distinct":
      return m.field === "personId" && spec.listedPersons !== undefined ? undefined : byField(m.field)
    case "newPersons":
    case "reached":
      return byField("personId")
    case "contributions":
      // a contributor's sum in a group adds up over its records; persons are too many to keep
      // each one's sum, and a summary keeps no pseudonym: by person, a group keeps only its
      // largest sums ({@link Ranked}), brought up to date from the touched persons' whole sums
      return ranks(query) ? byField("personId") : { _tag: "record" }
  }
}

/** Whether a query's summary keeps {@link Ranked} groups: contributions by person. */
export const ranks = (query: AggregateQuery.AggregateQuery): boolean => query.measure._tag === "contributions" && query.measure.by === "personId"

/**
 * What a summary of contributions by person keeps of a group, in place of its contributors: no
 * pseudonym, only sums.
 * - `persons`: the persons with records in the group; `nonZero`: those whose sum is not 0.
 * - `largest`: the largest sums of those persons, in descending order.
 * - `bound`: no sum left out of `largest` is above it, and it is not above the last kept;
 *   `null` when none is left out.
 * - `none`: the sum and the number of the group's records without a person.
 */
export interface Ranked {
  readonly persons: number
  readonly nonZero: number
  readonly largest: ReadonlyArray<number>
  readonly bound: number | null
  readonly none: readonly [number, number]
}

/**
 * How many of the largest sums a {@link Ranked} group keeps for a query's `top`: more than
 * `top`, so that sums which fall (records edited or deleted) seldom leave it short.
 */
export const rankedLength = (top: number): number => 2 * top + 16

/** The contributions of a {@link Ranked} group: as {@link contributionsOf} gives them from every contributor. */
export const rankedContributions = (ranked: Ranked, top: number): AggregateQuery.Contributions => {
  const [noneSum, noneRecords] = ranked.none
  const sums = noneRecords > 0 ? [...ranked.largest, noneSum].sort((a, b) => b - a) : ranked.largest
  return {
    contributors: ranked.nonZero + (noneRecords > 0 && noneSum !== 0 ? 1 : 0),
    largest: sums.slice(0, top).filter((x) => x !== 0)
  }
}

/**
 * A {@link Ranked} group after some persons' whole sums in it changed (`was` and `is`: sum and
 * records, `[0, 0]` for none) and the records without a person changed by `none`; `undefined`
 * when the sums it keeps no longer tell the `top` largest (the summary is then counted again).
 * It keeps at most `keep` sums.
 */
export const rerank = (
  ranked: Ranked,
  touched: Iterable<{ readonly was: readonly [number, number]; readonly is: readonly [number, number] }>,
  none: readonly [number, number],
  top: number,
  keep: number = rankedLength(top)
): Ranked | undefined => {
  const largest = [...ranked.largest]
  let bound = ranked.bound
  let persons = ranked.persons
  let nonZero = ranked.nonZero
  const changes = [...touched]
  for (const { was } of changes) {
    if (was[1] <= 0) continue
    const at = largest.indexOf(was[0])
    if (at >= 0) largest.splice(at, 1)
    // a sum above the bound is among those kept: not found, the summary is wrong
    else if (bound === null || was[0] > bound) return undefined
    persons--
    if (was[0] !== 0) nonZero--
  }
  if (largest.length === persons) bound = null
  for (const { is } of changes) {
    if (is[1] <= 0) continue
    persons++
    if (is[0] !== 0) nonZero++
    // below the bound, a sum is left out with the others
    if (bound !== null && is[0] < bound) continue
    let at = largest.length
    while (at > 0 && largest[at - 1]! < is[0]) at--
    largest.splice(at, 0, is[0])
  }
  if (largest.length > keep) {
    // those cut are not above the last kept
    const cut = largest[keep]!
    bound = bound === null || cut > bound ? cut : bound
    largest.length = keep
  }
  if (largest.length < Math.min(top, persons)) return undefined
  return { persons, nonZero, largest, bound, none: [ranked.none[0] + none[0], ranked.none[1] + none[1]] }
}

/** A contributor of a group: who (`null`: records without one), its sum, its records. */
export type Contributor = readonly [string | null, number, number]

/**
 * A summary's rows: the key values in the order of the dimensions, the value, the records
 * behind it, and for `contributions` every contributor of the group, or by person its
 * {@link Ranked} sums.
 */
export type Rows = ReadonlyArray<readonly [ReadonlyArray<string | null>, number, number, (ReadonlyArray<Contributor> | Ranked)?]>

/** The row of a group of a `contributions` summary: the total, the contributors, the largest sums. */
export const contributionsOf = (contributors: ReadonlyArray<Contributor>, top: number): { readonly value: number; readonly contributions: AggregateQuery.Contributions } => {
  const sums = contributors.map((c) => c[1]).sort((a, b) => b - a)
  return {
    value: sums.reduce((a, b) => a + b, 0),
    contributions: { contributors: sums.filter((x) => x !== 0).length, largest: sums.slice(0, top).filter((x) => x !== 0) }
  }
}

/** What identifies a summary: the query, the geography's fingerprint, the source's fields. */
export const identity = (registry: Registry.Registry, query: AggregateQuery.AggregateQuery, geography: string): string => {
  const spec = registry.sources[query.source]
  return JSON.stringify({ query, geography, source: spec })
}

/** A short key of an identity (the identity itself is stored and compared on reading). */
export const keyOf = (identityText: string): string => {
  let a = 0x811c9dc5
  let b = 0x9e3779b9
  for (let i = 0; i < identityText.length; i++) {
    const c = identityText.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c ^ (a >>> 15), 0x85ebca6b)
  }
  return `${identityText.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`
}

export interface State {
  readonly generation: number
  readonly active: boolean
}

const STATE = "state"

/** Reads the state row: under a shared lock (writers) or an exclusive one (summaries). */
const readState = async (db: Kysely<any>, dialect: Dialect, names: Names, lock: "share" | "update"): Promise<State> => {
  const suffix =
    dialect.name === "sqlite" ? sql`` : lock === "update" ? sql`for update` : dialect.name === "mysql" ? sql`lock in share mode` : sql`for share`
  const found = await sql<{ generation: unknown; active: unknown }>`select generation, active from ${names.ref(summaryStateTable.name)}
    where id = ${STATE} ${suffix}`.execute(db)
  const row = found.rows[0]
  return row === undefined ? { generation: 0, active: false } : { generation: Number(row.generation), active: Number(row.active) === 1 }
}

/**
 * Logs changed or deleted records of a kind, inside the writer's transaction, when summaries
 * are kept: each id's JSON before the first change of the generation (`null`: it was new).
 */
export const logChanges = async (
  db: Kysely<any>,
  dialect: Dialect,
  names: Names,
  kind: Entity.Kind,
  changes: ReadonlyArray<{ readonly id: string; readonly previous: string | null }>
): Promise<void> => {
  if (changes.length === 0) return
  const state = await readState(db, dialect, names, "share")
  if (!state.active) return
  // only kinds some summary counts (read under the shared lock: no summary is made meanwhile)
  const counted = await db.selectFrom(names.name(summaryTable.name)).select("kind").where("kind", "=", kind).limit(1).execute()
  if (counted.length === 0) return
  const rows = changes.map(({ id, previous }) => ({ kind, generation: state.generation, record_id: id, previous }))
  for (const chunk of chunks(rows, 1000)) {
    await dialect.insertMissing(db.insertInto(names.name(changeTable.name)).values(chunk as Array<any>), changeTable.primaryKey).execute()
  }
}

/** Whether changes of a kind were logged since a generation. */
export const changedSince = async (db: Kysely<any>, names: Names, kind: Entity.Kind, generation: number): Promise<boolean> => {
  const found = await db
    .selectFrom(names.name(changeTable.name))
    .select("record_id")
    .where("kind", "=", kind)
    .where("generation", ">=", generation)
    .limit(1)
    .execute()
  return found.length > 0
}

/**
 * Puts a surrogate in place of an erased person's pseudonym wherever a summary names it (the
 * contributors of a `contributions` summary), under the shared lock writers take, so no summary
 * is brought up to date meanwhile. The counts stay as they are, as the records' do.
 */
export const scrub = async (db: Kysely<any>, dialect: Dialect, names: Names, personId: string, surrogate: string): Promise<void> => {
  await readState(db, dialect, names, "share")
  const summaryName = names.name(summaryTable.name)
  const found = await db.selectFrom(summaryName).select(["summary_key", "result"]).where("result", "like", `%${personId}%`).execute()
  for (const row of found) {
    const rows: Rows = JSON.parse(String(row.result))
    const renamed = rows.map(([values, value, matched, contributors]) =>
      contributors === undefined || !Array.isArray(contributors)
        ? ([values, value, matched] as const)
        : ([values, value, matched, contributors.map(([who, sum, n]) => [who === personId ? surrogate : who, sum, n] as const)] as const)
    )
    await db.updateTable(summaryName).set({ result: JSON.stringify(renamed) }).where("summary_key", "=", String(row.summary_key)).execute()
  }
}

/** A stored summary. */
export interface Stored {
  readonly key: string
  readonly kind: Entity.Kind
  readonly generation: number
  readonly identity: string
  readonly rows: Rows
  /** Whether its rows are those stored: only its generation moves on. */
  readonly unchanged?: boolean
}

/** One summary's generation and identity, and whether changes were logged since it was made: the read without a lock. */
export const probe = async (
  db: Kysely<any>,
  names: Names,
  key: string
): Promise<{ readonly generation: number; readonly identity: string; readonly stale: boolean } | undefined> => {
  const found = await sql<{ generation: unknown; query: unknown; stale: unknown }>`select s.generation, s.query,
      case when exists (select 1 from ${names.ref(changeTable.name)} as c where c.kind = s.kind and c.generation >= s.generation) then 1 else 0 end as stale
    from ${names.ref(summaryTable.name)} as s where s.summary_key = ${key}`.execute(db)
  const row = found.rows[0]
  return row === undefined ? undefined : { generation: Number(row.generation), identity: String(row.query), stale: Number(row.stale) === 1 }
}

/**
 * The generation, identity and staleness of several summaries ({@link probe} of each), in one
 * statement per 500 keys; keys with no summary are absent.
 */
export const probeMany = async (
  db: Kysely<any>,
  names: Names,
  keys: ReadonlyArray<string>
): Promise<Map<string, { readonly generation: number; readonly identity: string; readonly stale: boolean }>> => {
  const out = new Map<string, { readonly generation: number; readonly identity: string; readonly stale: boolean }>()
  for (const chunk of chunks([...new Set(keys)], 500)) {
    const found = await sql<{ summary_key: unknown; generation: unknown; query: unknown; stale: unknown }>`select s.summary_key, s.generation, s.query,
        case when exists (select 1 from ${names.ref(changeTable.name)} as c where c.kind = s.kind and c.generation >= s.generation) then 1 else 0 end as stale
      from ${names.ref(summaryTable.name)} as s where s.summary_key in (${sql.join(chunk)})`.execute(db)
    for (const row of found.rows) {
      out.set(String(row.summary_key), { generation: Number(row.generation), identity: String(row.query), stale: Number(row.stale) === 1 })
    }
  }
  return out
}

/**
 * The rows of several summaries ({@link rowsAt} of each), in one statement per 500 keys: those
 * still at the generation given.
 */
export const rowsAtMany = async (
  db: Kysely<any>,
  names: Names,
  wanted: ReadonlyArray<{ readonly key: string; readonly generation: number }>
): Promise<Map<string, Rows>> => {
  const generations = new Map(wanted.map((w) => [w.key, w.generation]))
  const out = new Map<string, Rows>()
  for (const chunk of chunks([...generations.keys()], 500)) {
    const found = await db
      .selectFrom(names.name(summaryTable.name))
      .select(["summary_key", "generation", "result"])
      .where("summary_key", "in", chunk as Array<string>)
      .execute()
    for (const row of found) {
      const key = String(row.summary_key)
      if (Number(row.generation) === generations.get(key)) out.set(key, JSON.parse(String(row.result)))
    }
  }
  return out
}

/** A summary's rows at a generation, if it is still at that generation. */
export const rowsAt = async (db: Kysely<any>, names: Names, key: string, generation: number): Promise<Rows | undefined> => {
  const found = await db
    .selectFrom(names.name(summaryTable.name))
    .select("result")
    .where("summary_key", "=", key)
    .where("generation", "=", generation)
    .execute()
  return found[0] === undefined ? undefined : JSON.parse(String(found[0].result))
}

/** What bringing summaries up to date needs from the store. */
export interface Context {
  readonly db: Kysely<any>
  readonly dialect: Dialect
  readonly names: Names
  readonly registry: Registry.Registry
  readonly geography: Geography.Geography
}

const decoded = (kind: Entity.Kind) => {
  const decode = Entity.decode(kind)
  return (data: string): unknown => {
    const result = decode(JSON.parse(data))
    if (Either.isLeft(result)) throw result.left
    return result.right
  }
}

const readerOf = (registry: Registry.Registry, kind: Entity.Kind, field: string) => {
  const fields = (registry.kinds[kind] as Registry.KindSpec<unknown> | undefined)?.fields ?? {}
  const spec = Object.hasOwn(fields, field) ? fields[field] : undefined
  return (record: unknown): string | null => {
    const value = spec === undefined ? null : (spec.read(record) ?? null)
    return value === null ? null : String(value)
  }
}

const groupId = (values: ReadonlyArray<string | null>) => JSON.stringify(values)

/**
 * The dates a query's records can lie in, when its period filters bound them (a dated source):
 * a record outside adds nothing to any row, so it is left out before evaluating. For new persons
 * of a reporting year, from the first day of the reporting year the filter starts in; new
 * persons "ever" are not bounded.
 */
const datesOf = (registry: Registry.Registry, query: AggregateQuery.AggregateQuery): { readonly start: string; readonly end: string } | undefined => {
  const spec = registry.sources[query.source]
  if (spec === undefined || spec.time._tag !== "date") return undefined
  if (query.measure._tag === "newPersons" && query.measure.window === "ever") return undefined
  const checked = AggregateQuery.check(query, registry)
  if (Either.isLeft(checked)) return undefined
  let range: { start: string; end: string } | undefined
  for (const r of checked.right.periodRanges.values()) {
    range = range === undefined ? { ...r } : { start: r.start > range.start ? r.start : range.start, end: r.end < range.end ? r.end : range.end }
  }
  if (range === undefined) return undefined
  if (query.measure._tag === "newPersons") {
    try {
      range.start = Period.dateRange(Period.containing(range.start, "year", query.measure.calendar), query.measure.calendar).start
    } catch {
      return undefined
    }
  }
  return range
}

/** Takes the state row's exclusive lock, inside a transaction, and reads it. */
export const lock = async (db: Kysely<any>, dialect: Dialect, names: Names): Promise<State> => readState(db, dialect, names, "update")

/** Reads a summary by key, if its identity is the one given. */
export const read = async (db: Kysely<any>, names: Names, key: string, identityText: string): Promise<Stored | undefined> => {
  const found = await db
    .selectFrom(names.name(summaryTable.name))
    .select(["kind", "generation", "query", "result"])
    .where("summary_key", "=", key)
    .execute()
  const row = found[0]
  if (row === undefined || String(row.query) !== identityText) return undefined
  return { key, kind: String(row.kind) as Entity.Kind, generation: Number(row.generation), identity: identityText, rows: JSON.parse(String(row.result)) }
}

/**
 * Brings the summaries of a kind up to date from the changes logged since each was made
 * (`kept`); those with more than {@link MAX_CHANGES} changes, or whose query no longer reads,
 * are to be forgotten (`dropped`: counted again when asked).
 */
export const refresh = async (
  ctx: Context,
  kind: Entity.Kind
): Promise<{ readonly kept: ReadonlyArray<Stored>; readonly dropped: ReadonlyArray<string> }> => {
  const { db, names, registry } = ctx
  const stored = await db
    .selectFrom(names.name(summaryTable.name))
    .select(["summary_key", "generation", "query", "result"])
    .where("kind", "=", kind)
    .execute()
  if (stored.length === 0) return { kept: [], dropped: [] }
  // how many changes each generation logged, to leave out summaries with too many before reading any
  const perGeneration = await db
    .selectFrom(names.name(changeTable.name))
    .select((eb) => ["generation", eb.fn.countAll().as("n")])
    .where("kind", "=", kind)
    .groupBy("generation")
    .execute()
  const changesSince = (generation: number) =>
    perGeneration.reduce((n, g) => (Number(g.generation) >= generation ? n + Number(g.n) : n), 0)
  const dropped: Array<string> = []
  const current = stored.filter((s) => {
    if (changesSince(Number(s.generation)) <= MAX_CHANGES) return true
    dropped.push(String(s.summary_key))
    return false
  })
  const oldest = Math.min(...current.map((s) => Number(s.generation)))
  const logged =
    current.length === 0
      ? []
      : await db
          .selectFrom(names.name(changeTable.name))
          .select(["generation", "record_id", "previous"])
          .where("kind", "=", kind)
          .where("generation", ">=", oldest)
          .orderBy("generation")
          .execute()
  const table = names.name(tableName(kind))
  const decode = decoded(kind)
  const summaries: Array<{ stored: Stored; query: AggregateQuery.AggregateQuery; partition: Partition }> = []
  for (const s of current) {
    const identityText = String(s.query)
    const query = (JSON.parse(identityText) as { query: AggregateQuery.AggregateQuery }).query
    const partition = partitionOf(registry, query)
    if (partition === undefined) {
      dropped.push(String(s.summary_key))
      continue
    }
    summaries.push({
      stored: { key: String(s.summary_key), kind, generation: Number(s.generation), identity: identityText, rows: JSON.parse(String(s.result)) },
      query,
      partition
    })
  }
  // the records as they are now, of every id logged, read once
  const ids = [...new Set(logged.map((c) => String(c.record_id)))]
  const now = new Map<string, unknown>()
  for (const chunk of chunks(ids, 500)) {
    const rows = await db.selectFrom(table).select(["id", "data"]).where("id", "in", chunk as Array<string>).execute()
    for (const row of rows) now.set(String(row.id), decode(String(row.data)))
  }
  // and the records of the partitions touched, read once per partition field and value
  const byField = new Map<string, { readonly fetched: Set<string>; readonly records: Map<string, unknown> }>()
  // a change's previous JSON decoded once, whichever summaries it is read for
  const previousCache = new Map<string, unknown>()
  const previousOf = (generation: number, id: string, text: string) => {
    const key = `${generation}\u0000${id}`
    let found = previousCache.get(key)
    if (found === undefined) previousCache.set(key, (found = decode(text)))
    return found
  }
  /** The records of the partitions a list of changes touched, as they were and as they are. */
  const setsOf = async (partition: Partition, since: typeof logged) => {
    // each id as it was when the summary was made: the first change logged since
    const before = new Map<string, unknown | null>()
    for (const c of since) {
      const id = String(c.record_id)
      if (!before.has(id)) before.set(id, c.previous === null || c.previous === undefined ? null : previousOf(Number(c.generation), id, String(c.previous)))
    }
    if (partition._tag === "record") {
      return {
        beforeSet: [...before.values()].filter((r) => r !== null),
        afterSet: [...before.keys()].flatMap((id) => (now.has(id) ? [now.get(id)] : []))
      }
    }
    const read = readerOf(registry, kind, partition.field)
    const values = new Set<string>()
    for (const [id, was] of before) {
      const a = was === null ? null : read(was)
      const b = now.has(id) ? read(now.get(id)) : null
      if (a !== null) values.add(a)
      if (b !== null) values.add(b)
    }
    const pk = partitionKey(partition)
    let field = byField.get(pk)
    if (field === undefined) byField.set(pk, (field = { fetched: new Set(), records: new Map() }))
    const { fetched, records } = field
    const missing = [...values].filter((v) => !fetched.has(v))
    for (const chunk of chunks(missing, 500)) {
      const rows = await db
        .selectFrom(table)
        .select(["id", "data", partition.column])
        .where(partition.column, "in", chunk as Array<string>)
        .execute()
      for (const v of chunk) fetched.add(v)
      // a record changed since is already decoded: the same row, read under the same lock
      for (const row of rows) {
        const id = String(row.id)
        records.set(id, now.has(id) ? now.get(id) : decode(String(row.data)))
      }
    }
    const inPartition = (r: unknown) => {
      const v = read(r)
      return v !== null && values.has(v)
    }
    const afterSet: Array<unknown> = []
    const beforeSet: Array<unknown> = []
    for (const [id, r] of records) {
      if (!inPartition(r)) continue
      afterSet.push(r)
      if (!before.has(id)) beforeSet.push(r)
    }
    // the logged records: as they are (those without a value of the field too: they count as
    // records), and as they were
    for (const [id, was] of before) {
      const r = now.get(id)
      if (r !== undefined && !inPartition(r)) afterSet.push(r)
      if (was !== null) beforeSet.push(was)
    }
    return { beforeSet, afterSet }
  }
  const setsBy = new Map<string, { readonly beforeSet: ReadonlyArray<unknown>; readonly afterSet: ReadonlyArray<unknown> }>()
  const out: Array<Stored> = []
  for (const { partition, query, stored: s } of summaries) {
    const since = logged.filter((c) => Number(c.generation) >= s.generation)
    if (since.length === 0) {
      out.push({ ...s, unchanged: true })
      continue
    }
    // summaries made at the same generation, split the same way, see the same records
    const setsKey = `${partitionKey(partition)}|${s.generation}`
    let sets = setsBy.get(setsKey)
    if (sets === undefined) setsBy.set(setsKey, (sets = await setsOf(partition, since)))
    let { afterSet, beforeSet } = sets
    const dates = datesOf(registry, query)
    if (dates !== undefined) {
      const spec = registry.sources[query.source]!
      const date = readerOf(registry, kind, spec.time._tag === "date" ? spec.time.field : "")
      const inside = (r: unknown) => {
        const d = date(r)
        return d !== null && d >= dates.start && d <= dates.end
      }
      beforeSet = beforeSet.filter(inside)
      afterSet = afterSet.filter(inside)
    }
    const rows = apply(ctx, query, s.rows, beforeSet, afterSet)
    if (rows === undefined) dropped.push(s.key)
    else out.push({ ...s, rows })
  }
  return { kept: out, dropped }
}

/** A summary's rows plus the evaluation of `after` minus that of `before`; groups with no record left go. */
const apply = (
  ctx: Context,
  query: AggregateQuery.AggregateQuery,
  rows: Rows,
  before: ReadonlyArray<unknown>,
  after: ReadonlyArray<unknown>
): Rows | undefined => {
  const evaluate = (records: ReadonlyArray<unknown>) =>
    Evaluation.partials(query, {
      registry: ctx.registry,
      geography: ctx.geography,
      records: () => records as never,
      lookup: () => null
    })
  const was = evaluate(before)
  const is = evaluate(after)
  if (Either.isLeft(was) || Either.isLeft(is)) return undefined
  const top = query.measure._tag === "contributions" ? query.measure.top : 1
  const ranked = ranks(query)
  const names = query.groupBy.map(AggregateQuery.dimensionKey)
  type Group = {
    values: ReadonlyArray<string | null>
    value: number
    matched: number
    contributors?: Map<string, [string | null, number, number]>
    ranked?: Ranked
    // by person: each touched person's whole sum and records, as it was and as it is
    touched?: Map<string, { was: [number, number]; is: [number, number] }>
    none?: [number, number]
  }
  const who = (c: string | null) => (c === null ? "\u0000" : `:${c}`)
  const groups = new Map<string, Group>()
  for (const [values, value, matched, contributors] of rows) {
    groups.set(groupId(values), {
      values,
      value,
      matched,
      ...(contributors === undefined
        ? {}
        : Array.isArray(contributors)
          ? { contributors: new Map((contributors as ReadonlyArray<Contributor>).map((c) => [who(c[0]), [c[0], c[1], c[2]]])) }
          : { ranked: contributors as Ranked })
    })
  }
  const add = (partials: ReadonlyArray<Evaluation.Partial>, sign: number) => {
    for (const p of partials) {
      const values = names.map((n) => p.key[n] ?? null)
      const id = groupId(values)
      let g = groups.get(id)
      if (g === undefined) groups.set(id, (g = { values, value: 0, matched: 0 }))
      g.value += sign * p.value
      g.matched += sign * p.matched
      if (p.contributors === undefined) continue
      if (ranked) {
        g.touched ??= new Map()
        g.none ??= [0, 0]
        for (const [c, sum, n] of p.contributors) {
          // the records without a person are not split by person: theirs is a difference
          if (c === null) {
            g.none[0] += sign * sum
            g.none[1] += sign * n
            continue
          }
          let entry = g.touched.get(c)
          if (entry === undefined) g.touched.set(c, (entry = { was: [0, 0], is: [0, 0] }))
          const side = sign < 0 ? entry.was : entry.is
          side[0] += sum
          side[1] += n
        }
        continue
      }
      g.contributors ??= new Map()
      for (const [c, sum, n] of p.contributors) {
        let entry = g.contributors.get(who(c))
        if (entry === undefined) g.contributors.set(who(c), (entry = [c, 0, 0]))
        entry[1] += sign * sum
        entry[2] += sign * n
      }
    }
  }
  add(was.right, -1)
  add(is.right, 1)
  const out: Array<Rows[number]> = []
  const empty: Ranked = { persons: 0, nonZero: 0, largest: [], bound: null, none: [0, 0] }
  for (const g of groups.values()) {
    if (g.matched <= 0) continue
    if (ranked) {
      const next = rerank(g.ranked ?? empty, g.touched?.values() ?? [], g.none ?? [0, 0], top)
      if (next === undefined) return undefined
      out.push([g.values, g.value, g.matched, next])
      continue
    }
    if (g.contributors === undefined) out.push([g.values, g.value, g.matched])
    else {
      const kept = [...g.contributors.values()].filter((c) => c[2] > 0)
      out.push([g.values, contributionsOf(kept, top).value, g.matched, kept])
    }
  }
  return out
}

/**
 * Stores summaries at a new generation, moves the state on, keeps at most
 * {@link MAX_SUMMARIES} and forgets the changes every summary has counted.
 */
export const store = async (
  db: Kysely<any>,
  dialect: Dialect,
  names: Names,
  state: State,
  summaries: ReadonlyArray<Stored>,
  dropped: ReadonlyArray<string>
): Promise<number> => {
  const generation = state.generation + 1
  const summaryName = names.name(summaryTable.name)
  for (const chunk of chunks(dropped, 500)) await db.deleteFrom(summaryName).where("summary_key", "in", chunk as Array<string>).execute()
  // those whose rows are as stored only move on, all with one statement (per 500)
  const unchanged = summaries.filter((s) => s.unchanged === true).map((s) => s.key)
  for (const chunk of chunks(unchanged, 500)) {
    await db.updateTable(summaryName).set({ generation }).where("summary_key", "in", chunk as Array<string>).execute()
  }
  // the others are written with one statement per batch of rows of at most about a megabyte
  // one row per key (a statement may not write a key twice): the last given, as when written one by one
  const byKey = new Map<string, Stored>()
  for (const s of summaries) if (s.unchanged !== true) byKey.set(s.key, s)
  const written = [...byKey.values()].map((s) => ({ summary_key: s.key, kind: s.kind, generation, query: s.identity, result: JSON.stringify(s.rows) }))
  let batch: Array<(typeof written)[number]> = []
  let size = 0
  const flush = async () => {
    if (batch.length === 0) return
    await dialect.upsert(db.insertInto(summaryName).values(batch), ["summary_key"], ["kind", "generation", "query", "result"]).execute()
    batch = []
    size = 0
  }
  for (const row of written) {
    if (batch.length > 0 && (size + row.result.length + row.query.length > WRITE_BATCH || batch.length >= 100)) await flush()
    batch.push(row)
    size += row.result.length + row.query.length
  }
  await flush()
  const counted = await db.selectFrom(summaryName).select((eb) => eb.fn.countAll().as("n")).executeTakeFirst()
  const n = Number(counted?.n ?? 0)
  if (n > MAX_SUMMARIES) {
    const old = await db
      .selectFrom(summaryName)
      .select("summary_key")
      .orderBy("generation")
      .limit(n - MAX_SUMMARIES)
      .execute()
    for (const chunk of chunks(
      old.map((o) => String(o.summary_key)),
      500
    ))
      await db.deleteFrom(summaryName).where("summary_key", "in", chunk as Array<string>).execute()
  }
  await db
    .updateTable(names.name(summaryStateTable.name))
    .set({ generation, active: n > 0 ? 1 : 0 })
    .where("id", "=", STATE)
    .execute()
  // the changes of a kind every summary of that kind has counted are forgotten, and those of
  // kinds no summary counts
  const changeName = names.name(changeTable.name)
  const oldest = await db
    .selectFrom(summaryName)
    .select((eb) => ["kind", eb.fn.min("generation").as("g")])
    .groupBy("kind")
    .execute()
  // every kind's counted changes with one statement
  if (oldest.length > 0) {
    await db
      .deleteFrom(changeName)
      .where((eb) => eb.or(oldest.map(({ g, kind }) => eb.and([eb("kind", "=", String(kind)), eb("generation", "<", Number(g))]))))
      .execute()
  }
  const kinds = oldest.map((o) => String(o.kind))
  let stale = db.deleteFrom(changeName)
  if (kinds.length > 0) stale = stale.where("kind", "not in", kinds)
  await stale.execute()
  return generation
}
