/**
 * Differential privacy: discrete Laplace noise and a privacy budget per audience.
 *
 * A table released in this mode has noise added to every cell, drawn from the discrete Laplace
 * distribution with scale `sensitivity / ε` (`P(x) ∝ exp(−ε·|x| / sensitivity)`), sampled
 * exactly in integers from `crypto.getRandomValues` (see Canonne, Kamath and Steinke, 2020).
 *
 * - `sensitivity` is **declared** with the table (`Table.sensitivity`): the most the whole
 *   table can change, summed over its cells, when one person is added or removed. A person
 *   counted once in an inner cell of a table with row and column totals changes 4 cells by 1:
 *   sensitivity 4. It is never estimated from the data — the data is what is being protected.
 *   For amounts, it is the cap on one contributor (times the cells they reach), and the
 *   amounts must have been capped at it before aggregation.
 * - `ε` is spent from the audience's budget (`Budget`) before any noise is drawn; a query that
 *   would overspend is refused with `BudgetExhausted`. Budgets add up (sequential
 *   composition): ten tables at ε = 0.1 spend 1.
 * - NaN, infinite, zero and negative parameters are refused with `InvalidNoiseParameter`.
 *
 * Noisy counts below zero are shown as zero (post-processing does not weaken the guarantee).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { DifferentialPrivacy } from "@pctnxh/privacy"
 *
 * const program = Effect.gen(function* () {
 *   yield* DifferentialPrivacy.spend("public", 0.5)
 *   return yield* DifferentialPrivacy.laplace(689, { sensitivity: 1, epsilon: 0.5 })
 * }).pipe(Effect.provide(DifferentialPrivacy.layerBudget({ public: 1 })))
 * ```
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as SynchronizedRef from "effect/SynchronizedRef"
import { BudgetExhausted, InvalidNoiseParameter } from "./DisclosureError.js"
import { discreteLaplace, type Rational, rational } from "./internal/disclosure/random.js"

/**
 * The parameters of the Laplace mechanism.
 *
 * @since 0.1.0
 */
export interface Parameters {
  /** How much one person can change the answer (L1), declared. */
  readonly sensitivity: number
  /** The privacy loss allowed for this answer. */
  readonly epsilon: number
}

const positive = (parameter: string, value: number): Either.Either<number, InvalidNoiseParameter> => {
  if (typeof value !== "number" || Number.isNaN(value)) {
    return Either.left(
      new InvalidNoiseParameter({ parameter, value: String(value), reason: { vi: "không phải là số", en: "is not a number" } })
    )
  }
  if (!Number.isFinite(value)) {
    return Either.left(
      new InvalidNoiseParameter({ parameter, value: String(value), reason: { vi: "phải là số hữu hạn", en: "must be finite" } })
    )
  }
  if (value <= 0) {
    return Either.left(
      new InvalidNoiseParameter({ parameter, value: String(value), reason: { vi: "phải lớn hơn 0", en: "must be greater than 0" } })
    )
  }
  return Either.right(value)
}

/**
 * Checks the parameters: both finite and positive.
 *
 * @since 0.1.0
 */
export const validate = (parameters: Parameters): Either.Either<Parameters, InvalidNoiseParameter> =>
  Either.flatMap(positive("sensitivity", parameters.sensitivity), () =>
    Either.map(positive("epsilon", parameters.epsilon), () => parameters)
  )

const scaleOf = (p: Parameters): Rational => {
  const s = rational(p.sensitivity)
  const e = rational(p.epsilon)
  // (s.num / s.den) / (e.num / e.den)
  return { num: s.num * e.den, den: s.den * e.num }
}

/**
 * One draw of discrete Laplace noise with scale `sensitivity / epsilon`.
 *
 * @since 0.1.0
 */
export const noise = (parameters: Parameters): Effect.Effect<number, InvalidNoiseParameter> =>
  Effect.flatMap(validate(parameters), (p) => Effect.sync(() => Number(discreteLaplace(scaleOf(p)))))

/**
 * A value with discrete Laplace noise added, never below zero. It spends no budget by itself:
 * spend first (see {@link spend}).
 *
 * @since 0.1.0
 */
export const laplace = (value: number, parameters: Parameters): Effect.Effect<number, InvalidNoiseParameter> =>
  Effect.map(noise(parameters), (n) => Math.max(0, Math.round(value) + n))

/**
 * The privacy budget of each audience: how much ε it has left. Spending is atomic; a spend
 * that would go below zero is refused and spends nothing.
 *
 * @since 0.1.0
 */
export class Budget extends Context.Tag("@pctnxh/privacy/DifferentialPrivacy/Budget")<
  Budget,
  {
    /** Spends ε from an audience's budget, returning what is left. */
    readonly spend: (audience: string, epsilon: number) => Effect.Effect<number, BudgetExhausted | InvalidNoiseParameter>
    /** What an audience has left (0 for an audience without a budget). */
    readonly remaining: (audience: string) => Effect.Effect<number>
  }
>() {}

/**
 * A budget kept in memory, starting from a total ε per audience. An audience not listed has
 * none: it gets no noisy answers (fail closed).
 *
 * @since 0.1.0
 */
export const makeBudget = (totals: Readonly<Record<string, number>>): Effect.Effect<Context.Tag.Service<Budget>, InvalidNoiseParameter> =>
  Effect.gen(function* () {
    for (const [audience, total] of Object.entries(totals)) yield* positive(`budget.${audience}`, total)
    const spent = yield* SynchronizedRef.make(new Map<string, number>())
    const left = (used: ReadonlyMap<string, number>, audience: string): number =>
      Math.max(0, (Object.hasOwn(totals, audience) ? totals[audience]! : 0) - (used.get(audience) ?? 0))
    return {
      spend: (audience, epsilon) =>
        Effect.flatMap(positive("epsilon", epsilon), () =>
          SynchronizedRef.modifyEffect(spent, (used) => {
            const remaining = left(used, audience)
            if (epsilon > remaining + 1e-12) {
              return Effect.fail(new BudgetExhausted({ audience, requested: epsilon, remaining }))
            }
            const next = new Map(used)
            next.set(audience, (used.get(audience) ?? 0) + epsilon)
            return Effect.succeed([left(next, audience), next] as const)
          })
        ),
      remaining: (audience) => Effect.map(SynchronizedRef.get(spent), (used) => left(used, audience))
    }
  })

/**
 * A {@link Budget} in memory (see {@link makeBudget}).
 *
 * @since 0.1.0
 */
export const layerBudget = (totals: Readonly<Record<string, number>>): Layer.Layer<Budget, InvalidNoiseParameter> =>
  Layer.effect(Budget, makeBudget(totals))

/**
 * Spends ε from an audience's budget.
 *
 * @since 0.1.0
 */
export const spend = (audience: string, epsilon: number): Effect.Effect<number, BudgetExhausted | InvalidNoiseParameter, Budget> =>
  Effect.flatMap(Budget, (budget) => budget.spend(audience, epsilon))

/**
 * Noisy values for a table's cells: spends `epsilon` from the audience's budget once for the
 * table, then adds discrete Laplace noise with scale `sensitivity / epsilon` to every value.
 *
 * @since 0.1.0
 */
export const noisyValues = (
  values: ReadonlyArray<number>,
  options: { readonly audience: string; readonly epsilon: number; readonly sensitivity: number | undefined }
): Effect.Effect<ReadonlyArray<number>, BudgetExhausted | InvalidNoiseParameter, Budget> =>
  Effect.gen(function* () {
    if (options.sensitivity === undefined) {
      return yield* Effect.fail(
        new InvalidNoiseParameter({
          parameter: "sensitivity",
          value: "undefined",
          reason: {
            vi: "bảng phải khai báo độ nhạy (sensitivity): mức một người có thể làm thay đổi cả bảng",
            en: "the table must declare its sensitivity: how much one person can change the whole table"
          }
        })
      )
    }
    const parameters = yield* validate({ sensitivity: options.sensitivity, epsilon: options.epsilon })
    yield* spend(options.audience, parameters.epsilon)
    const out: Array<number> = []
    for (const value of values) out.push(yield* laplace(value, parameters))
    return out
  })
