/**
 * Exact sampling from a cryptographic random source, in integers only: uniform integers,
 * Bernoulli(p) for a rational p, Bernoulli(exp(−γ)) and the discrete Laplace distribution, after
 * Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy" (2020),
 * algorithms 1 and 2. No floating-point arithmetic touches a sample, so the distribution is
 * exactly the one asked for.
 */

/** A positive rational `num / den`. */
export interface Rational {
  readonly num: bigint
  readonly den: bigint
}

const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

/** The exact value of a finite non-negative double as a rational. */
export const rational = (x: number): Rational => {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const exponent = Number((bits >> 52n) & 0x7ffn)
  let mantissa = bits & ((1n << 52n) - 1n)
  let e: number
  if (exponent === 0) e = -1074
  else {
    mantissa |= 1n << 52n
    e = exponent - 1075
  }
  if (mantissa === 0n) return { num: 0n, den: 1n }
  if (e >= 0) return { num: mantissa << BigInt(e), den: 1n }
  const den = 1n << BigInt(-e)
  const g = gcd(mantissa, den)
  return { num: mantissa / g, den: den / g }
}

/** A uniform integer in `[0, n)`, by rejection from `crypto.getRandomValues`. */
export const uniformBelow = (n: bigint): bigint => {
  if (n <= 1n) return 0n
  const bits = (n - 1n).toString(2).length
  const bytes = Math.ceil(bits / 8)
  const excess = BigInt(bytes * 8 - bits)
  const buffer = new Uint8Array(bytes)
  for (;;) {
    globalThis.crypto.getRandomValues(buffer)
    let r = 0n
    for (const b of buffer) r = (r << 8n) | BigInt(b)
    r >>= excess
    if (r < n) return r
  }
}

/** Bernoulli(num / den), `0 ≤ num ≤ den`. */
export const bernoulli = (num: bigint, den: bigint): boolean => uniformBelow(den) < num

/** Bernoulli(exp(−num / den)). */
export const bernoulliExp = (num: bigint, den: bigint): boolean => {
  if (num <= den) {
    let k = 1n
    while (bernoulli(num, den * k)) k++
    return k % 2n === 1n
  }
  for (let i = 0n; i < num / den; i++) if (!bernoulliExp(1n, 1n)) return false
  return bernoulliExp(num % den, den)
}

/** A sample of the discrete Laplace distribution: `P(x) ∝ exp(−|x| / scale)`. */
export const discreteLaplace = (scale: Rational): bigint => {
  // scale = t / s
  const t = scale.num
  const s = scale.den
  for (;;) {
    const u = uniformBelow(t)
    if (!bernoulliExp(u, t)) continue
    let v = 0n
    while (bernoulliExp(1n, 1n)) v++
    const x = u + t * v
    const y = x / s
    const negative = bernoulli(1n, 2n)
    if (negative && y === 0n) continue
    return negative ? -y : y
  }
}
