import { Command, Options } from "@effect/cli"
import { AuditEntry, Store } from "@pctnxh/core"
import { Audit, PrivacyError } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Option from "effect/Option"
import * as Database from "../Database.js"
import { Failed } from "../Failed.js"
import { db, lang } from "./shared.js"
import { t } from "../Lang.js"

const head = Options.text("head").pipe(
  Options.optional,
  Options.withDescription(t({ vi: "Đầu chuỗi đã công bố, dạng SỐ_THỨ_TỰ:MÃ_BĂM, để phát hiện nhật ký bị cắt bớt từ khi công bố (mặc định: không có, chỉ kiểm tra chuỗi)", en: "A published chain head SEQUENCE:HASH, to detect truncation since it was published (default: none, the chain alone is checked)" }))
)

const verify = Command.make("verify", { db, lang, head }, (o) =>
  Effect.gen(function* () {
    const published = Option.flatMap(o.head, (h) => {
      const m = /^(\d+):([0-9a-f]{64})$/.exec(h.trim())
      return m === null ? Option.none() : Option.some({ sequence: Number(m[1]), hash: m[2]! })
    })
    const result = yield* Audit.verify(Option.isSome(published) ? { head: published.value } : {})
    const vi = o.lang === "vi"
    if (result.problems.length === 0) {
      console.log(
        vi
          ? `Nhật ký kiểm toán toàn vẹn: ${result.length} mục${result.head === undefined ? "" : `, đầu chuỗi ${result.head.sequence}:${result.head.hash}`}`
          : `The audit log is intact: ${result.length} entries${result.head === undefined ? "" : `, chain head ${result.head.sequence}:${result.head.hash}`}`
      )
      // what the entries record, by action
      const store = yield* Store.Store
      const counts = yield* Stream.runFold(store.list("auditEntry"), new Map<AuditEntry.AuditAction, number>(), (m, e) =>
        m.set(e.action, (m.get(e.action) ?? 0) + 1)
      )
      for (const [action, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        console.log(`  ${AuditEntry.AuditAction.label(action)[o.lang]}: ${n}`)
      }
      return
    }
    for (const problem of result.problems) {
      console.log(`! #${problem.sequence}: ${PrivacyError.describeChainProblem(problem.kind)[o.lang]}`)
    }
    console.error(vi ? `Lỗi: Nhật ký kiểm toán bị sửa đổi: ${result.problems.length} vấn đề` : `Error: The audit log was tampered with: ${result.problems.length} problems`)
    return yield* Effect.fail(new Failed(3))
  }).pipe(Effect.provide(Audit.layer), Effect.provide(Database.existing(o.db)))
).pipe(Command.withDescription(t({ vi: "Kiểm tra chuỗi băm của nhật ký kiểm toán (sửa, xoá, đảo thứ tự; bị cắt bớt khi có --head)", en: "Verify the audit log's hash chain (edits, deletions, reordering; truncation against --head)" })))

export const audit = Command.make("audit").pipe(
  Command.withDescription(t({ vi: "Nhật ký kiểm toán: truy cập hồ sơ nhạy cảm, xuất tệp và công bố số liệu", en: "The audit log of access to sensitive records, exports and releases" })),
  Command.withSubcommands([verify])
)
