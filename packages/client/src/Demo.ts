/**
 * `client.demo`: fills the store with a realistic synthetic dataset from `@pctnxh/synth` —
 * organisations, models, groups, pseudonymous persons, contacts, activities, inspections,
 * police statistics, budgets, targets — the same for the same seed, everywhere. No real person
 * is in it. For demos, training and trying a tool before real data arrives.
 *
 * @example
 * ```ts
 * const loaded = await client.demo.load({ seed: 2019, events: 5_000, onProgress: (n) => bar.update(n) })
 * loaded.records // ≈ 7,000
 * ```
 * @since 0.1.0
 */
import type { Entity } from "@pctnxh/core"

/**
 * What to generate (see `Synth.Options`).
 *
 * @since 0.1.0
 */
export interface Options {
  /** The same seed gives the same dataset. */
  readonly seed: number | string
  /** About how many contacts to generate (5,000 by default). */
  readonly events?: number | undefined
  /** First and last year (2019–2020 by default). */
  readonly years?: readonly [number, number] | undefined
  /** Province names as they were before 1 July 2025 (six provinces of the source articles by default). */
  readonly provinces?: ReadonlyArray<string> | undefined
  /** Models per province (3 by default). */
  readonly modelsPerProvince?: number | undefined
  /** Called after each stored batch with the number of records stored so far. */
  readonly onProgress?: ((records: number) => void) | undefined
}

/**
 * What was loaded.
 *
 * @since 0.1.0
 */
export interface Loaded {
  readonly records: number
  readonly byKind: Readonly<Partial<Record<Entity.Kind, number>>>
}

/**
 * The demo operations of a client.
 *
 * @since 0.1.0
 */
export interface Demo {
  /** Generates a dataset and stores it in batches (re-loading the same seed stores nothing twice). */
  readonly load: (options: Options) => Promise<Loaded>
}
