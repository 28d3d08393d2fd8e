/**
 * Personal data breaches: recording an incident, the 72-hour notification deadline, and a
 * draft of the notification.
 *
 * Law 91/2025/QH15 and Decree 356/2025 require an organisation that detects a breach of personal
 * data protection to notify the specialised personal-data-protection authority (under the
 * Ministry of Public Security) within 72 hours of detecting it. `record` stores the incident
 * with its deadline and writes it to the audit log; `open` lists incidents not yet notified with
 * the hours left; `notified` records when and to whom the notification went; `draft` prepares
 * its text from what was recorded.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Breach } from "@pctnxh/privacy"
 *
 * const program = Breach.record(
 *   { nature: "loss", kinds: ["serviceEvent", "person"], personsAffected: 40, summary: "Mất máy tính bảng của nhóm tiếp cận" },
 *   { actor: "officer-3" }
 * )
 * ```
 * @since 0.1.0
 */
import type { Classification, CoreError, Label } from "@pctnxh/core"
import { Entity, Incident, Store } from "@pctnxh/core"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Audit from "./Audit.js"
import { now } from "./internal/today.js"
import { NotFound } from "./PrivacyError.js"
import * as Projection from "./Projection.js"

/**
 * Hours between detecting a breach and the notification deadline.
 *
 * @since 0.1.0
 */
export const notificationHours = 72

/**
 * The notification deadline of a breach detected at an instant (`…Z`).
 *
 * @since 0.1.0
 */
export const deadline = (detectedAt: string): string =>
  new Date(Date.parse(detectedAt) + notificationHours * 3_600_000).toISOString()

/**
 * The privacy classes present in some entity kinds (unclassified fields count as sensitive).
 *
 * @since 0.1.0
 */
export const classesOf = (kinds: ReadonlyArray<string>): ReadonlyArray<Classification.PrivacyClass> => {
  const found = new Set<Classification.PrivacyClass>()
  for (const kind of kinds) {
    if (Entity.isKind(kind)) for (const c of Object.values(Projection.classes(kind))) found.add(c)
    else found.add("sensitive")
  }
  return (["direct", "quasi", "sensitive", "plain"] as const).filter((c) => found.has(c))
}

/**
 * What is known when a breach is recorded.
 *
 * @since 0.1.0
 */
export interface Report {
  readonly id?: string | undefined
  readonly nature: Incident.IncidentNature
  /** When it was detected (`…Z`); now by default. */
  readonly detectedAt?: string | undefined
  readonly occurredAt?: string | undefined
  /** Entity kinds affected (`serviceEvent`, `person`…), or other words for other data. */
  readonly kinds: ReadonlyArray<string>
  /** Privacy classes affected; derived from `kinds` by default. */
  readonly classes?: ReadonlyArray<Classification.PrivacyClass> | undefined
  readonly personsAffected?: number | undefined
  /** What happened and the likely consequences, naming no person. */
  readonly summary: string
  readonly measures?: string | undefined
}

/**
 * Records a breach with its 72-hour deadline, and writes it to the audit log.
 *
 * @since 0.1.0
 */
export const record = (
  report: Report,
  context: { readonly actor: string }
): Effect.Effect<Incident.Incident, CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const detectedAt = report.detectedAt ?? (yield* now)
    const incident = new Incident.Incident({
      id: (report.id ?? globalThis.crypto.randomUUID()) as Incident.IncidentId,
      nature: report.nature,
      detectedAt: detectedAt as Incident.Incident["detectedAt"],
      ...(report.occurredAt === undefined ? {} : { occurredAt: report.occurredAt as Incident.Incident["detectedAt"] }),
      deadline: deadline(detectedAt) as Incident.Incident["deadline"],
      kinds: [...report.kinds],
      classes: [...(report.classes ?? classesOf(report.kinds))],
      ...(report.personsAffected === undefined ? {} : { personsAffected: report.personsAffected }),
      summary: report.summary,
      ...(report.measures === undefined ? {} : { measures: report.measures }),
      reportedBy: context.actor
    })
    return yield* store.transaction(
      Effect.gen(function* () {
        yield* store.put("incident", [incident])
        yield* Audit.append({
          actor: context.actor,
          action: "incident",
          subject: { kind: "incident", id: incident.id },
          details: {
            nature: incident.nature,
            deadline: incident.deadline,
            ...(incident.personsAffected === undefined ? {} : { personsAffected: incident.personsAffected })
          }
        })
        return incident
      })
    )
  })

/**
 * Records that the authority (or the persons affected) were notified.
 *
 * @since 0.1.0
 */
export const notified = (
  incidentId: string,
  context: { readonly actor: string; readonly to: string; readonly at?: string | undefined }
): Effect.Effect<Incident.Incident, NotFound | CoreError.StoreError, Store.Store | Audit.Audit> =>
  Effect.gen(function* () {
    const store = yield* Store.Store
    const at = context.at ?? (yield* now)
    return yield* store.transaction(
      Effect.gen(function* () {
        const found = yield* store.get("incident", incidentId)
        if (Option.isNone(found)) return yield* Effect.fail(new NotFound({ kind: "incident", id: incidentId }))
        const incident = new Incident.Incident({
          ...found.value,
          notifiedAt: at as Incident.Incident["detectedAt"],
          notifiedTo: context.to
        })
        yield* store.put("incident", [incident])
        yield* Audit.append({
          actor: context.actor,
          action: "incident",
          subject: { kind: "incident", id: incident.id },
          details: { notified: at, onTime: at <= incident.deadline }
        })
        return incident
      })
    )
  })

/**
 * Where an incident stands at an instant.
 *
 * @since 0.1.0
 */
export interface Status {
  readonly incident: Incident.Incident
  /** Whole hours left before the deadline (negative once passed). */
  readonly hoursLeft: number
  readonly overdue: boolean
}

/**
 * The status of an incident at an instant (`…Z`).
 *
 * @since 0.1.0
 */
export const status = (incident: Incident.Incident, at: string): Status => {
  const hoursLeft = Math.floor((Date.parse(incident.deadline) - Date.parse(at)) / 3_600_000)
  return { incident, hoursLeft, overdue: incident.notifiedAt === undefined && Date.parse(at) > Date.parse(incident.deadline) }
}

/**
 * Incidents not yet notified, most urgent first.
 *
 * @since 0.1.0
 */
export const open: Effect.Effect<ReadonlyArray<Status>, CoreError.StoreError, Store.Store> = Effect.gen(function* () {
  const store = yield* Store.Store
  const at = yield* now
  const pending = yield* store.find("incident", { notifiedAt: null }).pipe(Effect.catchTag("NotIndexed", Effect.die))
  return pending
    .map((i) => status(i, at))
    .sort((a, b) => (a.incident.deadline < b.incident.deadline ? -1 : a.incident.deadline > b.incident.deadline ? 1 : 0))
})

/**
 * A draft of the notification, in one language, from what was recorded (to complete with the
 * organisation's contact and sign).
 *
 * @since 0.1.0
 */
export const draft = (incident: Incident.Incident, lang: Label.Lang): string => {
  const nature = Incident.IncidentNature.label(incident.nature)[lang]
  const persons = incident.personsAffected === undefined ? (lang === "vi" ? "chưa xác định" : "not yet known") : String(incident.personsAffected)
  const lines =
    lang === "vi"
      ? [
          "THÔNG BÁO VI PHẠM QUY ĐỊNH BẢO VỆ DỮ LIỆU CÁ NHÂN",
          `Tính chất: ${nature}`,
          `Thời điểm phát hiện: ${incident.detectedAt}`,
          ...(incident.occurredAt === undefined ? [] : [`Thời điểm xảy ra: ${incident.occurredAt}`]),
          `Loại dữ liệu bị ảnh hưởng: ${incident.kinds.join(", ")} (${incident.classes.join(", ")})`,
          `Số người bị ảnh hưởng: ${persons}`,
          `Mô tả và hậu quả có thể xảy ra: ${incident.summary}`,
          `Biện pháp đã thực hiện: ${incident.measures ?? "…"}`,
          `Hạn thông báo (72 giờ): ${incident.deadline}`
        ]
      : [
          "NOTIFICATION OF A PERSONAL DATA PROTECTION BREACH",
          `Nature: ${nature}`,
          `Detected: ${incident.detectedAt}`,
          ...(incident.occurredAt === undefined ? [] : [`Occurred: ${incident.occurredAt}`]),
          `Data affected: ${incident.kinds.join(", ")} (${incident.classes.join(", ")})`,
          `Persons affected: ${persons}`,
          `Description and likely consequences: ${incident.summary}`,
          `Measures taken: ${incident.measures ?? "…"}`,
          `Notification deadline (72 hours): ${incident.deadline}`
        ]
  return lines.join("\n")
}
