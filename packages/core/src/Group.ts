/**
 * Self-help groups, peer groups and clubs of sex workers (e.g. the "Chúng tôi là phụ nữ" —
 * "We are women" — clubs).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain, sensitive } from "./Classification.js"
import { GroupId, ModelId, PersonId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { IsoDate } from "./Time.js"

/**
 * The kind of a group.
 *
 * @since 0.1.0
 */
export const GroupKind = vocabulary("GroupKind", {
  self_help: { vi: "Nhóm tự lực", en: "Self-help group" },
  peer: { vi: "Nhóm đồng đẳng", en: "Peer group" },
  club: { vi: "Câu lạc bộ", en: "Club" }
})
/** @since 0.1.0 */
export type GroupKind = typeof GroupKind.Type

/**
 * A group with its model, site, hotline and core members. Core members are persons, so the
 * list is sensitive: it says who belongs to a group of sex workers.
 *
 * @since 0.1.0
 */
export class Group extends Schema.Class<Group>("Group")({
  id: plain(GroupId),
  name: plain(Schema.NonEmptyTrimmedString),
  kind: plain(GroupKind),
  modelId: Schema.optional(plain(ModelId)),
  unitId: plain(AdminUnitId),
  /** A public hotline of the group (not a member's phone), e.g. `18006605`. */
  hotline: Schema.optional(plain(Schema.String.pipe(Schema.pattern(/^[0-9 +.-]{3,20}$/)))),
  coreMemberIds: sensitive(Schema.Array(PersonId)),
  established: plain(IsoDate),
  dissolved: Schema.optional(plain(IsoDate))
}) {}
