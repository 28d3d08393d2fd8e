/**
 * Column mappings: which header names a file may use for each field of a record, how each
 * field's cells are read, and which columns are parts of a unique identifier code (UIC) that
 * only the pseudonymiser sees.
 *
 * Headers are matched folded — case, Vietnamese diacritics, đ/d, punctuation and spacing do not
 * count — and also with any part in parentheses removed, so `NGÀY`, `ngay`, `Ngày (*)` and
 * `Ngày (dd/mm/yyyy)` all match `Ngày`. Where several columns match one field the one whose
 * header comes first in the field's list is used (`Mã đơn vị` before `Đơn vị`) and the others
 * are ignored; two columns of equal rank are a {@link IoError.DuplicateColumns} error.
 *
 * Vocabulary cells accept the member's key (`female`), its Vietnamese or English label
 * (`Nữ`, `Female`), each comma-separated part of a label when that part names one member only
 * (`Vi phạm` for `Vi phạm, xử phạt`), and the aliases listed here or added by the user.
 *
 * @example
 * ```ts
 * import { Mapping } from "@pctnxh/io"
 * import * as Either from "effect/Either"
 *
 * // a file whose pseudonym column is headed "Mã KH" and whose services are abbreviated
 * const mapping = Either.getOrThrow(
 *   Mapping.customise(Mapping.defaults.serviceEvent, {
 *     headers: { personId: ["Mã KH"] },
 *     values: { service: { TV: "counselling", XN: "hiv_testing_counselling" } }
 *   })
 * )
 * ```
 * @since 0.1.0
 */
import type { Label as LabelModule } from "@pctnxh/core"
import {
  Activity,
  AggregateValue,
  Establishment,
  Finance,
  Inspection,
  Organisation,
  Person,
  ServiceEvent
} from "@pctnxh/core"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import { InvalidMapping } from "./IoError.js"
import { fold } from "./internal/fold.js"


/**
 * A vocabulary as the mapping needs it: members and their labels.
 *
 * @since 0.1.0
 */
export interface Vocabulary {
  readonly members: ReadonlyArray<string>
  readonly labels: { readonly [member: string]: LabelModule.Label }
}

/**
 * How a field's cells are read (see the `Cell` module for each rule).
 *
 * @since 0.1.0
 */
export type FieldType =
  | { readonly _tag: "text" }
  | { readonly _tag: "integer" }
  | { readonly _tag: "number" }
  | { readonly _tag: "money" }
  | { readonly _tag: "date" }
  | { readonly _tag: "year" }
  | { readonly _tag: "boolean" }
  | { readonly _tag: "period" }
  /** An administrative unit: an id (`308@pre2025`), an official code, or an unambiguous name. */
  | { readonly _tag: "unit" }
  /** Ids separated by `;`, `,` or new lines. */
  | { readonly _tag: "list" }
  /** Disaggregation options written `sex=female; ageBand=20-24`. */
  | { readonly _tag: "disaggregation" }
  | { readonly _tag: "member"; readonly vocabulary: Vocabulary; readonly aliases: { readonly [written: string]: string } }

/**
 * One field of a mapping.
 *
 * @since 0.1.0
 */
export interface Field {
  /**
   * The field's path in the record (`date`, `referral.outcome`, `disaggregation.sex`), or for a
   * UIC part `uic.<part>` (`uic.motherName`).
   */
  readonly name: string
  /** What the field is, in Vietnamese and English: the header a template would use. */
  readonly label: LabelModule.Label
  /** Accepted header names, Vietnamese and English, best first. */
  readonly headers: ReadonlyArray<string>
  readonly type: FieldType
  /** Whether the file must have this column (unless a default value is given). */
  readonly required: boolean
}

/**
 * The kinds of record a file can hold.
 *
 * @since 0.1.0
 */
export type Kind =
  | "serviceEvent"
  | "activity"
  | "establishment"
  | "inspectionRound"
  | "inspectionVisit"
  | "budget"
  | "expenditure"
  | "aggregateValue"

/**
 * Every importable kind.
 *
 * @since 0.1.0
 */
export const kinds: ReadonlyArray<Kind> = [
  "serviceEvent",
  "activity",
  "establishment",
  "inspectionRound",
  "inspectionVisit",
  "budget",
  "expenditure",
  "aggregateValue"
]

/**
 * A mapping for one kind of record.
 *
 * @since 0.1.0
 */
export interface Mapping {
  readonly kind: Kind
  readonly fields: ReadonlyArray<Field>
  /**
   * How a row's date for resolving unit codes is found: the field holding a date, a year, or a
   * period. Codes are resolved to the unit in force on that date.
   */
  readonly unitDate: { readonly field: string; readonly from: "date" | "year" | "period" } | undefined
}

/**
 * The parts of a unique identifier code the import can pass to a pseudonymiser. `sex` and
 * `birthYear` come from the record's own fields.
 *
 * @since 0.1.0
 */
export const uicParts = ["code", "ownName", "motherName", "fatherName", "birthDate", "birthYear", "sex"] as const

/**
 * A UIC part.
 *
 * @since 0.1.0
 */
export type UicPart = (typeof uicParts)[number]

/**
 * Whether a field is a UIC part (read only to make a pseudonym, never stored).
 *
 * @since 0.1.0
 */
export const isUic = (field: Field): boolean => field.name.startsWith("uic.")

// ---------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------

const T = { _tag: "text" } as const
const INT = { _tag: "integer" } as const
const NUM = { _tag: "number" } as const
const MONEY = { _tag: "money" } as const
const DATE = { _tag: "date" } as const
const YEAR = { _tag: "year" } as const
const BOOL = { _tag: "boolean" } as const
const PERIOD = { _tag: "period" } as const
const UNIT = { _tag: "unit" } as const
const LIST = { _tag: "list" } as const
const DISAGG = { _tag: "disaggregation" } as const
const member = (vocabulary: Vocabulary, aliases: Record<string, string> = {}): FieldType => ({
  _tag: "member",
  vocabulary,
  aliases
})

const f = (
  name: string,
  label: LabelModule.Label,
  headers: ReadonlyArray<string>,
  type: FieldType,
  required = false
): Field => ({ name, label, headers, type, required })

const L = (vi: string, en: string): LabelModule.Label => ({ vi, en })

const ID_HEADERS = ["Mã bản ghi", "ID", "Record ID"]
const MODEL = f("modelId", L("Mã mô hình", "Model ID"), ["Mã mô hình", "Mô hình", "Model ID", "Model"], T)
const GROUP = f("groupId", L("Mã nhóm", "Group ID"), ["Mã nhóm", "Nhóm", "Nhóm tự lực", "Câu lạc bộ", "Group ID", "Group"], T)
const PROGRAMME = f("programmeId", L("Mã chương trình", "Programme ID"), ["Mã chương trình", "Chương trình", "Programme ID", "Programme", "Program"], T)
const UNIT_FIELD = (name: string, required = true, extra: ReadonlyArray<string> = []) =>
  f(
    name,
    L("Mã đơn vị", "Unit code"),
    [
      "Mã đơn vị",
      "Mã địa bàn",
      "Mã xã",
      "Mã xã/phường",
      "Mã huyện",
      "Mã tỉnh",
      ...extra,
      "Đơn vị",
      "Địa bàn",
      "Xã/phường",
      "Xã",
      "Phường",
      "Unit code",
      "Unit ID",
      "Unit",
      "Site",
      "Commune"
    ],
    UNIT,
    required
  )
const UIC_FIELDS: ReadonlyArray<Field> = [
  f("uic.code", L("Mã UIC", "UIC"), ["Mã UIC", "UIC", "Mã nhận diện"], T),
  f("uic.ownName", L("Họ tên", "Name"), ["Họ và tên", "Họ tên", "Tên", "Full name", "Name"], T),
  f("uic.motherName", L("Họ tên mẹ", "Mother's name"), ["Họ tên mẹ", "Họ và tên mẹ", "Tên mẹ", "Mother's name", "Mother name"], T),
  f(
    "uic.fatherName",
    L("Họ tên bố", "Father's name"),
    ["Họ tên bố", "Họ tên cha", "Họ và tên bố", "Họ và tên cha", "Tên bố", "Tên cha", "Father's name", "Father name"],
    T
  ),
  f("uic.birthDate", L("Ngày sinh", "Date of birth"), ["Ngày sinh", "Ngày tháng năm sinh", "Date of birth", "Birth date"], DATE)
]

const SEX_ALIASES = { f: "female", m: "male", "nu gioi": "female", "nam gioi": "male", gai: "female", trai: "male" }
const RESIDENCE_ALIASES = {
  "thuong tru": "permanent",
  "tam tru": "temporary",
  "co ho khau": "permanent",
  "khong co ho khau": "none",
  "khong dang ky": "none",
  kt3: "temporary",
  kt4: "temporary"
}
const OUTCOME_ALIASES = {
  "khong vi pham": "compliant",
  "chap hanh tot": "compliant",
  "tuan thu": "compliant",
  "vi pham": "violation",
  "xu phat": "violation",
  "xu phat vi pham hanh chinh": "violation",
  "lap bien ban": "violation",
  "nhac nho": "reminder"
}
const SERVICE_ALIASES = {
  "tu van": "counselling",
  "bao cao su": "condoms",
  "phat bao cao su": "condoms",
  "day nghe": "vocational_training",
  "hoc nghe": "vocational_training",
  "ho tro hoc nghe": "vocational_training",
  "tu van phap luat": "legal_aid",
  "kham suc khoe": "sti_rh_check",
  "kham sktss": "sti_rh_check",
  "xet nghiem hiv": "hiv_testing_referral",
  "gioi thieu viec lam": "job_referral",
  "vay von": "loan"
}
const ESTABLISHMENT_ALIASES = {
  "quan karaoke": "karaoke",
  "xoa bop": "massage",
  "massage": "massage",
  "nha nghi": "guesthouse",
  "nha tro": "guesthouse",
  "khach san": "hotel",
  "quan bar": "bar",
  "vu truong": "bar",
  "ca phe": "cafe",
  "cafe": "cafe",
  "cat toc": "beauty_salon",
  "goi dau": "beauty_salon"
}

const serviceEvent: Mapping = {
  kind: "serviceEvent",
  unitDate: { field: "date", from: "date" },
  fields: [
    f("id", L("Mã lượt", "Event ID"), ["Mã lượt", "Mã lượt tiếp cận", ...ID_HEADERS, "Event ID"], T),
    f(
      "personId",
      L("Mã người", "Pseudonym"),
      ["Mã người", "Mã đối tượng", "Mã khách hàng", "Mã giả danh", "Bí danh", "Pseudonym", "Person ID", "Client ID"],
      T
    ),
    { ...MODEL, required: true },
    UNIT_FIELD("siteId", true, ["Mã địa bàn tiếp cận", "Nơi tiếp cận"]),
    f("date", L("Ngày", "Date"), ["Ngày", "Ngày tiếp cận", "Ngày cung cấp dịch vụ", "Ngày thực hiện", "Date"], DATE, true),
    f(
      "service",
      L("Dịch vụ", "Service"),
      ["Dịch vụ", "Loại dịch vụ", "Dịch vụ cung cấp", "Service", "Service type"],
      member(ServiceEvent.ServiceType, SERVICE_ALIASES),
      true
    ),
    f("channel", L("Hình thức", "Channel"), ["Hình thức", "Hình thức tiếp cận", "Kênh", "Channel"], member(ServiceEvent.Channel), true),
    f(
      "providerId",
      L("Mã nơi cung cấp", "Provider ID"),
      ["Mã nơi cung cấp", "Nơi cung cấp", "Đơn vị cung cấp", "Provider ID", "Provider"],
      T
    ),
    GROUP,
    f("activityId", L("Mã hoạt động", "Activity ID"), ["Mã hoạt động", "Activity ID"], T),
    f(
      "population",
      L("Đối tượng", "Population"),
      ["Đối tượng", "Nhóm đối tượng", "Population", "Population group"],
      member(Person.PopulationCategory, { "nban dam": "sex_worker", nbd: "sex_worker", "gai mai dam": "sex_worker" }),
      true
    ),
    f("sex", L("Giới tính", "Sex"), ["Giới tính", "Giới", "Sex", "Gender"], member(Person.Sex, SEX_ALIASES), true),
    f("birthYear", L("Năm sinh", "Birth year"), ["Năm sinh", "Birth year", "Year of birth"], YEAR),
    f(
      "residence",
      L("Cư trú", "Residence"),
      ["Cư trú", "Tình trạng cư trú", "Hộ khẩu", "Residence", "Residence status"],
      member(Person.ResidenceStatus, RESIDENCE_ALIASES),
      true
    ),
    f("cost", L("Chi phí (đồng)", "Cost (VND)"), ["Chi phí", "Chi phí dịch vụ", "Cost"], MONEY),
    f("amount", L("Số tiền hỗ trợ (đồng)", "Amount (VND)"), ["Số tiền hỗ trợ", "Số tiền vay", "Số tiền", "Amount"], MONEY),
    f(
      "referral.providerKind",
      L("Chuyển gửi đến", "Referred to"),
      ["Chuyển gửi đến", "Nơi chuyển gửi", "Chuyển gửi", "Referred to", "Referral"],
      member(Organisation.OrganisationKind)
    ),
    f("referral.providerId", L("Mã nơi chuyển gửi", "Referral provider ID"), ["Mã nơi chuyển gửi", "Referral provider ID"], T),
    f(
      "referral.outcome",
      L("Kết quả chuyển gửi", "Referral outcome"),
      ["Kết quả chuyển gửi", "Referral outcome"],
      member(ServiceEvent.ReferralOutcome, { "da tiep can": "completed", "hoan thanh": "completed", "chua tiep can": "not_completed" })
    ),
    f(
      "referral.completedOn",
      L("Ngày hoàn thành chuyển gửi", "Referral completed on"),
      ["Ngày hoàn thành chuyển gửi", "Ngày tiếp cận dịch vụ chuyển gửi", "Referral completed on"],
      DATE
    ),
    ...UIC_FIELDS
  ]
}

const activity: Mapping = {
  kind: "activity",
  unitDate: { field: "date", from: "date" },
  fields: [
    f("id", L("Mã hoạt động", "Activity ID"), ["Mã hoạt động", ...ID_HEADERS, "Activity ID"], T),
    f(
      "type",
      L("Loại hoạt động", "Activity type"),
      ["Loại hoạt động", "Hoạt động", "Activity type", "Type"],
      member(Activity.ActivityType, { "sinh hoat cau lac bo": "group_session", "tap huan": "training", "lop tap huan": "training" }),
      true
    ),
    f(
      "audience",
      L("Đối tượng tham gia", "Audience"),
      ["Đối tượng tham gia", "Đối tượng", "Audience"],
      member(Activity.ActivityAudience, { "nguoi ban dam": "sex_workers", "can bo": "officials" }),
      true
    ),
    MODEL,
    GROUP,
    f("organiserId", L("Mã đơn vị tổ chức", "Organiser ID"), ["Mã đơn vị tổ chức", "Đơn vị tổ chức", "Organiser ID", "Organiser"], T),
    UNIT_FIELD("unitId"),
    f("date", L("Ngày", "Date"), ["Ngày", "Ngày tổ chức", "Ngày bắt đầu", "Từ ngày", "Date", "Start date"], DATE, true),
    f("endDate", L("Ngày kết thúc", "End date"), ["Ngày kết thúc", "Đến ngày", "End date"], DATE),
    f("sessions", L("Số buổi", "Sessions"), ["Số buổi", "Số lớp", "Số cuộc", "Số phiên", "Sessions"], INT, true),
    f(
      "participantContacts",
      L("Số lượt người tham gia", "Participant contacts"),
      ["Số lượt người tham gia", "Số lượt tham gia", "Lượt người tham gia", "Lượt người", "Participant contacts", "Attendances"],
      INT,
      true
    ),
    f("attendeeIds", L("Mã người tham gia", "Attendee pseudonyms"), ["Mã người tham gia", "Attendee IDs", "Attendees"], LIST),
    f("outputs", L("Số sản phẩm", "Outputs"), ["Số sản phẩm", "Số tài liệu", "Số tài liệu phát", "Số lượng sản phẩm", "Outputs"], INT),
    f("cost", L("Kinh phí (đồng)", "Cost (VND)"), ["Kinh phí", "Chi phí", "Cost"], MONEY)
  ]
}

const ESTABLISHMENT_TYPE = f(
  "establishmentType",
  L("Loại hình", "Establishment type"),
  ["Loại hình", "Loại hình kinh doanh", "Loại cơ sở", "Ngành nghề", "Establishment type"],
  member(Establishment.EstablishmentType, ESTABLISHMENT_ALIASES),
  true
)

const establishment: Mapping = {
  kind: "establishment",
  unitDate: { field: "opened", from: "date" },
  fields: [
    f("id", L("Mã cơ sở", "Establishment ID"), ["Mã cơ sở", ...ID_HEADERS, "Establishment ID"], T, true),
    { ...ESTABLISHMENT_TYPE, name: "type", headers: [...ESTABLISHMENT_TYPE.headers, "Type"] },
    UNIT_FIELD("unitId"),
    f(
      "atRisk",
      L("Có nguy cơ", "At risk"),
      ["Có nguy cơ", "Cơ sở có nguy cơ", "Thuộc danh sách có nguy cơ", "Nguy cơ", "At risk"],
      BOOL,
      true
    ),
    f("opened", L("Ngày hoạt động", "Opened"), ["Ngày hoạt động", "Ngày bắt đầu hoạt động", "Ngày mở", "Opened"], DATE),
    f("closed", L("Ngày ngừng hoạt động", "Closed"), ["Ngày ngừng hoạt động", "Ngày đóng cửa", "Closed"], DATE)
  ]
}

const inspectionRound: Mapping = {
  kind: "inspectionRound",
  unitDate: { field: "start", from: "date" },
  fields: [
    f("id", L("Mã đợt", "Round ID"), ["Mã đợt", "Mã đợt kiểm tra", "Đợt kiểm tra", "Đợt", ...ID_HEADERS, "Round ID", "Round"], T, true),
    f(
      "teamLevel",
      L("Cấp đoàn", "Team level"),
      ["Cấp đoàn", "Đoàn kiểm tra", "Cấp", "Team level", "Level"],
      member(Inspection.TeamLevel, { tinh: "province", "cap tinh": "province", huyen: "district", "cap huyen": "district", xa: "commune", "cap xa": "commune" }),
      true
    ),
    UNIT_FIELD("unitId"),
    f("organiserId", L("Mã đơn vị chủ trì", "Organiser ID"), ["Mã đơn vị chủ trì", "Đơn vị chủ trì", "Organiser ID", "Organiser"], T),
    PROGRAMME,
    f("start", L("Từ ngày", "Start"), ["Từ ngày", "Ngày bắt đầu", "Start", "Start date"], DATE, true),
    f("end", L("Đến ngày", "End"), ["Đến ngày", "Ngày kết thúc", "End", "End date"], DATE, true)
  ]
}

const inspectionVisit: Mapping = {
  kind: "inspectionVisit",
  unitDate: { field: "date", from: "date" },
  fields: [
    f("id", L("Mã lượt kiểm tra", "Visit ID"), ["Mã lượt kiểm tra", ...ID_HEADERS, "Visit ID"], T),
    f("roundId", L("Mã đợt", "Round ID"), ["Mã đợt", "Mã đợt kiểm tra", "Đợt kiểm tra", "Đợt", "Round ID", "Round"], T, true),
    f("establishmentId", L("Mã cơ sở", "Establishment ID"), ["Mã cơ sở", "Cơ sở", "Establishment ID", "Establishment"], T, true),
    ESTABLISHMENT_TYPE,
    UNIT_FIELD("unitId"),
    f("date", L("Ngày kiểm tra", "Date"), ["Ngày kiểm tra", "Ngày", "Date", "Visit date"], DATE, true),
    f(
      "outcome",
      L("Kết quả", "Outcome"),
      ["Kết quả", "Kết quả kiểm tra", "Hình thức xử lý", "Outcome", "Result"],
      member(Inspection.InspectionOutcome, OUTCOME_ALIASES),
      true
    ),
    f("fine", L("Tiền phạt (đồng)", "Fine (VND)"), ["Tiền phạt", "Số tiền phạt", "Mức phạt", "Phạt tiền", "Fine"], MONEY)
  ]
}

const budget: Mapping = {
  kind: "budget",
  unitDate: { field: "year", from: "year" },
  fields: [
    f("id", L("Mã dự toán", "Budget ID"), ["Mã dự toán", "Mã ngân sách", ...ID_HEADERS, "Budget ID"], T),
    f("year", L("Năm", "Year"), ["Năm", "Năm ngân sách", "Year"], YEAR, true),
    f(
      "source",
      L("Nguồn kinh phí", "Funding source"),
      ["Nguồn kinh phí", "Nguồn vốn", "Nguồn", "Funding source", "Source"],
      member(Finance.FundingSource, { "trung uong": "central", "dia phuong": "local", "tai tro": "donor", "vien tro": "donor" }),
      true
    ),
    f("funderId", L("Mã nhà tài trợ", "Funder ID"), ["Mã nhà tài trợ", "Nhà tài trợ", "Funder ID", "Funder"], T),
    PROGRAMME,
    MODEL,
    UNIT_FIELD("unitId"),
    f("amount", L("Số tiền (đồng)", "Amount (VND)"), ["Số tiền", "Kinh phí", "Dự toán", "Kinh phí được giao", "Amount", "Budget"], MONEY, true)
  ]
}

const expenditure: Mapping = {
  kind: "expenditure",
  unitDate: { field: "date", from: "date" },
  fields: [
    f("id", L("Mã khoản chi", "Expenditure ID"), ["Mã khoản chi", "Số chứng từ", ...ID_HEADERS, "Expenditure ID"], T),
    f("budgetId", L("Mã dự toán", "Budget ID"), ["Mã dự toán", "Mã ngân sách", "Budget ID"], T),
    MODEL,
    UNIT_FIELD("unitId"),
    f("date", L("Ngày chi", "Date"), ["Ngày chi", "Ngày", "Ngày chứng từ", "Date"], DATE, true),
    f(
      "category",
      L("Nội dung chi", "Category"),
      ["Nội dung chi", "Hạng mục", "Nội dung", "Category"],
      member(Finance.ExpenseCategory, { "hoc nghe": "vocational_training", "day nghe": "vocational_training", "kham suc khoe": "health_check" }),
      true
    ),
    f(
      "source",
      L("Nguồn kinh phí", "Funding source"),
      ["Nguồn kinh phí", "Nguồn vốn", "Nguồn", "Funding source", "Source"],
      member(Finance.FundingSource, { "trung uong": "central", "dia phuong": "local", "tai tro": "donor", "vien tro": "donor" }),
      true
    ),
    f("amount", L("Số tiền (đồng)", "Amount (VND)"), ["Số tiền", "Số chi", "Kinh phí", "Thành tiền", "Amount"], MONEY, true),
    f(
      "beneficiaries",
      L("Số người được hỗ trợ", "Beneficiaries"),
      ["Số người được hỗ trợ", "Số người hưởng", "Số người thụ hưởng", "Beneficiaries"],
      INT
    )
  ]
}

const aggregateValue: Mapping = {
  kind: "aggregateValue",
  unitDate: { field: "period", from: "period" },
  fields: [
    f("id", L("Mã số liệu", "Value ID"), ["Mã số liệu", ...ID_HEADERS, "Value ID"], T),
    f(
      "dataElement",
      L("Mã chỉ tiêu", "Data element"),
      ["Mã chỉ tiêu", "Chỉ tiêu", "Mã chỉ số", "Chỉ số", "Data element", "Indicator"],
      T,
      true
    ),
    f("period", L("Kỳ báo cáo", "Period"), ["Kỳ báo cáo", "Kỳ", "Thời gian", "Năm", "Period"], PERIOD, true),
    UNIT_FIELD("unitId"),
    f("disaggregation.sex", L("Giới tính", "Sex"), ["Giới tính", "Sex"], member(Person.Sex, SEX_ALIASES)),
    f("disaggregation.ageBand", L("Nhóm tuổi", "Age band"), ["Nhóm tuổi", "Độ tuổi", "Age band", "Age group"], member(Person.AgeBand)),
    f(
      "disaggregation.residence",
      L("Cư trú", "Residence"),
      ["Cư trú", "Tình trạng cư trú", "Residence"],
      member(Person.ResidenceStatus, RESIDENCE_ALIASES)
    ),
    f("disaggregation.population", L("Đối tượng", "Population"), ["Đối tượng", "Population"], member(Person.PopulationCategory)),
    f("disaggregation", L("Phân tổ", "Disaggregation"), ["Phân tổ", "Disaggregation"], DISAGG),
    f("value", L("Giá trị", "Value"), ["Giá trị", "Số liệu", "Số lượng", "Value"], NUM, true),
    f(
      "source",
      L("Nguồn số liệu", "Source"),
      ["Nguồn số liệu", "Nguồn", "Source"],
      member(AggregateValue.ValueSource, { "cong an": "police", "bao cao tinh": "province_report", "khao sat": "survey" }),
      true
    ),
    f("reporterId", L("Mã đơn vị báo cáo", "Reporter ID"), ["Mã đơn vị báo cáo", "Đơn vị báo cáo", "Reporter ID", "Reporter"], T),
    f("reference", L("Văn bản", "Reference"), ["Văn bản", "Số văn bản", "Tài liệu", "Nguồn tài liệu", "Reference"], T)
  ]
}

/**
 * The default mapping of every kind, with Vietnamese and English headers.
 *
 * @since 0.1.0
 */
export const defaults: { readonly [K in Kind]: Mapping } = {
  serviceEvent,
  activity,
  establishment,
  inspectionRound,
  inspectionVisit,
  budget,
  expenditure,
  aggregateValue
}

// ---------------------------------------------------------------------------------------------
// Customising
// ---------------------------------------------------------------------------------------------

/**
 * A user's changes to a mapping, as plain JSON (the form of a mapping file):
 *
 * - `headers`: more accepted headers per field, tried before the defaults (with
 *   `replaceHeaders`, instead of them): `{ "personId": ["Mã KH"] }`;
 * - `values`: more accepted values per vocabulary field, written value → member key:
 *   `{ "service": { "TV": "counselling" } }`.
 *
 * @since 0.1.0
 */
export const Customisation = Schema.Struct({
  headers: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Union(Schema.String, Schema.Array(Schema.String)) })),
  replaceHeaders: Schema.optional(Schema.Boolean),
  values: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Record({ key: Schema.String, value: Schema.String }) }))
})

/**
 * A user's changes to a mapping.
 *
 * @since 0.1.0
 */
export interface Customisation extends Schema.Schema.Type<typeof Customisation> {}

const SHAPE = {
  vi: 'phải có dạng { "headers": { "trường": "Tiêu đề" hoặc ["Tiêu đề", …] }, "replaceHeaders": true/false, "values": { "trường": { "giá trị viết": "mã" } } }',
  en: 'must be shaped { "headers": { "field": "Header" or ["Header", …] }, "replaceHeaders": true/false, "values": { "field": { "written value": "key" } } }'
}

/**
 * Reads a mapping file (JSON text, or JSON already parsed) for a kind of record, checking its
 * shape and that every field and value it names exists. The error names the file and the field,
 * never a value of the file.
 *
 * @example
 * ```ts
 * import { Mapping } from "@pctnxh/io"
 * Mapping.decodeCustomisation("serviceEvent", '{ "headers": { "personId": "Mã KH" } }', "anh-xa.json")
 * // Either.right({ headers: { personId: "Mã KH" } })
 * ```
 * @since 0.1.0
 */
export const decodeCustomisation = (kind: Kind, input: unknown, file?: string): Either.Either<Customisation, InvalidMapping> => {
  const fail = (field: string, reason: { vi: string; en: string }) =>
    Either.left(new InvalidMapping({ kind, field, reason, ...(file === undefined ? {} : { file }) }))
  let json: unknown = input
  if (typeof input === "string") {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ""))
    } catch {
      return fail("", { vi: "không phải là JSON hợp lệ", en: "is not valid JSON" })
    }
  }
  const decoded = ParseResult.decodeUnknownEither(Customisation, { onExcessProperty: "error" })(json)
  if (Either.isLeft(decoded)) {
    const path = ParseResult.ArrayFormatter.formatIssueSync(decoded.left)[0]?.path ?? []
    return fail(path.map(String).join("."), SHAPE)
  }
  const checked = customise(defaults[kind], decoded.right)
  if (Either.isLeft(checked)) {
    return Either.left(file === undefined ? checked.left : new InvalidMapping({ ...checked.left, file }))
  }
  return Either.right(decoded.right)
}

/**
 * Applies a user's changes to a mapping. A field or member that does not exist is an
 * {@link IoError.InvalidMapping}.
 *
 * @since 0.1.0
 */
export const customise = (mapping: Mapping, changes: Customisation): Either.Either<Mapping, InvalidMapping> => {
  const byName = new Map(mapping.fields.map((field) => [field.name, field]))
  for (const name of [...Object.keys(changes.headers ?? {}), ...Object.keys(changes.values ?? {})]) {
    if (!byName.has(name)) {
      return Either.left(
        new InvalidMapping({
          kind: mapping.kind,
          field: name,
          reason: {
            vi: `không có trường này; các trường là: ${mapping.fields.map((x) => x.name).join(", ")}`,
            en: `there is no such field; the fields are: ${mapping.fields.map((x) => x.name).join(", ")}`
          }
        })
      )
    }
  }
  const fields: Array<Field> = []
  for (const field of mapping.fields) {
    let next = field
    const extra = changes.headers?.[field.name]
    if (extra !== undefined) {
      const list = typeof extra === "string" ? [extra] : extra
      next = { ...next, headers: changes.replaceHeaders === true ? list : [...list, ...field.headers] }
    }
    const values = changes.values?.[field.name]
    if (values !== undefined) {
      if (next.type._tag !== "member") {
        return Either.left(
          new InvalidMapping({
            kind: mapping.kind,
            field: field.name,
            reason: { vi: "trường này không có danh mục giá trị", en: "this field has no vocabulary" }
          })
        )
      }
      const vocabulary = next.type.vocabulary
      for (const target of Object.values(values)) {
        if (!vocabulary.members.includes(target)) {
          return Either.left(
            new InvalidMapping({
              kind: mapping.kind,
              field: field.name,
              reason: {
                vi: `giá trị đích phải là một trong: ${vocabulary.members.join(", ")}`,
                en: `a target value must be one of: ${vocabulary.members.join(", ")}`
              }
            })
          )
        }
      }
      const aliases: Record<string, string> = { ...next.type.aliases }
      for (const [written, target] of Object.entries(values)) aliases[fold(written)] = target
      next = { ...next, type: { ...next.type, aliases } }
    }
    fields.push(next)
  }
  return Either.right({ ...mapping, fields })
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/**
 * A header folded for matching (see the module's rules).
 *
 * @example
 * ```ts
 * import { Mapping } from "@pctnxh/io"
 * Mapping.normalise("  GIỚI  TÍNH (*) ") // "gioi tinh"
 * ```
 * @since 0.1.0
 */
export const normalise = (header: string): string => fold(header.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " "))

/**
 * The field a header names in a mapping, with its rank (0 for the field's first header), or
 * `undefined`.
 *
 * @since 0.1.0
 */
export const match = (mapping: Mapping, header: string): { readonly field: Field; readonly rank: number } | undefined => {
  const exact = fold(header)
  const loose = normalise(header)
  if (exact === "") return undefined
  let best: { field: Field; rank: number; exact: boolean } | undefined
  for (const field of mapping.fields) {
    field.headers.forEach((h, rank) => {
      const folded = fold(h)
      const isExact = folded === exact
      if (!isExact && folded !== loose) return
      if (
        best === undefined ||
        (isExact && !best.exact) ||
        (isExact === best.exact && rank < best.rank)
      ) {
        best = { field, rank, exact: isExact }
      }
    })
  }
  return best === undefined ? undefined : { field: best.field, rank: best.rank }
}

const aliasCache = new WeakMap<FieldType, ReadonlyMap<string, string>>()

/**
 * Every accepted way of writing each member of a vocabulary field, folded: the member keys,
 * the Vietnamese and English labels, their comma-separated parts when they name one member
 * only, and the aliases.
 *
 * @since 0.1.0
 */
export const accepted = (type: Extract<FieldType, { _tag: "member" }>): ReadonlyMap<string, string> => {
  const cached = aliasCache.get(type)
  if (cached !== undefined) return cached
  const out = new Map<string, string>()
  const parts = new Map<string, Set<string>>()
  for (const m of type.vocabulary.members) {
    out.set(fold(m), m)
    const label = type.vocabulary.labels[m]
    if (label === undefined) continue
    for (const text of [label.vi, label.en]) {
      out.set(fold(text), m)
      const bare = text.replace(/\([^)]*\)/g, " ")
      out.set(fold(bare), m)
      for (const part of bare.split(/,|\/| or | hoặc /)) {
        const folded = fold(part)
        if (folded === "") continue
        const owners = parts.get(folded) ?? new Set<string>()
        owners.add(m)
        parts.set(folded, owners)
      }
    }
  }
  for (const [part, owners] of parts) {
    if (owners.size === 1 && !out.has(part)) out.set(part, [...owners][0] as string)
  }
  for (const [written, target] of Object.entries(type.aliases)) out.set(fold(written), target)
  aliasCache.set(type, out)
  return out
}
