/**
 * `client.audit`: the hash-chained audit log kept in the store — releases, exports, consent
 * withdrawals and overrides, erasures. Verify it, and publish its head with every release so
 * that later truncation or rewriting shows (see `Audit` in `@pctnxh/privacy`).
 *
 * @example
 * ```ts
 * const head = await client.audit.head() // publish it with the report
 * const result = await client.audit.verify({ head })
 * if (result.problems.length > 0) alert("the audit log was tampered with")
 * ```
 * @since 0.1.0
 */
import type { AuditEntry } from "@pctnxh/core"
import { Async, type Audit } from "@pctnxh/privacy"

/**
 * The audit operations of a client.
 *
 * @since 0.1.0
 */
export interface AuditLog {
  /** Verifies the whole log, optionally against a published head; lists every problem by position. */
  readonly verify: (options?: { readonly head?: Audit.Head | undefined }) => Promise<Audit.Verification>
  /** The head of the chain (position and hash of the last entry), or `undefined` for an empty log. */
  readonly head: () => Promise<Audit.Head | undefined>
}

/**
 * Verifies an exported log (entries in order) away from the store, e.g. by an auditor.
 *
 * @since 0.1.0
 */
export const verifyEntries = (entries: Iterable<AuditEntry.AuditEntry>, head?: Audit.Head): Promise<Audit.Verification> =>
  Async.verifyAuditLog(entries, head)
