/**
 * A deterministic generator of realistic synthetic datasets: organisations, programmes, models
 * of every type with their service mixes, self-help groups, pseudonymous persons who return and
 * move between provinces, contacts, group sessions and other activities, establishments and
 * inspection rounds, police statistics, budgets, spending, cost norms, targets, size estimates
 * and consents — at any scale, streamed.
 *
 * The same options give the same records, in the same order, everywhere. No real person is in
 * it: pseudonyms are random, places and organisations are real public ones.
 *
 * @example
 * ```ts
 * import { Synth } from "@pctnxh/synth"
 * for (const { kind, record } of Synth.records({ seed: 1, events: 5_000 })) {
 *   // kind: "organisation" | "model" | … | "serviceEvent" | …
 * }
 * ```
 * @since 0.1.0
 */
import type { AdminUnit as AdminUnitModule, CoreError, Geography } from "@pctnxh/core"
import {
  Activity,
  AggregateValue,
  Consent,
  Entity,
  Establishment,
  Finance,
  Group,
  Inspection,
  Model,
  Organisation,
  Person,
  Programme,
  ServiceEvent,
  Target
} from "@pctnxh/core"
import { vietnam } from "@pctnxh/core/geography/vietnam"
import type * as Either from "effect/Either"
import * as Stream from "effect/Stream"
import * as Profile from "./Profile.js"
import * as Random from "./Random.js"

type AdminUnit = AdminUnitModule.AdminUnit

/**
 * What to generate.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The seed: the same seed gives the same dataset. */
  readonly seed: number | string
  /** About how many service events (contacts) to generate in all (default 5,000). */
  readonly events?: number
  /** First and last year (default 2019–2020). */
  readonly years?: readonly [number, number]
  /** Province names as they were before 1 July 2025 (default six provinces of the sources). */
  readonly provinces?: ReadonlyArray<string>
  /** Models per province (default 3). */
  readonly modelsPerProvince?: number
  /** The geography to place records in (Vietnam's by default). */
  readonly geography?: Geography.Geography
}

/**
 * One generated record with its kind.
 *
 * @since 0.1.0
 */
export type Generated = { readonly [K in Entity.Kind]: { readonly kind: K; readonly record: Entity.Of<K> } }[Entity.Kind]

/**
 * The default provinces: those of the source articles.
 *
 * @since 0.1.0
 */
export const defaultProvinces: ReadonlyArray<string> = [
  "Hải Phòng",
  "Quảng Ninh",
  "Nam Định",
  "Hồ Chí Minh",
  "Cần Thơ",
  "Kiên Giang"
]

const BEFORE = "2025-06-30"
const REFORM = "2025-07-01"
const fast = { disableValidation: true } as const
const pad = (n: number, width = 2) => String(n).padStart(width, "0")
const dayOf = (year: number, month: number, r: Random.Random) => {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(r.int(1, days))}`
}
const round = (n: number, step: number) => Math.max(step, Math.round(n / step) * step)

interface ProvincePlan {
  readonly index: number
  readonly unit: AdminUnit
  readonly communes: ReadonlyArray<AdminUnit>
  readonly agency: string
  readonly clinic: string
  readonly legal: string
  readonly school: string
}

interface ModelPlan {
  readonly id: string
  readonly type: Model.ModelType
  readonly province: ProvincePlan
  readonly sites: ReadonlyArray<AdminUnit>
  readonly persons: number
  readonly groups: ReadonlyArray<string>
}

interface PersonFacts {
  readonly id: string
  readonly population: Person.PopulationCategory
  readonly sex: Person.Sex
  readonly birthYear: number | undefined
  readonly residence: Person.ResidenceStatus
  readonly home: string | undefined
}

/**
 * Generates a dataset as a lazy iterable, in an order that a store can load directly
 * (referenced records first). Memory stays bounded whatever the scale: persons are derived
 * from their index, not kept.
 *
 * @since 0.1.0
 */
export function* records(options: Options): Generator<Generated> {
  const geography = options.geography ?? vietnam
  const root = Random.make(options.seed)
  const [firstYear, lastYear] = options.years ?? [2019, 2020]
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
  const totalEvents = Math.max(50, options.events ?? 5_000)
  const names = options.provinces ?? defaultProvinces
  const modelsPerProvince = Math.max(1, options.modelsPerProvince ?? 3)
  const seedTag = (root.fork("tag").next() * 0xffffffff).toString(16).padStart(8, "0").slice(0, 6)

  // where a site lies on a date: after the reform, in the unit that replaced it
  const siteOn = (site: AdminUnit, date: string): string =>
    date >= REFORM ? (geography.currentUnits(site.id, date)[0]?.id ?? site.id) : site.id

  // ---- organisations and programmes ---------------------------------------------------------
  const donors = ["org-unfpa", "org-care"]
  yield { kind: "organisation", record: new Organisation.Organisation({ id: "org-unfpa" as never, name: "UNFPA", kind: "donor" }, fast) }
  yield { kind: "organisation", record: new Organisation.Organisation({ id: "org-care" as never, name: "CARE International", kind: "donor" }, fast) }
  const programmes = [
    { id: "prog-361", code: "361/QĐ-TTg", name: "Chương trình hành động phòng, chống mại dâm giai đoạn 2016–2020", legalBasis: "Quyết định 361/QĐ-TTg ngày 07/03/2017", start: "2016-01-01", end: "2020-12-31" },
    { id: "prog-1629", code: "1629/QĐ-TTg", name: "Chương trình phòng, chống mại dâm giai đoạn 2021–2025", legalBasis: "Quyết định 1629/QĐ-TTg", start: "2021-01-01", end: "2025-12-31" }
  ]
  for (const p of programmes) yield { kind: "programme", record: new Programme.Programme(p as never, fast) }
  const programmeFor = (year: number) => (year <= 2020 ? "prog-361" : "prog-1629")

  const provinces: Array<ProvincePlan> = []
  for (const [index, name] of names.entries()) {
    const unit = geography.search(name, { level: "province", asOf: BEFORE, limit: 1 })[0]
    if (unit === undefined) throw new Error(`unknown province: ${name}`)
    const communes = geography
      .children(unit.id, BEFORE)
      .flatMap((d) => (d.level === "commune" ? [d] : geography.children(d.id, BEFORE)))
    const p = index + 1
    const plan: ProvincePlan = {
      index,
      unit,
      communes,
      agency: `org-p${p}-agency`,
      clinic: `org-p${p}-clinic`,
      legal: `org-p${p}-legal`,
      school: `org-p${p}-school`
    }
    provinces.push(plan)
    const short = unit.name.replace(/^(Tỉnh|Thành phố) /, "")
    const orgs: Array<[string, string, Organisation.OrganisationKind]> = [
      [plan.agency, `Chi cục Phòng, chống tệ nạn xã hội ${short}`, "government_office"],
      [plan.clinic, `Trung tâm Y tế ${short}`, "health_centre"],
      [plan.legal, `Trung tâm Trợ giúp pháp lý ${short}`, "legal_aid_office"],
      [plan.school, `Trường Trung cấp nghề ${short}`, "vocational_school"]
    ]
    for (const [id, orgName, kind] of orgs) {
      yield { kind: "organisation", record: new Organisation.Organisation({ id: id as never, name: orgName, kind, unitId: unit.id }, fast) }
    }
  }

  // ---- models and groups -----------------------------------------------------------------------
  const types: ReadonlyArray<Model.ModelType> = ["community_support", "worker_rights", "peer_groups", "reintegration", "community_power"]
  const models: Array<ModelPlan> = []
  const eventsPerModel = totalEvents / (provinces.length * modelsPerProvince)
  for (const province of provinces) {
    const r = root.fork(`models/${province.index}`)
    for (let m = 0; m < modelsPerProvince; m++) {
      const type = types[(province.index + m) % types.length]!
      const id = `model-p${province.index + 1}-${m + 1}`
      const sites = Array.from({ length: 2 }, () => r.pick(province.communes))
      const groups = type === "peer_groups" || type === "community_support" ? [`group-${id}-1`, `group-${id}-2`].slice(0, r.int(1, 2)) : []
      const plan: ModelPlan = { id, type, province, sites, persons: Math.max(8, Math.round(eventsPerModel / 4)), groups }
      models.push(plan)
      yield {
        kind: "model",
        record: new Model.Model(
          {
            id: id as never,
            name: `${Model.ModelType.label(type).vi} — ${province.unit.name.replace(/^(Tỉnh|Thành phố) /, "")} ${m + 1}`,
            type,
            programmeId: programmeFor(firstYear) as never,
            implementerId: province.agency as never,
            funderIds: (r.chance(0.4) ? [province.agency, r.pick(donors)] : [province.agency]) as never,
            partnerIds: [province.clinic, province.legal, province.school] as never,
            siteIds: sites.map((s) => s.id),
            start: `${firstYear}-01-01` as never,
            end: `${lastYear}-12-31` as never
          },
          fast
        )
      }
      for (const [g, groupId] of groups.entries()) {
        yield {
          kind: "group",
          record: new Group.Group(
            {
              id: groupId as never,
              name: g === 0 ? `Câu lạc bộ Chúng tôi là phụ nữ ${province.index + 1}` : `Nhóm tự lực ${id}`,
              kind: g === 0 ? "club" : "self_help",
              modelId: id as never,
              unitId: sites[0]!.id,
              coreMemberIds: [],
              established: `${firstYear}-${pad(r.int(1, 6))}-01` as never
            },
            fast
          )
        }
      }
    }
  }

  // ---- persons: derived from (model, index) so nothing is kept in memory ---------------------
  const person = (model: ModelPlan, index: number): PersonFacts => {
    const r = root.fork(`person/${model.id}/${index}`)
    const hex = (r.next() * 0xffffffff).toString(16).padStart(8, "0") + (r.next() * 0xffff).toString(16).padStart(4, "0")
    const population = r.weighted(Profile.people.population)
    const fromAnother = r.chance(Profile.people.fromAnotherProvince)
    const others = provinces.filter((p) => p !== model.province).map((p) => p.unit.id)
    const home = fromAnother && others.length > 0 ? r.pick(others) : model.province.unit.id
    return {
      id: `syn-${seedTag}-${hex}`,
      population,
      sex: population === "sex_worker" ? r.weighted(Profile.people.sex) : r.weighted({ female: 70, male: 30 }),
      birthYear: r.chance(0.9) ? r.int(...Profile.people.birthYears) : undefined,
      residence: fromAnother ? r.weighted({ none: 45, temporary: 50, unknown: 5 }) : r.weighted(Profile.people.residence),
      home
    }
  }
  // a few people also use a model in another province: they keep their pseudonym there
  const migrantOf = (model: ModelPlan, index: number): PersonFacts => {
    const r = root.fork(`migrant/${model.id}/${index}`)
    const elsewhere = models.filter((m) => m.province !== model.province)
    if (elsewhere.length > 0 && r.chance(Profile.people.migrating)) {
      const other = r.pick(elsewhere)
      return person(other, r.int(0, other.persons - 1))
    }
    return person(model, index)
  }
  for (const model of models) {
    for (let i = 0; i < model.persons; i++) {
      const p = person(model, i)
      yield {
        kind: "person",
        record: new Person.Person(
          {
            id: p.id as never,
            keyId: "synthetic",
            population: p.population,
            sex: p.sex,
            ...(p.birthYear === undefined ? {} : { birthYear: p.birthYear }),
            residence: p.residence,
            ...(p.home === undefined ? {} : { homeProvinceId: p.home as never })
          },
          fast
        )
      }
      const r = root.fork(`consent/${model.id}/${i}`)
      yield {
        kind: "consent",
        record: new Consent.Consent(
          {
            id: `consent-${p.id}` as never,
            personId: p.id as never,
            purposes: [
              new Consent.ConsentPurpose({ purpose: "service_delivery" }),
              new Consent.ConsentPurpose({ purpose: "reporting" }),
              ...(r.chance(0.7) ? [new Consent.ConsentPurpose({ purpose: "referral", providerKind: "health_centre" })] : [])
            ],
            given: `${firstYear}-01-0${r.int(1, 9)}` as never,
            recordedBy: model.province.agency as never
          },
          fast
        )
      }
    }
  }

  // ---- establishments and inspections --------------------------------------------------------
  const scaleShare = Math.min(1, totalEvents / 50_000)
  for (const province of provinces) {
    const r = root.fork(`establishments/${province.index}`)
    const count = Math.max(20, Math.round(Profile.inspection.establishmentsPerProvince * scaleShare * 0.2))
    const types = Establishment.EstablishmentType.members
    const estType = (i: number) => types[(i * 7 + province.index) % types.length]!
    const estUnit = (i: number) => province.communes[(i * 31 + province.index) % province.communes.length]!
    for (let i = 0; i < count; i++) {
      yield {
        kind: "establishment",
        record: new Establishment.Establishment(
          { id: `est-p${province.index + 1}-${i}` as never, type: estType(i), unitId: estUnit(i).id, atRisk: r.chance(0.85) },
          fast
        )
      }
    }
    for (const year of years) {
      const rounds = Math.max(3, Math.round(Profile.inspection.roundsPerProvinceYear * Math.max(scaleShare, 0.1)))
      for (let k = 0; k < rounds; k++) {
        const month = r.int(1, 12)
        const start = dayOf(year, month, r)
        const roundId = `round-p${province.index + 1}-${year}-${k}`
        yield {
          kind: "inspectionRound",
          record: new Inspection.InspectionRound(
            { id: roundId as never, teamLevel: r.weighted({ province: 2, district: 5, commune: 3 }), unitId: province.unit.id, organiserId: province.agency as never, start: start as never, end: start as never },
            fast
          )
        }
        const visits = Math.max(1, r.poisson(Profile.inspection.visitsPerRound))
        for (let v = 0; v < visits; v++) {
          const e = r.int(0, count - 1)
          const outcome = r.weighted(Profile.inspection.outcomes)
          yield {
            kind: "inspectionVisit",
            record: new Inspection.InspectionVisit(
              {
                id: `${roundId}-v${v}` as never,
                roundId: roundId as never,
                establishmentId: `est-p${province.index + 1}-${e}` as never,
                establishmentType: estType(e),
                unitId: siteOn(estUnit(e), start) as never,
                date: start as never,
                outcome,
                ...(outcome === "violation" ? { fine: round(r.normal(Profile.inspection.fineMean, Profile.inspection.fineSd), 100_000) as never } : {})
              },
              fast
            )
          }
        }
      }
    }
  }

  // ---- contacts, sessions, money, per model and month ----------------------------------------
  const months = years.length * 12
  for (const model of models) {
    const r = root.fork(`work/${model.id}`)
    const mix = Profile.serviceMix[model.type] as Record<string, number>
    let eventNo = 0
    for (const year of years) {
      const budget = r.pick(Profile.money.modelBudget)
      const source = r.weighted({ local: 6, central: 2, donor: 2 })
      const budgetId = `budget-${model.id}-${year}`
      yield {
        kind: "budget",
        record: new Finance.Budget(
          { id: budgetId as never, year, source, programmeId: programmeFor(year) as never, modelId: model.id as never, unitId: model.province.unit.id, amount: budget as never },
          fast
        )
      }
      yield {
        kind: "target",
        record: new Target.Target(
          { id: `target-${model.id}-${year}` as never, indicator: "PERSONS_REACHED", period: String(year) as never, unitId: model.province.unit.id, modelId: model.id as never, value: Math.round(model.persons * 0.8) },
          fast
        )
      }
      let spent = 0
      for (let month = 1; month <= 12; month++) {
        const contacts = r.poisson(totalEvents / (models.length * months))
        for (let c = 0; c < contacts; c++) {
          const service = r.weighted(mix) as ServiceEvent.ServiceType
          // returning clients: a skewed pick makes some persons come back often
          const index = Math.min(model.persons - 1, Math.floor(model.persons * Math.pow(r.next(), 1.6)))
          const anonymous = service === "outreach_information" && r.chance(Profile.people.anonymousOutreach)
          const p = migrantOf(model, index)
          const date = dayOf(year, month, r)
          const site = r.pick(model.sites)
          const amount =
            service === "loan"
              ? round(r.int(...Profile.money.loan), 1_000_000)
              : service === "vocational_training"
                ? r.pick(Profile.money.vocationalPaid)
                : undefined
          if (amount !== undefined && service === "vocational_training") spent += amount
          yield {
            kind: "serviceEvent",
            record: new ServiceEvent.ServiceEvent(
              {
                id: `ev-${model.id}-${eventNo++}` as never,
                ...(anonymous ? {} : { personId: p.id as never }),
                modelId: model.id as never,
                siteId: siteOn(site, date) as never,
                date: date as never,
                service,
                channel: model.type === "worker_rights" ? "establishment" : r.weighted({ outreach: 6, office: 2, hotline: 1, group_meeting: 1 }),
                ...(model.groups.length > 0 && r.chance(0.3) ? { groupId: r.pick(model.groups) as never } : {}),
                population: p.population,
                sex: p.sex,
                ...(p.birthYear === undefined ? {} : { birthYear: p.birthYear }),
                residence: p.residence,
                cost: round(r.int(20_000, 150_000), 10_000) as never,
                ...(amount === undefined ? {} : { amount: amount as never }),
                ...(service === "hiv_testing_referral" || service === "job_referral" || service === "addiction_treatment_referral"
                  ? {
                      referral: new ServiceEvent.Referral({
                        providerKind: service === "job_referral" ? "employment_centre" : "health_centre",
                        outcome: r.weighted({ completed: 70, not_completed: 15, pending: 10, unknown: 5 })
                      })
                    }
                  : {})
              },
              fast
            )
          }
        }
        for (const groupId of model.groups) {
          const sessions = r.poisson(Profile.groupSessions.perGroupMonth)
          for (let s = 0; s < sessions; s++) {
            const participants = Math.max(5, Math.round(r.normal(Profile.groupSessions.participantsMean, Profile.groupSessions.participantsSd)))
            const date = dayOf(year, month, r)
            yield {
              kind: "activity",
              record: new Activity.Activity(
                {
                  id: `act-${groupId}-${year}-${month}-${s}` as never,
                  type: "group_session",
                  audience: "sex_workers",
                  modelId: model.id as never,
                  groupId: groupId as never,
                  unitId: siteOn(model.sites[0]!, date) as never,
                  date: date as never,
                  sessions: 1,
                  participantContacts: participants,
                  cost: round(participants * 75_000, 10_000) as never
                },
                fast
              )
            }
          }
        }
        if (r.chance(0.25)) {
          const type = r.weighted({ training: 3, workshop: 2, communication_session: 4, dialogue: 1, health_check_day: 2, media: 2 })
          const date = dayOf(year, month, r)
          const audience: Activity.ActivityAudience =
            type === "training" ? r.weighted({ officials: 2, core_members: 2, inspection_team: 1, providers: 1 }) : type === "communication_session" ? "residents" : type === "workshop" ? "providers" : "sex_workers"
          yield {
            kind: "activity",
            record: new Activity.Activity(
              {
                id: `act-${model.id}-${year}-${month}-x` as never,
                type,
                audience,
                modelId: model.id as never,
                unitId: siteOn(r.pick(model.sites), date) as never,
                date: date as never,
                sessions: type === "training" ? r.int(1, 4) : 1,
                participantContacts: type === "media" ? 0 : r.int(15, 80),
                ...(type === "communication_session" || type === "media" ? { outputs: r.int(50, 500) } : {}),
                cost: round(r.int(2, 25) * 1_000_000, 100_000) as never
              },
              fast
            )
          }
        }
        // monthly spending against the year's budget
        const monthly = round(budget / 12 * r.normal(0.85, 0.1), 100_000)
        yield {
          kind: "expenditure",
          record: new Finance.Expenditure(
            { id: `exp-${model.id}-${year}-${month}` as never, budgetId: budgetId as never, modelId: model.id as never, unitId: model.province.unit.id, date: `${year}-${pad(month)}-28` as never, category: r.weighted({ communication: 3, training: 2, group_support: 3, health_check: 2, management: 1 }), source, amount: Math.max(0, monthly) as never },
            fast
          )
        }
      }
      if (spent > 0) {
        yield {
          kind: "expenditure",
          record: new Finance.Expenditure(
            { id: `exp-${model.id}-${year}-vocational` as never, budgetId: budgetId as never, modelId: model.id as never, unitId: model.province.unit.id, date: `${year}-12-10` as never, category: "vocational_training", source, amount: spent as never, beneficiaries: Math.round(spent / 2_500_000) },
            fast
          )
        }
      }
    }
  }

  // ---- reported aggregates, norms and estimates ----------------------------------------------
  for (const province of provinces) {
    const r = root.fork(`aggregates/${province.index}`)
    for (const year of years) {
      for (const [element, typical] of Object.entries(Profile.police)) {
        yield {
          kind: "aggregateValue",
          record: new AggregateValue.AggregateValue(
            { id: `av-${element}-p${province.index + 1}-${year}` as never, dataElement: element, period: String(year) as never, unitId: province.unit.id, disaggregation: {}, value: Math.max(0, Math.round(r.normal(typical, typical * 0.25))), source: "police", reporterId: province.agency as never },
            fast
          )
        }
      }
      yield {
        kind: "aggregateValue",
        record: new AggregateValue.AggregateValue(
          { id: `av-SURVEY_CONDOM_USE-p${province.index + 1}-${year}` as never, dataElement: "SURVEY_CONDOM_USE", period: String(year) as never, unitId: province.unit.id, disaggregation: {}, value: Math.round(r.normal(78, 6) * 10) / 10, source: "survey" },
          fast
        )
      }
      yield {
        kind: "populationEstimate",
        record: new Target.PopulationEstimate(
          { id: `pse-p${province.index + 1}-${year}` as never, population: "sex_worker", unitId: province.unit.id, year, size: Math.round(models.filter((m) => m.province === province).reduce((s, m) => s + m.persons, 0) * r.normal(1.4, 0.1)), method: "mapping" },
          fast
        )
      }
    }
  }
  yield {
    kind: "costNorm",
    record: new Finance.CostNorm(
      { id: "norm-vocational" as never, category: "vocational_training", per: "mỗi người mỗi khóa học", amount: Profile.money.vocationalNorm as never, legalBasis: "Định mức hỗ trợ học nghề ngắn hạn", validFrom: "2014-01-01" as never },
      fast
    )
  }
}

/**
 * The same records as an Effect `Stream`, in chunks (for loading into a store in batches).
 *
 * @since 0.1.0
 */
export const stream = (options: Options, chunkSize = 1_000): Stream.Stream<Generated> =>
  Stream.fromIterable({ [Symbol.iterator]: () => records(options) }).pipe(Stream.rechunk(chunkSize))

/**
 * Groups a run of generated records by kind, keeping order within a kind — for `put` batches.
 *
 * @since 0.1.0
 */
export const byKind = (chunk: Iterable<Generated>): ReadonlyArray<readonly [Entity.Kind, ReadonlyArray<Entity.Any>]> => {
  const out: Array<[Entity.Kind, Array<Entity.Any>]> = []
  for (const { kind, record } of chunk) {
    const last = out[out.length - 1]
    if (last !== undefined && last[0] === kind) last[1].push(record)
    else out.push([kind, [record]])
  }
  return out
}

/**
 * Checks a record against its schema (the generator builds records without validation for
 * speed; tests use this to prove it builds only valid ones).
 *
 * @since 0.1.0
 */
export const validate = (generated: Generated): Either.Either<Entity.Any, CoreError.InvalidRecord> =>
  Entity.decode(generated.kind)(Entity.encode(generated.kind)(generated.record as never))
