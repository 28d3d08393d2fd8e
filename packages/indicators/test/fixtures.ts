/**
 * Records for the tests, built from plain JSON and decoded as untrusted input would be. Every
 * id is made up; person ids are placeholders for keyed pseudonyms.
 */
import { Entity, type Store } from "@pctnxh/core"
import { MemoryStore } from "@pctnxh/store-memory"
import { SqliteStore } from "@pctnxh/store-sql/sqlite"
import type { Layer } from "effect"

/**
 * The stores every report test runs on: each layer gives a fresh, empty store each time it is
 * built.
 */
export const stores: ReadonlyArray<readonly [string, Layer.Layer<Store.Store, unknown>]> = [
  ["memory", MemoryStore.layer()],
  ["SQLite", SqliteStore.layer(":memory:")]
]

export const decode = <K extends Entity.Kind>(kind: K, input: unknown): Entity.Of<K> => {
  const result = Entity.decode(kind)(input)
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right
}

export const times = <A>(n: number, f: (i: number) => A): Array<A> => Array.from({ length: n }, (_, i) => f(i))

const pad = (n: number, w = 4) => String(n).padStart(w, "0")

/** A day of a year, spread over the year by index (never the 15th–31st of December). */
export const dayOf = (year: number, i: number) => new Date(Date.UTC(year, 0, 2 + (i % 340))).toISOString().slice(0, 10)

export interface EventOptions {
  readonly person?: string
  readonly model?: string
  readonly service?: string
  readonly channel?: string
  readonly population?: string
  readonly sex?: string
  readonly residence?: string
  readonly amount?: number
  readonly referral?: string
}

export const event = (id: string, unit: string, date: string, o: EventOptions = {}): Entity.Of<"serviceEvent"> =>
  decode("serviceEvent", {
    id,
    ...(o.person === undefined ? {} : { personId: o.person }),
    modelId: o.model ?? "model-test",
    siteId: unit,
    date,
    service: o.service ?? "outreach_information",
    channel: o.channel ?? "outreach",
    population: o.population ?? "sex_worker",
    sex: o.sex ?? "female",
    residence: o.residence ?? "temporary",
    ...(o.amount === undefined ? {} : { amount: o.amount }),
    ...(o.referral === undefined ? {} : { referral: { providerKind: "clinic", outcome: o.referral } })
  })

export interface ActivityOptions {
  readonly audience?: string
  readonly group?: string
  readonly model?: string
  readonly sessions?: number
  readonly participants?: number
  readonly outputs?: number
}

export const activity = (id: string, type: string, unit: string, date: string, o: ActivityOptions = {}): Entity.Of<"activity"> =>
  decode("activity", {
    id,
    type,
    audience: o.audience ?? "sex_workers",
    ...(o.group === undefined ? {} : { groupId: o.group }),
    ...(o.model === undefined ? {} : { modelId: o.model }),
    unitId: unit,
    date,
    sessions: o.sessions ?? 1,
    participantContacts: o.participants ?? 0,
    ...(o.outputs === undefined ? {} : { outputs: o.outputs })
  })

export const visit = (
  id: string,
  unit: string,
  date: string,
  o: { readonly round: string; readonly establishment: string; readonly outcome: string; readonly fine?: number; readonly type?: string }
): Entity.Of<"inspectionVisit"> =>
  decode("inspectionVisit", {
    id,
    roundId: o.round,
    establishmentId: o.establishment,
    establishmentType: o.type ?? "karaoke",
    unitId: unit,
    date,
    outcome: o.outcome,
    ...(o.fine === undefined ? {} : { fine: o.fine })
  })

export const establishment = (id: string, unit: string, atRisk: boolean): Entity.Of<"establishment"> =>
  decode("establishment", { id, type: "karaoke", unitId: unit, atRisk })

export const reported = (
  id: string,
  dataElement: string,
  period: string,
  unit: string,
  value: number,
  o: { readonly source?: string; readonly disaggregation?: Record<string, string> } = {}
): Entity.Of<"aggregateValue"> =>
  decode("aggregateValue", {
    id,
    dataElement,
    period,
    unitId: unit,
    disaggregation: o.disaggregation ?? {},
    value,
    source: o.source ?? "province_report"
  })

export const budget = (id: string, unit: string, year: number, amount: number, source = "local"): Entity.Of<"budget"> =>
  decode("budget", { id, year, source, unitId: unit, amount })

export const expenditure = (
  id: string,
  unit: string,
  date: string,
  amount: number,
  o: { readonly category?: string; readonly beneficiaries?: number; readonly source?: string } = {}
): Entity.Of<"expenditure"> =>
  decode("expenditure", {
    id,
    unitId: unit,
    date,
    category: o.category ?? "other",
    source: o.source ?? "local",
    amount,
    ...(o.beneficiaries === undefined ? {} : { beneficiaries: o.beneficiaries })
  })

export const group = (id: string, unit: string, established: string, kind = "self_help"): Entity.Of<"group"> =>
  decode("group", { id, name: `Nhóm ${id}`, kind, unitId: unit, coreMemberIds: [], established })

export const target = (id: string, indicator: string, period: string, unit: string, value: number): Entity.Of<"target"> =>
  decode("target", { id, indicator, period, unitId: unit, value })

export const estimate = (id: string, population: string, unit: string, year: number, size: number): Entity.Of<"populationEstimate"> =>
  decode("populationEstimate", { id, population, unitId: unit, year, size, method: "mapping" })

export const norm = (id: string, category: string, amount: number, validFrom: string, o: { readonly validTo?: string; readonly unit?: string } = {}): Entity.Of<"costNorm"> =>
  decode("costNorm", {
    id,
    category,
    per: "mỗi người mỗi khóa học",
    amount,
    legalBasis: "Quyết định định mức hỗ trợ học nghề (dữ liệu thử)",
    validFrom,
    ...(o.validTo === undefined ? {} : { validTo: o.validTo }),
    ...(o.unit === undefined ? {} : { unitId: o.unit })
  })

export const person = (prefix: string, i: number) => `${prefix}-${pad(i)}`
