import * as F from "../Formula.js"
import { make } from "../Indicator.js"

const fig = (vi: string, en: string) => ({ vi, en })

// ---------------------------------------------------------------------------------------------
// Support services (service events)
// ---------------------------------------------------------------------------------------------

export const CONTACTS = make({
  code: "CONTACTS",
  theme: "services",
  name: { vi: "Lượt được tiếp cận, hỗ trợ", en: "Service contacts" },
  definition: {
    vi: "Số lượt cung cấp dịch vụ (tiếp cận, tư vấn, chuyển gửi, khám, dạy nghề, vay vốn, trợ giúp pháp lý…) trong kỳ, kể cả lượt ẩn danh. Một người được hỗ trợ nhiều lần được tính nhiều lượt.",
    en: "Number of contacts in which a service was delivered (outreach, counselling, referral, check-up, training, loan, legal aid…) in the period, anonymous contacts included. A person served several times counts several times."
  },
  formula: F.alsoReported(F.count("serviceEvent"), "CONTACTS"),
  figures: fig(
    "Hải Phòng 2019–2020: hơn 600 lượt lao động nữ; Nam Định 2016–2020: 2.330 lượt được hỗ trợ, 1.000 lượt chủ cơ sở và người lao động, 2.143 lượt người có nguy cơ qua tiếp cận đồng đẳng; Quảng Ninh 2019: 986 lượt người bán dâm (mô hình câu lạc bộ)",
    "Hải Phòng 2019–2020: 600+ contacts of female workers; Nam Định 2016–2020: 2,330 contacts supported, 1,000 contacts of owners and workers, 2,143 at-risk contacts by peer outreach; Quảng Ninh 2019: 986 contacts of sex workers (club model)"
  )
})

export const PERSONS_REACHED = make({
  code: "PERSONS_REACHED",
  theme: "services",
  name: { vi: "Số người được tiếp cận, hỗ trợ", en: "Persons reached" },
  definition: {
    vi: "Số người khác nhau (theo mã định danh ẩn danh) có ít nhất một lượt dịch vụ trong kỳ, đếm trên toàn bộ kỳ. Không cộng các kỳ con: một người quay lại ở nhiều quý chỉ là một người trong năm. Lượt ẩn danh không được tính là người.",
    en: "Number of distinct persons (by pseudonym) with at least one service contact in the period, counted over the whole period. Never the sum of sub-periods: a person who returns in several quarters is one person in the year. Anonymous contacts are not persons."
  },
  formula: F.alsoReported(F.persons(), "PERSONS_REACHED"),
  figures: fig("TP. Hồ Chí Minh 2014: 20 người được chọn vào mô hình", "Ho Chi Minh City 2014: 20 persons selected into the model")
})

export const NEW_PERSONS = make({
  code: "NEW_PERSONS",
  theme: "services",
  name: { vi: "Số người mới trong năm báo cáo", en: "New persons in the reporting year" },
  definition: {
    vi: "Số người có lượt dịch vụ đầu tiên của năm báo cáo rơi vào kỳ. Khác với số người được tiếp cận, chỉ số này cộng được qua các quý của cùng một năm. Với kỳ dài hơn một năm báo cáo, là số người có lượt dịch vụ đầu tiên (trong mọi số liệu) rơi vào kỳ, nên không vượt quá số người được tiếp cận.",
    en: "Number of persons whose first contact of the reporting year falls in the period. Unlike persons reached, it adds up across the quarters of one year. Over a period longer than a reporting year, the number of persons whose first contact ever falls in the period, so never more than the persons reached."
  },
  formula: F.newPersons()
})

export const PACKAGE_REACH = make({
  code: "PACKAGE_REACH",
  theme: "services",
  name: { vi: "Số người nhận đủ gói dịch vụ dự phòng", en: "Persons reached with the prevention package" },
  definition: {
    vi: "Số người nhận được ít nhất số dịch vụ khác nhau mà quy tắc gói PREV (phiên bản của chương trình) yêu cầu, trong kỳ.",
    en: "Number of persons who received at least the number of different services the PREV package rule (in its programme's version) requires, within the period."
  },
  formula: F.reached("PREV")
})

export const PACKAGE_REACH_SHARE = make({
  code: "PACKAGE_REACH_SHARE",
  theme: "services",
  name: { vi: "Tỉ lệ người được tiếp cận nhận đủ gói dịch vụ", en: "Share of persons reached who received the package" },
  definition: {
    vi: "Số người nhận đủ gói dịch vụ dự phòng trên số người được tiếp cận trong cùng kỳ.",
    en: "Persons reached with the prevention package out of all persons reached in the same period."
  },
  formula: F.share(F.ref(PACKAGE_REACH), F.ref(PERSONS_REACHED))
})

const serviceCount = (code: string, options: F.MeasureOptions<"serviceEvent">) =>
  F.alsoReported(F.count("serviceEvent", options), code)
const servicePersons = (code: string, options: F.MeasureOptions<"serviceEvent">) => F.alsoReported(F.persons(options), code)

export const COUNSELLING_CONTACTS = make({
  code: "COUNSELLING_CONTACTS",
  theme: "services",
  name: { vi: "Lượt tư vấn", en: "Counselling contacts" },
  definition: { vi: "Số lượt tư vấn (sức khỏe, pháp luật, tâm lý, việc làm) trong kỳ.", en: "Number of counselling contacts (health, legal, psychological, employment) in the period." },
  formula: serviceCount("COUNSELLING_CONTACTS", { where: { service: ["counselling"] } }),
  figures: fig(
    "Quảng Ninh 2019: hơn 6.000 lượt (mô hình nhóm đồng đẳng), hơn 905 lượt người lao động (mô hình quyền của người lao động); TP. Hồ Chí Minh 2014: 50 lượt",
    "Quảng Ninh 2019: 6,000+ contacts (peer-group model), 905+ worker contacts (worker-rights model); Ho Chi Minh City 2014: 50 contacts"
  )
})

export const COUNSELLING_PERSONS = make({
  code: "COUNSELLING_PERSONS",
  theme: "services",
  name: { vi: "Số người được tư vấn", en: "Persons counselled" },
  definition: { vi: "Số người khác nhau có ít nhất một lượt tư vấn trong kỳ.", en: "Number of distinct persons with at least one counselling contact in the period." },
  formula: servicePersons("COUNSELLING_PERSONS", { where: { service: ["counselling"] } })
})

export const HIV_TESTING_COUNSELLING_CONTACTS = make({
  code: "HIV_TESTING_COUNSELLING_CONTACTS",
  theme: "services",
  name: { vi: "Lượt tư vấn xét nghiệm HIV", en: "HIV testing counselling contacts" },
  definition: { vi: "Số lượt tư vấn xét nghiệm HIV trong kỳ.", en: "Number of HIV testing counselling contacts in the period." },
  formula: serviceCount("HIV_TESTING_COUNSELLING_CONTACTS", { where: { service: ["hiv_testing_counselling"] } }),
  figures: fig("Nam Định 2016–2020: 5.425 lượt", "Nam Định 2016–2020: 5,425 contacts")
})

export const HIV_TESTING_REFERRALS = make({
  code: "HIV_TESTING_REFERRALS",
  theme: "services",
  name: { vi: "Lượt chuyển gửi xét nghiệm HIV", en: "Referrals to HIV testing" },
  definition: { vi: "Số lượt chuyển gửi tới tư vấn, xét nghiệm HIV trong kỳ.", en: "Number of contacts referring a person to HIV counselling and testing in the period." },
  formula: serviceCount("HIV_TESTING_REFERRALS", { where: { service: ["hiv_testing_referral"] } })
})

export const HIV_TESTING_REFERRAL_PERSONS = make({
  code: "HIV_TESTING_REFERRAL_PERSONS",
  theme: "services",
  name: { vi: "Số người được chuyển gửi xét nghiệm HIV", en: "Persons referred to HIV testing" },
  definition: { vi: "Số người khác nhau được chuyển gửi tới tư vấn, xét nghiệm HIV trong kỳ.", en: "Number of distinct persons referred to HIV counselling and testing in the period." },
  formula: servicePersons("HIV_TESTING_REFERRAL_PERSONS", { where: { service: ["hiv_testing_referral"] } }),
  figures: fig("Nam Định 2016–2020: 689 người", "Nam Định 2016–2020: 689 persons")
})

export const HIV_TESTING_REFERRAL_RATE = make({
  code: "HIV_TESTING_REFERRAL_RATE",
  theme: "services",
  name: { vi: "Người được chuyển gửi xét nghiệm trên 100 lượt tư vấn xét nghiệm", en: "Persons referred to testing per 100 testing-counselling contacts" },
  definition: {
    vi: "Số người được chuyển gửi xét nghiệm HIV trên 100 lượt tư vấn xét nghiệm HIV trong cùng kỳ. Tử số là người, mẫu số là lượt: đây là tỉ số, không phải tỉ lệ phần trăm của một tổng.",
    en: "Persons referred to HIV testing per 100 HIV testing counselling contacts in the same period. The numerator counts persons and the denominator contacts: a ratio, not a share of a total."
  },
  formula: F.percent(F.ref(HIV_TESTING_REFERRAL_PERSONS), F.ref(HIV_TESTING_COUNSELLING_CONTACTS)),
  figures: fig("Nam Định 2016–2020: 689 / 5.425 ≈ 12,7", "Nam Định 2016–2020: 689 / 5,425 ≈ 12.7")
})

const referralOutcomes = ["pending", "completed", "not_completed", "unknown"] as const

export const REFERRALS = make({
  code: "REFERRALS",
  theme: "services",
  name: { vi: "Lượt chuyển gửi", en: "Referrals" },
  definition: { vi: "Số lượt dịch vụ có chuyển gửi tới một đơn vị cung cấp dịch vụ (y tế, pháp lý, dạy nghề…), mọi kết quả.", en: "Number of contacts with a referral to a provider (health, legal, vocational…), whatever its outcome." },
  formula: serviceCount("REFERRALS", { where: { referralOutcome: referralOutcomes } }),
  figures: fig("TP. Hồ Chí Minh 2014: 10 người được giới thiệu học nghề cắt tóc miễn phí", "Ho Chi Minh City 2014: 10 referred to a free hairdressing course")
})

export const REFERRALS_COMPLETED = make({
  code: "REFERRALS_COMPLETED",
  theme: "services",
  name: { vi: "Lượt chuyển gửi thành công", en: "Completed referrals" },
  definition: { vi: "Số lượt chuyển gửi mà người được chuyển gửi đã tiếp cận dịch vụ.", en: "Number of referrals after which the person reached the service." },
  formula: serviceCount("REFERRALS_COMPLETED", { where: { referralOutcome: ["completed"] } })
})

export const REFERRAL_COMPLETION_RATE = make({
  code: "REFERRAL_COMPLETION_RATE",
  theme: "services",
  name: { vi: "Tỉ lệ chuyển gửi thành công", en: "Referral completion rate" },
  definition: { vi: "Lượt chuyển gửi thành công trên tổng lượt chuyển gửi trong kỳ.", en: "Completed referrals out of all referrals in the period." },
  formula: F.share(F.ref(REFERRALS_COMPLETED), F.ref(REFERRALS))
})

export const STI_RH_CHECKS = make({
  code: "STI_RH_CHECKS",
  theme: "services",
  name: { vi: "Lượt khám sức khỏe sinh sản, bệnh lây truyền qua đường tình dục", en: "Reproductive health and STI check-ups" },
  definition: { vi: "Số lượt khám sức khỏe sinh sản hoặc bệnh lây truyền qua đường tình dục trong kỳ.", en: "Number of reproductive-health or STI check-up contacts in the period." },
  formula: serviceCount("STI_RH_CHECKS", { where: { service: ["sti_rh_check"] } }),
  figures: fig("Quảng Ninh 2019: khám cho 100 lượt (thỏa thuận với phòng khám)", "Quảng Ninh 2019: check-ups for 100 contacts (clinic agreement)")
})

export const VOCATIONAL_TRAINING_CONTACTS = make({
  code: "VOCATIONAL_TRAINING_CONTACTS",
  theme: "services",
  name: { vi: "Lượt hỗ trợ học nghề", en: "Vocational training contacts" },
  definition: { vi: "Số lượt hỗ trợ học nghề (tham gia khóa học, cấp kinh phí học nghề) trong kỳ.", en: "Number of vocational training contacts (a course attended, training funded) in the period." },
  formula: serviceCount("VOCATIONAL_TRAINING_CONTACTS", { where: { service: ["vocational_training"] } })
})

export const VOCATIONAL_TRAINING_PERSONS = make({
  code: "VOCATIONAL_TRAINING_PERSONS",
  theme: "services",
  name: { vi: "Số người được hỗ trợ học nghề", en: "Persons given vocational training" },
  definition: { vi: "Số người khác nhau được hỗ trợ học nghề trong kỳ.", en: "Number of distinct persons given vocational training in the period." },
  formula: servicePersons("VOCATIONAL_TRAINING_PERSONS", { where: { service: ["vocational_training"] } }),
  figures: fig(
    "Hải Phòng 2019–2020: 22 người học nghề ngắn hạn; TP. Hồ Chí Minh 2014: 15 phụ nữ được hỗ trợ kinh phí học nghề",
    "Hải Phòng 2019–2020: 22 persons in short vocational courses; Ho Chi Minh City 2014: vocational funding for 15 women"
  )
})

export const JOB_REFERRAL_PERSONS = make({
  code: "JOB_REFERRAL_PERSONS",
  theme: "services",
  name: { vi: "Số người được giới thiệu việc làm", en: "Persons referred to jobs" },
  definition: { vi: "Số người khác nhau được giới thiệu việc làm trong kỳ.", en: "Number of distinct persons referred to a job in the period." },
  formula: servicePersons("JOB_REFERRAL_PERSONS", { where: { service: ["job_referral"] } })
})

export const JOB_PLACEMENT_PERSONS = make({
  code: "JOB_PLACEMENT_PERSONS",
  theme: "services",
  name: { vi: "Số người có việc làm", en: "Persons placed in jobs" },
  definition: { vi: "Số người khác nhau có việc làm sau hỗ trợ, ghi nhận trong kỳ.", en: "Number of distinct persons recorded in a job after support in the period." },
  formula: servicePersons("JOB_PLACEMENT_PERSONS", { where: { service: ["job_placement"] } })
})

export const LEGAL_AID_CONTACTS = make({
  code: "LEGAL_AID_CONTACTS",
  theme: "services",
  name: { vi: "Lượt trợ giúp pháp lý", en: "Legal aid contacts" },
  definition: { vi: "Số lượt trợ giúp, tư vấn pháp lý cho người được hỗ trợ trong kỳ.", en: "Number of legal aid or legal consultation contacts in the period." },
  formula: serviceCount("LEGAL_AID_CONTACTS", { where: { service: ["legal_aid"] } }),
  figures: fig("Quảng Ninh 2019: 20 lượt tư vấn theo hợp đồng trợ giúp pháp lý", "Quảng Ninh 2019: 20 consultations under the legal-aid contract")
})

export const LEGAL_AID_PERSONS = make({
  code: "LEGAL_AID_PERSONS",
  theme: "services",
  name: { vi: "Số người được trợ giúp pháp lý", en: "Persons given legal aid" },
  definition: { vi: "Số người khác nhau được trợ giúp pháp lý trong kỳ.", en: "Number of distinct persons given legal aid in the period." },
  formula: servicePersons("LEGAL_AID_PERSONS", { where: { service: ["legal_aid"] } }),
  figures: fig("Hải Phòng 2019–2020: 20 người", "Hải Phòng 2019–2020: 20 persons")
})

export const ID_PAPERS_PERSONS = make({
  code: "ID_PAPERS_PERSONS",
  theme: "services",
  name: { vi: "Số người được hỗ trợ giấy tờ tùy thân", en: "Persons helped with ID papers" },
  definition: { vi: "Số người khác nhau được hỗ trợ làm giấy tờ tùy thân trong kỳ.", en: "Number of distinct persons helped to obtain identity papers in the period." },
  formula: servicePersons("ID_PAPERS_PERSONS", { where: { service: ["id_papers"] } }),
  figures: fig("Quảng Ninh 2019: 10 người", "Quảng Ninh 2019: 10 persons")
})

export const LOANS = make({
  code: "LOANS",
  theme: "services",
  name: { vi: "Số lượt vay vốn", en: "Loans" },
  definition: { vi: "Số khoản vay được giải ngân cho người được hỗ trợ trong kỳ.", en: "Number of loans disbursed to persons supported in the period." },
  formula: serviceCount("LOANS", { where: { service: ["loan"] } })
})

export const LOAN_AMOUNT = make({
  code: "LOAN_AMOUNT",
  theme: "services",
  name: { vi: "Số tiền cho vay", en: "Amount lent" },
  definition: { vi: "Tổng số tiền các khoản vay giải ngân trong kỳ, đồng.", en: "Total amount of the loans disbursed in the period, in VND." },
  formula: F.alsoReported(F.sum("serviceEvent", "amount", { where: { service: ["loan"] } }), "LOAN_AMOUNT"),
  contributors: "personId"
})

export const GBV_SUPPORT_CONTACTS = make({
  code: "GBV_SUPPORT_CONTACTS",
  theme: "services",
  name: { vi: "Lượt hỗ trợ nạn nhân bạo lực giới", en: "Gender-based violence support contacts" },
  definition: { vi: "Số lượt hỗ trợ người bị bạo lực trên cơ sở giới trong kỳ.", en: "Number of contacts supporting survivors of gender-based violence in the period." },
  formula: serviceCount("GBV_SUPPORT_CONTACTS", { where: { service: ["gbv_support"] } })
})

export const GBV_SUPPORT_PERSONS = make({
  code: "GBV_SUPPORT_PERSONS",
  theme: "services",
  name: { vi: "Số người được hỗ trợ do bị bạo lực giới", en: "Persons supported after gender-based violence" },
  definition: { vi: "Số người khác nhau được hỗ trợ do bị bạo lực trên cơ sở giới trong kỳ.", en: "Number of distinct persons supported after gender-based violence in the period." },
  formula: servicePersons("GBV_SUPPORT_PERSONS", { where: { service: ["gbv_support"] } })
})

export const SEX_WORKERS_REACHED = make({
  code: "SEX_WORKERS_REACHED",
  theme: "services",
  name: { vi: "Số người bán dâm được tiếp cận", en: "Sex workers reached" },
  definition: { vi: "Số người khác nhau thuộc nhóm người bán dâm có ít nhất một lượt dịch vụ trong kỳ.", en: "Number of distinct sex workers with at least one service contact in the period." },
  formula: servicePersons("SEX_WORKERS_REACHED", { where: { population: ["sex_worker"] } })
})

export const ESTABLISHMENT_WORKERS_REACHED = make({
  code: "ESTABLISHMENT_WORKERS_REACHED",
  theme: "services",
  name: { vi: "Số người lao động tại cơ sở được tiếp cận", en: "Establishment workers reached" },
  definition: {
    vi: "Số người khác nhau làm việc tại cơ sở kinh doanh dịch vụ có ít nhất một lượt dịch vụ trong kỳ.",
    en: "Number of distinct workers of service establishments with at least one service contact in the period."
  },
  formula: servicePersons("ESTABLISHMENT_WORKERS_REACHED", { where: { population: ["establishment_worker"] } })
})

export const COVERAGE_SEX_WORKERS = make({
  code: "COVERAGE_SEX_WORKERS",
  theme: "services",
  name: { vi: "Độ bao phủ người bán dâm", en: "Coverage of sex workers" },
  definition: {
    vi: "Số người bán dâm được tiếp cận trên ước tính quy mô người bán dâm của địa bàn (ước tính gần nhất không sau kỳ). Trên 100% nghĩa là ước tính đã cũ hoặc quá thấp.",
    en: "Sex workers reached out of the estimated number of sex workers in the place (the latest estimate not after the period). Above 100% means the estimate is stale or too low."
  },
  formula: F.coverage(F.ref(SEX_WORKERS_REACHED), "sex_worker")
})

export const COVERAGE_ESTABLISHMENT_WORKERS = make({
  code: "COVERAGE_ESTABLISHMENT_WORKERS",
  theme: "services",
  name: { vi: "Độ bao phủ người lao động tại cơ sở", en: "Coverage of establishment workers" },
  definition: {
    vi: "Số người lao động tại cơ sở được tiếp cận trên ước tính số người lao động tại các cơ sở của địa bàn (ước tính gần nhất không sau kỳ).",
    en: "Establishment workers reached out of the estimated number of workers in the place's establishments (the latest estimate not after the period)."
  },
  formula: F.coverage(F.ref(ESTABLISHMENT_WORKERS_REACHED), "establishment_worker"),
  figures: fig("Nam Định 2017–2020: dịch vụ đến được hơn 80% người lao động", "Nam Định 2017–2020: services reached over 80% of workers")
})

export const NO_PERMANENT_RESIDENCE_PERSONS = make({
  code: "NO_PERMANENT_RESIDENCE_PERSONS",
  theme: "services",
  name: { vi: "Số người được tiếp cận không có hộ khẩu thường trú", en: "Persons reached without permanent residence" },
  definition: {
    vi: "Số người khác nhau được tiếp cận trong kỳ mà ở lượt dịch vụ được ghi nhận là tạm trú hoặc không đăng ký cư trú.",
    en: "Number of distinct persons reached in the period who were recorded at a contact with temporary or no registered residence."
  },
  formula: servicePersons("NO_PERMANENT_RESIDENCE_PERSONS", { where: { residence: ["temporary", "none"] } }),
  figures: fig("TP. Hồ Chí Minh 2014: hỗ trợ chỉ dành cho người có hộ khẩu thường trú", "Ho Chi Minh City 2014: support only for permanent residents")
})

export const NO_PERMANENT_RESIDENCE_SHARE = make({
  code: "NO_PERMANENT_RESIDENCE_SHARE",
  theme: "services",
  name: { vi: "Tỉ lệ người được tiếp cận không có hộ khẩu thường trú", en: "Share of persons reached without permanent residence" },
  definition: {
    vi: "Người được tiếp cận không có hộ khẩu thường trú trên tổng số người được tiếp cận trong kỳ (người chưa rõ tình trạng cư trú nằm ở mẫu số).",
    en: "Persons reached without permanent residence out of all persons reached in the period (persons of unknown residence are in the denominator)."
  },
  formula: F.share(F.ref(NO_PERMANENT_RESIDENCE_PERSONS), F.ref(PERSONS_REACHED))
})

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

export const GROUPS_ESTABLISHED = make({
  code: "GROUPS_ESTABLISHED",
  theme: "groups",
  name: { vi: "Số nhóm, câu lạc bộ được thành lập", en: "Groups and clubs established" },
  definition: { vi: "Số nhóm tự lực, nhóm đồng đẳng, câu lạc bộ có ngày thành lập trong kỳ.", en: "Number of self-help groups, peer groups and clubs established in the period." },
  formula: F.alsoReported(F.count("group"), "GROUPS_ESTABLISHED"),
  figures: fig(
    "Hải Phòng 2019–2020: 2 nhóm tự lực có đường dây nóng; dự án CARE 2014–2017: mỗi tỉnh một câu lạc bộ \"Chúng tôi là phụ nữ\"",
    "Hải Phòng 2019–2020: 2 self-help groups with a hotline; CARE project 2014–2017: one \"We are women\" club per province"
  )
})

export const GROUPS_ACTIVE = make({
  code: "GROUPS_ACTIVE",
  theme: "groups",
  name: { vi: "Số nhóm, câu lạc bộ hoạt động", en: "Active groups and clubs" },
  definition: { vi: "Số nhóm khác nhau tổ chức ít nhất một hoạt động trong kỳ.", en: "Number of distinct groups that held at least one activity in the period." },
  formula: F.distinct("activity", "groupId")
})

const activityType = (where: F.Where<"activity">): F.MeasureOptions<"activity"> => ({ where })

export const GROUP_SESSIONS = make({
  code: "GROUP_SESSIONS",
  theme: "groups",
  name: { vi: "Số buổi sinh hoạt nhóm", en: "Group sessions" },
  definition: { vi: "Số buổi sinh hoạt của các nhóm, câu lạc bộ trong kỳ.", en: "Number of group and club sessions held in the period." },
  formula: F.alsoReported(F.sum("activity", "sessions", activityType({ activityType: ["group_session"] })), "GROUP_SESSIONS"),
  figures: fig("Hải Phòng 2019–2020: 32 buổi", "Hải Phòng 2019–2020: 32 sessions")
})

export const GROUP_PARTICIPANT_CONTACTS = make({
  code: "GROUP_PARTICIPANT_CONTACTS",
  theme: "groups",
  name: { vi: "Lượt người tham gia sinh hoạt nhóm", en: "Group session participant contacts" },
  definition: { vi: "Tổng số lượt người tham dự các buổi sinh hoạt nhóm trong kỳ (một người dự nhiều buổi được tính nhiều lượt).", en: "Attendances summed over the group sessions of the period (a person attending several sessions counts several times)." },
  formula: F.alsoReported(F.sum("activity", "participantContacts", activityType({ activityType: ["group_session"] })), "GROUP_PARTICIPANT_CONTACTS"),
  figures: fig("Hải Phòng 2019–2020: 32 buổi × 20 người = 640 lượt", "Hải Phòng 2019–2020: 32 sessions × 20 participants = 640 participant contacts")
})

export const PARTICIPANTS_PER_SESSION = make({
  code: "PARTICIPANTS_PER_SESSION",
  theme: "groups",
  name: { vi: "Số người tham gia bình quân mỗi buổi sinh hoạt nhóm", en: "Average participants per group session" },
  definition: { vi: "Lượt người tham gia sinh hoạt nhóm chia cho số buổi sinh hoạt nhóm.", en: "Group session participant contacts divided by the number of group sessions." },
  formula: F.ratio(F.ref(GROUP_PARTICIPANT_CONTACTS), F.ref(GROUP_SESSIONS)),
  decimals: 1,
  figures: fig("Hải Phòng 2019–2020: 20 người mỗi buổi", "Hải Phòng 2019–2020: 20 participants per session")
})

// ---------------------------------------------------------------------------------------------
// Training, communication, workshops, dialogues
// ---------------------------------------------------------------------------------------------

const sessionsOf = (code: string, where: F.Where<"activity">) => F.alsoReported(F.sum("activity", "sessions", { where }), code)
const participantsOf = (code: string, where: F.Where<"activity">) =>
  F.alsoReported(F.sum("activity", "participantContacts", { where }), code)

export const TRAINING_SESSIONS = make({
  code: "TRAINING_SESSIONS",
  theme: "activities",
  name: { vi: "Số lớp tập huấn", en: "Training sessions" },
  definition: { vi: "Số lớp (buổi) tập huấn trong kỳ, theo đối tượng tham dự.", en: "Number of training classes (sessions) held in the period, by audience." },
  formula: sessionsOf("TRAINING_SESSIONS", { activityType: ["training"] }),
  figures: fig(
    "Quảng Ninh 2019: 4 lớp cho thành viên đội 178, 4 lớp cho giáo viên, 10 lớp cho đoàn viên, hội viên, 6 lớp ở cơ sở; Hải Phòng 2019–2020: 9 lớp tập huấn cán bộ; TP. Hồ Chí Minh 2014: 3 lớp cho người bán dâm và 1 lớp cho cán bộ; dự án CARE: tập huấn về bạo lực, kỳ thị cho cán bộ, công an, người cung cấp dịch vụ",
    "Quảng Ninh 2019: 4 classes for team 178 members, 4 teacher trainings, 10 classes for union members, 6 local classes; Hải Phòng 2019–2020: 9 staff trainings; Ho Chi Minh City 2014: 3 trainings for sex workers and 1 for staff; CARE project: trainings on violence and discrimination for officials, police and providers"
  )
})

export const TRAINEES = make({
  code: "TRAINEES",
  theme: "activities",
  name: { vi: "Lượt người được tập huấn", en: "Trainee contacts" },
  definition: { vi: "Tổng số lượt người dự các lớp tập huấn trong kỳ, theo đối tượng.", en: "Attendances summed over the trainings of the period, by audience." },
  formula: participantsOf("TRAINEES", { activityType: ["training"] }),
  figures: fig(
    "Quảng Ninh 2019: 269 thành viên đoàn kiểm tra, hơn 1.000 đại biểu, hơn 350 hội viên, 46 thành viên nòng cốt; TP. Hồ Chí Minh 2014: 40 người bán dâm và 30 cán bộ",
    "Quảng Ninh 2019: 269 inspection team members, 1,000+ delegates, 350+ members, 46 core members; Ho Chi Minh City 2014: 40 sex workers and 30 staff"
  )
})

export const COMMUNICATION_SESSIONS = make({
  code: "COMMUNICATION_SESSIONS",
  theme: "activities",
  name: { vi: "Số buổi truyền thông cộng đồng", en: "Community communication sessions" },
  definition: { vi: "Số buổi truyền thông tại cộng đồng trong kỳ.", en: "Number of community communication sessions held in the period." },
  formula: sessionsOf("COMMUNICATION_SESSIONS", { activityType: ["communication_session"] }),
  figures: fig("Hải Phòng 2019–2020: 8 buổi; Quảng Ninh 2019: 8 hội thảo, hội nghị tuyên truyền", "Hải Phòng 2019–2020: 8 sessions; Quảng Ninh 2019: 8 communication workshops and meetings")
})

export const COMMUNICATION_AUDIENCE = make({
  code: "COMMUNICATION_AUDIENCE",
  theme: "activities",
  name: { vi: "Lượt người được truyền thông", en: "Communication audience contacts" },
  definition: { vi: "Tổng số lượt người dự các buổi truyền thông cộng đồng trong kỳ.", en: "Attendances summed over the community communication sessions of the period." },
  formula: participantsOf("COMMUNICATION_AUDIENCE", { activityType: ["communication_session"] }),
  figures: fig(
    "Quảng Ninh 2019: 8 hội thảo, hội nghị tuyên truyền cho hơn 2.000 lượt người dân; Nam Định 2016–2020: 22.451 lượt phụ nữ",
    "Quảng Ninh 2019: 8 communication workshops and meetings for 2,000+ resident contacts; Nam Định 2016–2020: 22,451 women"
  )
})

export const MATERIALS = make({
  code: "MATERIALS",
  theme: "activities",
  name: { vi: "Số sản phẩm truyền thông", en: "Communication materials" },
  definition: {
    vi: "Số tài liệu, sản phẩm truyền thông được phát hành hoặc phát sóng trong kỳ (bản tin, lượt phát thanh, bài viết, tạp chí, sổ tay…), theo loại hoạt động.",
    en: "Number of materials and media items distributed or broadcast in the period (bulletins, radio broadcasts, articles, magazines, handbooks…), by activity type."
  },
  formula: F.alsoReported(F.sum("activity", "outputs"), "MATERIALS"),
  figures: fig(
    "Quảng Ninh 2019: hơn 50 bản tin, 250 lượt phát thanh, hơn 500 bài viết, hơn 1.500 tạp chí, 250 cuốn sổ tay",
    "Quảng Ninh 2019: 50+ bulletins, 250 radio broadcasts, 500+ articles, 1,500+ magazines, 250 handbooks"
  )
})

export const WORKSHOPS = make({
  code: "WORKSHOPS",
  theme: "activities",
  name: { vi: "Số hội thảo", en: "Workshops" },
  definition: { vi: "Số hội thảo (kết nối dịch vụ, với chủ cơ sở, đồng đẳng…) trong kỳ.", en: "Number of workshops (provider linkage, with owners, with peers…) held in the period." },
  formula: sessionsOf("WORKSHOPS", { activityType: ["workshop"] }),
  figures: fig(
    "Hải Phòng 2019–2020: 2 hội thảo kết nối dịch vụ; Quảng Ninh 2019: 1 hội thảo với người cung cấp dịch vụ, 3 hội thảo giữa chủ cơ sở và nhóm đồng đẳng, 4 hội thảo nhóm với người cung cấp dịch vụ",
    "Hải Phòng 2019–2020: 2 provider-linkage workshops; Quảng Ninh 2019: 1 provider workshop, 3 owner/peer workshops, 4 provider workshops"
  )
})

export const WORKSHOP_PARTICIPANTS = make({
  code: "WORKSHOP_PARTICIPANTS",
  theme: "activities",
  name: { vi: "Lượt người dự hội thảo", en: "Workshop participant contacts" },
  definition: { vi: "Tổng số lượt người dự các hội thảo trong kỳ.", en: "Attendances summed over the workshops of the period." },
  formula: participantsOf("WORKSHOP_PARTICIPANTS", { activityType: ["workshop"] }),
  figures: fig("Quảng Ninh 2019: 60, 70 và 166 lượt", "Quảng Ninh 2019: 60, 70 and 166 contacts")
})

export const DIALOGUES = make({
  code: "DIALOGUES",
  theme: "activities",
  name: { vi: "Số buổi đối thoại", en: "Dialogues" },
  definition: { vi: "Số buổi đối thoại (ba bên, với chính quyền, với chủ cơ sở…) trong kỳ.", en: "Number of dialogues (three-party, with authorities, with owners…) held in the period." },
  formula: sessionsOf("DIALOGUES", { activityType: ["dialogue"] }),
  figures: fig("Quảng Ninh 2019: 1 buổi đối thoại ba bên", "Quảng Ninh 2019: 1 three-party dialogue")
})

export const DIALOGUE_PARTICIPANTS = make({
  code: "DIALOGUE_PARTICIPANTS",
  theme: "activities",
  name: { vi: "Lượt người dự đối thoại", en: "Dialogue participant contacts" },
  definition: { vi: "Tổng số lượt người dự các buổi đối thoại trong kỳ.", en: "Attendances summed over the dialogues of the period." },
  formula: participantsOf("DIALOGUE_PARTICIPANTS", { activityType: ["dialogue"] })
})

export const LEGAL_SESSIONS = make({
  code: "LEGAL_SESSIONS",
  theme: "activities",
  name: { vi: "Số buổi tư vấn pháp luật cộng đồng", en: "Legal information sessions" },
  definition: { vi: "Số buổi tư vấn, phổ biến pháp luật tại cộng đồng trong kỳ.", en: "Number of community legal information sessions held in the period." },
  formula: sessionsOf("LEGAL_SESSIONS", { activityType: ["legal_session"] }),
  figures: fig("Quảng Ninh 2019: 6 buổi tại 6 phường", "Quảng Ninh 2019: 6 sessions in 6 wards")
})

export const LEGAL_SESSION_PARTICIPANTS = make({
  code: "LEGAL_SESSION_PARTICIPANTS",
  theme: "activities",
  name: { vi: "Lượt người dự tư vấn pháp luật cộng đồng", en: "Legal information session participant contacts" },
  definition: { vi: "Tổng số lượt người dự các buổi tư vấn pháp luật cộng đồng trong kỳ.", en: "Attendances summed over the legal information sessions of the period." },
  formula: participantsOf("LEGAL_SESSION_PARTICIPANTS", { activityType: ["legal_session"] }),
  figures: fig("Quảng Ninh 2019: hơn 300 lượt", "Quảng Ninh 2019: 300+ contacts")
})

export const HEALTH_CHECK_DAYS = make({
  code: "HEALTH_CHECK_DAYS",
  theme: "activities",
  name: { vi: "Số ngày khám sức khỏe sinh sản", en: "Reproductive-health check-up days" },
  definition: { vi: "Số ngày khám sức khỏe sinh sản, bệnh lây truyền qua đường tình dục lưu động trong kỳ.", en: "Number of reproductive-health and STI check-up days held in the period." },
  formula: sessionsOf("HEALTH_CHECK_DAYS", { activityType: ["health_check_day"] }),
  figures: fig("Hải Phòng 2019–2020: 8 ngày", "Hải Phòng 2019–2020: 8 days")
})

export const HEALTH_CHECK_DAY_CONTACTS = make({
  code: "HEALTH_CHECK_DAY_CONTACTS",
  theme: "activities",
  name: { vi: "Lượt người được khám trong các ngày khám", en: "Check-up day contacts" },
  definition: { vi: "Tổng số lượt người được khám trong các ngày khám sức khỏe của kỳ.", en: "Persons examined, summed over the check-up days of the period (contacts)." },
  formula: participantsOf("HEALTH_CHECK_DAY_CONTACTS", { activityType: ["health_check_day"] }),
  figures: fig("Hải Phòng 2019–2020: hơn 200 lượt", "Hải Phòng 2019–2020: 200+ contacts")
})

export const VOCATIONAL_COURSES = make({
  code: "VOCATIONAL_COURSES",
  theme: "activities",
  name: { vi: "Số lớp dạy nghề, kỹ năng", en: "Vocational and skills courses" },
  definition: { vi: "Số lớp dạy nghề, kỹ năng được tổ chức trong kỳ.", en: "Number of vocational and skills classes held in the period." },
  formula: sessionsOf("VOCATIONAL_COURSES", { activityType: ["vocational_course"] })
})

export const VOCATIONAL_COURSE_PARTICIPANTS = make({
  code: "VOCATIONAL_COURSE_PARTICIPANTS",
  theme: "activities",
  name: { vi: "Lượt người học nghề, kỹ năng", en: "Vocational and skills course participant contacts" },
  definition: { vi: "Tổng số lượt người dự các lớp dạy nghề, kỹ năng trong kỳ.", en: "Attendances summed over the vocational and skills classes of the period." },
  formula: participantsOf("VOCATIONAL_COURSE_PARTICIPANTS", { activityType: ["vocational_course"] }),
  figures: fig("Quảng Ninh 2019: lớp pha chế cho 12 người, tập huấn kỹ năng cho 90 lượt", "Quảng Ninh 2019: bartending course for 12, skills training for 90 contacts")
})

export const JOB_FAIRS = make({
  code: "JOB_FAIRS",
  theme: "activities",
  name: { vi: "Số phiên giao dịch việc làm", en: "Job fairs" },
  definition: { vi: "Số phiên giao dịch việc làm (kể cả lưu động) trong kỳ.", en: "Number of job fairs (mobile ones included) held in the period." },
  formula: sessionsOf("JOB_FAIRS", { activityType: ["job_fair"] }),
  figures: fig("Nam Định: 1 phiên giao dịch việc làm lưu động", "Nam Định: 1 mobile job fair")
})

export const ACTIVITY_SITES = make({
  code: "ACTIVITY_SITES",
  theme: "activities",
  name: { vi: "Số địa bàn có hoạt động", en: "Places with activities" },
  definition: {
    vi: "Số đơn vị hành chính khác nhau (xã, phường, hoặc cấp được ghi) nơi có ít nhất một hoạt động trong kỳ, theo mô hình.",
    en: "Number of distinct administrative units (communes, wards, or the level recorded) where at least one activity was held in the period, by model."
  },
  formula: F.distinct("activity", "unitId"),
  figures: fig("Quảng Ninh 2019: mô hình phát huy sức mạnh cộng đồng tại 8 phường", "Quảng Ninh 2019: community-power model in 8 wards")
})

// ---------------------------------------------------------------------------------------------
// Inspections
// ---------------------------------------------------------------------------------------------

export const INSPECTION_ROUNDS = make({
  code: "INSPECTION_ROUNDS",
  theme: "inspections",
  name: { vi: "Số đợt kiểm tra", en: "Inspection rounds" },
  definition: { vi: "Số đợt kiểm tra khác nhau có ít nhất một lượt kiểm tra cơ sở trong kỳ.", en: "Number of distinct inspection rounds with at least one establishment-visit in the period." },
  formula: F.alsoReported(F.distinct("inspectionVisit", "roundId"), "INSPECTION_ROUNDS"),
  figures: fig("Quảng Ninh 2019: 51 đợt", "Quảng Ninh 2019: 51 rounds")
})

export const INSPECTION_VISITS = make({
  code: "INSPECTION_VISITS",
  theme: "inspections",
  name: { vi: "Lượt cơ sở được kiểm tra", en: "Establishment-visits" },
  definition: { vi: "Số lượt kiểm tra cơ sở kinh doanh dịch vụ trong kỳ; một cơ sở kiểm tra hai lần là hai lượt.", en: "Number of establishment-visits in the period; an establishment inspected twice is two visits." },
  formula: F.alsoReported(F.count("inspectionVisit"), "INSPECTION_VISITS"),
  figures: fig("Quảng Ninh 2019: 445 lượt cơ sở", "Quảng Ninh 2019: 445 establishment-visits")
})

export const ESTABLISHMENTS_INSPECTED = make({
  code: "ESTABLISHMENTS_INSPECTED",
  theme: "inspections",
  name: { vi: "Số cơ sở được kiểm tra", en: "Establishments inspected" },
  definition: { vi: "Số cơ sở khác nhau được kiểm tra ít nhất một lần trong kỳ.", en: "Number of distinct establishments inspected at least once in the period." },
  formula: F.alsoReported(F.distinct("inspectionVisit", "establishmentId"), "ESTABLISHMENTS_INSPECTED")
})

export const AT_RISK_ESTABLISHMENTS_INSPECTED = make({
  code: "AT_RISK_ESTABLISHMENTS_INSPECTED",
  theme: "inspections",
  name: { vi: "Số cơ sở dễ phát sinh tệ nạn được kiểm tra", en: "At-risk establishments inspected" },
  definition: {
    vi: "Số cơ sở khác nhau thuộc danh sách cơ sở dễ phát sinh tệ nạn mại dâm được kiểm tra ít nhất một lần trong kỳ.",
    en: "Number of distinct establishments on the list of establishments prone to prostitution inspected at least once in the period."
  },
  formula: F.alsoReported(F.distinct("inspectionVisit", "establishmentId", { where: { atRisk: ["true"] } }), "AT_RISK_ESTABLISHMENTS_INSPECTED")
})

export const ESTABLISHMENTS_AT_RISK = make({
  code: "ESTABLISHMENTS_AT_RISK",
  theme: "inspections",
  name: { vi: "Số cơ sở dễ phát sinh tệ nạn mại dâm", en: "Establishments prone to prostitution" },
  definition: {
    vi: "Số cơ sở trong danh sách cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm. Danh sách ghi trong hệ thống là danh sách hiện hành, dùng cho mọi kỳ; số liệu báo cáo theo kỳ được ưu tiên theo quy tắc của báo cáo.",
    en: "Number of establishments on the list of service establishments prone to prostitution. The list kept in the system is the current one, used for every period; values reported for a period follow the report's precedence rule."
  },
  formula: F.alsoReported(F.count("establishment", { where: { atRisk: ["true"] } }), "ESTABLISHMENTS_AT_RISK"),
  figures: fig("Hải Phòng: 2.609 cơ sở", "Hải Phòng: 2,609 establishments")
})

export const INSPECTION_COVERAGE = make({
  code: "INSPECTION_COVERAGE",
  theme: "inspections",
  name: { vi: "Tỉ lệ cơ sở dễ phát sinh tệ nạn được kiểm tra", en: "Inspection coverage of at-risk establishments" },
  definition: {
    vi: "Số cơ sở dễ phát sinh tệ nạn được kiểm tra trên tổng số cơ sở trong danh sách. Chương trình yêu cầu ít nhất 20% mỗi năm.",
    en: "At-risk establishments inspected out of all establishments on the list. The programme asks for at least 20% a year."
  },
  formula: F.share(F.ref(AT_RISK_ESTABLISHMENTS_INSPECTED), F.ref(ESTABLISHMENTS_AT_RISK)),
  benchmark: {
    atLeast: 20,
    periodKind: "year",
    basis: { vi: "Chương trình phòng, chống mại dâm: kiểm tra ít nhất 20% cơ sở mỗi năm", en: "Prostitution prevention programme: inspect at least 20% of establishments a year" }
  }
})

export const INSPECTION_VIOLATIONS = make({
  code: "INSPECTION_VIOLATIONS",
  theme: "inspections",
  name: { vi: "Lượt cơ sở vi phạm bị xử phạt", en: "Visits ending with a violation" },
  definition: { vi: "Số lượt kiểm tra kết thúc bằng biên bản vi phạm và xử phạt.", en: "Number of establishment-visits that ended with a violation record and a fine." },
  formula: F.alsoReported(F.count("inspectionVisit", { where: { outcome: ["violation"] } }), "INSPECTION_VIOLATIONS"),
  figures: fig("Quảng Ninh 2019: 41 cơ sở bị xử phạt", "Quảng Ninh 2019: 41 establishments fined")
})

export const INSPECTION_REMINDERS = make({
  code: "INSPECTION_REMINDERS",
  theme: "inspections",
  name: { vi: "Lượt cơ sở bị nhắc nhở", en: "Visits ending with a reminder" },
  definition: { vi: "Số lượt kiểm tra kết thúc bằng nhắc nhở.", en: "Number of establishment-visits that ended with a reminder." },
  formula: F.alsoReported(F.count("inspectionVisit", { where: { outcome: ["reminder"] } }), "INSPECTION_REMINDERS"),
  figures: fig("Quảng Ninh 2019: 308 lượt", "Quảng Ninh 2019: 308 visits")
})

export const VIOLATION_RATE = make({
  code: "VIOLATION_RATE",
  theme: "inspections",
  name: { vi: "Tỉ lệ lượt kiểm tra phát hiện vi phạm", en: "Violation rate" },
  definition: { vi: "Lượt cơ sở vi phạm bị xử phạt trên tổng lượt cơ sở được kiểm tra.", en: "Visits ending with a violation out of all establishment-visits." },
  formula: F.share(F.ref(INSPECTION_VIOLATIONS), F.ref(INSPECTION_VISITS)),
  figures: fig("Quảng Ninh 2019: 41 / 445 = 9,2%", "Quảng Ninh 2019: 41 / 445 = 9.2%")
})

export const ESTABLISHMENTS_FINED = make({
  code: "ESTABLISHMENTS_FINED",
  theme: "inspections",
  name: { vi: "Số cơ sở bị xử phạt", en: "Establishments fined" },
  definition: { vi: "Số cơ sở khác nhau có ít nhất một lượt kiểm tra vi phạm bị xử phạt trong kỳ.", en: "Number of distinct establishments with at least one visit ending with a violation in the period." },
  formula: F.alsoReported(F.distinct("inspectionVisit", "establishmentId", { where: { outcome: ["violation"] } }), "ESTABLISHMENTS_FINED"),
  figures: fig("Quảng Ninh 2019: 41 cơ sở", "Quảng Ninh 2019: 41 establishments")
})

export const FINES = make({
  code: "FINES",
  theme: "inspections",
  name: { vi: "Tổng tiền xử phạt", en: "Fines" },
  definition: { vi: "Tổng số tiền phạt của các lượt kiểm tra vi phạm trong kỳ, đồng.", en: "Total fines of the visits ending with a violation in the period, in VND." },
  formula: F.alsoReported(F.sum("inspectionVisit", "fine"), "FINES"),
  contributors: "establishmentId",
  figures: fig("Quảng Ninh 2019: 135,8 triệu đồng", "Quảng Ninh 2019: 135.8 million VND")
})

export const AVERAGE_FINE = make({
  code: "AVERAGE_FINE",
  theme: "inspections",
  name: { vi: "Mức phạt bình quân", en: "Average fine" },
  definition: { vi: "Tổng tiền xử phạt chia cho số lượt vi phạm bị xử phạt.", en: "Total fines divided by the number of visits ending with a violation." },
  formula: F.perUnit(F.ref(FINES), F.ref(INSPECTION_VIOLATIONS)),
  figures: fig("Quảng Ninh 2019: 135,8 triệu / 41 ≈ 3,31 triệu đồng", "Quảng Ninh 2019: 135.8 M / 41 ≈ 3.31 M VND")
})

// ---------------------------------------------------------------------------------------------
// Police (reported aggregates)
// ---------------------------------------------------------------------------------------------

const police = <U extends "cases" | "persons" | "count">(
  code: string,
  unit: U,
  name: { vi: string; en: string },
  definition: { vi: string; en: string },
  figures: { vi: string; en: string }
) => make({ code, theme: "police", name, definition, formula: F.reported(code, unit), figures })

export const POLICE_CASES = police(
  "POLICE_CASES",
  "cases",
  { vi: "Số vụ phát hiện, triệt phá", en: "Cases busted" },
  { vi: "Số vụ mua bán dâm, chứa mại dâm, môi giới mại dâm bị công an phát hiện, triệt phá trong kỳ (số liệu công an).", en: "Prostitution cases busted by the police in the period (police statistics)." },
  fig("Hải Phòng: 56 vụ", "Hải Phòng: 56 cases")
)

export const POLICE_ARRESTS = police(
  "POLICE_ARRESTS",
  "persons",
  { vi: "Số đối tượng bị bắt giữ", en: "Persons arrested" },
  { vi: "Số lượt đối tượng bị bắt giữ trong các vụ án trong kỳ (số liệu công an, cộng dồn được theo kỳ).", en: "Persons arrested in the cases of the period (police statistics, which add up over periods)." },
  fig("Hải Phòng: 292 đối tượng", "Hải Phòng: 292 persons")
)

export const POLICE_SPECIAL_PROJECTS = police(
  "POLICE_SPECIAL_PROJECTS",
  "count",
  { vi: "Số chuyên án", en: "Special projects" },
  { vi: "Số chuyên án về mại dâm được xác lập, đấu tranh trong kỳ (số liệu công an).", en: "Special investigation projects (chuyên án) on prostitution in the period (police statistics)." },
  fig("Hải Phòng: 32 chuyên án", "Hải Phòng: 32 special projects")
)

export const POLICE_PROSECUTED_CASES = police(
  "POLICE_PROSECUTED_CASES",
  "cases",
  { vi: "Số vụ khởi tố", en: "Cases prosecuted" },
  { vi: "Số vụ án được khởi tố trong kỳ (số liệu công an).", en: "Cases prosecuted in the period (police statistics)." },
  fig("Hải Phòng: 52 vụ", "Hải Phòng: 52 cases")
)

export const POLICE_DEFENDANTS = police(
  "POLICE_DEFENDANTS",
  "persons",
  { vi: "Số bị can", en: "Defendants" },
  { vi: "Số bị can bị khởi tố trong kỳ (số liệu công an).", en: "Defendants charged in the period (police statistics)." },
  fig("Hải Phòng: 58 bị can", "Hải Phòng: 58 defendants")
)

export const POLICE_SANCTIONS = police(
  "POLICE_SANCTIONS",
  "persons",
  { vi: "Số người mua, bán dâm bị xử phạt hành chính", en: "Buyers and sellers administratively sanctioned" },
  { vi: "Số người mua dâm, bán dâm bị xử phạt vi phạm hành chính trong kỳ (số liệu công an).", en: "Buyers and sellers of sex given an administrative sanction in the period (police statistics)." },
  fig("Hải Phòng: 220 người", "Hải Phòng: 220 persons")
)

export const ARRESTS_PER_CASE = make({
  code: "ARRESTS_PER_CASE",
  theme: "police",
  name: { vi: "Số đối tượng bị bắt giữ bình quân mỗi vụ", en: "Arrests per case" },
  definition: { vi: "Số đối tượng bị bắt giữ chia cho số vụ phát hiện, triệt phá.", en: "Persons arrested divided by cases busted." },
  formula: F.ratio(F.ref(POLICE_ARRESTS), F.ref(POLICE_CASES)),
  figures: fig("Hải Phòng: 292 / 56 ≈ 5,21", "Hải Phòng: 292 / 56 ≈ 5.21")
})

export const PROSECUTION_RATE = make({
  code: "PROSECUTION_RATE",
  theme: "police",
  name: { vi: "Tỉ lệ vụ được khởi tố", en: "Prosecution rate" },
  definition: { vi: "Số vụ khởi tố trên số vụ phát hiện, triệt phá.", en: "Cases prosecuted out of cases busted." },
  formula: F.share(F.ref(POLICE_PROSECUTED_CASES), F.ref(POLICE_CASES)),
  figures: fig("Hải Phòng: 52 / 56 ≈ 92,9%", "Hải Phòng: 52 / 56 ≈ 92.9%")
})

export const DEFENDANTS_PER_CASE = make({
  code: "DEFENDANTS_PER_CASE",
  theme: "police",
  name: { vi: "Số bị can bình quân mỗi vụ khởi tố", en: "Defendants per prosecuted case" },
  definition: { vi: "Số bị can chia cho số vụ khởi tố.", en: "Defendants divided by cases prosecuted." },
  formula: F.ratio(F.ref(POLICE_DEFENDANTS), F.ref(POLICE_PROSECUTED_CASES)),
  figures: fig("Hải Phòng: 58 / 52 ≈ 1,12", "Hải Phòng: 58 / 52 ≈ 1.12")
})

// ---------------------------------------------------------------------------------------------
// Budget and spending
// ---------------------------------------------------------------------------------------------

const publicSpending = fig(
  "Dự toán và quyết toán ngân sách của chương trình được công khai theo Luật Ngân sách nhà nước; số tiền không nói gì về một người",
  "A public programme's budget and spending are disclosed under the State Budget Law; the amount says nothing about anyone"
)

export const BUDGET = make({
  code: "BUDGET",
  theme: "finance",
  name: { vi: "Kinh phí được giao", en: "Budget" },
  definition: { vi: "Tổng dự toán kinh phí của các năm trong kỳ, theo nguồn, đồng.", en: "Total budget of the years in the period, by funding source, in VND." },
  formula: F.alsoReported(F.sum("budget", "amount"), "BUDGET"),
  publicAmount: publicSpending,
  figures: fig("Hải Phòng 2019–2020: 900 triệu đồng = 300 triệu (2019) + 600 triệu (2020)", "Hải Phòng 2019–2020: 900 M VND = 300 M (2019) + 600 M (2020)")
})

export const SPENDING = make({
  code: "SPENDING",
  theme: "finance",
  name: { vi: "Kinh phí đã chi", en: "Spending" },
  definition: { vi: "Tổng số tiền đã chi trong kỳ, theo nội dung chi và nguồn, đồng.", en: "Total amount spent in the period, by expense category and funding source, in VND." },
  formula: F.alsoReported(F.sum("expenditure", "amount"), "SPENDING"),
  publicAmount: publicSpending,
  figures: fig(
    "Quảng Ninh 2019: 20 triệu đồng trang thiết bị cho phòng khám; TP. Hồ Chí Minh 2014: 45 triệu đồng hỗ trợ học nghề",
    "Quảng Ninh 2019: 20 M VND of clinic equipment; Ho Chi Minh City 2014: 45 M VND of vocational support"
  )
})

export const EXECUTION_RATE = make({
  code: "EXECUTION_RATE",
  theme: "finance",
  name: { vi: "Tỉ lệ giải ngân", en: "Budget execution rate" },
  definition: { vi: "Kinh phí đã chi trên kinh phí được giao của cùng kỳ.", en: "Amount spent out of the budget of the same period." },
  formula: F.percent(F.ref(SPENDING), F.ref(BUDGET))
})

export const COST_PER_PERSON_REACHED = make({
  code: "COST_PER_PERSON_REACHED",
  theme: "finance",
  name: { vi: "Chi phí bình quân mỗi người được tiếp cận", en: "Cost per person reached" },
  definition: { vi: "Kinh phí đã chi chia cho số người được tiếp cận trong cùng kỳ.", en: "Amount spent divided by the persons reached in the same period." },
  formula: F.perUnit(F.ref(SPENDING), F.ref(PERSONS_REACHED))
})

export const VOCATIONAL_SPENDING = make({
  code: "VOCATIONAL_SPENDING",
  theme: "finance",
  name: { vi: "Kinh phí hỗ trợ học nghề", en: "Vocational training spending" },
  definition: { vi: "Tổng số tiền đã chi cho hỗ trợ học nghề trong kỳ, đồng.", en: "Total amount spent on vocational training support in the period, in VND." },
  formula: F.alsoReported(F.sum("expenditure", "amount", { where: { category: ["vocational_training"] } }), "VOCATIONAL_SPENDING"),
  publicAmount: publicSpending,
  figures: fig("TP. Hồ Chí Minh 2014: 45 triệu đồng cho 15 phụ nữ", "Ho Chi Minh City 2014: 45 M VND for 15 women")
})

export const BENEFICIARIES = make({
  code: "BENEFICIARIES",
  theme: "finance",
  name: { vi: "Số người thụ hưởng các khoản chi", en: "Beneficiaries of spending" },
  definition: { vi: "Tổng số người thụ hưởng ghi trên các khoản chi của kỳ, theo nội dung chi.", en: "Beneficiaries recorded on the expenditures of the period, summed, by expense category." },
  formula: F.sum("expenditure", "beneficiaries")
})

export const VOCATIONAL_BENEFICIARIES = make({
  code: "VOCATIONAL_BENEFICIARIES",
  theme: "finance",
  name: { vi: "Số người được cấp kinh phí học nghề", en: "Persons given vocational funding" },
  definition: {
    vi: "Tổng số người thụ hưởng ghi trên các khoản chi hỗ trợ học nghề của kỳ (người học các khóa miễn phí không tính).",
    en: "Beneficiaries recorded on the vocational training expenditures of the period, summed (persons on free courses are not counted)."
  },
  formula: F.alsoReported(F.sum("expenditure", "beneficiaries", { where: { category: ["vocational_training"] } }), "VOCATIONAL_BENEFICIARIES"),
  figures: fig("TP. Hồ Chí Minh 2014: 15 phụ nữ", "Ho Chi Minh City 2014: 15 women")
})

export const COST_PER_PERSON_TRAINED = make({
  code: "COST_PER_PERSON_TRAINED",
  theme: "finance",
  name: { vi: "Kinh phí học nghề bình quân mỗi người", en: "Vocational spending per person trained" },
  definition: {
    vi: "Kinh phí hỗ trợ học nghề chia cho số người được cấp kinh phí học nghề trong cùng kỳ — đơn vị của định mức (mỗi người mỗi khóa học).",
    en: "Vocational training spending divided by the persons it funded in the same period — the unit of the norm (per person per course)."
  },
  formula: F.perUnit(F.ref(VOCATIONAL_SPENDING), F.ref(VOCATIONAL_BENEFICIARIES)),
  figures: fig("TP. Hồ Chí Minh 2014: 45 triệu / 15 = 3 triệu đồng mỗi người", "Ho Chi Minh City 2014: 45 M / 15 = 3 M VND per person")
})

export const COST_PER_PERSON_TRAINED_VS_NORM = make({
  code: "COST_PER_PERSON_TRAINED_VS_NORM",
  theme: "finance",
  name: { vi: "Chi phí học nghề mỗi người so với định mức", en: "Vocational spending per person against the norm" },
  definition: {
    vi: "Chi phí học nghề bình quân mỗi người so với định mức hỗ trợ học nghề có hiệu lực cuối kỳ; trên 100% là chi vượt định mức.",
    en: "Vocational spending per person trained as a percentage of the vocational training cost norm in force at the end of the period; above 100% is spending over the norm."
  },
  formula: F.normComparison(F.ref(COST_PER_PERSON_TRAINED), "vocational_training"),
  figures: fig("TP. Hồ Chí Minh 2014: 3 triệu so với định mức 2 triệu = 150%, vượt định mức", "Ho Chi Minh City 2014: 3 M against the 2 M norm = 150%, over the norm")
})

// ---------------------------------------------------------------------------------------------
// Plans, targets and organisation
// ---------------------------------------------------------------------------------------------

const planning = (code: string, name: { vi: string; en: string }, definition: { vi: string; en: string }, figures?: { vi: string; en: string }) =>
  make({
    code,
    theme: "planning",
    name,
    definition,
    formula: F.reported(code, "adminUnits", { additive: false }),
    ...(figures === undefined ? {} : { figures })
  })

export const DISTRICTS_WITH_PLAN = planning(
  "DISTRICTS_WITH_PLAN",
  { vi: "Số huyện có kế hoạch", en: "Districts with a plan" },
  { vi: "Số đơn vị cấp huyện đã ban hành kế hoạch phòng, chống mại dâm của kỳ (số liệu báo cáo).", en: "Districts that issued a prostitution prevention plan for the period (reported)." },
  fig("Quảng Ninh 2019: 14/14 huyện", "Quảng Ninh 2019: 14 of 14 districts")
)
export const DISTRICTS_WITH_TEAM = planning(
  "DISTRICTS_WITH_TEAM",
  { vi: "Số huyện đã kiện toàn đoàn kiểm tra liên ngành", en: "Districts with a consolidated inspection team" },
  { vi: "Số đơn vị cấp huyện đã kiện toàn đoàn kiểm tra liên ngành 178 (số liệu báo cáo).", en: "Districts that consolidated their inter-agency inspection team 178 (reported)." },
  fig("Quảng Ninh 2019: 8/14 huyện", "Quảng Ninh 2019: 8 of 14 districts")
)
export const COMMUNES_WITH_PLAN = planning(
  "COMMUNES_WITH_PLAN",
  { vi: "Số xã có kế hoạch", en: "Communes with a plan" },
  { vi: "Số đơn vị cấp xã đã ban hành kế hoạch phòng, chống mại dâm của kỳ (số liệu báo cáo).", en: "Communes that issued a prostitution prevention plan for the period (reported)." }
)
export const COMMUNES_WITH_TEAM = planning(
  "COMMUNES_WITH_TEAM",
  { vi: "Số xã đã kiện toàn đội kiểm tra", en: "Communes with a consolidated inspection team" },
  { vi: "Số đơn vị cấp xã đã kiện toàn đội kiểm tra liên ngành (số liệu báo cáo).", en: "Communes that consolidated their inter-agency inspection team (reported)." }
)

export const DISTRICTS = make({
  code: "DISTRICTS",
  theme: "planning",
  name: { vi: "Số huyện của địa bàn", en: "Districts of the place" },
  definition: {
    vi: "Số đơn vị cấp huyện của địa bàn: số liệu báo cáo nếu có, nếu không thì theo danh mục đơn vị hành chính vào cuối kỳ.",
    en: "Number of districts of the place: the reported number where there is one, else the administrative units in force at the end of the period."
  },
  formula: F.firstOf(F.reported("DISTRICTS", "adminUnits", { additive: false }), F.unitCount("district"))
})

export const COMMUNES = make({
  code: "COMMUNES",
  theme: "planning",
  name: { vi: "Số xã của địa bàn", en: "Communes of the place" },
  definition: {
    vi: "Số đơn vị cấp xã của địa bàn: số liệu báo cáo nếu có, nếu không thì theo danh mục đơn vị hành chính vào cuối kỳ.",
    en: "Number of communes of the place: the reported number where there is one, else the administrative units in force at the end of the period."
  },
  formula: F.firstOf(F.reported("COMMUNES", "adminUnits", { additive: false }), F.unitCount("commune"))
})

export const DISTRICTS_WITH_PLAN_SHARE = make({
  code: "DISTRICTS_WITH_PLAN_SHARE",
  theme: "planning",
  name: { vi: "Tỉ lệ huyện có kế hoạch", en: "Share of districts with a plan" },
  definition: { vi: "Số huyện có kế hoạch trên số huyện của địa bàn.", en: "Districts with a plan out of the districts of the place." },
  formula: F.share(F.ref(DISTRICTS_WITH_PLAN), F.ref(DISTRICTS)),
  figures: fig("Quảng Ninh 2019: 14/14 = 100%", "Quảng Ninh 2019: 14 / 14 = 100%")
})

export const DISTRICTS_WITH_TEAM_SHARE = make({
  code: "DISTRICTS_WITH_TEAM_SHARE",
  theme: "planning",
  name: { vi: "Tỉ lệ huyện đã kiện toàn đoàn kiểm tra", en: "Share of districts with a consolidated inspection team" },
  definition: { vi: "Số huyện đã kiện toàn đoàn kiểm tra liên ngành trên số huyện của địa bàn.", en: "Districts with a consolidated inspection team out of the districts of the place." },
  formula: F.share(F.ref(DISTRICTS_WITH_TEAM), F.ref(DISTRICTS)),
  figures: fig("Quảng Ninh 2019: 8/14 ≈ 57,1%", "Quảng Ninh 2019: 8 / 14 ≈ 57.1%")
})

export const COMMUNES_WITH_PLAN_SHARE = make({
  code: "COMMUNES_WITH_PLAN_SHARE",
  theme: "planning",
  name: { vi: "Tỉ lệ xã có kế hoạch", en: "Share of communes with a plan" },
  definition: { vi: "Số xã có kế hoạch trên số xã của địa bàn.", en: "Communes with a plan out of the communes of the place." },
  formula: F.share(F.ref(COMMUNES_WITH_PLAN), F.ref(COMMUNES))
})

export const COMMUNES_WITH_TEAM_SHARE = make({
  code: "COMMUNES_WITH_TEAM_SHARE",
  theme: "planning",
  name: { vi: "Tỉ lệ xã đã kiện toàn đội kiểm tra", en: "Share of communes with a consolidated inspection team" },
  definition: { vi: "Số xã đã kiện toàn đội kiểm tra liên ngành trên số xã của địa bàn.", en: "Communes with a consolidated inspection team out of the communes of the place." },
  formula: F.share(F.ref(COMMUNES_WITH_TEAM), F.ref(COMMUNES))
})

export const PERSONS_REACHED_VS_TARGET = make({
  code: "PERSONS_REACHED_VS_TARGET",
  theme: "planning",
  name: { vi: "Tỉ lệ đạt chỉ tiêu số người được tiếp cận", en: "Persons reached against the target" },
  definition: { vi: "Số người được tiếp cận trên chỉ tiêu của kỳ và địa bàn.", en: "Persons reached out of the target for the period and place." },
  formula: F.achievement(PERSONS_REACHED)
})

export const PERSONS_REACHED_VS_TARGET_TO_DATE = make({
  code: "PERSONS_REACHED_VS_TARGET_TO_DATE",
  theme: "planning",
  name: { vi: "Tỉ lệ đạt chỉ tiêu số người được tiếp cận tính đến ngày báo cáo", en: "Persons reached against the target to date" },
  definition: {
    vi: "Số người được tiếp cận trên chỉ tiêu của kỳ đã tính theo phần thời gian của kỳ đã qua đến ngày báo cáo.",
    en: "Persons reached out of the period's target pro-rated to the part of the period elapsed by the report's date."
  },
  formula: F.achievement(PERSONS_REACHED, { prorate: true })
})

export const CONTACTS_VS_TARGET = make({
  code: "CONTACTS_VS_TARGET",
  theme: "planning",
  name: { vi: "Tỉ lệ đạt chỉ tiêu lượt tiếp cận", en: "Contacts against the target" },
  definition: { vi: "Số lượt tiếp cận, hỗ trợ trên chỉ tiêu của kỳ và địa bàn.", en: "Service contacts out of the target for the period and place." },
  formula: F.achievement(CONTACTS)
})

// ---------------------------------------------------------------------------------------------
// Behavioural surveys (reported aggregates)
// ---------------------------------------------------------------------------------------------

const survey = (code: string, name: { vi: string; en: string }, definition: { vi: string; en: string }, figures?: { vi: string; en: string }) =>
  make({
    code,
    theme: "survey",
    name,
    definition,
    formula: F.reported(code, "persons", { additive: false }),
    disaggregations: ["ageBand", "population"],
    ...(figures === undefined ? {} : { figures })
  })

export const SURVEY_RESPONDENTS = survey(
  "SURVEY_RESPONDENTS",
  { vi: "Số người tham gia điều tra", en: "Survey respondents" },
  { vi: "Số người trả lời điều tra hành vi của kỳ (số liệu báo cáo).", en: "Respondents of the period's behavioural survey (reported)." },
  fig(
    "Nam Định: giám sát hành vi 186 phụ nữ tại Quất Lâm và Thịnh Long; TP. Hồ Chí Minh 2014: khảo sát 200 người bán dâm đường phố tại 6 quận",
    "Nam Định: behavioural surveillance of 186 women in Quất Lâm and Thịnh Long; Ho Chi Minh City 2014: survey of 200 street-based sex workers in 6 districts"
  )
)
export const SURVEY_CONDOM_LAST_CLIENT = survey(
  "SURVEY_CONDOM_LAST_CLIENT",
  { vi: "Số người dùng bao cao su với khách gần nhất", en: "Respondents who used a condom with their last client" },
  { vi: "Số người trả lời đã dùng bao cao su với khách gần nhất (số liệu báo cáo).", en: "Respondents who used a condom with their last client (reported)." }
)
export const SURVEY_TESTED_12M = survey(
  "SURVEY_TESTED_12M",
  { vi: "Số người xét nghiệm HIV trong 12 tháng qua", en: "Respondents tested for HIV in the last 12 months" },
  { vi: "Số người trả lời đã xét nghiệm HIV và biết kết quả trong 12 tháng qua (số liệu báo cáo).", en: "Respondents tested for HIV, who know the result, in the last 12 months (reported)." }
)
export const SURVEY_VIOLENCE = survey(
  "SURVEY_VIOLENCE",
  { vi: "Số người từng bị bạo lực", en: "Respondents who experienced violence" },
  { vi: "Số người trả lời từng bị bạo lực thể chất hoặc tình dục trong 12 tháng qua (số liệu báo cáo).", en: "Respondents who experienced physical or sexual violence in the last 12 months (reported)." }
)

const surveyShare = (code: string, part: typeof SURVEY_CONDOM_LAST_CLIENT, name: { vi: string; en: string }) =>
  make({
    code,
    theme: "survey",
    name,
    definition: {
      vi: `${part.name.vi} trên số người tham gia điều tra.`,
      en: `${part.name.en} out of all survey respondents.`
    },
    formula: F.share(F.ref(part), F.ref(SURVEY_RESPONDENTS))
  })

export const SURVEY_CONDOM_LAST_CLIENT_SHARE = surveyShare("SURVEY_CONDOM_LAST_CLIENT_SHARE", SURVEY_CONDOM_LAST_CLIENT, {
  vi: "Tỉ lệ dùng bao cao su với khách gần nhất",
  en: "Condom use with the last client"
})
export const SURVEY_TESTED_12M_SHARE = surveyShare("SURVEY_TESTED_12M_SHARE", SURVEY_TESTED_12M, {
  vi: "Tỉ lệ xét nghiệm HIV trong 12 tháng qua",
  en: "Tested for HIV in the last 12 months"
})
export const SURVEY_VIOLENCE_SHARE = surveyShare("SURVEY_VIOLENCE_SHARE", SURVEY_VIOLENCE, {
  vi: "Tỉ lệ từng bị bạo lực",
  en: "Experienced violence"
})
