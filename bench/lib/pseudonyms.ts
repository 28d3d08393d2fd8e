/**
 * The pseudonym case: the import's pseudonymiser (`Pseudonymise.withKeyring`) over a batch of
 * UIC codes, its answers taken as the import takes them (at once when it answers at once, run
 * otherwise), against raw HMAC-SHA-256 of the same messages under the same sub-key.
 */
import { Pseudonymise } from "@pctnxh/io"
import { Key } from "@pctnxh/privacy"
import { Effect, Exit } from "effect"
import { normalisedUic } from "./data.js"
import { differ, type Figure, time } from "./measure.js"
import { messageOf, rawSigner, SECRET } from "./secret.js"

export const pseudonyms = async (codes: ReadonlyArray<string>, repeat: number): Promise<Figure> => {
  const ring = await Effect.runPromise(Key.load({ keys: [{ id: "bench", secret: SECRET }] }))
  const hook = Pseudonymise.withKeyring(ring)
  const library = await time(repeat, async () => {
    const out: Array<string> = new Array(codes.length)
    for (let i = 0; i < codes.length; i++) {
      const made = hook({ code: codes[i]! }) as Effect.Effect<string>
      const exit = made as unknown as Exit.Exit<string>
      out[i] = Exit.isExit(exit) && Exit.isSuccess(exit) ? exit.value : await Effect.runPromise(made)
    }
    return out
  })
  const sign = await rawSigner()
  const floor = await time(repeat, () => codes.map((code) => sign(messageOf(normalisedUic(code)))))
  const difference = differ(library.value, floor.value)
  return {
    case: "pseudonyms",
    what: `${codes.length.toLocaleString("en")} UIC codes`,
    ms: library.ms,
    floorMs: floor.ms,
    ratio: library.ms / floor.ms,
    perSecond: (codes.length / library.ms) * 1000,
    floorPerSecond: (codes.length / floor.ms) * 1000,
    equal: difference === undefined,
    ...(difference === undefined ? {} : { difference })
  }
}
