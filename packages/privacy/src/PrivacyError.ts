/**
 * The typed errors of `@pctnxh/privacy`.
 *
 * Every error is a `Schema.TaggedError` with what a person needs to act on it and a reason in
 * Vietnamese and English. None carries a personal value: no name, no UIC part, no pseudonym, no
 * key material, no decrypted value.
 *
 * @since 0.1.0
 */
import type { Label } from "@pctnxh/core"
import { Consent, CoreError, Organisation } from "@pctnxh/core"
import * as Schema from "effect/Schema"

const Text = CoreError.Text

/**
 * A key too short or too regular to protect anything, or a key text that is not base64.
 *
 * @since 0.1.0
 */
export class WeakKey extends Schema.TaggedError<WeakKey>("@pctnxh/privacy/WeakKey")("WeakKey", {
  keyId: Schema.String,
  reason: Text
}) {
  /** The reason in one language, naming the key id. */
  explain(lang: Label.Lang): string {
    return lang === "vi" ? `Khóa "${this.keyId}": ${this.reason.vi}` : `Key "${this.keyId}": ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A key id that the keyring does not hold: a pseudonym, a vault entry or a configuration names a
 * key this deployment does not have.
 *
 * @since 0.1.0
 */
export class UnknownKey extends Schema.TaggedError<UnknownKey>("@pctnxh/privacy/UnknownKey")("UnknownKey", {
  keyId: Schema.String
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Bộ khóa không có khóa "${this.keyId}": dữ liệu này được tạo bằng một khóa mà hệ thống hiện tại không giữ.`
      : `The keyring has no key "${this.keyId}": this data was made with a key this deployment does not hold.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A keyring that cannot be used: empty, or with two keys of one id.
 *
 * @since 0.1.0
 */
export class InvalidKeyring extends Schema.TaggedError<InvalidKeyring>("@pctnxh/privacy/InvalidKeyring")(
  "InvalidKeyring",
  { reason: Text }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi" ? `Bộ khóa không hợp lệ: ${this.reason.vi}` : `Invalid keyring: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A request for pseudonyms made without a key (a plain hash such as SHA-256 or MD5 of the UIC,
 * or no keyring at all). Refused: a UIC is built from a few letters, a sex and a birth year, so
 * there are few enough of them (`space`) to hash every one and look each stored pseudonym up —
 * a plain hash hides nobody.
 *
 * @since 0.1.0
 */
export class UnkeyedPseudonym extends Schema.TaggedError<UnkeyedPseudonym>("@pctnxh/privacy/UnkeyedPseudonym")(
  "UnkeyedPseudonym",
  {
    /** The algorithm that was asked for. */
    algorithm: Schema.String,
    /** How many distinct UICs the scheme can produce. */
    space: Schema.Number
  }
) {
  /** Why the request is refused, in one language. */
  explain(lang: Label.Lang): string {
    const space = this.space.toLocaleString(lang === "vi" ? "vi-VN" : "en-US")
    return lang === "vi"
      ? `Không tạo bút danh bằng "${this.algorithm}" không có khóa: mã UIC chỉ có khoảng ${space} giá trị, ` +
          `một máy tính băm hết trong vài phút rồi tra ngược ra từng người. Hãy dùng HMAC-SHA-256 với khóa ` +
          `bí mật của đơn vị (Key.generate, Pseudonym.make).`
      : `Refusing to make pseudonyms with unkeyed "${this.algorithm}": there are only about ${space} UICs, ` +
          `which one computer hashes in minutes and then looks every person up. Use HMAC-SHA-256 under the ` +
          `deployment's secret key (Key.generate, Pseudonym.make).`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A UIC whose name parts are all unknown: it would hold only a sex and a birth year, shared by
 * thousands of people, and would merge them into one pseudonym.
 *
 * @since 0.1.0
 */
export class IncompleteUic extends Schema.TaggedError<IncompleteUic>("@pctnxh/privacy/IncompleteUic")(
  "IncompleteUic",
  {
    /** The parts that were missing or unusable (names of parts, never their values). */
    missing: Schema.Array(Schema.String)
  }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Không đủ thông tin để lập mã UIC: thiếu ${this.missing.join(", ")}. Cần biết ít nhất một tên.`
      : `Not enough to build a UIC: missing ${this.missing.join(", ")}. At least one name must be known.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * Processing for a purpose without a consent that covers it on that date. Carries the purpose,
 * the provider kind for referrals, the date and how many records lack consent — never whose.
 *
 * @since 0.1.0
 */
export class ConsentRequired extends Schema.TaggedError<ConsentRequired>("@pctnxh/privacy/ConsentRequired")(
  "ConsentRequired",
  {
    purpose: Consent.Purpose,
    providerKind: Schema.optional(Organisation.OrganisationKind),
    on: Schema.String,
    /** How many persons lack a covering consent (1 for a single request). */
    persons: Schema.Int
  }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const purpose = Consent.Purpose.label(this.purpose)[lang]
    const provider = this.providerKind === undefined ? "" : ` (${Organisation.OrganisationKind.label(this.providerKind)[lang]})`
    return lang === "vi"
      ? `Không có sự đồng ý cho mục đích "${purpose}"${provider} vào ngày ${this.on} (${this.persons} người). ` +
          `Hãy ghi nhận sự đồng ý của người đó, hoặc nêu căn cứ pháp lý để xử lý không cần đồng ý.`
      : `No consent for "${purpose}"${provider} on ${this.on} (${this.persons} person(s)). ` +
          `Record the person's consent, or give the legal basis for processing without it.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An override of consent without a legal basis or without a written note.
 *
 * @since 0.1.0
 */
export class InvalidOverride extends Schema.TaggedError<InvalidOverride>("@pctnxh/privacy/InvalidOverride")(
  "InvalidOverride",
  { reason: Text }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi" ? `Không thể bỏ qua yêu cầu đồng ý: ${this.reason.vi}` : `Cannot override consent: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An operation an audience may not perform: a person-level export, a dimension it may not see.
 *
 * @since 0.1.0
 */
export class NotAllowed extends Schema.TaggedError<NotAllowed>("@pctnxh/privacy/NotAllowed")("NotAllowed", {
  audience: Schema.String,
  operation: Schema.String,
  reason: Text
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi"
      ? `Đối tượng "${this.audience}" không được phép ${this.operation}: ${this.reason.vi}`
      : `Audience "${this.audience}" may not ${this.operation}: ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * An audience definition that does not decode.
 *
 * @since 0.1.0
 */
export class InvalidAudience extends Schema.TaggedError<InvalidAudience>("@pctnxh/privacy/InvalidAudience")(
  "InvalidAudience",
  { issues: Schema.Array(CoreError.FieldIssue) }
) {
  /** One line per problem, in one language. */
  explain(lang: Label.Lang): string {
    const head = lang === "vi" ? "Định nghĩa đối tượng xem không hợp lệ" : "Invalid audience definition"
    return [head, ...this.issues.map((i) => `  ${i.field}: ${i.problem[lang]}`)].join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A vault value that does not decrypt: it was moved from another entry or field, altered, or
 * sealed under a different key. The value itself is never shown.
 *
 * @since 0.1.0
 */
export class DecryptionFailed extends Schema.TaggedError<DecryptionFailed>("@pctnxh/privacy/DecryptionFailed")(
  "DecryptionFailed",
  { entryId: Schema.String, field: Schema.optional(Schema.String) }
) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    const where = this.field === undefined ? this.entryId : `${this.entryId}.${this.field}`
    return lang === "vi"
      ? `Không giải mã được "${where}": dữ liệu đã bị chuyển từ bản ghi hoặc trường khác, bị sửa, hoặc được mã hóa bằng khóa khác.`
      : `Cannot decrypt "${where}": the value was moved from another record or field, altered, or sealed under another key.`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * A record that was asked for by id and does not exist (a consent to withdraw, an incident).
 *
 * @since 0.1.0
 */
export class NotFound extends Schema.TaggedError<NotFound>("@pctnxh/privacy/NotFound")("NotFound", {
  kind: Schema.String,
  id: Schema.String
}) {
  /** The reason in one language. */
  explain(lang: Label.Lang): string {
    return lang === "vi" ? `Không tìm thấy ${this.kind} "${this.id}"` : `No ${this.kind} "${this.id}"`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/**
 * What was found wrong with the audit chain at one position.
 *
 * @since 0.1.0
 */
export const ChainProblemKind = Schema.Literal("edited", "missing", "reordered", "forked", "broken_link", "truncated")
/** @since 0.1.0 */
export type ChainProblemKind = typeof ChainProblemKind.Type

/**
 * One problem in the audit chain.
 *
 * @since 0.1.0
 */
export const ChainProblem = Schema.Struct({ sequence: Schema.Int, kind: ChainProblemKind })
/** @since 0.1.0 */
export type ChainProblem = typeof ChainProblem.Type

const problemWords: { readonly [K in ChainProblemKind]: Label.Label } = {
  edited: { vi: "bản ghi đã bị sửa", en: "the entry was edited" },
  missing: { vi: "thiếu bản ghi (đã bị xóa)", en: "an entry is missing (deleted)" },
  reordered: { vi: "bản ghi bị đổi vị trí", en: "the entry is out of order" },
  forked: { vi: "hai bản ghi cùng số thứ tự", en: "two entries share this position" },
  broken_link: { vi: "không khớp với bản ghi trước", en: "does not link to the entry before" },
  truncated: { vi: "nhật ký bị cắt ngắn so với đầu chuỗi đã công bố", en: "the log is shorter than the published chain head" }
}

/**
 * The bilingual words for a chain problem.
 *
 * @since 0.1.0
 */
export const describeChainProblem = (kind: ChainProblemKind): Label.Label => problemWords[kind]

/**
 * An audit log that failed verification: every problem found, by position.
 *
 * @since 0.1.0
 */
export class AuditChainBroken extends Schema.TaggedError<AuditChainBroken>("@pctnxh/privacy/AuditChainBroken")(
  "AuditChainBroken",
  { problems: Schema.Array(ChainProblem) }
) {
  /** One line per problem, in one language. */
  explain(lang: Label.Lang): string {
    const head = lang === "vi" ? "Nhật ký kiểm toán không toàn vẹn:" : "The audit log is not intact:"
    return [
      head,
      ...this.problems.map((p) => `  #${p.sequence}: ${problemWords[p.kind][lang]}`)
    ].join("\n")
  }
  override get message(): string {
    return this.explain("en")
  }
}
