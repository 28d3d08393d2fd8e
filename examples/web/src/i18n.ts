/** The words of the interface, Vietnamese first; the language is kept in this browser. */
export type Lang = "vi" | "en"

const KEY = "pctnxh.lang"
let current: Lang = (typeof localStorage !== "undefined" && localStorage.getItem(KEY) === "en" ? "en" : "vi")

export const lang = (): Lang => current
export const setLang = (next: Lang): void => {
  current = next
  localStorage.setItem(KEY, next)
  document.documentElement.lang = next
}

const words = {
  title: { vi: "PCTNXH — Ghi nhận và báo cáo", en: "PCTNXH — Records and reports" },
  skip: { vi: "Bỏ qua, đến nội dung chính", en: "Skip to the main content" },
  nav: { vi: "Chức năng", en: "Sections" },
  record: { vi: "Ghi nhận", en: "Record" },
  dashboard: { vi: "Tổng quan", en: "Dashboard" },
  files: { vi: "Nhập và xuất tệp", en: "Import and export" },
  switchLang: { vi: "English", en: "Tiếng Việt" },
  switchLangLabel: { vi: "Switch to English", en: "Chuyển sang tiếng Việt" },
  opening: { vi: "Đang mở cơ sở dữ liệu trên máy này…", en: "Opening the database on this device…" },
  ready: { vi: "Sẵn sàng. Dữ liệu chỉ lưu trên máy này.", en: "Ready. Data stays on this device." },
  offline: { vi: "Đang ngoại tuyến — vẫn ghi nhận được, dữ liệu lưu trên máy.", en: "Offline — you can keep recording; data is saved on this device." },
  demo: { vi: "Tải dữ liệu mẫu", en: "Load demo data" },
  demoHelp: { vi: "Dữ liệu mô phỏng, không có người thật.", en: "Synthetic data, no real person." },
  demoLoading: { vi: "Đang tạo dữ liệu mẫu", en: "Generating demo data" },
  demoDone: { vi: "Đã tải dữ liệu mẫu", en: "Demo data loaded" },
  records: { vi: "bản ghi", en: "records" },
  // record
  contact: { vi: "Lượt tiếp cận, hỗ trợ", en: "Service contact" },
  session: { vi: "Sinh hoạt nhóm, tập huấn", en: "Group session or training" },
  inspection: { vi: "Kiểm tra cơ sở", en: "Inspection visit" },
  model: { vi: "Mô hình", en: "Model" },
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  site: { vi: "Xã, phường (địa bàn)", en: "Commune or ward (site)" },
  date: { vi: "Ngày", en: "Date" },
  service: { vi: "Dịch vụ", en: "Service" },
  channel: { vi: "Hình thức", en: "Channel" },
  person: { vi: "Người được hỗ trợ", en: "The person served" },
  personHelp: {
    vi: "Tên cha mẹ chỉ dùng để tạo mã ẩn danh ngay trên máy này; không được lưu hay gửi đi.",
    en: "Parents' names are only used to make an anonymous code on this device; they are never stored or sent."
  },
  anonymous: { vi: "Không hỏi thông tin (lượt ẩn danh)", en: "Not asked (anonymous contact)" },
  motherName: { vi: "Họ tên mẹ", en: "Mother's name" },
  fatherName: { vi: "Họ tên cha", en: "Father's name" },
  sex: { vi: "Giới tính", en: "Sex" },
  birthYear: { vi: "Năm sinh", en: "Birth year" },
  population: { vi: "Nhóm đối tượng", en: "Population" },
  residence: { vi: "Tình trạng cư trú", en: "Residence" },
  referral: { vi: "Chuyển gửi tới", en: "Referred to" },
  noReferral: { vi: "Không chuyển gửi", en: "No referral" },
  referralOutcome: { vi: "Kết quả chuyển gửi", en: "Referral outcome" },
  saveContact: { vi: "Lưu lượt tiếp cận", en: "Save the contact" },
  saved: { vi: "Đã lưu", en: "Saved" },
  recent: { vi: "Các lượt đã ghi gần đây", en: "Recently recorded contacts" },
  contactsCount: { vi: "lượt đã ghi trên máy này", en: "contacts recorded on this device" },
  activityType: { vi: "Loại hoạt động", en: "Activity type" },
  audience: { vi: "Đối tượng tham gia", en: "Participants" },
  sessions: { vi: "Số buổi", en: "Sessions" },
  participants: { vi: "Số lượt người tham gia", en: "Participant contacts (lượt)" },
  cost: { vi: "Chi phí (đồng)", en: "Cost (VND)" },
  saveSession: { vi: "Lưu hoạt động", en: "Save the activity" },
  teamLevel: { vi: "Đoàn kiểm tra", en: "Inspection team" },
  establishmentType: { vi: "Loại hình cơ sở", en: "Establishment type" },
  establishment: { vi: "Tên hoặc mã cơ sở", en: "Establishment name or code" },
  outcome: { vi: "Kết quả", en: "Outcome" },
  fine: { vi: "Tiền phạt (đồng)", en: "Fine (VND)" },
  saveVisit: { vi: "Lưu kết quả kiểm tra", en: "Save the visit" },
  none: { vi: "— chọn —", en: "— choose —" },
  required: { vi: "Bắt buộc", en: "Required" },
  fixBelow: { vi: "Chưa lưu: xem các lỗi bên dưới.", en: "Not saved: see the problems below." },
  noModels: {
    vi: "Chưa có mô hình nào. Thêm mô hình của bạn, hoặc tải dữ liệu mẫu để thử.",
    en: "No model yet. Add your model, or load demo data to try the app."
  },
  addModel: { vi: "Thêm mô hình", en: "Add a model" },
  modelName: { vi: "Tên mô hình", en: "Model name" },
  modelType: { vi: "Loại mô hình", en: "Model type" },
  // dashboard
  calendar: { vi: "Lịch báo cáo", en: "Calendar" },
  year: { vi: "Năm", en: "Year" },
  period: { vi: "Kỳ", en: "Period" },
  wholeYear: { vi: "Cả năm", en: "Whole year" },
  quarter: { vi: "Quý", en: "Quarter" },
  unit: { vi: "Địa bàn", en: "Area" },
  wholeCountry: { vi: "Toàn quốc", en: "Whole country" },
  allModels: { vi: "Tất cả mô hình", en: "All models" },
  viewAs: { vi: "Xem như", en: "View as" },
  show: { vi: "Xem", en: "Show" },
  computing: { vi: "Đang tính…", en: "Computing…" },
  headline: { vi: "Chỉ số chính", en: "Headline indicators" },
  trend: { vi: "Theo quý", en: "By quarter" },
  byService: { vi: "Theo loại dịch vụ (lượt)", en: "By service (contacts)" },
  bySite: { vi: "Theo địa bàn (lượt)", en: "By site (contacts)" },
  sitesBeyondAudience: {
    vi: "Đối tượng xem này chỉ được xem số liệu đến cấp tỉnh, nên không có biểu đồ theo xã.",
    en: "This audience sees figures by province at most, so there is no chart by commune."
  },
  warnings: { vi: "Cảnh báo kiểm tra số liệu", en: "Data checks" },
  noWarnings: { vi: "Không có cảnh báo.", en: "No warnings." },
  suppressedNote: {
    vi: "Ô ẩn (<5, x) để bảo vệ danh tính người được hỗ trợ với đối tượng xem đã chọn.",
    en: "Hidden cells (<5, x) protect the people served from the audience chosen."
  },
  suppressed: { vi: "ẩn", en: "hidden" },
  noData: { vi: "Chưa có số liệu cho lựa chọn này.", en: "No data for this choice yet." },
  notForModel: { vi: "không theo mô hình", en: "not by model" },
  table: { vi: "Bảng số liệu", en: "Data table" },
  // files
  importTitle: { vi: "Nhập tệp CSV hoặc XLSX", en: "Import a CSV or XLSX file" },
  kind: { vi: "Loại bản ghi", en: "Kind of records" },
  file: { vi: "Tệp", en: "File" },
  check: { vi: "Kiểm tra trước", en: "Check first" },
  import: { vi: "Nhập", en: "Import" },
  defaultModel: { vi: "Mô hình cho các dòng không ghi mô hình", en: "Model for rows that name none" },
  rowReport: { vi: "Báo cáo từng dòng", en: "Row report" },
  exportTitle: { vi: "Xuất báo cáo đã công bố", en: "Export a released report" },
  release: { vi: "Công bố cho", en: "Release to" },
  releaseNow: { vi: "Công bố", en: "Release" },
  exportXlsx: { vi: "Tải XLSX", en: "Download XLSX" },
  exportCsv: { vi: "Tải CSV", en: "Download CSV" },
  exportDhis2: { vi: "Tải DHIS2 JSON", en: "Download DHIS2 JSON" },
  released: { vi: "Đã công bố", en: "Released" },
  cellsHidden: { vi: "ô bị ẩn", en: "cells hidden" },
  error: { vi: "Lỗi", en: "Error" }
} as const satisfies Record<string, { vi: string; en: string }>

export type Word = keyof typeof words

export const t = (word: Word): string => words[word][current]

/** Any bilingual label (`{ vi, en }`) in the current language. */
export const l = (label: { readonly vi: string; readonly en: string }): string => label[current]

/** An error as an officer reads it: its own explanation when it has one. */
export const explain = (error: unknown): string => {
  if (typeof error === "object" && error !== null && "explain" in error && typeof error.explain === "function") {
    return String(error.explain(current))
  }
  return error instanceof Error ? error.message : String(error)
}

export const number = (n: number): string => new Intl.NumberFormat(current === "vi" ? "vi-VN" : "en-US").format(n)
