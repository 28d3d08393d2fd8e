/**
 * Privacy spends: the ε of differential privacy an audience has been given, kept next to the
 * disclosure releases so that a new process, or the next run of a command-line tool, cannot
 * start an audience with a fresh budget. Written by `@pctnxh/privacy`'s `DifferentialPrivacy`.
 *
 * An audience's spends are its records with `epsilon` above 0; its **account** is the one record
 * whose id is the audience itself, with `epsilon` 0: every spend writes it first, inside the
 * spend's transaction, so that two spends to one audience wait for each other instead of both
 * reading the same total.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain } from "./Classification.js"
import { AudienceId } from "./DisclosureRelease.js"
import { Instant } from "./Time.js"

/**
 * The id of a spend: `<audience>/<unique part>`, or the audience itself for its account.
 *
 * @since 0.1.0
 */
export const PrivacySpendId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("PrivacySpendId")).annotations({
  identifier: "PrivacySpendId"
})
/** @since 0.1.0 */
export type PrivacySpendId = typeof PrivacySpendId.Type

/**
 * One spend of ε by an audience (or its account, with `epsilon` 0).
 *
 * @since 0.1.0
 */
export class PrivacySpend extends Schema.Class<PrivacySpend>("PrivacySpend")({
  id: plain(PrivacySpendId),
  audience: plain(AudienceId),
  at: plain(Instant),
  /** The ε spent; 0 for the audience's account. */
  epsilon: plain(Schema.Number.pipe(Schema.finite(), Schema.nonNegative())),
  /** The release the noise was drawn for, when there is one. */
  release: Schema.optional(plain(Schema.NonEmptyTrimmedString))
}) {}
