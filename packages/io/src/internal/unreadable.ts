/**
 * What an officer is told when a file cannot be read: one wording per problem, in Vietnamese and
 * English, saying what is wrong and what to do about it.
 *
 * @internal
 */
import type { UnreadableProblem } from "../IoError.js"
import { UnreadableFile } from "../IoError.js"

type Text = { readonly vi: string; readonly en: string }

const REASONS: { readonly [P in UnreadableProblem]: Text } = {
  empty: { vi: "tệp rỗng (0 byte)", en: "the file is empty (0 bytes)" },
  noRows: { vi: "không có dòng nào", en: "has no rows" },
  truncated: {
    vi: "tệp bị cắt cụt giữa chừng (tải về hoặc sao chép chưa xong); hãy tải hoặc sao chép lại tệp",
    en: "the file is cut off part-way (not completely downloaded or copied); download or copy it again"
  },
  damaged: {
    vi: "sổ tính bị hỏng, không đọc được; hãy mở bằng Excel và lưu lại thành .xlsx",
    en: "the workbook is damaged and cannot be read; open it in Excel and save it again as .xlsx"
  },
  notXlsx: {
    vi: "không phải là sổ tính XLSX hoặc đã bị hỏng",
    en: "is not an XLSX workbook, or it is damaged"
  },
  notWorkbook: {
    vi: "là tệp nén ZIP nhưng không phải sổ tính Excel",
    en: "is a ZIP archive but not an Excel workbook"
  },
  oldXls: {
    vi: "là sổ tính Excel 97–2003 (.xls) hoặc sổ tính có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu thành .xlsx",
    en: "is an Excel 97–2003 workbook (.xls) or a password-protected workbook; open it in Excel, remove any password, and save it as .xlsx"
  },
  encrypted: {
    vi: "sổ tính được bảo vệ bằng mật khẩu; hãy bỏ mật khẩu trong Excel và lưu lại",
    en: "the workbook is protected by a password; remove the password in Excel and save it again"
  },
  webPage: {
    vi: "là trang web (HTML) hoặc bảng tính XML mang tên tệp Excel; hãy mở bằng Excel và lưu thành .xlsx",
    en: "is a web page (HTML) or an XML spreadsheet with an Excel name; open it in Excel and save it as .xlsx"
  },
  unsupported: {
    vi: "sổ tính được nén theo cách chưa hỗ trợ; hãy mở bằng Excel và lưu lại thành .xlsx",
    en: "the workbook is compressed in a way that is not supported; open it in Excel and save it again as .xlsx"
  },
  notTable: {
    vi: "trang này là biểu đồ, không có ô số liệu",
    en: "this sheet is a chart and has no cells"
  },
  notUtf8: {
    vi: "không phải là văn bản UTF-8; trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”",
    en: "is not UTF-8 text; in Excel, save it as “CSV UTF-8 (Comma delimited)”"
  },
  quote: {
    vi: "có dấu ngoặc kép mở mà không đóng, hoặc đặt sai chỗ trong một ô",
    en: "a quote is opened and never closed, or is misplaced in a cell"
  },
  tooLong: {
    vi: "có một ô hoặc một dòng dài quá 1.000.000 ký tự; tệp có thể bị hỏng",
    en: "a cell or line is longer than 1,000,000 characters; the file may be damaged"
  },
  unreadable: { vi: "không đọc được tệp", en: "the file could not be read" }
}

/** The standard reason of a problem. */
export const reasonOf = (problem: UnreadableProblem): Text => REASONS[problem]

/** An {@link UnreadableFile} with the standard reason of its problem. */
export const unreadable = (
  file: string,
  problem: UnreadableProblem,
  where: { readonly format?: string | undefined; readonly sheet?: string | undefined; readonly row?: number | undefined; readonly cause?: unknown } = {}
): UnreadableFile =>
  new UnreadableFile({
    file,
    problem,
    reason: REASONS[problem],
    ...(where.format === undefined ? {} : { format: where.format }),
    ...(where.sheet === undefined ? {} : { sheet: where.sheet }),
    ...(where.row === undefined ? {} : { row: where.row }),
    ...(where.cause === undefined ? {} : { cause: where.cause })
  })
