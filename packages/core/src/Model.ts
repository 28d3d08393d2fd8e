/**
 * Models (mô hình): time-boxed interventions at named sites, the unit of work of the
 * social-evils-prevention agencies.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { ModelId, OrganisationId, ProgrammeId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { IsoDate } from "./Time.js"

/**
 * The type of a model. The first three are the pilot types named by Decision 361/QĐ-TTg.
 *
 * @since 0.1.0
 */
export const ModelType = vocabulary("ModelType", {
  community_support: {
    vi: "Hỗ trợ người bán dâm tại cộng đồng và cơ sở trợ giúp xã hội",
    en: "Support services for sex workers in the community and at social work centres"
  },
  worker_rights: {
    vi: "Bảo đảm quyền của người lao động tại cơ sở kinh doanh dịch vụ dễ phát sinh mại dâm",
    en: "Rights of workers in establishments prone to prostitution"
  },
  peer_groups: {
    vi: "Nâng cao năng lực nhóm đồng đẳng, nhóm tự lực, câu lạc bộ",
    en: "Peer groups, self-help groups and clubs"
  },
  community_power: { vi: "Phát huy sức mạnh cộng đồng", en: "Community power" },
  reintegration: { vi: "Hỗ trợ tái hòa nhập cộng đồng", en: "Reintegration support" },
  other: { vi: "Mô hình khác", en: "Other model" }
})
/** @since 0.1.0 */
export type ModelType = typeof ModelType.Type

/**
 * A model with its type, sites, period, implementer, funders and partners.
 *
 * @since 0.1.0
 */
export class Model extends Schema.Class<Model>("Model")({
  id: plain(ModelId),
  name: plain(Schema.NonEmptyTrimmedString),
  type: plain(ModelType),
  programmeId: Schema.optional(plain(ProgrammeId)),
  /** The decision that set the model up, e.g. `1981/QĐ-UBND`. */
  legalBasis: Schema.optional(plain(Schema.String)),
  implementerId: plain(OrganisationId),
  funderIds: plain(Schema.Array(OrganisationId)),
  partnerIds: plain(Schema.Array(OrganisationId)),
  /** The districts, communes or wards where it runs. */
  siteIds: plain(Schema.Array(AdminUnitId)),
  start: plain(IsoDate),
  end: Schema.optional(plain(IsoDate))
}) {}
