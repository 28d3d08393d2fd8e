/**
 * Service events: one contact (lượt) between a model and a person — an outreach contact, a
 * counselling session, a referral, a check-up, a course, a loan.
 *
 * An event keeps the client's attributes as recorded at the contact (population, sex, birth
 * year, residence), so anonymous contacts can be disaggregated too and a report does not depend
 * on later edits to a person's record.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain, quasi, sensitive } from "./Classification.js"
import { ActivityId, GroupId, ModelId, OrganisationId, PersonId, ServiceEventId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { Vnd } from "./Money.js"
import { OrganisationKind } from "./Organisation.js"
import { BirthYear, PopulationCategory, ResidenceStatus, Sex } from "./Person.js"
import { IsoDate } from "./Time.js"

/**
 * The service delivered in one contact.
 *
 * @since 0.1.0
 */
export const ServiceType = vocabulary("ServiceType", {
  outreach_information: { vi: "Tiếp cận, cung cấp thông tin", en: "Outreach and information" },
  counselling: { vi: "Tư vấn", en: "Counselling" },
  hiv_testing_counselling: { vi: "Tư vấn xét nghiệm HIV", en: "HIV testing counselling" },
  hiv_testing_referral: { vi: "Chuyển gửi xét nghiệm HIV", en: "Referral to HIV testing" },
  sti_rh_check: { vi: "Khám sức khỏe sinh sản, bệnh lây truyền qua đường tình dục", en: "Reproductive health or STI check-up" },
  condoms: { vi: "Cấp phát bao cao su", en: "Condoms" },
  vocational_training: { vi: "Đào tạo nghề", en: "Vocational training" },
  job_referral: { vi: "Giới thiệu việc làm", en: "Job referral" },
  job_placement: { vi: "Có việc làm", en: "Job placement" },
  loan: { vi: "Vay vốn", en: "Loan" },
  legal_aid: { vi: "Trợ giúp pháp lý", en: "Legal aid" },
  id_papers: { vi: "Hỗ trợ giấy tờ tùy thân", en: "ID papers" },
  gbv_support: { vi: "Hỗ trợ nạn nhân bạo lực giới", en: "Gender-based violence support" },
  addiction_treatment_referral: { vi: "Chuyển gửi điều trị nghiện", en: "Referral to addiction treatment" },
  social_assistance: { vi: "Trợ giúp xã hội", en: "Social assistance" },
  other: { vi: "Dịch vụ khác", en: "Other service" }
})
/** @since 0.1.0 */
export type ServiceType = typeof ServiceType.Type

/**
 * How the contact was made.
 *
 * @since 0.1.0
 */
export const Channel = vocabulary("Channel", {
  outreach: { vi: "Tiếp cận cộng đồng", en: "Community outreach" },
  establishment: { vi: "Tại cơ sở kinh doanh dịch vụ", en: "At an establishment" },
  office: { vi: "Tại văn phòng, trung tâm", en: "At an office or centre" },
  clinic: { vi: "Tại cơ sở y tế", en: "At a clinic" },
  hotline: { vi: "Đường dây nóng", en: "Hotline" },
  online: { vi: "Trực tuyến", en: "Online" },
  group_meeting: { vi: "Sinh hoạt nhóm", en: "Group meeting" }
})
/** @since 0.1.0 */
export type Channel = typeof Channel.Type

/**
 * What became of a referral.
 *
 * @since 0.1.0
 */
export const ReferralOutcome = vocabulary("ReferralOutcome", {
  pending: { vi: "Đang chờ", en: "Pending" },
  completed: { vi: "Đã tiếp cận dịch vụ", en: "Completed" },
  not_completed: { vi: "Không tiếp cận dịch vụ", en: "Not completed" },
  unknown: { vi: "Không rõ", en: "Unknown" }
})
/** @since 0.1.0 */
export type ReferralOutcome = typeof ReferralOutcome.Type

/**
 * A referral made in a contact, and its outcome.
 *
 * @since 0.1.0
 */
export class Referral extends Schema.Class<Referral>("Referral")({
  providerKind: OrganisationKind,
  providerId: Schema.optional(OrganisationId),
  outcome: ReferralOutcome,
  completedOn: Schema.optional(IsoDate)
}) {}

/**
 * One contact (lượt).
 *
 * @since 0.1.0
 */
export class ServiceEvent extends Schema.Class<ServiceEvent>("ServiceEvent")({
  id: plain(ServiceEventId),
  /** The person's pseudonym; absent for an anonymous contact. */
  personId: Schema.optional(sensitive(PersonId)),
  modelId: plain(ModelId),
  /** The commune, ward or district where the contact happened. */
  siteId: quasi(AdminUnitId),
  date: quasi(IsoDate),
  service: sensitive(ServiceType),
  channel: plain(Channel),
  providerId: Schema.optional(quasi(OrganisationId)),
  groupId: Schema.optional(quasi(GroupId)),
  activityId: Schema.optional(plain(ActivityId)),
  population: sensitive(PopulationCategory),
  sex: quasi(Sex),
  birthYear: Schema.optional(quasi(BirthYear)),
  residence: quasi(ResidenceStatus),
  /** The cost of delivering the service. */
  cost: Schema.optional(plain(Vnd)),
  /** Money lent or given to the person (a loan, vocational support). */
  amount: Schema.optional(sensitive(Vnd)),
  referral: Schema.optional(sensitive(Referral))
}) {}
