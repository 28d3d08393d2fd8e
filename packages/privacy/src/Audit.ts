/**
 * The audit log: access to sensitive records, exports, releases, overrides of consent, vault
 * use and de-identification, appended to a hash-chained log kept through the Store.
 *
 * Entry `n` carries the SHA-256 of entry `n − 1` (`previousHash`) and its own hash over every
 * field but the subject, which the hash covers through a salted digest (`subjectDigest`).
 * Verification recomputes the chain and reports, by position, entries that were edited,
 * deleted, reordered or duplicated. Someone able to write the store could rebuild the whole
 * chain after an edit, or cut its end off; that is caught against a **published chain head**:
 * publish `head()` with every release (in the report, to the donor, to the province) and verify
 * against the last one published.
 *
 * Erasing a person removes them from the subjects of past entries (`redact`): the digest stays,
 * so the chain still verifies, and with its random salt gone nothing can test a guessed
 * pseudonym against it.
 *
 * One process should write a log at a time; appends run in a store transaction and never
 * overwrite an entry, so a second writer shows up as a fork or a broken link.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Audit } from "@pctnxh/privacy"
 *
 * const program = Effect.gen(function* () {
 *   yield* Audit.append({ actor: "officer-12", action: "release", details: { report: "2025-annual", audience: "donor" } })
 *   const head = yield* Audit.head // publish it with the report
 *   yield* Audit.verified({ head }) // fails with AuditChainBroken if anything was tampered with
 * })
 * ```
 * @since 0.1.0
 */
import type { Consent } from "@pctnxh/core"
import { AuditEntry, Store } from "@pctnxh/core"
import type { CoreError } from "@pctnxh/core"
import type * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Ref from "effect/Ref"
import * as Stream from "effect/Stream"
import { canonicalJson, random, sha256Hex, toBase64Url, utf8 } from "./internal/bytes.js"
import { now } from "./internal/today.js"
import { AuditChainBroken, type ChainProblem } from "./PrivacyError.js"

/**
 * What to append: who did what, about which record, for which purpose, with which plain
 * details (counts, codes, ids of non-personal records — never a personal value).
 *
 * @since 0.1.0
 */
export interface Input {
  readonly actor: string
  readonly action: AuditEntry.AuditAction
  readonly subject?: { readonly kind: string; readonly id: string } | undefined
  readonly purpose?: Consent.Purpose | undefined
  readonly details?: Readonly<Record<string, AuditEntry.DetailValue>> | undefined
}

/**
 * The head of a chain: the position and hash of its last entry. Published, it lets anyone
 * detect later truncation or rewriting.
 *
 * @since 0.1.0
 */
export interface Head {
  readonly sequence: number
  readonly hash: string
}

/**
 * The result of a verification.
 *
 * @since 0.1.0
 */
export interface Verification {
  /** How many entries were read. */
  readonly length: number
  /** The head of the chain as read (absent for an empty log). */
  readonly head: Head | undefined
  /** Every problem found, by position; empty when the chain is intact. */
  readonly problems: ReadonlyArray<ChainProblem>
}

/**
 * The `previousHash` of the first entry.
 *
 * @since 0.1.0
 */
export const genesis = "0".repeat(64)

/**
 * The id of the entry at a position: the sequence number on 12 digits, so that a store lists
 * the log in order.
 *
 * @since 0.1.0
 */
export const entryId = (sequence: number): AuditEntry.AuditEntryId =>
  String(sequence).padStart(12, "0") as AuditEntry.AuditEntryId

/**
 * The salted digest of a subject.
 *
 * @since 0.1.0
 */
export const subjectDigest = (subject: AuditEntry.AuditSubject): Effect.Effect<string> =>
  Effect.promise(() => sha256Hex(utf8(canonicalJson(["pctnxh-audit-subject/1", subject.salt, subject.kind, subject.id]))))

/**
 * The hash of an entry: SHA-256 over every field except `hash` and `subject` (covered by
 * `subjectDigest`), in canonical JSON.
 *
 * @since 0.1.0
 */
export const hashOf = (entry: Omit<AuditEntry.AuditEntry, "hash" | "id" | "subject">): Effect.Effect<string> =>
  Effect.promise(() =>
    sha256Hex(
      utf8(
        canonicalJson([
          "pctnxh-audit/1",
          entry.sequence,
          entry.at,
          entry.actor,
          entry.action,
          entry.subjectDigest ?? null,
          entry.purpose ?? null,
          entry.details,
          entry.previousHash
        ])
      )
    )
  )

/**
 * Checks entries one by one, in the order a store lists them, keeping only the previous one.
 */
const verifier = (published: Head | undefined) => {
  let expected = 0
  let previousHash = genesis
  let last: Head | undefined
  let atPublished: string | undefined
  let length = 0
  const problems: Array<ChainProblem> = []
  const step = (entry: AuditEntry.AuditEntry) =>
    Effect.gen(function* () {
      length++
      const recomputed = yield* hashOf(entry)
      let edited = recomputed !== entry.hash
      if (!edited && entry.subject !== undefined)
        edited = entry.subjectDigest === undefined || (yield* subjectDigest(entry.subject)) !== entry.subjectDigest
      if (edited) problems.push({ sequence: entry.sequence, kind: "edited" })
      if (entry.id !== entryId(entry.sequence)) {
        problems.push({ sequence: entry.sequence, kind: "reordered" })
      } else if (entry.sequence === expected) {
        if (entry.previousHash !== previousHash) problems.push({ sequence: entry.sequence, kind: "broken_link" })
      } else if (entry.sequence > expected) {
        problems.push({ sequence: expected, kind: "missing" })
      } else if (last !== undefined && entry.sequence === last.sequence) {
        problems.push({ sequence: entry.sequence, kind: "forked" })
      } else {
        problems.push({ sequence: entry.sequence, kind: "reordered" })
      }
      previousHash = entry.hash
      expected = Math.max(expected, entry.sequence + 1)
      last = { sequence: entry.sequence, hash: entry.hash }
      if (published !== undefined && entry.sequence === published.sequence) atPublished = entry.hash
    })
  const finish = (): Verification => {
    if (published !== undefined) {
      if (atPublished === undefined) problems.push({ sequence: published.sequence, kind: "truncated" })
      else if (atPublished !== published.hash) problems.push({ sequence: published.sequence, kind: "edited" })
    }
    return { length, head: last, problems: [...problems] }
  }
  return { step, finish }
}

/**
 * Verifies entries given in log order (an exported log, for an auditor working offline),
 * optionally against a published head.
 *
 * @since 0.1.0
 */
export const verifyEntries = (
  entries: Iterable<AuditEntry.AuditEntry>,
  options: { readonly head?: Head | undefined } = {}
): Effect.Effect<Verification> =>
  Effect.suspend(() => {
    const v = verifier(options.head)
    return Effect.as(Effect.forEach(entries, v.step, { discard: true }), undefined).pipe(Effect.map(v.finish))
  })

/**
 * The audit log service.
 *
 * @since 0.1.0
 */
export class Audit extends Context.Tag("@pctnxh/privacy/Audit")<
  Audit,
  {
    /** Appends an entry and returns it. */
    readonly append: (input: Input) => Effect.Effect<AuditEntry.AuditEntry, CoreError.StoreError>
    /** The head of the chain, or none for an empty log. */
    readonly head: Effect.Effect<Option.Option<Head>, CoreError.StoreError>
    /** Verifies the whole log, optionally against a published head. */
    readonly verify: (options?: { readonly head?: Head | undefined }) => Effect.Effect<Verification, CoreError.StoreError>
    /**
     * Removes the subject of every entry it matches, keeping its digest (the chain still
     * verifies); returns how many entries were redacted.
     */
    readonly redact: (
      matches: (subject: AuditEntry.AuditSubject) => Effect.Effect<boolean>
    ) => Effect.Effect<number, CoreError.StoreError>
  }
>() {}

/**
 * The shape of the audit service.
 *
 * @since 0.1.0
 */
export type Service = Context.Tag.Service<Audit>

/**
 * Makes the audit service over the Store in context.
 *
 * @since 0.1.0
 */
export const make: Effect.Effect<Service, CoreError.StoreError, Store.Store> = Effect.gen(function* () {
  const store = yield* Store.Store
  // ids are sequence numbers on 12 digits: the last id is the head
  const readHead = Effect.map(
    store.find("auditEntry", {}, { order: "descending", limit: 1 }).pipe(Effect.catchTag("NotIndexed", Effect.die)),
    ([last]) => (last === undefined ? Option.none<Head>() : Option.some({ sequence: last.sequence, hash: last.hash }))
  )
  const cache = yield* Ref.make(yield* readHead)

  const currentHead = Effect.gen(function* () {
    let head = yield* Ref.get(cache)
    if (Option.isSome(head)) {
      // the cached head may be stale: rolled back with a failed transaction, or moved by another writer
      const stored = yield* store.get("auditEntry", entryId(head.value.sequence))
      if (Option.isNone(stored) || stored.value.hash !== head.value.hash) head = yield* readHead
    } else if ((yield* store.count("auditEntry")) > 0) {
      head = yield* readHead
    }
    let next = Option.isSome(head) ? head.value.sequence + 1 : 0
    for (;;) {
      const taken = yield* store.get("auditEntry", entryId(next))
      if (Option.isNone(taken)) break
      head = Option.some({ sequence: taken.value.sequence, hash: taken.value.hash })
      next++
    }
    return head
  })

  const append = (input: Input) =>
    store.transaction(
      Effect.gen(function* () {
        const head = yield* currentHead
        const sequence = Option.isSome(head) ? head.value.sequence + 1 : 0
        const previousHash = Option.isSome(head) ? head.value.hash : genesis
        const at = yield* now
        const subject =
          input.subject === undefined
            ? undefined
            : new AuditEntry.AuditSubject({ kind: input.subject.kind, id: input.subject.id, salt: toBase64Url(random(16)) })
        const digest = subject === undefined ? undefined : yield* subjectDigest(subject)
        const unsigned = {
          sequence,
          at: at as AuditEntry.AuditEntry["at"],
          actor: input.actor,
          action: input.action,
          ...(digest === undefined ? {} : { subjectDigest: digest }),
          ...(input.purpose === undefined ? {} : { purpose: input.purpose }),
          details: { ...input.details },
          previousHash
        }
        const hash = yield* hashOf(unsigned)
        const entry = new AuditEntry.AuditEntry({
          ...unsigned,
          id: entryId(sequence),
          ...(subject === undefined ? {} : { subject }),
          hash
        })
        yield* store.put("auditEntry", [entry])
        yield* Ref.set(cache, Option.some({ sequence, hash }))
        return entry
      })
    )

  const verify = (options: { readonly head?: Head | undefined } = {}) =>
    Effect.suspend(() => {
      const v = verifier(options.head)
      return Stream.runForEach(store.list("auditEntry"), v.step).pipe(Effect.map(v.finish))
    })

  const redact = (matches: (subject: AuditEntry.AuditSubject) => Effect.Effect<boolean>) =>
    Stream.runFoldEffect(store.list("auditEntry"), 0, (n, entry) =>
      entry.subject === undefined
        ? Effect.succeed(n)
        : Effect.flatMap(matches(entry.subject), (hit) => {
            if (!hit) return Effect.succeed(n)
            const { subject: _, ...rest } = entry
            return Effect.as(store.put("auditEntry", [new AuditEntry.AuditEntry(rest)]), n + 1)
          })
    )

  return {
    append,
    head: Effect.flatMap(currentHead, (head) => Effect.as(Ref.set(cache, head), head)),
    verify,
    redact
  }
})

/**
 * A layer providing the audit log over the Store.
 *
 * @since 0.1.0
 */
export const layer: Layer.Layer<Audit, CoreError.StoreError, Store.Store> = Layer.effect(Audit, make)

/**
 * Appends an entry to the log in context.
 *
 * @since 0.1.0
 */
export const append = (input: Input): Effect.Effect<AuditEntry.AuditEntry, CoreError.StoreError, Audit> =>
  Effect.flatMap(Audit, (audit) => audit.append(input))

/**
 * The head of the log in context, to publish with a release. Fails for an empty log with
 * `Option.NoSuchElementException` — an empty log has nothing to publish.
 *
 * @since 0.1.0
 */
export const head: Effect.Effect<Head, CoreError.StoreError | Cause.NoSuchElementException, Audit> =
  Effect.flatMap(Audit, (audit) => Effect.flatten(audit.head))

/**
 * Verifies the log in context and returns what was found.
 *
 * @since 0.1.0
 */
export const verify = (
  options: { readonly head?: Head | undefined } = {}
): Effect.Effect<Verification, CoreError.StoreError, Audit> => Effect.flatMap(Audit, (audit) => audit.verify(options))

/**
 * Verifies the log in context and fails with `AuditChainBroken` listing every problem.
 *
 * @since 0.1.0
 */
export const verified = (
  options: { readonly head?: Head | undefined } = {}
): Effect.Effect<Verification, CoreError.StoreError | AuditChainBroken, Audit> =>
  Effect.flatMap(verify(options), (result) =>
    result.problems.length === 0 ? Effect.succeed(result) : Effect.fail(new AuditChainBroken({ problems: result.problems }))
  )
