/**
 * Service establishments prone to prostitution (karaoke, massage, hotels, guesthouses,
 * restaurants…), which inspection teams visit.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AdminUnitId } from "./AdminUnit.js"
import { plain } from "./Classification.js"
import { EstablishmentId } from "./Ids.js"
import { vocabulary } from "./Label.js"
import { IsoDate } from "./Time.js"

/**
 * The business type of an establishment.
 *
 * @since 0.1.0
 */
export const EstablishmentType = vocabulary("EstablishmentType", {
  karaoke: { vi: "Karaoke", en: "Karaoke" },
  massage: { vi: "Xoa bóp, massage", en: "Massage" },
  hotel: { vi: "Khách sạn", en: "Hotel" },
  guesthouse: { vi: "Nhà nghỉ", en: "Guesthouse" },
  restaurant: { vi: "Nhà hàng", en: "Restaurant" },
  bar: { vi: "Vũ trường, quán bar", en: "Bar or dance hall" },
  cafe: { vi: "Cà phê", en: "Café" },
  beauty_salon: { vi: "Cắt tóc, gội đầu, thẩm mỹ", en: "Hair or beauty salon" },
  other: { vi: "Khác", en: "Other" }
})
/** @since 0.1.0 */
export type EstablishmentType = typeof EstablishmentType.Type

/**
 * An establishment. `atRisk` marks those on the authorities' list of establishments prone to
 * prostitution — the denominator of inspection coverage. It records no owner.
 *
 * @since 0.1.0
 */
export class Establishment extends Schema.Class<Establishment>("Establishment")({
  id: plain(EstablishmentId),
  type: plain(EstablishmentType),
  unitId: plain(AdminUnitId),
  atRisk: plain(Schema.Boolean),
  opened: Schema.optional(plain(IsoDate)),
  closed: Schema.optional(plain(IsoDate))
}) {}
