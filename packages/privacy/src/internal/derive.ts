/** Sub-keys derived from deployment keys with HKDF-SHA-256, one per use. */
import * as Effect from "effect/Effect"
import type { Key } from "../Key.js"
import { utf8 } from "./bytes.js"

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
