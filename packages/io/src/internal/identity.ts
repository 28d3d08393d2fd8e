/**
 * Deterministic ids for rows that carry none: a SHA-256 of the record's normalised content,
 * numbered among identical rows of the same file.
 */
import { sha256 } from "@noble/hashes/sha2.js"

const encoder = new TextEncoder()

/** The keys of an object in order, each as JSON, by the keys as given (the rows of a file share a few). */
const sortedKeys = new Map<string, ReadonlyArray<readonly [string, string]>>()

/** The last few key lists met and their order: most records of a file have one of a few shapes. */
const recent: Array<{ readonly keys: ReadonlyArray<string>; readonly sorted: ReadonlyArray<readonly [string, string]> }> = []

const sameKeys = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const inOrder = (keys: Array<string>): ReadonlyArray<readonly [string, string]> => {
  for (const r of recent) if (sameKeys(r.keys, keys)) return r.sorted
  const shape = JSON.stringify(keys)
  let sorted = sortedKeys.get(shape)
  if (sorted === undefined) {
    sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => [k, JSON.stringify(k)] as const)
    if (sortedKeys.size >= 256) sortedKeys.clear()
    sortedKeys.set(shape, sorted)
  }
  if (recent.length >= 8) recent.pop()
  recent.unshift({ keys, sorted })
  return sorted
}

/** JSON with object keys sorted, so that the same content always gives the same text. */
export const canonical = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  const record = value as Record<string, unknown>
  let out = "{"
  for (const [k, json] of inOrder(Object.keys(record))) {
    const v = record[k]
    if (v === undefined) continue
    if (out.length > 1) out += ","
    out += `${json}:${canonical(v)}`
  }
  return out + "}"
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"))

type NodeCrypto = {
  readonly createHash: (algorithm: "sha256") => { update(text: string, encoding: "utf8"): { digest(encoding: "hex"): string } }
  /** One-shot hashing (Node 20.12 and later). */
  readonly hash?: (algorithm: "sha256", text: string, encoding: "hex") => string
}

/** Node's own SHA-256 where the module runs on Node (the same digest, in native code); none in a browser. */
const nodeCrypto = ((): NodeCrypto | undefined => {
  try {
    const process = (globalThis as { readonly process?: { readonly getBuiltinModule?: (id: string) => unknown } }).process
    return process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined
  } catch {
    return undefined
  }
})()

const hexOf = (bytes: Uint8Array): string => {
  let out = ""
  for (const b of bytes) out += HEX[b]
  return out
}

/** The SHA-256 digest of a text (its UTF-8 bytes), in hex: 64 characters. */
export const digest: (text: string) => string =
  nodeCrypto === undefined
    ? (text) => hexOf(sha256(encoder.encode(text)))
    : nodeCrypto.hash !== undefined
      ? (text) => nodeCrypto.hash!("sha256", text, "hex")
      : (text) => nodeCrypto.createHash("sha256").update(text, "utf8").digest("hex")

/** The first 16 bytes of a digest. */
export const hex128 = (digest: string): string => digest.slice(0, 32)

/**
 * 52 bits of a digest as a number (a fingerprint for the occurrence table): the low half of its
 * first byte and the next six bytes, plus one.
 */
export const fingerprint = (digest: string): number => Number.parseInt(digest.slice(1, 14), 16) + 1 // never 0, which marks an empty slot
