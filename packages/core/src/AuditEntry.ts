/**
 * Audit entries: the lines of the hash-chained log in which `@pctnxh/privacy` records access to
 * sensitive records, exports, releases, overrides of consent and de-identification.
 *
 * Each entry carries the hash of the one before it, so an edit, a deletion or a change of order
 * breaks the chain. A subject (the record an entry is about) is kept beside a salted digest: the
 * chain covers the digest, so erasing a person can remove the subject from past entries without
 * breaking the chain and without leaving anything that re-links them.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { plain, quasi, sensitive } from "./Classification.js"
import { Purpose } from "./Consent.js"
import { vocabulary } from "./Label.js"
import { Instant } from "./Time.js"

/**
 * The id of an audit entry.
 *
 * @since 0.1.0
 */
export const AuditEntryId = Schema.String.pipe(
  Schema.trimmed(),
  Schema.minLength(1),
  Schema.maxLength(200),
  Schema.brand("AuditEntryId")
).annotations({ identifier: "AuditEntryId", description: "an audit entry id" })
/** @since 0.1.0 */
export type AuditEntryId = typeof AuditEntryId.Type

/**
 * What an audit entry records.
 *
 * @since 0.1.0
 */
export const AuditAction = vocabulary("AuditAction", {
  access: { vi: "Truy cập dữ liệu nhạy cảm", en: "Access to sensitive data" },
  export: { vi: "Xuất dữ liệu cá nhân", en: "Export of personal data" },
  release: { vi: "Công bố số liệu", en: "Release of figures" },
  release_export: { vi: "Xuất số liệu đã công bố ra tệp hoặc gửi đi", en: "Export of released figures to a file or another system" },
  share: { vi: "Chia sẻ cho bên khác (chuyển gửi)", en: "Disclosure to another party (referral)" },
  consent_override: { vi: "Xử lý không có sự đồng ý, có căn cứ pháp lý", en: "Processing without consent, on a legal basis" },
  consent_withdrawal: { vi: "Rút lại sự đồng ý", en: "Withdrawal of consent" },
  deidentification: { vi: "Xóa dữ liệu, khử liên kết", en: "Erasure and de-identification" },
  vault_read: { vi: "Mở kho thông tin định danh", en: "Identity vault read" },
  vault_write: { vi: "Ghi kho thông tin định danh", en: "Identity vault write" },
  rekey: { vi: "Đổi khóa bút danh", en: "Re-keying of pseudonyms" },
  incident: { vi: "Sự cố vi phạm dữ liệu cá nhân", en: "Personal data breach" },
  assessment: { vi: "Lập hồ sơ đánh giá tác động", en: "Impact-assessment evidence" }
})
/** @since 0.1.0 */
export type AuditAction = typeof AuditAction.Type

/**
 * A SHA-256 digest in lowercase hexadecimal.
 *
 * @since 0.1.0
 */
export const Digest = Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/)).annotations({
  identifier: "Digest",
  description: "a SHA-256 digest in lowercase hexadecimal"
})

/**
 * The record an entry is about: its entity kind and id, and the random salt of the entry's
 * subject digest.
 *
 * @since 0.1.0
 */
export class AuditSubject extends Schema.Class<AuditSubject>("AuditSubject")({
  kind: Schema.NonEmptyTrimmedString,
  id: Schema.NonEmptyTrimmedString,
  salt: Schema.NonEmptyTrimmedString
}) {}

/**
 * A plain value in an entry's details: a count, a code, a flag. Never a personal value.
 *
 * @since 0.1.0
 */
export const DetailValue = Schema.Union(Schema.String, Schema.Number.pipe(Schema.finite()), Schema.Boolean)
/** @since 0.1.0 */
export type DetailValue = typeof DetailValue.Type

/**
 * One entry of the audit log.
 *
 * @since 0.1.0
 */
export class AuditEntry extends Schema.Class<AuditEntry>("AuditEntry")({
  id: plain(AuditEntryId),
  /** Position in the chain, from 0. */
  sequence: plain(Schema.NonNegativeInt),
  at: plain(Instant),
  /** The account that acted (a staff account id, never a client). */
  actor: quasi(Schema.NonEmptyTrimmedString),
  action: plain(AuditAction),
  /** Absent when the entry is about no single record, or once the subject was erased. */
  subject: Schema.optional(sensitive(AuditSubject)),
  /** The salted digest of the subject; the chain covers it, so it outlives an erased subject. */
  subjectDigest: Schema.optional(plain(Digest)),
  purpose: Schema.optional(plain(Purpose)),
  details: sensitive(Schema.Record({ key: Schema.String, value: DetailValue })),
  previousHash: plain(Digest),
  hash: plain(Digest)
}) {}
