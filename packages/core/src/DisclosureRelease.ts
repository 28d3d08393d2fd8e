/**
 * Disclosure releases: what was published to which audience, kept so that a later release can
 * be checked against everything that audience already has (differencing a monthly table from a
 * quarterly one must not reveal a suppressed cell). Written by `@pctnxh/privacy`'s release
 * ledger.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain, sensitive } from "./Classification.js"
import { Text } from "./CoreError.js"
import { Instant } from "./Time.js"

/**
 * The id of a release.
 *
 * @since 0.1.0
 */
export const DisclosureReleaseId = Schema.NonEmptyTrimmedString.pipe(Schema.brand("DisclosureReleaseId")).annotations({
  identifier: "DisclosureReleaseId"
})
/** @since 0.1.0 */
export type DisclosureReleaseId = typeof DisclosureReleaseId.Type

/**
 * The id of an audience, as `@pctnxh/privacy` writes it (`donor`, `public`): a lower-case
 * letter, then up to 63 lower-case letters, digits or underscores.
 *
 * @since 0.1.0
 */
export const AudienceId = Schema.String.pipe(Schema.pattern(/^[a-z][a-z0-9_]{0,63}$/)).annotations({
  identifier: "AudienceId",
  description: "an audience id"
})

/**
 * One release to an audience. `tables` is the released tables as JSON, with every cell's
 * status and the bounds it was published with; it is sensitive, because the protection range
 * of a hidden amount is a share of the amount.
 *
 * @since 0.1.0
 */
export class DisclosureRelease extends Schema.Class<DisclosureRelease>("DisclosureRelease")({
  id: plain(DisclosureReleaseId),
  audience: plain(AudienceId),
  at: plain(Instant),
  /** The measures (indicator tables) it released. */
  measures: plain(Schema.Array(Schema.String)),
  /** What was released, in an officer's words (the report's title, indicators and periods). */
  label: Schema.optional(plain(Text)),
  tables: sensitive(Schema.String)
}) {}
