/**
 * A small, fast, seeded pseudo-random generator (xoshiro128**), so that the same seed gives
 * the same dataset on every machine and in every browser.
 *
 * Not for secrets: it is predictable by design.
 *
 * @since 0.1.0
 */

/**
 * A seeded generator.
 *
 * @since 0.1.0
 */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number
  /** An integer in [min, max]. */
  readonly int: (min: number, max: number) => number
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean
  /** One element of a non-empty array. */
  readonly pick: <A>(items: ReadonlyArray<A>) => A
  /** One key of a table of weights. */
  readonly weighted: <K extends string>(weights: Readonly<Record<K, number>>) => K
  /** A normally distributed number. */
  readonly normal: (mean: number, sd: number) => number
  /** A Poisson-distributed count. */
  readonly poisson: (mean: number) => number
  /** A generator seeded from this one's seed and a label: independent, reproducible streams. */
  readonly fork: (label: string | number) => Random
}

const hash = (text: string): number => {
  // FNV-1a then a murmur-style finaliser
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k))

/**
 * A generator from a seed (a number or any text).
 *
 * @example
 * ```ts
 * import { Random } from "@pctnxh/synth"
 * const r = Random.make(2019)
 * r.int(1, 6) // the same on every run
 * ```
 * @since 0.1.0
 */
export const make = (seed: number | string): Random => {
  const base = String(seed)
  let a = hash(`${base}/a`)
  let b = hash(`${base}/b`)
  let c = hash(`${base}/c`)
  let d = hash(`${base}/d`) || 1
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = b << 9
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d, 11)
    return result / 4294967296
  }
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weighted: (weights) => {
      const entries = Object.entries(weights) as Array<[keyof typeof weights, number]>
      const total = entries.reduce((s, [, w]) => s + w, 0)
      let x = next() * total
      for (const [key, w] of entries) {
        x -= w
        if (x < 0) return key
      }
      return entries[entries.length - 1]![0]
    },
    normal: (mean, sd) => {
      const u = Math.max(next(), Number.EPSILON)
      const v = next()
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    poisson: (mean) => {
      if (mean > 40) return Math.max(0, Math.round(random.normal(mean, Math.sqrt(mean))))
      const limit = Math.exp(-mean)
      let k = 0
      let p = next()
      while (p > limit) {
        k++
        p *= next()
      }
      return k
    },
    fork: (label) => make(`${base}/${label}`)
  }
  return random
}
