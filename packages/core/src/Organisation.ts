/**
 * Organisations: the offices, centres, NGOs, donors, providers and groups that run, fund and
 * deliver models.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { OrganisationId } from "./Ids.js"
import { vocabulary } from "./Label.js"

/**
 * The kind of an organisation.
 *
 * @since 0.1.0
 */
export const OrganisationKind = vocabulary("OrganisationKind", {
  government_office: { vi: "Cơ quan nhà nước", en: "Government office" },
  social_work_centre: { vi: "Trung tâm Công tác xã hội", en: "Social work centre" },
  ngo: { vi: "Tổ chức phi chính phủ", en: "Non-governmental organisation" },
  donor: { vi: "Nhà tài trợ", en: "Donor" },
  clinic: { vi: "Phòng khám", en: "Clinic" },
  health_centre: { vi: "Trung tâm y tế", en: "Health centre" },
  law_firm: { vi: "Văn phòng luật sư", en: "Law firm" },
  legal_aid_office: { vi: "Trung tâm trợ giúp pháp lý", en: "Legal-aid office" },
  vocational_school: { vi: "Cơ sở giáo dục nghề nghiệp", en: "Vocational school" },
  employment_centre: { vi: "Trung tâm dịch vụ việc làm", en: "Employment-service centre" },
  self_help_group: { vi: "Nhóm tự lực / câu lạc bộ", en: "Self-help group or club" },
  police: { vi: "Công an", en: "Police" },
  mass_organisation: { vi: "Tổ chức chính trị - xã hội", en: "Mass organisation" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type OrganisationKind = typeof OrganisationKind.Type

/**
 * An organisation that implements, funds or partners in a model, or provides services.
 *
 * @since 0.1.0
 */
export class Organisation extends Schema.Class<Organisation>("Organisation")({
  id: plain(OrganisationId),
  name: plain(Schema.NonEmptyTrimmedString),
  kind: plain(OrganisationKind),
  unitId: Schema.optional(plain(AdminUnitId)),
  parentId: Schema.optional(plain(OrganisationId))
}) {}
