/**
 * Pseudonymisation on the way in with `@pctnxh/privacy`: a {@link Import.Pseudonymiser} that
 * builds each row's UIC under a scheme (the standard one by default: two letters of the
 * mother's and the father's given names, sex, birth year) and keys it with the deployment's
 * keyring (HMAC-SHA-256). The names never leave the import: only the pseudonym is stored.
 *
 * A row whose file has a `Mã UIC` column gives that code, normalised by `Uic.normaliseCode` (the
 * form a UIC built from its parts has), to be keyed as it is. A row in which every name the
 * scheme uses is unknown is rejected with the reason, naming the missing parts and never their
 * values.
 *
 * @example
 * ```ts
 * import { Import, Pseudonymise } from "@pctnxh/io"
 * import { NodeFile } from "@pctnxh/io/node"
 * import { Key } from "@pctnxh/privacy"
 * import { Effect } from "effect"
 *
 * const program = Effect.gen(function* () {
 *   const keyring = yield* Key.load({ keys: [{ id: "hp-2026", secret: process.env.PSEUDONYM_KEY! }] })
 *   return yield* Import.run({
 *     kind: "serviceEvent",
 *     source: NodeFile.source("tiep-can-2019.xlsx"),
 *     pseudonymise: Pseudonymise.withKeyring(keyring)
 *   })
 * })
 * ```
 * @since 0.1.0
 */
import type { Key } from "@pctnxh/privacy"
import { Pseudonym, Uic } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type { Pseudonymiser, UicParts } from "./Import.js"
import { PseudonymFailed } from "./IoError.js"

const NO_KEY = {
  vi: "chưa có khoá tạo mã giả danh (keyring) hợp lệ",
  en: "there is no valid pseudonym keyring"
}

const explained = (error: { explain: (lang: "vi" | "en") => string }) =>
  new PseudonymFailed({ reason: { vi: error.explain("vi"), en: error.explain("en") } })

/**
 * The parts of `@pctnxh/privacy`'s UIC from the parts an import reads.
 *
 * @since 0.1.0
 */
export const toPrivacyParts = (parts: UicParts): Uic.Parts => ({
  motherName: parts.motherName,
  fatherName: parts.fatherName,
  ownName: parts.ownName,
  sex: parts.sex,
  birthYear: parts.birthYear ?? (parts.birthDate === undefined ? undefined : parts.birthDate.slice(0, 4))
})

/**
 * A pseudonymiser keyed with a keyring of `@pctnxh/privacy`, under a UIC scheme (the standard
 * one by default). Where the platform signs synchronously (Node), the keyring's sub-keys are
 * derived at the first row and every later row's pseudonym is computed at once
 * (`Pseudonym.batchSigner`); elsewhere each goes through `Pseudonym.make`. Both give the same
 * pseudonyms and the same reasons.
 *
 * @since 0.1.0
 */
export const withKeyring = (keyring: Key.Keyring, options: Pseudonym.Options = {}): Pseudonymiser => {
  const slow = (parts: UicParts) => {
    const made =
      parts.code !== undefined
        ? Pseudonym.fromUic(Uic.normaliseCode(parts.code), keyring, options)
        : Pseudonym.make(toPrivacyParts(parts), keyring, options)
    return made.pipe(
      Effect.map((p) => p.personId as string),
      Effect.mapError((error) => (error._tag === "IncompleteUic" ? explained(error) : new PseudonymFailed({ reason: NO_KEY })))
    )
  }
  /** The synchronous signer: not yet derived, none (sign row by row), or the signer. */
  let signer: "pending" | Option.Option<(uic: Uic.Uic) => Pseudonym.Pseudonym> = "pending"
  const fast = (sign: (uic: Uic.Uic) => Pseudonym.Pseudonym, parts: UicParts): Effect.Effect<string, PseudonymFailed> => {
    if (parts.code !== undefined) return Effect.succeed(sign(Uic.normaliseCode(parts.code)).personId)
    const uic = Uic.make(toPrivacyParts(parts), options.scheme)
    return Either.isLeft(uic) ? Effect.fail(explained(uic.left)) : Effect.succeed(sign(uic.right).personId)
  }
  return (parts) => {
    if (signer === "pending") {
      return Effect.flatMap(
        Effect.orElseSucceed(Pseudonym.batchSigner(keyring, options), () => Option.none()),
        (found) => {
          signer = found
          return Option.isSome(found) ? fast(found.value, parts) : slow(parts)
        }
      )
    }
    return Option.isSome(signer) ? fast(signer.value, parts) : slow(parts)
  }
}
