/**
 * Small, hand-checked scenarios from the domain, used by the suite and useful to adapter
 * authors who want to look at one case closely.
 *
 * @since 0.1.0
 */
import { AggregateQuery, Entity, type Geography } from "@pctnxh/core"
import type * as Arbitraries from "./Arbitraries.js"

/**
 * Units the scenarios sit in, found in the geography by name so the suite does not depend on
 * how ids are spelled.
 *
 * @since 0.1.0
 */
export interface Places {
  /** A ward of quận Đồ Sơn, Hải Phòng, valid in 2019. */
  readonly doSonCommune2019: string
  /** Hải Phòng as it was in 2019. */
  readonly haiPhong2019: string
  /** Hải Phòng as it is today (merged with Hải Dương). */
  readonly haiPhongToday: string
  /** A commune of Quảng Ninh valid in 2019. */
  readonly quangNinhUnit2019: string
  /** Pools for random datasets. */
  readonly pools: Arbitraries.Pools
}

const one = (geography: Geography.Geography, text: string, level: "province" | "district" | "commune", asOf: string) => {
  const found = geography.search(text, { level, asOf, limit: 1 })[0]
  if (found === undefined) throw new Error(`the geography has no ${level} "${text}" on ${asOf}`)
  return found
}

/**
 * Finds the scenario places in a geography.
 *
 * @since 0.1.0
 */
export const places = (geography: Geography.Geography): Places => {
  const old = "2019-06-30"
  const today = "2026-01-01"
  const doSon = one(geography, "Đồ Sơn", "district", old)
  const doSonCommunes = geography.children(doSon.id, old)
  const quangNinh = one(geography, "Quảng Ninh", "province", old)
  const communesOf = (text: string, date: string, n: number) => {
    const province = one(geography, text, "province", date)
    return geography
      .children(province.id, date)
      .flatMap((child) => (child.level === "commune" ? [child] : geography.children(child.id, date)))
      .slice(0, n)
      .map((u) => u.id)
  }
  const first = doSonCommunes[0]
  if (first === undefined) throw new Error("quận Đồ Sơn has no communes in 2019")
  return {
    doSonCommune2019: first.id,
    haiPhong2019: one(geography, "Hải Phòng", "province", old).id,
    haiPhongToday: one(geography, "Hải Phòng", "province", today).id,
    quangNinhUnit2019: communesOf("Quảng Ninh", old, 1)[0] ?? quangNinh.id,
    pools: {
      units: [
        ...doSonCommunes.slice(0, 3).map((u) => u.id),
        ...communesOf("Hải Dương", old, 2),
        ...communesOf("Kiên Giang", old, 2),
        ...communesOf("Quảng Ninh", old, 2),
        ...communesOf("An Giang", today, 2),
        ...communesOf("Hải Phòng", today, 2)
      ],
      asOf: ["2019-06-30", "2025-06-30", "2025-07-01", today],
      within: [
        doSon.id,
        one(geography, "Hải Phòng", "province", old).id,
        one(geography, "Hải Phòng", "province", today).id,
        one(geography, "An Giang", "province", today).id
      ]
    }
  }
}

const event = (id: string, unitId: string, date: string, personId?: string, service = "outreach_information") =>
  Entity.decode("serviceEvent")({
    id,
    ...(personId === undefined ? {} : { personId }),
    modelId: "model-1",
    siteId: unitId,
    date,
    service,
    channel: "outreach",
    population: "sex_worker",
    sex: "female",
    residence: "temporary"
  }).pipe((e) => {
    if (e._tag === "Left") throw new Error(e.left.message)
    return e.right
  })

/**
 * Three women who return across the quarters of 2019: 3, 2, 1 and 1 distinct persons in the
 * quarters, 3 in the year, 7 if quarters were (wrongly) added. One contact is anonymous.
 *
 * @since 0.1.0
 */
export const returningClients = (unitId: string): ReadonlyArray<Entity.Of<"serviceEvent">> => [
  event("rc-01", unitId, "2019-01-10", "p-returning-1"),
  event("rc-02", unitId, "2019-02-11", "p-returning-2"),
  event("rc-03", unitId, "2019-03-12", "p-returning-3"),
  event("rc-04", unitId, "2019-03-20", "p-returning-1"),
  event("rc-05", unitId, "2019-04-02", "p-returning-1"),
  event("rc-06", unitId, "2019-05-06", "p-returning-2"),
  event("rc-07", unitId, "2019-05-07"),
  event("rc-08", unitId, "2019-08-19", "p-returning-1"),
  event("rc-09", unitId, "2019-11-30", "p-returning-2"),
  event("rc-10", unitId, "2019-12-01", "p-returning-2")
]

/**
 * Two women over 2019–2020: one met in March 2019 and again in March 2020, one first met in
 * June 2020. Each year has its own new persons (2019: 1, 2020: 2), but over 2019/2020 there are
 * 2 persons, both new.
 *
 * @since 0.1.0
 */
export const returningNextYear = (unitId: string): ReadonlyArray<Entity.Of<"serviceEvent">> => [
  event("ny-01", unitId, "2019-03-05", "p-next-year-1"),
  event("ny-02", unitId, "2020-03-05", "p-next-year-1"),
  event("ny-03", unitId, "2020-06-10", "p-next-year-2")
]

/**
 * Three group sessions of 2019 in one commune: five attendee pseudonyms listed in all, three
 * distinct women (one attends every session), and a session that keeps no attendee list.
 * 3 persons, 50 participant contacts.
 *
 * @since 0.1.0
 */
export const groupSessions = (unitId: string): ReadonlyArray<Entity.Of<"activity">> =>
  [
    { id: "gs-1", date: "2019-03-08", participantContacts: 12, attendeeIds: ["p-attendee-1", "p-attendee-2"] },
    { id: "gs-2", date: "2019-06-14", participantContacts: 15, attendeeIds: ["p-attendee-1", "p-attendee-3"] },
    { id: "gs-3", date: "2019-09-20", participantContacts: 10, attendeeIds: ["p-attendee-1"] },
    { id: "gs-4", date: "2019-10-04", participantContacts: 13 }
  ].map((a) =>
    Entity.decode("activity")({ ...a, type: "group_session", audience: "sex_workers", modelId: "model-1", unitId, sessions: 1 }).pipe((e) => {
      if (e._tag === "Left") throw new Error(e.left.message)
      return e.right
    })
  )

/**
 * Two contacts on 14 and 15 December 2019.
 *
 * @since 0.1.0
 */
export const decemberEdge = (unitId: string): ReadonlyArray<Entity.Of<"serviceEvent">> => [
  event("dec-14", unitId, "2019-12-14", "p-edge-1"),
  event("dec-15", unitId, "2019-12-15", "p-edge-2")
]

/**
 * Ten contacts of four women on both sides of the edges of the two calendars' periods around
 * 2020: 14 and 15 December (the administrative year), 31 December and 1 January (the plain
 * year), 14 and 15 March, 31 March and 1 April (the quarters), 14 and 15 December 2020.
 *
 * @since 0.1.0
 */
export const periodEdges = (unitId: string): ReadonlyArray<Entity.Of<"serviceEvent">> => [
  event("edge-1", unitId, "2019-12-14", "p-a"),
  event("edge-2", unitId, "2019-12-15", "p-a"),
  event("edge-3", unitId, "2019-12-31", "p-b"),
  event("edge-4", unitId, "2020-01-01", "p-c"),
  event("edge-5", unitId, "2020-03-14", "p-b"),
  event("edge-6", unitId, "2020-03-15", "p-d"),
  event("edge-7", unitId, "2020-03-31", "p-c"),
  event("edge-8", unitId, "2020-04-01", "p-d"),
  event("edge-9", unitId, "2020-12-14", "p-a"),
  event("edge-10", unitId, "2020-12-15", "p-b")
]

/**
 * Contacts and distinct persons by year and sex: the query whose answer must survive
 * re-imports and erasures.
 *
 * @since 0.1.0
 */
export const contactsAndPersons = (): AggregateQuery.AggregateQuery =>
  AggregateQuery.make({
    source: "serviceEvent",
    measure: AggregateQuery.distinctPersons,
    groupBy: [AggregateQuery.byPeriod("year", "plain"), AggregateQuery.by("sex")]
  })

/**
 * Quảng Ninh 2019 as the province reported it: 51 rounds, 445 establishment-visits to 300
 * establishments, 41 violations fined 135,800,000 VND in total, 308 reminders, 96 compliant.
 *
 * @since 0.1.0
 */
export const quangNinh2019 = (unitId: string): ReadonlyArray<Entity.Of<"inspectionVisit">> =>
  Array.from({ length: 445 }, (_, i) => {
    const outcome = i < 41 ? "violation" : i < 41 + 308 ? "reminder" : "compliant"
    const day = new Date(Date.UTC(2019, 0, 2 + (i % 340))).toISOString().slice(0, 10)
    const decoded = Entity.decode("inspectionVisit")({
      id: `qn-2019-${String(i).padStart(3, "0")}`,
      roundId: `qn-round-${i % 51}`,
      establishmentId: `qn-est-${i % 300}`,
      establishmentType: i % 3 === 0 ? "karaoke" : i % 3 === 1 ? "massage" : "guesthouse",
      unitId,
      date: day,
      outcome,
      ...(outcome === "violation" ? { fine: i === 0 ? 3_800_000 : 3_300_000 } : {})
    })
    if (decoded._tag === "Left") throw new Error(decoded.left.message)
    return decoded.right
  })

/**
 * A package of services (KP_PREV style): outreach, counselling, condoms. Two women receive two
 * services of it in 2019 (one in Q1 and Q2, so only the year sees both), one receives one.
 *
 * @since 0.1.0
 */
export const packageReach = (unitId: string): ReadonlyArray<Entity.Of<"serviceEvent">> => [
  event("pk-1", unitId, "2019-02-01", "p-package-1", "outreach_information"),
  event("pk-2", unitId, "2019-02-15", "p-package-1", "counselling"),
  event("pk-3", unitId, "2019-03-01", "p-package-2", "outreach_information"),
  event("pk-4", unitId, "2019-05-01", "p-package-2", "condoms"),
  event("pk-5", unitId, "2019-05-02", "p-package-3", "condoms"),
  event("pk-6", unitId, "2019-05-03", "p-package-3", "hiv_testing_referral")
]
