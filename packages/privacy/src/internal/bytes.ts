/** Byte and text helpers over WebCrypto, for browsers and Node alike (no Node built-in). */

/** A byte array backed by a plain ArrayBuffer, as WebCrypto takes. */
export type Bytes = Uint8Array<ArrayBuffer>

const encoder = new TextEncoder()
const decoder = new TextDecoder("utf-8", { fatal: true })

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Bytes => encoder.encode(text) as Bytes

/** The string of UTF-8 bytes; throws on invalid UTF-8. */
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes)

/** `n` random bytes from the platform's secure generator. */
export const random = (n: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(n))

/** Lowercase hexadecimal. */
export const hex = (bytes: ArrayBuffer | Uint8Array): string => {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let out = ""
  for (const b of view) out += b.toString(16).padStart(2, "0")
  return out
}

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
const lookup = new Map<string, number>([...alphabet].map((c, i) => [c, i]))
lookup.set("+", 62)
lookup.set("/", 63)

/** base64url without padding. */
export const toBase64Url = (bytes: Uint8Array): string => {
  let out = ""
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]!
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!
  }
  return out
}

/** Bytes of base64 or base64url text (padding optional); `undefined` if the text is not base64. */
export const fromBase64 = (text: string): Bytes | undefined => {
  const clean = text.trim().replace(/=+$/, "")
  if (clean.length % 4 === 1) return undefined
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let j = 0
  for (const c of clean) {
    const v = lookup.get(c)
    if (v === undefined) return undefined
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[j++] = (buffer >> bits) & 0xff
    }
  }
  return out.subarray(0, j) as Bytes
}

/** Concatenates byte arrays. */
export const concat = (...parts: ReadonlyArray<Uint8Array>): Bytes => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** SHA-256 of bytes, in lowercase hexadecimal. */
export const sha256Hex = async (bytes: Bytes): Promise<string> => hex(await globalThis.crypto.subtle.digest("SHA-256", bytes))

/**
 * JSON with object keys sorted at every depth, so that the same value always gives the same
 * text (and the same hash) whatever the order its keys were written in.
 */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value))

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v)
    }
    return out
  }
  return value
}
