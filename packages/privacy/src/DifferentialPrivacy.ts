/**
 * Differential privacy: discrete Laplace noise, a sensitivity derived from the table, and a
 * privacy budget per audience kept in the Store.
 *
 * A table released in this mode has noise added to its cells, drawn from the discrete Laplace
 * distribution with scale `sensitivity / ε` (`P(x) ∝ exp(−ε·|x| / sensitivity)`), sampled
 * exactly in integers from `crypto.getRandomValues` (see Canonne, Kamath and Steinke, 2020).
 *
 * - **Sensitivity is derived, never taken from the caller** ({@link sensitivity}): the most one
 *   person can change the whole table, summed over its cells, from the table's dimensions,
 *   hierarchies and aggregation and the cap on one contributor (`Table.contributorCap`: 1 for
 *   counts of persons; for amounts, the cap the records were clipped to before aggregation,
 *   which must be declared). A person counted once in an inner cell of a table with row and
 *   column totals changes 4 cells: sensitivity 4.
 * - **ε is capped by the audience's policy**, per release (`Policy.epsilon`: more is refused
 *   with `EpsilonAboveCeiling`) and in total (`Policy.epsilonTotal`: a release that would pass
 *   it is refused with `BudgetExhausted`). ε is spent ({@link Budget}) before any noise is
 *   drawn. Budgets add up (sequential composition): ten releases at ε = 0.1 spend 1.
 * - **The budget is kept in the Store** ({@link layerStore}, as `privacySpend` records next to
 *   the release ledger), so that a new process or the next run of a command-line tool finds
 *   what was spent; two spends to one audience at the same moment wait for each other, in one
 *   transaction each, and cannot spend more than the total between them.
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
 *   yield* DifferentialPrivacy.spend({ audience: "public", epsilon: 0.5, total: 2 })
 *   return yield* DifferentialPrivacy.laplace(689, { sensitivity: 1, epsilon: 0.5 })
 * }).pipe(Effect.provide(DifferentialPrivacy.layerStore), Effect.provide(storeLayer))
 * ```
 * @since 0.1.0
 */
import { PrivacySpend, Store } from "@pctnxh/core"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as SynchronizedRef from "effect/SynchronizedRef"
import { BudgetExhausted, EpsilonAboveCeiling, InvalidNoiseParameter, InvalidTable, LedgerFailed } from "./DisclosureError.js"
import type { Policy, Table } from "./DisclosureTable.js"
import { discreteLaplace, type Rational, rational } from "./internal/disclosure/random.js"
import { selfAndAbove, treesOf } from "./internal/disclosure/trees.js"

/**
 * The parameters of the Laplace mechanism.
 *
 * @since 0.1.0
 */
export interface Parameters {
  /** How much one person can change the answer (L1). */
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
 * The sensitivity of a table: the most one person or contributor can change it, summed over
 * all its cells (L1), derived from its shape — never declared by a caller.
 *
 * It is `contributorCap × ∏ per dimension`: along a dimension that sums (`aggregation: "sum"`),
 * a contribution reaches one member and each of its ancestors the table shows, so the factor
 * is the longest chain of shown members from a member to the top; along a distinct count, a
 * person may be in every member at once, so the factor is the number of members shown. A cell
 * that leaves a dimension out is its total and counts as one more member of every chain.
 *
 * A frequency table counts each person at most once (cap 1) unless it declares a cap; a
 * magnitude table must declare the cap its amounts were clipped to, and a listed contribution
 * above it is refused (the data was not clipped).
 *
 * @example
 * ```ts
 * // persons by commune and sex, with commune, sex and grand totals: 2 × 2
 * DifferentialPrivacy.sensitivity(byCommuneAndSex) // Either.right(4)
 * ```
 * @since 0.1.0
 */
export const sensitivity = (table: Table): Either.Either<number, InvalidTable> => {
  const invalid = (vi: string, en: string, cell?: Readonly<Record<string, string>>) =>
    Either.left(new InvalidTable({ table: table.id, reason: { vi, en }, ...(cell === undefined ? {} : { cell: { ...cell } }) }))
  const cap = table.contributorCap ?? (table.kind === "frequency" ? 1 : undefined)
  if (cap === undefined) {
    return invalid(
      "bảng giá trị dùng riêng tư vi phân phải khai báo mức trần đóng góp của mỗi người (contributorCap), và dữ liệu phải được cắt ở mức đó",
      "an amount table released with differential privacy must declare the cap on one contributor (contributorCap), and its records must be clipped to it"
    )
  }
  for (const cell of table.cells) {
    if ((cell.contributions ?? []).some((c) => c > cap)) {
      return invalid(
        "có khoản đóng góp vượt mức trần: dữ liệu phải được cắt ở mức trần trước khi lập bảng",
        "a contribution exceeds the cap: records must be clipped to it before the table is made",
        cell.key
      )
    }
  }
  let factor = 1
  for (const d of table.dimensions) {
    const shown = new Set<string>()
    let total = 0
    for (const cell of table.cells) {
      const member = cell.key[d.name]
      if (member === undefined) total = 1
      else shown.add(member)
    }
    if (d.aggregation === "distinct") {
      factor *= Math.max(1, shown.size + total)
      continue
    }
    // a record counts once in each shown member on its way up, through every grouping
    const trees = treesOf(d)
    let longest = 0
    for (const m of new Set([...shown, ...trees.flatMap((parents) => Object.keys(parents))])) {
      let n = 0
      for (const a of selfAndAbove(trees, m)) if (shown.has(a)) n++
      longest = Math.max(longest, n)
    }
    factor *= Math.max(1, longest + total)
  }
  return Either.right(cap * factor)
}

/**
 * The ε a release spends: what it asks for (the policy's ceiling when it asks for nothing),
 * refused with {@link EpsilonAboveCeiling} above the ceiling per release.
 *
 * @since 0.1.0
 */
export const requested = (
  policy: Policy,
  audience: string,
  epsilon?: number | undefined
): Either.Either<number, EpsilonAboveCeiling | InvalidNoiseParameter> =>
  Either.flatMap(positive("epsilon", epsilon ?? policy.epsilon), (e) =>
    Either.flatMap(positive("epsilonTotal", policy.epsilonTotal), () =>
      e > policy.epsilon ? Either.left(new EpsilonAboveCeiling({ audience, requested: e, ceiling: policy.epsilon })) : Either.right(e)
    )
  )

/**
 * A spend of ε: by whom, how much, out of which total, and for which release.
 *
 * @since 0.1.0
 */
export interface Spend {
  readonly audience: string
  readonly epsilon: number
  /** The audience's total budget (its policy's `epsilonTotal`). */
  readonly total: number
  readonly release?: string | undefined
}

/**
 * The privacy budget of each audience: what it has spent. A spend that would take an audience
 * past its total is refused and spends nothing.
 *
 * @since 0.1.0
 */
export class Budget extends Context.Tag("@pctnxh/privacy/DifferentialPrivacy/Budget")<
  Budget,
  {
    /** Spends ε from an audience's budget, returning what is left of its total. */
    readonly spend: (request: Spend) => Effect.Effect<number, BudgetExhausted | InvalidNoiseParameter | LedgerFailed>
    /** What an audience has spent so far. */
    readonly spent: (audience: string) => Effect.Effect<number, LedgerFailed>
  }
>() {}

const checked = (request: Spend): Either.Either<Spend, InvalidNoiseParameter> =>
  Either.flatMap(positive("epsilon", request.epsilon), () => Either.map(positive("epsilonTotal", request.total), () => request))

const afterSpending = (request: Spend, used: number): Either.Either<number, BudgetExhausted> => {
  const remaining = Math.max(0, request.total - used)
  return request.epsilon > remaining + 1e-12
    ? Either.left(new BudgetExhausted({ audience: request.audience, requested: request.epsilon, remaining }))
    : Either.right(Math.max(0, remaining - request.epsilon))
}

/**
 * A budget kept in memory: for tests, and for a browser page that publishes nothing beyond
 * itself. It forgets everything when the process ends; deployments keep it in the Store
 * ({@link makeStore}).
 *
 * @since 0.1.0
 */
export const makeMemory: Effect.Effect<Context.Tag.Service<Budget>> = Effect.map(
  SynchronizedRef.make(new Map<string, number>()),
  (spent) => ({
    spend: (request) =>
      Effect.flatMap(checked(request), () =>
        SynchronizedRef.modifyEffect(spent, (used) =>
          Effect.map(afterSpending(request, used.get(request.audience) ?? 0), (left) => {
            const next = new Map(used)
            next.set(request.audience, (used.get(request.audience) ?? 0) + request.epsilon)
            return [left, next] as const
          })
        )
      ),
    spent: (audience) => Effect.map(SynchronizedRef.get(spent), (used) => used.get(audience) ?? 0)
  })
)

/**
 * A {@link Budget} in memory (see {@link makeMemory}).
 *
 * @since 0.1.0
 */
export const layerMemory: Layer.Layer<Budget> = Layer.effect(Budget, makeMemory)

const failed = (operation: string) => (cause: unknown) =>
  new LedgerFailed({
    operation,
    reason: { vi: "không đọc hoặc ghi được ngân sách riêng tư trong kho dữ liệu", en: "the privacy budget could not be read or written in the store" },
    cause
  })

const record = (fields: unknown) => Effect.mapError(Schema.decodeUnknown(PrivacySpend.PrivacySpend)(fields), failed("spend"))

const spentIn = (store: Store.Service, audience: string) =>
  Effect.map(store.find("privacySpend", { audience }).pipe(Effect.catchTag("NotIndexed", Effect.die)), (all) =>
    all.reduce((sum, s) => sum + s.epsilon, 0)
  )

/**
 * A budget kept in the Store as `privacySpend` records, next to the release ledger: every
 * process and every later run sees what was spent before. Each spend is one transaction that
 * first writes the audience's account record (so a second spend to the same audience waits
 * for this one to finish), then reads what the audience has spent, and records the spend only
 * if the total allows it.
 *
 * @since 0.1.0
 */
export const makeStore: Effect.Effect<Context.Tag.Service<Budget>, never, Store.Store> = Effect.map(Store.Store, (store) => ({
  spend: (request) =>
    Effect.flatMap(checked(request), () =>
      store
        .transaction(
          Effect.gen(function* () {
            const at = new Date(yield* Clock.currentTimeMillis).toISOString()
            const account = yield* record({ id: request.audience, audience: request.audience, at, epsilon: 0 })
            yield* store.put("privacySpend", [account])
            const left = yield* afterSpending(request, yield* spentIn(store, request.audience))
            const spend = yield* record({
              id: `${request.audience}/${globalThis.crypto.randomUUID()}`,
              audience: request.audience,
              at,
              epsilon: request.epsilon,
              ...(request.release === undefined ? {} : { release: request.release })
            })
            yield* store.put("privacySpend", [spend])
            return left
          })
        )
        .pipe(Effect.catchTag("StoreError", (e) => Effect.fail(failed("spend")(e))))
    ),
  spent: (audience) => spentIn(store, audience).pipe(Effect.mapError(failed("spent")))
}))

/**
 * A {@link Budget} kept in the Store (see {@link makeStore}).
 *
 * @since 0.1.0
 */
export const layerStore: Layer.Layer<Budget, never, Store.Store> = Layer.effect(Budget, makeStore)

/**
 * Spends ε from an audience's budget.
 *
 * @since 0.1.0
 */
export const spend = (request: Spend): Effect.Effect<number, BudgetExhausted | InvalidNoiseParameter | LedgerFailed, Budget> =>
  Effect.flatMap(Budget, (budget) => budget.spend(request))

/**
 * What an audience has spent.
 *
 * @since 0.1.0
 */
export const spent = (audience: string): Effect.Effect<number, LedgerFailed, Budget> => Effect.flatMap(Budget, (budget) => budget.spent(audience))
