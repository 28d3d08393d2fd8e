/**
 * Activities: group sessions, trainings, workshops, communication sessions, dialogues, job
 * fairs and check-up days — counted in sessions and participant contacts (lượt).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain, sensitive } from "./Classification.js"
import { ActivityId, GroupId, ModelId, OrganisationId, PersonId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { Vnd } from "./Money.js"
import { IsoDate } from "./Time.js"

/**
 * The type of an activity.
 *
 * @since 0.1.0
 */
export const ActivityType = vocabulary("ActivityType", {
  group_session: { vi: "Sinh hoạt nhóm", en: "Group session" },
  training: { vi: "Tập huấn", en: "Training" },
  workshop: { vi: "Hội thảo", en: "Workshop" },
  communication_session: { vi: "Truyền thông cộng đồng", en: "Community communication session" },
  dialogue: { vi: "Đối thoại", en: "Dialogue" },
  job_fair: { vi: "Phiên giao dịch việc làm", en: "Job fair" },
  health_check_day: { vi: "Ngày khám sức khỏe", en: "Health check-up day" },
  legal_session: { vi: "Buổi tư vấn pháp luật", en: "Legal information session" },
  vocational_course: { vi: "Lớp dạy nghề", en: "Vocational course" },
  media: { vi: "Sản phẩm truyền thông (bản tin, phát thanh, bài viết)", en: "Media output (bulletin, broadcast, article)" },
  other: { vi: "Hoạt động khác", en: "Other activity" }
})
/** @since 0.1.0 */
export type ActivityType = typeof ActivityType.Type

/**
 * Who an activity is for.
 *
 * @since 0.1.0
 */
export const ActivityAudience = vocabulary("ActivityAudience", {
  sex_workers: { vi: "Người bán dâm", en: "Sex workers" },
  establishment_workers: { vi: "Người lao động tại cơ sở", en: "Establishment workers" },
  establishment_owners: { vi: "Chủ cơ sở", en: "Establishment owners" },
  core_members: { vi: "Thành viên nòng cốt", en: "Core members" },
  officials: { vi: "Cán bộ", en: "Officials" },
  inspection_team: { vi: "Thành viên đoàn kiểm tra", en: "Inspection team members" },
  police: { vi: "Công an", en: "Police" },
  providers: { vi: "Người cung cấp dịch vụ", en: "Service providers" },
  teachers: { vi: "Giáo viên", en: "Teachers" },
  residents: { vi: "Người dân", en: "Residents" },
  mixed: { vi: "Nhiều đối tượng", en: "Mixed" }
})
/** @since 0.1.0 */
export type ActivityAudience = typeof ActivityAudience.Type

/**
 * An activity. `sessions` counts the sessions it held (a course of 4 classes is 4),
 * `participantContacts` the attendances summed over sessions (lượt), `outputs` the materials or
 * media items distributed or produced.
 *
 * @since 0.1.0
 */
export class Activity extends Schema.Class<Activity>("Activity")({
  id: plain(ActivityId),
  type: plain(ActivityType),
  audience: plain(ActivityAudience),
  modelId: Schema.optional(plain(ModelId)),
  groupId: Schema.optional(plain(GroupId)),
  organiserId: Schema.optional(plain(OrganisationId)),
  unitId: plain(AdminUnitId),
  date: plain(IsoDate),
  endDate: Schema.optional(plain(IsoDate)),
  sessions: plain(Schema.Int.pipe(Schema.positive())),
  participantContacts: plain(Schema.NonNegativeInt),
  /** Pseudonyms of attendees, where the activity keeps them. */
  attendeeIds: Schema.optional(sensitive(Schema.Array(PersonId))),
  outputs: Schema.optional(plain(Schema.NonNegativeInt)),
  cost: Schema.optional(plain(Vnd))
}) {}
