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

const signerCache = new WeakMap<CryptoKey, Map<Use, Promise<(message: string) => Effect.Effect<string>>>>()

/**
 * A function giving the HMAC-SHA-256 (hex) of a text under a key's sub-key for a use. Where
 * Node's synchronous HMAC is available, the sub-key's bytes (the same HKDF output WebCrypto
 * derives) are derived once and every signature is computed at once; elsewhere (browsers) each
 * goes through WebCrypto. Both give the same signatures.
 */
export const hmacSigner = (key: Key, use: Use): Effect.Effect<(message: string) => Effect.Effect<string>> =>
  Effect.suspend(() => {
    const ready = signerReady.get(key.material)?.get(use)
    return ready === undefined ? deriveSigner(key, use) : Effect.succeed(ready)
  })

const signerReady = new WeakMap<CryptoKey, Map<Use, (message: string) => Effect.Effect<string>>>()

const deriveSigner = (key: Key, use: Use): Effect.Effect<(message: string) => Effect.Effect<string>> =>
  Effect.promise(() => {
    let byUse = signerCache.get(key.material)
    if (byUse === undefined) signerCache.set(key.material, (byUse = new Map()))
    let found = byUse.get(use)
    if (found === undefined) {
      const node = nodeCrypto
      found =
        node === undefined
          ? Promise.resolve((message: string) =>
              Effect.flatMap(hmacKey(key, use), (k) => Effect.map(Effect.promise(() => globalThis.crypto.subtle.sign("HMAC", k, utf8(message))), hex))
            )
          : globalThis.crypto.subtle
              .deriveBits({ name: "HKDF", hash: "SHA-256", salt, info: utf8(`${use}/hmac/v1`) }, key.material, 256)
              .then((bits) => {
                const raw = new Uint8Array(bits)
                return (message: string) => Effect.sync(() => node.createHmac("sha256", raw).update(message).digest("hex"))
              })
      byUse.set(use, found)
      void found.then((f) => {
        let ready = signerReady.get(key.material)
        if (ready === undefined) signerReady.set(key.material, (ready = new Map()))
        ready.set(use, f)
      })
    }
    return found
  })
