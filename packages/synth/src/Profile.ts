/**
 * The calibration of generated data: the proportions and sizes the generator draws from, each
 * traced to the published figures of the programme it imitates.
 *
 * @since 0.1.0
 */
import type { Model, ServiceEvent } from "@pctnxh/core"

/**
 * How often each service is delivered in a model of each type.
 *
 * @since 0.1.0
 */
export const serviceMix: {
  readonly [T in Model.ModelType]: Partial<Readonly<Record<ServiceEvent.ServiceType, number>>>
} = {
  // Nam Định 2016–2020: 5,425 testing-counselling contacts, 689 referred to testing (≈ 13 %)
  community_support: {
    outreach_information: 30,
    counselling: 18,
    hiv_testing_counselling: 14,
    hiv_testing_referral: 6,
    sti_rh_check: 8,
    condoms: 10,
    vocational_training: 3,
    job_referral: 2,
    job_placement: 1,
    loan: 1,
    legal_aid: 3,
    id_papers: 1,
    gbv_support: 2,
    addiction_treatment_referral: 1
  },
  // Quảng Ninh worker-rights model: 905 worker contacts counselled, 100 check-ups, 20 legal
  // consultations, 10 ID papers, a bartending course for 12
  worker_rights: {
    counselling: 60,
    outreach_information: 15,
    sti_rh_check: 9,
    legal_aid: 3,
    id_papers: 1,
    vocational_training: 1,
    condoms: 8,
    hiv_testing_counselling: 3
  },
  // Quảng Ninh peer groups: 6,000+ contacts counselled; Hải Phòng self-help groups
  peer_groups: {
    outreach_information: 35,
    counselling: 30,
    condoms: 12,
    hiv_testing_counselling: 6,
    hiv_testing_referral: 5,
    sti_rh_check: 5,
    gbv_support: 3,
    legal_aid: 3,
    vocational_training: 1
  },
  community_power: { outreach_information: 70, counselling: 25, legal_aid: 5 },
  // HCMC 2014: 50 counselled, 20 in the model, 15 funded for vocational training, 10 referred
  reintegration: {
    counselling: 35,
    vocational_training: 15,
    job_referral: 12,
    job_placement: 6,
    loan: 8,
    id_papers: 8,
    legal_aid: 8,
    social_assistance: 8
  },
  other: { outreach_information: 50, counselling: 50 }
}

/**
 * Inspection outcomes: Quảng Ninh 2019 — 445 establishment-visits, 41 violations (9.2 %), 308
 * reminders (69.2 %); 51 rounds (≈ 8.7 visits a round).
 *
 * @since 0.1.0
 */
export const inspection = {
  outcomes: { violation: 41, reminder: 308, compliant: 96 },
  visitsPerRound: 445 / 51,
  roundsPerProvinceYear: 51,
  /** 135.8 M VND over 41 fines: 3.31 M on average. */
  fineMean: 135_800_000 / 41,
  fineSd: 900_000,
  /** Hải Phòng counts 2,609 establishments prone to prostitution. */
  establishmentsPerProvince: 2_609
} as const

/**
 * Group sessions: Hải Phòng 2019–2020, 32 sessions of 20 participants.
 *
 * @since 0.1.0
 */
export const groupSessions = { participantsMean: 20, participantsSd: 3, perGroupMonth: 1.4 } as const

/**
 * Money: the 2 M VND vocational norm; HCMC paid 3 M a woman (150 %); Hải Phòng's model budget
 * was 300 M VND in 2019 and 600 M in 2020.
 *
 * @since 0.1.0
 */
export const money = {
  vocationalNorm: 2_000_000,
  vocationalPaid: [2_000_000, 2_500_000, 3_000_000] as const,
  modelBudget: [300_000_000, 600_000_000] as const,
  loan: [5_000_000, 30_000_000] as const
} as const

/**
 * Police statistics per province and year: Hải Phòng reported 56 cases, 292 arrests, 32
 * special projects, 52 prosecuted cases with 58 defendants, 220 administrative sanctions.
 *
 * @since 0.1.0
 */
export const police = {
  POLICE_CASES: 56,
  POLICE_ARRESTS: 292,
  POLICE_SPECIAL_PROJECTS: 32,
  POLICE_PROSECUTED_CASES: 52,
  POLICE_DEFENDANTS: 58,
  POLICE_SANCTIONS: 220
} as const

/**
 * Who the people reached are: mostly migrant women without permanent residence.
 *
 * @since 0.1.0
 */
export const people = {
  population: { sex_worker: 72, establishment_worker: 22, establishment_owner: 3, at_risk: 3 },
  sex: { female: 94, male: 4, other: 1, unknown: 1 },
  residence: { none: 38, temporary: 44, permanent: 15, unknown: 3 },
  /** Share of people whose home is in another province (tỉnh ngoài). */
  fromAnotherProvince: 0.6,
  /** Share of people who also use services of a model in another province. */
  migrating: 0.08,
  /** Share of outreach contacts that stay anonymous. */
  anonymousOutreach: 0.12,
  birthYears: [1972, 2005] as const
} as const
