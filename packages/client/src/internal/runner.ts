import type { Geography, Store } from "@pctnxh/core"
import type { AttackerCheck, Audit, Key, ReleaseLedger } from "@pctnxh/privacy"
import * as Cause from "effect/Cause"
import type * as Context from "effect/Context"
import type * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Option from "effect/Option"

/** The services every operation of a client runs with. */
export type Services = Store.Store | Audit.Audit | ReleaseLedger.ReleaseLedger

/** Settles a Promise with an exit: its value, or its typed failure itself (not a wrapper). */
export const settle = <A, E>(exit: Exit.Exit<A, E>): A => {
  if (Exit.isSuccess(exit)) return exit.value
  const failure = Cause.failureOption(exit.cause)
  throw Option.isSome(failure) ? failure.value : Cause.squash(exit.cause)
}

/** What the parts of a client share: how to run effects, and the lazily loaded helpers. */
export interface Runner {
  readonly run: <A, E>(effect: Effect.Effect<A, E, Services>) => Promise<A>
  /** The keyring, loaded on first use; rejects with `InvalidKeyring` when none was given. */
  readonly keyring: () => Promise<Key.Keyring>
  /** The keyring when one was given, else undefined. */
  readonly keyringIfAny: () => Promise<Key.Keyring | undefined>
  /** The geography, loaded on first use (in a browser the Vietnam table is fetched then). */
  readonly geography: () => Promise<Geography.Geography>
  /** The disclosure solver (HiGHS), loaded on first use. */
  readonly solver: () => Promise<Context.Context<AttackerCheck.Solver>>
  /** Who the audit log names for operations that do not say. */
  readonly actor: string
}
