/**
 * The attacker check: for every suppressed cell, the interval an attacker can derive from
 * everything published to the same audience — this release and every earlier one in the
 * ledger — and whether it is wide enough.
 *
 * The attacker knows every published value, that every total equals the sum of its parts (or,
 * for distinct counts, lies between the largest part and their sum), that counts and amounts
 * are never negative, what each label says (`<5` is at most 4; where zeros are always shown, a
 * hidden count is at least 1), and how far perturbed values can be from the truth. For each
 * suppressed cell the check minimises and maximises the cell subject to all of that, with
 * HiGHS (the solver of the `highs` package, compiled to WebAssembly), and compares the width
 * with the cell's safety range.
 *
 * Counts are whole numbers, so their bounds are rounded inwards; otherwise the bounds are those
 * of the linear relaxation (an attacker using integer programming could occasionally do better
 * in tables of three or more dimensions).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { AttackerCheck, Disclosure } from "@pctnxh/privacy"
 *
 * const program = AttackerCheck.check([table], { policy: Disclosure.defaultPolicy }).pipe(
 *   Effect.provide(AttackerCheck.layer)
 * )
 * // in a browser bundled by Vite:
 * // import wasmUrl from "highs/runtime?url"
 * // Effect.provide(AttackerCheck.layerWith({ locateFile: () => wasmUrl }))
 * ```
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import type { Highs, InitOptions } from "highs"
import type { InconsistentFigures, InvalidTable } from "./DisclosureError.js"
import { type CheckTooLong, SolverFailed } from "./DisclosureError.js"
import { build } from "./internal/disclosure/lattice.js"
import type { Policy, Table } from "./DisclosureTable.js"
import * as internal from "./internal/disclosure/solver.js"

/**
 * The solver service: a loaded HiGHS runtime. Provide it with {@link layer} (or
 * {@link layerWith} in a browser whose bundler moves `highs.wasm`).
 *
 * @since 0.1.0
 */
export const Solver: typeof internal.Solver = internal.Solver

/**
 * The solver service's type.
 *
 * @since 0.1.0
 */
export type Solver = internal.Solver

/**
 * How long the checks of one release may take, in seconds: 60 unless provided. Complementary
 * suppression and the attacker check share it. Past it the release is refused with
 * `CheckTooLong` and is never published unchecked. HiGHS stops a long solve at the same deadline.
 *
 * @example
 * ```ts
 * program.pipe(Effect.provideService(AttackerCheck.TimeLimit, 120))
 * ```
 * @since 0.1.0
 */
export const TimeLimit: typeof internal.TimeLimit = internal.TimeLimit

/**
 * How to find the solver's WebAssembly binary (`highs.wasm`): `locateFile` returns its URL,
 * or pass its bytes (`wasmBinary`) or a compiled module (`wasmModule`).
 *
 * @since 0.1.0
 */
export type LoadOptions = Pick<InitOptions, "locateFile" | "wasmBinary" | "wasmModule">

type Loader = (options?: InitOptions) => Promise<Highs>

/** The loader function, whether the module was loaded as ESM or through CommonJS interop. */
const loaderOf = (mod: unknown): Loader => {
  const outer = (mod as { readonly default?: unknown }).default
  const inner = typeof outer === "function" ? outer : (outer as { readonly default?: unknown } | undefined)?.default
  if (typeof inner !== "function") throw new TypeError("the highs module exports no loader")
  return inner as Loader
}

/**
 * Loads HiGHS with options (see {@link LoadOptions}). In a browser the binary is fetched from
 * next to the `highs` module by default; bundlers that move assets need `locateFile`, e.g. with
 * Vite `import wasmUrl from "highs/runtime?url"` and `locateFile: () => wasmUrl`.
 *
 * @since 0.1.0
 */
export const layerWith = (options: LoadOptions = {}): Layer.Layer<Solver, SolverFailed> =>
  Layer.effect(
    internal.Solver,
    Effect.tryPromise({
      try: async () => {
        const load = loaderOf(await import("highs"))
        const highs = await load({ ...options })
        return { highs }
      },
      catch: (cause) =>
        new SolverFailed({
          reason: { vi: "không tải được bộ giải (highs.wasm)", en: "could not load the solver (highs.wasm)" },
          cause
        })
    })
  )

/**
 * HiGHS loaded the default way: in Node from the `highs` package's own directory, in a browser
 * from next to the `highs` module.
 *
 * @since 0.1.0
 */
export const layer: Layer.Layer<Solver, SolverFailed> = layerWith()

/**
 * An earlier release's tables, as the ledger returns them.
 *
 * @since 0.1.0
 */
export type History = internal.History

/**
 * What the attacker can derive about one cell that needs protection.
 *
 * @since 0.1.0
 */
export type Interval = internal.Interval

/**
 * The outcome of a check. It states bounds of suppressed cells: it is for the agency's own
 * review, never for the audience.
 *
 * @since 0.1.0
 */
export interface Assessment {
  readonly intervals: ReadonlyArray<Interval>
  readonly safe: boolean
}

/**
 * Checks marked tables (and the earlier releases to the same audience, when given) together:
 * the attacker's interval of every suppressed cell that needs protection, and whether each is
 * at least its safety range.
 *
 * @since 0.1.0
 */
export const check = (
  tables: ReadonlyArray<Table>,
  options: {
    readonly policy: Policy
    readonly history?: ReadonlyArray<History> | undefined
    /** The values shown for perturbed cells, by table id and cell index. */
    readonly shown?: ReadonlyMap<string, ReadonlyArray<number | undefined>> | undefined
  }
): Effect.Effect<Assessment, InvalidTable | InconsistentFigures | SolverFailed | CheckTooLong, Solver> =>
  Effect.flatMap(
    Effect.suspend(() => build(internal.knownTables(tables, options.policy, options.history ?? [], options.shown))),
    (system) =>
      internal.withSession(system, (session) => {
        const intervals: Array<Interval> = []
        system.vars.forEach((v, col) => {
          if (v.required > 0) intervals.push(internal.intervalOf(system, session, col))
        })
        return Either.right({ intervals, safe: intervals.every((i) => i.safe) })
      })
  )
