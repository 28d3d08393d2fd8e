/** The benchmark's pseudonym key and the raw HMAC it stands for. */
import { createHmac, webcrypto } from "node:crypto"

/** A fixed, made-up 32-byte secret (base64): the benchmark keys pseudonyms with it. */
export const SECRET = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255)).toString("base64")

/** The scheme id a `Mã UIC` code is keyed under (`Uic.standard`). */
export const SCHEME = "vn-parents-2-2-sex-year"

/**
 * The raw HMAC-SHA-256 signer of the floor: the key's pseudonym sub-key (HKDF-SHA-256 as
 * `@pctnxh/privacy` derives it) and Node's HMAC, nothing else.
 */
export const rawSigner = async (): Promise<(message: string) => string> => {
  const material = await webcrypto.subtle.importKey("raw", Buffer.from(SECRET, "base64"), "HKDF", false, ["deriveBits"])
  const bits = await webcrypto.subtle.deriveBits(
    { name: "HKDF", hash: "SHA-256", salt: new TextEncoder().encode("@pctnxh/privacy"), info: new TextEncoder().encode("pseudonym/hmac/v1") },
    material,
    256
  )
  const raw = Buffer.from(bits)
  return (message) => createHmac("sha256", raw).update(message).digest("hex")
}

/** The message a UIC code (normalised) is signed as. */
export const messageOf = (uic: string): string => `pctnxh-uic/1|${SCHEME}|${uic}`
