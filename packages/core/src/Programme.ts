/**
 * Programmes: the national programmes under which models run, such as the Prostitution
 * Prevention Programme 2016–2020 (Decision 361/QĐ-TTg of 07/03/2017) and its successor
 * 2021–2025 (Decision 1629/QĐ-TTg).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain } from "./Classification.js"
import { ProgrammeId } from "./Ids.js"
import { IsoDate } from "./Time.js"

/**
 * A programme with its legal basis and period.
 *
 * @since 0.1.0
 */
export class Programme extends Schema.Class<Programme>("Programme")({
  id: plain(ProgrammeId),
  /** A short code, e.g. `361/QĐ-TTg`. */
  code: plain(Schema.NonEmptyTrimmedString),
  name: plain(Schema.NonEmptyTrimmedString),
  /** The decision that adopted it, e.g. `Quyết định 361/QĐ-TTg ngày 07/03/2017`. */
  legalBasis: Schema.optional(plain(Schema.String)),
  start: plain(IsoDate),
  end: plain(IsoDate)
}) {}
