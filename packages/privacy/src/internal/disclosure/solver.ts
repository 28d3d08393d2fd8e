/** The solver service and the helpers that run an attacker's system through it. */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Either from "effect/Either"
import type { Highs } from "highs"
import { CheckTooLong, InconsistentFigures, SolverFailed } from "../../DisclosureError.js"
import { fromReleased, fromTable, rounded, wideEnough } from "./knowledge.js"
import type { KnownTable, System } from "./lattice.js"
import type { Session } from "./lp.js"
import { open, SolveError } from "./lp.js"
import type { Policy, ReleasedTable, Table } from "../../DisclosureTable.js"

/** How long the attacker check of one release may take, in seconds; past it the release is refused. */
export class TimeLimit extends Context.Reference<TimeLimit>()("@pctnxh/privacy/AttackerCheck/TimeLimit", {
  defaultValue: () => 60
}) {}

/** When the checks of the release under way must end (epoch milliseconds), once the door set it. */
export class Deadline extends Context.Reference<Deadline>()("@pctnxh/privacy/AttackerCheck/Deadline", {
  defaultValue: (): number | undefined => undefined
}) {}

/** Runs the checks of one release under one deadline: the time limit counts from here. */
export const withDeadline = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(Effect.all([Deadline, TimeLimit, Clock.clockWith(Effect.succeed)]), ([set, seconds, clock]) =>
    set !== undefined ? effect : Effect.provideService(effect, Deadline, clock.unsafeCurrentTimeMillis() + seconds * 1000)
  )

/** The solver service: a loaded HiGHS runtime. */
export class Solver extends Context.Tag("@pctnxh/privacy/AttackerCheck/Solver")<Solver, { readonly highs: Highs }>() {}

/** An earlier release's tables, as the ledger returns them. */
export interface History {
  readonly release: string
  /** When it was released (ISO 8601), to name it in a refusal. */
  readonly at?: string | undefined
  /** What it was, in an officer's words. */
  readonly label?: { readonly vi: string; readonly en: string } | undefined
  readonly tables: ReadonlyArray<ReleasedTable>
}

/** What the attacker can derive about one cell that needs protection. */
export interface Interval {
  /** The table the cell is in (`ledger:<release>/<table>` for an earlier release). */
  readonly table: string
  readonly measure: string
  /** The cell's members in every dimension of its measure. */
  readonly key: Readonly<Record<string, string>>
  readonly lower: number
  readonly upper: number
  /** The narrowest interval allowed. */
  readonly required: number
  readonly safe: boolean
}

export const solveFailure = (error: unknown): SolverFailed =>
  new SolverFailed({
    reason: { vi: "bộ giải không trả lời được", en: "the solver gave no answer" },
    cause: error instanceof Error ? error.message : error
  })

export const inconsistent = (system: System): InconsistentFigures =>
  new InconsistentFigures({
    measure: [...new Set(system.vars.map((v) => v.measure))].join(", "),
    reason: {
      vi: "không có bộ số không âm nào khớp với mọi tổng đã và sẽ công bố (có thể số liệu đã được sửa sau lần công bố trước)",
      en: "no non-negative figures agree with every total published now and before (figures may have been revised since an earlier release)"
    }
  })

/** Opens a session on a system, checks it is feasible, runs `use`, and always disposes it. */
export const withSession = <A, E>(
  system: System,
  use: (session: Session) => Either.Either<A, E>
): Effect.Effect<A, E | SolverFailed | InconsistentFigures | CheckTooLong, Solver> =>
  Effect.flatMap(Effect.all([Solver, TimeLimit, Deadline, Clock.clockWith(Effect.succeed)]), ([{ highs }, seconds, set, clock]) => {
    const now = () => clock.unsafeCurrentTimeMillis()
    const deadline = set ?? now() + seconds * 1000
    const tooLong = () =>
      new CheckTooLong({ cells: system.vars.length, tables: new Set(system.vars.flatMap((v) => v.occurrences.map((o) => o.source))).size, seconds })
    return Effect.acquireUseRelease(
      Effect.try({
        try: () => open(highs, system, deadline, now),
        catch: (error) => (error instanceof SolveError && error.kind === "time" ? tooLong() : solveFailure(error))
      }),
      (session) =>
        Effect.suspend((): Effect.Effect<A, E | SolverFailed | InconsistentFigures | CheckTooLong> => {
          try {
            if (!session.feasible()) return Effect.fail(inconsistent(system))
            return use(session)
          } catch (error) {
            if (error instanceof SolveError && error.kind === "infeasible") return Effect.fail(inconsistent(system))
            if (error instanceof SolveError && error.kind === "time") return Effect.fail(tooLong())
            return Effect.fail(solveFailure(error))
          }
        }),
      (session) => Effect.sync(() => session.dispose())
    )
  })

/** The attacker's interval of one cell. */
export const intervalOf = (system: System, session: Session, col: number): Interval => {
  const v = system.vars[col]!
  const b = session.bounds(col)
  const r = rounded(v.kind, b.lower, b.upper)
  return {
    table: v.occurrences[0]?.source ?? "",
    measure: v.measure,
    key: v.key,
    lower: r.lower,
    upper: r.upper,
    required: v.required,
    safe: wideEnough(v.kind, b.lower, b.upper, v.required)
  }
}

/** The known tables of a release and its history. */
export const knownTables = (
  tables: ReadonlyArray<Table>,
  policy: Policy,
  history: ReadonlyArray<History>,
  shown?: ReadonlyMap<string, ReadonlyArray<number | undefined>>
): Array<KnownTable> => [
  ...history.flatMap((h) => h.tables.map((t) => fromReleased(h.release, t))),
  ...tables.map((t) => fromTable(t, policy, shown?.get(t.id)))
]
