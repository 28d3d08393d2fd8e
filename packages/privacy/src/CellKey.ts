/**
 * Cell-key perturbation: consistent noise for published counts and amounts.
 *
 * Each cell gets a key — HMAC-SHA-256, under a sub-key of the deployment key, of the cell's
 * identity (its measure and its members in every dimension: indicator, period, unit,
 * disaggregation) and, when given, the keys of the records behind it — read as a number
 * between 0 and 1. The noise is a fixed function of that number and the cell's value, so the
 * same cell published twice, in two tables or two releases, gets the same noise: asking again
 * and averaging yields nothing. Without the deployment key nobody can recompute the noise.
 *
 * - Counts move by a whole number between `−D` and `+D` (`cellKeyDeviation`, 2 by default),
 *   never by more than the count itself, with a symmetric triangular distribution (no move is
 *   the most likely, the mean move is 0); zeros stay zeros.
 * - Amounts are multiplied by `1 + r` with `r` between `−m` and `+m` (`cellKeyRelative`,
 *   5% by default), triangular too, and rounded to whole đồng.
 *
 * Perturbed totals are perturbed on their own, so a table no longer adds up exactly; readers
 * are told so by the cells' marks. The attacker check counts a perturbed value as known only
 * to within the noise.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CellKey, Key } from "@pctnxh/privacy"
 *
 * const shown = Effect.gen(function* () {
 *   const { key } = yield* Key.generate("hp-2026")
 *   const u = yield* CellKey.of(key, { measure: "referred_hiv_testing", key: { period: "2019Q3", unit: "31@2025" } })
 *   return CellKey.countOffset(37, u, 2) + 37
 * })
 * ```
 * @since 0.1.0
 */
import { Period } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type { Dimension } from "./DisclosureTable.js"
import type { Key } from "./Key.js"
import { canonicalJson, utf8 } from "./internal/bytes.js"
import { treesOf } from "./internal/disclosure/trees.js"

const salt = utf8("@pctnxh/privacy")
const subKeys = new WeakMap<CryptoKey, Promise<CryptoKey>>()

const hmacKey = (key: Key): Effect.Effect<CryptoKey> =>
  Effect.promise(() => {
    let found = subKeys.get(key.material)
    if (found === undefined) {
      found = globalThis.crypto.subtle.deriveKey(
        { name: "HKDF", hash: "SHA-256", salt, info: utf8("cell-key/hmac/v1") },
        key.material,
        { name: "HMAC", hash: "SHA-256", length: 256 },
        false,
        ["sign"]
      )
      subKeys.set(key.material, found)
    }
    return found
  })

/**
 * What identifies a cell for its key.
 *
 * @since 0.1.0
 */
export interface Identity {
  readonly measure: string
  /** The cell's member in every dimension (totals included), so the same cell has one key. */
  readonly key: Readonly<Record<string, string>>
  /** The keys of the records counted in the cell, in any order. */
  readonly recordKeys?: ReadonlyArray<string> | undefined
}

/**
 * The canonical identity of a cell, so that the same cell has one key whichever table,
 * breakdown or release shows it:
 *
 * - with the keys of its records, the cell **is** its records: the identity is the measure and
 *   the records, whatever the coordinates;
 * - otherwise its coordinates, without the dimensions at their top (a total over sex, over age
 *   bands, over the country): the commune total of a table by commune and sex and of one by
 *   commune and age band is one cell with one key. A top that is a period (a year) restricts
 *   the records and is kept.
 *
 * `dimensions` are the dimensions the cell's tables declare (several with one name are read
 * together).
 *
 * @since 0.1.0
 */
export const canonical = (identity: Identity, dimensions: ReadonlyArray<Dimension>): Identity => {
  if (identity.recordKeys !== undefined) return { measure: identity.measure, key: {}, recordKeys: identity.recordKeys }
  const children = new Map<string, Set<string>>()
  const parentsOf = new Map<string, Set<string>>()
  for (const d of dimensions) {
    const c = children.get(d.name) ?? new Set<string>()
    const p = parentsOf.get(d.name) ?? new Set<string>()
    for (const parents of treesOf(d)) {
      for (const [child, parent] of Object.entries(parents)) {
        c.add(child)
        p.add(parent)
      }
    }
    children.set(d.name, c)
    parentsOf.set(d.name, p)
  }
  const isTop = (name: string, member: string): boolean =>
    (parentsOf.get(name)?.has(member) ?? false) && !(children.get(name)?.has(member) ?? false) && Either.isLeft(Period.parse(member))
  const key: Record<string, string> = {}
  for (const [name, member] of Object.entries(identity.key)) if (!isTop(name, member)) key[name] = member
  return { measure: identity.measure, key }
}

/**
 * The cell key of a cell: a number in [0, 1) that only the holder of the deployment key can
 * compute, always the same for the same cell and records.
 *
 * @since 0.1.0
 */
export const of = (key: Key, identity: Identity): Effect.Effect<number> =>
  Effect.flatMap(hmacKey(key), (hmac) =>
    Effect.promise(async () => {
      const text = canonicalJson({
        measure: identity.measure,
        key: identity.key,
        records: identity.recordKeys === undefined ? null : [...identity.recordKeys].sort()
      })
      const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", hmac, utf8(text)))
      // 53 bits, read big-endian, as a fraction of 2^53
      let n = 0
      for (let i = 0; i < 6; i++) n = n * 256 + mac[i]!
      n = n * 32 + (mac[6]! >> 3)
      return n / 2 ** 53
    })
  )

/**
 * The move of a count under a cell key: a whole number in `[−min(D, value), +min(D, value)]`,
 * from a symmetric triangular distribution; 0 for a zero.
 *
 * @since 0.1.0
 */
export const countOffset = (value: number, u: number, maxDeviation: number): number => {
  const d = Math.min(maxDeviation, Math.floor(value))
  if (d <= 0) return 0
  const total = (d + 1) * (d + 1)
  let cumulative = 0
  for (let x = -d; x <= d; x++) {
    cumulative += d + 1 - Math.abs(x)
    if (u * total < cumulative) return x
  }
  return d
}

/**
 * The factor an amount is multiplied by under a cell key: `1 + r`, `r` in `[−m, +m]` from a
 * symmetric triangular distribution.
 *
 * @since 0.1.0
 */
export const amountFactor = (u: number, maxRelative: number): number => {
  const t = u < 0.5 ? -1 + Math.sqrt(2 * u) : 1 - Math.sqrt(2 * (1 - u))
  return 1 + maxRelative * t
}

/**
 * The value shown for a cell under a cell key.
 *
 * @since 0.1.0
 */
export const perturb = (
  kind: "frequency" | "magnitude",
  value: number,
  u: number,
  options: { readonly cellKeyDeviation: number; readonly cellKeyRelative: number }
): number =>
  kind === "frequency"
    ? value + countOffset(value, u, options.cellKeyDeviation)
    : value === 0
      ? 0
      : Math.round(value * amountFactor(u, options.cellKeyRelative))
