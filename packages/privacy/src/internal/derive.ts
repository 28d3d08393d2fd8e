/** Sub-keys derived from deployment keys with HKDF-SHA-256, one per use. */
import * as Effect from "effect/Effect"
import type { Key } from "../Key.js"
import { hex, utf8 } from "./bytes.js"

/**
 * What a derived sub-key is for. Each use gets its own key, so the same deployment secret can
 * serve pseudonyms and the vault without the two meeting.
 */
export type Use = "pseudonym" | "vault"

const salt = utf8("@pctnxh/privacy")
const hmacCache = new WeakMap<CryptoKey, Map<Use, Promise<CryptoKey>>>()
const aesCache = new WeakMap<CryptoKey, Map<Use, Promise<CryptoKey>>>()

const cached = (
  cache: WeakMap<CryptoKey, Map<Use, Promise<CryptoKey>>>,
  key: Key,
  use: Use,
  derive: () => Promise<CryptoKey>
): Promise<CryptoKey> => {
  let byUse = cache.get(key.material)
  if (byUse === undefined) {
    byUse = new Map()
    cache.set(key.material, byUse)
  }
  let found = byUse.get(use)
  if (found === undefined) {
    found = derive()
    byUse.set(use, found)
  }
  return found
}

/** The HMAC-SHA-256 sub-key of a key for a use. */
export const hmacKey = (key: Key, use: Use): Effect.Effect<CryptoKey> =>
  Effect.promise(() =>
    cached(hmacCache, key, use, () =>
      globalThis.crypto.subtle.deriveKey(
        { name: "HKDF", hash: "SHA-256", salt, info: utf8(`${use}/hmac/v1`) },
        key.material,
        { name: "HMAC", hash: "SHA-256", length: 256 },
        false,
        ["sign", "verify"]
      )
    )
  )

/** The AES-256-GCM sub-key of a key for a use. */
export const aesKey = (key: Key, use: Use): Effect.Effect<CryptoKey> =>
  Effect.promise(() =>
    cached(aesCache, key, use, () =>
      globalThis.crypto.subtle.deriveKey(
        { name: "HKDF", hash: "SHA-256", salt, info: utf8(`${use}/aes-gcm/v1`) },
        key.material,
        { name: "AES-GCM", length: 256 },
        false,
        ["encrypt", "decrypt"]
      )
    )
  )

/** Node's synchronous HMAC, where the platform has it (never imported, so bundles stay platform-neutral). */
interface NodeCrypto {
  readonly createHmac: (algorithm: "sha256", key: Uint8Array) => { update: (data: string) => { digest: (encoding: "hex") => string } }
}

const nodeCrypto: NodeCrypto | undefined = (() => {
  const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const found = typeof processLike?.getBuiltinModule === "function" ? processLike.getBuiltinModule("node:crypto") : undefined
  return typeof (found as NodeCrypto | undefined)?.createHmac === "function" ? (found as NodeCrypto) : undefined
})()

type Sign = (message: string) => Effect.Effect<string>

/** A signer being derived, and once derived, the signer itself (so later calls need no Promise). */
interface Signer {
  readonly derived: Promise<Sign>
  value?: Sign
}

const signers = new WeakMap<CryptoKey, Map<Use, Signer>>()

const deriveSign = (key: Key, use: Use): Promise<Sign> => {
  const node = nodeCrypto
  if (node === undefined) {
    return Promise.resolve((message: string) =>
      Effect.flatMap(hmacKey(key, use), (k) => Effect.map(Effect.promise(() => globalThis.crypto.subtle.sign("HMAC", k, utf8(message))), hex))
    )
  }
  return globalThis.crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info: utf8(`${use}/hmac/v1`) }, key.material, 256).then((bits) => {
    const raw = new Uint8Array(bits)
    return (message: string) => Effect.sync(() => node.createHmac("sha256", raw).update(message).digest("hex"))
  })
}

/**
 * A function giving the HMAC-SHA-256 (hex) of a text under a key's sub-key for a use. Where
 * Node's synchronous HMAC is available, the sub-key's bytes (the same HKDF output WebCrypto
 * derives) are derived once and every signature is computed at once; elsewhere (browsers) each
 * goes through WebCrypto. Both give the same signatures.
 */
export const hmacSigner = (key: Key, use: Use): Effect.Effect<Sign> =>
  Effect.suspend(() => {
    let byUse = signers.get(key.material)
    if (byUse === undefined) signers.set(key.material, (byUse = new Map()))
    let signer = byUse.get(use)
    if (signer === undefined) {
      const entry: Signer = { derived: deriveSign(key, use).then((sign) => (entry.value = sign)) }
      byUse.set(use, (signer = entry))
    }
    const found = signer
    return found.value === undefined ? Effect.promise(() => found.derived) : Effect.succeed(found.value)
  })

type SyncSign = (message: string) => string

const syncSigners = new WeakMap<CryptoKey, Map<Use, Promise<SyncSign | undefined>>>()

/**
 * Node's synchronous HMAC-SHA-256 (hex) under a key's sub-key for a use — the same signatures
 * as {@link hmacSigner} — or `undefined` where the platform has none (browsers). For batches:
 * the sub-key is derived once, then each signature is a plain call.
 */
export const hmacSync = (key: Key, use: Use): Effect.Effect<SyncSign | undefined> =>
  Effect.promise(() => {
    let byUse = syncSigners.get(key.material)
    if (byUse === undefined) syncSigners.set(key.material, (byUse = new Map()))
    let found = byUse.get(use)
    if (found === undefined) {
      const node = nodeCrypto
      found =
        node === undefined
          ? Promise.resolve(undefined)
          : globalThis.crypto.subtle
              .deriveBits({ name: "HKDF", hash: "SHA-256", salt, info: utf8(`${use}/hmac/v1`) }, key.material, 256)
              .then((bits) => {
                const raw = new Uint8Array(bits)
                return (message: string) => node.createHmac("sha256", raw).update(message).digest("hex")
              })
      byUse.set(use, found)
    }
    return found
  })
